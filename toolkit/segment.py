"""Sentence segmentation for any language, tuned for news wire copy; offsets index the given text.

A sentence ends at a sentence-final mark of any script (Unicode's ``Sentence_Terminal``: ``. ! ?``,
Devanagari ``। ॥``, Arabic/Urdu ``؟ ۔``, CJK ``。！？``, Ethiopic ``።``, Myanmar ``။``, Khmer ``។``,
Canadian syllabics ``᙮`` ...), taking along the closing quotes and brackets of any script
(``Sentence_Break=Close``: ``» ” “ 」 』 ）`` ...). After a full stop the next sentence must start
after a space with no lower-case letter or continuing punctuation (``, ; : –``), as in Unicode's
segmentation rules (UAX #29); marks of scripts that do not put spaces between sentences (CJK, Thai
and Indic dandas...) end a sentence without one. A full stop does not end a sentence after:

* an abbreviation of the language: ICU's sentence-break suppressions from CLDR
  (``toolkit/_abbreviations.json``, built by ``scripts/build_abbreviations.py``; case-sensitive,
  "Nr." "z.B." "M." "проф."), plus the short lists below for what CLDR lacks (wire titles, Czech,
  Hindi); with no language, those of every language;
* initials and initialisms ("J.", "U.S.") and numbers inside a token ("14.000", "NSA.gov");
* an ordinal number in the languages that write ordinals with a full stop ("am 4. Juni", "2. místo")
  unless the next word is one that starts sentences (a stopword: "Die", "Am").

Thai and Lao mark a sentence end with a space only (they put none between words): a space between
two letters of those scripts ends a sentence, except after the repetition mark ``ๆ`` ("ต่างๆ นานา");
a space next to a digit or a Latin name does not ("ปี 2557", "กับ Apple").

Pure Python with no model: deterministic and fast (a few µs per sentence).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

import regex

__all__ = [
    "ABBREVIATIONS",
    "CHARACTERS_PER_WORD",
    "ORDINAL_DOT_LANGUAGES",
    "count_words",
    "ends_on_abbreviation",
    "ends_sentence",
    "first_words",
    "join_sentences",
    "sentence_spans",
    "split_sentences",
    "stopwords",
    "unwrap",
    "without_full_stop",
]

#: Lower-cased abbreviations (without the final dot) after which a period does not end a sentence,
#: for what CLDR's suppressions lack: wire-copy titles and units, and languages CLDR has no list for.
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
    "ru": frozenset("""г гг им т.е т.к т.д т.п др пр ул д см млн млрд тыс руб""".split()),
    "cs": frozenset(
        """tzv např mj resp tj atd apod popř př č čís str odd ing mgr bc judr mudr phdr rndr doc
        prof p pí sv min max mil mld tis kč hod ul nám""".split()
    ),
    "hi": frozenset("""डॉ डा श्री सं ई पू""".split()),
}
_ALL_ABBREVIATIONS = frozenset().union(*ABBREVIATIONS.values())

#: Words that never open a sentence in languages without letter case, where case cannot tell an
#: abbreviation's full stop from a sentence end: Hindi postpositions ("एन.ओ.टी.डब्लू. के संपादक",
#: "कैपिटलएफएम. की संचालक", "200. से").
_NEVER_FIRST: dict[str, frozenset[str]] = {"hi": frozenset("का की के को ने से में पर तक".split())}

#: Languages that write ordinal numbers with a full stop ("4. Juni", "2. místo").
ORDINAL_DOT_LANGUAGES = frozenset("bs cs da de et fi fo hr hu is lv nb nn no pl sk sl sr tr".split())

# Unicode's sentence-break classes, as the `regex` module knows them. Myanmar's little section
# (U+104A) is a comma in use, not an end.
_TERMINAL = r"\p{Sentence_Break=STerm}--[\u104a]"
_FULL_STOP = r"\p{Sentence_Break=ATerm}"
_CLOSE = r"\p{Sentence_Break=Close}"
# A sentence that goes on after the mark starts with a comma-like mark; dashes are left out,
# because Russian and French dialogue opens its lines with one ("— Вы можете уйти").
_CONTINUES = regex.compile(r"[\p{Sentence_Break=SContinue}--\p{Pd}]|\p{Ll}", regex.V1)
# Terminals that end a sentence with no space after them: those of the scripts that set none
# (CJK, Indic, Ethiopic, Myanmar, Khmer...), not Latin's "Yahoo!" or "?!" inside a token.
_LATIN_PUNCTUATION = r"\p{Block=Basic_Latin}\p{Block=General_Punctuation}\p{Block=Supplemental_Punctuation}"
_UNSPACED_TERMINAL = rf"[{_TERMINAL}--[{_LATIN_PUNCTUATION}]]"
_SPACE = " \t\n\r\f\v\u00a0\u202f\u2009\u3000"
# The closers that a space may separate from the mark they close: French "fini. »".
_SPACED_CLOSE = "»”"
# A terminal takes along the closing quotes and brackets after it, but not an opening bracket
# ("。「次」"); after a CJK mark, whose next sentence follows with no space, not an opening quote
# either ("。“下一句").
_END = regex.compile(
    rf"{_UNSPACED_TERMINAL}+[\p{{Pe}}\p{{Pf}}\"']*"
    rf"|(?:\.{{3}}|…|[{_TERMINAL}||{_FULL_STOP}]+)(?:[{_CLOSE}--\p{{Ps}}]|[{_SPACE}]+[{_SPACED_CLOSE}])*",
    regex.V1,
)
_TOKEN_BEFORE = regex.compile(r"([\w.\-'’°$]+)$")
# Initials and initialisms: "J.", "U.S", "एन.एस.ए" (a letter with its marks, or two in Indic
# scripts, whose initials are syllables).
_LETTER = r"\p{L}\p{M}*"
_INITIALISM = regex.compile(rf"^(?:(?:{_LETTER}){{1,2}}\.)+(?:{_LETTER}){{1,2}}$|^{_LETTER}$")
_NUMBER_BEFORE = regex.compile(r"(?<![\w.,])\d[\d.,]*\s+[\w.$€£¥]+$")
_ORDINAL = regex.compile(r"(?<![\w.,])\d{1,3}$")
_WORD = regex.compile(r"\w+")
_FULL_STOPS = regex.compile(rf"[{_FULL_STOP}]")
_UNSPACED_END = regex.compile(_UNSPACED_TERMINAL, regex.V1)
_HIRAGANA = regex.compile(r"\p{Script=Hiragana}")
_NOT_SPACE = regex.compile(rf"[^{_SPACE}]")
_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}")
_CASELESS = regex.compile(r"[\p{L}--\p{Lu}--\p{Ll}--\p{Lt}]", regex.V1)
_CASELESS_SHORT = regex.compile(r"(?<![\w.])(?:[\p{L}--\p{Lu}--\p{Ll}--\p{Lt}]\p{M}*){1,2}$", regex.V1)


@lru_cache(maxsize=1)
def _suppressions() -> dict[str, frozenset[str]]:
    """ICU/CLDR's case-sensitive suppressions per language, each without its final full stop."""
    data = json.loads(resources.files("toolkit").joinpath("_abbreviations.json").read_text("utf-8"))
    return {lang: frozenset(e.rstrip(".") for e in entries) for lang, entries in data["languages"].items()}


