"""Facts broken into comparable atoms (a figure, a currency, a month, a weekday, an acronym),
and their matching across a source and its translation."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .. import languages
from ..facts import WEEKDAYS, Fact

__all__ = ["TOKEN", "Atom", "Family", "atoms_of", "mark_ranks", "match", "match_conversions"]

# Words as runs of anything but spaces, digits and punctuation: Devanagari's vowel signs are no
# word characters to ``\w``, yet inside its words.
TOKEN = re.compile(r"[^\s\d!-/:-@\[-`{-~«»„“”‘’…–—]+")


Family = Literal["figure", "currency", "month", "weekday", "acronym"]


@dataclass
class Atom:
    family: Family
    value: str
    alternatives: tuple[str, ...]
    fact: Fact
    soft: bool  # an ordinal or approximation in words ("fourth", "dozens"): a note when unmatched
    matched: bool = False
    # A month or weekday written as CLDR names it, not a form read from its stem ("в пятницу",
    # "středou", which a word may still only look like): only such a name, introduced, is an error.
    certain: bool = True
    # An ordinal in words ("fourth", "तीसरे") the other language has ordinals for: lost, an error.
    ordinal: bool = False
    # Written as a rank: an ordinal in words ("second") or a figure with an ordinal's ending ("2nd",
    # "2e", "2.").
    ranked: bool = False


def atoms_of(fact: Fact, language: str) -> Iterator[Atom]:
    """The comparable parts of a fact."""
    if fact.kind in ("number", "percent"):
        alternatives = _unscaled(fact) + _decade(fact.value) + _tens_or_dozens(fact, language)
        yield Atom("figure", fact.value, alternatives, fact, fact.approximate)
    elif fact.kind == "money":
        amount, _, currency = fact.value.partition(" ")
        yield Atom("figure", amount, _unscaled(fact), fact, fact.approximate)
        if currency != "?":
            yield Atom("currency", currency, (), fact, False)
    elif fact.kind == "time":
        yield Atom("figure", fact.value, _time_alternatives(fact.value), fact, False)
    elif fact.kind == "date":
        if fact.value in WEEKDAYS:
            yield Atom("weekday", fact.value, (), fact, False, certain=_named_by_cldr(fact, language))
            return
        year, _, rest = fact.value.partition("-")  # "2012-10-03", "--10-03", "2012-10", "--10"
        month, _, day = rest.lstrip("-").partition("-")
        if year:
            yield Atom("figure", str(int(year)), (), fact, False)
        if month:
            yield Atom("month", str(int(month)), (), fact, False, certain=_named_by_cldr(fact, language))
        if day:
            yield Atom("figure", str(int(day)), (), fact, False)
    elif fact.kind == "acronym":
        yield Atom("acronym", fact.value, (), fact, False)


def _named_by_cldr(fact: Fact, language: str) -> bool:
    """Whether a date is written with a month or weekday name exactly as CLDR has it, or in
    figures only (not with an inflection read from the name's stem)."""
    words = TOKEN.findall(fact.text.casefold())
    months, weekdays = languages.month_names(language), languages.weekday_names(language, abbreviated=True)
    return not words or any(word in months or word in weekdays for word in words)


def _unscaled(fact: Fact) -> tuple[str, ...]:
    return (fact.unscaled,) if fact.unscaled else ()


def _tens_or_dozens(fact: Fact, language: str) -> tuple[str, ...]:
    """ "des dizaines", "desítky", "десятки" (tens) are "dozens" in English, and "Dutzende" (dozens)
    "des dizaines" in French: a group word of ten or twelve is the same vague count (the professional
    translations of the WMT dev write "dozens of residents" for "des dizaines d'habitants")."""
    if fact.value in ("10", "12") and fact.text.casefold() in languages.group_words(language):
        return ("12" if fact.value == "10" else "10",)
    return ()


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

    def __init__(self, atoms: list[Atom]) -> None:
        self.exact: dict[tuple[str, str], deque[Atom]] = {}
        self.loose: dict[tuple[str, str], deque[Atom]] = {}
        for atom in atoms:
            self.exact.setdefault((atom.family, atom.value), deque()).append(atom)
            for value in atom.alternatives:
                self.loose.setdefault((atom.family, value), deque()).append(atom)
            if atom.family == "month":
                # "9/11" is "11 septembre": a figure may stand for a month.
                self.loose.setdefault(("figure", atom.value), deque()).append(atom)
            elif atom.family == "figure" and atom.value.isdigit() and 1 <= int(atom.value) <= 12:
                self.loose.setdefault(("month", atom.value), deque()).append(atom)

    def take(self, seeker: Atom, values: tuple[str, ...], *, loose: bool, alike: bool) -> Atom | None:
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


def _other_scale(one: Atom, other: Atom) -> bool:
    """Whether both are figures with a scale word and differ ("11 million" is not "11 milliards"):
    the figure before the scale ("2.5" of "2.5 million") stands only for a figure given without one."""
    return bool(one.fact.unscaled and other.fact.unscaled) and one.value != other.value


def _weak_rank(one: Atom, other: Atom) -> bool:
    """Whether one is "first" or "second" in words and the other a plain figure: those words are
    as often "earlier", "other", a unit of time, and "2-0" lost beside "the second match" is lost."""
    word, figure = (one, other) if one.fact.spelled else (other, one)
    return word.ranked and word.value in ("1", "2") and not figure.fact.spelled and not figure.ranked


def mark_ranks(atoms: list[Atom], text: str, language: str) -> None:
    """Set ``ranked`` on the atoms of ``text``."""
    ordinals = languages.ordinal_words(language)
    for atom in atoms:
        if atom.fact.spelled:
            atom.ranked = atom.fact.text.casefold() in ordinals
        elif atom.fact.kind == "number":
            atom.ranked = bool(_ORDINAL_ENDING.match(text, atom.fact.end))


# After a figure: letters ("2nd", "2e", "2-й") or a dot before a word ("2. Liga").
_ORDINAL_ENDING = re.compile(r"-?[^\W\d_]|\.[ \u00a0]*[^\W\d_]")


def match(source: list[Atom], target: list[Atom]) -> None:
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


def match_conversions(
    source: list[Atom],
    source_text: str,
    source_language: str,
    target: list[Atom],
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


def _measure(atom: Atom, text: str, language: str) -> tuple[float, str] | None:
    """The figure of a plain number and the unit written right after it, or None."""
    if atom.family != "figure" or atom.fact.kind != "number" or atom.fact.spelled:
        return None
    after = _UNIT_AFTER.match(text, atom.fact.end)
    unit = languages.unit_words(language).get(after.group(1).casefold().rstrip(".")) if after else None
    try:
        return (float(atom.value), unit) if unit else None
    except ValueError:
        return None

