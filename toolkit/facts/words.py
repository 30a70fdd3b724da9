"""Facts written as words: month and weekday names standing alone, and numbers in words read
together into one figure ("двадцать три" → 23, "deux cent mille" → 200000)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..languages import capitalises_nouns
from ..segment import ends_sentence
from ._text import SPACES, alternation, marks
from .model import WEEKDAYS, Fact
from .reader import COMPOUND_HEAD, INFLECTED_HEAD, Reader


def word_facts(text: str, reader: Reader) -> Iterator[Fact]:
    """Facts written as words: month and weekday names standing alone, and numbers in words,
    runs read together ("двадцать три" → 23, "deux cent mille" → 200000, "treinta y dos" → 32).
    A run is approximate when its first word gives no exact count ("dozens of thousands")."""
    run = _Run()
    for start, end, word in _vocabulary_words(text, reader):
        written = text[start:end]
        role = reader.vocabulary.get(word)
        if role == "connector":
            if run.open and not text[run.last_end : start].strip(SPACES):
                run.connector_end = end
            continue
        value = (
            reader.scales[word] if role == "scale" else reader.words.get(word) if role == "number" else None
        )
        touching = run.open and not text[run.last_end : start].strip(SPACES + "-")
        group = word in reader.groups
        if value is not None and touching and run.fits(value, role == "scale", group):
            run.add(start, end, value, role == "scale", group)
            continue
        if run.open and not run.article:
            yield run.fact(text)
        run = _Run()
        if role == "one":
            # An article or pronoun unless a scale follows ("un million", "a thousand").
            run.article = True
            run.add(start, end, 1, False)
        elif value is not None and role == "number" and not _after_noun(text, start, word, reader):
            run.approximate = word not in reader.exact
            run.add(start, end, value, False)
        elif role in ("month", "weekday") and _names_the_date(text, start, written, word, role, reader):
            if role == "month":
                yield Fact("date", written, f"--{reader.months[word]:02d}", start, end)
            else:
                yield Fact("date", written, WEEKDAYS[reader.weekdays[word]], start, end)
    if run.open and not run.article:
        yield run.fact(text)


def _names_the_date(text: str, start: int, written: str, word: str, role: str, reader: Reader) -> bool:
    """Whether ``written``, a month or weekday name (``word`` as the reader takes it, of ``role``) at
    ``start`` of ``text``, names the month or day: capitalised where the language capitalises names
    ("may" is a verb). Where it does not, a month's name capitalised inside a sentence is another
    name ("sur Mars" is the planet, "Julio Iglesias" a singer); a weekday's is still the day, as
    engines write it ("el Viejo-Quebec Viernes mediodía"). A word made from a name keeps its meaning
    in a title ("День Октябрьской революции", October Revolution Day)."""
    if reader.capitalized:
        surname = role == "month" and _surname(text, start, len(written), reader)
        return written[:1].isupper() and not surname
    if role == "weekday" or not written[:1].isupper() or written.isupper() or written.casefold() != word:
        return True
    return _opens_sentence(text, start)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` is the first of its sentence or line."""
    before = text[max(0, start - 40) : start].rstrip(_OPENING)
    return not before or before.endswith("\n") or ends_sentence(before)


def _surname(text: str, start: int, length: int, reader: Reader) -> bool:
    """Whether the month name of ``length`` at ``start`` of ``text`` is a surname ("manager Dino
    May", "Prime Minister Theresa May"): right after a capitalised word that is no function word,
    month or weekday, and is not the first of its sentence ("In May" is the month), with no day after
    it; not in a language that capitalises its nouns."""
    if capitalises_nouns(reader.language):
        return False  # "Anfang Mai"
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    if before is None or text[before.end(1) : start] != " " or _DAY_AFTER.match(text, start + length):
        return False
    previous = before.group(1)
    if not previous[:1].isupper() or not previous.isalpha():
        return False
    folded = previous.casefold()
    if folded in reader.function_words or folded in reader.months or folded in reader.weekdays:
        return False
    return not _opens_sentence(text, before.start(1))


_DAY_AFTER = re.compile(r",?\s+\d")
# What may stand between a sentence's (or a line's) end and its first word: spaces, opening marks.
_OPENING = " \t\u00a0\u202f«»\"“”„'‘’([–—-"
_LAST_WORD = re.compile(r"(\w+)\W*$")


