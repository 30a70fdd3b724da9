"""Translation: documents in, :class:`Translation` (text, segments, provenance, reports) out.

The flow (docs/architecture.md, "Translation flow"): parse the text into sentences, let
:func:`toolkit.glossary.enforce` protect the glossary's terms around the engine call, look every
segment up in the translation memory and send only the misses to the engine — in batches that span
*documents*, which is what makes neural engines fast — then rebuild the paragraph layout and check
fidelity.

Batching across documents with a glossary: ``enforce`` runs once per document (its report is per
document) and may call the engine several times (repairs). Each document's ``enforce`` runs in its
own thread; their engine calls meet at a rendezvous and go to the engine together, in document order.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .document import Document, check_text, parse
from .errors import EngineError, UsageError
from .facts import localize_numbers
from .fidelity import FidelityReport
from .fidelity import check as check_fidelity
from .glossary import Glossary, GlossaryReport, enforce, fold
from .langcodes import check as check_language
from .langcodes import pair_error
from .memory import TranslationMemory
from .review import Review, UnknownKind, UnknownWord, copied_words, looks_like_name

if TYPE_CHECKING:  # imported lazily at run time: `import toolkit` must stay light
    from .engines.base import Engine

__all__ = [
    "Segment",
    "Timings",
    "TranslatedSegments",
    "Translation",
    "Translator",
    "load_glossary",
    "translate",
]

#: What callers may pass as a glossary: a loaded one, a file, or several files (merged in order).
GlossarySpec = Glossary | str | os.PathLike[str] | Sequence[str | os.PathLike[str] | Glossary] | None

# Documents are translated together up to these limits (one enforcement thread per document); the
# engine then gets their segments in slices of the batch size.
_MAX_DOCUMENTS = 64
_MAX_SEGMENTS = 2048


@dataclass(frozen=True)
class Segment:
    """One translated piece: ``source == text[start:end]`` of the original document."""

    source: str
    target: str
    start: int
    end: int
    from_memory: bool = False


@dataclass(frozen=True)
class Timings:
    """Seconds spent per stage for one document (``engine`` is its share of shared batches)."""

    prepare: float = 0.0
    engine: float = 0.0
    glossary: float = 0.0
    fidelity: float = 0.0
    total: float = 0.0


@dataclass(frozen=True)
class Translation:
    """A translated document and where it came from. ``engine == "none"`` when source == target."""

    text: str
    source_language: str
    target_language: str
    engine: str
    model: str | None
    engine_version: str | None
    glossary_version: str | None
    segments: tuple[Segment, ...]
    glossary_report: GlossaryReport
    fidelity: FidelityReport
    timings: Timings
    #: What an editor must check: words the engine did not translate, fidelity findings, missing terms.
    review: Review = Review()

    @property
    def signature(self) -> str:
        """One line that says how this text was produced, sacrebleu-style: enough to reproduce it.
        ``toolkit:0.1.0|pair:fr-en|engine:apertium@3.8.3|model:fr-es@…+spa-eng@…|glossary:…``"""
        from . import __version__

        return "|".join(
            [
                f"toolkit:{__version__}",
                f"pair:{self.source_language}-{self.target_language}",
                f"engine:{self.engine}@{self.engine_version or 'none'}",
                f"model:{self.model or 'none'}",
                f"glossary:{self.glossary_version or 'none'}",
            ]
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``toolkit translate --json``)."""
        return {
            "signature": self.signature,
            "text": self.text,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "engine": self.engine,
            "model": self.model,
            "engine_version": self.engine_version,
            "glossary_version": self.glossary_version,
            "segments": [asdict(s) for s in self.segments],
            "glossary_report": self.glossary_report.to_dict(),
            "fidelity": self.fidelity.to_dict(),
            "timings": asdict(self.timings),
            "review": self.review.to_dict(),
        }


