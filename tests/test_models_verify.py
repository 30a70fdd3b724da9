"""Verified installs: SHA-256 recorded and required, lock files, interrupted downloads. Local HTTP only."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import models
from toolkit.cli import app
from toolkit.errors import EngineError, InputError, IntegrityError, UsageError
from toolkit.testing.local_http import QuietHandler, serve_folder
from toolkit.testing.models import BuiltModel

WRONG = "0" * 64


class _Handler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path.startswith("/cut/"):
            # Promise the whole file, send half of it, hang up: an interrupted download.
            data = (Path(self.directory) / self.path[len("/cut/") :]).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        super().do_GET()


@pytest.fixture
def server(tiny_model: BuiltModel, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(index URL, base URL) of a local server holding index.json and the tiny fr→en package."""
    served = tmp_path / "served"
    served.mkdir()
    (served / "fr_en.argosmodel").write_bytes(tiny_model.argosmodel.read_bytes())
    with serve_folder(served, _Handler) as base:
        link = f"{base}/fr_en.argosmodel"
        index = [{"from_code": "fr", "to_code": "en", "package_version": "1.0", "links": [link]}]
        (served / "index.json").write_text(json.dumps(index))
        yield f"{base}/index.json", base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(root: Path) -> list[str]:
    """Anything an install left in the packages folder besides packages, locks and the lock file."""
    return sorted(p.name for p in root.iterdir() if p.name not in (".install.lock", ".models.lock.lock"))


def test_digest_is_recorded_and_required_for_files(tiny_model: BuiltModel, tmp_path: Path) -> None:
    digest = _digest(tiny_model.argosmodel)
    with pytest.raises(IntegrityError, match="not the expected 0000") as info:
        models.install_from_file(tiny_model.argosmodel, tmp_path, sha256=WRONG)
    assert "\n" not in str(info.value) and models.list_models(tmp_path) == []
    with pytest.raises(UsageError, match="not a SHA-256 digest"):
        models.install_from_file(tiny_model.argosmodel, tmp_path, sha256="abc")
    installed = models.install_from_file(tiny_model.argosmodel, tmp_path, sha256=digest.upper())
    assert installed.sha256 == digest and installed.origin == str(tiny_model.argosmodel.resolve())
    assert models.list_models(tmp_path)[0].sha256 == digest


def test_index_download_is_verified_recorded_and_pinned(server: tuple[str, str], tmp_path: Path) -> None:
    index, base = server
    root = tmp_path / "pk"
    with pytest.raises(IntegrityError, match="nothing was installed"):
        models.install_from_index("fr", "en", root, index_url=index, sha256=WRONG, progress=False)
    assert models.list_models(root) == [] and _leftovers(root) == []
    installed = models.install_from_index("fr", "en", root, index_url=index, progress=False)
    assert installed.origin == f"{base}/fr_en.argosmodel" and len(installed.sha256) == 64
    (entry,) = models.read_lock(root / "models.lock")
    assert (entry.source, entry.target, entry.version, entry.url, entry.sha256, entry.kind) == (
        "fr", "en", "1.0", f"{base}/fr_en.argosmodel", installed.sha256, "argos",
    )  # fmt: skip


def test_interrupted_download_leaves_nothing(server: tuple[str, str], tmp_path: Path) -> None:
    _, base = server
    root = tmp_path / "pk"
    with pytest.raises(EngineError, match="cannot download"):
        models.install_from_url(f"{base}/cut/fr_en.argosmodel", "fr", "en", root, progress=False)
    assert models.list_models(root) == [] and _leftovers(root) == []


