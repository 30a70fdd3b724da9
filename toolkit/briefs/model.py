"""The brief's data: what it shows, with the provenance of every part (frozen, plain data
through ``to_dict``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..fidelity import FidelityReport
from ..glossary import GlossaryReport
from ..provenance import signature
from ..summarization import LENGTHS

__all__ = ["Brief", "BriefReview", "KeyFigure", "ReviewFinding"]


@dataclass(frozen=True)
class KeyFigure:
    """A figure of the story: ``phrase`` in the brief's language, ``value`` normalized (comparable
    across languages), ``source_text``/``start``/``end`` where it is written in the source copy."""

    value: str
    phrase: str
    kind: str
    source_text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "phrase": self.phrase,
            "kind": self.kind,
            "source_text": self.source_text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class ReviewFinding:
    """Something in a brief an editor must check: a figure, date, quote or acronym of the source
    (``problem`` "missing") or of the translation only ("extra"), the brief's sentence it concerns,
    and a ``note`` naming the likely cause ("millardos left untranslated")."""

    kind: str
    problem: str
    text: str
    sentence: str
    note: str
    severity: str = "warning"
    #: The words left untranslated in that sentence: the likely cause.
    cause: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "problem": self.problem,
            "text": self.text,
            "sentence": self.sentence,
            "note": self.note,
            "severity": self.severity,
            "cause": list(self.cause),
        }


@dataclass(frozen=True)
class BriefReview:
    """The "Needs review" part of a brief, about the sentences it shows only: the words the engine
    did not translate, the words it translated but could not inflect (Apertium's ``#``: "the deputy
    give in Brussels", where the grammar around them needs a look), and the findings an editor must
    check."""

    unknown_words: tuple[str, ...] = ()
    findings: tuple[ReviewFinding, ...] = ()
    uninflected_words: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.unknown_words and not self.uninflected_words and not self.findings

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "unknown_words": list(self.unknown_words),
            "uninflected_words": list(self.uninflected_words),
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class Brief:
    """A brief of one article, with the provenance of every part.

    ``bullets`` maps each requested non-headline length to the summary sentences shown *after* the
    lede (document order): lede + bullets fit the length in delivered words. ``lede`` is empty where
    the headline is the whole first sentence, as it may be in one language of a run and not another.
    ``engine`` is ``"none"`` and ``fidelity`` is ``None`` when no translation was needed.
    """

    headline: str
    lede: str
    bullets: Mapping[str, tuple[str, ...]]
    key_figures: tuple[KeyFigure, ...]
    dateline: str | None
    agency: str | None
    source_name: str | None
    source_language: str
    target_language: str
    order: str
    engine: str
    model: str | None
    engine_version: str | None
    glossary_version: str | None
    glossary_report: GlossaryReport
    fidelity: FidelityReport | None
    summary_method: str
    lengths: tuple[str, ...] = field(default=())
    review: BriefReview = field(default=BriefReview())

    @property
    def longest(self) -> str | None:
        """The longest summary length in the brief: the one templates show (the others are nested
        in it, see :func:`toolkit.summarization.summarize_lengths`)."""
        return max(self.bullets, key=lambda name: LENGTHS[name], default=None)

    @property
    def translated(self) -> bool:
        return self.source_language != self.target_language

    @property
    def signature(self) -> str:
        """How this brief was produced, in one line (:func:`toolkit.provenance.signature`): the
        translation's fields, then the summary's ranker and the order (summarize or translate first)."""
        return signature(
            pair=f"{self.source_language}-{self.target_language}",
            engine=f"{self.engine}@{self.engine_version or 'none'}",
            model=self.model,
            glossary=self.glossary_version,
            ranker=self.summary_method,
            order=self.order,
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, and what templates see as ``brief``."""
        return {
            "signature": self.signature,
            "headline": self.headline,
            "lede": self.lede,
            "bullets": {name: list(sentences) for name, sentences in self.bullets.items()},
            "key_figures": [f.to_dict() for f in self.key_figures],
            "dateline": self.dateline,
            "agency": self.agency,
            "source_name": self.source_name,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "translated": self.translated,
            "order": self.order,
            "engine": self.engine,
            "model": self.model,
            "engine_version": self.engine_version,
            "glossary_version": self.glossary_version,
            "glossary_report": self.glossary_report.to_dict(),
            "fidelity": self.fidelity.to_dict() if self.fidelity is not None else None,
            "summary_method": self.summary_method,
            "lengths": list(self.lengths),
            "longest": self.longest,
            "review": self.review.to_dict(),
        }
