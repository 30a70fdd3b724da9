"""The engine contract: every translation engine is one class behind :class:`Engine`.

Engines translate *segments* (sentences the toolkit has already split, protected and batched); they
never split text themselves and never touch the network while translating. They are registered by
name in :mod:`toolkit.engines` and instantiated lazily, so importing the toolkit loads no model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

__all__ = ["Engine"]


@runtime_checkable
class Engine(Protocol):
    """A loaded translation engine. Instances may hold models in memory: reuse them, then ``close()``."""

    #: Registry name: "argos", "transformers", "apertium".
    name: str

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
