"""Fidelity checks: do the figures, dates, quotes and acronyms of the source survive translation?

Facts from :func:`toolkit.facts.extract_facts` are compared by normalized value (so ``14.000`` in
French copy matches ``14,000`` in English), as multisets: every source fact the target lacks is
*missing*, every target fact the source lacks is *extra*. Quotes cannot be compared word for word
across languages, so they are compared by count, in order. A glossary tells the check how acronyms
are rendered (ONU → UN), so a correct rendering is not flagged.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .facts import Fact, extract_facts

if TYPE_CHECKING:
    from .glossary import Glossary

__all__ = ["Discrepancy", "FidelityReport", "check"]

_COMPARED = ("number", "percent", "money", "date", "time", "acronym")


@dataclass(frozen=True)
class Discrepancy:
    """A fact present on one side only. ``side`` says which text ``start``/``end`` index."""

    problem: Literal["missing", "extra"]
    kind: str
    value: str
    text: str
    side: Literal["source", "target"]
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class FidelityReport:
    """Source facts missing from the target and target facts the source does not have."""

    missing: tuple[Discrepancy, ...] = ()
    extra: tuple[Discrepancy, ...] = ()
    source_facts: tuple[Fact, ...] = ()
    target_facts: tuple[Fact, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.missing and not self.extra

    @property
    def findings(self) -> tuple[Discrepancy, ...]:
        return self.missing + self.extra

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": len(self.source_facts),
            "missing": [d.to_dict() for d in self.missing],
            "extra": [d.to_dict() for d in self.extra],
        }


def _expected(fact: Fact, glossary: Glossary | None) -> tuple[str, ...]:
    """The values the target may carry for a source fact, preferred first: a glossary may rename
    an acronym (ONU → UN) and accept alternatives (OSDH or SOHR)."""
    if fact.kind != "acronym" or glossary is None:
        return (fact.value,)
    matches = glossary.find(fact.text)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(fact.text):
        match = matches[0]
        return (match.rendering, *match.entry.accept)
    return (fact.value,)


def check(
    source_text: str,
    target_text: str,
    *,
    source_language: str,
    target_language: str,
    glossary: Glossary | None = None,
) -> FidelityReport:
    """Compare the facts of a source text and its translation.

    ``glossary`` (already for this language pair, or any glossary: only its entries for the pair are
    used) maps acronyms to their house renderings.
    """
    pair = glossary.for_pair(source_language, target_language) if glossary is not None else None
    source_facts = tuple(extract_facts(source_text, source_language))
    target_facts = tuple(extract_facts(target_text, target_language))
    missing: list[Discrepancy] = []
    extra: list[Discrepancy] = []

    expected = [(f, _expected(f, pair)) for f in source_facts if f.kind in _COMPARED]
    unmatched: dict[tuple[str, str], list[Fact]] = {}
    for fact in target_facts:
        if fact.kind in _COMPARED:
            unmatched.setdefault((fact.kind, fact.value), []).append(fact)
    for fact, values in expected:
        key = next(((fact.kind, v) for v in values if unmatched.get((fact.kind, v))), None)
        if key is None:
            missing.append(_discrepancy("missing", fact, values[0], "source"))
        else:
            unmatched[key].pop(0)
    allowed: Counter[tuple[str, str]] = Counter()
    if pair is not None:
        # A glossary may render a written-out or lower-case term as an acronym (Otan → NATO):
        # the acronym in the target is then expected, not extra.
        acronyms = {f.start for f in source_facts if f.kind == "acronym"}
        allowed.update(
            ("acronym", m.rendering)
            for m in pair.find(source_text)
            if m.start not in acronyms and _is_acronym(m.rendering, target_language)
        )
    for key, facts in unmatched.items():
        for fact in facts:
            if allowed[key] > 0:
                allowed[key] -= 1
            else:
                extra.append(_discrepancy("extra", fact, fact.value, "target"))

    source_quotes = [f for f in source_facts if f.kind == "quote"]
    target_quotes = [f for f in target_facts if f.kind == "quote"]
    missing += [_discrepancy("missing", f, f.value, "source") for f in source_quotes[len(target_quotes) :]]
    extra += [_discrepancy("extra", f, f.value, "target") for f in target_quotes[len(source_quotes) :]]
    return FidelityReport(
        missing=tuple(sorted(missing, key=lambda d: d.start)),
        extra=tuple(sorted(extra, key=lambda d: d.start)),
        source_facts=source_facts,
        target_facts=target_facts,
    )


def _is_acronym(text: str, language: str) -> bool:
    facts = extract_facts(text, language)
    return bool(facts) and all(f.kind == "acronym" for f in facts)


def _discrepancy(
    problem: Literal["missing", "extra"], fact: Fact, value: str, side: Literal["source", "target"]
) -> Discrepancy:
    return Discrepancy(problem, fact.kind, value, fact.text, side, fact.start, fact.end)
