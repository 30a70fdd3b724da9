"""Key facts in news copy: numbers, percentages, money, dates, times, quotes and acronyms.

Each :class:`Fact` carries the text as written, its offsets and a *normalized value* that is the
same across languages, so copy and its translation can be compared (``14.000`` es / ``14 000`` fr /
``14,000`` en → ``14000``; ``2,5 millions`` / ``2.5 million`` → ``2500000``; ``3. Oktober`` /
``3 октября`` / ``October 3`` → ``--10-03``; ``neuf`` / ``nine`` → ``9``).

Everything a language contributes — decimal and group symbols, month and weekday names in every
grammatical form, scale words, percent and currency words, number words — comes from
:mod:`toolkit.languages` (CLDR through Babel, num2words); a language it knows nothing special about
is read through CLDR's generic data, never through English rules. Digits of any script count
("१४" is 14), and Indian lakh/crore grouping ("1,40,000") is read everywhere.

Extraction is a fixed number of regular-expression passes over the text plus a byte map of the
characters already claimed, so its cost is linear in the length of the text.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from . import languages

__all__ = ["Fact", "FactKind", "extract_facts", "format_number", "localize_numbers", "normalize_number"]

FactKind = Literal["number", "percent", "money", "date", "time", "quote", "acronym"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Fact:
    """One fact; ``text == source[start:end]``. ``value`` is comparable across languages.

    ``spelled`` marks numbers written in words ("nine", "une cinquantaine"); ``unscaled`` is the
    figure before its scale word ("2.5" of "2.5 million"), which translations sometimes keep alone.
    """

    kind: FactKind
    text: str
    value: str
    start: int
    end: int
    spelled: bool = False
    unscaled: str | None = None

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


_SPACES = " \u00a0\u202f\u2009"
_SP = f"[{_SPACES}]"


@functools.cache
def _marks() -> str:
    """A character class body for every combining mark (Devanagari vowel signs, accents): words of
    scripts written with them continue through their marks."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


def _word_end() -> str:
    return rf"(?![\w{_marks()}])"


# -- numbers ----------------------------------------------------------------------------------------


