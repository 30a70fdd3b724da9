"""Multilingual sentence segmentation tuned for news wire copy.

The rules are the ones wire copy needs and generic splitters get wrong: French and English
abbreviations (``M.``, ``Mme``, ``av. J.-C.``, ``Gen.``), numbers written ``14.000`` / ``14 000`` /
``2,5``, sentences that end inside « guillemets » or quotes, initials, and CJK full stops. It is pure
Python with no model, so it is deterministic and fast (a few µs per sentence).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

__all__ = ["ABBREVIATIONS", "CHARACTERS_PER_WORD", "count_words", "split_sentences", "sentence_spans"]

#: Lower-cased abbreviations (without the final dot) after which a period does not end a sentence.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """m mm mme mmes mlle mlles dr drs pr me mgr st ste sts stes av apr j.-c jc env cf vol chap
        art al éd ed coll dir trad p pp n° no nos tél fig gén col cdt cne lt sgt adj bd boul fg
        janv févr fév avr juil sept oct nov déc hab min max mrd md mds md$ cie ets ms s.a env. ibid
        op cit suiv vs""".split()
    ),
    "en": frozenset(
        """mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep rev hon pres
        st mt ft jr sr inc ltd co corp bros dept est fig no nos vol vols p pp jan feb mar apr jun
        jul aug sep sept oct nov dec approx vs v etc.al al ave blvd rd mln bln e.g i.e cf ca""".split()
    ),
    "de": frozenset("""hr fr dr prof bzw ca usw z.b d.h u.a vgl nr str evtl ggf inkl""".split()),
    "es": frozenset("""sr sra srta dr dra ud uds av avda etc núm pág""".split()),
    "it": frozenset("""sig sigg dott prof avv ing pag ecc""".split()),
    "pt": frozenset("""sr sra dr dra prof av pág""".split()),
}
_ALL_ABBREVIATIONS = frozenset().union(*ABBREVIATIONS.values())

# Sentence-final punctuation, then any closing quotes/brackets that belong to the sentence.
# Closers follow the mark directly ("fini.»", 'said."'); only French-style closers (» ”) may stand
# after a space ("fini. »"), because a straight quote after a space opens the next sentence.
_END = re.compile(r"""(?:\.{3}|…|[.!?]+)(?:[»"”’')\]]|[\s\u00a0\u202f]+[»”])*|[。！？]+[」』）"”]*""")
_TOKEN_BEFORE = re.compile(r"([\w.\-'’°$]+)$")
_INITIALISM = re.compile(r"^(?:\w\.)+\w$|^\w$")
_SPACE = " \t\n\r\f\v\u00a0\u202f\u2009"


def _abbreviations_for(language: str | None) -> frozenset[str]:
    if language and language in ABBREVIATIONS:
        # English names and titles turn up in every language's news copy.
        return ABBREVIATIONS[language] | ABBREVIATIONS["en"]
    return _ALL_ABBREVIATIONS


def _is_abbreviation(before: str, abbreviations: frozenset[str]) -> bool:
    match = _TOKEN_BEFORE.search(before)
    if not match:
        return False
    token = match.group(1).lstrip("'’-").lower()
    if not token:
        return False
    if token in abbreviations or token.rstrip(".") in abbreviations:
        return True
    # "J.", "U.S", "J.-C": initials and initialisms, but not numbers ("en 2024.").
    if not token.isdigit() and _INITIALISM.match(token.replace("-", "")):
        return token.replace("-", "").replace(".", "").isalpha()
    return False


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, language: str | None = None
) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` offsets of the sentences of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    abbreviations = _abbreviations_for(language)
    cursor = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        mark = text[match.start()]
        if mark in "。！？":
            boundary = True
        else:
            following = text[stop:end]
            stripped = following.lstrip(_SPACE)
            if not stripped:
                boundary = True
            elif len(stripped) == len(following):
                boundary = False  # no space after the mark: "14.000", "NSA.gov", "1.5"
            else:
                first = stripped[0]
                boundary = not (first.islower() or first in ",;:)]»”")
                if boundary and mark == "." and not text[match.start() : match.end()].startswith(".."):
                    boundary = not _is_abbreviation(text[cursor : match.start()], abbreviations)
        if boundary:
            yield from _trimmed(text, cursor, stop)
            cursor = stop
    yield from _trimmed(text, cursor, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        yield start, end


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Split ``text`` into sentences (strings, whitespace trimmed)."""
    return [text[s:e] for s, e in sentence_spans(text, language=language)]


#: How many characters count as one word in the languages written without spaces between words.
#: They are conventions close to each language's average word length in characters (Chinese and
#: Japanese words are mostly one or two characters; Thai, Lao, Khmer and Burmese words are several
#: letters and marks), so that "50 words" makes a summary of similar reading length in any script.
CHARACTERS_PER_WORD: dict[str, int] = {"zh": 2, "ja": 2, "th": 4, "lo": 4, "km": 5, "my": 5}

# Runs of characters of the scripts written without spaces: Han (with kana, which Japanese mixes
# in, and the CJK extensions), Thai, Lao, Myanmar, Khmer. Each script's own default language says
# how many of its characters make a word when the caller's language is not one of those above.
_UNSPACED = {
    "ja": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "zh": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f",
    "th": "\u0e00-\u0e7f",
    "lo": "\u0e80-\u0eff",
    "my": "\u1000-\u109f\uaa60-\uaa7f",
    "km": "\u1780-\u17ff\u19e0-\u19ff",
}
_UNSPACED_RUN = re.compile("|".join(f"(?P<{code}>[{chars}]+)" for code, chars in _UNSPACED.items()))
_WORD_CHARACTER = re.compile(r"\w")


def count_words(text: str, language: str | None = None) -> int:
    """How many words ``text`` holds, counted the way a reader of ``language`` gets them.

    Tokens between spaces count one word each when they hold a letter or digit (punctuation alone
    is not a word). Characters of scripts written without spaces count
    :data:`CHARACTERS_PER_WORD` of ``language`` to a word (rounded up per run), or, when
    ``language`` is not one of those, the number of the script's own language (2 for Han and kana),
    so a Chinese name inside English copy still counts.
    """
    ratio = CHARACTERS_PER_WORD.get(language or "")
    words = 0
    for token in text.split():
        for run in _UNSPACED_RUN.finditer(token):
            characters = sum(1 for ch in run.group() if ch.isalnum())  # marks ride on their letter
            words += math.ceil(characters / (ratio or CHARACTERS_PER_WORD[run.lastgroup or "zh"]))
        rest = _UNSPACED_RUN.sub(" ", token)
        words += sum(1 for piece in rest.split() if _WORD_CHARACTER.search(piece))
    return words
