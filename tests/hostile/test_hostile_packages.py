"""Hostile .argosmodel packages: every one is refused with a one-line reason, writes nothing outside
the packages folder, leaves no staging folder and deletes nothing the toolkit did not install."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import models
from toolkit.cli import app
from toolkit.errors import InputError


def _craft(
    tiny_model,
    target: Path,
    *,
    prefix: str | None = None,
    metadata: dict | None = None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
) -> Path:
    """A copy of the tiny package with its top folder renamed to ``prefix`` ("" = no folder),
    metadata.json fields overridden and ``extra`` members added."""
    with zipfile.ZipFile(tiny_model.argosmodel) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            _, _, rest = item.filename.partition("/")
            name = item.filename if prefix is None else f"{prefix}{rest}"
            if not rest:
                continue
            data = old.read(item)
            if rest == "metadata.json" and metadata:
                data = json.dumps({**json.loads(data), **metadata}).encode()
            new.writestr(name, data)
        for info, data in extra:
            new.writestr(info, data)
    return target


def _no_leftovers(root: Path) -> None:
    if root.exists():
        assert not [p.name for p in root.iterdir() if p.name.startswith((".install-", ".remove-"))]


@pytest.mark.parametrize(
    "fields",
    [
        {"to_code": "en-tiny/../../victim"},
        {"from_code": "../../victim"},
        {"to_code": "/tmp/victim"},
        {"to_code": "en\\..\\victim"},
        {"from_code": ["fr"]},
        {"package_version": "1/../../../victim"},
    ],
    ids=["to-traversal", "from-traversal", "absolute", "backslash", "not-a-string", "version"],
)
def test_codes_and_version_are_validated_before_any_path_is_built(tiny_model, tmp_path, fields):
    victim = tmp_path / "victim-1_0"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    package = _craft(tiny_model, tmp_path / "evil.argosmodel", prefix="", metadata=fields)
    root = tmp_path / "a" / "b" / "packages"
    with pytest.raises(InputError) as info:
        models.install_from_file(package, root)
    assert "\n" not in str(info.value)
    assert (victim / "precious.txt").read_text() == "keep me"
    # Refused before the packages folder is even created.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.argosmodel", "victim-1_0"]
    assert models.list_models(root) == []
    _no_leftovers(root)


def test_hostile_top_folder_names_are_refused(tiny_model, tmp_path):
    for prefix in (".install-x/", "-rf/", "a b/"):
        package = _craft(tiny_model, tmp_path / "evil.argosmodel", prefix=prefix)
        with pytest.raises(InputError, match="not a plain folder name"):
            models.install_from_file(package, tmp_path / "packages")
    _no_leftovers(tmp_path / "packages")


@pytest.mark.parametrize(
    "name",
    [
        "/etc/evil",
        "translate-fr_en-tiny/../../evil",
        "C:/evil",
        "translate-fr_en-tiny\\..\\..\\evil",
    ],
)
def test_unsafe_member_paths_are_refused(tiny_model, tmp_path, name):
    package = _craft(tiny_model, tmp_path / "evil.argosmodel", extra=[(name, b"x")])
    with pytest.raises(InputError, match="unsafe path"):
        models.install_from_file(package, tmp_path / "packages")
    assert not (tmp_path / "evil").exists()
    _no_leftovers(tmp_path / "packages")


@pytest.mark.parametrize("kind", [stat.S_IFLNK, stat.S_IFCHR, stat.S_IFIFO])
def test_symlink_and_special_members_are_refused(tiny_model, tmp_path, kind):
    link = zipfile.ZipInfo("translate-fr_en-tiny/model/link")
    link.external_attr = (kind | 0o777) << 16
    package = _craft(tiny_model, tmp_path / "evil.argosmodel", extra=[(link, b"/etc/passwd")])
    with pytest.raises(InputError, match="symlink or special file"):
        models.install_from_file(package, tmp_path / "packages")
    _no_leftovers(tmp_path / "packages")


def _bomb(tiny_model, tmp_path: Path, size: int) -> Path:
    # Zeros deflate about 1000:1: a few KiB of archive that unpacks to ``size`` bytes.
    big = zipfile.ZipInfo("translate-fr_en-tiny/model/padding.bin")
    big.compress_type = zipfile.ZIP_DEFLATED
    return _craft(tiny_model, tmp_path / "bomb.argosmodel", extra=[(big, bytes(size))])


def test_zip_bomb_is_refused_by_ratio_before_unpacking(tiny_model, tmp_path):
    package = _bomb(tiny_model, tmp_path, 32 << 20)
    assert package.stat().st_size < 4 << 20
    with pytest.raises(InputError, match=r"expands \d+:1 .*zip bomb"):
        models.install_from_file(package, tmp_path / "packages")
    _no_leftovers(tmp_path / "packages")


def test_total_unpacked_size_is_limited_and_the_limit_can_be_raised(tiny_model, tmp_path):
    package = _bomb(tiny_model, tmp_path, 16 << 20)
    root = tmp_path / "packages"
    with pytest.raises(InputError, match="unpacks to more than 8 MiB.*--max-unpacked-size"):
        models.install_from_file(package, root, max_unpacked_size=8 << 20, max_ratio=10_000)
    _no_leftovers(root)
    installed = models.install_from_file(package, root, max_unpacked_size=64 << 20, max_ratio=10_000)
    assert (installed.path / "model" / "padding.bin").stat().st_size == 16 << 20


def test_cli_bomb_and_size_flag(tiny_model, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path / "packages"))
    package = _bomb(tiny_model, tmp_path, 16 << 20)
    runner = CliRunner()
    result = runner.invoke(app, ["models", "install", str(package), "--max-unpacked-size", "8M"])
    assert result.exit_code == 2
    assert "--max-unpacked-size" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["models", "install", str(package), "--max-unpacked-size", "lots"])
    assert result.exit_code == 2 and "not a size" in result.output
    result = runner.invoke(app, ["models", "install", "en/../x", "fr"])
    assert result.exit_code == 2 and "not a language code" in result.output


def test_a_folder_in_the_way_that_is_not_ours_is_never_deleted(tiny_model, tmp_path):
    root = tmp_path / "packages"
    squatter = root / tiny_model.package_name
    squatter.mkdir(parents=True)
    (squatter / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="already exists and is not an installed fr→en package"):
        models.install_from_file(tiny_model.argosmodel, root)
    assert (squatter / "notes.txt").read_text() == "mine"
    # A symlink in the way is refused too, and its target is untouched.
    squatter.rename(tmp_path / "elsewhere")
    squatter.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(InputError, match="already exists"):
        models.install_from_file(tiny_model.argosmodel, root)
    assert (tmp_path / "elsewhere" / "notes.txt").read_text() == "mine"
    _no_leftovers(root)


def test_reinstall_replaces_only_the_same_pair(tiny_model, tmp_path):
    root = tmp_path / "packages"
    first = models.install_from_file(tiny_model.argosmodel, root)
    other = _craft(tiny_model, tmp_path / "enfr.argosmodel", prefix="translate-en_fr-tiny/",
                   metadata={"from_code": "en", "to_code": "fr"})  # fmt: skip
    models.install_from_file(other, root)
    again = models.install_from_file(tiny_model.argosmodel, root)
    assert again.path == first.path
    assert [(m.source, m.target) for m in models.list_models(root)] == [("en", "fr"), ("fr", "en")]
    _no_leftovers(root)


def test_parse_size():
    assert models.parse_size("800M") == 800 << 20
    assert models.parse_size("16G") == 16 << 30
    assert models.parse_size("1.5GiB") == int(1.5 * (1 << 30))
    assert models.parse_size("123") == 123
    with pytest.raises(InputError):
        models.parse_size("-1G")
