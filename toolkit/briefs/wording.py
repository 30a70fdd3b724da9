"""Delivered text: words as the reader counts them, typography, and cuts a reader can stop at
(headlines, ledes)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from types import MappingProxyType

from ..languages import indefinite_articles, list_words, number_words
from ..segment import CHARACTERS_PER_WORD, count_words, unwrap, without_full_stop
from ..summarization import LENGTHS, stopwords, without_asides

# A short insertion between commas after a short subject: "Chevron, second American oil company, has".
_APPOSITION = re.compile(r"^((?:\S+\s){0,3}\S+), ((?:\S+\s){0,6}\S+), (?=\S)")
_FIRST_WORD = re.compile(r"[\w'’-]+")
_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;!?])")
_GUILLEMETS = re.compile(r"«[ \u00a0\u202f]*([^«»]*?)[ \u00a0\u202f]*»")
_TRAILING = " ,;:-–—"
# What each quote or bracket opens with and closes with. "“" closes „ (German, Czech) and opens ”.
_CLOSERS = {"«": "»", "“": "”", "„": "“", "‚": "‘", "(": ")", "[": "]", "（": "）", "「": "」", "『": "』"}
# A closing mark standing alone after a word, with the punctuation that may follow it ("» ,").
_LONE_CLOSER = re.compile("[" + re.escape("".join(sorted({*_CLOSERS.values(), '"'}))) + "]+[,;:.!?]*")
#: The marks that open a quotation or a bracket.
OPENING_MARKS = (*_CLOSERS, '"')
_CLOSING = frozenset(_CLOSERS.values()) - frozenset(_CLOSERS)
#: Clause punctuation of other scripts: Arabic "،" "؛", Chinese and Japanese "、" "，" "；" "：".
SCRIPT_COMMAS = ("،", "؛", "、", "，", "；", "：")
#: What a token is stripped of to be read as a word: quotation and bracket marks, punctuation.
BARE = "".join(sorted({*_CLOSERS, *_CLOSERS.values(), '"', "'"})) + ",;:.!?¿¡。！？؟" + "".join(SCRIPT_COMMAS)


def unclosed(text: str) -> str:
    """The marks that would close the quotations and brackets ``text`` leaves open, innermost first
    ("une « erreur interne" → "»")."""
    return _marks(text)[0]


def balanced(text: str) -> bool:
    """Whether ``text`` closes every quotation and bracket it opens, and closes none it did not open
    ("15) A 10-member panel" does not)."""
    expected, stray = _marks(text)
    return not expected and not stray


def _marks(text: str) -> tuple[str, bool]:
    """What :func:`unclosed` says, and whether a closing mark closes nothing."""
    expected: list[str] = []
    stray = False
    for char in text:
        if expected and char == expected[-1]:
            expected.pop()
        elif char == '"':
            expected.append('"')
        elif char in _CLOSERS:
            expected.append(_CLOSERS[char])
        elif char in _CLOSING:
            stray = True
    return "".join(reversed(expected)), stray


def _typography(text: str, language: str) -> str:
    """``text`` spaced the reader's way: French puts a space before ``: ; ! ?`` and inside « »,
    other languages do not ("Syria : …" → "Syria: …"); English quotes with “ ”."""
    text = " ".join(unwrap(text).split())
    if language == "fr":
        return text
    text = _SPACE_BEFORE.sub(r"\1", text)
    if language == "en":
        text = _GUILLEMETS.sub(r"“\1”", text)
    else:
        text = _GUILLEMETS.sub(r"«\1»", text)
    return text


def words(text: str, language: str) -> int:
    """Words of ``text`` as its reader counts them: :func:`toolkit.segment.count_words`, or the
    number of blank-separated tokens when that is more (a lone dash takes a reader's space too)."""
    return max(count_words(text, language), len(text.split()))


def compress(text: str, limit: int, language: str, *, ellipsis: bool = False) -> str:
    """``text`` within ``limit`` words, cut where a reader can stop: after its leading clauses (at
    ``,`` ``;`` ``:`` or a dash), else before a function word that opens a phrase ("… Friday | of a
    decline"), never after a function word ("of", "the", "has") nor inside a quotation ("une
    « erreur interne »", not "une « erreur interne"). Asides in brackets go first. ``ellipsis``
    marks a cut sentence with "…" (ledes); headlines lose their full stop instead."""
    if words(text, language) <= limit:
        return text
    text = without_asides(text)
    if words(text, language) > limit:
        text = _without_apposition(text, language)
    if words(text, language) <= limit:
        return text
    ratio = CHARACTERS_PER_WORD.get(language)
    if ratio is not None and " " not in text.strip():
        return text[: limit * ratio] + ("…" if ellipsis else "")
    stop = stopwords(language)
    tokens = list(re.finditer(r"\S+", text))
    bare = [t.group().strip(BARE).lower() for t in tokens]

    def through(i: int) -> int:
        """How many tokens a cut after token ``i`` keeps: with a closing mark standing alone after
        it (the "»" of "« erreur interne »")."""
        closer = i + 1 < len(tokens) and _LONE_CLOSER.fullmatch(tokens[i + 1].group()) is not None
        return i + 2 if closer else i + 1

    final = _VERB_ENDINGS.get(language, frozenset())

    def ends_verb_group(i: int) -> bool:
        return bare[i] in final and (through(i) >= len(tokens) or bare[through(i)] not in final)

    def ends_well(i: int) -> bool:
        return (
            bool(bare[i])
            and (bare[i] not in stop or ends_verb_group(i))
            and not tokens[i].group().endswith(tuple(_CLOSERS))
        )

    def closed(i: int) -> bool:
        return not unclosed(text[: tokens[through(i) - 1].end()])

    def clause_ends(i: int) -> bool:
        kept = through(i)
        if tokens[kept - 1].group().endswith((",", ";", ":")) or ends_verb_group(i):
            return True
        return kept < len(tokens) and bare[kept] == "" and not tokens[kept].group().startswith(OPENING_MARKS)

    def phrase_ends(i: int) -> bool:
        return through(i) < len(tokens) and bare[through(i)] in stop

    fits = [i for i in range(len(tokens)) if words(text[: tokens[through(i) - 1].end()], language) <= limit]
    floor = max(1, limit // 2)

    def clause_cuts(kept: Callable[[int], bool]) -> list[int]:
        return [i for i in fits if i + 1 >= floor and ends_well(i) and kept(i) and clause_ends(i)]

    def best_cut(kept: Callable[[int], bool], clause: list[int]) -> int:
        phrase = [i for i in fits if i + 1 >= floor and ends_well(i) and kept(i) and phrase_ends(i)]
        plain = [i for i in fits if ends_well(i) and kept(i)]
        return max(clause or phrase or plain or fits[:1] or [0])

    closed_clauses = clause_cuts(closed)
    predicate = None
    if not ellipsis and final and not closed_clauses:
        predicate = _predicate(text, tokens, bare, ends_verb_group, limit, language)
    if predicate is not None:
        return predicate
    # A quotation is cut only when closing every one before it leaves less than half the words; then
    # the cut says so, and closes it ("« des modèles de style… »").
    best = best_cut(closed, closed_clauses)
    if best + 1 < floor or not closed(best):
        best = best_cut(lambda i: True, clause_cuts(lambda i: True))
    cut = text[: tokens[through(best) - 1].end()].rstrip(_TRAILING)
    marks = unclosed(cut)
    if marks:
        return without_full_stop(cut) + "…" + marks
    return cut + "…" if ellipsis else without_full_stop(cut)


# Where the verb comes last, a clause ends on its verb group, whose auxiliaries stopword lists hold:
# Hindi "…का दावा है" (claims), "…जारी किए गए" (were issued). A headline may end there, and
# nowhere better: a cut before it is a clause without its verb ("…भारतीय टीम शनिवार").
_VERB_ENDINGS = MappingProxyType(
    {
        "hi": frozenset(
            "है हैं था थे थी थीं गया गई गए गयी गये हुआ हुई हुए हुईं रहा रही रहे होगा होगी होंगे सकता सकती "
            "सकते सका सकी सके चाहिए किया किए किये कीं दिया दी दिए दिये लिया ली लिये".split()
        )
    }
)


# Where the verb comes last: the words after which a clause starts (Hindi "कि": that, "जबकि":
# whereas, "तो": then), and the postpositions that end a phrase ("में": in, "को": to, "ने": the
# agent's), not the genitive ("का", "की", "के"), which joins two nouns into one phrase.
_CLAUSE_OPENERS = MappingProxyType({"hi": frozenset("कि जबकि क्योंकि लेकिन परंतु किंतु मगर तो".split())})
_PHRASE_ENDS = MappingProxyType(
    {"hi": frozenset("में से को ने पर तक भी लिए बाद साथ द्वारा दौरान अनुसार बजाय खिलाफ".split())}
)


def _predicate(
    text: str, tokens: Sequence[re.Match[str]], bare: Sequence[str], ends_verb_group: Callable[[int], bool],
    limit: int, language: str,
) -> str | None:
    """Where the verb comes last, a headline cut at the sentence's head loses what happened: "…की
    वास्तविक वजह से परदा" without its "नहीं उठ सका" (could not be lifted). The headline is then the
    sentence's first clause that ends on its verb group within ``limit`` words, from the start of
    the clause (after a clause mark or a word such as "कि") or else of a phrase (after a
    postposition): "विभाग के अधिकारियों का दावा है कि यह अब तक की सबसे बड़ी टीडीएस चोरी का मामला
    है" → "यह अब तक की सबसे बड़ी टीडीएस चोरी का मामला है". ``tokens`` and ``bare``: the words of
    ``text`` (its full stop dropped) and what they read as; ``ends_verb_group(k)``: whether word
    ``k`` ends a verb group. None where no clause of at least half of ``limit`` words has such a
    start."""
    openers = _CLAUSE_OPENERS.get(language, frozenset())
    phrase_ends = _PHRASE_ENDS.get(language, frozenset())

    def clause_starts(j: int) -> bool:
        return bare[j - 1] in openers or tokens[j - 1].group().endswith((",", ";", ":", *SCRIPT_COMMAS))

    for k in range(len(tokens)):
        closes = k + 1 == len(tokens) or bare[k + 1] in openers or tokens[k].group().endswith((",", ";"))
        if not closes or not ends_verb_group(k):
            continue
        spans = [
            (not clause_starts(j), j)
            for j in range(1, k)
            if clause_starts(j) or (bare[j - 1] in phrase_ends and bare[j] not in phrase_ends)
        ]
        for _, j in sorted(spans):
            span = text[tokens[j].start() : tokens[k].end()].rstrip(_TRAILING)
            if bare[j] and limit // 2 <= words(span, language) <= limit and balanced(span):
                return span
    return None


def _without_apposition(text: str, language: str) -> str:
    """``text`` without the insertion between commas after its subject ("Chevron, second American
    oil company, has left" → "Chevron has left"). Not after an opening phrase ("According to
    dictionaries, veganism is…", "In 2011, journalists flocked to Kinshasa, the capital…": its first
    word is a stopword other than an indefinite article or a number, which may open a subject: "An
    officer, responding to reports of a suspicious person, shot"), nor in a list ("Kayla Mueller,
    Peter Kassig, Alan Henning, David Haines"; "Sleek chassis, alluring paintwork and a need for
    speed, but": a capitalised word follows, or a list word joins the insertion), nor in a date
    ("December 16, 2014 was a dark day, not")."""
    match = _APPOSITION.match(text)
    if match is None:
        return text
    subject, insertion = match.group(1), match.group(2)
    first = _FIRST_WORD.match(subject)
    opener = first.group().casefold() if first is not None else ""
    subject_opener = opener in indefinite_articles(language) or opener in number_words(language)
    if (
        first is None
        or (opener in stopwords(language) and not subject_opener)
        or text[match.end() :][:1].isupper()
        or subject[-1:].isdigit()
        or any(word.casefold() in list_words(language) for word in insertion.split())
    ):
        return text
    return subject + " " + text[match.end() :]


def headline(text: str, language: str, limit: int = LENGTHS["headline"]) -> str:
    """A headline from a translated title or a lede: one line, at most ``limit`` words, no final
    full stop, cut at a clause or phrase boundary when too long (see :func:`compress`)."""
    text = without_full_stop(_typography(text, language))
    return text if words(text, language) <= limit else compress(text, limit, language)
