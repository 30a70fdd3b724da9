"""The Ray executor of :func:`toolkit.batch.run_batch` (``executor="ray"``, extra ``wire-toolkit[ray]``).

Workers are Ray actors, ``jobs`` of them, spread over the cluster's nodes. Each asks for one CPU
(and one GPU with ``device="cuda"``), holds one :class:`~toolkit.pipeline.Pipeline` (engine,
glossaries, memory loaded once) and makes one article's files per call. The driver, the process
that runs :func:`~toolkit.batch.run_batch`, stays the only writer of outputs and manifest, so every
guarantee of the local pool holds unchanged (resume after a kill, identical bytes for any number
of workers, per-item failures, the lock).

Backpressure: each actor has at most two calls queued (one running, one waiting, so no actor
idles while the driver writes), and the driver only reads more input as items finish.

Faults: an actor that dies (its process killed, its node gone) fails the calls it held with an
actor error; those items go back to the front of the queue for another actor, up to
``max_attempts`` in all, and the dead actor is replaced (placed by Ray wherever resources are
free). An item's outcome is handed back once; the manifest records its attempts. An item whose
engine *raised* is a per-item failure, not a fault: it is not retried.

Glossaries travel with the actors (their bytes, written to a private folder on the actor's node),
so worker nodes need the toolkit and its engines and models, not the driver's files.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import BatchError, UsageError
from ._common import _one_line
from .manifest import BatchSettings
from .worker import _failed_outcome, _Outcome, _Task, _Worker

__all__ = ["RayExecutor"]

#: Calls queued on one actor: one running and one waiting while the driver writes.
_PER_ACTOR = 2
#: How long the run waits with no live actor before failing the items still to do.
_NO_ACTOR_TIMEOUT_S = float(os.environ.get("TOOLKIT_RAY_PLACEMENT_TIMEOUT", "300"))


def _import_ray() -> Any:
    # Ray's C++ core logs every connection retry on stderr; a CLI says what failed once, itself.
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "error")
    try:
        import ray
    except ImportError:
        raise UsageError(
            "--executor ray needs Ray; install it with: pip install 'wire-toolkit[ray]'"
        ) from None
    return ray


class _BatchActor:
    """One worker of the cluster: a Pipeline for its lifetime, one article x language per call."""

    def __init__(self, settings: BatchSettings, glossaries: tuple[tuple[str, bytes], ...]) -> None:
        if glossaries:
            # The driver's paths mean nothing on another node: write the bytes to a folder here.
            folder = Path(tempfile.mkdtemp(prefix="wire-toolkit-glossaries-"))
            paths = []
            for number, (name, data) in enumerate(glossaries):
                path = folder / f"{number}-{name}"
                path.write_bytes(data)
                paths.append(str(path))
            settings = replace(settings, glossaries=tuple(paths))
        self._worker = _Worker(settings)

    def ready(self) -> str:
        """The id of the node this actor was placed on (the driver shares that node's cores out)."""
        import ray

        return ray.get_runtime_context().get_node_id()

    def pin(self, slot: int) -> None:
        """Run on the ``slot``-th core of the node: engines size their thread pools from the cores
        they may use, so actors sharing a node must not each take all of them."""
        if hasattr(os, "sched_setaffinity"):
            cores = sorted(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cores[slot % len(cores)]})

    def run(self, task: _Task) -> _Outcome:
        return self._worker.run(task)