@dataclass(frozen=True)
class TranslatedSegments:
    """Chosen sentences translated (:meth:`Translator.translate_segments_reviewed`): one output per
    segment, the glossary report, and the words the engine did not translate (``segment`` indexes
    ``outputs``)."""

    outputs: tuple[str, ...]
    glossary_report: GlossaryReport
    unknown_words: tuple[UnknownWord, ...] = ()


def load_glossary(spec: GlossarySpec) -> Glossary | None:
    """A glossary from ``None``, a :class:`~toolkit.glossary.Glossary`, a path, or several of those
    (merged in order)."""
    if spec is None:
        return None
    if isinstance(spec, Glossary):
        return spec
    if isinstance(spec, (str, os.PathLike)):
        return Glossary.load(Path(spec))
    loaded = [g if isinstance(g, Glossary) else Glossary.load(Path(g)) for g in spec]
    if not loaded:
        return None
    return loaded[0] if len(loaded) == 1 else Glossary.merge(*loaded)




# -- documents ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    """A parsed document and its pieces: per paragraph, the ``(start, end)`` spans to translate."""

    text: str
    document: Document
    source: str
    pieces: tuple[tuple[tuple[int, int], ...], ...]
    seconds: float

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [span for paragraph in self.pieces for span in paragraph]

    def assemble(self, outputs: Sequence[str]) -> str:
        """The translated text with the source's layout: paragraph breaks and surrounding blanks kept."""
        chunks: list[str] = []
        cursor = 0
        position = 0
        for paragraph, spans in zip(self.document.paragraphs, self.pieces, strict=True):
            chunks.append(self.text[cursor : paragraph.start])
            translated = outputs[position : position + len(spans)]
            position += len(spans)
            chunks.append(" ".join(t for t in translated if t))
            cursor = paragraph.end
        chunks.append(self.text[cursor:])
        return "".join(chunks)


