"""Fidelity checks: do the figures, dates, quotes and acronyms of the source survive translation?

Facts from :func:`toolkit.facts.extract_facts` are broken into comparable *atoms*: a figure, a
currency, a month, a weekday ("3 octobre 2012" → 3, October, 2012; "90 M$" → 90000000, USD).
Atoms are matched as multisets across the two texts, so a date written another way ("October 3,
2012"), a percentage written in words, an amount whose scale moved ("$90-million") or a measure
converted to other units ("15 m", "50ft") still match. What is left over becomes a
:class:`Finding` with a severity:

* **error** — a figure, date, time, percent or amount changed, lost or invented: a figure written
  in digits on one side and absent from the other, an exact count or an ordinal in words lost from
  the source ("six hours", "fourth"), the day of a date left without its month, a month, weekday
  or currency replaced by another or named by one side only;
* **warning** — something an editor should look at but that translations legitimately do: a quote
  or an acronym dropped, a month or weekday name left out without another taking its place, a bare
  "1" where the other side says "one" or "un" (an article no check can tell from the number);
* **note** — what a good translation does all the time: a number word the translation adds ("à
  deux pas"), an approximation ("a dozen", "une trentaine") not carried as such, "two" (as often
  "both"), an acronym introduced by the translation ("US" for "américain", "MP" for "député") or
  expanded.

Quotes are counted, not compared word for word, and never by style: « », “ ”, „ “ and " " are the
same quote. A glossary tells the check how acronyms are rendered (ONU → UN), so a correct
rendering is expected, not extra.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from . import languages
from .facts import WEEKDAYS, Fact, extract_facts
from .segment import stopwords

if TYPE_CHECKING:
    from .glossary import Glossary

__all__ = ["Finding", "FidelityReport", "Severity", "check", "check_fidelity"]

Severity = Literal["error", "warning", "note"]
_RANK = {"error": 0, "warning": 1, "note": 2}


@dataclass(frozen=True)
class Finding:
    """A fact present on one side only. ``side`` says which text ``start``/``end`` index."""

    problem: Literal["missing", "extra"]
    kind: str
    value: str
    text: str
    side: Literal["source", "target"]
    start: int
    end: int
    severity: Severity = "error"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class FidelityReport:
    """Every finding, by severity; ``ok`` when none is an error.

    ``missing`` and ``extra`` hold the errors (what briefs show by default); ``findings`` holds
    everything, warnings and notes included (what ``--json`` carries)."""

    findings: tuple[Finding, ...] = ()
    source_facts: tuple[Fact, ...] = ()
    target_facts: tuple[Fact, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.problem == "missing" and f.severity == "error")

    @property
    def extra(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.problem == "extra" and f.severity == "error")

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": len(self.source_facts),
            "missing": [d.to_dict() for d in self.missing],
            "extra": [d.to_dict() for d in self.extra],
            "findings": [d.to_dict() for d in self.findings],
        }


# -- atoms ------------------------------------------------------------------------------------------

_Family = Literal["figure", "currency", "month", "weekday", "acronym"]


@dataclass
class _Atom:
    family: _Family
    value: str
    alternatives: tuple[str, ...]
    fact: Fact
    soft: bool  # an ordinal or approximation in words ("fourth", "dozens"): a note when unmatched
    matched: bool = False
    # A month or weekday written as CLDR names it, not an inflection read from its stem ("среди"
    # is not "среда", "Sobotka" not "sobota"): only such a name, introduced, is an error.
    certain: bool = True
    # An ordinal in words ("fourth", "तीसरे") the other language has ordinals for: lost, an error.
    ordinal: bool = False
    # Written as a rank: an ordinal in words ("second") or a figure with an ordinal's ending ("2nd",
    # "2e", "2.").
    ranked: bool = False


def _atoms(fact: Fact, language: str) -> Iterator[_Atom]:
    """The comparable parts of a fact."""
    if fact.kind in ("number", "percent"):
        yield _Atom("figure", fact.value, _unscaled(fact) + _decade(fact.value), fact, fact.approximate)
    elif fact.kind == "money":
        amount, _, currency = fact.value.partition(" ")
        yield _Atom("figure", amount, _unscaled(fact), fact, fact.approximate)
        if currency != "?":
            yield _Atom("currency", currency, (), fact, False)
    elif fact.kind == "time":
        yield _Atom("figure", fact.value, _time_alternatives(fact.value), fact, False)
    elif fact.kind == "date":
        if fact.value in WEEKDAYS:
            yield _Atom("weekday", fact.value, (), fact, False, certain=_named_by_cldr(fact, language))
            return
        year, _, rest = fact.value.partition("-")  # "2012-10-03", "--10-03", "2012-10", "--10"
        month, _, day = rest.lstrip("-").partition("-")
        if year:
            yield _Atom("figure", str(int(year)), (), fact, False)
        if month:
            yield _Atom("month", str(int(month)), (), fact, False, certain=_named_by_cldr(fact, language))
        if day:
            yield _Atom("figure", str(int(day)), (), fact, False)
    elif fact.kind == "acronym":
        yield _Atom("acronym", fact.value, (), fact, False)


def _named_by_cldr(fact: Fact, language: str) -> bool:
    """Whether a date is written with a month or weekday name exactly as CLDR has it, or in
    figures only (not with an inflection read from the name's stem)."""
    words = _TOKEN.findall(fact.text.casefold())
    months, weekdays = languages.month_names(language), languages.weekday_names(language, abbreviated=True)
    return not words or any(word in months or word in weekdays for word in words)


def _unscaled(fact: Fact) -> tuple[str, ...]:
    return (fact.unscaled,) if fact.unscaled else ()


def _decade(value: str) -> tuple[str, ...]:
    """ "the 1970s" is "70. letech", "années 70": a decade's year may stand for its last two digits
    (not any year: "2008" is no "8")."""
    if len(value) == 4 and value[:2] in ("19", "20") and value[3] == "0" and value[2] != "0":
        return (value[2:].lstrip("0"),)
    return ()


def _time_alternatives(value: str) -> tuple[str, ...]:
    """How else a time is written: the other half of the day when it says neither ("1:56" in
    Hindi copy, "1:56 pm" in English), a bare hour ("15 heures", "at 3"), or a decimal figure
    ("ve 14.15", "2.15 बजे")."""
    hour, _, minute = value.partition(":")
    if not minute.isdigit():
        return ()  # "10: a.m.", its minutes cut off: no reading of it is the time meant
    hours = [int(hour), int(hour) % 12 or 12]
    other = [f"{(h + 12) % 24:02d}:{minute}" for h in {int(hour)} if 0 < h < 12] + [
        f"{h - 12:02d}:{minute}" for h in {int(hour)} if h > 12
    ]
    if minute == "00":
        return (*other, *(str(h) for h in hours))
    return (*other, *(f"{h}.{minute}".rstrip("0").rstrip(".") for h in hours))


class _Pool:
    """Unmatched atoms of one side, found by (family, value) in constant time."""

    def __init__(self, atoms: list[_Atom]) -> None:
        self.exact: dict[tuple[str, str], deque[_Atom]] = {}
        self.loose: dict[tuple[str, str], deque[_Atom]] = {}
        for atom in atoms:
            self.exact.setdefault((atom.family, atom.value), deque()).append(atom)
            for value in atom.alternatives:
                self.loose.setdefault((atom.family, value), deque()).append(atom)
            if atom.family == "month":
                # "9/11" is "11 septembre": a figure may stand for a month.
                self.loose.setdefault(("figure", atom.value), deque()).append(atom)
            elif atom.family == "figure" and atom.value.isdigit() and 1 <= int(atom.value) <= 12:
                self.loose.setdefault(("month", atom.value), deque()).append(atom)

    def take(self, seeker: _Atom, values: tuple[str, ...], *, loose: bool, alike: bool) -> _Atom | None:
        """An unmatched atom for ``seeker`` (``alike``: one written as it is, in digits or words)."""
        for index in (self.exact, self.loose) if loose else (self.exact,):
            for value in values:
                bucket = index.get((seeker.family, value))
                while bucket and bucket[0].matched:
                    bucket.popleft()
                for atom in bucket or ():
                    if atom.matched or _other_scale(seeker, atom):
                        continue
                    across = not alike and not _weak_rank(seeker, atom)
                    if atom.fact.spelled == seeker.fact.spelled or across:
                        atom.matched = True
                        return atom
        return None


def _other_scale(one: _Atom, other: _Atom) -> bool:
    """Whether both are figures with a scale word and differ ("11 million" is not "11 milliards"):
    the figure before the scale ("2.5" of "2.5 million") stands only for a figure given without one."""
    return bool(one.fact.unscaled and other.fact.unscaled) and one.value != other.value


def _weak_rank(one: _Atom, other: _Atom) -> bool:
    """Whether one is "first" or "second" in words and the other a plain figure: those words are
    as often "earlier", "other", a unit of time, and "2-0" lost beside "the second match" is lost."""
    word, figure = (one, other) if one.fact.spelled else (other, one)
    return word.ranked and word.value in ("1", "2") and not figure.fact.spelled and not figure.ranked


def _mark_ranks(atoms: list[_Atom], text: str, language: str) -> None:
    """Set ``ranked`` on the atoms of ``text``."""
    ordinals = languages.ordinal_words(language)
    for atom in atoms:
        if atom.fact.spelled:
            atom.ranked = atom.fact.text.casefold() in ordinals
        elif atom.fact.kind == "number":
            atom.ranked = bool(_ORDINAL_ENDING.match(text, atom.fact.end))


# After a figure: letters ("2nd", "2e", "2-й") or a dot before a word ("2. Liga").
_ORDINAL_ENDING = re.compile(r"-?[^\W\d_]|\.[ \u00a0]*[^\W\d_]")


def _match(source: list[_Atom], target: list[_Atom]) -> None:
    """Pair atoms, exact values first, then through alternatives (a scale moved, a bare hour)."""
    pool = _Pool(target)
    # Exact values before alternatives; in each, digits pair with digits and words with words
    # before across ("2-0" with "2-0", not with "second"; "दो" with "two", so that a "2" lost
    # beside them is lost).
    for loose in (False, True):
        for alike in (True, False):
            for atom in source:
                if atom.matched:
                    continue
                values = (atom.value, *atom.alternatives) if loose else (atom.value,)
                found = pool.take(atom, values, loose=loose, alike=alike)
                if found is not None:
                    atom.matched = True


def _match_conversions(
    source: list[_Atom],
    source_text: str,
    source_language: str,
    target: list[_Atom],
    target_text: str,
    target_language: str,
) -> None:
    """Pair figures left over that measure the same thing in other units ("15 m" and "50ft"):
    converted, within the rounding copy does (3 %: 49.2 ft is "50ft", 51 ft is not)."""
    measured = [
        (atom, value, unit)
        for atom in target
        if not atom.matched and (found := _measure(atom, target_text, target_language))
        for value, unit in [found]
    ]
    if not measured:
        return
    for atom in source:
        found = _measure(atom, source_text, source_language) if not atom.matched else None
        if found is None:
            continue
        value, unit = found
        for other, other_value, other_unit in measured:
            if other.matched or unit == other_unit:
                continue
            converted = languages.convert(value, unit, other_unit)
            if converted is not None and abs(converted - other_value) <= 0.03 * abs(other_value):
                atom.matched = other.matched = True
                break


_UNIT_AFTER = re.compile(r"[\s\u00a0\u202f-]?([^\s\d.,;:()\"'“”«»]{1,12})")


def _measure(atom: _Atom, text: str, language: str) -> tuple[float, str] | None:
    """The figure of a plain number and the unit written right after it, or None."""
    if atom.family != "figure" or atom.fact.kind != "number" or atom.fact.spelled:
        return None
    after = _UNIT_AFTER.match(text, atom.fact.end)
    unit = languages.unit_words(language).get(after.group(1).casefold().rstrip(".")) if after else None
    try:
        return (float(atom.value), unit) if unit else None
    except ValueError:
        return None


# -- the check --------------------------------------------------------------------------------------


def check(
    source_text: str,
    target_text: str,
    *,
    source_language: str,
    target_language: str,
    glossary: Glossary | None = None,
) -> FidelityReport:
    """Compare the facts of a source text and its translation.

    ``glossary`` (already for this language pair, or any glossary: only its entries for the pair are
    used) maps acronyms to their house renderings.
    """
    pair = glossary.for_pair(source_language, target_language) if glossary is not None else None
    source_facts = tuple(extract_facts(source_text, source_language))
    target_facts = tuple(extract_facts(target_text, target_language))
    source_atoms = [a for f in source_facts for a in _atoms(f, source_language)]
    if languages.ordinal_words(target_language):
        ordinals = languages.ordinal_words(source_language)
        for atom in source_atoms:
            atom.ordinal = atom.fact.spelled and atom.fact.text.casefold() in ordinals
    target_atoms = [a for f in target_facts for a in _atoms(f, target_language)]
    _mark_ranks(source_atoms, source_text, source_language)
    _mark_ranks(target_atoms, target_text, target_language)
    if pair is not None:
        _rename_acronyms(source_atoms, pair)
        _expect_renderings(source_text, source_facts, target_atoms, pair, target_language)
    _match(source_atoms, target_atoms)
    _match_conversions(source_atoms, source_text, source_language, target_atoms, target_text, target_language)

    findings: list[Finding] = []
    left = {
        "source": [a for a in source_atoms if not a.matched],
        "target": [a for a in target_atoms if not a.matched],
    }
    every = {"source": source_atoms, "target": target_atoms}
    texts = {"source": (source_text, source_language), "target": (target_text, target_language)}
    for side, atoms in left.items():
        other_side = "target" if side == "source" else "source"
        replaced = {a.family for a in left[other_side] if not a.soft}
        other_text, other_language = texts[other_side]
        named = {(a.family, a.value) for a in every[other_side]}
        named.update(("currency", code) for code in _currencies_named(other_text, other_language))
        problem: Literal["missing", "extra"] = "missing" if side == "source" else "extra"
        severities: dict[Fact, Severity] = {}
        for atom in atoms:
            severity = _severity(atom, problem, atom.family in replaced, (atom.family, atom.value) in named)
            if (
                severity == "error"
                and atom.family == "figure"
                and _echoed(atom, other_text, other_language, texts[side])
            ):
                severity = "note" if atom.fact.spelled else "warning"
            current = severities.get(atom.fact)
            if current is None or _RANK[severity] < _RANK[current]:
                severities[atom.fact] = severity
        for fact, severity in severities.items():
            findings.append(_finding(problem, fact, side, severity))  # type: ignore[arg-type]
    findings += _quote_findings(source_facts, target_facts)
    findings += _invented_currencies(
        source_text, source_language, source_atoms, target_text, target_language, target_facts
    )
    findings += _lost_ones(source_text, source_language, target_text, target_language, target_facts)
    return FidelityReport(
        findings=tuple(sorted(findings, key=lambda d: (d.side != "source", d.start, _RANK[d.severity]))),
        source_facts=source_facts,
        target_facts=target_facts,
    )


check_fidelity = check


def _severity(atom: _Atom, problem: str, replaced: bool, named: bool) -> Severity:
    """``replaced``: the other side has an atom of the same family left over; ``named``: the other
    side has this very value (a month or currency named twice on one side only)."""
    if atom.soft and not atom.ordinal:
        return "note"
    if atom.fact.spelled:
        # A count in words lost from the source is lost; one the translation adds is an idiom ("à
        # deux pas"). "Two" is as often "both", "the pair", "the couple".
        return "error" if problem == "missing" and atom.value not in ("1", "2") else "note"
    if atom.family == "figure":
        return "error"
    if atom.family == "acronym":
        return "warning" if problem == "missing" else "note"
    # A month, weekday or currency: changed when the other side has one of its own left over.
    if replaced:
        return "error"
    if not named and (atom.family == "currency" or (problem == "extra" and atom.certain)):
        return "error"
    if atom.family == "month" and problem == "missing" and not named and _has_day(atom.fact):
        return "error"  # "11. September" whose month is gone: the day is left dangling
    return "warning" if problem == "missing" else "note"


def _has_day(fact: Fact) -> bool:
    """Whether a date gives a day of the month ("--09-11", "2012-10-03")."""
    parts = fact.value.lstrip("-").split("-")
    return fact.kind == "date" and len(parts) == (2 if fact.value.startswith("--") else 3)


def _echoed(atom: _Atom, text: str, language: str, own: tuple[str, str]) -> bool:
    """Whether ``text`` carries the figure of ``atom`` in words the reader did not take as a
    figure: "one" or "first" for a bare 1 ("एक रुपये", one rupee; not the day of a date), or a
    number word inside a longer word ("vierköpfige", "dreieinhalb"). ``own`` is the text of
    ``atom`` and its language.

    An article that doubles as "one" ("un médecin" for "1 doctor") is on every page: it echoes a 1
    only where ``own`` has articles too, and fewer (so "Formule 1" lost beside "un casque" for "a
    helmet" is lost, and so is a Czech "1 km" beside an English "an avenue")."""
    lowered = text.casefold()
    if atom.value == "1" and atom.fact.kind in ("number", "money"):
        tokens = _TOKEN.findall(lowered)
        articles = languages.indefinite_articles(language)
        if any(token in languages.one_words(language) and token not in articles for token in tokens):
            return True
        own_text, own_language = own
        own_articles = languages.indefinite_articles(own_language)
        return bool(own_articles) and sum(token in articles for token in tokens) > sum(
            token in own_articles for token in _TOKEN.findall(own_text.casefold())
        )
    if not atom.fact.spelled:
        return False
    # A stem stands for the word: "третий" is "третьего", "quatre" "quatrième".
    stems = {word[: max(4, len(word) - 2)] for word in _words_by_value(language).get(atom.value, ())}
    return any(stem in lowered for stem in stems)


# Words as runs of anything but spaces, digits and punctuation: Devanagari's vowel signs are no
# word characters to ``\w``, yet inside its words.
_TOKEN = re.compile(r"[^\s\d!-/:-@\[-`{-~«»„“”‘’…–—]+")


@functools.lru_cache(maxsize=8)  # one check asks three times about two texts
def _currencies_named(text: str, language: str) -> frozenset[str]:
    """The currencies ``text`` names anywhere, with or without an amount ("एक रुपये", "in euros"),
    alone or at the head of a compound ("eurozone", "Dollarkurs"): an amount whose currency the
    other side names in words is not a currency introduced."""
    words = languages.currency_words(language)
    named = set()
    heads = _head_lengths(language)
    for token in set(_TOKEN.findall(text.casefold())):
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


def _invented_currencies(
    source_text: str,
    source_language: str,
    source_atoms: list[_Atom],
    target_text: str,
    target_language: str,
    target_facts: tuple[Fact, ...],
) -> list[Finding]:
    """A currency the translation names with no amount beside it ("the number of euros sold" for
    "how many books he sold") where the source names it nowhere: invented, an error. Only the nouns
    that name nothing else count (not "livres", books and pounds of weight)."""
    nouns = languages.currency_nouns(target_language)
    if not nouns or not nouns.keys() & set(_TOKEN.findall(target_text.casefold())):
        return []
    named = set(_currencies_named(source_text, source_language))
    named.update(a.value for a in source_atoms if a.family == "currency")
    # Inside an amount, or after one in words ("tens of millions of dollars"): the amount's check.
    amounts = [(f.start, f.end + _AMOUNT_REACH) for f in target_facts if f.kind in ("money", "number")]
    lower_case = not languages.currency_name_capitalized(target_language)
    found = []
    for match in _TOKEN.finditer(target_text):
        word = match.group(0)
        code = nouns.get(word.casefold())
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


def _lost_ones(
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
    articles = languages.indefinite_articles(target_language)
    own_articles = languages.indefinite_articles(source_language)
    numerals = languages.one_words(source_language) - own_articles - languages.ordinal_words(source_language)
    if not (articles & languages.one_words(target_language) and own_articles and numerals):
        return []
    # After "one", a function word makes a pronoun ("one of"), a number word a number read as one
    # ("one hundred" is "cent").
    not_nouns = set(stopwords(languages.base_language(source_language)))
    not_nouns.update(languages.number_words(source_language), languages.scale_words(source_language))
    tokens = list(_TOKEN.finditer(source_text))
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
    ones = languages.one_words(target_language) | articles
    present = sum(token in ones for token in _TOKEN.findall(target_text.casefold()))
    present += sum(f.kind in ("number", "money") and f.value.split()[0] == "1" for f in target_facts)
    return [
        Finding("missing", "number", "1", token.group(0), "source", *token.span(), "error")
        for token in counted[present:]
    ]


@functools.lru_cache(maxsize=64)
def _words_by_value(language: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for word, value in languages.number_words(language).items():
        if len(word) >= 3:
            found.setdefault(str(value), []).append(word)
    return {value: tuple(words) for value, words in found.items()}


def _rename_acronyms(source_atoms: list[_Atom], glossary: Glossary) -> None:
    """The values the target may carry for a source acronym, preferred first: a glossary may
    rename it (ONU → UN) and accept alternatives (OSDH or SOHR)."""
    for atom in source_atoms:
        if atom.family != "acronym":
            continue
        matches = glossary.find(atom.fact.text)
        if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(atom.fact.text):
            match = matches[0]
            renderings = (match.rendering, *match.entry.accept)
            atom.value, atom.alternatives = renderings[0], (atom.value, *renderings[1:])


def _expect_renderings(
    source_text: str,
    source_facts: tuple[Fact, ...],
    target_atoms: list[_Atom],
    glossary: Glossary,
    target_language: str,
) -> None:
    """A glossary may render a written-out or lower-case term as an acronym (Otan → NATO): the
    acronym in the target is then expected, not extra."""
    acronyms = {f.start for f in source_facts if f.kind == "acronym"}
    allowed = Counter(
        m.rendering
        for m in glossary.find(source_text)
        if m.start not in acronyms and _is_acronym(m.rendering, target_language)
    )
    for atom in target_atoms:
        if atom.family == "acronym" and allowed[atom.value] > 0:
            allowed[atom.value] -= 1
            atom.matched = True


def _is_acronym(text: str, language: str) -> bool:
    facts = extract_facts(text, language)
    return bool(facts) and all(f.kind == "acronym" for f in facts)


def _quote_findings(source_facts: tuple[Fact, ...], target_facts: tuple[Fact, ...]) -> list[Finding]:
    """Quotes by count: a quote lost is a warning, one added a note; style and place are free."""
    source = [f for f in source_facts if f.kind == "quote"]
    target = [f for f in target_facts if f.kind == "quote"]
    return [_finding("missing", f, "source", "warning") for f in source[len(target) :]] + [
        _finding("extra", f, "target", "note") for f in target[len(source) :]
    ]


def _finding(
    problem: Literal["missing", "extra"], fact: Fact, side: Literal["source", "target"], severity: Severity
) -> Finding:
    return Finding(problem, fact.kind, fact.value, fact.text, side, fact.start, fact.end, severity)
