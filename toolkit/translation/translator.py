"""The Translator: one engine, a glossary and a translation memory reused over many documents.

Batching across documents with a glossary: enforcement runs once per document (its report is per
document) and may call the engine several times (repairs); the documents' enforcements run in
lockstep (:mod:`.lockstep`) so that their engine calls go to the engine together, in document order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EngineError, UsageError
from ..facts import localize_numbers
from ..fidelity import check as check_fidelity
from ..glossary import Glossary, GlossaryReport, enforcement
from ..langcodes import check as check_language
from ..langcodes import pair_error
from ..memory import TranslationMemory
from ..review import Review
from .lockstep import Steps, run_in_lockstep
from .model import Segment, Timings, TranslatedSegments, Translation
from .prepare import Prepared, engine_input, prepare
from .runner import Run, runner
from .unknown import unknown_words

if TYPE_CHECKING:  # imported lazily at run time: `import toolkit` must stay light
    from ..engines.base import Engine

__all__ = ["GlossarySpec", "Translator", "check_batch_size", "check_engine", "load_glossary", "translate"]

#: What callers may pass as a glossary: a loaded one, a file, or several files (merged in order).
GlossarySpec = Glossary | str | os.PathLike[str] | Sequence[str | os.PathLike[str] | Glossary] | None

# Documents are translated together up to these limits (what a stream holds in memory before its
# first result); the engine gets their segments in slices of the batch size.
_MAX_DOCUMENTS = 64
_MAX_SEGMENTS = 2048


def check_batch_size(batch_size: int | None) -> None:
    """``batch_size`` (segments per engine call) is ``None`` (the engine's choice) or at least 1."""
    if batch_size is not None and batch_size < 1:
        raise UsageError(f"batch_size must be at least 1, not {batch_size}")


def check_engine(engine: str | Engine | None) -> None:
    """A :class:`~toolkit.errors.UsageError` for an engine name the registry does not know."""
    if isinstance(engine, str):
        from .. import engines

        if engine not in engines.names():
            raise UsageError(f"unknown engine {engine!r}: choose one of {', '.join(engines.names())}")


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




# -- the translator ---------------------------------------------------------------------------------


class Translator:
    """The engine driver behind :class:`toolkit.Pipeline` (the public reuse object, which adds
    locking, error policies and briefs): engines (created once, reused), a glossary and a
    translation memory, for many texts. Internal: use a Pipeline.

    ``engine``: a registry name ("argos", "transformers", "apertium"), an :class:`Engine` instance
    (used as is and not closed here), or ``None`` to pick the best engine per language pair.
    ``glossary``: a Glossary, a path or several paths. ``memory``: a
    :class:`~toolkit.memory.TranslationMemory`, the path of one, or ``None`` for no cache.
    ``batch_size``: segments per engine call (default: the engine's ``preferred_batch_size``).
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
        check_batch_size(batch_size)
        check_engine(engine)
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
        from .. import engines

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
        check_batch_size(batch_size)
        # Arguments are checked now, texts as they are read: a generator would do neither until used.
        return self._translate_stream(texts, target, source, batch_size)

    def _translate_stream(
        self, texts: Iterable[str], target: str, source: str | None, batch_size: int | None
    ) -> Iterator[Translation]:
        chunk: list[Prepared] = []
        segments = 0
        for text in texts:
            prepared = prepare(text, source)
            chunk.append(prepared)
            segments += len(prepared.spans)
            if segments >= _MAX_SEGMENTS or len(chunk) >= _MAX_DOCUMENTS:
                yield from self._translate_chunk(chunk, target, batch_size)
                chunk, segments = [], 0
        if chunk:
            yield from self._translate_chunk(chunk, target, batch_size)

    def _translate_chunk(
        self, chunk: list[Prepared], target: str, batch_size: int | None
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
        self, documents: list[Prepared], source: str, target: str, batch_size: int | None
    ) -> list[Translation]:
        engine = self.engine_for(source, target)
        clock = [0.0]
        run = self._runner(engine, source, target, clock, batch_size)
        started = time.perf_counter()
        steps = [
            self._enforce([document.text[s:e] for s, e in document.spans], source, target, engine,
                          document.text)
            for document in documents
        ]
        outcomes, first_hits = run_in_lockstep(steps, run)
        wall = time.perf_counter() - started
        total_segments = sum(len(d.spans) for d in documents) or 1
        model = engine.model_id(source, target)
        version = engine.version()
        translations = []
        for document, done, hits in zip(documents, outcomes, first_hits, strict=True):
            share = len(document.spans) / total_segments
            engine_seconds = clock[0] * share
            translations.append(
                self._finish(document, done, hits, source, target, engine.name, model, version,
                             engine_seconds, max(0.0, wall * share - engine_seconds))
            )
        return translations

    def _runner(
        self, engine: Engine, source: str, target: str, clock: list[float], batch_size: int | None = None
    ) -> Run:
        return runner(
            engine, source, target, memory=self.memory,
            glossary_version=self.glossary.version if self.glossary is not None else None,
            batch_size=batch_size or self.batch_size or engine.preferred_batch_size, clock=clock,
        )

    def _enforce(
        self, segments: list[str], source: str, target: str, engine: Engine, context: str
    ) -> Steps[TranslatedSegments]:
        """One document's glossary enforcement, numbers localized and unknown words found (names
        told by the source ``context`` the segments come from); yields its engine requests (see
        :mod:`.lockstep`)."""
        segments = [engine_input(segment, source) for segment in segments]
        outputs, report = yield from enforcement(
            self.glossary, segments, source=source, target=target,
            copies_unknown_tokens=engine.copies_unknown_tokens,
        )
        # Engines often copy figures verbatim ("14.000 displaced"): write them the target's way.
        localized = [localize_numbers(s, o, source, target) for s, o in zip(segments, outputs, strict=True)]
        return unknown_words(segments, localized, report, source, target, engine, self.glossary, context)

    def _finish(
        self, document: Prepared, done: TranslatedSegments, hits: Sequence[bool], source: str, target: str,
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
                findings=tuple(f for f in fidelity.findings if f.severity != "note"),
                missing_terms=report.missing,
            ),
        )

    def _unchanged(self, document: Prepared) -> Translation:
        """Source and target are the same language: the text comes back as is, engine "none"."""
        texts = [document.text[s:e] for s, e in document.spans]
        # No engine and no glossary: the segments themselves, with an empty report.
        done = TranslatedSegments(tuple(texts), GlossaryReport())
        return self._finish(
            document, done, [], document.source, document.source, "none", None, None, 0.0, 0.0
        )

    def translate_segments_reviewed(
        self, segments: Sequence[str], *, source: str, target: str, context: str | None = None
    ) -> TranslatedSegments:
        """Translate chosen sentences (e.g. a summary's) with the glossary, memory and engine: one
        output per segment, the glossary report for all of them, and the words the engine did not
        translate. ``context``: the whole text the sentences come from (default: the sentences), so
        a name it writes mid-sentence elsewhere is a name where a chosen sentence opens with it."""
        source = check_language(source, "source")
        target = check_language(target, "target")
        texts = list(segments)
        if source == target:
            return TranslatedSegments(tuple(texts), GlossaryReport())
        engine = self.engine_for(source, target)
        run = self._runner(engine, source, target, [0.0])
        context = context if context is not None else "\n".join(texts)
        (done,), _ = run_in_lockstep([self._enforce(texts, source, target, engine, context)], run)
        return done

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
    ``None``). For many texts, reuse a :class:`toolkit.Pipeline` instead."""
    with Translator(engine, model=model, glossary=glossary, memory=memory) as translator:
        return translator.translate(text, target=target, source=source)
