"""Engine calls of several enforcement threads merged into shared engine batches."""

from __future__ import annotations

import threading

from .runner import Run

__all__ = ["Rendezvous"]


class Rendezvous:
    """Merges the engine calls of several enforcement threads into one engine call, made by the
    thread that runs :meth:`serve` (the caller's: engines and memory connections stay on it).

    A batch goes out once every thread still working is waiting on an engine call; calls are
    combined in party order, so the engine sees the same batch whatever the scheduling.
    """

    def __init__(self, parties: int, run: Run) -> None:
        self._condition = threading.Condition()
        self._active = parties
        self._pending: dict[int, list[str]] = {}
        self._results: dict[int, tuple[list[str], list[bool]] | BaseException] = {}
        self._run = run
        #: Memory hits of each party's first call (its own segments, before any repair).
        self.first_hits: dict[int, list[bool]] = {}

    def call(self, party: int, segments: list[str]) -> list[str]:
        """The engine call of one enforcement thread: waits for :meth:`serve` to run the batch."""
        with self._condition:
            self._pending[party] = segments
            self._condition.notify_all()
            while party not in self._results:
                self._condition.wait()
            result = self._results.pop(party)
        if isinstance(result, BaseException):
            raise result
        outputs, hits = result
        self.first_hits.setdefault(party, hits)
        return outputs

    def leave(self) -> None:
        """An enforcement thread is done (or failed)."""
        with self._condition:
            self._active -= 1
            self._condition.notify_all()

    def serve(self) -> None:
        """Run combined engine calls until every party has left."""
        with self._condition:
            while True:
                while self._active and len(self._pending) < self._active:
                    self._condition.wait()
                if not self._active:
                    return
                self._flush()

    def _flush(self) -> None:
        parties = sorted(self._pending)
        combined = [s for party in parties for s in self._pending[party]]
        try:
            outputs, hits = self._run(combined)
        except BaseException as exc:  # noqa: BLE001 - handed to every waiting thread, raised there
            for party in parties:
                self._results[party] = exc
        else:
            position = 0
            for party in parties:
                size = len(self._pending[party])
                self._results[party] = (outputs[position : position + size], hits[position : position + size])
                position += size
        self._pending.clear()
        self._condition.notify_all()
