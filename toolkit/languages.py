"""Per-language knowledge in one place: number formats, month and weekday names, language names.

Everything here comes from CLDR through Babel, for every language Babel knows; a language it does
not know gets CLDR's root data (the generic path), never English rules. Results are cached: every
function is cheap after its first call for a language. Other modules ask here instead of keeping
their own tables.
"""

from __future__ import annotations

import datetime as _dt
import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel import dates as _dates
from babel import numbers as _numbers

__all__ = [
    "NumberFormat",
    "base_language",
    "date_pattern",
    "digit_value",
    "format_date",
    "format_number",
    "iso639_3_codes",
    "known",
    "language_name",
    "locale",
    "month_name",
    "month_names",
    "number_format",
    "weekday_name",
    "weekday_names",
]

Width = Literal["wide", "abbreviated"]
Context = Literal["format", "stand-alone"]
_ROOT = "root"


def base_language(language: str | None) -> str:
    """The language subtag of a code, lower-cased: "pt-BR" → "pt", "zh_Hant" → "zh", None → ""."""
    return (language or "").replace("_", "-").split("-")[0].strip().lower()


@functools.lru_cache(maxsize=256)
def _parse(language: str) -> Locale | None:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def known(language: str | None) -> bool:
    """Whether CLDR (through Babel) has data for ``language``."""
    return bool(language) and _parse(language or "") is not None


def locale(language: str | None) -> Locale:
    """Babel's locale for a language code ("fr", "pt-BR", "sr_Latn"); CLDR's root locale (the
    generic path) for a code Babel does not know. A region-tagged code falls back to its language."""
    if language:
        found = _parse(language) or _parse(base_language(language))
        if found is not None:
            return found
    return Locale.parse(_ROOT)


# -- numbers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberFormat:
    """How a language writes numbers, from CLDR (Latin digits; other digits are read anyway).

    ``grouping`` is (primary, secondary) group sizes: (3, 3) for "14,000,000", (3, 2) for Hindi's
    lakh/crore grouping "1,40,00,000". ``percent_pattern`` is CLDR's pattern ("#,##0 %" in French).
    """

    decimal: str
    group: str
    grouping: tuple[int, int]
    percent_sign: str
    percent_pattern: str
    minus: str
    plus: str

    @property
    def group_symbols(self) -> str:
        """Every character that may group thousands in this language: the CLDR symbol, and for a
        space-like symbol all its spacing variants (copy mixes NBSP, narrow NBSP and plain spaces)."""
        if self.group.isspace() or self.group in "\u00a0\u202f\u2009":
            return " \u00a0\u202f\u2009"
        if self.group in "'’":
            return "'’"
        return self.group


@functools.lru_cache(maxsize=256)
def number_format(language: str | None) -> NumberFormat:
    """The number symbols and grouping of ``language`` (CLDR's Latin-digit system)."""
    loc = locale(language)
    symbols = loc.number_symbols["latn"]
    pattern = loc.decimal_formats[None]
    percent = loc.percent_formats[None]
    return NumberFormat(
        decimal=symbols.get("decimal", "."),
        group=symbols.get("group", ","),
        grouping=(int(pattern.grouping[0]), int(pattern.grouping[1])),
        percent_sign=symbols.get("percentSign", "%"),
        percent_pattern=percent.pattern,
        minus=symbols.get("minusSign", "-"),
        plus=symbols.get("plusSign", "+"),
    )


def format_number(value: str | int | Decimal, language: str | None, *, group_years: bool = False) -> str:
    """A plain decimal ("14000.5") written the way ``language`` writes it, from CLDR ("14,000.5" en,
    "14 000,5" fr with a narrow no-break space, "14.000,5" de, "1,40,000" hi). Four-digit whole
    numbers stay ungrouped unless ``group_years`` (they are mostly years: "2016")."""
    number = Decimal(str(value))
    if not group_years and number == number.to_integral_value() and abs(number) < 10000:
        return str(int(number))
    # The locale's own pattern gives its grouping; no quantization keeps every decimal given.
    return _numbers.format_decimal(number, locale=locale(language), decimal_quantization=False)


