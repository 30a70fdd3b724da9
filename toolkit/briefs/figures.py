"""Key figures: the numbers of a story chosen in the source, phrased from the brief's own
sentences in the delivered language."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import regex

from ..document import Document, Sentence
from ..facts import Fact, extract_facts
from ..languages import (
    age_words,
    capitalises_nouns,
    duration_words,
    hour_words,
    is_word,
    month_names,
    one_words,
    ordinal_words,
)
from ..review import looks_like_name
from ..segment import CHARACTERS_PER_WORD, ORDINAL_DOT_LANGUAGES, ends_on_abbreviation, without_full_stop
from ..summarization import stopwords
from .model import KeyFigure
from .wording import BARE, OPENING_MARKS, SCRIPT_COMMAS, balanced, figure_joiners

#: At most this many key figures per brief, the most newsworthy first.
MAX_FIGURES = 5

# Words before a number that belong to the figure, and what the clause after it says happened to
# the people counted. Keys are prefixes of lower-cased words; values the brief's wording.
_QUALIFIERS = MappingProxyType(
    {
        "en": (
            "at least",
            "more than",
            "over",
            "nearly",
            "almost",
            "about",
            "around",
            "some",
            "up to",
            "fewer than",
            "less than",
            "roughly",
            "approximately",
            "an estimated",
        ),
        "fr": (
            "au moins",
            "plus de",
            "près de",
            "environ",
            "quelque",
            "jusqu'à",
            "moins de",
            "une",
            "un peu plus de",
            "quelques",
            "à peine",
        ),
        "es": ("al menos", "más de", "cerca de", "unos", "unas", "alrededor de", "casi", "hasta", "menos de"),
    }
)
_OUTCOMES = MappingProxyType(
    {
        "en": (
            ("kill", "dead"),
            ("dead", "dead"),
            ("death", "dead"),
            ("die", "dead"),
            ("wound", "injured"),
            ("injur", "injured"),
            ("displac", "displaced"),
            ("fled", "displaced"),
            ("flee", "displaced"),
            ("arrest", "arrested"),
            ("detain", "detained"),
            ("missing", "missing"),
            ("evacuat", "evacuated"),
        ),
        "fr": (
            ("tué", "morts"),
            ("mort", "morts"),
            ("décéd", "morts"),
            ("péri", "morts"),
            ("fui", "déplacés"),
            ("bless", "blessés"),
            ("déplac", "déplacés"),
            ("arrêt", "arrêtés"),
            ("interpell", "arrêtés"),
            ("disparu", "disparus"),
            ("évacu", "évacués"),
        ),
        "es": (
            ("muert", "muertos"),
            ("fallec", "muertos"),
            ("matad", "muertos"),
            ("herid", "heridos"),
            ("desplaz", "desplazados"),
            ("detenid", "detenidos"),
            ("desaparec", "desaparecidos"),
        ),
    }
)
_FIGURE_KINDS = ("number", "percent", "money")
_RANK_MARK = re.compile(r"(?:\b(?:No|Nr|Nos)\.|n[°º]|№|#)\s*$", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"(?:\b(?:aged?|ages)(?:\s+of)?|\bâgée?s?\s+de|\bedad\s+de|\bAlter\s+von|\betà\s+di|\bidade\s+de)\s+$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|between|until|from|by|en|depuis|entre|dès|seit|im|bis|desde|hasta|nel|dal|em)\s+$",
    re.IGNORECASE,
)
# "She was 75." / "Fualaau is now 53,": a person's age as a predicate, which English copy writes
# without a unit (other languages say "75 ans", "75 Jahre", "75 лет", a time unit).
_AGE_PREDICATE = re.compile(r"\b([^\W\d_][\w'’-]*)\s+(?:is|was)(?:\s+(?:now|only|just))?\s+$")
# Subjects whose "is 31" is an age: he or she, a name, or a word for a person.
_PERSONS = frozenset(
    "he she husband wife son daughter mother father brother sister boy girl man woman child baby "
    "teen teenager victim suspect driver pilot officer friend".split()
)
# A capitalised word then ", 28," or " (28)": a person's age, in English and continental copy alike.
_APPOSITION = re.compile(r"([^\W\d_][\w'’-]*)(?:,\s*|\s*\()$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
# Words that may open a sentence on a count, so the number after them is no label: the first words
# of the qualifiers ("About 300 flights") and other openers ("Only 3 survived", "Like 70,000 other
# refugees"). Only for the languages whose qualifiers are listed.
_COUNT_OPENERS = MappingProxyType(
    {
        language: frozenset(q.split()[0] for q in _QUALIFIERS[language]).union(others.split())
        for language, others in {
            "en": "only just another exactly barely fully precisely all almost nearly every each like unlike "
                  "including",
            "fr": "seuls seules seulement encore tout tous toutes",
            "es": "solo sólo apenas otros otras todos todas",
        }.items()
    }
)
_WORD = re.compile(r"[\w'’-]+")
_SCORE = re.compile(r"\d:\d")
# A token that opens on four digits ("1960", "2014,while").
_FOUR_DIGITS = re.compile(r"\d{4}(?!\d)")
# Words with their combining marks: Devanagari's vowel signs are no letters to ``re`` ("घंटे", "से").
_NEXT_WORD = regex.compile(r"\s*([\p{L}\p{M}]+)")
# A pair or range whose unit comes after its second number ("14 und 12 Jahre", "5-20 ans", "15 až 20
# let"): its first number and joiner before the second (head), its joiner and second number after
# the first (tail). The joiner is a dash, one of CLDR's list words ("und", "or") or the word of a
# range, which CLDR does not give.
_DIGITS = r"\d(?:[\d.,\u00a0\u202f ]*\d)?"
_JOINER = r"[-–—/]|[\p{L}\p{M}]+"
_PAIR_HEAD = regex.compile(rf"(?<![\d.,])({_DIGITS})\s*(?:{_JOINER})\s*$")
_PAIR_TAIL = regex.compile(rf"\s*({_JOINER})\s*{_DIGITS}(?:[\u00a0\u202f ]?%)?")
# A ratio's word between its "1" and its whole ("1 in 5 children", "1 pour 5 000 habitants", "1 von 5
# Kindern"): the whole is no figure of its own, and without it the "1" says nothing. Not a range's
# word ("von 1 auf 5 Prozent": from 1 to 5).
_RATIO_WORDS = MappingProxyType(
    {
        "en": "in for per", "fr": "sur pour", "es": "de", "it": "su", "pt": "em", "de": "von", "ru": "из на",
        "cs": "z ze",
    }
)
_ONE_BEFORE = regex.compile(r"(?<![\d.,])1\s*$")
# Qualifiers a language writes after the number ("400 से अधिक": more than 400, "20 से कम": fewer).
_AFTER_QUALIFIERS = MappingProxyType({"hi": re.compile(r"\s+से\s+(?:भी\s+)?(?:अधिक|ज़?्यादा|कम)")})

# Closed-class words a figure may neither start nor end on (stopword lists also hold content words
# a figure needs: "net", "group", "million", "Menschen", "человек"). Other languages use their
# stopword list.
_FUNCTION_WORDS = MappingProxyType(
    {
        "en": frozenset(
            "a an the of to in on at by for from with as into than and or but nor that which who whom "
            "whose this these those it its his her their our your my he she they we you i is are was "
            "were be been being has have had do does did will would shall should can could may might "
            "must not no so if then there here where when while during since until after before about "
            "over under among between against per via also still even more most less least them him "
            "me".split()
        ),
        "fr": frozenset(
            "le la les l un une des du de d au aux à en dans sur sous par pour avec sans entre chez "
            "et ou mais donc or ni car que qu qui dont où ce cet cette ces son sa ses leur leurs il "
            "elle ils elles on se s y ne pas est sont était ont a avait été être avoir fait plus "
            "moins pendant depuis selon après avant contre vers eux lui".split()
        ),
        "es": frozenset(
            "el la los las lo un una unos unas de del al a en por para con sin sobre entre hacia "
            "desde hasta y o pero ni que qué quien quién quienes quiénes cual cuál cuales cuáles cuyo cuya "
            "cuyos cuyas donde dónde cuando cuándo como este esta estos estas ese esa su sus "
            "se le les es son era fue han ha había sido ser no más menos durante según tras ante ellos "
            "ellas él ella".split()
        ),
        "de": frozenset(
            "der die das den dem des ein eine einer eines einem einen in im ins an am ans auf aus bei "
            "beim mit nach seit von vom zu zum zur für gegen ohne um durch über unter vor hinter neben "
            "zwischen bis pro je laut trotz wegen während und oder aber sondern denn dass ob weil wenn "
            "als wie sowie bzw er sie es wir ihr ich du man sich ihn ihm ihnen sein seine seiner "
            "seinen seinem seines ihre ihren ihrem ihrer ihres dies diese dieser dieses diesen diesem "
            "welche welcher welches welchen ist sind war waren wird werden wurde wurden worden hat "
            "haben hatte hatten sei seien kann können konnte konnten muss soll sollen will wollte "
            "nicht kein keine auch noch nur schon so da dort hier mehr weniger".split()
        ),
        "ru": frozenset(
            "и в во не что он на с со как а то все всё она так его но да к ко у же за бы по только "
            "ее её было вот от ото еще ещё нет о об обо из изо ему когда даже ли если уже или ни "
            "быть был была были до там себя ей они тут где есть для мы их чем сам без кто этот это "
            "того этого этой этом эти эту эта тот та те при над под перед после через между про "
            "также который которая которое которые которых которым чтобы им ним нее неё них свой "
            "своей свои своих более менее".split()
        ),
    }
)


def _function_words(language: str) -> frozenset[str]:
    return _FUNCTION_WORDS.get(language) or stopwords(language)


def _too_plain(fact: Fact, text: str, language: str) -> bool:
    """Years ("2016", "in 1616"), small numbers in words ("deux départements"), durations ("20 mois"),
    ages ("Velentzas, 28,", "Merkel (59)", "aged 84", "She was 75.", "pětadvacetiletého") and numbers
    that name or rank something ("Flight 9525", "No. 1", "Schalke 04") are no key figures; nor is the
    second end of a pair or range whose first is one ("ages 7 and 9", "between 1590 and 1612"), nor
    the first end of a pair whose second has letters glued to it, an ordinal or a label ("les 198 et
    199es opus": the 198th and 199th)."""
    if fact.kind != "number":
        return False
    if _counts_time(text, fact.end, language) or _period_ordinal(text, fact, language):
        return True
    tail = _pair_tail(text, fact.end, language)
    if tail is not None and text[tail.end() : tail.end() + 1].isalpha():
        return True
    head = _PAIR_HEAD.search(text, max(fact.start - 40, 0), fact.start)
    if head and _pair_end(text, head.end(1), language) == fact.end:
        first = Fact("number", head.group(1), head.group(1), head.start(1), head.end(1))
        if _too_plain(first, text, language) or _is_ratio(text, head.end(1), language):
            return True
    if fact.text.isdigit() and len(fact.text) > 1 and fact.text.startswith("0"):
        return True  # a code or a name ("FC Schalke 04", "Agent 007"): no count is written so
    if is_word(fact.text):
        word = fact.text.casefold()
        plain = float(fact.value) < 10 or word in age_words(language) or word in ordinal_words(language)
        return plain or _labels(text, fact, language)
    before = text[max(fact.start - 40, 0) : fact.start]
    if fact.text.isdigit() and len(fact.text) == 4:
        if _modern_year(fact.text) or (1000 <= int(fact.text) < 1800 and _YEAR_BEFORE.search(before)):
            return True
    if _RANK_MARK.search(before) or _AGE_BEFORE.search(before):
        return True
    an_age = fact.text.isdigit() and int(fact.text) < 120
    apposition = _APPOSITION.search(before)
    if apposition and an_age and text[fact.end : fact.end + 1] in ",)":
        return apposition.group(1)[0].isupper() or apposition.group(1).casefold() in _PERSONS
    predicate = _AGE_PREDICATE.search(before) if language == "en" else None
    if predicate and an_age and text[fact.end : fact.end + 1] in ("", ".", ",", ";"):
        subject = predicate.group(1)
        if subject.casefold() in _PERSONS or (
            subject[0].isupper() and subject.casefold() not in _function_words(language)
        ):
            return True
    return _labels(text, fact, language)


def _modern_year(digits: str) -> bool:
    """Whether four digits read as a year of today's news, with or without "in" before them."""
    return 1800 <= int(digits) <= 2100


def _counts_time(text: str, end: int, language: str) -> bool:
    """Whether the number ending at ``end`` counts years, months, weeks, days, hours or minutes (a
    duration or an age: "depuis 20 mois", "seit 30 Jahren", "12 лет назад", "14 und 12 Jahre alt"),
    is the hour of a time of day ("um 10 Uhr") or a day of a month ("22 से 27 अक्टूबर": 22 to 27
    October), which as a key figure reads as a fragment. A word of four letters or more matches
    with up to two more ("Jahren" is the dative of CLDR's "Jahre"); in a script without spaces, the
    word that the next run starts with."""
    word = _NEXT_WORD.match(text, _pair_end(text, end, language) or end)
    if word is None:
        return False
    following = word.group(1).casefold()
    times, stems = _time_words(language)
    if following in times:
        return True
    if language in CHARACTERS_PER_WORD:
        return following.startswith(stems)
    return any(following.startswith(d) and len(following) - len(d) <= 2 for d in stems)


@functools.lru_cache(maxsize=64)
def _time_words(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words after a number that make it a time (durations, hour words, month names), and the
    durations an inflected form may start with (all in a script without spaces, else those of four
    letters or more)."""
    durations = duration_words(language)
    times = durations | {w.casefold() for w in hour_words(language)} | frozenset(month_names(language))
    unspaced = language in CHARACTERS_PER_WORD
    return times, tuple(sorted(d for d in durations if unspaced or len(d) >= 4))


def _pair_tail(text: str, end: int, language: str) -> regex.Match[str] | None:
    """The joiner and second number after the number ending at ``end``, when they make a pair or a
    ratio."""
    tail = _PAIR_TAIL.match(text, end)
    if tail is None:
        return None
    joined = tail.group(1).casefold() in figure_joiners(language)
    return tail if joined or _ratio(text, tail, language) else None


def _ratio(text: str, tail: regex.Match[str], language: str) -> bool:
    """Whether the pair ``tail`` ends is a ratio: a "1", then a ratio word and a number that is no
    year ("1 in 5", "1 pour 5 000"; not "1 in 2014")."""
    second = text[tail.end(1) : tail.end()].strip()
    year = second.isdigit() and len(second) == 4 and _modern_year(second)
    return (
        tail.group(1).casefold() in _RATIO_WORDS.get(language, "").split()
        and not year
        and _ONE_BEFORE.search(text, max(tail.start() - 3, 0), tail.start()) is not None
    )


def _pair_end(text: str, end: int, language: str) -> int | None:
    """Where the second number ends when the number ending at ``end`` is the first of a pair or
    range ("14 und 12", "25 bis 30", "5-20"), else None: not when letters are glued to the second
    ("198 et 199es": ordinals, whose first end is no count either, see :func:`_too_plain`)."""
    tail = _pair_tail(text, end, language)
    return tail.end() if tail is not None and not text[tail.end() : tail.end() + 1].isalpha() else None


def _is_ratio(text: str, end: int, language: str) -> bool:
    """Whether the number ending at ``end`` is the "1" of a ratio ("1 in 5 children")."""
    tail = _PAIR_TAIL.match(text, end)
    return tail is not None and _ratio(text, tail, language)


def _period_ordinal(text: str, fact: Fact, language: str) -> bool:
    """Whether the number is an ordinal written "6." ("am 6. Oktober", "vom 6. bis 8.", "od 15. do 17.
    listopadu") in a language of :data:`~toolkit.segment.ORDINAL_DOT_LANGUAGES`: a full stop right
    after it, then a lower-case word, a number or a month name."""
    if language not in ORDINAL_DOT_LANGUAGES or not fact.text.isdigit() or not text.startswith(".", fact.end):
        return False
    following = text[fact.end + 1 : fact.end + 40].split(maxsplit=1)
    if not following:
        return False
    word = following[0].strip(BARE)
    return word[:1].islower() or word[:1].isdigit() or word.casefold() in month_names(language)


def _labels(text: str, fact: Fact, language: str) -> bool:
    """Whether the number follows a capitalised word, as in "Flight 9525", "Senate Bill 227", "the
    Top Forty": it names something. Not in languages that capitalise every noun. A sentence's first
    word names something only where the qualifiers and function words that may open a figure are
    known ("About 100 families", "Environ 300 personnes" are counts; "Flight 448 landed" is not)."""
    word = _WORD_BEFORE.search(text, 0, fact.start)
    letter = word.group(1) if word is not None and len(word.group(1)) == 1 else ""
    if letter.isupper() and letter.casefold() not in _function_words(language):
        return True  # a road or a line ("D 872", "B 27"), not "A 30-strong team", "В 2010"
    if capitalises_nouns(language):
        return False
    if word is None or word.group(1).casefold() in month_names(language):
        return False
    if looks_like_name(text, word.start(1)):
        return True
    opener = word.group(1).casefold()
    return (
        word.group(1)[:1].isupper()
        and language in _COUNT_OPENERS
        and opener not in _COUNT_OPENERS[language]
        and opener not in _function_words(language)
    )


def _figure_facts(
    document: Document, language: str, within: Sequence[Sentence]
) -> list[tuple[Fact, Sentence]]:
    """Number facts of the sentences ``within`` (those the brief shows: translating no other sentence
    for its figures keeps summarize-first cheap), nothing plain, quoted or part of a name, one per
    value, the most newsworthy first: people counted (killed, displaced...), money, shares, the rest;
    within each, in the order the story gives them. More than MAX_FIGURES: some may not survive
    phrasing in the brief's language."""
    facts = extract_facts(document.text, language)
    quotes = [(f.start, f.end) for f in facts if f.kind == "quote"]
    chosen: list[tuple[Fact, Sentence]] = []
    seen: set[str] = set()
    text = document.text
    for fact in facts:
        if fact.kind not in _FIGURE_KINDS or _too_plain(fact, text, language) or fact.value in seen:
            continue
        if any(s <= fact.start and fact.end <= e for s, e in quotes):
            continue
        # A number glued to a name is part of it, not a figure: "SA-8", "M23", "D2", "9/11", "P5+1";
        # nor is a side of a score or a time ("3:0", "5:4", "15:30").
        before = text[fact.start - 1] if fact.start else " "
        after = text[fact.end] if fact.end < len(text) else " "
        glued = before.isalnum() or before in "-/+" or after.isalpha()
        if glued or (after in "-/" and fact.kind == "number"):
            continue
        if _SCORE.search(text, max(fact.start - 2, 0), fact.end + 2):
            continue
        # Letters and digits in one word name something ("M23", "3G"); a scale word does not ("20
        # million", "14 millions", "2,5 Millionen").
        mixed = any(any(c.isalpha() for c in w) and any(c.isdigit() for c in w) for w in fact.text.split())
        if mixed and fact.kind == "number":
            continue
        sentence = next((s for s in within if s.start <= fact.start and fact.end <= s.end), None)
        if sentence is None:
            continue
        seen.add(fact.value)
        chosen.append((fact, sentence))
    return sorted(chosen, key=lambda pair: _rank(document.text, pair[0], language))


def _rank(text: str, fact: Fact, language: str) -> tuple[int, int]:
    words = _WORD.findall(text[fact.end : fact.end + 120])[:12]
    counted = any(w.lower().startswith(prefix) for w in words for prefix, _ in _OUTCOMES.get(language, ()))
    kind = {"money": 1, "percent": 2}.get(fact.kind, 3)
    return (0 if counted and fact.kind == "number" else kind, fact.start)


def _qualifier(text: str, start: int, language: str) -> str | None:
    before = " ".join(text[:start].split()).lower()
    return next(
        (
            q
            for q in sorted(_QUALIFIERS.get(language, ()), key=len, reverse=True)
            if before.endswith(" " + q) or before == q or before.endswith("'" + q) or before.endswith("’" + q)
        ),
        None,
    )


def _phrase(
    text: str, located: _Located, language: str, unknown: Sequence[str], numbers: Sequence[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """ "at least 242 dead": the number as written, its qualifier and what happened to the people
    counted; else the figure with its subject from its clause (:func:`_clause_phrase`; ``numbers``:
    the spans of the numbers in ``text``). With the span of ``text`` it stands for; ``None`` when
    the clause gives the figure no subject."""
    fact, next_start = located.fact, located.next_start
    words = _WORD.findall(text[fact.end : next_start])
    outcome = next(
        (
            label
            for w in words[:12]
            for prefix, label in _OUTCOMES.get(language, ())
            if w.lower().startswith(prefix)
        ),
        None,
    )
    if outcome and fact.kind == "number":
        qualifier = _qualifier(text, fact.start, language)
        end = _figure_end(text, fact, next_start, language)
        phrase = " ".join([*([qualifier] if qualifier else []), text[fact.start : end], outcome])
        return phrase, fact.start - (len(qualifier) + 1 if qualifier else 0), end
    return _clause_phrase(text, located, language, unknown, numbers)


def _figure_end(text: str, fact: Fact, next_start: int, language: str) -> int:
    """Where the figure's own words end: a range's first end reads on through its second ("25 bis 30
    Kilogramm", "10 to 15 dead"), a figure through a qualifier written after it ("400 से भी अधिक":
    more than 400)."""
    end = _pair_end(text, fact.end, language)
    end = end if end is not None and end <= next_start else fact.end
    after = _AFTER_QUALIFIERS.get(language)
    qualified = after.match(text, end) if after is not None else None
    return qualified.end() if qualified else end


# Clause marks of every script: Arabic's comma and semicolon ("،", "؛"), the CJK full-width ones.
_CLAUSE_STOP = (",", ";", ":", "(", "«", "“", '"', "—", "–", *SCRIPT_COMMAS)
_CLAUSE_END = (",", ";", ":", ".", ")", "»", "”", '"', "!", "?", "。", "！", "？", "؟", *SCRIPT_COMMAS)
_DASHES = ("-", "–", "—")
# A dash standing alone between words ends a clause, written "--" too (typewriter copy: "47
# Republican Senators -- that is, all but seven -- sent").
_CLAUSE_DASHES = (*_DASHES, "--")


def _clause_phrase(
    text: str, located: _Located, language: str, unknown: Sequence[str], numbers: Sequence[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """A figure with its subject, from the clause that holds it ("net gain of the group has retreated
    to $4.95B", "Roughly 20% of the population", "More than 14,000 people have escaped"): up to eight
    words before the number, within the clause, after the last word the engine left untranslated
    and not from within another of the ``numbers``; then the noun it counts ("64,000 people", "20%
    of the population"), or, when no content word leads up to it, up to four words that say what
    they did. No function word at either end (the number's own qualifier stays, and so does a
    year's preposition, "в 1960 году", and a ratio's "one", "Eines von 20 Kindern"), and no end
    inside a name ("visit Panama City Beach"); the ``located`` amount replaces the figure's text
    (money the engine wrote its own way). ``None`` when the clause gives the figure no subject; else
    the phrase and the span of ``text`` it covers."""
    fact, next_start, amount = located
    function = _function_words(language)

    def bare(token: str) -> str:
        return token.strip(BARE).lower()

    def content(tokens: Sequence[re.Match[str]]) -> int:
        words = [bare(t.group()) for t in tokens]
        return sum(1 for w in words if any(c.isalpha() for c in w) and w not in function)

    left: list[re.Match[str]] = []
    for token in reversed(list(re.finditer(r"\S+", text[: fact.start]))[-8:]):
        if (
            token.group().endswith(_CLAUSE_STOP)
            or token.group() in _CLAUSE_DASHES
            or bare(token.group()) in unknown
        ):
            break
        left.insert(0, token)
    # A phrase neither reaches into an aside or quotation from outside it ("John (but he's only
    # worth") nor out of one ("15) A 10-member panel"): it starts inside the aside its figure is in,
    # whose opening mark is stripped ("securing 10 seats"), and stops before a quotation opens.
    while left and not balanced(text[left[0].start() + _opening_marks(left[0].group()) : fact.start]):
        left.pop(0)
    # The words before it start after a number they would cut ("20 million Kenyan shillings and
    # journalists up to one million" does not become "million Kenyan shillings and ...").
    cut = next((b for a, b in numbers if left and a < left[0].start() < b), None)
    left = [t for t in left if cut is None or t.start() >= cut]
    qualifier = _qualifier(text, fact.start, language)
    kept = min(len(qualifier.split()), len(left)) if qualifier else 0
    # A function word before a year stays with it: "в 1960 году" (in 1960), not "1960 году"; so
    # does the "one" of a ratio: "un enfant sur 20", "Eines von 20 Kindern" (one child in 20).
    ratio = 2 <= len(left) <= 3 and bare(left[0].group()) in one_words(language) and (
        bare(left[-1].group()) in function
    )
    while len(left) > kept and not ratio and (
        not bare(left[0].group()) or (bare(left[0].group()) in function and not _opens_year(left[1:]))
    ):
        left.pop(0)
    # A ratio's whole says what its "1" counts: "à peine 1 pour 5 000 habitants".
    subject = ratio or _is_ratio(text, fact.end, language) or content(left[: len(left) - kept]) > 0
    right: list[re.Match[str]] = []
    linked = False
    # Money written the reader's way (``amount``) stands alone; a count reads on through its range.
    end = fact.end if amount is not None else _figure_end(text, fact, next_start, language)
    figure = amount if amount is not None else text[fact.start : end]
    tokens = list(re.finditer(r"\S+", text[end:next_start]))
    for token in tokens:
        word = bare(token.group())
        if (
            len(right) == 4
            or not word
            or word in unknown
            or token.group().startswith(OPENING_MARKS)
            or token.group() in _CLAUSE_DASHES
        ):
            break
        if subject and word in function and not linked and word not in _LINKS:
            break
        linked = word in _LINKS or (linked and word in function)
        right.append(token)
        if token.group().endswith(_CLAUSE_END) and not _abbreviated(token.group(), language):
            break
    # Nor does it stop inside a name: "visit Panama | City Beach", "throughout Walt | Disney World".
    if right and right[-1].group()[:1].isupper() and not right[-1].group().endswith(_CLAUSE_END):
        for token in tokens[len(right) : len(right) + _NAME_TAIL]:
            if not token.group()[:1].isupper() or bare(token.group()) in unknown:
                break
            right.append(token)
            if token.group().endswith(_CLAUSE_END):
                break
    while right and (bare(right[-1].group()) in function or not bare(right[-1].group())):
        right.pop()
    # "20% of the population": what the figure is a share of is its subject too.
    owned = bool(right) and bare(right[0].group()) in _LINKS and content(right) > 0
    if not subject and not owned and content(right) < 2:
        return None
    first = left[0].start() if left else fact.start
    last = end + right[-1].end() if right else end
    # Spaced as the text is: "1%-ную бордоскую смесь", not "1% -ную".
    phrase = " ".join((text[first : fact.start] + figure + text[end:last]).split())
    phrase = _without_full_stop(phrase, language).strip(" ,;:«»“”\"()" + "".join(SCRIPT_COMMAS))
    return phrase, first, last


def _opening_marks(token: str) -> int:
    """How many quotation and bracket marks ``token`` opens with."""
    return len(token) - len(token.lstrip("".join(OPENING_MARKS)))


def _opens_year(tokens: Sequence[re.Match[str]]) -> bool:
    digits = _FOUR_DIGITS.match(tokens[0].group()) if tokens else None
    return digits is not None and _modern_year(digits.group())


def _without_full_stop(phrase: str, language: str) -> str:
    """``phrase`` without the full stop of the sentence it ends with ("including 11 children."), as
    figures read in a list; an abbreviation's stays ("U.S.", "Inc.")."""
    return phrase if _abbreviated(phrase, language) else without_full_stop(phrase)


def _abbreviated(text: str, language: str) -> bool:
    """Whether ``text`` ends on an abbreviation and its full stop ("U.S.", "St.", "тыс."), as the
    segmenter reads them."""
    return text.endswith(".") and ends_on_abbreviation(text[:-1], language)


# Words that tie a counted noun to the figure: "20% of the population", "la moitié des habitants".
_LINKS = frozenset(("of", "de", "d", "du", "des", "del"))
# How many more words a phrase reads on to finish a name it would cut.
_NAME_TAIL = 3


class _Figures(NamedTuple):
    """The number facts of a sentence: ``by_value``, each with where the next number starts (the
    phrase stops there), and the ``spans`` of them all (a phrase starts after a number it would cut)."""

    by_value: dict[str, tuple[Fact, int]]
    spans: tuple[tuple[int, int], ...]


def _figures_in(text: str, language: str) -> _Figures:
    """Number facts of ``text`` by value, with where the next number starts, and where each stands."""
    facts = [f for f in extract_facts(text, language) if f.kind in _FIGURE_KINDS]
    found: dict[str, tuple[Fact, int]] = {}
    for i, fact in enumerate(facts):
        # The phrase of a range's first end reads on through its second: "25 bis 30 Kilogramm".
        paired = i + 1 < len(facts) and _pair_end(text, fact.end, language) == facts[i + 1].end
        following = i + 2 if paired else i + 1
        found.setdefault(fact.value, (fact, facts[following].start if following < len(facts) else len(text)))
    return _Figures(found, tuple((f.start, f.end) for f in facts))


def _amount(fact: Fact, language: str) -> str | None:
    """Money the reader's way from its value ("4950000000 USD" → "$4.95B", "4,95 Md $US")."""
    from babel.numbers import format_compact_currency

    number, _, currency = fact.value.partition(" ")
    try:
        return str(format_compact_currency(float(number), currency, locale=language, fraction_digits=2))
    except (ValueError, LookupError):
        return None


class _Located(NamedTuple):
    """A source fact as a brief's sentence writes it: ``fact`` (its text and span there), where the
    next number starts (the phrase stops there), and the ``amount`` written the reader's way that
    replaces its text (money the engine wrote its own way), if any."""

    fact: Fact
    next_start: int
    amount: str | None = None


def _locate(fact: Fact, text: str, found: Mapping[str, tuple[Fact, int]], language: str) -> _Located | None:
    """Where the brief's sentence ``text`` writes the source's ``fact``: the same value; else the
    number as written ("14.000" where the target reads 14.0); else, for money, the figure before its
    scale word ("4.95" of "4.95 millardos of dollars") or the amount without its currency ("38 billion
    books"), whose words up to the currency (or the one word after it) the amount written the
    reader's way replaces. With where the next number starts, and that amount."""
    match = found.get(fact.value)
    if match is not None:
        return _Located(match[0], match[1])
    later = sorted(f.start for f, _ in found.values())
    at = text.find(fact.text)
    if at >= 0:
        end = at + len(fact.text)
        following = min((s for s in later if s >= end), default=len(text))
        return _Located(Fact(fact.kind, fact.text, fact.value, at, end), following)
    if fact.kind != "money" or fact.unscaled is None:
        return None
    # The figure before its scale word ("4.95" of "4.95 millardos"), or the whole amount without its
    # currency ("38 billion books" for "38 milliards de livres").
    number = fact.value.partition(" ")[0]
    scaled = next((f for f, _ in found.values() if f.value in (fact.unscaled, number)), None)
    amount = _amount(fact, language)
    if scaled is None or amount is None:
        return None
    # The engine's words for scale and currency ("millardos of dollars"): through the currency word
    # when one of the next four is one, else the scale word alone.
    end = scaled.end
    for i, word in enumerate(re.finditer(r"\S+", text[scaled.end :])):
        bare = word.group().strip(BARE).lower()
        if i == 4 or not bare:
            break
        if bare.startswith(_CURRENCY_WORDS):
            end = scaled.end + word.start() + len(word.group().rstrip(BARE))
            break
        if i == 0:
            end = scaled.end + word.start() + len(word.group().rstrip(BARE))
        if word.group().endswith(_CLAUSE_END):
            break
    located = Fact(fact.kind, text[scaled.start : end], fact.value, scaled.start, end)
    return _Located(located, min((s for s in later if s >= end), default=len(text)), amount)


_CURRENCY_WORDS = ("dollar", "euro", "pound", "franc", "yen", "yuan", "rouble", "ruble", "dólar", "libra")


def _key_figures(
    chosen: Sequence[tuple[Fact, Sentence]],
    rendered: Mapping[int, str],
    language: str,
    unknown: Mapping[int, Sequence[str]] | None = None,
) -> tuple[KeyFigure, ...]:
    """Phrase the chosen source facts from their sentences as the brief shows them (``rendered`` by
    sentence start; ``unknown``: the words the engine left untranslated there), up to MAX_FIGURES.
    A figure the translation lost, or whose clause gives it no subject, is left out: a bare number
    or a fragment says nothing, and the fidelity report names what was lost."""
    figures: list[KeyFigure] = []
    taken: list[tuple[int, int, int]] = []
    # Several figures often share a sentence: its facts are read once.
    read: dict[int, _Figures] = {}
    for fact, sentence in chosen:
        if len(figures) == MAX_FIGURES:
            break
        text = rendered.get(sentence.start, sentence.text)
        if sentence.start not in read:
            read[sentence.start] = _figures_in(text, language)
        found = read[sentence.start]
        located = _locate(fact, text, found.by_value, language)
        if located is None:
            continue
        left = [w.lower() for w in (unknown or {}).get(sentence.start, ())]
        phrased = _phrase(text, located, language, left, found.spans)
        if phrased is None:
            continue
        phrase, first, last = phrased
        # A phrase over another figure's words says it twice ("down 6.2% to $55.9B" holds the 6.2%).
        if any(p == sentence.start and first < b and a < last for p, a, b in taken) or any(
            phrase in f.phrase or f.phrase in phrase for f in figures
        ):
            continue
        taken.append((sentence.start, first, last))
        figures.append(KeyFigure(fact.value, phrase, fact.kind, fact.text, fact.start, fact.end))
    return tuple(figures)
