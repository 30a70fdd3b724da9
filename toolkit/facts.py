"""Key facts in news copy: numbers, percentages, money, dates, times, quotes and acronyms.

Each :class:`Fact` carries the text as written, its offsets and a *normalized value* that is the
same across languages, so French and English copy can be compared (``14.000`` / ``14 000`` /
``14,000`` → ``14000``; ``2,5 millions`` / ``2.5 million`` → ``2500000``; ``vendredi 29 novembre``
/ ``Friday, November 29`` → a ``friday`` and a ``--11-29`` date). Pure regular expressions: fast
and deterministic.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

__all__ = ["Fact", "FactKind", "extract_facts", "format_number", "localize_numbers", "normalize_number"]

FactKind = Literal["number", "percent", "money", "date", "time", "quote", "acronym"]


@dataclass(frozen=True)
class Fact:
    """One fact; ``text == source[start:end]``. ``value`` is comparable across languages."""

    kind: FactKind
    text: str
    value: str
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


# -- vocabulary ---------------------------------------------------------------------------------

_MONTHS = {
    "fr": {
        "janvier": 1,
        "janv": 1,
        "février": 2,
        "fevrier": 2,
        "févr": 2,
        "fév": 2,
        "mars": 3,
        "avril": 4,
        "avr": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "juil": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "sept": 9,
        "octobre": 10,
        "oct": 10,
        "novembre": 11,
        "nov": 11,
        "décembre": 12,
        "decembre": 12,
        "déc": 12,
        "dec": 12,
    },
    "en": {
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
}
_WEEKDAYS = {
    "fr": {
        "lundi": "monday",
        "mardi": "tuesday",
        "mercredi": "wednesday",
        "jeudi": "thursday",
        "vendredi": "friday",
        "samedi": "saturday",
        "dimanche": "sunday",
    },
    "en": {d: d for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")},
}
_VERB_MONTHS = frozenset({"may", "march", "mar"})
# Small number words only: "un"/"one" double as articles and "neuf" means "new". French
# approximations ("une dizaine") and "both" (for "les deux") are how translations carry them.
_NUMBER_WORDS = {
    "fr": {
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "dizaine": 10,
        "douzaine": 12,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "centaine": 100,
        "cent": 100,
        "cents": 100,
    },
    "en": {
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "both": 2,
        "dozen": 12,
        "hundred": 100,
    },
}
_SCALES = {
    "fr": {
        "million": 10**6,
        "millions": 10**6,
        "milliard": 10**9,
        "milliards": 10**9,
        "mille": 1000,
        "mds": 10**9,
        "md": 10**9,
        "mrd": 10**9,
        "m": 10**6,
    },
    "en": {
        "million": 10**6,
        "millions": 10**6,
        "billion": 10**9,
        "billions": 10**9,
        "thousand": 1000,
        "trillion": 10**12,
        "bn": 10**9,
        "m": 10**6,
        "k": 1000,
    },
}
_CURRENCIES = {
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "£": "GBP",
    "livre": "GBP",
    "livres": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "c$": "CAD",
    "ca$": "CAD",
    "francs": "CHF",
    "yuans": "CNY",
    "yuan": "CNY",
    "yen": "JPY",
    "yens": "JPY",
}

_SPACES = " \u00a0\u202f\u2009"
_NUM = r"\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_ORDINAL = r"(?:er|re|es|e|èmes|ème|emes|eme|st|nd|rd|th)"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _scale_words(language: str, *, glued: bool) -> str:
    words = rf"[{_SPACES}](?:de[{_SPACES}])?(?:{_alternation(w for w in _SCALES[language] if len(w) > 2)})\b"
    # Abbreviated scales only glued to an amount ("$5m", "3 Mds"): after a bare figure "10m" is metres.
    return rf"(?:{words}|(?:bn|m|k|mds|md)\b)" if glued else rf"(?:{words})"


# -- numbers --------------------------------------------------------------------------------------


def normalize_number(text: str, language: str = "en") -> str:
    """A figure written the ``language`` way, as a plain decimal: "14.000" (fr) → "14000", "2,5" → "2.5"."""
    raw = "".join(c for c in text if c not in _SPACES)
    if language == "fr":
        # French groups thousands with dots (or spaces) and writes decimals with a comma.
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
            raw = raw.replace(".", "")
        raw = raw.replace(",", ".")
    else:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
            raw = raw.replace(",", "")
        raw = raw.replace(",", ".")
    return _canonical(raw)


# Languages that write 2,5 and group thousands with dots or spaces (the others write 2.5 and 14,000).
_DECIMAL_COMMA = frozenset("fr es de it pt nl ro pl cs sk sl hr bs sr ru uk bg tr da nb nn sv fi id".split())
# A bare figure: separators only between digits, a space only before a group of exactly three.
_FIGURE = re.compile(rf"(?<![\d.,])\d+(?:[.,]\d+|[{_SPACES}]\d{{3}}(?!\d))*")


def _reading(literal: str, language: str) -> str | None:
    """The value of a bare figure as ``language`` writes figures, or None if it is malformed there."""
    if language in _DECIMAL_COMMA:
        group, decimal = rf"[.{_SPACES}]", ","
    else:
        group, decimal = ",", r"\."
    if not re.fullmatch(rf"\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?", literal):
        return None
    return _canonical(re.sub(group, "", literal).replace(",", "."))


def format_number(value: str, language: str) -> str:
    """A plain decimal ("14000.5") written the ``language`` way ("14,000.5" en, "14 000,5" fr).
    Four-digit whole numbers stay ungrouped (years, "2016")."""
    whole, _, fraction = value.partition(".")
    if len(whole) > 4:
        separator = "\u202f" if language == "fr" else "." if language in _DECIMAL_COMMA else ","
        whole = f"{int(whole):,}".replace(",", separator)
    if not fraction:
        return whole
    return whole + ("," if language in _DECIMAL_COMMA else ".") + fraction


def localize_numbers(source: str, target: str, source_language: str, target_language: str) -> str:
    """Rewrite figures that an engine copied verbatim from the source ("14.000", "2,5") the way
    the target language writes them ("14,000", "2.5"). Only figures that occur in the source and
    read differently (or not at all) in the target language are touched: "242" and "2016" stay."""
    wanted: dict[str, str] = {}
    for match in _FIGURE.finditer(source):
        literal = match.group(0)
        value = _reading(literal, source_language)
        if value is not None and _reading(literal, target_language) != value:
            wanted[literal] = format_number(value, target_language)
    if not wanted:
        return target
    return _FIGURE.sub(lambda m: wanted.get(m.group(0), m.group(0)), target)


def _canonical(raw: str, scale: int = 1) -> str:
    try:
        value = Decimal(raw) * scale
    except InvalidOperation:
        return raw
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _language(language: str | None) -> str:
    return "fr" if language and language.lower().startswith("fr") else "en"


@dataclass(frozen=True)
class _Patterns:
    date_dm: re.Pattern[str]
    date_my: re.Pattern[str]
    weekday: re.Pattern[str]
    numeric_date: re.Pattern[str]
    time: re.Pattern[str]
    money: re.Pattern[str]
    percent: re.Pattern[str]
    number: re.Pattern[str]
    number_word: re.Pattern[str]


def _compile(language: str) -> _Patterns:
    months = _alternation(_MONTHS[language])
    weekdays = _alternation(_WEEKDAYS[language])
    scale = _scale_words(language, glued=False)
    money_scale = _scale_words(language, glued=True)
    currency_after = _alternation(w for w in _CURRENCIES if w[0].isalpha())
    flags = re.IGNORECASE
    if language == "fr":
        date_dm = (
            rf"(?<![\w.,])(?P<d>1er|\d{{1,2}})[{_SPACES}]+(?P<m>{months})\.?"
            rf"(?:[{_SPACES}]+(?P<y>\d{{4}}))?(?!\w)"
        )
        date_my = rf"(?<!\w)(?P<m>{months})\.?[{_SPACES}]+(?P<y>\d{{4}})(?!\d)"
        time = r"(?<![\w.,])(?P<h>\d{1,2})[ ]?h[ ]?(?P<min>\d{2})?(?!\w)"
        percent = rf"(?P<n>{_NUM})[{_SPACES}]?(?:%|pour[{_SPACES}]?cent\b)"
    else:
        # English months are capitalized: "may", "march" and "mar" are also verbs. Other
        # abbreviations are no English words, so "29 nov" left by an engine still counts.
        flags = 0
        names = sorted(_MONTHS["en"], key=len, reverse=True)
        lower = [m for m in names if m not in _VERB_MONTHS]
        months = "|".join([re.escape(m.capitalize()) for m in names] + [re.escape(m) for m in lower])
        date_dm = (
            rf"(?<![\w.,])(?:(?P<m>{months})\.?[{_SPACES}]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[{_SPACES}]+(?:of[{_SPACES}]+)?(?P<m2>{months})\.?)"
            rf"(?:,?[{_SPACES}]+(?P<y>\d{{4}}))?(?!\w)"
        )
        date_my = rf"(?<!\w)(?P<m>{months})\.?,?[{_SPACES}]+(?:of[{_SPACES}]+)?(?P<y>\d{{4}})(?!\d)"
        time = (
            r"(?<![\w.,])(?P<h>\d{1,2})(?::(?P<min>\d{2}))?[ ]?(?P<ap>[ap]\.?m\.?)(?![\w])"
            r"|(?<![\w.,:])(?P<h24>\d{1,2}):(?P<m24>\d{2})(?![\w:])"
            # French-style times that engines leave as they are ("12h30").
            r"|(?<![\w.,])(?P<hh>\d{1,2})[ ]?h[ ]?(?P<hm>\d{2})?(?!\w)"
        )
        percent = rf"(?P<n>{_NUM})[{_SPACES}]?(?:%|(?i:per[{_SPACES}]?cent)\b)"
        weekdays = "|".join(w.capitalize() for w in _WEEKDAYS["en"])
    money = (
        rf"(?P<cur1>US\$|CA\$|C\$|[$€£])[{_SPACES}]?(?P<n1>{_NUM})(?P<s1>{money_scale})?"
        rf"|(?<![\w.,])(?P<n2>{_NUM})(?P<s2>{money_scale})?[{_SPACES}]?(?:d['’]|de[{_SPACES}])?(?P<cur2>[$€£]|(?i:{currency_after})\b)"
    )
    words = _alternation(_NUMBER_WORDS[language])
    return _Patterns(
        date_dm=re.compile(date_dm, flags),
        date_my=re.compile(date_my, flags),
        weekday=re.compile(rf"(?<!\w)(?:{weekdays})(?!\w)", flags),
        numeric_date=re.compile(
            r"(?<![\w./])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\w/])|(?<![\w-])(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?![\w-])"
        ),
        time=re.compile(time, flags if language == "fr" else re.IGNORECASE),
        money=re.compile(money, re.IGNORECASE),
        percent=re.compile(percent, flags),
        # A unit may follow a figure ("10m", "5km"); a digit may not (that would be another figure).
        number=re.compile(rf"(?<![\w.,])(?P<n>{_NUM})(?P<s>{scale})?(?:{_ORDINAL})?(?!\d)", re.IGNORECASE),
        number_word=re.compile(rf"(?<!\w)(?P<w>{words})(?P<s>{scale})?(?!\w)", re.IGNORECASE),
    )


_QUOTES = re.compile(
    r"«[\s\u00a0\u202f]*(?P<a>[^«»]+?)[\s\u00a0\u202f]*»|“(?P<b>[^“”]+?)”|\"(?P<c>[^\"\n]+?)\""
)
_ACRONYM = re.compile(r"(?<![\w-])[^\W\d_][\w&]*(?![\w])")
_ROMAN = re.compile(r"^[IVXLC]+$")
_DATELINE_PLACE = re.compile(
    r"(?m)^[\s\u00a0]*([^\W\d_][^\W\d_'’\- ]*?)[\s\u00a0]*(?:\([^)\n]{1,40}\)[\s\u00a0]*)?"  # ALEP (Syrie)
    r",[\s\u00a0]*(?:[^\W\d_]{3,9}\.?[\s\u00a0]+)?\d"  # , 29 nov / , Nov 29
)


def _scale_of(word: str | None, language: str) -> int:
    if not word:
        return 1
    key = word.strip(_SPACES).lower()
    key = key[3:].strip(_SPACES) if key.startswith("de ") or key.startswith("de\u00a0") else key
    return _SCALES[language].get(key, 1)


def _date_value(year: str | None, month: int, day: int | None) -> str:
    return f"{year or '-'}-{month:02d}" + (f"-{day:02d}" if day else "")


def extract_facts(text: str, language: str | None = "fr") -> list[Fact]:
    """The facts of ``text`` in document order; figures inside dates or amounts are not repeated."""
    lang = _language(language)
    patterns = _patterns(lang)
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(kind: FactKind, start: int, end: int, value: str) -> None:
        if free(start, end):
            facts.append(Fact(kind, text[start:end], value, start, end))
            taken.append((start, end))

    for match in _QUOTES.finditer(text):
        inner = match.group("a") or match.group("b") or match.group("c") or ""
        facts.append(Fact("quote", match.group(0), " ".join(inner.split()), match.start(), match.end()))
    for match in patterns.numeric_date.finditer(text):
        if match.group("iy"):
            year, month, day = match.group("iy"), int(match.group("im")), int(match.group("id"))
        else:
            a, b, year = int(match.group("a")), int(match.group("b")), match.group("y")
            # French copy is day/month; US-style English copy is month/day unless that is impossible.
            day, month = (a, b) if lang == "fr" or a > 12 else (b, a)
        if 1 <= month <= 12 and 1 <= day <= 31:
            add("date", match.start(), match.end(), _date_value(year, month, day))
    for match in patterns.date_dm.finditer(text):
        month_name = match.group("m") or match.groupdict().get("m2")
        day_text = match.group("d") or match.groupdict().get("d2") or ""
        day = 1 if day_text.lower() == "1er" else int(day_text)
        month = _MONTHS[lang][month_name.lower()]
        if 1 <= day <= 31:
            add("date", match.start(), match.end(), _date_value(match.group("y"), month, day))
    for match in patterns.date_my.finditer(text):
        add(
            "date",
            match.start(),
            match.end(),
            _date_value(match.group("y"), _MONTHS[lang][match.group("m").lower()], None),
        )
    for match in patterns.weekday.finditer(text):
        add("date", match.start(), match.end(), _WEEKDAYS[lang][match.group(0).lower()])
    for match in patterns.time.finditer(text):
        groups = match.groupdict()
        hour = int(groups.get("h") or groups.get("h24") or groups.get("hh") or 0)
        minute = int(groups.get("min") or groups.get("m24") or groups.get("hm") or 0)
        suffix = (groups.get("ap") or "").lower()
        if suffix.startswith("p") and hour < 12:
            hour += 12
        elif suffix.startswith("a") and hour == 12:
            hour = 0
        if hour <= 24 and minute < 60:
            add("time", match.start(), match.end(), f"{hour:02d}:{minute:02d}")
    for match in patterns.money.finditer(text):
        number = match.group("n1") or match.group("n2")
        scale = _scale_of(match.group("s1") or match.group("s2"), lang)
        currency = _CURRENCIES.get((match.group("cur1") or match.group("cur2")).lower(), "?")
        value = _canonical(normalize_number(number, lang), scale)
        add("money", match.start(), match.end(), f"{value} {currency}")
    for match in patterns.percent.finditer(text):
        add("percent", match.start(), match.end(), normalize_number(match.group("n"), lang))
    for match in patterns.number.finditer(text):
        value = _canonical(normalize_number(match.group("n"), lang), _scale_of(match.group("s"), lang))
        add("number", match.start(), match.end(), value)
    for match in patterns.number_word.finditer(text):
        value = _NUMBER_WORDS[lang][match.group("w").lower()] * _scale_of(match.group("s"), lang)
        add("number", match.start(), match.end(), str(value))
    facts.extend(_acronyms(text, free))
    return sorted(facts, key=lambda f: (f.start, f.end))


def _acronyms(text: str, free: Callable[[int, int], bool]) -> list[Fact]:
    tokens = list(_ACRONYM.finditer(text))
    capital = [_is_capital_token(m.group(0)) for m in tokens]
    # The place of a dateline ("ALEP (Syrie), 29 nov") is written in capitals but is no acronym.
    places = [m.span(1) for m in _DATELINE_PLACE.finditer(text)]
    found = []
    for index, match in enumerate(tokens):
        word = match.group(0)
        letters = sum(c.isalpha() for c in word)
        if not capital[index] or letters < 2 or _ROMAN.match(word):
            continue
        if any(start <= match.start() < end for start, end in places):
            continue
        # A run of three capitalized words is a shouted headline or a dateline, not acronyms.
        window = capital[max(0, index - 2) : index + 3]
        if any(all(window[i : i + 3]) for i in range(len(window) - 2)):
            continue
        if free(match.start(), match.end()):
            found.append(Fact("acronym", word, word, match.start(), match.end()))
    return found


def _is_capital_token(word: str) -> bool:
    return any(c.isupper() for c in word) and not any(c.islower() for c in word)


@functools.cache
def _patterns(language: str) -> _Patterns:
    """Patterns for one language, compiled on first use (importing the toolkit compiles nothing)."""
    return _compile(language)
