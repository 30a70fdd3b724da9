"""Units of measure as each language writes them after a figure, from CLDR's unit patterns, and
the factors between units of one dimension (so "15 m" and "50 ft" can be seen to agree)."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from types import MappingProxyType

from babel import Locale

from ._locale import base_language, locale
from ._locale import clean as _clean

__all__ = ["convert", "duration_words", "unit_words"]

# Units news copy converts between, in their dimension's base unit (metre, kilogram, m², litre,
# km/h). Physical constants, not language data.
_FACTORS: dict[str, tuple[str, float]] = {
    "length-kilometer": ("length", 1000.0),
    "length-meter": ("length", 1.0),
    "length-centimeter": ("length", 0.01),
    "length-millimeter": ("length", 0.001),
    "length-mile": ("length", 1609.344),
    "length-yard": ("length", 0.9144),
    "length-foot": ("length", 0.3048),
    "length-inch": ("length", 0.0254),
    "mass-tonne": ("mass", 1000.0),
    "mass-kilogram": ("mass", 1.0),
    "mass-gram": ("mass", 0.001),
    "mass-pound": ("mass", 0.45359237),
    "mass-ounce": ("mass", 0.028349523125),
    "mass-stone": ("mass", 6.35029318),
    "area-square-kilometer": ("area", 1e6),
    "area-hectare": ("area", 1e4),
    "area-square-meter": ("area", 1.0),
    "area-square-mile": ("area", 2589988.110336),
    "area-acre": ("area", 4046.8564224),
    "area-square-foot": ("area", 0.09290304),
    "volume-liter": ("volume", 1.0),
    "volume-gallon": ("volume", 3.785411784),
    "volume-gallon-imperial": ("volume", 4.54609),
    "speed-kilometer-per-hour": ("speed", 1.0),
    "speed-mile-per-hour": ("speed", 1.609344),
    "temperature-celsius": ("temperature", 1.0),
    "temperature-fahrenheit": ("temperature", 1.0),
}


@functools.lru_cache(maxsize=64)
def unit_words(language: str | None) -> Mapping[str, str]:
    """How ``language`` writes the units of :data:`_FACTORS` after a figure, in every width and
    plural form CLDR has ("mètres", "m", "Meter", "футов", "ft"), case-folded → CLDR unit id. A
    form two units share ("m" for metre and mile in some locales) keeps the first."""
    # English copy spells the metric units the British way as often as CLDR's "meters".
    locales = [locale(language)] + ([locale("en_GB")] if base_language(language) == "en" else [])
    words: dict[str, str] = {}
    for loc in locales:
        for unit in _FACTORS:
            for _, word in _after_figure(loc, unit, ("long", "short", "narrow")):
                words.setdefault(word, unit)
    return MappingProxyType(words)


def _after_figure(loc: Locale, unit: str, widths: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(width, word) for each way CLDR writes ``unit`` after a figure in ``loc``: every plural form
    of the widths asked ("{0} mètres" → "mètres"), case-folded; not the "per" pattern."""
    patterns = loc._data["unit_patterns"].get(unit, {})
    for width in widths:
        for key, pattern in patterns.get(width, {}).items():
            if key == "per" or not isinstance(pattern, str) or not pattern.startswith("{0}"):
                continue
            word = _clean(pattern.replace("{0}", ""))
            if word:
                yield width, word


_DURATIONS = tuple(f"duration-{unit}" for unit in ("year", "month", "week", "day", "hour", "minute"))
# Forms of a duration CLDR's patterns do not write after a figure ("deux années"; Czech instrumental
# and locative plurals: "před 12 lety", 12 years ago, "v posledních 5 letech"; Hindi "साल", a year
# as news writes it beside CLDR's "वर्ष", and the oblique plurals: "पिछले 10 सालों में").
_DURATIONS_CLDR_LACKS = MappingProxyType(
    {
        "fr": ("année", "années"),
        "cs": ("lety", "letech", "dnech", "týdnech", "měsících"),
        "hi": ("साल", "सालों", "वर्षों", "महीनों", "हफ्ते", "हफ़्ते", "हफ्तों", "हफ़्तों", "दिनों", "घंटों", "मिनटों"),
    }
)


@functools.lru_cache(maxsize=64)
def duration_words(language: str | None) -> frozenset[str]:
    """The words ``language`` writes after a count of years, months, weeks, days, hours or minutes,
    from CLDR's unit patterns in every plural form, long and short, case-folded ("Jahre", "лет",
    "года", "hodin", "años", "小时"). Short forms under three letters are left out: "г" is a
    Russian year and a gram, "wo" a German week and "where"."""
    words = set(_DURATIONS_CLDR_LACKS.get(base_language(language), ()))
    for unit in _DURATIONS:
        for width, word in _after_figure(locale(language), unit, ("long", "short")):
            if len(word) > 2 or width == "long":
                words.add(word)
    return frozenset(words)


def convert(value: float, unit: str, into: str) -> float | None:
    """``value`` in ``unit`` expressed in ``into`` (CLDR unit ids), or None across dimensions."""
    (dimension, factor), (other, target) = _FACTORS[unit], _FACTORS[into]
    if dimension != other:
        return None
    if dimension == "temperature":
        if unit == into:
            return value
        return value * 9 / 5 + 32 if unit == "temperature-celsius" else (value - 32) * 5 / 9
    return value * factor / target