def digit_value(char: str) -> int | None:
    """The value of one decimal digit in any script ("७" → 7), or None."""
    return unicodedata.decimal(char, None)


# -- dates ---------------------------------------------------------------------------------------


def _clean(name: str) -> str:
    return name.strip().rstrip(".").casefold()


@functools.lru_cache(maxsize=256)
def month_names(language: str | None) -> Mapping[str, int]:
    """Every CLDR name of every month in ``language`` (case-folded, no abbreviation dot) → 1–12:
    wide and abbreviated, format and stand-alone forms (so Russian and Czech genitives, "октября"
    and "října", as well as nominatives "октябрь" and "říjen")."""
    loc = locale(language)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for month, name in loc.months[context][width].items():
                names.setdefault(_clean(name), int(month))
    return MappingProxyType(names)


@functools.lru_cache(maxsize=256)
def weekday_names(language: str | None, *, abbreviated: bool = False) -> Mapping[str, int]:
    """CLDR's wide weekday names of ``language`` (case-folded) → 0 (Monday) … 6 (Sunday), format
    and stand-alone forms; with ``abbreviated`` the abbreviations too (which are often common
    words: Czech "po", "st", "ne")."""
    loc = locale(language)
    widths = ("wide", "abbreviated") if abbreviated else ("wide",)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in widths:
            for day, name in loc.days[context][width].items():
                names.setdefault(_clean(name), int(day))
    return MappingProxyType(names)


def month_name(
    language: str | None, month: int, *, width: Width = "wide", context: Context = "format"
) -> str:
    """The CLDR name of ``month`` (1–12) in ``language``: ``context="format"`` is the form used inside
    a date (genitive in Russian/Czech: "октября"), ``"stand-alone"`` the nominative ("октябрь")."""
    return str(locale(language).months[context][width][month])


def weekday_name(
    language: str | None, weekday: int, *, width: Width = "wide", context: Context = "format"
) -> str:
    """The CLDR name of ``weekday`` (0 = Monday … 6 = Sunday) in ``language``."""
    return str(locale(language).days[context][width][weekday])


@functools.lru_cache(maxsize=256)
def date_pattern(language: str | None, length: Literal["long", "medium", "short", "full"] = "long") -> str:
    """CLDR's date pattern ("d MMMM y" fr, "MMMM d, y" en, "d. MMMM y" de/cs): the order of day and
    month and what follows the day ("3. Oktober")."""
    return str(locale(language).date_formats[length].pattern)


def format_date(
    date: _dt.date, language: str | None, length: Literal["long", "medium", "short", "full"] = "long"
) -> str:
    """``date`` as ``language`` writes it in running text ("3 octobre 2026", "3. Oktober 2026",
    "October 3, 2026", "3 октября 2026 г.")."""
    return _dates.format_date(date, format=length, locale=locale(language))


# -- names of languages --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def language_name(code: str, in_language: str | None = "en") -> str:
    """The name of language ``code`` written in ``in_language`` ("de" in "fr" → "allemand"); the
    code itself when CLDR has no name for it."""
    display = locale(in_language)
    target = _parse(code) or _parse(base_language(code))
    if target is not None:
        name = target.get_display_name(display)
        if name:
            return str(name)
    return str(display.languages.get(base_language(code), code))


@functools.lru_cache(maxsize=256)
def iso639_3_codes(language: str) -> tuple[str, ...]:
    """The three-letter codes CLDR maps to ``language`` ("fr" → ("fra", "fre"); "zh" → ("chi", "cmn",
    "zho")), sorted; what OPUS-MT's ``>>xxx<<`` target tokens use."""
    from babel.core import get_global

    base = base_language(language)
    aliases = get_global("language_aliases")
    return tuple(sorted(code for code, alias in aliases.items() if alias == base and len(code) == 3))
