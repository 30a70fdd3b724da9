"""Batch input: ids, sanitizing, bad articles, duplicates; settings validation; the manifest reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.batch import ItemRecord, load_articles, read_manifest, run_batch
from toolkit.errors import InputError, UsageError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "batch"


def test_folder_ids_are_sorted_file_stems_and_other_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Deuxième article.\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Premier\n\nPremier article.\n", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("caché", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    articles = load_articles(tmp_path)
    assert [a.id for a in articles] == ["a", "b"]
    assert all(a.error is None for a in articles)
    assert articles[1].text == "Deuxième article.\n"
    assert articles[0].origin == "a.md"


def test_file_names_are_sanitized_into_plain_folder_names(tmp_path: Path) -> None:
    (tmp_path / "Alep: l'offensive (jour 2).txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "-x..y-.txt").write_text("Texte.", encoding="utf-8")
    ids = {a.origin: a.id for a in load_articles(tmp_path)}
    assert ids["Alep: l'offensive (jour 2).txt"] == "Alep-l-offensive-jour-2"
    assert ids["-x..y-.txt"] == "x.y"


def test_binary_and_empty_files_become_failed_articles(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Un article.", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    by_id = {a.id: a for a in load_articles(tmp_path)}
    assert by_id["good"].error is None
    assert "binary" in (by_id["photo"].error or "")
    assert "empty" in (by_id["empty"].error or "")
    assert by_id["photo"].text is None


def test_jsonl_records_bad_lines_and_unsafe_ids(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok-1", "title": "Titre", "text": "Corps de l'article.", "source": "AFP"}),
        "{not json",
        json.dumps({"id": "../escape", "text": "x"}),
        json.dumps({"id": "/etc/passwd", "text": "x"}),
        json.dumps({"id": "a/b", "text": "x"}),
        json.dumps({"id": "..", "text": "x"}),
        json.dumps({"id": "manifest.jsonl", "text": "x"}),
        json.dumps({"id": "no-text"}),
        json.dumps([1, 2]),
        "",
        json.dumps({"id": 7, "text": "Sept."}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = load_articles(path)
    assert [a.id for a in articles] == [
        "ok-1",
        "line:2",
        "line:3",
        "line:4",
        "line:5",
        "line:6",
        "line:7",
        "no-text",
        "line:9",
        "7",
    ]
    first = articles[0]
    assert first.text == "Titre\n\nCorps de l'article." and first.source == "AFP" and first.error is None
    assert "not valid JSON" in (articles[1].error or "")
    for bad in articles[2:7]:
        assert "not a safe folder name" in (bad.error or ""), bad
    assert "no text" in (articles[7].error or "")
    assert articles[9].error is None
    # Every error is one line that names the line of the file.
    assert all("\n" not in (a.error or "") for a in articles)
    assert articles[2].error.startswith("in.jsonl:3:")  # type: ignore[union-attr]


def test_duplicate_ids_make_the_input_invalid(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Un.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Deux.", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate article id 'a'"):
        load_articles(tmp_path)
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "Gaza", "text": "x"}\n{"id": "gaza", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="duplicate article id"):
        load_articles(path)


def test_missing_or_empty_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        load_articles(tmp_path / "nope")
    with pytest.raises(InputError, match="no articles found"):
        load_articles(tmp_path)


def test_the_shipped_examples_load(tmp_path: Path) -> None:
    folder = load_articles(EXAMPLES / "articles")
    jsonl = load_articles(EXAMPLES / "articles.jsonl")
    assert [a.id for a in folder] == [a.id for a in jsonl]
    assert 4 <= len(folder) <= 6 and all(a.error is None for a in folder + jsonl)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"targets": []}, "no target language"),
        ({"targets": ["../x"]}, "not a language code"),
        ({"targets": ["es"], "lengths": ["tiny"]}, "unknown length"),
        ({"targets": ["es"], "formats": ["pdf"]}, "unknown format"),
        ({"targets": ["es"], "jobs": 0}, "at least 1"),
    ],
)
def test_bad_settings_are_refused_before_anything_is_written(
    tmp_path: Path, kwargs: dict, message: str
) -> None:
    out = tmp_path / "out"
    with pytest.raises(UsageError, match=message):
        run_batch(EXAMPLES / "articles", out, **kwargs)
    assert not out.exists()


def test_missing_glossary_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such glossary"):
        run_batch(EXAMPLES / "articles", tmp_path / "out", targets=["es"], glossary=[tmp_path / "g.yaml"])


def test_manifest_reader_ignores_a_torn_last_line_and_keeps_the_last_record(tmp_path: Path) -> None:
    first = ItemRecord("a", "es", "failed", "1" * 64, "2" * 64, error="boom")
    second = ItemRecord("a", "es", "ok", "1" * 64, "2" * 64, outputs={"translation.txt": "3" * 64})
    other = ItemRecord("b", "es", "ok", "4" * 64, "2" * 64)
    text = "".join(json.dumps(r.to_dict()) + "\n" for r in (first, second))
    text += "not json\n" + json.dumps(other.to_dict())[:-5]  # a kill mid-write tears the last line
    (tmp_path / "manifest.jsonl").write_text(text, encoding="utf-8")
    records = read_manifest(tmp_path)
    assert records == {("a", "es"): second}