class RayExecutor:
    """``jobs`` Ray actors behind the executor interface of :mod:`toolkit.batch.executors`."""

    def __init__(
        self, settings: BatchSettings, jobs: int, *, address: str | None = None, max_attempts: int = 3
    ) -> None:
        ray = self._ray = _import_ray()
        self._fault_errors = (
            ray.exceptions.RayActorError,
            ray.exceptions.WorkerCrashedError,
            ray.exceptions.NodeDiedError,
            ray.exceptions.ObjectLostError,
            ray.exceptions.OwnerDiedError,
        )
        self._owns_ray = not ray.is_initialized()
        if self._owns_ray:
            _connect(ray, address)
        glossaries = tuple((Path(p).name, Path(p).read_bytes()) for p in settings.glossaries)
        gpus = 1 if settings.device == "cuda" else 0
        self._actor_class = ray.remote(num_cpus=1, num_gpus=gpus, max_restarts=0, max_task_retries=0)(
            _BatchActor
        )
        self._settings_ref = ray.put(settings)
        self._glossaries_ref = ray.put(glossaries)
        self._jobs = jobs
        self._max_attempts = max_attempts
        self.capacity = _PER_ACTOR * jobs
        self._starting: dict[Any, Any] = {}  # ready() ref -> actor not yet placed
        self._load: dict[Any, int] = {}  # ready actor -> calls it holds
        self._slots: dict[Any, tuple[str, int]] = {}  # ready actor -> (node, core slot)
        self._calls: dict[Any, tuple[_Task, Any, int]] = {}  # run() ref -> (task, actor, attempt)
        self._queue: deque[tuple[_Task, int]] = deque()
        self._last_error = "no actor could start"
        self._no_actor_since: float | None = None
        for _ in range(jobs):
            self._start_actor()

    # -- the executor interface -----------------------------------------------------------------

    def submit(self, task: _Task) -> None:
        self._queue.append((task, 1))

    def results(self) -> Iterator[_Outcome]:
        ray = self._ray
        while self._queue or self._calls:
            self._dispatch()
            waiting = [*self._calls, *self._starting]
            if not waiting:
                # Nothing runs and no actor is coming: the cluster cannot take the work.
                yield from self._fail_queue(f"no Ray actor is left ({self._last_error})")
                return
            ready, _ = ray.wait(waiting, num_returns=1, timeout=1.0)
            if not ready:
                if self._stalled():
                    yield from self._fail_queue(
                        f"no Ray actor could be placed in {_NO_ACTOR_TIMEOUT_S:.0f} s; check that the "
                        "cluster has a free CPU (and GPU with --device cuda) per --jobs"
                    )
                    return
                continue
            ref = ready[0]
            if ref in self._starting:
                self._placed(ref)
                continue
            task, actor, attempt = self._calls.pop(ref)
            if actor in self._load:
                self._load[actor] -= 1
            try:
                outcome = ray.get(ref)
            except self._fault_errors as exc:
                self._retire(actor, exc)
                if attempt < self._max_attempts:
                    self._queue.appendleft((task, attempt + 1))
                    continue
                message = (
                    f"the Ray worker died on this item {attempt} times ({self._last_error}); "
                    "rerun the batch to retry"
                )
                outcome = replace(_failed_outcome(task, message), attempts=attempt)
            except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be unpickled
                outcome = replace(_failed_outcome(task, f"Ray: {_describe(exc)}"), attempts=attempt)
            yield replace(outcome, attempts=attempt)

    def close(self, *, wait: bool = True) -> None:
        """Stop every actor (their items are done or will be redone by a resume)."""
        ray = self._ray
        for actor in [*self._load, *self._starting.values()]:
            try:
                ray.kill(actor, no_restart=True)
            except Exception:  # noqa: BLE001, S110 - already gone
                pass
        self._load.clear()
        self._starting.clear()
        if self._owns_ray:
            ray.shutdown()

    # -- actors ---------------------------------------------------------------------------------

    def _start_actor(self) -> None:
        actor = self._actor_class.options(scheduling_strategy="SPREAD").remote(
            self._settings_ref, self._glossaries_ref
        )
        self._starting[actor.ready.remote()] = actor

    def _placed(self, ref: Any) -> None:
        actor = self._starting.pop(ref)
        try:
            node = self._ray.get(ref)
        except self._fault_errors as exc:
            self._last_error = _describe(exc)
            self._start_actor()
            return
        used = {slot for other_node, slot in self._slots.values() if other_node == node}
        slot = min(set(range(len(used) + 1)) - used)
        self._slots[actor] = (node, slot)
        actor.pin.remote(slot)
        self._load[actor] = 0

    def _retire(self, actor: Any, exc: BaseException) -> None:
        """Forget a dead actor and start another in its place (Ray puts it where there is room)."""
        self._last_error = _describe(exc)
        if actor not in self._load:
            return  # its other calls already reported its death
        del self._load[actor]
        self._slots.pop(actor, None)
        try:
            self._ray.kill(actor, no_restart=True)
        except Exception:  # noqa: BLE001, S110 - it is dead already
            pass
        self._start_actor()

    def _dispatch(self) -> None:
        while self._queue:
            free = [a for a, load in self._load.items() if load < _PER_ACTOR]
            if not free:
                return
            actor = min(free, key=self._load.__getitem__)
            task, attempt = self._queue.popleft()
            self._calls[actor.run.remote(task)] = (task, actor, attempt)
            self._load[actor] += 1

    def _stalled(self) -> bool:
        if self._load:
            self._no_actor_since = None
            return False
        now = time.monotonic()
        if self._no_actor_since is None:
            self._no_actor_since = now
        return now - self._no_actor_since > _NO_ACTOR_TIMEOUT_S

    def _fail_queue(self, message: str) -> Iterator[_Outcome]:
        while self._queue:
            task, attempt = self._queue.popleft()
            yield replace(_failed_outcome(task, f"{message}; rerun the batch to retry"), attempts=attempt)


def _connect(ray: Any, address: str | None) -> None:
    """Join the cluster at ``address`` (or start Ray on this machine), quietly, or say why not."""
    options: dict[str, Any] = {
        "namespace": "wire-toolkit",
        "logging_level": logging.WARNING,
        "log_to_driver": False,
    }
    if address is None:
        options["include_dashboard"] = False
    try:
        ray.init(address=address, **options)
    except ray.exceptions.AuthenticationError as exc:
        raise BatchError(
            f"the Ray cluster refused this client ({_describe(exc)}); set RAY_AUTH_MODE=token and "
            "RAY_AUTH_TOKEN_PATH to the cluster's token file"
        ) from None
    except Exception as exc:  # noqa: BLE001 - Ray raises many types for one failed connection
        where = address or "a local Ray instance"
        raise BatchError(
            f"cannot connect to {where} ({_describe(exc)}); check --address (the head's HOST:PORT) and "
            "that RAY_AUTH_MODE=token and RAY_AUTH_TOKEN_PATH give the cluster's token"
        ) from None


def _describe(exc: BaseException) -> str:
    text = _one_line(str(exc)) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