@lru_cache(maxsize=64)
def stopwords(language: str | None) -> frozenset[str]:
    """Lower-cased stopwords of an ISO 639-1 language (``stopwordsiso``): function words that
    start sentences here, and that summaries and headline cuts do not count as content. Empty for
    a language it lacks; never fails."""
    import stopwordsiso  # imported here: `import toolkit` stays fast

    if not language or not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(stopwordsiso.stopwords(language))


@lru_cache(maxsize=64)
def _rules(language: str | None) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(lower-cased abbreviations, case-sensitive suppressions, those of several words)."""
    suppressions = _suppressions()
    if language and (language in ABBREVIATIONS or language in suppressions):
        # English names and titles turn up in every language's news copy.
        lower = ABBREVIATIONS.get(language, frozenset()) | ABBREVIATIONS["en"]
        exact = suppressions.get(language, frozenset()) | suppressions["en"]
    else:
        lower, exact = _ALL_ABBREVIATIONS, frozenset().union(*suppressions.values())
    return lower, exact, tuple(sorted(e for e in exact if " " in e))


def ends_on_abbreviation(before: str, language: str | None) -> bool:
    """Whether a full stop right after ``before`` is an abbreviation's ("Dr", "U.S", "тыс", "J",
    CLDR's suppressions and :data:`ABBREVIATIONS` of ``language`` and English), not a sentence end."""
    match = _TOKEN_BEFORE.search(before)
    if not match:
        return False
    token = match.group(1).lstrip("'’-")
    if not token:
        return False
    lower, exact, multiword = _rules(language)
    folded = token.lower()
    if folded in lower or folded.rstrip(".") in lower or before.endswith(multiword):
        return True
    if not before[: match.start()].strip() and token[:1].isupper() and token[:1].lower() + token[1:] in exact:
        return True  # a lower-case entry opening its sentence: "Проф. Петров"
    # "J.", "U.S", "J.-C", "यू.एस": initials and initialisms, but not numbers ("en 2024.").
    if _INITIALISM.match(token.replace("-", "")):
        return True
    if token in exact:
        if not token.islower():
            return True
        # CLDR's lower-case entries are also words ("mer." Wednesday, "quart."): a stopword, or
        # one after an article ("la mer.", "un quart."), is the word.
        function_words = stopwords(language)
        previous = before[: match.start()].split()[-1:]
        return folded not in function_words and not (previous and previous[0].lower() in function_words)
    return False


