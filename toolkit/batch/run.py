"""The run: :func:`run_batch` checks its arguments, takes the output folder's lock, skips what is
up to date, streams the rest to an executor and writes each item's files and manifest line as it
lands (see :mod:`toolkit.batch` for the guarantees)."""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import BatchError, EngineNotAvailableError, InputError, UsageError
from ..files import write_atomic
from ..langcodes import check as check_language
from ..langcodes import check_many
from ..pipeline import DEFAULT_LENGTHS
from ._common import _LOCK, MANIFEST, _clip, _one_line, _sha256
from .executors import _Executor, _make_executor
from .input import Article, _check_ids, folder_name, iter_articles
from .manifest import (
    BatchSettings,
    ItemRecord,
    Status,
    _append_manifest,
    _fsync_dir,
    _item_folder,
    _outputs_intact,
    _rewrite_manifest,
    read_manifest,
)
from .worker import _Outcome, _Task

__all__ = ["BatchSummary", "EXECUTORS", "FORMATS", "run_batch"]

#: Brief formats a batch can write; json is the brief's data, the others come from templates.
FORMATS = ("md", "txt", "html", "json")
#: Where the workers run: spawned processes on this machine, or actors of a Ray cluster.
EXECUTORS = ("local", "ray")
#: Longest error message kept in the manifest.
_MAX_ERROR_CHARS = 500
# Files in an item folder that a batch writes; stale ones (a format no longer asked for) go, and
# so do the temp files write_atomic leaves beside them when a run is killed mid-write.
_OUTPUTS = r"(translation\.txt|report\.json|brief\.\w+)"
_OUTPUT_NAME = re.compile(rf"{_OUTPUTS}|\.{_OUTPUTS}\.\w+\.tmp")


@dataclass(frozen=True)
class BatchSummary:
    """What a run did. ``records`` are this run's items in input order."""

    output: Path
    records: tuple[ItemRecord, ...]
    not_run: int
    seconds: float

    def count(self, status: Status) -> int:
        return sum(1 for r in self.records if r.status == status)

    @property
    def ok(self) -> int:
        return self.count("ok")

    @property
    def skipped(self) -> int:
        return self.count("skipped")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def exit_code(self) -> int:
        """0 when every item is done, 1 when some failed or did not run (``fail_fast``)."""
        return 1 if self.failed or self.not_run else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "ok": self.ok,
            "skipped": self.skipped,
            "failed": self.failed,
            "not_run": self.not_run,
            "seconds": round(self.seconds, 3),
        }


def run_batch(
    input: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    targets: Sequence[str],
    lengths: Sequence[str] = DEFAULT_LENGTHS,
    jobs: int = 1,
    engine: str | None = None,
    model: str | None = None,
    glossary: Sequence[str | os.PathLike[str]] = (),
    source: str | None = None,
    formats: Sequence[str] = ("md", "json"),
    memory: str | os.PathLike[str] | None = None,
    fail_fast: bool = False,
    progress: bool | Callable[[ItemRecord], None] = False,
    executor: str = "local",
    address: str | None = None,
    device: str = "auto",
) -> BatchSummary:
    """Localize every article of ``input`` into every language of ``targets`` under ``output``.

    Resumable and safe to kill (see the module docstring). ``jobs`` workers each load the engine
    once: processes on this machine (``executor="local"``) or Ray actors anywhere in a cluster
    (``executor="ray"``; ``address`` is the cluster's ``HOST:PORT``, ``None`` starts Ray here).
    ``device``: the engines' device (``cuda`` makes each Ray actor ask for a GPU).
    ``progress``: ``True`` shows a progress bar on stderr, a callable is called with
    each finished record. ``memory``: a translation memory file the workers share (optional).
    Raises :class:`UsageError`/:class:`InputError` for bad arguments or input,
    :class:`BatchError` when another run holds ``output``; failed items are in the summary instead.
    """
    from filelock import FileLock, Timeout

    settings = _settings(targets, lengths, engine, model, glossary, source, formats, memory, device)
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; use {' or '.join(EXECUTORS)}")
    if address is not None and executor != "ray":
        raise UsageError("--address is the address of a Ray cluster; use it with --executor ray")
    if executor == "local" and model is None:
        _check_pairs(settings)
    # Only what identifies each article stays in memory; texts are read again as items are sent.
    articles = [replace(a, text=None) for a in iter_articles(input)]
    _check_ids(articles, input)
    make = functools.partial(_make_executor, executor, address)
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; give an output folder")
    out.mkdir(parents=True, exist_ok=True)
    for name in (_LOCK, MANIFEST):
        if (out / name).is_symlink():
            raise InputError(f"{out / name} is a symlink; a batch never writes through one, remove it")
    lock = FileLock(str(out / _LOCK))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise BatchError(
            f"{out}: another batch run is writing here; wait for it or use another folder"
        ) from None
    try:
        return _run_locked(input, articles, out, settings, make, jobs, fail_fast, progress)
    finally:
        lock.release()


