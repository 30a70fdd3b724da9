"""Argos package management: install from a file or an index (served locally), list, remove, errors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import models
from toolkit.cli import app
from toolkit.errors import EngineError, InputError, ModelNotFoundError
from toolkit.testing.local_http import serve_folder


def _rezip(source: Path, target: Path, *, drop: str = "", extra: dict[str, bytes] | None = None) -> Path:
    """Copy an .argosmodel, leaving out members containing ``drop`` and adding ``extra`` members."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            if not (drop and drop in item.filename):
                new.writestr(item, old.read(item))
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def test_install_list_find_remove(tiny_model, tmp_path):
    installed = models.install_from_file(tiny_model.argosmodel, tmp_path)
    assert (installed.source, installed.target) == ("fr", "en")
    assert installed.path == tmp_path / tiny_model.package_name
    assert (installed.path / "model" / "model.bin").is_file()
    assert models.list_models(tmp_path) == [installed]
    assert models.find_model("fr", "en", tmp_path) == installed
    assert models.find_model("en", "fr", tmp_path) is None
    # Reinstalling replaces the package; no staging or retired folders are left behind.
    models.install_from_file(tiny_model.argosmodel, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [tiny_model.package_name]
    assert models.remove("fr", "en", tmp_path) == installed
    assert models.list_models(tmp_path) == []
    assert [p for p in tmp_path.iterdir() if p.is_dir()] == []


def test_remove_missing_names_the_list_command(tmp_path):
    with pytest.raises(ModelNotFoundError, match=r"no fr→en model installed .*`toolkit models list`"):
        models.remove("fr", "en", tmp_path)


def test_models_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv("TOOLKIT_MODELS_DIR", raising=False)
    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert models.models_dir() == tmp_path / "data" / "argos-translate" / "packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    assert models.models_dir() == tmp_path / "argos"
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path / "toolkit"))
    assert models.models_dir() == tmp_path / "toolkit"


def test_bad_files_give_one_line_reasons(tiny_model, tmp_path):
    name = tiny_model.package_name
    cases = {
        "missing": (tmp_path / "nope.argosmodel", "no such file"),
        "text": (tmp_path / "text.argosmodel", "not a zip archive"),
        "no-metadata": (
            _rezip(tiny_model.argosmodel, tmp_path / "a.zip", drop="metadata.json"),
            "no metadata.json",
        ),
        "no-model": (
            _rezip(tiny_model.argosmodel, tmp_path / "b.zip", drop="model.bin"),
            "no CTranslate2 model",
        ),
        "no-spm": (
            _rezip(tiny_model.argosmodel, tmp_path / "c.zip", drop="sentencepiece"),
            "no sentencepiece.model",
        ),
        "traversal": (
            _rezip(tiny_model.argosmodel, tmp_path / "d.zip", extra={f"{name}/../../evil": b"x"}),
            "unsafe path",
        ),
    }
    (tmp_path / "text.argosmodel").write_text("not a zip")
    broken = tmp_path / "e.zip"
    _rezip(tiny_model.argosmodel, broken, drop="metadata.json", extra={f"{name}/metadata.json": b"{oops"})
    cases["bad-json"] = (broken, "metadata.json is not valid JSON")
    target = tmp_path / "packages"
    for case, (path, reason) in cases.items():
        with pytest.raises(InputError, match=reason) as info:
            models.install_from_file(path, target)
        assert "\n" not in str(info.value), case
    assert models.list_models(target) == []
    assert not (target / ".." / "evil").exists()


@pytest.fixture
def package_index(tiny_model, tmp_path):
    """A real HTTP server on localhost serving an Argos-style index.json and the tiny package."""
    served = tmp_path / "served"
    served.mkdir()
    (served / "fr_en.argosmodel").write_bytes(tiny_model.argosmodel.read_bytes())
    with serve_folder(served) as base:
        package, missing = f"{base}/fr_en.argosmodel", f"{base}/missing.argosmodel"
        entries = [
            {"from_code": "fr", "to_code": "en", "package_version": "0.9", "links": [missing]},
            {"from_code": "fr", "to_code": "en", "package_version": "1.0", "links": [package]},
            {"from_code": "en", "to_code": "fr", "package_version": "1.0", "links": [package]},
        ]
        (served / "index.json").write_text(json.dumps(entries))
        yield f"{base}/index.json"


def test_install_from_index_downloads_newest_and_verifies(package_index, tmp_path):
    installed = models.install_from_index(
        "fr", "en", tmp_path / "pk", index_url=package_index, progress=False
    )
    assert (installed.source, installed.target, installed.package_version) == ("fr", "en", "1.0")
    assert [p.name for p in (tmp_path / "pk").iterdir() if p.is_dir()] == [installed.name]
    with pytest.raises(ModelNotFoundError, match="has no de→en package"):
        models.install_from_index("de", "en", tmp_path / "pk", index_url=package_index, progress=False)
    # The index's en→fr link serves a fr→en package: verification refuses it.
    with pytest.raises(EngineError, match="holds a fr→en package"):
        models.install_from_index("en", "fr", tmp_path / "pk", index_url=package_index, progress=False)


def test_install_from_index_offline_says_how_to_install_a_file(tmp_path):
    # Port 9 (discard) on localhost: nothing listens, as on a machine with no network.
    with pytest.raises(EngineError, match=r"no network\? .*`toolkit models install FILE.argosmodel`"):
        models.install_from_index(
            "fr", "en", tmp_path, index_url="http://127.0.0.1:9/index.json", progress=False
        )


def test_cli_models_commands(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path))
    runner = CliRunner()
    result = runner.invoke(app, ["models", "install", str(tiny_model.argosmodel)])
    assert result.exit_code == 0, result.output
    assert "installed fr→en" in result.output
    result = runner.invoke(app, ["models", "list", "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["source"], r["target"]) for r in rows] == [("fr", "en")]
    result = runner.invoke(app, ["models", "list"])
    assert result.output.startswith("fr→en\t1.0\t")
    result = runner.invoke(app, ["models", "remove", "fr", "en"])
    assert result.exit_code == 0 and "removed fr→en" in result.output
    result = runner.invoke(app, ["models", "remove", "fr", "en"])
    assert result.exit_code == 1 and "no fr→en model installed" in result.output
    bad = tmp_path / "bad.argosmodel"
    bad.write_text("nope")
    result = runner.invoke(app, ["models", "install", str(bad)])
    assert result.exit_code == 2 and "not a zip archive" in result.output
    result = runner.invoke(app, ["models", "install", "a", "b", "c"])
    assert result.exit_code == 2