def _canonical(raw: str, scale: int = 1) -> str:
    try:
        value = Decimal(raw) * scale
    except InvalidOperation:
        return raw
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _ascii_digits(text: str) -> str:
    """Digits of any script as ASCII ("१४" → "14"); other characters unchanged."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdigit() and not c.isascii() else c for c in text)


@functools.lru_cache(maxsize=256)
def _number_pattern(language: str) -> str:
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
    return "".join(dict.fromkeys(number_format.group_symbols + _SPACES + extra))


_NOT_DIGIT = re.compile(r"\D")


def _read(integer: str, fraction: str | None, scale: int = 1) -> str:
    digits = _ascii_digits(_NOT_DIGIT.sub("", integer))
    if not fraction and scale == 1:
        return digits.lstrip("0") or "0"
    if len(digits) > 40:  # no quantity; Decimal would spend quadratic time on a digit run
        return digits + ("." + _ascii_digits(fraction) if fraction else "")
    return _canonical(digits + ("." + _ascii_digits(fraction) if fraction else ""), scale)


def normalize_number(text: str, language: str = "en") -> str:
    """A figure written the ``language`` way, as a plain decimal: "14.000" (fr) → "14000", "2,5" → "2.5"."""
    match = re.fullmatch(_number_pattern(languages.base_language(language) or language), text.strip())
    if match is None:
        return _canonical(_ascii_digits(text).replace(",", "."))
    return _read(match.group("int"), match.group("frac"))


def format_number(value: str, language: str) -> str:
    """A plain decimal ("14000.5") written the ``language`` way ("14,000.5" en, "14 000,5" fr), from
    CLDR. Four-digit whole numbers stay ungrouped (years, "2016")."""
    return languages.format_number(value, language)


# A bare figure: separators only between digits, a space only before a group of exactly three.
_FIGURE = re.compile(rf"(?<![\d.,])\d+(?:[.,]\d+|{_SP}\d{{3}}(?!\d))*")


def _reading(literal: str, language: str) -> str | None:
    """The value of a bare figure as ``language`` writes figures, or None if it is malformed there."""
    number_format = languages.number_format(language)
    # Decimal-comma languages group with dots or spaces of any width, whatever CLDR's own symbol.
    extra = _SPACES + "." if number_format.decimal == "," else ""
    group = re.escape("".join(dict.fromkeys(number_format.group_symbols + extra)))
    decimal = re.escape(number_format.decimal)
    if not re.fullmatch(rf"\d{{1,3}}(?:[{group}]\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?", literal):
        return None
    integer, _, fraction = literal.partition(number_format.decimal)
    return _read(integer, fraction or None)


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


# -- per-language patterns ----------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """Longest first, each space matching any kind of space."""
    unique = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _SP + "+") for w in unique if w)


_NASALS = {"क": "ङ", "ख": "ङ", "ग": "ङ", "घ": "ङ", "च": "ञ", "छ": "ञ", "ज": "ञ", "झ": "ञ", "ट": "ण",
           "ठ": "ण", "ड": "ण", "ढ": "ण", "त": "न", "थ": "न", "द": "न", "ध": "न", "प": "म", "फ": "म",
           "ब": "म", "भ": "म"}  # fmt: skip


def _nasal_spellings(name: str) -> list[str]:
    """The other spelling of a Devanagari name with an anusvara before a consonant ("सितंबर" ↔
    "सितम्बर"); none for other scripts."""
    if "ं" not in name:
        return []
    return [
        re.sub(
            "ं(.)",
            lambda m: _NASALS[m.group(1)] + "्" + m.group(1) if m.group(1) in _NASALS else m.group(0),
            name,
        )
    ]


def _stem(name: str) -> str:
    """A month or weekday name less its final vowel or soft sign ("пятница" → "пятниц")."""
    return name[:-1] if name[-1:] in _ENDINGS else name


_ENDINGS = frozenset("aeiouáéíóúàèìòùěůаеёиоуыэюяьйії")


def _cased(names: Iterable[str], capitalized: bool) -> str:
    """Names as the language writes them in running text: capitalized or in capitals, and in lower
    case too where the language writes them so (French, Russian) — never in lower case where it
    capitalizes them (English, German), so "may" and "march" stay verbs."""
    forms: list[str] = []
    for name in names:
        forms += [name[:1].upper() + name[1:], name.upper()]
        if not capitalized:
            forms.append(name)
    return _alternation(forms)


@dataclass(frozen=True)
class _Reader:
    """Everything extraction needs for one language, compiled once."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    scales: dict[str, int]
    currencies: dict[str, str]
    words: dict[str, int]
    vocabulary: dict[str, str]
    capitalized: bool
    day_first: bool
    numeric_date: re.Pattern[str]
    date: re.Pattern[str]
    month_year: re.Pattern[str]
    time: re.Pattern[str]
    money: re.Pattern[str]
    money_anchor: re.Pattern[str]
    percent: re.Pattern[str]
    percent_anchor: re.Pattern[str]
    number: re.Pattern[str]
    word: re.Pattern[str]