def _is_ordinal(before: str, following: str, language: str | None) -> bool:
    if language not in ORDINAL_DOT_LANGUAGES or not _ORDINAL.search(before):
        return False
    word = _WORD.match(following)
    if word is None or word.group().isdigit():
        return False
    return word.group().lower() not in stopwords(language)


def _full_stop_continues(before: str, following: str, language: str | None) -> bool:
    """Whether a full stop followed by a space and a word that may start a sentence is no end."""
    if _CASELESS_SHORT.search(before) and _CASELESS.match(following):
        # Where case cannot tell, a word of one or two letters is a title: "मि." "प्रो." "د."
        return True
    word = _WORD.match(following)
    if word is not None and word.group() in _NEVER_FIRST.get(language or "", ()):
        return True
    if ends_on_abbreviation(before, language):
        # A unit after a number ("$900 млн.", "4,4 Md$.") ends a sentence before a capitalised
        # word, though not before initials ("300 av. J.-C.").
        return not (_CAPITALISED.match(following) and _NUMBER_BEFORE.search(before))
    return _is_ordinal(before, following, language)


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, language: str | None = None
) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` offsets of the sentences of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    cursor = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        marks = match.group()
        # What follows, up to a bounded window: slicing the whole rest would make this quadratic.
        after = _NOT_SPACE.search(text, stop, end)
        stripped = text[after.start() : min(end, after.start() + 64)] if after else ""
        if not stripped:
            boundary = True
        elif _CONTINUES.match(stripped):
            boundary = False  # "« Perdu ! » a-t-il dit", "etc. and", "?, said"
        elif after.start() == stop:
            # No space after the mark: "14.000", "NSA.gov", "Yahoo!" go on; "。" and "।" end.
            # A quote closed after its mark and followed by a Japanese particle goes on:
            # 「大阪だ！」と言った。
            boundary = _UNSPACED_END.search(marks) is not None and not (
                _UNSPACED_END.match(marks[-1]) is None and _HIRAGANA.match(stripped)
            )
        elif _FULL_STOPS.match(marks) and not marks.startswith(".."):
            # The words just before the mark decide; a bounded window keeps this linear.
            before = text[max(cursor, match.start() - 64) : match.start()]
            boundary = not _full_stop_continues(before, stripped, language)
        else:
            boundary = stripped[0] not in _SPACED_CLOSE
        if boundary:
            yield from _trimmed(text, cursor, stop)
            cursor = stop
    yield from _trimmed(text, cursor, end)


# A space between Thai (or Lao) letters, the repetition marks ๆ and ໆ excepted.
_THAI_LAO = r"[\p{Script=Thai}\p{Script=Lao}]"
_SPACE_ENDS = regex.compile(rf"(?<={_THAI_LAO}(?<![ๆໆ]))[ \t\u00a0]+(?={_THAI_LAO})", regex.V1)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for space in _SPACE_ENDS.finditer(text, start, end):
        yield from _trimmed_span(text, start, space.start())
        start = space.end()
    yield from _trimmed_span(text, start, end)


def _trimmed_span(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        yield start, end


# French typography sets a no-break space (or a narrow one) before a closing guillemet: « ... . »
_ENDS_SENTENCE = regex.compile(
    rf"(?:[{_TERMINAL}||{_FULL_STOP}]|…)[[{_CLOSE}--\p{{Ps}}]\u00a0\u202f]*$", regex.V1
)


def ends_sentence(line: str) -> bool:
    """Whether ``line`` (right-trimmed) ends with a sentence-final mark of any script ("।", "。"...),
    closing quotes or brackets included."""
    return _ENDS_SENTENCE.search(line) is not None


# A sentence's last mark, unless it ends an ellipsis ("...", "…"); the marks whose Unicode names
# say these words end no statement ("?", "؟", "！", "‽").
_NOT_FULL_STOPS = ("QUESTION", "EXCLAMATION", "INTERROBANG")
_FINAL_MARK = regex.compile(rf"(?<![.…])[{_TERMINAL}||{_FULL_STOP}]$", regex.V1)


def without_full_stop(text: str) -> str:
    """``text`` without its final full stop, in any script ("." "。" "।" "۔" "።"...), as a headline
    or a list item reads; a question or exclamation mark and an ellipsis stay."""
    mark = _FINAL_MARK.search(text)
    if mark is None or any(w in unicodedata.name(mark.group(), "") for w in _NOT_FULL_STOPS):
        return text
    return text[: mark.start()].rstrip()


_LINE_BREAK = re.compile(r"[ \t\r]*\n\s*")
# A compound broken after its hyphen ("al-\nSham"): wrapping tools such as Python's textwrap do it.
_HYPHEN_BREAK = re.compile(r"(?<=\w-)\r?\n\s*(?=\w)")


def unwrap(text: str) -> str:
    """``text`` with each line break (and the spaces around it) as one space, or as nothing after a
    compound's hyphen: a sentence of hard-wrapped copy as one line, the way an engine and a
    reader should get it."""
    return _LINE_BREAK.sub(" ", _HYPHEN_BREAK.sub("", text))


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


def first_words(text: str, words: int, language: str | None = None) -> int:
    """Where the first ``words`` words of ``text`` end (as :func:`count_words` counts them): after
    a whole word, or after any character of a script written without spaces."""
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    ends += [m.start() + i + 1 for m in _UNSPACED_RUN.finditer(text) for i in range(len(m.group()))]
    return max((end for end in ends if count_words(text[:end], language) <= words), default=0)


_CJK = (
    r"\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}"
    r"\p{Block=CJK_Symbols_and_Punctuation}\p{Block=Halfwidth_and_Fullwidth_Forms}"
)
_CJK_END = regex.compile(rf"[{_CJK}][\p{{Pe}}\p{{Pf}}\"']*$")
_CJK_START = regex.compile(rf"[\p{{Pi}}\p{{Ps}}\"']*[{_CJK}]")


def join_sentences(sentences: Iterable[str]) -> str:
    """Sentences as running text: a space between them, none after a sentence of a script that
    sets none (Chinese, Japanese: "首都。大阪")."""
    out = ""
    for sentence in sentences:
        if out and not (_CJK_END.search(out) and _CJK_START.match(sentence)):
            out += " "
        out += sentence
    return out
