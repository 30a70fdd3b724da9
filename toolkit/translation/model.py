"""The results of translation: :class:`Translation` (text, segments, provenance, reports) and its parts."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..fidelity import FidelityReport
from ..glossary import GlossaryReport
from ..provenance import signature
from ..review import Review, UnknownWord

__all__ = ["Segment", "Timings", "TranslatedSegments", "Translation"]


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
        ``toolkit:0.4.0|pair:fr-en|engine:apertium@3.8.3|model:fr-es@…+spa-eng@…|glossary:…``"""
        return signature(
            pair=f"{self.source_language}-{self.target_language}",
            engine=f"{self.engine}@{self.engine_version or 'none'}",
            model=self.model,
            glossary=self.glossary_version,
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
    """Chosen sentences translated (:meth:`toolkit.Pipeline.translate_segments`): one output per
    segment, the glossary report, and the words the engine did not translate (``segment`` indexes
    ``outputs``)."""

    outputs: tuple[str, ...]
    glossary_report: GlossaryReport
    unknown_words: tuple[UnknownWord, ...] = ()
