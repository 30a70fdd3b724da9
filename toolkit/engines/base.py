"""The engine contract: every translation engine is one class behind :class:`Engine`, published as an
:class:`EnginePlugin`.

Engines translate *segments* (sentences the toolkit has already split, protected and batched); they
never split text themselves and never touch the network while translating. Callers learn what they
need from the engine itself (its pairs, its preferred batch size, whether it copies unknown tokens
through) and never branch on an engine's name.

Optional capabilities, each a small protocol of its own (an engine without one gets the default;
callers ask through :func:`marks_unknown_words` and :func:`legs`, never by attribute lookup):

:class:`MarksUnknownWords` (default: no marks)
    ``marks_unknown_words = True``: the strings ``translate_batch`` returns carry every word the
    engine did not translate wrapped in :func:`mark_unknown`. The translator strips the marks
    (:func:`unmark`) and reports the words (``Translation.review``); the marks live in the
    translation memory with the text, so a cached segment reports its unknown words too. Engines
    without marks get their source-language words left in the output detected instead
    (:func:`toolkit.review.copied_words`).
:class:`PivotRoute` (default: one leg, the model id)
    ``legs(source, target) -> tuple[str, ...]``: the steps of a pivot translation, in order
    (Apertium fr→en: ``("fr-es", "spa-eng")``); the ``leg`` of a mark indexes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "CONSONANTS",
    "MARK_KINDS",
    "Engine",
    "EnginePlugin",
    "Mark",
    "MarksUnknownWords",
    "PivotRoute",
    "consonant_code",
    "legs",
    "mark_unknown",
    "marks_unknown_words",
    "strip_opening_marks",
    "unmark",
]

#: What a mark may say about its word (see :data:`toolkit.review.UnknownKind`).
MARK_KINDS = ("unknown", "untranslated", "uninflected")
# Marks are Unicode noncharacters, which no interchanged text contains: U+FDD0 + 3 * leg + kind
# opens a marked word, U+FDEF closes it (up to 10 legs).
_OPEN = 0xFDD0
_CLOSE = "\uFDEF"
_MARKED = re.compile("([\uFDD0-\uFDEE])([^\uFDD0-\uFDEF]*)\uFDEF")
_STRAY = re.compile("[\uFDD0-\uFDEF]")
_OPENINGS = "".join(map(chr, range(_OPEN, ord(_CLOSE))))

Mark = tuple[int, int, int, str]
"""``(start, end, leg, kind)`` of a marked word in the unmarked text."""

# Consonants only, so a word made of them is no word in any language an engine knows.
#: The letters of :func:`consonant_code`.
CONSONANTS = "bcdfghjklmnpqrstvwxz"


def consonant_code(index: int) -> str:
    """``index`` in base 20 on consonants ("b", "c", …, "cb"): the core of a stand-in word that no
    language has, which an engine copies through untranslated (glossary placeholders, Apertium's
    pivot stand-ins)."""
    code = ""
    while True:
        code = CONSONANTS[index % len(CONSONANTS)] + code
        index //= len(CONSONANTS)
        if index == 0:
            return code


def mark_unknown(word: str, leg: int = 0, kind: str = "unknown") -> str:
    """``word`` marked as not translated by step ``leg`` of the engine, for ``kind`` (a MARK_KINDS)."""
    return chr(_OPEN + 3 * leg + MARK_KINDS.index(kind)) + word + _CLOSE


def strip_opening_marks(text: str) -> str:
    """``text`` without the marks that open a word right after it: where that word really starts."""
    return text.rstrip(_OPENINGS)


def unmark(text: str) -> tuple[str, list[Mark]]:
    """The text without marks, and where the marked words stand in it."""
    if not _STRAY.search(text):
        return text, []
    pieces: list[str] = []
    marks: list[Mark] = []
    length = 0
    cursor = 0
    for match in _MARKED.finditer(text):
        before = _STRAY.sub("", text[cursor : match.start()])
        pieces.append(before)
        length += len(before)
        code = ord(match.group(1)) - _OPEN
        word = match.group(2)
        if word:
            marks.append((length, length + len(word), code // 3, MARK_KINDS[code % 3]))
        pieces.append(word)
        length += len(word)
        cursor = match.end()
    pieces.append(_STRAY.sub("", text[cursor:]))
    return "".join(pieces), marks


@runtime_checkable
class Engine(Protocol):
    """A loaded translation engine. Instances may hold models in memory: reuse them, then ``close()``."""

    #: Registry name: "argos", "transformers", "apertium", or a plugin's name.
    name: str
    #: Segments per ``translate_batch`` call the Pipeline sends when the caller does not choose:
    #: process-based engines want large calls (each starts processes), GPU engines their batch size.
    preferred_batch_size: int
    #: True when a token the engine does not know comes out unchanged (rule-based engines): the
    #: glossary can then protect a term behind a placeholder. Neural engines may drop or re-spell
    #: placeholders, so the glossary substitutes house renderings instead.
    copies_unknown_tokens: bool

    def pairs(self) -> set[tuple[str, str]]:
        """Language pairs (ISO 639-1 codes) this engine can translate now, pivots included."""
        ...

    def model_id(self, source: str, target: str) -> str:
        """A stable identifier of the model used for this pair (part of cache keys and provenance)."""
        ...

    def version(self) -> str:
        """The engine's own version (library or package version)."""
        ...

    def translate_batch(self, segments: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each segment; returns exactly one output per input, in order."""
        ...

    def close(self) -> None:
        """Release models, processes and threads. Idempotent."""
        ...


@runtime_checkable
class MarksUnknownWords(Protocol):
    """Optional capability: the engine's outputs mark the words it did not translate."""

    marks_unknown_words: bool


@runtime_checkable
class PivotRoute(Protocol):
    """Optional capability: the engine names the steps of its route for a pair."""

    def legs(self, source: str, target: str) -> tuple[str, ...]:
        """The steps, in order; a mark's ``leg`` indexes them."""
        ...


def marks_unknown_words(engine: Engine) -> bool:
    """Whether ``engine``'s outputs carry :func:`mark_unknown` marks (:class:`MarksUnknownWords`)."""
    return isinstance(engine, MarksUnknownWords) and engine.marks_unknown_words


def legs(engine: Engine, source: str, target: str) -> tuple[str, ...]:
    """The named steps of ``engine``'s route for the pair: its :class:`PivotRoute` legs, else one
    leg, the model id."""
    named = tuple(engine.legs(source, target)) if isinstance(engine, PivotRoute) else ()
    return named or (engine.model_id(source, target),)


def _no_models() -> list[str]:
    return []


@dataclass(frozen=True)
class EnginePlugin:
    """What an engine package publishes (built-in, or through the ``toolkit.engines`` entry point).

    Everything here must be cheap: ``available_pairs`` and ``installed_models`` read metadata or list
    files (no model load, no network); ``create`` loads nothing until the first translation.
    """

    #: Registry name, as used by ``--engine``.
    name: str
    #: ``create(*, model=None, device="auto", **options) -> Engine``. Raise
    #: :class:`~toolkit.errors.EngineNotAvailableError` when the engine's packages are missing and
    #: :class:`~toolkit.errors.ModelNotFoundError` when ``model`` is not installed, naming the fix.
    create: Callable[..., Engine]
    #: Pairs the engine can translate right now, pivots included.
    available_pairs: Callable[[], set[tuple[str, str]]]
    #: How to install the engine itself (shown by ``toolkit doctor``).
    install_hint: str
    #: Installed models or packages, one line each, for ``toolkit doctor``.
    installed_models: Callable[[], list[str]] = _no_models
    #: The command that installs one missing pair; ``{source}`` and ``{target}`` are filled in.
    pair_install_hint: str = "toolkit models install {source} {target}"

    def pair_install_command(self, source: str, target: str) -> str:
        """The command that installs ``source→target`` for this engine."""
        return self.pair_install_hint.format(source=source, target=target)