@functools.lru_cache(maxsize=64)
def _reader(language: str) -> _Reader:
    """Patterns for one language, compiled on first use (importing the toolkit compiles nothing)."""
    end = _word_end()
    number = _number_pattern(language)
    months = dict(languages.month_names(language))
    weekdays = dict(languages.weekday_names(language))
    capitalized = languages.month_name(language, 1)[:1].isupper()
    wide_months = [n for n in languages.month_names(language, abbreviated=False) if len(n) > 2]
    connectors = languages.date_words(language)
    connector = rf"(?:(?:{_alternation(connectors)}){_SP}+)?" if connectors else ""
    scales = dict(languages.scale_words(language))
    short_scales = dict(languages.scale_words(language, abbreviated=True))
    symbols = dict(languages.currency_symbols(language))
    currency_words = dict(languages.currency_words(language))
    percent_words = languages.percent_words(language)
    named = _cased((n for n in months if not n[:1].isdigit()), capitalized) or "(?!)"
    day = r"(?P<{}>\d{{1,2}})(?:\.|(?:er|re|st|nd|rd|th|º|ª|°|-?[^\W\d_]{{1,2}})\b\.?)?"
    date = (
        # 3 octobre 2012, 3. Oktober, 3 de octubre de 2012, 3rd of October, 3 октября
        rf"(?<![\w.,]){day.format('d')}{_SP}+{connector}(?P<m>{named})\.?"
        rf"(?:,?{_SP}+{connector}(?P<y>\d{{4}}))?{end}"
        # October 3, 2012; Oct. 3
        rf"|(?<![\w])(?P<m2>{named})\.?{_SP}+{day.format('d2')}(?:,?{_SP}+(?P<y2>\d{{4}}))?(?![\w\d])"
    )
    month_year = rf"(?<!\w)(?P<m>{named})\.?,?{_SP}+{connector}(?P<y>\d{{4}})(?!\d)"
    long_scale = _alternation(scales) or "(?!)"
    any_scale = _alternation([*scales, *short_scales]) or "(?!)"
    scale_after = rf"(?:(?:{_SP}|-)?(?P<{{}}>(?i:{any_scale}))\.?{end})"
    symbol = _alternation(symbols)
    currency_word = _alternation(currency_words) or "(?!)"
    first_amount = number.replace("?P<int>", "?P<i1>").replace("?P<frac>", "?P<f1>")
    second_amount = number.replace("?P<int>", "?P<i2>").replace("?P<frac>", "?P<f2>")
    money = (
        rf"(?<![^\W\d_])(?P<sym1>{symbol}){_SP}?(?P<n1>{first_amount})"
        rf"{scale_after.format('s1')}?"
        rf"|(?<![\w.,])(?P<n2>{second_amount})"
        rf"{scale_after.format('s2')}?{_SP}?"
        rf"(?:(?P<sym2>{symbol})(?![^\W\d_])|(?:[^\W\d_]{{1,3}}(?:['’]|{_SP}+))?(?P<cw>(?i:{currency_word})){end})"
    )
    percent_word = _alternation(percent_words)
    percent = (
        rf"(?<![\w.,]){number}{_SP}?(?:[%٪]|(?i:{percent_word}){end})"
        if percent_word
        else (rf"(?<![\w.,]){number}{_SP}?[%٪]")
    )
    ampm = r"(?P<ap>[AaPp]\.?[Mm]\.?)(?!\w)"
    time = (
        rf"(?<![\w.,:])(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?{_SP}?{ampm}"
        r"|(?<![\w.,:])(?P<h2>\d{1,2}):(?P<min2>\d{2})(?![\w:])"
        rf"|(?<![\w.,])(?P<h3>\d{{1,2}}){_SP}?h(?:{_SP}?(?P<min3>\d{{2}}))?(?!\w)"
    )
    short_date = languages.date_pattern(language, "short")
    # The words looked up by name: their role decides what they make.
    vocabulary: dict[str, str] = {w: "connector" for w in languages.number_connectors(language)}
    vocabulary.update((w, "scale") for w in scales if len(w) > 2)
    vocabulary.update((w, "number") for w in languages.number_words(language))
    # Inflected names end differently (Russian "в октябре", Czech "v sobotu"): CLDR has only the
    # nominative and genitive, so the stem (less a final vowel or soft sign) stands for the name.
    # Devanagari writes a nasal before a consonant two ways ("सितंबर", "सितम्बर"): both count.
    for table in (months, weekdays):
        table.update({_stem(n): v for n, v in list(table.items()) if len(_stem(n)) >= _INFLECTED_HEAD})
        table.update({variant: v for n, v in list(table.items()) for variant in _nasal_spellings(n)})
    wide_months = [*wide_months, *(v for n in wide_months for v in _nasal_spellings(n))]
    vocabulary.update((w, "month") for w in wide_months)
    vocabulary.update((w, "month") for n in wide_months if len(w := _stem(n)) >= _INFLECTED_HEAD)
    vocabulary.update((w, "weekday") for w in weekdays)
    # Scripts written with combining marks (Devanagari) need them inside words; the others
    # tokenize faster without.
    with_marks = any(unicodedata.category(c) in ("Mn", "Mc") for w in vocabulary for c in w)
    marks = _marks() if with_marks else ""
    return _Reader(
        language=language,
        months=months,
        weekdays=weekdays,
        scales={**short_scales, **scales},
        currencies={**{k.casefold(): v for k, v in currency_words.items()}, **symbols},
        words=dict(languages.number_words(language)),
        vocabulary=vocabulary,
        capitalized=capitalized,
        day_first=short_date.find("d") < short_date.find("M"),
        numeric_date=re.compile(
            r"(?<![\w./])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})(?![\w/])"
            r"|(?<![\w-])(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?![\w-])"
        ),
        date=re.compile(date),
        month_year=re.compile(month_year),
        time=re.compile(time),
        money=re.compile(money),
        money_anchor=re.compile(rf"{symbol}|(?i:{currency_word})"),
        percent=re.compile(percent),
        percent_anchor=re.compile(rf"[%٪]|(?i:{percent_word or '(?!)'})"),
        number=re.compile(rf"(?<![\w.,]){number}(?:(?:{_SP}|-)(?P<s>(?i:{long_scale})){end})?"),
        word=re.compile(rf"[^\W\d_][\w{marks}]*(?:-[\w{marks}]+)*"),
    )


