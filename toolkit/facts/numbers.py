"""Figures as each language writes them: reading them to plain decimals, and writing them back
the target's way after translation (both from CLDR through :mod:`toolkit.languages`)."""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from .. import languages
from ._text import SP, SPACES

__all__ = ["format_number", "localize_numbers", "normalize_number"]


def _canonical(raw: str, scale: int = 1) -> str:
    try:
        value = Decimal(raw) * scale
    except InvalidOperation:
        return raw
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def ascii_digits(text: str) -> str:
    """Digits of any script as ASCII ("१४" → "14"); other characters unchanged."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() else c for c in text)


@functools.lru_cache(maxsize=256)
def number_pattern(language: str) -> str:
    """A figure as ``language`` may write it; groups ``int`` (with its separators) and ``frac``."""
    groups = re.escape(_group_symbols(language))
    return (
        r"(?P<int>\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"  # lakh/crore grouping: 1,40,00,000
        rf"|\d{{1,3}}(?:[{groups}]\d{{3}})+(?!\d)"
        r"|\d+)"
        rf"(?:[{re.escape(_decimal_marks(language))}](?P<frac>\d+))?(?!\d)"
    )


def _decimal_marks(language: str) -> str:
    """The decimal mark CLDR gives, and "." beside a decimal comma ("2.5" is common in copy that
    writes "2,5"); a decimal-point language reads "5,6" as two figures, never as 5.6."""
    decimal = languages.number_format(language).decimal
    return decimal + "." if decimal == "," else decimal


@functools.lru_cache(maxsize=256)
def _group_symbols(language: str) -> str:
    """The characters that may group thousands: the CLDR symbol, spaces of every width, and the
    other of "." and "," (copy groups "14.000" where CLDR says "14 000"), never the decimal mark."""
    number_format = languages.number_format(language)
    extra = "." if number_format.decimal == "," else ","
    return "".join(dict.fromkeys(number_format.group_symbols + SPACES + extra))


_NOT_DIGIT = re.compile(r"\D")


def read(integer: str, fraction: str | None, scale: int = 1) -> str:
    digits = ascii_digits(_NOT_DIGIT.sub("", integer))
    if not fraction and scale == 1:
        # "08" is 8 (a day, an hour); "0010" or "007" is written as a code, compared as written.
        code = len(digits) > 2 and digits[0] == "0" and digits.strip("0")
        return digits if code else digits.lstrip("0") or "0"
    if len(digits) > 40:  # no quantity; Decimal would spend quadratic time on a digit run
        return digits + ("." + ascii_digits(fraction) if fraction else "")
    return _canonical(digits + ("." + ascii_digits(fraction) if fraction else ""), scale)


def normalize_number(text: str, language: str = "en") -> str:
    """A figure written the ``language`` way, as a plain decimal: "14.000" (fr) → "14000", "2,5" → "2.5"."""
    match = re.fullmatch(number_pattern(languages.base_language(language) or language), text.strip())
    if match is None:
        return _canonical(ascii_digits(text).replace(",", "."))
    return read(match.group("int"), match.group("frac"))


def format_number(value: str, language: str) -> str:
    """A plain decimal ("14000.5") written the ``language`` way ("14,000.5" en, "14 000,5" fr), from
    CLDR. Four-digit whole numbers stay ungrouped (years, "2016")."""
    return languages.format_number(value, language)


# A bare figure: separators only between digits, a space only before a group of exactly three.
_FIGURE = re.compile(rf"(?<![\d.,])\d+(?:[.,]\d+|{SP}\d{{3}}(?!\d))*")


def _reading(literal: str, language: str) -> str | None:
    """The value of a bare figure as ``language`` writes figures, or None if it is malformed there."""
    number_format = languages.number_format(language)
    # Decimal-comma languages group with dots or spaces of any width, whatever CLDR's own symbol.
    extra = SPACES + "." if number_format.decimal == "," else ""
    group = re.escape("".join(dict.fromkeys(number_format.group_symbols + extra)))
    decimal = re.escape(number_format.decimal)
    if not re.fullmatch(rf"\d{{1,3}}(?:[{group}]\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?", literal):
        return None
    integer, _, fraction = literal.partition(number_format.decimal)
    return read(integer, fraction or None)


def localize_numbers(source: str, target: str, source_language: str, target_language: str) -> str:
    """Rewrite figures that an engine copied verbatim from the source ("14.000", "2,5") the way
    the target language writes them ("14,000", "2.5"), from CLDR. Only figures that occur in the
    source and read differently (or not at all) in the target language are touched: "242" and
    "2016" stay."""
    wanted: dict[str, str] = {}
    for match in _FIGURE.finditer(source):
        literal = match.group(0)
        value = _reading(literal, source_language)
        if value is not None and _reading(literal, target_language) != value:
            wanted[literal] = format_number(value, target_language)
    if not wanted:
        return target
    return _FIGURE.sub(lambda m: wanted.get(m.group(0), m.group(0)), target)
