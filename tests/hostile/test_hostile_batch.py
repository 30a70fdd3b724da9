"""Hostile batch input and output folders: long, non-Latin and path-like ids, symlinks planted in
OUTPUT, huge ids in error messages. One bad item fails alone; later items run; reruns work."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from toolkit.batch import MANIFEST, folder_name, load_articles, read_manifest, run_batch
from toolkit.errors import InputError

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")

CJK_ID = "東京特派員報告" * 14 + "終わり"  # 101 characters, 303 UTF-8 bytes


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_folder_names_are_bounded_portable_and_distinct():
    names = {
        i: folder_name(i)
        for i in ["plain-id_1.0", CJK_ID, "x" * 5000, "a b", "a:b", "CON", "nul.txt", "e\u0301t\u00e9", "-x"]
    }
    assert names["plain-id_1.0"] == "plain-id_1.0"
    for article_id, name in names.items():
        assert len(name.encode()) <= 100, article_id
        assert "/" not in name and not name.startswith((".", "-")) and ".." not in name
    assert len(set(names.values())) == len(names)
    assert names["a b"] != names["a:b"] and names["CON"].startswith("CON-")
    assert folder_name(CJK_ID) == folder_name(CJK_ID)  # stable across runs


def test_path_like_and_huge_ids_fail_with_bounded_messages(tmp_path):
    records = [
        {"id": "z" * 100_000, "text": "Le texte."},
        {"id": "a/../b", "text": "x"},
        {"id": CJK_ID, "text": "x"},
    ]
    source = _jsonl(tmp_path / "in.jsonl", records)
    articles = load_articles(source)
    assert [a.id for a in articles] == ["line:1", "line:2", CJK_ID]
    assert all(len(a.error or "") < 300 for a in articles)
    assert articles[2].error is None


@needs_apertium
def test_one_bad_item_fails_alone_and_reruns_work(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    output = tmp_path / "out"
    output.mkdir()
    # A symlink planted inside OUTPUT where the item "planted" would write.
    (output / "planted").symlink_to(outside, target_is_directory=True)
    source = _jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": CJK_ID, "text": "La ville est grande."},
            {"id": "planted", "text": "Le chat dort."},
            {"id": "z" * 100_000, "text": "Le texte."},
            {"id": "après", "text": "Il pleut à Paris."},
        ],
    )
    summary = run_batch(source, output, targets=["es"], engine="apertium", source="fr", formats=["md"])
    by_id = {r.id: r for r in summary.records}
    assert (summary.ok, summary.failed, summary.not_run) == (2, 2, 0)
    assert by_id[CJK_ID].status == "ok" and by_id["après"].status == "ok"
    assert (output / folder_name(CJK_ID) / "es" / "translation.txt").is_file()
    assert by_id["planted"].status == "failed" and "symlink" in (by_id["planted"].error or "")
    assert list(outside.iterdir()) == []  # nothing written through the link
    manifest = read_manifest(output)
    assert manifest[(CJK_ID, "es")].folder == folder_name(CJK_ID)  # the manifest keeps the id
    assert max(len(line) for line in (output / MANIFEST).read_text(encoding="utf-8").splitlines()) < 2000
    assert not (output / ".tmp").exists()
    # A rerun skips what is done and fails the same bad items again, without crashing.
    again = run_batch(source, output, targets=["es"], engine="apertium", source="fr", formats=["md"])
    assert (again.skipped, again.failed) == (2, 2)
    # Once the symlink is gone, the item runs.
    (output / "planted").unlink()
    third = run_batch(source, output, targets=["es"], engine="apertium", source="fr", formats=["md"])
    assert (third.ok, third.skipped, third.failed) == (1, 2, 1)


@needs_apertium
def test_symlinked_files_inside_output_are_never_written_through(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    output = tmp_path / "out"
    (output / "bien" / "es").mkdir(parents=True)
    (output / "bien" / "es" / "translation.txt").symlink_to(victim)
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "bien", "text": "La ville est grande."}])
    summary = run_batch(source, output, targets=["es"], engine="apertium", source="fr", formats=["md"])
    assert summary.ok == 1
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (output / "bien" / "es" / "translation.txt").is_symlink()
    for name in (".lock", MANIFEST):
        other = tmp_path / f"other-{name}"
        shutil.rmtree(other, ignore_errors=True)
        other.mkdir()
        (other / name).symlink_to(victim)
        with pytest.raises(InputError, match="symlink"):
            run_batch(source, other, targets=["es"], engine="apertium", source="fr", formats=["md"])
    assert victim.read_text(encoding="utf-8") == "precious"


def test_oversized_articles_fail_alone_without_being_read_whole(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_MAX_INPUT", "1K")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text("Le texte. " * 1000, encoding="utf-8")
    (folder / "small.txt").write_text("Le texte.", encoding="utf-8")
    by_id = {a.id: a for a in load_articles(folder)}
    assert "input limit" in (by_id["big"].error or "") and by_id["small"].error is None
    records = [
        {"id": "big", "text": "Le texte. " * 200},  # a 2 kB text: over the limit
        {"id": "huge", "text": "x" * 20_000},  # a 20 kB line: over 8 times the limit, skipped unread
        {"id": "small", "text": "Le texte."},
    ]
    articles = load_articles(_jsonl(tmp_path / "in.jsonl", records))
    assert [a.id for a in articles] == ["big", "line:2", "small"]
    assert "input limit" in (articles[0].error or "")
    assert "line longer than 8 KiB" in (articles[1].error or "")
    assert articles[2].error is None