# -- extraction ------------------------------------------------------------------------------------


class _Claims:
    """Which characters a fact already covers: one byte per character, so checking a span costs
    its length, not the number of facts found so far (that made extraction quadratic)."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)


def _date_value(year: str | None, month: int, day: int | None) -> str:
    return f"{_ascii_digits(year) if year else '-'}-{month:02d}" + (f"-{day:02d}" if day else "")


def _month(reader: _Reader, name: str) -> int | None:
    return reader.months.get(name.casefold().rstrip("."))


def extract_facts(text: str, language: str | None = "fr") -> list[Fact]:
    """The facts of ``text`` in document order; figures inside dates or amounts are not repeated.

    ``language`` is an ISO 639 code; any code works, a code CLDR does not know through the
    generic path."""
    reader = _reader(languages.base_language(language) or "und")
    facts: list[Fact] = []
    claims = _Claims(len(text))

    def add(kind: FactKind, start: int, end: int, value: str, **extra: object) -> None:
        if claims.free(start, end):
            facts.append(Fact(kind, text[start:end], value, start, end, **extra))  # type: ignore[arg-type]
            claims.take(start, end)

    facts.extend(_quotes(text))
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
        day = int(_ascii_digits(match.group("d") or match.group("d2")))
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
        hour = int(_ascii_digits(match.group("h") or match.group("h2") or match.group("h3")))
        minute = int(_ascii_digits(match.group("min") or match.group("min2") or match.group("min3") or "0"))
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
        value = _read(integer, fraction, scale)
        unscaled = _read(integer, fraction) if scale != 1 else None
        add("money", match.start(), match.end(), f"{value} {currency}", unscaled=unscaled)
    for match in scan(reader.percent, reader.percent_anchor):
        add("percent", match.start(), match.end(), _read(match.group("int"), match.group("frac")))
    for match in scan(_CODE):
        # Figures inside names ("M23", "EuroFirst300", "4x4") are facts too: their digits.
        digits = "/".join(_read(d, None) for d in _DIGITS.findall(match.group(0)))
        add("number", match.start(), match.end(), digits)
    for match in scan(reader.number):
        scale = reader.scales.get(" ".join((match.group("s") or "").casefold().split()), 1)
        value = _read(match.group("int"), match.group("frac"), scale)
        unscaled = _read(match.group("int"), match.group("frac")) if scale != 1 else None
        add("number", match.start(), match.end(), value, unscaled=unscaled)
    for start, end, kind, value, spelled in _named(text, reader):
        add(kind, start, end, value, spelled=spelled)
    facts.extend(_acronyms(text, claims))
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


def _named(text: str, reader: _Reader) -> Iterator[tuple[int, int, FactKind, str, bool]]:
    """Facts written as words: month and weekday names standing alone, and numbers in words,
    runs read together ("двадцать три" → 23, "deux cent mille" → 200000, "treinta y dos" → 32)."""
    run = _Run()
    for start, end, word in _vocabulary_words(text, reader):
        written = text[start:end]
        role = reader.vocabulary.get(word)
        if role == "connector":
            if run.open and not text[run.last_end : start].strip(_SPACES):
                run.connector_end = end
            continue
        value = (
            reader.scales[word] if role == "scale" else reader.words.get(word) if role == "number" else None
        )
        touching = run.open and not text[run.last_end : start].strip(_SPACES + "-")
        if value is not None and touching and run.fits(value, role == "scale"):
            run.add(start, end, value, role == "scale")
            continue
        if run.open:
            yield run.fact()
        run = _Run()
        if value is not None and role == "number":
            run.add(start, end, value, False)
        elif role in ("month", "weekday") and (written[:1].isupper() or not reader.capitalized):
            if role == "month":
                yield start, end, "date", f"--{reader.months[word]:02d}", False
            else:
                yield start, end, "date", WEEKDAYS[reader.weekdays[word]], False
    if run.open:
        yield run.fact()


def _vocabulary_words(text: str, reader: _Reader) -> list[tuple[int, int, str]]:
    """Where the words of ``reader``'s vocabulary stand alone in ``text``, in order, with the word
    each stands for: only the words that occur at all (one set intersection over the text's
    words) are searched for, each with a plain substring search. A compound that starts with a
    month or weekday name ("Freitagabend", "Oktoberfest", "maandagavond") stands for the name."""
    lowered = text.lower()
    if not reader.vocabulary:
        return []
    if len(lowered) != len(text):
        # Lower-casing changed the length (a dotted capital İ): fall back to one regular expression.
        alternation = _alternation(reader.vocabulary)
        pattern = re.compile(rf"(?<![\w{_marks()}-])(?:{alternation})(?![\w{_marks()}-])", re.IGNORECASE)
        return [(*m.span(), m.group(0).casefold()) for m in pattern.finditer(text)]
    tokens = set(reader.word.findall(lowered))
    wanted = {word: word for word in reader.vocabulary.keys() & tokens}
    for token in tokens - wanted.keys():
        for length in range(_INFLECTED_HEAD, len(token)):
            # An ending ("Sundays", "в октябре", "v sobotu") or a word after the name
            # ("Freitagabend"), not a name that merely starts the same ("Marching", "Marseille").
            rest = len(token) - length
            if rest == 3 or (rest > 3 and length < _COMPOUND_HEAD):
                continue
            if reader.vocabulary.get(token[:length]) in ("month", "weekday"):
                wanted[token] = token[:length]
                break
    found = []
    for written, word in wanted.items():
        at = lowered.find(written)
        while at >= 0:
            end = at + len(written)
            if not _joins(lowered, at - 1) and not _joins(lowered, end):
                found.append((at, end, word))
            at = lowered.find(written, at + 1)
    return sorted(found)


_INFLECTED_HEAD, _COMPOUND_HEAD = 4, 5  # shorter names ("May", "mai") start too many words


def _joins(text: str, index: int) -> bool:
    """Whether the character at ``index`` continues a word (a letter, digit, mark or hyphen)."""
    if index < 0 or index >= len(text):
        return False
    char = text[index]
    return char.isalnum() or char in "_-" or unicodedata.category(char) in ("Mn", "Mc")


class _Run:
    """Number words being read together: ``current`` is the group below the last scale word."""

    def __init__(self) -> None:
        self.start = self.end = self.connector_end = -1
        self.total = self.current = 0

    @property
    def open(self) -> bool:
        return self.start >= 0

    @property
    def last_end(self) -> int:
        return max(self.end, self.connector_end)

    def fits(self, value: int, is_scale: bool) -> bool:
        """Whether ``value`` continues the number: a scale, "cent" after "deux", "trois" after
        "vingt" — not "three" after "two" (two numbers)."""
        if is_scale or value >= 1000:
            return True
        if value == 100:
            return 0 < self.current < 100
        return self.current > value and self.current % 10 ** len(str(value)) == 0

    def add(self, start: int, end: int, value: int, is_scale: bool) -> None:
        if not self.open:
            self.start = start
        self.end = end
        if is_scale or value >= 1000:
            self.total += max(self.current, 1) * value
            self.current = 0
        elif value == 100 and self.current:
            self.current *= 100
        else:
            self.current += value

    def fact(self) -> tuple[int, int, FactKind, str, bool]:
        return self.start, self.end, "number", str(self.total + self.current), True


# Opening and closing marks of every quotation style: « », » «, “ ”, „ “, „ ”, " ", ‹ ›, 「 」, 『 』.
_QUOTES = re.compile(
    r"«[\s\u00a0\u202f]*(?P<a>[^«»]+?)[\s\u00a0\u202f]*»"
    r"|»(?P<b>[^«»\n]+?)«"
    r"|„(?P<c>[^„“”\n]+?)[“”]"
    r"|“(?P<d>[^“”\n]+?)”"
    r"|\"(?P<e>[^\"\n]+?)\""
    r"|‹(?P<f>[^‹›\n]+?)›"
    r"|「(?P<g>[^「」]+?)」"
    r"|『(?P<h>[^『』]+?)』"
)


def _quotes(text: str) -> list[Fact]:
    found = []
    for match in _QUOTES.finditer(text):
        inner = next((g for g in match.groups() if g is not None), "")
        found.append(Fact("quote", match.group(0), " ".join(inner.split()), match.start(), match.end()))
    return found


_CODE = re.compile(r"(?<!\w)\w*[^\W\d_]\d\w*")
_DIGITS = re.compile(r"\d+")
_WORD_CHAR = re.compile(r"\w")


@functools.cache
def _capitalized() -> re.Pattern[str]:
    """Words that start with a capital letter (any script), compiled on first use."""
    capitals = re.escape("".join(chr(c) for c in range(0x10000) if chr(c).isupper()))
    # The capital first, then the look back (two characters: the one before and the capital), so
    # the engine skips to capitals without trying the look-behind everywhere.
    return re.compile(rf"[{capitals}](?<![\w-].)[\w&]*(?!\w)")


_ROMAN = re.compile(r"^[IVXLC]+$")
_DATELINE_PLACE = re.compile(
    r"(?m)^[\s\u00a0]*([^\W\d_][^\W\d_'’\- ]*?)[\s\u00a0]*(?:\([^)\n]{1,40}\)[\s\u00a0]*)?"  # ALEP (Syrie)
    r",[\s\u00a0]*(?:[^\W\d_]{3,9}\.?[\s\u00a0]+)?\d"  # , 29 nov / , Nov 29
)


def _acronyms(text: str, claims: _Claims) -> list[Fact]:
    # Only words that start with a capital can be acronyms: the pattern skips the rest in C.
    tokens = [(m.start(), m.group(0)) for m in _capitalized().finditer(text)]
    tokens = [(start, word) for start, word in tokens if word.isupper()]
    # The place of a dateline ("ALEP (Syrie), 29 nov") is written in capitals but is no acronym.
    places = {m.start(1) for m in _DATELINE_PLACE.finditer(text)}
    # A run of three capitalized words in a row is a shouted headline or a dateline, not acronyms.
    shouted: set[int] = set()
    chain: list[int] = []
    for index, (start, _) in enumerate(tokens):
        if chain:
            previous_start, previous = tokens[chain[-1]]
            if _WORD_CHAR.search(text, previous_start + len(previous), start):
                chain = []
        chain.append(index)
        if len(chain) >= 3:
            shouted.update(chain)
    found = []
    for index, (start, word) in enumerate(tokens):
        letters = sum(c.isalpha() for c in word)
        if index in shouted or letters < 2 or _ROMAN.match(word) or start in places:
            continue
        if claims.free(start, start + len(word)):
            found.append(Fact("acronym", word, word, start, start + len(word)))
    return found
