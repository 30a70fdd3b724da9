"""What a fidelity check finds: findings with a severity, and the report that holds them."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from ..facts import Fact

__all__ = ["RANK", "FidelityReport", "Finding", "Severity", "finding"]

Severity = Literal["error", "warning", "note"]
RANK = {"error": 0, "warning": 1, "note": 2}


@dataclass(frozen=True)
class Finding:
    """A fact present on one side only. ``side`` says which text ``start``/``end`` index."""

    problem: Literal["missing", "extra"]
    kind: str
    value: str
    text: str
    side: Literal["source", "target"]
    start: int
    end: int
    severity: Severity = "error"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class FidelityReport:
    """Every finding, by severity; ``ok`` when none is an error.

    ``missing`` and ``extra`` hold the errors (what briefs show by default); ``findings`` holds
    everything, warnings and notes included (what ``--json`` carries)."""

    findings: tuple[Finding, ...] = ()
    source_facts: tuple[Fact, ...] = ()
    target_facts: tuple[Fact, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def missing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.problem == "missing" and f.severity == "error")

    @property
    def extra(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.problem == "extra" and f.severity == "error")

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": len(self.source_facts),
            "missing": [d.to_dict() for d in self.missing],
            "extra": [d.to_dict() for d in self.extra],
            "findings": [d.to_dict() for d in self.findings],
        }



def finding(
    problem: Literal["missing", "extra"], fact: Fact, side: Literal["source", "target"], severity: Severity
) -> Finding:
    return Finding(problem, fact.kind, fact.value, fact.text, side, fact.start, fact.end, severity)