def _after_noun(text: str, start: int, word: str, reader: Reader) -> bool:
    """Whether ``word``, a number that is also an adjective ("neuf", new), follows a word that is
    neither a function word nor a number ("un T4 neuf", "flambant neuf"): the adjective, since
    a count comes before its noun ("les neuf blessés")."""
    if word not in reader.adjectives:
        return False
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    if before is None or not text[before.end(1) : start].isspace():
        return False  # first in its clause
    previous = before.group(1).casefold()
    return previous not in reader.function_words and previous not in reader.vocabulary


def _vocabulary_words(text: str, reader: Reader) -> list[tuple[int, int, str]]:
    """Where the words of ``reader``'s vocabulary stand alone in ``text``, in order, with the word
    each stands for: only the words that occur at all (one set intersection over the text's
    words) are searched for, each with a plain substring search. A compound that starts with a
    month or weekday name ("Freitagabend", "Oktoberfest", "maandagavond") stands for the name."""
    lowered = text.lower()
    if not reader.vocabulary:
        return []
    if len(lowered) != len(text):
        # Lower-casing changed the length (a dotted capital İ): fall back to one regular expression.
        vocabulary = alternation(reader.vocabulary)
        pattern = re.compile(rf"(?<![\w{marks()}-])(?:{vocabulary})(?![\w{marks()}-])", re.IGNORECASE)
        return [(*m.span(), m.group(0).casefold()) for m in pattern.finditer(text)]
    tokens = set(reader.word.findall(lowered))
    wanted = {word: word for word in reader.vocabulary.keys() & tokens}
    for token in tokens - wanted.keys():
        # The longest name first: Czech "červenci" is "červenec" (July), not "červen" (June).
        for length in range(len(token) - 1, INFLECTED_HEAD - 1, -1):
            # An ending ("Sundays", "в октябре", "v sobotu") or a word after the name
            # ("Freitagabend"), not a name that merely starts the same ("Marching", "Marseille").
            rest = len(token) - length
            if (rest == 3 or (rest > 3 and length < COMPOUND_HEAD)) and not (
                reader.derived and token[:length] in reader.derived
            ):
                continue
            head = token[:length]
            if reader.vocabulary.get(head) in ("month", "weekday"):
                endings = reader.endings.get(head)
                if endings is not None and token[length:] not in endings:
                    continue  # "středem" (through the middle) is no form of "středa"
                wanted[token] = head
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
        self.approximate = False
        #: Started by a word that is a number only before a scale word ("one", "un", "a").
        self.article = False

    @property
    def open(self) -> bool:
        return self.start >= 0

    @property
    def last_end(self) -> int:
        return max(self.end, self.connector_end)

    def fits(self, value: int, is_scale: bool, group: bool = False) -> bool:
        """Whether ``value`` continues the number: a scale, "cent" after "deux", "trois" after
        "vingt", a group after a count ("tři desítky", three tens; "two dozen") — not "three"
        after "two" (two numbers)."""
        if is_scale or value >= 1000:
            return True
        if group:  # "une dizaine" is about ten: the article is no count
            return 1 < self.current < 100
        if value == 100:
            return 0 < self.current < 100
        return self.current > value and self.current % 10 ** len(str(value)) == 0

    def add(self, start: int, end: int, value: int, is_scale: bool, group: bool = False) -> None:
        if not self.open:
            self.start = start
        self.end = end
        if is_scale or value >= 1000:
            if self.total and value > self.total:
                # A larger scale multiplies all before it: "mil millones" (a thousand millions),
                # "mil doscientos millones" (1,200 millions), "deux mille milliards".
                self.total = (self.total + self.current) * value
            else:
                self.total += max(self.current, 1) * value
            self.current = 0
            self.article = False
        elif (value == 100 or group) and self.current:
            self.current *= value
            self.article = False
        else:
            self.current += value

    def fact(self, text: str) -> Fact:
        value, written = str(self.total + self.current), text[self.start : self.end]
        approximate = self.approximate
        return Fact("number", written, value, self.start, self.end, spelled=True, approximate=approximate)
