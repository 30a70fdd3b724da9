"""Checks on words rather than facts: a currency named with no amount, a lost English "one"."""

from __future__ import annotations

import functools

from .. import languages
from ..facts import Fact
from ..segment import stopwords
from .atoms import TOKEN, Atom
from .report import Finding

__all__ = ["currencies_named", "invented_currencies", "lost_ones"]


@functools.lru_cache(maxsize=8)  # one check asks three times about two texts
def currencies_named(text: str, language: str) -> frozenset[str]:
    """The currencies ``text`` names anywhere, with or without an amount ("एक रुपये", "in euros"),
    alone or at the head of a compound ("eurozone", "Dollarkurs"): an amount whose currency the
    other side names in words is not a currency introduced."""
    words = languages.currency_words(language)
    named = set()
    heads = _head_lengths(language)
    for token in set(TOKEN.findall(text.casefold())):
        code = words.get(token) or next((words[token[:n]] for n in heads if token[:n] in words), None)
        if code:
            named.add(code)
    symbols = languages.currency_symbols(language)
    named.update(code for symbol, code in symbols.items() if not symbol.isalpha() and symbol in text)
    return frozenset(named)


@functools.lru_cache(maxsize=64)
def _head_lengths(language: str) -> tuple[int, ...]:
    """The lengths of the currency words long enough to head a compound ("euro" in "eurozone")."""
    return tuple(sorted({len(word) for word in languages.currency_words(language) if len(word) >= 4}))


def invented_currencies(
    source_text: str,
    source_language: str,
    source_atoms: list[Atom],
    target_text: str,
    target_language: str,
    target_facts: tuple[Fact, ...],
) -> list[Finding]:
    """A currency the translation names with no amount beside it ("the number of euros sold" for
    "how many books he sold") where the source names it nowhere: invented, an error. Only the nouns
    that name nothing else count (not "livres", books and pounds of weight)."""
    nouns = languages.currency_nouns(target_language)
    tokens = [(match, nouns.get(match.group(0).casefold())) for match in TOKEN.finditer(target_text)]
    if not any(code for _, code in tokens):
        return []
    named = set(currencies_named(source_text, source_language))
    named.update(a.value for a in source_atoms if a.family == "currency")
    # Inside an amount, or after one in words ("tens of millions of dollars"): the amount's check.
    amounts = [(f.start, f.end + _AMOUNT_REACH) for f in target_facts if f.kind in ("money", "number")]
    lower_case = not languages.currency_name_capitalized(target_language)
    found = []
    for match, code in tokens:
        word = match.group(0)
        if (
            code
            and code not in named
            # "Francs et Gaulois": a currency written capitalized where the language does not is a name.
            and not (lower_case and word[:1].isupper())
            and not any(start <= match.start() < end for start, end in amounts)
        ):
            found.append(Finding("extra", "money", code, word, "target", *match.span(), "error"))
            named.add(code)
    return found


_AMOUNT_REACH = 20


def lost_ones(
    source_text: str,
    source_language: str,
    target_text: str,
    target_language: str,
    target_facts: tuple[Fact, ...],
) -> list[Finding]:
    """"one doctor" where the translation has no 1 at all: lost, an error. Only where the source
    tells the numeral from its article ("one" and "a") and the target does not ("un", "ein"): there
    "one" before a noun always leaves "un", "ein" or a figure. Not "one of", "the one who" (a
    function word after it), nor a sentence's "One"."""
    rules = _one_rules(source_language, target_language)
    if rules is None:
        return []
    numerals, not_nouns, ones = rules
    tokens = list(TOKEN.finditer(source_text))
    counted = [
        token
        for token, after in zip(tokens, tokens[1:], strict=False)
        if token.group(0) in numerals
        and source_text[token.end() : after.start()] == " "
        and after.group(0).islower()
        and after.group(0) not in not_nouns
    ]
    if not counted:
        return []
    present = sum(token in ones for token in TOKEN.findall(target_text.casefold()))
    present += sum(f.kind in ("number", "money") and f.value.split()[0] == "1" for f in target_facts)
    return [
        Finding("missing", "number", "1", token.group(0), "source", *token.span(), "error")
        for token in counted[present:]
    ]


@functools.lru_cache(maxsize=64)
def _one_rules(
    source_language: str, target_language: str
) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """For :func:`lost_ones`, once per pair: the source's words for the numeral one, the words after
    which "one" is no count, and the target's words that carry a one; None where the check does
    not apply."""
    articles = languages.indefinite_articles(target_language)
    own_articles = languages.indefinite_articles(source_language)
    numerals = languages.one_words(source_language) - own_articles - languages.ordinal_words(source_language)
    if not (articles & languages.one_words(target_language) and own_articles and numerals):
        return None
    # After "one", a function word makes a pronoun ("one of"), a number word a number read as one
    # ("one hundred" is "cent").
    not_nouns = set(stopwords(languages.base_language(source_language)))
    not_nouns.update(languages.number_words(source_language), languages.scale_words(source_language))
    return numerals, frozenset(not_nouns), languages.one_words(target_language) | articles

