"""``toolkit translate`` and ``toolkit doctor`` through the real CLI and the real Apertium engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")

ARTICLE = "Le chat noir dort.\n\nLe ministre a parlé [hier].\n"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str, stdin: str | None = None):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(app, list(args), input=stdin)


def apertium(file: str, target: str, *extra: str, stdin: str | None = None):  # noqa: ANN201
    """``toolkit translate FILE --from fr --to TARGET --engine apertium ...``, whatever else is installed."""
    return run("translate", file, "--from", "fr", "--to", target, "--engine", "apertium", *extra, stdin=stdin)


def test_translates_a_file_to_stdout(article: Path) -> None:
    result = apertium(str(article), "es")
    assert result.exit_code == 0, result.output
    assert result.stdout == "El gato negro duerme.\n\nEl ministro ha hablado [ayer].\n"


def test_reads_standard_input() -> None:
    result = apertium("-", "es", stdin="Le chat.")
    assert result.exit_code == 0 and result.stdout == "El gato.\n"


def test_json_carries_engine_model_segments_and_reports(article: Path, cache_dir: Path) -> None:
    result = apertium(str(article), "en", "--json")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["engine"] == "apertium" and "spa-eng@" in data["model"]
    assert [s["source"] for s in data["segments"]] == ["Le chat noir dort.", "Le ministre a parlé [hier]."]
    assert "glossary_report" in data and "fidelity" in data
    # The default memory (in $TOOLKIT_CACHE_DIR) now serves the same article.
    again = apertium(str(article), "en", "--json")
    again = json.loads(again.stdout)
    assert all(s["from_memory"] for s in again["segments"])
    assert (cache_dir / "memory.sqlite3").exists()


def test_no_memory_leaves_no_cache(article: Path, cache_dir: Path) -> None:
    result = apertium(str(article), "es", "--no-memory")
    assert result.exit_code == 0
    assert not (cache_dir / "memory.sqlite3").exists()


def test_glossaries_are_repeatable(article: Path) -> None:
    root = Path(__file__).resolve().parents[1] / "glossaries"
    args = ["--glossary", str(root / "syria-fr-en.yaml"), "--glossary", str(root / "wire-fr-en.yaml")]
    result = apertium(str(article), "en", "--json", *args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["glossary_version"]


def test_output_file_is_written_atomically(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "article.es.txt"
    out.parent.mkdir()
    out.write_text("old content")
    result = apertium(str(article), "es", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8") == "El gato negro duerme.\n\nEl ministro ha hablado [ayer].\n"
    assert [p.name for p in out.parent.iterdir()] == ["article.es.txt"]  # no temp file left behind
    missing = run("translate", str(article), "--from", "fr", "--to", "es", "-o", str(tmp_path / "no" / "x"))
    assert missing.exit_code == 2


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["translate", "{missing}", "--from", "fr", "--to", "es"], 2),
        (["translate", "{empty}", "--from", "fr", "--to", "es"], 2),
        (["translate", "{binary}", "--from", "fr", "--to", "es"], 2),
        (["translate", "{article}", "--from", "fr", "--to", "es", "--engine", "babelfish"], 2),
        (["translate", "{article}", "--from", "fr", "--to", "spanish"], 2),
        (["translate", "{article}", "--from", "fr"], 2),
        (["translate", "{article}", "--from", "fr", "--to", "de", "--engine", "apertium"], 2),
    ],
)
def test_failures_exit_with_one_line(args: list[str], code: int, article: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    paths = {
        "missing": tmp_path / "nope.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.bin",
        "article": article,
    }
    result = run(*(a.format(**paths) for a in args))
    assert result.exit_code == code, result.output
    if code == 1 or "babelfish" in args:
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def test_doctor_reports_engines_pairs_glossaries_and_cache(cache_dir: Path) -> None:
    result = run("doctor", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    apertium = next(e for e in data["engines"] if e["name"] == "apertium")
    assert apertium["available"] and "fr-en" in apertium["pairs"]
    assert "apertium" in data["pairs"]["fr-en"]
    assert {g["name"] for g in data["glossaries"]} >= {"syria-fr-en"}
    assert data["cache_path"] == str(cache_dir / "memory.sqlite3")
    for engine in data["engines"]:
        assert engine["available"] or engine["reason"]
    text = run("doctor")
    assert text.exit_code == 0 and "apertium" in text.stdout and "fr→en" in text.stdout