def _settings(
    targets: Sequence[str],
    lengths: Sequence[str],
    engine: str | None,
    model: str | None,
    glossary: Sequence[str | os.PathLike[str]],
    source: str | None,
    formats: Sequence[str],
    memory: str | os.PathLike[str] | None,
    device: str,
) -> BatchSettings:
    langs = check_many(targets, "target")
    source = check_language(source, "source") if source else None
    for length in lengths:
        if length not in DEFAULT_LENGTHS:
            raise UsageError(f"unknown length {length!r}; use {', '.join(DEFAULT_LENGTHS)}")
    for fmt in formats:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    paths = []
    for item in glossary:
        path = Path(item)
        if not path.is_file():
            raise InputError(f"{path}: no such glossary file")
        paths.append(str(path.resolve()))
    return BatchSettings(
        targets=langs,
        lengths=tuple(dict.fromkeys(lengths)) or DEFAULT_LENGTHS,
        engine=engine,
        model=model,
        source=source,
        glossaries=tuple(paths),
        formats=tuple(dict.fromkeys(formats)) or ("md", "json"),
        memory=str(Path(memory).resolve()) if memory is not None else None,
        device=device,
    )


def _check_pairs(settings: BatchSettings) -> None:
    """Refuse up front a target no engine of the run translates into (with ``source``: the pair
    itself), rather than fail every item alike. Only what this process can know: not with a
    ``model`` (it decides the pair) nor on Ray (whose workers may have engines the driver lacks);
    an article whose detected language the engine lacks still fails alone."""
    from .. import engines
    from ..langcodes import pair_error

    available: dict[str, list[tuple[str, str]]] = {}
    for name in [settings.engine] if settings.engine else engines.names():
        try:
            available[name] = sorted(engines.available_pairs(name))
        except EngineNotAvailableError:
            if settings.engine:
                raise
    pairs = {pair for found in available.values() for pair in found}
    source = settings.source
    for target in settings.targets:
        if source == target or (source is not None and (source, target) in pairs):
            continue
        if source is not None:
            hints = {name: engines.plugin(name).pair_install_command(source, target) for name in available}
            raise pair_error(source, target, available, engine=settings.engine, hints=hints)
        if not any(into == target for _, into in pairs):
            raise pair_error(None, target, available, engine=settings.engine)


def _run_locked(
    input: str | os.PathLike[str],
    articles: list[Article],
    out: Path,
    settings: BatchSettings,
    make: Callable[[BatchSettings, int], _Executor],
    jobs: int,
    fail_fast: bool,
    progress: bool | Callable[[ItemRecord], None],
) -> BatchSummary:
    started = time.perf_counter()
    digest = settings.digest
    # A manifest's temp file left by a killed run is garbage: nothing was renamed from it.
    for leftover in out.glob(f".{MANIFEST}.*.tmp"):
        leftover.unlink()

    keys = [(a, lang) for a in articles for lang in settings.targets]
    previous = read_manifest(out)
    done: dict[tuple[str, str], ItemRecord] = {}
    for article, lang in keys:
        old = previous.get((article.id, lang))
        if (
            old is not None
            and article.error is None
            and old.status in ("ok", "skipped")
            and old.input_sha256 == article.sha256
            and old.settings_sha256 == digest
            and _outputs_intact(out, old)
        ):
            done[old.key] = _replace_status(old, "skipped")
    current = {(a.id, lang) for a, lang in keys}
    others = [r for k, r in previous.items() if k not in current]
    # From here on the manifest holds only lines that are true; items to redo have none.
    _rewrite_manifest(out, [done[(a.id, lang)] for a, lang in keys if (a.id, lang) in done] + others)

    records: dict[tuple[str, str], ItemRecord] = dict(done)
    todo = [(a, lang) for a, lang in keys if (a.id, lang) not in done]
    # The bar counts this run's work only, so that items/s and the ETA are not flattered by skips.
    reporter = _Progress(len(todo), len(done), progress)
    not_run = 0
    try:
        # Unusable articles fail straight away, without a worker.
        for article, lang in todo:
            if article.error is not None:
                record = _record(article, lang, digest, error=article.error)
                _append_manifest(out, record)
                records[record.key] = record
                reporter.finished(record)
        runnable = [(a, lang) for a, lang in todo if a.error is None]
        stop = fail_fast and any(r.status == "failed" for r in records.values())
        if runnable and not stop:
            tasks = _stream_tasks(input, runnable)
            not_run = _process(
                tasks, runnable, out, settings, digest, make, jobs, fail_fast, records, reporter
            )
        elif stop:
            not_run = len(runnable)
    finally:
        reporter.close()
    ordered = [records[(a.id, lang)] for a, lang in keys if (a.id, lang) in records]
    _rewrite_manifest(out, ordered + others)
    return BatchSummary(out, tuple(ordered), not_run, time.perf_counter() - started)


def _stream_tasks(input: str | os.PathLike[str], runnable: list[tuple[Article, str]]) -> Iterator[_Task]:
    """The tasks for ``runnable`` (in input order), reading the input again for their texts."""
    wanted: dict[str, list[tuple[int, Article, str]]] = {}
    for index, (article, lang) in enumerate(runnable):
        wanted.setdefault(article.id, []).append((index, article, lang))
    for fresh in iter_articles(input):
        for index, article, lang in wanted.pop(fresh.id, ()):
            if fresh.sha256 != article.sha256 or fresh.text is None:
                raise InputError(f"{fresh.origin}: the input changed during the run; rerun the batch")
            yield _Task(index, fresh.id, lang, fresh.text, fresh.source)
    if wanted:
        raise InputError(f"{next(iter(wanted))}: the input changed during the run; rerun the batch")


