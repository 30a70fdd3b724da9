"""Where the workers run: the executor interface of :func:`~toolkit.batch.run_batch`, this process
(``jobs=1``) or a pool of spawned processes on this machine; the Ray executor is in :mod:`.ray`."""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Iterator
from typing import Any, Protocol

from .manifest import BatchSettings
from .worker import _failed_outcome, _Outcome, _Task, _Worker


def _worker_main(
    settings: BatchSettings, tasks: Any, results: Any, parent: int, cores: tuple[int, ...]
) -> None:
    """Worker process: one Pipeline for its lifetime, tasks in, outcomes out, until ``None``."""
    import signal

    # Ctrl-C is the parent's to handle; a worker only stops when told or when the parent is gone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if cores and hasattr(os, "sched_setaffinity"):
        # Engines size their thread pools from the CPUs they may use (CTranslate2 starts one replica
        # per core): pinning each worker to its share keeps N workers from running N x cores threads.
        os.sched_setaffinity(0, cores)
    worker = _Worker(settings)
    try:
        while True:
            try:
                task = tasks.get(timeout=1.0)
            except queue.Empty:
                if os.getppid() != parent:  # the parent was killed: don't linger as an orphan
                    results.cancel_join_thread()  # nobody reads what is still buffered
                    return
                continue
            if task is None:
                return
            # "start" lets the parent fail this very item should the process die while on it.
            results.put(("start", os.getpid(), task.index))
            results.put(("done", os.getpid(), worker.run(task)))
    finally:
        worker.close()


class _Executor(Protocol):
    """Runs tasks somewhere and hands their outcomes back to the parent, the only writer.

    ``capacity`` is how many tasks the parent keeps submitted (the backpressure): enough to keep
    every worker busy, never the whole input. ``results`` yields one outcome per submitted task,
    in any order, until none is in flight; a task whose worker died comes back failed (or is
    retried by the executor, which then reports the attempts)."""

    capacity: int

    def submit(self, task: _Task) -> None: ...

    def results(self) -> Iterator[_Outcome]: ...

    def close(self, *, wait: bool = True) -> None: ...


def _make_executor(kind: str, address: str | None, settings: BatchSettings, jobs: int) -> _Executor:
    if kind == "ray":
        from .ray import RayExecutor

        return RayExecutor(settings, jobs, address=address)
    return _Serial(settings) if jobs == 1 else _Pool(settings, jobs)


class _Serial:
    """Runs tasks in this process (``jobs=1``): no start-up cost, same outputs as the pool."""

    def __init__(self, settings: BatchSettings) -> None:
        self._settings = settings
        self._worker: _Worker | None = None
        self._pending: list[_Task] = []

    capacity = 1

    def submit(self, task: _Task) -> None:
        self._pending.append(task)

    def results(self) -> Iterator[_Outcome]:
        while self._pending:
            if self._worker is None:
                self._worker = _Worker(self._settings)
            yield self._worker.run(self._pending.pop(0))

    def close(self, *, wait: bool = True) -> None:
        if self._worker is not None:
            self._worker.close()


class _Pool:
    """``jobs`` spawned worker processes fed through a queue; the parent stays the only writer."""

    def __init__(self, settings: BatchSettings, jobs: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._tasks = context.Queue()
        self._results = context.Queue()
        self._in_flight: dict[int, _Task] = {}
        self.capacity = 2 * jobs  # keeps every worker busy without queueing the whole input
        self._procs = [
            context.Process(
                target=_worker_main,
                args=(settings, self._tasks, self._results, os.getpid(), _cores_for(worker, jobs)),
                daemon=True,
            )
            for worker in range(jobs)
        ]
        for proc in self._procs:
            proc.start()

    def submit(self, task: _Task) -> None:
        self._in_flight[task.index] = task
        self._tasks.put(task)

    def results(self) -> Iterator[_Outcome]:
        running: dict[int, int] = {}  # worker pid -> index of the task it is on
        while self._in_flight:
            try:
                kind, pid, payload = self._results.get(timeout=1.0)
            except queue.Empty:
                yield from self._lost(running)
                continue
            if kind == "start":
                running[pid] = payload
                continue
            running.pop(pid, None)
            self._in_flight.pop(payload.index, None)
            yield payload

    def _lost(self, running: dict[int, int]) -> Iterator[_Outcome]:
        """Failed outcomes for tasks whose worker died (killed, out of memory, crashed)."""
        alive = {p.pid for p in self._procs if p.is_alive()}
        lost = [i for pid, i in running.items() if pid not in alive]
        if not alive:  # nobody left to take what is still queued
            lost = list(self._in_flight)
        for pid in [pid for pid in running if pid not in alive]:
            del running[pid]
        for index in sorted(lost):
            task = self._in_flight.pop(index, None)
            if task is not None:
                yield _failed_outcome(task, "the worker process died on this item; rerun the batch to retry")

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers: let them finish (``wait``) or terminate them now."""
        if wait:
            for _ in self._procs:
                self._tasks.put(None)
        for proc in self._procs:
            if wait:
                proc.join(timeout=30)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        self._tasks.close()
        self._results.close()


def _cores_for(worker: int, jobs: int) -> tuple[int, ...]:
    """The CPUs worker number ``worker`` of ``jobs`` may use: an even share of this process's."""
    if not hasattr(os, "sched_getaffinity"):
        return ()
    available = sorted(os.sched_getaffinity(0))
    if jobs >= len(available):
        return (available[worker % len(available)],)
    return tuple(available[worker::jobs])