def test_locked_install_replays_the_pins_and_refuses_a_changed_file(
    server: tuple[str, str], tmp_path: Path, tiny_model_en_de: BuiltModel
) -> None:
    index, _ = server
    team = tmp_path / "team.lock"
    first = models.install_from_index("fr", "en", tmp_path / "a", index_url=index, progress=False, lock=team)
    # A colleague replays the committed lock into an empty folder: same package, same digest.
    (again,) = models.install_locked(directory=tmp_path / "b", lock=team, progress=False)
    assert (again.source, again.target, again.sha256) == ("fr", "en", first.sha256)
    # Already installed with the pinned digest: kept, not downloaded again.
    (kept,) = models.install_locked([("fr", "en")], directory=tmp_path / "b", lock=team, progress=False)
    assert kept.path == again.path
    # The server now serves another file under the pinned URL: refused, nothing installed.
    (tmp_path / "served" / "fr_en.argosmodel").write_bytes(tiny_model_en_de.argosmodel.read_bytes())
    with pytest.raises(IntegrityError, match="nothing was installed"):
        models.install_locked(directory=tmp_path / "c", lock=team, progress=False)
    assert models.list_models(tmp_path / "c") == []
    with pytest.raises(InputError, match="pins no de→en"):
        models.install_locked([("de", "en")], directory=tmp_path / "c", lock=team, progress=False)
    with pytest.raises(InputError, match="no lock file"):
        models.install_locked(directory=tmp_path / "d", progress=False)


def test_bad_lock_file_is_one_line_input_error(tmp_path: Path) -> None:
    (tmp_path / "models.lock").write_text("{not json")
    with pytest.raises(InputError, match="not a models lock file") as info:
        models.install_locked(directory=tmp_path, progress=False)
    assert "\n" not in str(info.value)


def test_cli_sha256_lock_and_list(server: tuple[str, str], tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    index, _ = server
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path / "pk"))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index.removesuffix("/index.json"))
    runner = CliRunner()
    result = runner.invoke(app, ["models", "install", "fr", "en", "-q", "--sha256", WRONG])
    assert result.exit_code == 1 and "nothing was installed" in result.output
    assert models.list_models(tmp_path / "pk") == []
    result = runner.invoke(app, ["models", "install", "fr", "en", "-q"])
    assert result.exit_code == 0, result.output
    digest = models.list_models(tmp_path / "pk")[0].sha256
    assert f"sha256:{digest}" in result.output
    listed = runner.invoke(app, ["models", "list"])
    assert f"sha256:{digest}" in listed.output
    rows = [json.loads(line) for line in runner.invoke(app, ["models", "list", "--json"]).output.splitlines()]
    assert rows[0]["sha256"] == digest and rows[0]["tokenizer"] == "sentencepiece"
    lock = tmp_path / "pk" / "models.lock"
    team = tmp_path / "team.lock"
    team.write_text(lock.read_text())
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path / "fresh"))
    result = runner.invoke(app, ["models", "install", "--locked", "--lock", str(team), "-q"])
    assert result.exit_code == 0, result.output
    assert models.list_models(tmp_path / "fresh")[0].sha256 == digest
    result = runner.invoke(app, ["models", "install", "--locked", "fr", "-q"])
    assert result.exit_code == 2


def test_malformed_digests_are_refused_before_any_download(tmp_path: Path) -> None:
    # Port 9 on localhost: nothing listens; the digest must be refused before that is found out.
    with pytest.raises(UsageError, match="not a SHA-256 digest"):
        models.install_from_index("fr", "en", tmp_path, index_url="http://127.0.0.1:9/i.json", sha256="xyz")
    lock = tmp_path / "models.lock"
    row = {"source": "fr", "target": "en", "name": "p", "version": "1", "url": "http://127.0.0.1:9/p"}
    row["sha256"] = "xyz"
    lock.write_text(json.dumps({"version": 1, "packages": [row]}))
    with pytest.raises(InputError, match="has no SHA-256 digest"):
        models.install_locked(directory=tmp_path, progress=False)
    row.update(sha256=WRONG, source="../../etc")
    lock.write_text(json.dumps({"version": 1, "packages": [row]}))
    with pytest.raises(InputError, match="is not a language code"):
        models.install_locked(directory=tmp_path, progress=False)
