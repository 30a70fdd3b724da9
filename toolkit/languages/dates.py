"""Month and weekday names, date patterns and dates as each language writes them, from CLDR."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from babel import dates as _dates

from ._locale import base_language, is_word, locale
from ._locale import clean as _clean

__all__ = [
    "name_adjectives",
    "name_endings",
    "date_pattern",
    "date_words",
    "format_date",
    "format_day_month",
    "hour_words",
    "month_cases",
    "month_name",
    "month_names",
    "name_stem",
    "weekday_name",
    "weekday_names",
]

Width = Literal["wide", "abbreviated"]
Context = Literal["format", "stand-alone"]


@functools.lru_cache(maxsize=256)
def month_names(language: str | None, *, abbreviated: bool = True) -> Mapping[str, int]:
    """Every CLDR name of every month in ``language`` (case-folded, no abbreviation dot) → 1–12:
    format and stand-alone forms (so Russian and Czech genitives, "октября" and "října", as well
    as nominatives "октябрь" and "říjen"), wide and, with ``abbreviated``, abbreviated."""
    loc = locale(language)
    widths = ("wide", "abbreviated") if abbreviated else ("wide",)
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in widths:
            for month, name in loc.months[context][width].items():
                names.setdefault(_clean(name), int(month))
    return MappingProxyType(names)


@functools.lru_cache(maxsize=64)
def month_cases(language: str | None) -> Mapping[str, int]:
    """Month names in the case dates use that CLDR does not list (its genitive and nominative are
    in :func:`month_names`): Russian's prepositional "в мае", "в июне", "в июле" (too short to be
    read by their stems), made from CLDR's genitive by the language's rule; empty for others."""
    if base_language(language) != "ru":
        return MappingProxyType({})
    genitives = locale(language).months["format"]["wide"]
    return MappingProxyType({_clean(name)[:-1] + "е": int(month) for month, name in genitives.items()})


def name_stem(name: str) -> str:
    """A month or weekday name less its final vowel or soft sign ("пятница" → "пятниц"), where
    the endings of its other forms go ("пятницу")."""
    return name[:-1] if name[-1:] in _VOWELS else name


_VOWELS = frozenset("aeiouáéíóúàèìòùěůаеёиоуыэюяьйії")


@functools.lru_cache(maxsize=64)
def name_endings(language: str | None) -> Mapping[str, frozenset[str]]:
    """The endings a month or weekday name takes in running text, where they are known: the name
    (case-folded) or its :func:`name_stem` → the endings that may follow it. A name not listed may
    take any short ending, as inflected names do ("в октябре", "v sobotu").

    English, French, Spanish and Portuguese names take a plural "s" only ("Sundays", "vendredis";
    "Augusta" is a city, "Julia" a woman). Czech and Russian feminine weekdays take the endings of
    their declension ("sobotu", "středou", "среду"; not "středem", through the middle, nor
    "среди", among), and a month whose other forms drop a vowel takes none ("červen", June, is
    "června": "červené" is red)."""
    code = base_language(language)
    found: dict[str, frozenset[str]] = {}
    if code in _PLURAL_ONLY:
        for name in (*month_names(code, abbreviated=False), *weekday_names(code)):
            stem = name_stem(name)
            found[stem] = frozenset({name[len(stem) :] + "s", name[len(stem) :]} - {""})
            found[name] = frozenset({"s"})
        return MappingProxyType(found)
    if code not in _CASE_ENDINGS:
        return MappingProxyType(found)
    masculine, feminine = _CASE_ENDINGS[code]
    found.update((name_stem(day), feminine) for day in weekday_names(code) if day.endswith(("a", "а")))
    loc = locale(code)
    for month, nominative in loc.months["stand-alone"]["wide"].items():
        name, genitive = _clean(nominative), _clean(loc.months["format"]["wide"][month])
        found[name_stem(genitive)] = masculine
        found[name_stem(name)] = masculine if genitive.startswith(name_stem(name)) else frozenset()
    return MappingProxyType(found)


# Languages whose month and weekday names change only in the plural.
_PLURAL_ONLY = frozenset({"en", "fr", "es", "pt"})
# The case endings of a masculine noun (months: "v lednu", "в марте") and of a feminine noun in -a
# (weekdays: "ve středu", "в пятницу"), as the names take them.
_CASE_ENDINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "cs": (
        frozenset({"a", "u", "i", "em", "y", "ů", "ech", "ům", "ích"}),
        frozenset({"y", "e", "ě", "u", "ou", "o", "ám", "ách", "ami"}),
    ),
    "ru": (
        frozenset({"а", "я", "у", "ю", "е", "ом", "ем", "ём"}),
        frozenset({"ы", "е", "у", "ой", "ою", "ей", "ею", "ам", "ах", "ами"}),
    ),
}


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


@functools.lru_cache(maxsize=256)
def date_words(language: str | None) -> tuple[str, ...]:
    """The literal words CLDR's date patterns put between day, month and year ("de" in Spanish and
    Portuguese "3 de octubre de 2012", "г" after a Russian year), case-folded."""
    words: set[str] = set()
    for length in ("full", "long", "medium"):
        pattern = date_pattern(language, length)
        for literal in pattern.split("'")[1::2]:
            words.update(w.casefold() for w in literal.replace(".", " ").split() if is_word(w))
    words.update(_DATE_WORDS.get(base_language(language), ()))
    return tuple(sorted(words))


_DATE_WORDS = {"en": ("of",)}  # "the 3rd of October": British usage CLDR's patterns do not show


@functools.lru_cache(maxsize=256)
def hour_words(language: str | None) -> tuple[str, ...]:
    """The words CLDR's time formats put right after the hour ("Uhr" in German "10 Uhr", "giờ" in
    Vietnamese, "ч" in Bulgarian), and the clock words CLDR lacks (Hindi "बजे"), as written: a
    figure before one is a time of day."""
    loc = locale(language)
    patterns = [str(p) for p in loc.datetime_skeletons.values()]
    patterns += [str(f.pattern) for f in loc.time_formats.values()]
    words: set[str] = set()
    for pattern in patterns:
        # Quoted literals sit at the odd places; the field before one must be the hour.
        parts = pattern.split("'")
        for before, literal in zip(parts[0::2], parts[1::2], strict=False):
            if re.search(r"[Hhk]\s*$", before):
                words.update(w.rstrip(".") for w in literal.split() if is_word(w.rstrip(".")))
    words.update(_HOUR_WORDS.get(base_language(language), ()))
    return tuple(sorted(words))


# Hindi and Urdu clock times read "सुबह 10 बजे" (10 o'clock in the morning), "10 बजकर 30 मिनट"
# (10:30), "घड़ियों ने बारह बजाए" (the clocks struck twelve; Urdu "بجے"); CLDR's time formats have
# no word for it.
_HOUR_WORDS = {"hi": ("बजे", "बजा", "बजाए", "बजकर"), "ur": ("بجے",)}


def format_date(
    date: _dt.date, language: str | None, length: Literal["long", "medium", "short", "full"] = "long"
) -> str:
    """``date`` as ``language`` writes it in running text ("3 octobre 2026", "3. Oktober 2026",
    "October 3, 2026", "3 октября 2026 г.")."""
    return _dates.format_date(date, format=length, locale=locale(language))


# English news style (AP) abbreviates the long month names in datelines and keeps the short ones;
# CLDR has no news style, so this table is written by hand.
_AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
)


def format_day_month(day: int, month: int, language: str | None) -> str:
    """A day of a month without its year, the way ``language`` writes it in a dateline: CLDR's
    day-and-month form ("29 novembre", "29 de noviembre", "29. November", "11月29日"); English in
    news style ("Nov. 29", "May 3")."""
    if base_language(language) == "en":
        return f"{_AP_MONTHS[month - 1]} {day}"
    # A leap year, so that 29 February exists; the year is not shown.
    return str(_dates.format_skeleton("MMMMd", _dt.date(2024, month, day), locale=locale(language)))


@functools.lru_cache(maxsize=64)
def name_adjectives(language: str | None) -> Mapping[str, tuple[Literal["month", "weekday"], int]]:
    """Stems of the adjectives ``language`` makes from month and weekday names, → (kind, value):
    Czech "zářijový" (of September), "srpnovým" (August's), "čtvrteční" (Thursday's). Derived from
    CLDR's nominatives by the language's rules; empty for languages without such rules."""
    if base_language(language) != "cs":
        return MappingProxyType({})
    loc = locale(language)
    found: dict[str, tuple[Literal["month", "weekday"], int]] = {}
    for month, name in loc.months["stand-alone"]["wide"].items():
        stem = _clean(name)
        if stem[-1] in "íi":  # září → zářijový
            stem = stem[:-1] + "ij"
        elif re.search(r"e[^aeiouyáéíóúůýě]$", stem):  # srpen → srpnový: the fleeting e
            stem = stem[:-2] + stem[-1]
        found[stem + "ov"] = ("month", int(month))
    for day, name in loc.days["stand-alone"]["wide"].items():
        stem = _clean(name)
        # čtvrtek → čtvrteční, sobota → sobotní, neděle → nedělní; but středa → středeční ("střední"
        # is central: "střední škola", "Střední východ")
        suffix = "ečn" if stem.endswith("da") else "čn" if stem.endswith("ek") else "n"
        found[stem[:-1] + suffix] = ("weekday", int(day))
    return MappingProxyType(found)
