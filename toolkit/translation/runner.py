"""One engine call for the translator: the translation memory first, the misses to the engine in batches."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import EngineError

if TYPE_CHECKING:  # imported lazily at run time: `import toolkit` must stay light
    from ..engines.base import Engine
    from ..memory import TranslationMemory

__all__ = ["UNKNOWN_MARKS", "Run", "runner"]

#: Appended to the engine version in translation-memory keys of outputs with unknown-word marks.
UNKNOWN_MARKS = "+unknown-marks"

#: ``segments -> (outputs, memory hits)``: one engine call, through the translation memory.
Run = Callable[[list[str]], tuple[list[str], list[bool]]]


def runner(
    engine: Engine,
    source: str,
    target: str,
    *,
    memory: TranslationMemory | None,
    glossary_version: str | None,
    batch_size: int,
    clock: list[float],
) -> Run:
    """``segments -> (outputs, memory hits)``: memory first, the misses to the engine in
    batches of ``batch_size`` (shortest first, duplicates once), results stored. Adds engine seconds
    to ``clock``."""
    model = engine.model_id(source, target)
    # Stored outputs keep the engine's unknown-word marks. A memory filled before the engine marked
    # them holds unmarked outputs of the same engine version: filed apart, so a hit never hides an
    # unknown word.
    from ..engines.base import marks_unknown_words

    version = engine.version() + (UNKNOWN_MARKS if marks_unknown_words(engine) else "")

    def run(segments: list[str]) -> tuple[list[str], list[bool]]:
        key: dict[str, Any] = {"engine": engine.name, "model": model, "source": source, "target": target,
                               "glossary_version": glossary_version, "engine_version": version}
        found = memory.get_many(segments, **key) if memory is not None else [None] * len(segments)
        unknown = (s for s, f in zip(segments, found, strict=True) if f is None)
        misses = sorted(dict.fromkeys(unknown), key=len)
        translated: dict[str, str] = {}
        started = time.perf_counter()
        for start in range(0, len(misses), batch_size):
            batch = misses[start : start + batch_size]
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
