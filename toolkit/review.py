"""What an editor must check before a machine translation is published.

A :class:`Review` travels with every :class:`~toolkit.translation.Translation` (``.review``) and every
brief: the words the engine did not translate (:class:`UnknownWord`), the fidelity findings (figures,
dates, quotes, acronyms that do not match the source) and the glossary terms the output still lacks.

Unknown words come from two places. Engines that know what they did not translate (Apertium marks
every word missing from its dictionaries) hand the toolkit marked text (see
:mod:`toolkit.engines.base`); for neural engines, which never admit ignorance, source-language words
copied into the output are detected here (:func:`copied_words`), conservatively: a copied word must
look like the source language, not like the target language, and be neither a name nor a number.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .segment import ends_on_abbreviation, stopwords

if TYPE_CHECKING:
    from .glossary import TermReport

__all__ = ["Review", "UnknownKind", "UnknownWord", "copied_words"]

#: ``unknown``: not in the engine's dictionaries, copied through (Apertium ``*``);
#: ``untranslated``: analysed but no translation for it (Apertium ``@``);
#: ``uninflected``: translated, but the engine could not inflect it (Apertium ``#``);
#: ``copied``: a source-language word a neural engine left in the output.
UnknownKind = Literal["unknown", "untranslated", "uninflected", "copied"]


@dataclass(frozen=True)
class UnknownWord:
    """A word the engine did not translate, where it stands in the delivered text.

    ``segment`` indexes the translated segments (``Translation.segments``, or the list given to
    :meth:`toolkit.Pipeline.translate_segments`); ``start``/``end`` are offsets
    in that segment's translated text, so ``target[start:end] == word``. ``leg`` names the engine
    step that left the word: for a pivot (Apertium fr→es→en) a word unknown in the first leg
    (``"fr-es"``) is source-language text, one unknown only in the second (``"spa-eng"``) is text of
    the pivot language. ``name`` says the word is capitalised like a proper name: names are usually
    right to be kept, but no dictionary vouched for them.
    """

    word: str
    segment: int
    start: int
    end: int
    leg: str
    kind: UnknownKind = "unknown"
    name: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Review:
    """Everything in one translation that an editor must check before publishing.

    ``findings``: fidelity findings (each with ``.kind`` and ``.to_dict()``); ``missing_terms``:
    glossary terms whose house rendering is not in the output.
    """

    unknown_words: tuple[UnknownWord, ...] = ()
    findings: tuple[Any, ...] = ()
    missing_terms: tuple[TermReport, ...] = ()

    @property
    def ok(self) -> bool:
        """Nothing to check (an editor should still read the copy)."""
        return not (self.unknown_words or self.findings or self.missing_terms)

    def words_in(self, segment: int) -> tuple[UnknownWord, ...]:
        """The unknown words of one segment, in text order."""
        return tuple(w for w in self.unknown_words if w.segment == segment)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "unknown_words": [w.to_dict() for w in self.unknown_words],
            "findings": [f.to_dict() for f in self.findings],
            "missing_terms": [t.to_dict() for t in self.missing_terms],
        }


def looks_like_name(text: str, start: int, language: str | None = None) -> bool:
    """A capitalised word that does not open a sentence (an all-capital word is an acronym, and
    acronyms are names too): neither after the full stop of an abbreviation the segmenter knows in
    ``language`` ("M. Edis", "Dr. Ruby") nor after a hyphen that joins it to a capitalised word
    ("Montréal-Trudeau", "Hart-Scott-Rodino") or to the particle of a name ("Mohammed al-Qassas",
    not "un sentiment anti-Américain") does one open."""
    word = text[start:]
    if not word[:1].isupper():
        return False
    if sum(c.isupper() for c in word[:4]) > 1:
        return True
    if text[start - 1 : start] == "-":
        head = _HYPHENATED.search(text, max(0, start - 60), start)
        if head is None:
            return False
        particle = len(head.group(2)) <= SMALL_NAME_WORD and (head.group(1) or "")[:1].isupper()
        return head.group(2)[:1].isupper() or particle
    before = text[:start].rstrip()
    if before.endswith(".") and ends_on_abbreviation(before[:-1], language):
        return True
    return bool(before) and before[-1] not in ".!?:;«“\"'—–-("


#: The longest word a name writes in small letters: its particles and small words ("al-Maliki",
#: "Val-d'Oise", "News of the World", "Center for Democracy and Technology").
SMALL_NAME_WORD = 3
# The word before a hyphen, and the word before that.
_HYPHENATED = re.compile(r"(?:([^\W\d_]+)[ \u00a0])?([^\W\d_]+)-\Z")


# -- copied-through words (neural engines) --------------------------------------------------------

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
# A per-word language guess is noisy: a copied word is reported only when the source language is
# clearly ahead and the target language is nowhere near (many words are spelt alike in both).
_SOURCE_AT_LEAST = 0.3
_TARGET_BELOW = 0.1
_MIN_LETTERS = 3


@functools.lru_cache(maxsize=16)
def _stopwords(language: str) -> frozenset[str]:
    """The language's stopwords case-folded, as the words they are compared with."""
    return frozenset(w.casefold() for w in stopwords(language))


def copied_words(
    source: str,
    output: str,
    *,
    source_language: str,
    target_language: str,
    keep: Iterable[str] = (),
) -> list[tuple[int, int]]:
    """Spans of ``output`` that are source-language words copied through untranslated.

    A word counts when it also stands in ``source`` (case-insensitively), is not a name (capitalised
    mid-sentence in the source), a number, one of ``keep`` (glossary terms and renderings), nor a
    stop word of the target language, and the language detector reads it, alone, as the source
    language and not the target language.
    """
    keep_folded = {k.casefold() for k in keep}
    in_source: dict[str, bool] = {}
    for match in _WORD.finditer(source):
        folded = match.group(0).casefold()
        name = looks_like_name(source, match.start())
        in_source[folded] = in_source.get(folded, False) or name
    target_stops = _stopwords(target_language)
    candidates = []
    for match in _WORD.finditer(output):
        word = match.group(0)
        folded = word.casefold()
        if (
            folded not in in_source
            or in_source[folded]
            or len(folded) < _MIN_LETTERS
            or folded in keep_folded
            or folded in target_stops
            or looks_like_name(output, match.start())
        ):
            continue
        candidates.append((match.start(), match.end(), folded))
    if not candidates:
        return []
    source_stops = _stopwords(source_language)
    undecided = sorted({w for _, _, w in candidates if w not in source_stops})
    verdicts = dict.fromkeys(source_stops & {w for _, _, w in candidates}, True)
    verdicts.update(zip(undecided, _reads_as(undecided, source_language, target_language), strict=True))
    return [(start, end) for start, end, word in candidates if verdicts[word]]


def _reads_as(words: Sequence[str], source_language: str, target_language: str) -> list[bool]:
    if not words:
        return []
    from .detection import supported_languages

    if source_language not in supported_languages():
        return [False] * len(words)
    detections = _detector().detect_many(list(words), paragraphs=False)
    verdicts = []
    for detection in detections:
        scores = {detection.language: detection.confidence}
        for alternative in detection.alternatives:
            scores.setdefault(alternative.language, alternative.confidence)
        verdicts.append(
            scores.get(source_language, 0.0) >= _SOURCE_AT_LEAST
            and scores.get(target_language, 0.0) < _TARGET_BELOW
        )
    return verdicts


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from .detection import LanguageDetector

    return LanguageDetector()
