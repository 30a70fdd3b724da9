"""The patterns extraction uses for one language, built from :mod:`toolkit.languages` and compiled
once per language on first use."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .. import languages
from ..languages import name_stem
from ..segment import stopwords
from ._text import SP, alternation, marks, word_end
from .numbers import number_pattern

# Shorter names ("May", "mai") start too many words to be read as an inflected or compound name.
INFLECTED_HEAD, COMPOUND_HEAD = 4, 5


_NASALS = {"क": "ङ", "ख": "ङ", "ग": "ङ", "घ": "ङ", "च": "ञ", "छ": "ञ", "ज": "ञ", "झ": "ञ", "ट": "ण",
           "ठ": "ण", "ड": "ण", "ढ": "ण", "त": "न", "थ": "न", "द": "न", "ध": "न", "प": "म", "फ": "म",
           "ब": "म", "भ": "म"}  # fmt: skip


def _spellings(name: str) -> list[str]:
    """The other spellings of a Devanagari name: a nasal before a consonant as an anusvara or a
    conjunct ("सितंबर" ↔ "सितम्बर"), a short or long u ("गुरुवार" ↔ "गुरूवार"), a joiner after a virama; none
    for other scripts."""
    found = []
    if "ं" in name:
        found.append(
            re.sub(
                "ं(.)",
                lambda m: _NASALS[m.group(1)] + "्" + m.group(1) if m.group(1) in _NASALS else m.group(0),
                name,
            )
        )
    found += [name[:i] + _U_LENGTH[c] + name[i + 1 :] for i, c in enumerate(name) if c in _U_LENGTH]
    if "्" in name:  # a zero-width joiner after the virama keeps the half form: "अक्‍टूबर"
        found.append(name.replace("्", "्\u200d"))
    return found


_U_LENGTH = {"ु": "ू", "ू": "ु"}


def _cased(names: Iterable[str], capitalized: bool) -> str:
    """Names as the language writes them in running text: capitalized or in capitals, and in lower
    case too where the language writes them so (French, Russian) — never in lower case where it
    capitalizes them (English, German), so "may" and "march" stay verbs."""
    forms: list[str] = []
    for name in names:
        forms += [name[:1].upper() + name[1:], name.upper()]
        if not capitalized:
            forms.append(name)
    return alternation(forms)


@dataclass(frozen=True)
class Reader:
    """Everything extraction needs for one language, compiled once."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    scales: dict[str, int]
    currencies: dict[str, str]
    words: dict[str, int]
    derived: frozenset[str]
    #: The endings a month or weekday name may take, where the language's are known.
    endings: Mapping[str, frozenset[str]]
    exact: frozenset[str]
    groups: frozenset[str]
    adjectives: frozenset[str]
    function_words: frozenset[str]
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
def reader_for(language: str) -> Reader:
    """Patterns for one language, compiled on first use (importing the toolkit compiles nothing)."""
    end = word_end()
    number = number_pattern(language)
    # Devanagari writes some letters two ways ("सितंबर", "सितम्बर"; "गुरुवार", "गुरूवार"): all count,
    # in dates as well as alone.
    months, weekdays = dict(languages.month_names(language)), dict(languages.weekday_names(language))
    for table in (months, weekdays):
        table.update({variant: v for n, v in list(table.items()) for variant in _spellings(n)})
    capitalized = languages.month_name(language, 1)[:1].isupper()
    # Two-letter names are abbreviations in Latin script, whole names elsewhere (Hindi "मई").
    wide_months = [
        n for n in languages.month_names(language, abbreviated=False) if len(n) > 2 or not n.isascii()
    ]
    connectors = languages.date_words(language)
    connector = rf"(?:(?:{alternation(connectors)}){SP}+)?" if connectors else ""
    scales = dict(languages.scale_words(language))
    short_scales = dict(languages.scale_words(language, abbreviated=True))
    symbols = dict(languages.currency_symbols(language))
    currency_words = dict(languages.currency_words(language))
    percent_words = languages.percent_words(language)
    named = _cased((n for n in months if not n[:1].isdigit()), capitalized) or "(?!)"
    day = r"(?P<{}>\d{{1,2}})(?:\.|(?:er|re|st|nd|rd|th|º|ª|°|-?[^\W\d_]{{1,2}})\b\.?)?"
    date = (
        # 3 octobre 2012, 3. Oktober, 3 de octubre de 2012, 3rd of October, 3 октября, and with a
        # case ending CLDR does not list ("des 11. Septembers", "к 3 октябрю")
        rf"(?<![\w.,]){day.format('d')}{SP}+{connector}(?P<m>{named})(?:\.|[^\W\d_A-Z]{{1,2}})?"
        rf"(?:,?{SP}+{connector}(?P<y>\d{{4}}))?{end}"
        # October 3, 2012; Oct. 3
        rf"|(?<![\w])(?P<m2>{named})\.?{SP}+{day.format('d2')}(?:,?{SP}+(?P<y2>\d{{4}}))?(?![\w\d])"
    )
    month_year = rf"(?<!\w)(?P<m>{named})\.?,?{SP}+{connector}(?P<y>\d{{4}})(?!\d)"
    long_scale = alternation(scales) or "(?!)"
    any_scale = alternation([*scales, *short_scales]) or "(?!)"
    scale_after = rf"(?:(?:{SP}|-)?(?P<{{}}>(?i:{any_scale}))\.?{end})"
    symbol = alternation(symbols)
    currency_word = alternation(currency_words) or "(?!)"
    first_amount = number.replace("?P<int>", "?P<i1>").replace("?P<frac>", "?P<f1>")
    second_amount = number.replace("?P<int>", "?P<i2>").replace("?P<frac>", "?P<f2>")
    money = (
        rf"(?<![^\W\d_])(?P<sym1>{symbol}){SP}?(?P<n1>{first_amount})"
        rf"{scale_after.format('s1')}?"
        rf"|(?<![\w.,])(?P<n2>{second_amount})"
        rf"{scale_after.format('s2')}?{SP}?"
        rf"(?:(?P<sym2>{symbol})(?![^\W\d_])|(?:[^\W\d_]{{1,3}}(?:['’-]|{SP}+))?(?P<cw>(?i:{currency_word})){end})"
    )
    percent_word = alternation(percent_words)
    percent = (
        rf"(?<![\w.,]){number}{SP}?(?:[%٪]|(?i:{percent_word}){end})"
        if percent_word
        else (rf"(?<![\w.,]){number}{SP}?[%٪]")
    )
    ampm = r"(?P<ap>[AaPp]\.?[Mm]\.?)(?!\w)"
    # "10 Uhr", "15.30 Uhr": the word CLDR's time formats write after the hour.
    hour_word = rf"(?i:{alternation(languages.hour_words(language)) or '(?!)'}){end}"
    time = (
        rf"(?<![\w.,:])(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?{SP}?{ampm}"
        rf"|(?<![\w.,:])(?P<h4>\d{{1,2}})(?:[:.](?P<min4>\d{{2}}))?{SP}?{hour_word}"
        r"|(?<![\w.,:])(?P<h2>\d{1,2}):(?P<min2>\d{2})(?![\w:])"
        rf"|(?<![\w.,])(?P<h3>\d{{1,2}}){SP}?h(?:{SP}?(?P<min3>\d{{2}}))?(?!\w)"
        # A time whose minutes are gone ("10: a.m.", "at 19: ,"): no time at all.
        rf"|(?<![\w.,:])(?P<cut>\d{{1,2}}):(?={SP}*(?:[AaPp]\.?[Mm]\.?(?!\w)|{hour_word}|[,;)]))"
    )
    short_date = languages.date_pattern(language, "short")
    # Where the comma is no decimal mark, "5,6" with no group of three after the comma is two
    # figures ("sectors 4, 5,6"); elsewhere a figure never starts right after a comma.
    after_comma = (
        r"(?:(?<![\w,])|(?<=\d,)(?!\d{3}(?!\d)))"
        if languages.number_format(language).decimal != ","
        else r"(?<![\w,])"
    )
    adjective_numbers = languages.adjective_numbers(language)
    # The words looked up by name: their role decides what they make.
    vocabulary: dict[str, str] = {w: "connector" for w in languages.number_connectors(language)}
    vocabulary.update((w, "scale") for w in scales if len(w) > 2)
    vocabulary.update((w, "number") for w in languages.number_words(language))
    # "un million", "a thousand": these words count only with a scale after them.
    vocabulary.update((w, "one") for w in languages.scale_heads(language) if w not in vocabulary)
    # Inflected names end differently (Russian "в октябре", Czech "v sobotu"): CLDR has only the
    # nominative and genitive, so the stem (less a final vowel or soft sign) stands for the name.
    for table in (months, weekdays):
        table.update({stem: v for n, v in list(table.items()) if len(stem := name_stem(n)) >= INFLECTED_HEAD})
    wide_months = [*wide_months, *(v for n in wide_months for v in _spellings(n))]
    months.update(languages.month_cases(language))
    wide_months += list(languages.month_cases(language))
    vocabulary.update((w, "month") for w in wide_months)
    vocabulary.update((w, "month") for n in wide_months if len(w := name_stem(n)) >= INFLECTED_HEAD)
    vocabulary.update((w, "weekday") for w in weekdays)
    # Adjectives made from the names ("zářijový", "listopadovém", "čtvrteční"): their stems.
    derived = languages.name_adjectives(language)
    for stem, (role, value) in derived.items():
        (months if role == "month" else weekdays)[stem] = value
        vocabulary[stem] = role
    # Scripts written with combining marks (Devanagari) need them inside words; the others
    # tokenize faster without.
    with_marks = any(unicodedata.category(c) in ("Mn", "Mc") for w in vocabulary for c in w)
    mark_chars = marks() if with_marks else ""
    return Reader(
        language=language,
        months=months,
        weekdays=weekdays,
        scales={**short_scales, **scales},
        currencies={**{k.casefold(): v for k, v in currency_words.items()}, **symbols},
        words=dict(languages.number_words(language)),
        exact=languages.exact_number_words(language),
        groups=languages.group_words(language),
        adjectives=adjective_numbers,
        function_words=stopwords(language) if adjective_numbers else frozenset(),
        derived=frozenset(derived),
        endings=languages.name_endings(language),
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
        # After "No." a figure is read ("No.3"); after a figure and a mark, it is a fraction.
        number=re.compile(rf"{after_comma}(?<!\d\.){number}(?:(?:{SP}|-)(?P<s>(?i:{long_scale})){end})?"),
        word=re.compile(rf"[^\W\d_][\w{mark_chars}]*(?:-[\w{mark_chars}]+)*"),
    )
