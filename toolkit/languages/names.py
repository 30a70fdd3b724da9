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

__all__ = [
    "capitalises_nouns", "country_name", "iso639_3_codes", "language_name", "place_name", "text_direction",
]


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


# Time zones of the continents: an ocean's zones are named after islands ("Pacific/Norfolk",
# "Indian/Christmas"), which Spanish names "Norfolk" and "Navidad".
_CONTINENTS = ("Africa/", "America/", "Asia/", "Australia/", "Europe/")


@functools.lru_cache(maxsize=64)
def _cities(language: str) -> Mapping[str, str]:
    """CLDR's exemplar cities (those its time zones are named after) as ``language`` writes them,
    cleaned name → time zone; a zone it names no city for goes by the city of the zone's identifier."""
    from babel.core import get_global

    zones = [zone for zone in get_global("zone_territories") if zone.startswith(_CONTINENTS)]
    names = {_clean(_zone_city(zone)): zone for zone in zones}
    cities = locale(language).time_zones
    names |= {_clean(cities[zone]["city"]): zone for zone in zones if "city" in cities.get(zone, {})}
    return MappingProxyType(names)


def _zone_city(zone: str) -> str:
    """The city a time zone's identifier names ("America/New_York": "New York")."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _city(zone: str, language: str | None) -> str:
    """The city a time zone is named after, as ``language`` writes it (CLDR's exemplar city), or as
    the zone's identifier writes it."""
    return str(locale(language).time_zones.get(zone, {}).get("city") or _zone_city(zone))


# Cities in the news that no CLDR time zone is named after, or that one names after another city of
# the name (Belén, Brazil's Belém), by their English name: their names in other languages where they
# differ.
_NEWS_CITIES: dict[str, dict[str, str]] = {
    "Aleppo": {"fr": "Alep", "es": "Alepo"}, "Geneva": {"fr": "Genève", "es": "Ginebra"},
    "Antwerp": {"fr": "Anvers", "es": "Amberes"}, "Basel": {"fr": "Bâle", "es": "Basilea"},
    "Lausanne": {"es": "Lausana"}, "Turin": {"es": "Turín"}, "Venice": {"fr": "Venise", "es": "Venecia"},
    "Palmyra": {"fr": "Palmyre", "es": "Palmira"}, "Bethlehem": {"fr": "Bethléem", "es": "Belén"},
    "Ramallah": {"es": "Ramala"}, "Jericho": {"fr": "Jéricho", "es": "Jericó"},
    "Nablus": {"fr": "Naplouse"}, "Basra": {"fr": "Bassora", "es": "Basora"},
    "Alexandria": {"fr": "Alexandrie", "es": "Alejandría"}, "Aswan": {"fr": "Assouan", "es": "Asuán"},
    "Luxor": {"fr": "Louxor"}, "Bordeaux": {"es": "Burdeos"}, "Grozny": {"es": "Grozni"},
    "Abuja": {"es": "Abuya"}, "Yaoundé": {"es": "Yaundé"}, "Fallujah": {"fr": "Falloujah", "es": "Faluya"},
    "Idlib": {"fr": "Idleb"}, "Latakia": {"fr": "Lattaquié"}, "Daraa": {"fr": "Deraa"},
    "Kirkuk": {"fr": "Kirkouk"}, "Mosul": {"fr": "Mossoul"}, "Sirte": {"fr": "Syrte"},
    "Jeddah": {"fr": "Djeddah", "es": "Yeda"}, "Mariupol": {"fr": "Marioupol", "es": "Mariúpol"},
    "Luhansk": {"fr": "Louhansk", "es": "Lugansk"}, "Kharkiv": {"es": "Járkov"},
}


@functools.lru_cache(maxsize=64)
def _news_cities(language: str) -> Mapping[str, str]:
    return MappingProxyType(
        {_clean(names.get(language, english)): english for english, names in _NEWS_CITIES.items()}
    )


@functools.lru_cache(maxsize=4096)
def place_name(name: str, source: str | None, target: str | None) -> str | None:
    """The name in ``target`` of the country or city that ``source`` calls ``name``: CLDR's country
    names and its time zones' cities ("Genève" fr → "Geneva" en is no zone's city: a short list of
    cities in the news has it, "Alepo" es → "Aleppo"); None when neither knows the name."""
    source_language, target_language = base_language(source) or _ROOT, base_language(target) or _ROOT
    english = _news_cities(source_language).get(_clean(name))
    if english is not None:
        return _NEWS_CITIES[english].get(target_language, english)
    country = country_name(name, source, target)
    if country is not None:
        return country
    zone = _cities(source_language).get(_clean(name))
    return _city(zone, target) if zone is not None else None


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
