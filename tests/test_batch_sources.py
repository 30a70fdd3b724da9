"""Batch input where clusters keep data (Parquet, fsspec URLs), streamed; executor choice and its
errors; ``import toolkit`` never imports Ray."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from toolkit.batch import iter_articles, load_articles, run_batch
from toolkit.errors import InputError, UsageError

RECORDS = [
    {"id": "a1", "text": "Premier article.", "title": "Titre", "source": "AFP"},
    {"id": "a2", "text": "Deuxième article."},
    {"id": "a/3", "text": "Un id qui est un chemin."},
    {"id": "a4", "text": ""},
]


def _jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def _parquet(path: Path) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    columns = {name: [r.get(name) for r in RECORDS] for name in ("id", "text", "title", "source")}
    pq.write_table(pa.table(columns), path, row_group_size=2)
    return path


def _summary(articles) -> list[tuple]:
    return [(a.id, a.text, a.sha256, a.source, a.error is None) for a in articles]


def test_parquet_rows_read_like_the_same_jsonl_records(tmp_path: Path) -> None:
    from_jsonl = load_articles(_jsonl(tmp_path / "in.jsonl"))
    from_parquet = load_articles(_parquet(tmp_path / "in.parquet"))
    # Same ids, texts (title first), checksums and failures, whichever format carries them.
    assert _summary(from_parquet) == _summary(from_jsonl)
    assert from_parquet[0].text == "Titre\n\nPremier article."
    assert from_parquet[0].source == "AFP"
    assert [a.error is None for a in from_parquet] == [True, True, False, False]
    assert from_parquet[2].origin == "in.parquet:3"


def test_parquet_without_the_needed_columns_is_bad_input(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), tmp_path / "in.parquet")
    with pytest.raises(InputError, match="columns id and text"):
        load_articles(tmp_path / "in.parquet")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(InputError, match="not a readable Parquet file"):
        load_articles(tmp_path / "bad.parquet")


def test_urls_are_read_through_fsspec(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    _parquet(tmp_path / "in.parquet")
    _jsonl(tmp_path / "in.jsonl")
    local = _summary(load_articles(tmp_path / "in.jsonl"))
    assert _summary(load_articles(f"file://{tmp_path}/in.jsonl")) == local
    assert _summary(load_articles(f"file://{tmp_path}/in.parquet")) == local
    memory = fsspec.filesystem("memory")
    memory.pipe("/wire/in.jsonl", (tmp_path / "in.jsonl").read_bytes())
    assert _summary(load_articles("memory://wire/in.jsonl")) == local
    with pytest.raises(InputError, match="cannot read it"):
        load_articles("memory://wire/missing.jsonl")


def test_jsonl_input_is_streamed_not_loaded_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    text = "Un article de dépêche assez long pour peser. " * 40  # ~1.8 kB
    with path.open("w", encoding="utf-8") as handle:
        for n in range(10_000):
            handle.write(json.dumps({"id": f"n{n}", "text": text}, ensure_ascii=False) + "\n")
    size = path.stat().st_size
    tracemalloc.start()
    count = sum(1 for _ in iter_articles(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 10_000
    assert peak < size / 20, (peak, size)  # a few records at a time, not the ~18 MB file


def test_executor_and_address_are_checked(tmp_path: Path) -> None:
    _jsonl(tmp_path / "in.jsonl")
    with pytest.raises(UsageError, match="unknown executor"):
        run_batch(tmp_path / "in.jsonl", tmp_path / "out", targets=["es"], executor="dask")
    with pytest.raises(UsageError, match="--executor ray"):
        run_batch(tmp_path / "in.jsonl", tmp_path / "out", targets=["es"], address="127.0.0.1:6379")
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "batch", str(tmp_path / "in.jsonl"), str(tmp_path / "o")]
        + ["--to", "es", "--executor", "spark"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "unknown executor" in result.stderr


def test_importing_the_toolkit_never_imports_ray() -> None:
    code = "import sys, toolkit, toolkit.batch, toolkit.cli; print('ray' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
