"""Names of countries and languages in each language, from CLDR; its writing direction, and
whether it capitalises its nouns."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from ._locale import ROOT as _ROOT
from ._locale import base_language, locale, parse
from ._locale import clean as _clean

__all__ = ["capitalises_nouns", "country_name", "iso639_3_codes", "language_name", "text_direction"]


@functools.lru_cache(maxsize=64)
def _countries(language: str) -> Mapping[str, str]:
    names = locale(language).territories
    return MappingProxyType({_clean(name): code for code, name in names.items() if code.isalpha()})


def country_name(name: str, source: str | None, target: str | None) -> str | None:
    """The CLDR name in ``target`` of the country that ``source`` calls ``name`` ("Syrie" fr →
    "Syria" en, "Allemagne" → "Germany"); None when CLDR has no country of that name."""
    for code in dict.fromkeys((source, "en")):
        territory = _countries(base_language(code) or _ROOT).get(_clean(name)) if code else None
        if territory is not None:
            return str(locale(target).territories.get(territory, name))
    return None


# -- names of languages --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def language_name(code: str, in_language: str | None = "en") -> str:
    """The name of language ``code`` written in ``in_language`` ("de" in "fr" → "allemand"); the
    code itself when CLDR has no name for it."""
    display = locale(in_language)
    target = parse(code) or parse(base_language(code))
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


def text_direction(language: str | None) -> Literal["ltr", "rtl"]:
    """How ``language`` is written, from CLDR: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr"."""
    return "rtl" if locale(language).character_order == "right-to-left" else "ltr"


# Languages that write every noun with a capital.
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def capitalises_nouns(language: str | None) -> bool:
    """Whether ``language`` writes every noun with a capital (German, Luxembourgish): there a
    capitalised word inside a sentence is no sign of a name ("Anfang Mai", "Flug 448")."""
    return base_language(language) in _NOUNS_CAPITALISED
