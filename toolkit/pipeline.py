"""The library entry point for many texts: engines, glossaries and memory loaded once, reused.

A :class:`Pipeline` holds one :class:`~toolkit.translation.Translator` per engine (created on first
use), the glossary (loaded and merged once) and the translation memory, and streams results for
many texts::

    with toolkit.Pipeline("apertium", glossary=["syria-fr-en.yaml"]) as pipe:
        for item in pipe.translate_many(texts, target="es", errors="collect"):
            print(item.index, item.value.text if item.ok else item.error)

Results always come back in input order. ``errors`` chooses what a failing text does:
``"raise"`` (default) raises its :class:`~toolkit.errors.ToolkitError` and stops, ``"skip"``
leaves it out, ``"collect"`` yields an :class:`ItemResult` for every text, failed or not.

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
    from .glossary import Glossary
    from .memory import TranslationMemory
    from .translation import Translation, Translator

__all__ = ["DEFAULT_LENGTHS", "ErrorPolicy", "ItemResult", "Pipeline"]

T = TypeVar("T")
ErrorPolicy = Literal["raise", "skip", "collect"]

#: The named lengths a brief carries when the caller does not choose (docs/architecture.md).
DEFAULT_LENGTHS: tuple[str, ...] = ("headline", "short", "medium", "long")
_POLICIES = ("raise", "skip", "collect")


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
    """Translators, glossary and memory held for reuse over many texts. See the module docstring.

    ``engine``: registry name ("argos", "transformers", "apertium") or ``None`` for automatic choice
    per language pair. ``glossary``: a :class:`~toolkit.glossary.Glossary`, a path, or a list of paths
    (merged in order). ``memory``: a :class:`~toolkit.memory.TranslationMemory` or the path of its
    SQLite file. ``lengths`` and ``template`` are the defaults of :meth:`brief_many` and :meth:`render`.
    ``batch_size`` is the number of texts whose segments are sent to the engine together.
    """

    def __init__(
        self,
        engine: str | None = None,
        *,
        model: str | None = None,
        glossary: Glossary | str | PathLike[str] | Sequence[str | PathLike[str] | Glossary] | None = None,
        memory: TranslationMemory | str | PathLike[str] | None = None,
        lengths: Sequence[str] = DEFAULT_LENGTHS,
        template: str | PathLike[str] = "brief.md.j2",
        device: str = "auto",
        batch_size: int = 32,
    ) -> None:
        if batch_size < 1:
            raise UsageError(f"batch_size must be at least 1, not {batch_size}")
        self.engine = engine
        self.model = model
        self.device = device
        self.batch_size = batch_size
        self.lengths = tuple(lengths)
        self.template = template
        self._glossary_spec = glossary
        self._memory_spec = memory
        self._lock = threading.RLock()
        # Filled lazily under the lock; a Pipeline that is never used loads nothing.
        self._glossary: Glossary | None = None
        self._glossary_loaded = False
        self._memory: TranslationMemory | None = None
        self._owns_memory = False
        self._translators: dict[str | None, Translator] = {}
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

    def translator(self, engine: str | None = None) -> Translator:
        """The Translator for ``engine`` (default: the Pipeline's), created once and reused."""
        name = engine if engine is not None else self.engine
        with self._lock:
            if self._closed:
                raise UsageError("this Pipeline is closed; create a new one")
            translator = self._translators.get(name)
            if translator is None:
                from .translation import Translator

                translator = Translator(
                    name,
                    model=self.model if name == self.engine else None,
                    device=self.device,
                    glossary=self.glossary,
                    memory=self.memory,
                )
                self._translators[name] = translator
            return translator

    # -- translation --------------------------------------------------------------------------

    def translate(self, text: str, *, target: str, source: str | None = None) -> Translation:
        """Translate one text into ``target`` (source detected when ``None``)."""
        with self._lock:
            return self.translator().translate(text, target=target, source=source)

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

        Texts are read lazily, ``batch_size`` at a time, and their segments go to the engine in one
        batch. When a batch fails, its texts are retried one by one so that only the culprit fails.
        """
        size = self._batch_size(batch_size)
        # Bad codes are the caller's mistake: raised now, not collected as one failure per text.
        target = check_language(target, "target")
        source = check_language(source, "source") if source is not None else None

        def run_batch(chunk: list[str]) -> list[Translation]:
            with self._lock:
                return list(self.translator().translate_many(chunk, target=target, source=source))

        def run_one(text: str) -> Translation:
            with self._lock:
                return self.translator().translate(text, target=target, source=source)

        return _apply_policy(_stream(texts, size, run_batch, run_one), _check_policy(errors))

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
        text: str,
        *,
        target: str = "en",
        source: str | None = None,
        lengths: Sequence[str] | None = None,
        order: str = "auto",
        source_name: str | None = None,
    ) -> Brief:
        """Build the brief of one text (see :func:`toolkit.briefs.build_brief`); ``source_name`` is the
        attribution (agency, outlet) shown in the brief."""
        from .briefs import build_brief

        with self._lock:
            return build_brief(
                text,
                translator=self.translator(),
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
            translators, self._translators = list(self._translators.values()), {}
            for translator in translators:
                translator.close()
            if self._owns_memory and self._memory is not None:
                self._memory.close()
            self._memory = None

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _batch_size(self, batch_size: int | None) -> int:
        size = self.batch_size if batch_size is None else batch_size
        if size < 1:
            raise UsageError(f"batch_size must be at least 1, not {size}")
        return size


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
