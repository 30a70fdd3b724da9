"""The library's one reuse object: engines, glossary and memory loaded once, reused over many texts.

A :class:`Pipeline` holds the engines (created on first use, one per engine it needs), the glossary
(loaded and merged once) and the translation memory, and streams results for many texts::

    with toolkit.Pipeline("apertium", glossary=["syria-fr-en.yaml"]) as pipe:
        for item in pipe.translate_many(texts, target="es", errors="collect"):
            print(item.index, item.value.text if item.ok else item.error)

Results always come back in input order. ``errors`` chooses what a failing text does:
``"raise"`` (default) raises its :class:`~toolkit.errors.ToolkitError` and stops, ``"skip"``
leaves it out, ``"collect"`` yields an :class:`ItemResult` for every text, failed or not.

``batch_size`` has one meaning everywhere: the number of *segments* (sentences) per engine call,
by default the engine's ``preferred_batch_size``. Segments of many texts share engine calls; texts
are read in groups of up to 64 (a failing group is redone text by text).

Thread safety: a Pipeline may be shared between threads. Engines are not thread-safe, so every
engine call is made under one lock and threads take turns; to use several cores, run one Pipeline
per *process* (that is what ``toolkit batch --jobs N`` does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from .errors import ToolkitError, UsageError
from .langcodes import check as check_language

if TYPE_CHECKING:  # imported lazily at run time: `import toolkit` must stay light
    from .briefs import Brief
    from .document import Document
    from .engines.base import Engine
    from .glossary import Glossary
    from .memory import TranslationMemory
    from .translation import TranslatedSegments, Translation, Translator

__all__ = ["DEFAULT_LENGTHS", "ErrorPolicy", "ItemResult", "Pipeline"]

T = TypeVar("T")
ErrorPolicy = Literal["raise", "skip", "collect"]

#: The named lengths a brief carries when the caller does not choose (docs/architecture.md).
DEFAULT_LENGTHS: tuple[str, ...] = ("headline", "short", "medium", "long")
_POLICIES = ("raise", "skip", "collect")
# Texts read and translated together: their segments share engine calls, and a failing group is
# redone text by text. As many as the translator takes in one go.
_TEXTS_PER_GROUP = 64


@dataclass(frozen=True)
class ItemResult(Generic[T]):
    """The outcome for the text at ``index`` of the input: ``value`` on success, else ``error``."""

    index: int
    value: T | None = None
    error: ToolkitError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        """The value, or the error raised again."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class Pipeline:
    """Engines, glossary and memory held for reuse over many texts. See the module docstring.

    ``engine``: a registry name ("argos", "transformers", "apertium", or a plugin's), an
    :class:`~toolkit.engines.base.Engine` instance (used as is, not closed here), or ``None`` for the
    best engine per language pair. ``model``, ``device`` and ``engine_options`` go to the engine
    created by name. ``glossary``: a :class:`~toolkit.glossary.Glossary`, a path, or a list of paths
    (merged in order). ``memory``: a :class:`~toolkit.memory.TranslationMemory` or the path of its
    SQLite file. ``lengths`` and ``template`` are the defaults of :meth:`brief_many` and
    :meth:`render`. ``batch_size``: segments per engine call (default: the engine's preferred size).
    """

    def __init__(
        self,
        engine: str | Engine | None = None,
        *,
        model: str | None = None,
        glossary: Glossary | str | PathLike[str] | Sequence[str | PathLike[str] | Glossary] | None = None,
        memory: TranslationMemory | str | PathLike[str] | None = None,
        lengths: Sequence[str] = DEFAULT_LENGTHS,
        template: str | PathLike[str] = "brief.md.j2",
        device: str = "auto",
        batch_size: int | None = None,
        **engine_options: Any,
    ) -> None:
        from .translation import check_batch_size, check_engine

        check_batch_size(batch_size)
        check_engine(engine)
        self.engine = engine
        self.model = model
        self.device = device
        self.batch_size = batch_size
        self.lengths = tuple(lengths)
        self.template = template
        self._engine_options = engine_options
        self._glossary_spec = glossary
        self._memory_spec = memory
        self._lock = threading.RLock()
        # Filled lazily under the lock; a Pipeline that is never used loads nothing.
        self._glossary: Glossary | None = None
        self._glossary_loaded = False
        self._memory: TranslationMemory | None = None
        self._owns_memory = False
        self._translator_instance: Translator | None = None
        self._closed = False

    # -- shared resources ---------------------------------------------------------------------

    @property
    def glossary(self) -> Glossary | None:
        """The glossary every translation uses (loaded and merged on first access)."""
        with self._lock:
            if not self._glossary_loaded:
                from .translation import load_glossary

                self._glossary = load_glossary(self._glossary_spec)
                self._glossary_loaded = True
            return self._glossary

    @property
    def memory(self) -> TranslationMemory | None:
        """The translation memory (opened on first access), or ``None``."""
        with self._lock:
            if self._memory is None and self._memory_spec is not None:
                from .memory import TranslationMemory

                if isinstance(self._memory_spec, (str, PathLike)):
                    self._memory = TranslationMemory(Path(self._memory_spec))
                    self._owns_memory = True
                else:
                    self._memory = self._memory_spec
            return self._memory

    def _translator(self) -> Translator:
        """The engine driver behind every call (created once, on first use)."""
        with self._lock:
            if self._closed:
                raise UsageError("this Pipeline is closed; create a new one")
            if self._translator_instance is None:
                from .translation import Translator

                self._translator_instance = Translator(
                    self.engine,
                    model=self.model,
                    device=self.device,
                    glossary=self.glossary,
                    memory=self.memory,
                    batch_size=self.batch_size,
                    **self._engine_options,
                )
            return self._translator_instance

    def engine_for(self, source: str, target: str) -> Engine:
        """The engine that translates ``source→target`` (created on first use, then reused); a
        :class:`~toolkit.errors.PairNotAvailableError` says how to install a missing pair."""
        source = check_language(source, "source")
        target = check_language(target, "target")
        with self._lock:
            return self._translator().engine_for(source, target)

    # -- translation --------------------------------------------------------------------------

    def translate(self, text: str, *, target: str, source: str | None = None) -> Translation:
        """Translate one text into ``target`` (source detected when ``None``)."""
        with self._lock:
            return self._translator().translate(text, target=target, source=source)

    @overload
    def translate_many(
        self,
        texts: Iterable[str],
        *,
        target: str,
        source: str | None = ...,
        batch_size: int | None = ...,
        errors: Literal["raise", "skip"] = ...,
    ) -> Iterator[Translation]: ...

    @overload
    def translate_many(
        self,
        texts: Iterable[str],
        *,
        target: str,
        source: str | None = ...,
        batch_size: int | None = ...,
        errors: Literal["collect"],
    ) -> Iterator[ItemResult[Translation]]: ...

    def translate_many(
        self,
        texts: Iterable[str],
        *,
        target: str,
        source: str | None = None,
        batch_size: int | None = None,
        errors: ErrorPolicy = "raise",
    ) -> Iterator[Translation] | Iterator[ItemResult[Translation]]:
        """Translate many texts, streaming results in input order.

        Texts are read lazily, in groups whose segments share engine calls of ``batch_size``
        segments (default: the Pipeline's). When a group fails, its texts are retried one by one so
        that only the culprit fails.
        """
        from .translation import check_batch_size

        check_batch_size(batch_size)
        # Bad codes are the caller's mistake: raised now, not collected as one failure per text.
        target = check_language(target, "target")
        source = check_language(source, "source") if source is not None else None

        def run_batch(chunk: list[str]) -> list[Translation]:
            with self._lock:
                translated = self._translator().translate_many(
                    chunk, target=target, source=source, batch_size=batch_size
                )
                return list(translated)

        def run_one(text: str) -> Translation:
            return run_batch([text])[0]

        return _apply_policy(_stream(texts, _TEXTS_PER_GROUP, run_batch, run_one), _check_policy(errors))

    def translate_segments(self, segments: Sequence[str], *, source: str, target: str) -> TranslatedSegments:
        """Translate chosen sentences (a summary's, a test set's) with the glossary, memory and engine,
        in shared engine calls: one output per segment (``.outputs``), the glossary report for all of
        them and the words the engine did not translate."""
        with self._lock:
            return self._translator().translate_segments_reviewed(segments, source=source, target=target)

    # -- briefs -------------------------------------------------------------------------------

    @overload
    def brief_many(
        self,
        texts: Iterable[str],
        *,
        target: str = ...,
        source: str | None = ...,
        lengths: Sequence[str] | None = ...,
        order: str = ...,
        errors: Literal["raise", "skip"] = ...,
    ) -> Iterator[Brief]: ...

    @overload
    def brief_many(
        self,
        texts: Iterable[str],
        *,
        target: str = ...,
        source: str | None = ...,
        lengths: Sequence[str] | None = ...,
        order: str = ...,
        errors: Literal["collect"],
    ) -> Iterator[ItemResult[Brief]]: ...

    def brief_many(
        self,
        texts: Iterable[str],
        *,
        target: str = "en",
        source: str | None = None,
        lengths: Sequence[str] | None = None,
        order: str = "auto",
        errors: ErrorPolicy = "raise",
    ) -> Iterator[Brief] | Iterator[ItemResult[Brief]]:
        """Build a brief of each text in ``target``, streaming results in input order."""
        policy = _check_policy(errors)
        target = check_language(target, "target")
        source = check_language(source, "source") if source is not None else None

        def run_one(text: str) -> Brief:
            return self.brief(text, target=target, source=source, lengths=lengths, order=order)

        # Briefs translate only the sentences each summary picks, so there is no cross-text batch.
        return _apply_policy(_stream(texts, 1, None, run_one), policy)

    def brief(
        self,
        text: str | Document,
        *,
        target: str | None = None,
        source: str | None = None,
        lengths: Sequence[str] | None = None,
        order: str = "auto",
        source_name: str | None = None,
        translation: Translation | None = None,
    ) -> Brief:
        """Build the brief of one text or parsed document in ``target`` (default ``"en"``; see
        :func:`toolkit.briefs.build_brief`). ``source_name`` is the attribution (agency, outlet)
        shown in the brief. ``translation``: the text's translation, already made: the brief takes
        its sentences from it and translates nothing again (``target`` and ``source`` default to its
        languages)."""
        from .briefs import build_brief

        with self._lock:
            return build_brief(
                text,
                translator=self._translator(),
                translation=translation,
                target=target,
                source=source,
                lengths=tuple(lengths) if lengths is not None else self.lengths,
                order=order,  # type: ignore[arg-type]
                source_name=source_name,
            )

    def render(
        self, brief: Brief, template: str | PathLike[str] | None = None, *, format: str | None = None
    ) -> str:
        """Render ``brief`` with ``template`` (default: the Pipeline's, unless ``format`` names
        another output format: md, txt, html or json)."""
        from .briefs import render

        if template is None and format is None:
            template = self.template
        return render(brief, template=str(template) if template is not None else None, format=format)

    # -- lifetime -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close every engine (and the memory if this Pipeline opened it). Idempotent."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._translator_instance is not None:
                self._translator_instance.close()
                self._translator_instance = None
            if self._owns_memory and self._memory is not None:
                self._memory.close()
            self._memory = None

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()



