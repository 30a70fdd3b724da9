"""One pass per kind of fact over the stretches of text around digits, then words and quotes;
each character belongs to one fact at most."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import languages
from ._text import Claims
from .model import CUT, Fact, FactKind
from .numbers import ascii_digits, read
from .quotes import find_acronyms, find_quotes
from .reader import Reader, reader_for
from .words import word_facts

__all__ = ["extract_facts"]

_CODE = re.compile(r"(?<!\w)\w*[^\W\d_]\d\w*")
_DIGITS = re.compile(r"\d+")


def _date_value(year: str | None, month: int, day: int | None) -> str:
    return f"{ascii_digits(year) if year else '-'}-{month:02d}" + (f"-{day:02d}" if day else "")


def _month(reader: Reader, name: str) -> int | None:
    return reader.months.get(name.casefold().rstrip("."))


def extract_facts(text: str, language: str | None = "fr") -> list[Fact]:
    """The facts of ``text`` in document order; figures inside dates or amounts are not repeated.

    ``language`` is an ISO 639 code; any code works, a code CLDR does not know through the
    generic path."""
    reader = reader_for(languages.base_language(language) or "und")
    facts: list[Fact] = []
    claims = Claims(len(text))

    def keep(fact: Fact) -> None:
        if claims.free(fact.start, fact.end):
            facts.append(fact)
            claims.take(fact.start, fact.end)

    def add(kind: FactKind, start: int, end: int, value: str, **extra: object) -> None:
        keep(Fact(kind, text[start:end], value, start, end, **extra))  # type: ignore[arg-type]

    facts.extend(find_quotes(text))
    windows = _windows(text)

    def scan(pattern: re.Pattern[str], anchor: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
        for start, end in windows:
            # Amounts and percentages need a currency or percent sign nearby: most windows have none.
            if anchor is None or anchor.search(text, start, end):
                yield from pattern.finditer(text, start, end)

    for match in scan(reader.numeric_date):
        if match.group("iy"):
            year, month, day = match.group("iy"), int(match.group("im")), int(match.group("id"))
        else:
            a, b, year = int(match.group("a")), int(match.group("b")), match.group("y")
            # The language's own order (CLDR's short date), unless only the other one is possible.
            day, month = (a, b) if (reader.day_first or a > 12) and b <= 12 else (b, a)
        if 1 <= month <= 12 and 1 <= day <= 31:
            add("date", match.start(), match.end(), _date_value(year, month, day))
    for match in scan(reader.date):
        named = _month(reader, match.group("m") or match.group("m2"))
        day = int(ascii_digits(match.group("d") or match.group("d2")))
        if named and 1 <= day <= 31:
            add(
                "date",
                match.start(),
                match.end(),
                _date_value(match.group("y") or match.group("y2"), named, day),
            )
    for match in scan(reader.month_year):
        named = _month(reader, match.group("m"))
        if named:
            add("date", match.start(), match.end(), _date_value(match.group("y"), named, None))
    for match in scan(reader.time):
        if match.group("cut"):
            add("time", match.start(), match.end(), f"{int(ascii_digits(match.group('cut'))):02d}:{CUT}")
            continue
        hours = match.group("h") or match.group("h2") or match.group("h3") or match.group("h4")
        minutes = match.group("min") or match.group("min2") or match.group("min3") or match.group("min4")
        hour, minute = int(ascii_digits(hours)), int(ascii_digits(minutes or "0"))
        suffix = (match.group("ap") or "").lower()
        if suffix.startswith("p") and hour < 12:
            hour += 12
        elif suffix.startswith("a") and hour == 12:
            hour = 0
        if hour <= 24 and minute < 60:
            add("time", match.start(), match.end(), f"{hour:02d}:{minute:02d}")
    for match in scan(reader.money, reader.money_anchor):
        first = match.group("i1") is not None
        integer, fraction = (
            (match.group("i1"), match.group("f1")) if first else (match.group("i2"), match.group("f2"))
        )
        scale_word = match.group("s1") if first else match.group("s2")
        written = match.group("sym1") or match.group("sym2") or match.group("cw") or ""
        currency = reader.currencies.get(written) or reader.currencies.get(written.casefold(), "?")
        scale = reader.scales.get(" ".join((scale_word or "").casefold().split()), 1)
        value = read(integer, fraction, scale)
        unscaled = read(integer, fraction) if scale != 1 else None
        add("money", match.start(), match.end(), f"{value} {currency}", unscaled=unscaled)
    for match in scan(reader.percent, reader.percent_anchor):
        add("percent", match.start(), match.end(), read(match.group("int"), match.group("frac")))
    for match in scan(_CODE):
        # Figures inside names ("M23", "EuroFirst300", "4x4") are facts too: their digits.
        digits = "/".join(read(d, None) for d in _DIGITS.findall(match.group(0)))
        add("number", match.start(), match.end(), digits)
    for match in scan(reader.number):
        scale = reader.scales.get(" ".join((match.group("s") or "").casefold().split()), 1)
        value = read(match.group("int"), match.group("frac"), scale)
        unscaled = read(match.group("int"), match.group("frac")) if scale != 1 else None
        add("number", match.start(), match.end(), value, unscaled=unscaled)
    for fact in word_facts(text, reader):
        keep(fact)
    facts.extend(find_acronyms(text, claims))
    return sorted(facts, key=lambda f: (f.start, f.end))


# Figures are sparse in prose: patterns that need a digit run only around digits, this far before
# the first ("September 3", "US$ 5") and after the last ("4,95 milliards de dollars américains").
_BEFORE, _AFTER = 40, 60
_DIGIT_RUN = re.compile(r"\d+")


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around digits, merged where they touch."""
    windows: list[tuple[int, int]] = []
    for match in _DIGIT_RUN.finditer(text):
        start, end = max(0, match.start() - _BEFORE), min(len(text), match.end() + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
