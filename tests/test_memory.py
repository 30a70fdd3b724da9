"""The translation memory on a real SQLite file: hits, keys, WAL, threads and processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest

from toolkit.errors import ToolkitError
from toolkit.memory import TranslationMemory, default_path, normalize

KEY = {"engine": "apertium", "model": "fr-es@1", "source": "fr", "target": "es"}


def test_put_then_get_hits_and_misses(tmp_path: Path) -> None:
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        assert memory.put_many([("Le chat.", "El gato."), ("Le chien.", "El perro.")], **KEY) == 2
        found = memory.get_many(["Le chien.", "Inconnu.", "Le chat."], **KEY)
        assert found == ["El perro.", None, "El gato."]
        assert memory.get_many([], **KEY) == []


def test_segments_are_normalized(tmp_path: Path) -> None:
    decomposed = "Le cafe\u0301  est\nfermé."  # "é" as e + combining accent, odd whitespace
    assert normalize(decomposed) == "Le café est fermé."
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        memory.put_many([(decomposed, "El café está cerrado.")], **KEY)
        assert memory.get_many(["  Le café est fermé. "], **KEY) == ["El café está cerrado."]


@pytest.mark.parametrize(
    "change",
    [
        {"engine": "argos"},
        {"model": "fr-es@2"},
        {"source": "es"},
        {"target": "en"},
        {"glossary_version": "abc123"},
        {"engine_version": "Apertium 9"},
    ],
)
def test_every_key_part_separates_entries(tmp_path: Path, change: dict[str, str]) -> None:
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        memory.put_many([("Le chat.", "El gato.")], **KEY)
        assert memory.get_many(["Le chat."], **{**KEY, **change}) == [None]


def test_last_write_wins_stats_and_clear(tmp_path: Path) -> None:
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:
        memory.put_many([("Le chat.", "Gato.")], **KEY)
        memory.put_many([("Le chat.", "El gato.")], **KEY)
        memory.put_many([("Le chat.", "The cat.")], **{**KEY, "target": "en"})
        assert memory.get_many(["Le chat."], **KEY) == ["El gato."]
        stats = memory.stats()
        assert stats.entries == 2 and stats.size_bytes > 0
        assert stats.pairs == (("apertium", "fr", "en", 1), ("apertium", "fr", "es", 1))
        assert stats.to_dict()["entries"] == 2
        assert memory.clear() == 2
        assert memory.stats().entries == 0


def test_database_is_in_wal_mode_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "tm.sqlite3"
    with TranslationMemory(path) as memory:
        memory.put_many([("Le chat.", "El gato.")], **KEY)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()
    with TranslationMemory(path) as memory:
        assert memory.get_many(["Le chat."], **KEY) == ["El gato."]


def test_closed_memory_refuses_work(tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path / "tm.sqlite3")
    memory.close()
    memory.close()
    with pytest.raises(ToolkitError, match="closed"):
        memory.get_many(["x"], **KEY)


def test_unwritable_location_is_a_toolkit_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ToolkitError, match="--no-memory"):
        TranslationMemory(blocker / "tm.sqlite3").stats()


def test_default_path_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    assert default_path() == tmp_path / "memory.sqlite3"
    monkeypatch.delenv("TOOLKIT_CACHE_DIR")
    assert default_path() == Path.home() / ".cache" / "wire-toolkit" / "memory.sqlite3"


def test_threads_share_one_memory(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    with TranslationMemory(tmp_path / "tm.sqlite3") as memory:

        def work(worker: int) -> None:
            try:
                for i in range(50):
                    memory.put_many([(f"t{worker}-{i}", f"out{i}")], **KEY)
                    assert memory.get_many([f"t{worker}-{i}"], **KEY) == [f"out{i}"]
            except BaseException as exc:  # collected and re-raised in the test thread
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert memory.stats().entries == 200


def _write_many(path: str, worker: int, count: int, start: multiprocessing.synchronize.Event) -> None:
    memory = TranslationMemory(path)
    start.wait()
    for i in range(count):
        # Small transactions, so the two writers really interleave on the lock.
        memory.put_many([(f"segment {worker}-{i}", f"translation {worker}-{i}")], **KEY)
    memory.close()


def test_two_processes_write_concurrently(tmp_path: Path) -> None:
    path = str(tmp_path / "tm.sqlite3")
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_write_many, args=(path, n, 300, start)) for n in range(2)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]
    with TranslationMemory(path) as memory:
        assert memory.stats().entries == 600
        found = memory.get_many(["segment 0-299", "segment 1-0"], **KEY)
        assert found == ["translation 0-299", "translation 1-0"]