def _pieces(document: Document) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Sentences of every paragraph, plus any text they leave out (a dateline) as its own piece:
    everything is translated."""
    text = document.text
    result = []
    for paragraph in document.paragraphs:
        spans: list[tuple[int, int]] = []
        cursor = paragraph.start
        for sentence in paragraph.sentences:
            if text[cursor : sentence.start].strip():
                spans.append(_strip_span(text, cursor, sentence.start))
            spans.append((sentence.start, sentence.end))
            cursor = sentence.end
        if text[cursor : paragraph.end].strip():
            spans.append(_strip_span(text, cursor, paragraph.end))
        result.append(tuple(spans))
    return tuple(result)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def _prepare(text: str, source: str | None) -> _Prepared:
    started = time.perf_counter()
    check_text(text, "the text to translate")
    if source is None:
        source = _detect(text)
    document = parse(text, source)
    return _Prepared(text, document, source, _pieces(document), time.perf_counter() - started)


def _detect(text: str) -> str:
    from .detection import detect

    return check_language(detect(text, paragraphs=False).language, "detected source language")


# -- rendezvous ------------------------------------------------------------------------------------

_Run = Callable[[list[str]], tuple[list[str], list[bool]]]


class _Rendezvous:
    """Merges the engine calls of several enforcement threads into one engine call, made by the
    thread that runs :meth:`serve` (the caller's: engines and memory connections stay on it).

    A batch goes out once every thread still working is waiting on an engine call; calls are
    combined in party order, so the engine sees the same batch whatever the scheduling.
    """

    def __init__(self, parties: int, run: _Run) -> None:
        self._condition = threading.Condition()
        self._active = parties
        self._pending: dict[int, list[str]] = {}
        self._results: dict[int, tuple[list[str], list[bool]] | BaseException] = {}
        self._run = run
        #: Memory hits of each party's first call (its own segments, before any repair).
        self.first_hits: dict[int, list[bool]] = {}

    def call(self, party: int, segments: list[str]) -> list[str]:
        """The engine call of one enforcement thread: waits for :meth:`serve` to run the batch."""
        with self._condition:
            self._pending[party] = segments
            self._condition.notify_all()
            while party not in self._results:
                self._condition.wait()
            result = self._results.pop(party)
        if isinstance(result, BaseException):
            raise result
        outputs, hits = result
        self.first_hits.setdefault(party, hits)
        return outputs

    def leave(self) -> None:
        """An enforcement thread is done (or failed)."""
        with self._condition:
            self._active -= 1
            self._condition.notify_all()

    def serve(self) -> None:
        """Run combined engine calls until every party has left."""
        with self._condition:
            while True:
                while self._active and len(self._pending) < self._active:
                    self._condition.wait()
                if not self._active:
                    return
                self._flush()

    def _flush(self) -> None:
        parties = sorted(self._pending)
        combined = [s for party in parties for s in self._pending[party]]
        try:
            outputs, hits = self._run(combined)
        except BaseException as exc:  # noqa: BLE001 - handed to every waiting thread, raised there
            for party in parties:
                self._results[party] = exc
        else:
            position = 0
            for party in parties:
                size = len(self._pending[party])
                self._results[party] = (outputs[position : position + size], hits[position : position + size])
                position += size
        self._pending.clear()
        self._condition.notify_all()


# -- the translator ---------------------------------------------------------------------------------


class Translator:
    """One engine (created once, reused), a glossary and a translation memory, for many texts.

    ``engine``: a registry name ("argos", "transformers", "apertium"), an :class:`Engine` instance
    (used as is and not closed here), or ``None`` to pick the best engine per language pair.
    ``glossary``: a Glossary, a path or several paths. ``memory``: a
    :class:`~toolkit.memory.TranslationMemory`, the path of one, or ``None`` for no cache.
    ``batch_size``: segments per engine call (default: the engine's ``preferred_batch_size``, else 32).
    Not thread-safe: share one between threads under a lock, or use one per thread.
    """

    def __init__(
        self,
        engine: str | Engine | None = None,
        *,
        model: str | None = None,
        device: str = "auto",
        glossary: GlossarySpec = None,
        memory: TranslationMemory | str | os.PathLike[str] | None = None,
        batch_size: int | None = None,
        **engine_options: Any,
    ) -> None:
        if batch_size is not None and batch_size < 1:
            raise UsageError(f"batch_size must be at least 1, not {batch_size}")
        if isinstance(engine, str):
            from . import engines

            if engine not in engines.names():
                raise UsageError(f"unknown engine {engine!r}: choose one of {', '.join(engines.names())}")
        self.glossary: Glossary | None = load_glossary(glossary)
        self._owns_memory = isinstance(memory, (str, os.PathLike))
        if self._owns_memory:
            memory = TranslationMemory(memory)  # type: ignore[arg-type]
        self.memory: TranslationMemory | None = memory  # type: ignore[assignment]
        self.batch_size = batch_size
        self._engine_spec = engine
        self._model = model
        self._device = device
        self._options = engine_options
        self._engines: dict[str, Engine] = {}
        self._pairs: dict[str, set[tuple[str, str]]] = {}
        self._closed = False

    # -- engines -----------------------------------------------------------------------------

    def engine_for(self, source: str, target: str) -> Engine:
        """The engine that translates ``source→target`` (created on first use, then reused)."""
        if self._closed:
            raise UsageError("this Translator is closed; create a new one")
        from . import engines

        spec = self._engine_spec
        if spec is not None and not isinstance(spec, str):
            engine = spec
        else:
            name = spec if spec is not None else engines.choose(source, target)
            if name not in self._engines:
                self._engines[name] = engines.create(
                    name, model=self._model, device=self._device, **self._options
                )
            engine = self._engines[name]
        if engine.name not in self._pairs:
            self._pairs[engine.name] = engine.pairs()
        if (source, target) not in self._pairs[engine.name]:
            pairs = {engine.name: sorted(self._pairs[engine.name])}
            hints = (
                {engine.name: engines.plugin(engine.name).pair_install_command(source, target)}
                if engine.name in engines.names()
                else {}
            )
            raise pair_error(source, target, pairs, engine=engine.name, hints=hints)
        return engine

    def _runner(
        self, engine: Engine, source: str, target: str, clock: list[float], batch_size: int | None = None
    ) -> _Run:
        """``segments -> (outputs, memory hits)``: memory first, the misses to the engine in
        batches (shortest first, duplicates once), results stored. Adds engine seconds to ``clock``."""
        model = engine.model_id(source, target)
        version = engine.version()
        glossary_version = self.glossary.version if self.glossary is not None else None
        memory = self.memory
        size = batch_size or self.batch_size or engine.preferred_batch_size

        def run(segments: list[str]) -> tuple[list[str], list[bool]]:
            key: dict[str, Any] = {"engine": engine.name, "model": model, "source": source, "target": target,
                                   "glossary_version": glossary_version, "engine_version": version}
            found = memory.get_many(segments, **key) if memory is not None else [None] * len(segments)
            unknown = (s for s, f in zip(segments, found, strict=True) if f is None)
            misses = sorted(dict.fromkeys(unknown), key=len)
            translated: dict[str, str] = {}
            started = time.perf_counter()
            for start in range(0, len(misses), size):
                batch = misses[start : start + size]
                outputs = engine.translate_batch(batch, source, target)
                if len(outputs) != len(batch):
                    raise EngineError(
                        f"the {engine.name} engine returned {len(outputs)} outputs for {len(batch)} "
                        "segments: report this bug"
                    )
                translated.update(zip(batch, outputs, strict=True))
            clock[0] += time.perf_counter() - started
            if memory is not None and translated:
                memory.put_many(translated.items(), **key)
            return [f if f is not None else translated[s] for s, f in zip(segments, found, strict=True)], [
                f is not None for f in found
            ]

        return run

    # -- translation -------------------------------------------------------------------------

    def translate(self, text: str, *, target: str, source: str | None = None) -> Translation:
        """Translate one document into ``target`` (source detected when ``None``)."""
        return next(self.translate_many([text], target=target, source=source))

    def translate_many(
        self,
        texts: Iterable[str],
        *,
        target: str,
        source: str | None = None,
        batch_size: int | None = None,
    ) -> Iterator[Translation]:
        """Translate many documents, in order, lazily. Segments of consecutive documents with the
        same language pair go to the engine together, ``batch_size`` segments per engine call."""
        target = check_language(target, "target")
        if source is not None:
            source = check_language(source, "source")
        if batch_size is not None and batch_size < 1:
            raise UsageError(f"batch_size must be at least 1, not {batch_size}")
        # Arguments are checked now, texts as they are read: a generator would do neither until used.
        return self._translate_stream(texts, target, source, batch_size)

    def _translate_stream(
        self, texts: Iterable[str], target: str, source: str | None, batch_size: int | None
    ) -> Iterator[Translation]:
        chunk: list[_Prepared] = []
        segments = 0
        for text in texts:
            prepared = _prepare(text, source)
            chunk.append(prepared)
            segments += len(prepared.spans)
            if segments >= _MAX_SEGMENTS or len(chunk) >= _MAX_DOCUMENTS:
                yield from self._translate_chunk(chunk, target, batch_size)
                chunk, segments = [], 0
        if chunk:
            yield from self._translate_chunk(chunk, target, batch_size)

    def _translate_chunk(
        self, chunk: list[_Prepared], target: str, batch_size: int | None
    ) -> Iterator[Translation]:
        results: dict[int, Translation] = {}
        by_source: dict[str, list[int]] = {}
        for index, prepared in enumerate(chunk):
            by_source.setdefault(prepared.source, []).append(index)
        for source, indexes in by_source.items():
            documents = [chunk[i] for i in indexes]
            if source == target:
                translations = [self._unchanged(d) for d in documents]
            else:
                translations = self._translate_group(documents, source, target, batch_size)
            results.update(zip(indexes, translations, strict=True))
        for index in range(len(chunk)):
            yield results[index]

    def _translate_group(
        self, documents: list[_Prepared], source: str, target: str, batch_size: int | None
    ) -> list[Translation]:
        engine = self.engine_for(source, target)
        clock = [0.0]
        run = self._runner(engine, source, target, clock, batch_size)
        rendezvous = _Rendezvous(len(documents), run)
        outcomes: list[TranslatedSegments | BaseException] = [RuntimeError("not run")] * len(documents)

        def work(party: int) -> None:
            try:
                texts = [documents[party].text[s:e] for s, e in documents[party].spans]
                call = functools.partial(rendezvous.call, party)
                outcomes[party] = self._enforce(texts, call, source, target, engine)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread below
                outcomes[party] = exc
            finally:
                rendezvous.leave()

        started = time.perf_counter()
        threads = [threading.Thread(target=work, args=(i,), daemon=True) for i in range(len(documents))]
        for thread in threads:
            thread.start()
        rendezvous.serve()  # returns once every thread has left; they only have to finish up
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome
        total_segments = sum(len(d.spans) for d in documents) or 1
        model = engine.model_id(source, target)
        version = engine.version()
        translations = []
        for party, document in enumerate(documents):
            done = outcomes[party]
            assert isinstance(done, TranslatedSegments)
            hits = rendezvous.first_hits.get(party, [])
            share = len(document.spans) / total_segments
            engine_seconds = clock[0] * share
            translations.append(
                self._finish(document, done, hits, source, target, engine.name, model, version,
                             engine_seconds, max(0.0, wall * share - engine_seconds))
            )
        return translations

    def _enforce(
        self,
        segments: list[str],
        engine_call: Callable[[list[str]], list[str]],
        source: str,
        target: str,
        engine: Engine,
    ) -> TranslatedSegments:
        outputs, report = enforce(
            self.glossary, segments, engine_call, source=source, target=target,
            copies_unknown_tokens=engine.copies_unknown_tokens,
        )
        # Engines often copy figures verbatim ("14.000 displaced"): write them the target's way.
        localized = [localize_numbers(s, o, source, target) for s, o in zip(segments, outputs, strict=True)]
        return self._unknown_words(segments, localized, report, source, target, engine)

    def _unknown_words(
        self, segments: list[str], outputs: list[str], report: GlossaryReport, source: str, target: str,
        engine: Engine,
    ) -> TranslatedSegments:
        """Outputs without the engine's unknown-word marks, and the words those marks (or, for
        engines without marks, the copied-word check) report. Glossary terms are never reported:
        a kept term or a restored rendering is meant to be there."""
        from .engines.base import unmark

        legs = _legs(engine, source, target)
        glossary = self.glossary.for_pair(source, target) if self.glossary is not None else None
        entries = glossary.entries if glossary is not None else ()
        keep = {form for e in entries for form in (*e.target_forms, *e.source_forms)}
        kept = {fold(form) for form in keep}
        marks_words = getattr(engine, "marks_unknown_words", False)
        clean: list[str] = []
        words: list[UnknownWord] = []
        for index, (segment, output) in enumerate(zip(segments, outputs, strict=True)):
            text, marks = unmark(output)
            clean.append(text)
            if marks_words:
                spans = [(a, b, legs[min(leg, len(legs) - 1)], kind) for a, b, leg, kind in marks]
            else:
                spans = [
                    (a, b, legs[-1], "copied")
                    for a, b in copied_words(
                        segment, text, source_language=source, target_language=target, keep=keep
                    )
                ]
            for start, end, leg, kind in spans:
                if fold(text[start:end]) in kept:
                    continue
                word = text[start:end]
                name = looks_like_name(text, start)
                words.append(UnknownWord(word, index, start, end, leg, cast(UnknownKind, kind), name))
        return TranslatedSegments(tuple(clean), report, tuple(words))

    def _finish(
        self, document: _Prepared, done: TranslatedSegments, hits: Sequence[bool], source: str, target: str,
        engine: str, model: str | None, version: str | None, engine_seconds: float, glossary_seconds: float,
    ) -> Translation:
        spans = document.spans
        outputs = done.outputs
        report = done.glossary_report
        if len(outputs) != len(spans):
            raise EngineError(f"got {len(outputs)} translated segments for {len(spans)}: report this bug")
        text = document.assemble(outputs)
        started = time.perf_counter()
        fidelity = check_fidelity(
            document.text, text, source_language=source, target_language=target, glossary=self.glossary
        )
        fidelity_seconds = time.perf_counter() - started
        flags = list(hits) if len(hits) == len(spans) else [False] * len(spans)
        segments = tuple(
            Segment(document.text[s:e], out, s, e, hit)
            for (s, e), out, hit in zip(spans, outputs, flags, strict=True)
        )
        timings = Timings(
            prepare=document.seconds,
            engine=engine_seconds,
            glossary=glossary_seconds,
            fidelity=fidelity_seconds,
            total=document.seconds + engine_seconds + glossary_seconds + fidelity_seconds,
        )
        return Translation(
            text=text,
            source_language=source,
            target_language=target,
            engine=engine,
            model=model,
            engine_version=version,
            glossary_version=self.glossary.version if self.glossary is not None else None,
            segments=segments,
            glossary_report=report,
            fidelity=fidelity,
            timings=timings,
            review=Review(
                unknown_words=done.unknown_words,
                findings=tuple(f for f in fidelity.findings if getattr(f, "severity", "warning") != "note"),
                missing_terms=report.missing,
            ),
        )

    def _unchanged(self, document: _Prepared) -> Translation:
        """Source and target are the same language: the text comes back as is, engine "none"."""
        texts = [document.text[s:e] for s, e in document.spans]
        outputs, report = self._same_language_report(texts, document.source)
        done = TranslatedSegments(tuple(outputs), report)
        return self._finish(
            document, done, [], document.source, document.source, "none", None, None, 0.0, 0.0
        )

    @staticmethod
    def _same_language_report(segments: list[str], language: str) -> tuple[list[str], GlossaryReport]:
        """No engine and no glossary: the segments themselves, with an empty report."""
        return enforce(None, segments, list, source=language, target=language)

    def translate_segments(
        self, segments: Sequence[str], *, source: str, target: str
    ) -> tuple[list[str], GlossaryReport]:
        """Translate chosen sentences (e.g. a summary's) with the glossary, memory and engine; returns
        one output per segment and the glossary report for all of them."""
        done = self.translate_segments_reviewed(segments, source=source, target=target)
        return list(done.outputs), done.glossary_report

    def translate_segments_reviewed(
        self, segments: Sequence[str], *, source: str, target: str
    ) -> TranslatedSegments:
        """:meth:`translate_segments`, with the words the engine did not translate."""
        source = check_language(source, "source")
        target = check_language(target, "target")
        texts = list(segments)
        if source == target:
            outputs, report = self._same_language_report(texts, source)
            return TranslatedSegments(tuple(outputs), report)
        engine = self.engine_for(source, target)
        run = self._runner(engine, source, target, [0.0])
        return self._enforce(texts, lambda segs: run(segs)[0], source, target, engine)

    # -- lifetime ----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the engines this Translator created (and the memory it opened). Idempotent."""
        if self._closed:
            return
        self._closed = True
        engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.close()
        if self._owns_memory and self.memory is not None:
            self.memory.close()

    def __enter__(self) -> Translator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _legs(engine: Engine, source: str, target: str) -> tuple[str, ...]:
    """The named steps of the engine's route for the pair (one, the model id, unless it says more)."""
    legs = getattr(engine, "legs", None)
    named = tuple(legs(source, target)) if legs is not None else ()
    return named or (engine.model_id(source, target),)


def translate(
    text: str,
    *,
    target: str = "en",
    source: str | None = None,
    engine: str | None = None,
    glossary: GlossarySpec = None,
    model: str | None = None,
    memory: TranslationMemory | str | os.PathLike[str] | None = None,
) -> Translation:
    """Translate ``text`` into ``target`` (source detected when ``None``; engine chosen per pair when
    ``None``). For many texts, reuse a :class:`Translator` or :class:`toolkit.Pipeline` instead."""
    with Translator(engine, model=model, glossary=glossary, memory=memory) as translator:
        return translator.translate(text, target=target, source=source)
