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
    "currency_symbols",
    "currency_words",
    "country_name",
    "date_pattern",
    "date_words",
    "digit_value",
    "format_date",
    "format_day_month",
    "format_number",
    "iso639_3_codes",
    "known",
    "language_name",
    "locale",
    "month_name",
    "month_names",
    "number_connectors",
    "text_direction",
    "number_format",
    "number_words",
    "percent_words",
    "scale_words",
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


@functools.lru_cache(maxsize=256)
def scale_words(language: str | None, *, abbreviated: bool = False) -> Mapping[str, int]:
    """Words that multiply a figure ("2,5 millions", "3 Mrd.", "5 करोड़"), case-folded → multiplier,
    from CLDR's compact number formats in every plural form ("миллион", "миллиона", "миллионов").
    With ``abbreviated``, the short forms ("Mio", "млн", "M", "k") instead: they read as scales
    only next to a currency ("90 M$"), since a bare "10 m" is ten metres."""
    formats = locale(language).compact_decimal_formats
    words: dict[str, int] = {}
    for plural in formats.get("short" if abbreviated else "long", {}).values():
        for magnitude, pattern in plural.items():
            word = _clean((pattern.suffix[0] or pattern.prefix[0]).replace("'", ""))
            zeros = str(pattern.pattern).count("0")
            # CLDR's root data holds only SI letters (k, M, G): no scale words in running text.
            if word and zeros and (abbreviated or len(word) > 2):
                words.setdefault(word, int(magnitude) // 10 ** (zeros - 1))
    for word, value in _PRESS_SCALES.get(base_language(language), {}).items():
        if abbreviated == (len(word) <= 3):
            words.setdefault(word, value)
    return MappingProxyType(words)


# What CLDR does not hold: the press's own abbreviations, and Indian English's lakh and crore.
_PRESS_SCALES: dict[str, dict[str, int]] = {
    "en": {
        "bn": 10**9,
        "m": 10**6,
        "mn": 10**6,
        "tn": 10**12,
        "lakh": 10**5,
        "lakhs": 10**5,
        "crore": 10**7,
        "crores": 10**7,
    },
    "fr": {"md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9},
}


@functools.lru_cache(maxsize=256)
def percent_words(language: str | None) -> tuple[str, ...]:
    """How ``language`` writes "percent" after a figure in words ("pour cent", "Prozent",
    "процентов", "प्रतिशत"), every plural form CLDR has, case-folded, longest first."""
    patterns = locale(language)._data["unit_patterns"].get("concentr-percent", {}).get("long", {})
    words = {_clean(str(p).replace("{0}", "")) for p in patterns.values()}
    words.update(_PRESS_PERCENT.get(base_language(language), ()))
    return tuple(sorted((w for w in words if w and not w.startswith("%")), key=len, reverse=True))


_PRESS_PERCENT = {"en": ("per cent",)}


# Currencies a wire story names often enough to read their names; the first to claim a shared name
# or symbol keeps it ("dollars", "$" → USD).
MAJOR_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "RUB", "INR", "CZK", "PLN", "CAD", "AUD")
_PRESS_CURRENCY = {"en": {"rs": "INR", "rs.": "INR"}, "hi": {"रु": "INR", "रु.": "INR", "रुपये": "INR"}}


@functools.lru_cache(maxsize=256)
def currency_symbols(language: str | None) -> Mapping[str, str]:
    """Currency symbols and ISO codes as written in ``language`` and in CLDR's root ("$", "US$",
    "€", "Kč", "₹", "USD") → ISO code, for :data:`MAJOR_CURRENCIES`."""
    symbols: dict[str, str] = {}
    for loc in (locale(language), locale(None), locale("en")):
        for code in MAJOR_CURRENCIES:
            symbol = loc.currency_symbols.get(code)
            if symbol:
                symbols.setdefault(symbol, code)
    for code in MAJOR_CURRENCIES:
        symbols.setdefault(code, code)
    return MappingProxyType(symbols)


@functools.lru_cache(maxsize=256)
def currency_words(language: str | None) -> Mapping[str, str]:
    """The nouns ``language`` names major currencies with, in every plural form CLDR has
    ("dollars", "долларов", "dolarů", "euros", "डॉलर"), case-folded → ISO code.

    CLDR names are phrases ("dollars des États-Unis", "amerických dolarů"); the noun is the word
    the phrase shares with the most other currencies' names (many currencies are "dollars")."""
    loc = locale(language)
    counts = list(range(0, 30)) + [Decimal("0.5"), Decimal("1.5")]
    phrases: dict[str, list[list[str]]] = {}
    for any_code in loc.currencies:
        names = {_numbers.get_currency_name(str(any_code), count, loc) for count in counts}
        phrases[str(any_code)] = [_words(name) for name in sorted(names)]
    sharing: dict[str, int] = {}
    for spelled in phrases.values():
        for word in {w for form in spelled for w in form}:
            sharing[word] = sharing.get(word, 0) + 1
    # Country adjectives ("japonais", "японская") tie with the noun when no other currency shares
    # either word: a word that starts like a country's name is the adjective.
    countries = {str(name).casefold()[:4] for name in loc.territories.values()}
    found: dict[str, str] = dict(_PRESS_CURRENCY.get(base_language(language), {}))
    for code in MAJOR_CURRENCIES:
        forms = [form for form in phrases.get(code, []) if form]
        if not forms:
            continue
        candidates = {w for form in forms for w in form}
        best = max(sharing[w] for w in candidates)
        nouns = [w for w in sorted(candidates) if sharing[w] == best]
        if len(nouns) > 1:
            nouns = [w for w in nouns if w[:4] not in countries] or nouns
        for form in forms:
            for noun in nouns:
                if noun in form:
                    # The same place in every plural form: "dollar"/"dollars", "dolar"/"dolarů".
                    place = form.index(noun)
                    for other in forms:
                        if len(other) == len(form):
                            found.setdefault(other[place], code)
    return MappingProxyType(found)


def _words(phrase: str) -> list[str]:
    return [w.casefold() for w in phrase.replace("-", " ").split() if len(w) > 1 and w[0].isalpha()]


@functools.lru_cache(maxsize=64)
def number_words(language: str | None) -> Mapping[str, int]:
    """Numbers written in words in ``language``, case-folded → value: cardinals 2–100 and ordinals
    1–31 generated by num2words (every case and gender it knows: "три", "трёх", "трём"), and the
    approximations wire copy uses ("dozen", "cinquantaine", "Dutzend"). "One" and its kin are left
    out: they double as articles. Empty for a language neither num2words nor the table knows."""
    code = base_language(language)
    words: dict[str, int] = {}
    converter = _converter(code)
    if converter is not None:
        variants = _inflections(converter)
        for value in range(2, 101):
            for kwargs in variants:
                for word in _number_tokens(_spell(converter, value, "cardinal", kwargs)):
                    words.setdefault(word, value)
        for value in range(1, 32):
            for word in _number_tokens(_spell(converter, value, "ordinal", {})):
                words.setdefault(word, value)
        # "one hundred", "eine Million": the last word names the round number.
        for value in (100, 1000):
            for kwargs in variants:
                tokens = _spell(converter, value, "cardinal", kwargs).casefold().split()
                if tokens:
                    words.setdefault(tokens[-1], value)
    for word, value in _APPROXIMATE.get(code, {}).items():
        words[word] = value
    return MappingProxyType(words)


@functools.lru_cache(maxsize=64)
def number_connectors(language: str | None) -> frozenset[str]:
    """The words that join number words in ``language`` ("et" in "vingt et un", "y" in "treinta y
    dos", "and" in "one hundred and five"), found in num2words' own spellings."""
    code = base_language(language)
    converter = _converter(code)
    if converter is None:
        return frozenset()
    known_words = number_words(code)
    found: set[str] = set()
    for value in (21, 31, 32, 45, 101, 105, 120, 250):
        for token in _spell(converter, value, "cardinal", {}).casefold().replace("-", " ").split():
            short = token.isalpha() and len(token) <= 3
            if short and token not in known_words and not _is_number(code, token):
                found.add(token)
    return frozenset(found)


def _converter(code: str) -> object | None:
    """num2words' speller for a language, or None (imported on first use: it is only data)."""
    from num2words import CONVERTER_CLASSES  # type: ignore[import-untyped]

    return CONVERTER_CLASSES.get(code)


def _is_number(code: str, token: str) -> bool:
    """Whether ``token`` alone is a number in num2words' spelling ("un", "one", "uno")."""
    converter = _converter(code)
    return token in {_spell(converter, 1, "cardinal", {}).casefold(), _spell(converter, 1000, "cardinal", {})}


def _inflections(converter: object) -> list[dict[str, str]]:
    """The case/gender keyword sets a num2words converter takes (Russian, Ukrainian: all of them)."""
    import inspect

    parameters = inspect.signature(converter.to_cardinal).parameters  # type: ignore[attr-defined]
    if "case" not in parameters:
        return [{}]
    return [{"case": c, "gender": g} for c in ("n", "g", "d", "a", "i", "p") for g in ("m", "f", "n")]


def _spell(converter: object, value: int, to: str, kwargs: dict[str, str]) -> str:
    try:
        return str(getattr(converter, f"to_{to}")(value, **kwargs))
    except (NotImplementedError, TypeError, ValueError, KeyError, AttributeError):
        return ""


def _number_tokens(spelled: str) -> list[str]:
    """A spelled number as one token when it is one ("vingt-trois", "dreiundzwanzig"); compound
    phrases ("двадцать три") are read word by word and summed by the reader."""
    spelled = spelled.casefold().strip()
    if not spelled:
        return []
    return [spelled] if " " not in spelled else []


# Approximate quantities: no library lists them. Values are the round number they stand for.
_APPROXIMATE: dict[str, dict[str, int]] = {
    "en": {
        "dozen": 12,
        "dozens": 12,
        "hundreds": 100,
        "thousands": 1000,
        "millions": 10**6,
        "both": 2,
        "couple": 2,
        "twice": 2,
    },
    "fr": {
        "dizaine": 10,
        "dizaines": 10,
        "douzaine": 12,
        "douzaines": 12,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "soixantaine": 60,
        "centaine": 100,
        "centaines": 100,
        "millier": 1000,
        "milliers": 1000,
        "cents": 100,
    },
    "es": {
        "docena": 12,
        "docenas": 12,
        "decena": 10,
        "decenas": 10,
        "centenar": 100,
        "centenares": 100,
        "cientos": 100,
        "miles": 1000,
        "ambos": 2,
        "ambas": 2,
    },
    "it": {
        "dozzina": 12,
        "decina": 10,
        "decine": 10,
        "centinaio": 100,
        "centinaia": 100,
        "migliaia": 1000,
        "entrambi": 2,
    },
    "pt": {"dúzia": 12, "dezena": 10, "dezenas": 10, "centenas": 100, "milhares": 1000, "ambos": 2},
    "de": {"dutzend": 12, "dutzende": 12, "hunderte": 100, "tausende": 1000, "beide": 2, "beiden": 2},
    "ru": {
        "десяток": 10,
        "десятки": 10,
        "десятков": 10,
        "дюжина": 12,
        "сотни": 100,
        "сотен": 100,
        "тысячи": 1000,
        "тысяч": 1000,
        "оба": 2,
        "обе": 2,
    },
    # Hindi: num2words has no Hindi, so the numbers wire copy spells out are listed here.
    "hi": {"दो": 2, "दोनों": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8,
           "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "पन्द्रह": 15,
           "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20, "तीस": 30, "चालीस": 40, "पचास": 50,
           "साठ": 60, "सत्तर": 70, "अस्सी": 80, "नब्बे": 90, "सौ": 100, "दर्जन": 12, "सैकड़ों": 100,
           "हजारों": 1000, "हज़ारों": 1000},  # fmt: skip
    "cs": {
        "tucet": 12,
        "desítky": 10,
        "desítek": 10,
        "stovky": 100,
        "stovek": 100,
        "tisíce": 1000,
        "tisíců": 1000,
        "oba": 2,
        "obě": 2,
    },
}


# -- dates ---------------------------------------------------------------------------------------


def _clean(name: str) -> str:
    return name.strip().rstrip(".").casefold()


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
            words.update(w.casefold() for w in literal.replace(".", " ").split() if w.isalpha())
    words.update(_DATE_WORDS.get(base_language(language), ()))
    return tuple(sorted(words))


_DATE_WORDS = {"en": ("of",)}  # "the 3rd of October": British usage CLDR's patterns do not show


def format_date(
    date: _dt.date, language: str | None, length: Literal["long", "medium", "short", "full"] = "long"
) -> str:
    """``date`` as ``language`` writes it in running text ("3 octobre 2026", "3. Oktober 2026",
    "October 3, 2026", "3 октября 2026 г.")."""
    return _dates.format_date(date, format=length, locale=locale(language))



# English news style (AP) abbreviates the long month names in datelines and keeps the short ones;
# CLDR has no news style, so this is the one hand-written table here.
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
def text_direction(language: str | None) -> Literal["ltr", "rtl"]:
    """How ``language`` is written, from CLDR: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr"."""
    return "rtl" if locale(language).character_order == "right-to-left" else "ltr"
