"""How each language writes figures, percentages and currencies, from CLDR through Babel."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from babel import numbers as _numbers

from ._locale import base_language, locale
from ._locale import clean as _clean
from .words import scale_cases

__all__ = [
    "MAJOR_CURRENCIES",
    "NumberFormat",
    "currency_name_capitalized",
    "currency_nouns",
    "currency_symbols",
    "currency_words",
    "digit_value",
    "format_number",
    "number_format",
    "percent_words",
    "scale_words",
]


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
    if not abbreviated:
        # CLDR lists the forms a count takes, not the other cases ("одним миллионом", "jedním
        # milionem": with one million).
        for word, value in scale_cases(language, dict(words)).items():
            words.setdefault(word, value)
    return MappingProxyType(words)


# What CLDR does not hold: the press's own abbreviations, Indian English's lakh and crore, and
# Hindi's borrowed million and billion.
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
    # Spanish press writes a thousand million as one word as well as CLDR's "mil millones".
    "es": {"millardo": 10**9, "millardos": 10**9},
    # Hindi copy borrows the English scales beside lakh and crore.
    "hi": {"मिलियन": 10**6, "बिलियन": 10**9, "ट्रिलियन": 10**12},
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
# The press's names CLDR lacks: British "roubles", the Czech koruna as "crowns", the rupee's "Rs".
_PRESS_CURRENCY = {
    "en": {"rs": "INR", "rs.": "INR", "rouble": "RUB", "roubles": "RUB", "crown": "CZK", "crowns": "CZK"},
    "hi": {"रु": "INR", "रु.": "INR", "रुपये": "INR"},
}
_PRESS_SYMBOLS = {"en": {"Rs.": "INR", "Rs": "INR"}, "hi": {"रु.": "INR", "रु": "INR"}}


@functools.lru_cache(maxsize=256)
def currency_symbols(language: str | None) -> Mapping[str, str]:
    """Currency symbols and ISO codes as written in ``language`` and in CLDR's root ("$", "US$",
    "€", "Kč", "₹", "USD") → ISO code, for :data:`MAJOR_CURRENCIES`."""
    symbols: dict[str, str] = dict(_PRESS_SYMBOLS.get(base_language(language), {}))
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
    phrases = _currency_phrases(language)
    sharing = _sharing(language, tuple(phrases))
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


@functools.lru_cache(maxsize=256)
def currency_nouns(language: str | None) -> Mapping[str, str]:
    """The words of :func:`currency_words` that name a currency with no amount beside them ("the
    number of euros sold"): a noun that several of today's currencies share ("dollars", "francs",
    "рублей", "koruny") or a currency's whole name ("euro"). Not an adjective of one currency's name
    ("polnischer", "čínský"), a unit ("livres", "pounds": of weight too), nor a common word (Czech
    "jen", only): those stand for a currency only beside an amount."""
    from ..segment import stopwords
    from .units import unit_words  # the same layer; imported here to keep the import graph flat

    phrases = _currency_phrases(language)
    sharing = _sharing(language, tuple(sorted(_current_currencies() & phrases.keys())))
    common = unit_words(language).keys() | stopwords(base_language(language))
    common |= set(_COMMON_WORDS.get(base_language(language), ()))
    return MappingProxyType(
        {
            word: code
            for word, code in currency_words(language).items()
            if (sharing.get(word, 0) >= 2 or [word] in phrases.get(code, [])) and word not in common
        }
    )


# Currency names that are also common words, which no library marks: Hindi "रुपया" (money in
# general), French "franc" (frank; "coup franc", a free kick).
_COMMON_WORDS = {"hi": ("रुपया",), "fr": ("franc", "francs")}


@functools.lru_cache(maxsize=256)
def currency_name_capitalized(language: str | None) -> bool:
    """Whether ``language`` capitalizes currency names in running text (German "Euro"), from CLDR;
    where it does not (French "euros"), a capitalized one is a name ("Francs et Gaulois")."""
    # The name for a count ("5 euros"): the bare name is title-cased in some ("Euro" in English).
    return not _numbers.get_currency_name("EUR", 5, locale(language))[:1].islower()


@functools.cache
def _current_currencies() -> frozenset[str]:
    """The currencies some territory uses today, from CLDR (not the Polish zloty of 1950–1995)."""
    from babel.core import get_global

    territories = get_global("territory_currencies")
    return frozenset(code for where in territories for code in _numbers.get_territory_currencies(where))


@functools.lru_cache(maxsize=256)
def _currency_phrases(language: str | None) -> Mapping[str, list[list[str]]]:
    """Every CLDR name of every currency in ``language``, in every plural form, as its words."""
    loc = locale(language)
    counts = list(range(0, 30)) + [Decimal("0.5"), Decimal("1.5")]
    phrases: dict[str, list[list[str]]] = {}
    for any_code in loc.currencies:
        names = {_numbers.get_currency_name(str(any_code), count, loc) for count in counts}
        phrases[str(any_code)] = [_words(name) for name in sorted(names)]
    return MappingProxyType(phrases)


@functools.lru_cache(maxsize=256)
def _sharing(language: str | None, codes: tuple[str, ...]) -> Mapping[str, int]:
    """How many of the currencies ``codes`` have each word in one of their names."""
    phrases = _currency_phrases(language)
    sharing: dict[str, int] = {}
    for code in codes:
        for word in {w for form in phrases[code] for w in form}:
            sharing[word] = sharing.get(word, 0) + 1
    return MappingProxyType(sharing)


def _words(phrase: str) -> list[str]:
    return [w.casefold() for w in phrase.replace("-", " ").split() if len(w) > 1 and w[0].isalpha()]