def _process(
    tasks: Iterator[_Task],
    runnable: list[tuple[Article, str]],
    out: Path,
    settings: BatchSettings,
    digest: str,
    make: Callable[[BatchSettings, int], _Executor],
    jobs: int,
    fail_fast: bool,
    records: dict[tuple[str, str], ItemRecord],
    reporter: _Progress,
) -> int:
    """Run ``runnable`` items on the workers, writing each result as it arrives; returns how many
    items were never started (``fail_fast``).

    At most ``executor.capacity`` items are in flight, so the input streams through. An outcome
    for an item already written (an executor retried it and the first attempt answered after all)
    is dropped: every item is written once."""
    executor = make(settings, min(jobs, len(runnable)))
    landed: set[int] = set()
    submitted = 0
    stopping = False
    finished = False
    try:
        for task in _take(tasks, executor.capacity):
            executor.submit(task)
            submitted += 1
        for outcome in executor.results():
            if outcome.index in landed:
                continue
            landed.add(outcome.index)
            article, lang = runnable[outcome.index]
            record = _land(out, article, lang, digest, outcome)
            records[record.key] = record
            reporter.finished(record)
            if fail_fast and record.status == "failed":
                stopping = True
            if not stopping:
                for task in _take(tasks, 1):
                    executor.submit(task)
                    submitted += 1
        finished = True
    finally:
        # Interrupted (Ctrl-C, an error while writing): don't wait for the workers' current items.
        executor.close(wait=finished)
    return len(runnable) - submitted


def _take(iterator: Iterator[_Task], count: int) -> list[_Task]:
    return [task for _, task in zip(range(count), iterator, strict=False)]


def _land(out: Path, article: Article, lang: str, digest: str, outcome: _Outcome) -> ItemRecord:
    """Write one item's files (atomically, each), then its manifest line; returns the record."""
    if outcome.error is not None:
        record = _record(article, lang, digest, error=outcome.error, attempts=outcome.attempts)
    else:
        started = time.perf_counter()
        try:
            folder = _item_folder(out, folder_name(article.id), lang, create=True)
            for name, data in outcome.files.items():
                write_atomic(folder / name, data)
            for stale in folder.iterdir():
                if stale.name not in outcome.files and _OUTPUT_NAME.fullmatch(stale.name):
                    stale.unlink()
            _fsync_dir(folder)
        except (OSError, InputError) as exc:
            # This item's folder is unusable (a symlink, a full disk, a name the file system
            # refuses): the item fails, the run goes on.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            error = f"cannot write the outputs: {reason}"
            record = _record(article, lang, digest, error=error, attempts=outcome.attempts)
            _append_manifest(out, record)
            return record
        record = _record(
            article,
            lang,
            digest,
            engine=outcome.engine,
            model=outcome.model,
            source_language=outcome.source_language,
            outputs={name: _sha256(data) for name, data in sorted(outcome.files.items())},
            # The driver writes every item itself: its write time bounds a run's throughput.
            timings={**outcome.timings, "write_s": round(time.perf_counter() - started, 4)},
            attempts=outcome.attempts,
        )
    _append_manifest(out, record)
    return record


def _record(article: Article, lang: str, digest: str, **fields: Any) -> ItemRecord:
    status: Status = "failed" if fields.get("error") else "ok"
    if fields.get("error"):
        fields["error"] = _clip(_one_line(fields["error"]), _MAX_ERROR_CHARS)
    return ItemRecord(
        id=article.id,
        lang=lang,
        status=status,
        input_sha256=article.sha256,
        settings_sha256=digest,
        origin=_clip(article.origin, _MAX_ERROR_CHARS),
        folder="" if status == "failed" else folder_name(article.id),
        **fields,
    )


def _replace_status(record: ItemRecord, status: Status) -> ItemRecord:
    return ItemRecord.from_dict({**record.to_dict(), "status": status})


class _Progress:
    """A rich progress bar on stderr (items/s, ETA), or a callback, or nothing."""

    def __init__(self, total: int, skipped: int, progress: bool | Callable[[ItemRecord], None]) -> None:
        self._callback = progress if callable(progress) else None
        self._bar: Any = None
        if progress is True:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn(f"[bold]batch[/bold] ({skipped} up to date)" if skipped else "[bold]batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} items/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._bar.add_task("batch", total=total, rate="-")
            self._bar.start()
        self._started = time.perf_counter()
        self._worked = 0

    def finished(self, record: ItemRecord) -> None:
        if self._callback is not None:
            self._callback(record)
        if self._bar is not None:
            self._worked += 1
            rate = self._worked / max(time.perf_counter() - self._started, 1e-9)
            self._bar.update(self._task, advance=1, rate=f"{rate:.2f}")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
