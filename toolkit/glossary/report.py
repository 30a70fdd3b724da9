"""What enforcement reports: per term, how often it was in the source and whether the output
carries its rendering."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["ok", "repaired", "missing"]


@dataclass(frozen=True)
class TermReport:
    """How one glossary term fared in one translation.

    ``occurrences``: how often the term is in the source; ``present``: how many of those the output
    renders the house way; ``enforced_by``: the strategies that put the renderings there
    ("placeholder", "substitution", "split", with "+replacement" when a mistranslation was
    replaced); ``status``: "ok" (first pass), "repaired" (after a repair) or "missing";
    ``segments``: indexes of the segments holding the term.
    """

    source: str
    target: str
    keep: bool
    occurrences: int
    present: int
    enforced_by: tuple[str, ...]
    status: Status
    segments: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        return {**data, "enforced_by": list(self.enforced_by), "segments": list(self.segments)}


@dataclass(frozen=True)
class GlossaryReport:
    """Every glossary term found in the source, and whether the output carries its rendering.

    ``strategy`` is the first-pass strategy chosen for the engine ("none" without a glossary).
    """

    terms: tuple[TermReport, ...] = ()
    glossary_version: str | None = None
    strategy: str = "none"

    @property
    def ok(self) -> bool:
        return all(t.status != "missing" for t in self.terms)

    @property
    def missing(self) -> tuple[TermReport, ...]:
        return tuple(t for t in self.terms if t.status == "missing")

    @property
    def occurrences(self) -> int:
        return sum(t.occurrences for t in self.terms)

    @property
    def present(self) -> int:
        return sum(t.present for t in self.terms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "glossary_version": self.glossary_version,
            "strategy": self.strategy,
            "occurrences": self.occurrences,
            "present": self.present,
            "terms": [t.to_dict() for t in self.terms],
        }