# -- helpers ----------------------------------------------------------------------------------


def _check_policy(errors: str) -> ErrorPolicy:
    if errors not in _POLICIES:
        raise UsageError(f"errors must be one of {', '.join(_POLICIES)}, not {errors!r}")
    return errors  # type: ignore[return-value]


def _stream(
    texts: Iterable[str],
    size: int,
    run_batch: Callable[[list[str]], list[T]] | None,
    run_one: Callable[[str], T],
) -> Iterator[ItemResult[T]]:
    """Results for ``texts`` in order, ``size`` texts per call of ``run_batch``.

    A failing batch is redone one text at a time, so one bad text costs its neighbours nothing but
    time. Only :class:`ToolkitError` is a per-text failure; anything else is a bug and propagates.
    """
    index = 0
    chunk: list[str] = []
    iterator = iter(texts)
    while True:
        chunk.clear()
        for text in iterator:
            chunk.append(text)
            if len(chunk) >= size:
                break
        if not chunk:
            return
        values: list[T] | None = None
        if run_batch is not None and len(chunk) > 1:
            try:
                values = run_batch(chunk)
            except ToolkitError:
                values = None
        if values is not None:
            for value in values:
                yield ItemResult(index, value)
                index += 1
            continue
        for text in chunk:
            try:
                yield ItemResult(index, run_one(text))
            except ToolkitError as exc:
                yield ItemResult(index, error=exc)
            index += 1


def _apply_policy(results: Iterator[ItemResult[T]], policy: ErrorPolicy) -> Iterator[Any]:
    for result in results:
        if policy == "collect":
            yield result
        elif result.ok:
            yield result.value
        elif policy == "raise":
            raise result.error  # type: ignore[misc]
