"""Translation memory: a SQLite cache of engine outputs shared by threads and processes.

A segment is looked up by everything that decides its translation: engine, engine version, model,
languages, glossary version and the segment itself, normalized (Unicode NFC, whitespace collapsed)
so that copy re-wrapped by an editor still hits. The database runs in WAL mode so readers never
block the writer; each thread (and each forked process) gets its own connection, and writers wait
on SQLite's busy timeout instead of failing when parallel batch workers commit at once.

The library uses a memory only when given one; the CLI opens :func:`default_path`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import ToolkitError

__all__ = ["MemoryStats", "TranslationMemory", "default_path", "normalize"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    engine TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    glossary TEXT NOT NULL,
    segment TEXT NOT NULL,
    translation TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (engine, engine_version, model, source, target, glossary, segment)
) WITHOUT ROWID
"""
# SQLite limits bound parameters per statement (32766 today, 999 on old builds): look up in slices.
_LOOKUP_SLICE = 500


def default_path() -> Path:
    """``$TOOLKIT_CACHE_DIR/memory.sqlite3``, else ``~/.cache/wire-toolkit/memory.sqlite3``."""
    folder = os.environ.get("TOOLKIT_CACHE_DIR")
    base = Path(folder).expanduser() if folder else Path.home() / ".cache" / "wire-toolkit"
    return base / "memory.sqlite3"


def normalize(segment: str) -> str:
    """The lookup form of a segment: NFC, runs of whitespace collapsed to one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", segment).split())


@dataclass(frozen=True)
class MemoryStats:
    """Size of a translation memory; ``pairs`` counts entries per (engine, source, target)."""

    path: str
    entries: int
    size_bytes: int
    pairs: tuple[tuple[str, str, str, int], ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "entries": self.entries,
            "size_bytes": self.size_bytes,
            "pairs": [
                {"engine": e, "source": s, "target": t, "entries": n} for e, s, t, n in self.pairs
            ],
        }


class TranslationMemory:
    """A SQLite translation cache at ``path`` (created on first use). Thread- and process-safe.

    ``timeout`` is how long a writer waits for another process's write to finish, in seconds.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 60.0) -> None:
        self.path = Path(path).expanduser()
        self._timeout = timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[tuple[int, sqlite3.Connection]] = []
        self._closed = False

    # -- connections ---------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection; a forked child opens its own instead of sharing its parent's."""
        if self._closed:
            raise ToolkitError(f"translation memory {self.path} is closed: open a new TranslationMemory")
        cached = getattr(self._local, "connection", None)
        if cached is not None and cached[0] == os.getpid():
            return cached[1]
        connection = self._open()
        self._local.connection = (os.getpid(), connection)
        with self._lock:
            self._connections.append((os.getpid(), connection))
        return connection

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE) so writers queue on the
            # busy timeout up front instead of deadlocking on a lock upgrade.
            connection = sqlite3.connect(
                self.path, timeout=self._timeout, isolation_level=None, check_same_thread=False
            )
            connection.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self._with_retry(lambda: connection.execute("PRAGMA journal_mode = WAL"))
            connection.execute("PRAGMA synchronous = NORMAL")
            self._with_retry(lambda: connection.execute(_SCHEMA))
        except (sqlite3.Error, OSError) as exc:
            raise ToolkitError(
                f"cannot open the translation memory {self.path} ({exc}): "
                "set TOOLKIT_CACHE_DIR to a writable folder or use --no-memory"
            ) from exc
        return connection

    def _with_retry(self, action: Callable[[], object]) -> None:
        """Run a schema/journal statement that another process may be running at the same moment:
        SQLite reports "locked" for those without consulting the busy timeout."""
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                action()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the lock up front (waiting on the busy timeout), so two
        writers queue instead of one failing on a read-to-write upgrade."""
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    # -- lookups -------------------------------------------------------------------------------

    def get_many(
        self,
        segments: Sequence[str],
        *,
        engine: str,
        model: str,
        source: str,
        target: str,
        glossary_version: str | None = None,
        engine_version: str = "",
    ) -> list[str | None]:
        """The stored translation of each segment, or ``None`` for a miss; aligned with ``segments``."""
        keys = [normalize(s) for s in segments]
        unique = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        connection = self._connection()
        prefix = (engine, engine_version, model, source, target, glossary_version or "")
        for start in range(0, len(unique), _LOOKUP_SLICE):
            chunk = unique[start : start + _LOOKUP_SLICE]
            rows = connection.execute(
                "SELECT segment, translation FROM translations WHERE engine = ? AND engine_version = ? "
                "AND model = ? AND source = ? AND target = ? AND glossary = ? "
                f"AND segment IN ({','.join('?' * len(chunk))})",
                (*prefix, *chunk),
            )
            found.update(rows)
        return [found.get(key) for key in keys]

    def put_many(
        self,
        items: Iterable[tuple[str, str]],
        *,
        engine: str,
        model: str,
        source: str,
        target: str,
        glossary_version: str | None = None,
        engine_version: str = "",
    ) -> int:
        """Store ``(segment, translation)`` pairs (last one wins); returns how many were written."""
        prefix = (engine, engine_version, model, source, target, glossary_version or "")
        now = time.time()
        rows = [(*prefix, normalize(segment), translation, now) for segment, translation in items]
        if not rows:
            return 0
        with self._writing() as connection:
            connection.executemany("INSERT OR REPLACE INTO translations VALUES (?,?,?,?,?,?,?,?,?)", rows)
        return len(rows)

    def stats(self) -> MemoryStats:
        """How many entries, per engine and pair, and the size of the database files."""
        connection = self._connection()
        pairs = tuple(
            connection.execute(
                "SELECT engine, source, target, COUNT(*) FROM translations "
                "GROUP BY engine, source, target ORDER BY engine, source, target"
            )
        )
        size = sum(
            p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists()
        )
        return MemoryStats(str(self.path), sum(p[3] for p in pairs), size, pairs)

    def clear(self) -> int:
        """Delete every entry; returns how many were removed."""
        with self._writing() as connection:
            return connection.execute("DELETE FROM translations").rowcount

    # -- lifetime ------------------------------------------------------------------------------

    def close(self) -> None:
        """Close every connection this process opened through this object. Idempotent."""
        with self._lock:
            connections, self._connections = self._connections, []
            self._closed = True
        for pid, connection in connections:
            # A forked child must not touch its parent's SQLite handles.
            if pid == os.getpid():
                connection.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"TranslationMemory({str(self.path)!r})"
