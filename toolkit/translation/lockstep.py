"""The enforcement of several documents run in lockstep, so that their segments share engine batches.

Each document's enforcement (:func:`toolkit.glossary.enforcement`, then the translator's own
finishing) is a generator: it yields an engine request (a list of segments), is sent the outputs, and
returns its result. One loop advances them all in rounds: every round, the pending requests of the
documents still working go to the engine as one call, in document order, so the engine sees the same
batches whatever the documents need (one call without a glossary; more with repairs). Everything runs
on the caller's thread: engines and memory connections stay on it, and no thread is started.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import TypeVar

from .runner import Run

__all__ = ["Steps", "run_in_lockstep"]

R = TypeVar("R")
#: A document's enforcement: yields engine requests, is sent their outputs, returns its result.
Steps = Generator[list[str], list[str], R]


def run_in_lockstep(steps: Sequence[Steps[R]], run: Run) -> tuple[list[R], list[list[bool]]]:
    """Every document's result, and the memory hits of its first request (its own segments, before
    any repair; empty when it made none)."""
    results: dict[int, R] = {}
    pending: dict[int, list[str]] = {}
    first_hits: dict[int, list[bool]] = {}

    def advance(party: int, outputs: list[str] | None) -> None:
        try:
            pending[party] = next(steps[party]) if outputs is None else steps[party].send(outputs)
        except StopIteration as done:
            results[party] = done.value

    for party in range(len(steps)):
        advance(party, None)
    while pending:
        requests, pending = pending, {}
        parties = sorted(requests)
        outputs, hits = run([s for party in parties for s in requests[party]])
        position = 0
        for party in parties:
            size = len(requests[party])
            first_hits.setdefault(party, hits[position : position + size])
            advance(party, outputs[position : position + size])
            position += size
    return [results[party] for party in range(len(steps))], [first_hits.get(p, []) for p in range(len(steps))]
