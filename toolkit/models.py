"""Argos Translate package management: list, install (from a file or the package index), remove.

An Argos package (``.argosmodel``) is a zip archive of one folder holding ``metadata.json``
(``from_code``, ``to_code``, ``package_version``...), a CTranslate2 model in ``model/`` and a
``sentencepiece.model``. Installed packages are unpacked folders in the packages directory:

1. ``$TOOLKIT_MODELS_DIR`` when set;
2. else ``$ARGOS_PACKAGES_DIR`` (Argos Translate's own setting, so both tools share packages);
3. else Argos Translate's default, ``$XDG_DATA_HOME/argos-translate/packages``
   (``~/.local/share/argos-translate/packages``).

The package is read with ``zipfile`` and ``json`` only: importing ``argostranslate`` loads torch,
spaCy and Stanza and creates folders in ``$HOME``, so this module never does. Installs unpack into
a hidden temporary folder of the packages directory and then rename it into place, under a file
lock, so a reader never sees half a package and parallel installs do not collide.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import EngineError, InputError, ModelNotFoundError

__all__ = [
    "DEFAULT_INDEX_URL",
    "InstalledModel",
    "find_model",
    "install_from_file",
    "install_from_index",
    "list_models",
    "models_dir",
    "read_package",
    "remove",
]

#: Argos Translate's package index (a JSON list of package metadata with download ``links``).
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
_TIMEOUT_S = 30


@dataclass(frozen=True)
class InstalledModel:
    """One installed Argos package (provenance: its folder and its metadata)."""

    source: str
    target: str
    path: Path
    package_version: str
    argos_version: str
    source_name: str
    target_name: str
    #: Token CTranslate2 must start the target with (multilingual packages), "" when none.
    target_prefix: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["name"] = self.name
        return data


def models_dir() -> Path:
    """The packages directory (see the module docstring); it may not exist yet."""
    for variable in ("TOOLKIT_MODELS_DIR", "ARGOS_PACKAGES_DIR"):
        value = os.environ.get(variable)
        if value:
            return Path(value).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "argos-translate" / "packages"


def _model_from_metadata(metadata: dict[str, Any], path: Path) -> InstalledModel:
    return InstalledModel(
        source=str(metadata["from_code"]),
        target=str(metadata["to_code"]),
        path=path,
        package_version=str(metadata.get("package_version", "")),
        argos_version=str(metadata.get("argos_version", "")),
        source_name=str(metadata.get("from_name", "")),
        target_name=str(metadata.get("to_name", "")),
        target_prefix=str(metadata.get("target_prefix", "") or ""),
    )


def _installed(path: Path) -> InstalledModel | None:
    """The package in folder ``path``, or None when it is not a usable translation package."""
    try:
        metadata = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(metadata, dict) or metadata.get("type", "translate") != "translate":
        return None
    if not metadata.get("from_code") or not metadata.get("to_code"):
        return None
    if not (path / "model" / "model.bin").is_file() or not (path / "sentencepiece.model").is_file():
        return None
    return _model_from_metadata(metadata, path)


def list_models(directory: str | Path | None = None) -> list[InstalledModel]:
    """Installed translation packages, sorted by language pair. Reads metadata only (no model load)."""
    root = Path(directory) if directory is not None else models_dir()
    if not root.is_dir():
        return []
    found = (
        _installed(child) for child in root.iterdir() if child.is_dir() and not child.name.startswith(".")
    )
    return sorted((m for m in found if m is not None), key=lambda m: (m.source, m.target, m.name))


def find_model(source: str, target: str, directory: str | Path | None = None) -> InstalledModel | None:
    """The installed package for ``source``→``target`` (the newest version when several), or None."""
    matches = [m for m in list_models(directory) if m.source == source and m.target == target]
    return max(matches, key=lambda m: _version_key(m.package_version)) if matches else None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


# -- reading a package file ---------------------------------------------------------------------


def read_package(path: str | Path) -> tuple[dict[str, Any], str]:
    """Validate an ``.argosmodel`` file; returns its metadata and the archive's folder prefix.

    Raises :class:`InputError` with a one-line reason for anything that is not a usable package.
    """
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{file}: no such file; give the path of a downloaded .argosmodel package")
    if not zipfile.is_zipfile(file):
        raise InputError(f"{file}: not an Argos package (not a zip archive); download the .argosmodel again")
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            for name in names:
                parts = PurePosixPath(name).parts
                if name.startswith("/") or ".." in parts:
                    raise InputError(f"{file}: unsafe path {name!r} in the archive; refusing to install it")
            metadata_names = [
                n for n in names if PurePosixPath(n).name == "metadata.json" and n.count("/") <= 1
            ]
            if not metadata_names:
                raise InputError(
                    f"{file}: not an Argos package (no metadata.json); download the .argosmodel again"
                )
            prefix = metadata_names[0][: -len("metadata.json")]
            try:
                metadata = json.loads(archive.read(metadata_names[0]).decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise InputError(
                    f"{file}: metadata.json is not valid JSON ({exc}); download the package again"
                ) from None
            if bad := archive.testzip():
                raise InputError(f"{file}: damaged archive (bad CRC in {bad}); download the package again")
    except zipfile.BadZipFile as exc:
        raise InputError(f"{file}: damaged zip archive ({exc}); download the package again") from None
    if not isinstance(metadata, dict) or not metadata.get("from_code") or not metadata.get("to_code"):
        raise InputError(
            f"{file}: metadata.json names no from_code/to_code; this is not a translation package"
        )
    if metadata.get("type", "translate") != "translate":
        raise InputError(f"{file}: is an Argos {metadata['type']!r} package, not a translation package")
    if f"{prefix}model/model.bin" not in names:
        raise InputError(f"{file}: has no CTranslate2 model (model/model.bin); download the package again")
    if f"{prefix}sentencepiece.model" not in names:
        raise InputError(
            f"{file}: has no sentencepiece.model; the toolkit reads SentencePiece packages only "
            "(BPE is not supported)"
        )
    return metadata, prefix


# -- installing and removing ---------------------------------------------------------------------


def _lock(root: Path):  # -> filelock.FileLock
    from filelock import FileLock

    root.mkdir(parents=True, exist_ok=True)
    return FileLock(str(root / ".install.lock"))


def install_from_file(path: str | Path, directory: str | Path | None = None) -> InstalledModel:
    """Install an ``.argosmodel`` file; replaces an installed package for the same pair. Atomic."""
    metadata, prefix = read_package(path)
    root = Path(directory) if directory is not None else models_dir()
    source, target = str(metadata["from_code"]), str(metadata["to_code"])
    version = str(metadata.get("package_version", "1.0")).replace(".", "_")
    name = prefix.rstrip("/") or f"translate-{source}_{target}-{version}"
    with _lock(root):
        staging = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
        retired: list[tuple[Path, Path]] = []  # (hidden folder it went to, where it was)
        try:
            with zipfile.ZipFile(path) as archive:
                for member in archive.infolist():
                    if not member.filename.startswith(prefix) or member.is_dir():
                        continue
                    relative = member.filename[len(prefix) :]
                    destination = staging / relative
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    with archive.open(member) as reader, open(destination, "wb") as writer:
                        shutil.copyfileobj(reader, writer)
            # Replaced packages (same pair, or same folder name) move aside first, then go.
            old = [m.path for m in list_models(root) if (m.source, m.target) == (source, target)]
            if (root / name).exists() and root / name not in old:
                old.append(root / name)
            for folder in old:
                aside = Path(tempfile.mkdtemp(prefix=".remove-", dir=root))
                os.replace(folder, aside / folder.name)
                retired.append((aside, folder))
            os.replace(staging, root / name)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            for aside, folder in retired:  # put the previous package back
                os.replace(aside / folder.name, folder)
                aside.rmdir()
            raise
        for aside, _ in retired:
            shutil.rmtree(aside, ignore_errors=True)
    installed = _installed(root / name)
    if installed is None:  # read_package checked everything _installed needs
        raise EngineError(
            f"{root / name}: installed package is unreadable; run `toolkit models remove {source} {target}`"
        )
    return installed


def remove(source: str, target: str, directory: str | Path | None = None) -> InstalledModel:
    """Uninstall the ``source``→``target`` package (every installed version of it)."""
    root = Path(directory) if directory is not None else models_dir()
    with _lock(root):
        matches = [m for m in list_models(root) if (m.source, m.target) == (source, target)]
        if not matches:
            raise ModelNotFoundError(
                f"no {source}→{target} model installed in {root}; "
                "`toolkit models list` shows what is installed"
            )
        for model in matches:
            aside = Path(tempfile.mkdtemp(prefix=".remove-", dir=root))
            os.replace(model.path, aside / model.name)
            shutil.rmtree(aside, ignore_errors=True)
    return matches[0]


def _index_url() -> str:
    # Argos Translate's ARGOS_PACKAGE_INDEX is the folder holding index.json.
    base = os.environ.get("ARGOS_PACKAGE_INDEX")
    return base.rstrip("/") + "/index.json" if base else DEFAULT_INDEX_URL


def _offline_error(what: str, exc: Exception, source: str, target: str) -> EngineError:
    reason = getattr(exc, "reason", exc)
    return EngineError(
        f"cannot download {what} ({reason}): no network? Download translate-{source}_{target}*.argosmodel "
        "elsewhere and run `toolkit models install FILE.argosmodel`"
    )


def _fetch_index(url: str, source: str, target: str) -> list[dict[str, Any]]:
    try:
        with urllib.request.urlopen(url, timeout=_TIMEOUT_S) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError) as exc:
        raise _offline_error("the Argos package index", exc, source, target) from None
    except ValueError as exc:
        raise EngineError(
            f"the Argos package index at {url} is not valid JSON ({exc}); try again later"
        ) from None
    if not isinstance(data, list):
        raise EngineError(f"the Argos package index at {url} is not a list of packages; try again later")
    return [entry for entry in data if isinstance(entry, dict)]


def _download(url: str, destination: Path, label: str, progress: bool) -> None:
    from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

    request = urllib.request.Request(url, headers={"User-Agent": "wire-toolkit"})
    with urllib.request.urlopen(request, timeout=_TIMEOUT_S) as response, open(destination, "wb") as out:
        total = int(response.headers.get("Content-Length") or 0) or None
        with Progress(
            "[progress.description]{task.description}", BarColumn(), DownloadColumn(), TransferSpeedColumn(),
            disable=not progress, transient=True,
        ) as bar:  # fmt: skip
            task = bar.add_task(label, total=total)
            while chunk := response.read(1 << 16):
                out.write(chunk)
                bar.advance(task, len(chunk))


def install_from_index(
    source: str,
    target: str,
    directory: str | Path | None = None,
    *,
    index_url: str | None = None,
    progress: bool = True,
) -> InstalledModel:
    """Download the newest ``source``→``target`` package from the Argos package index and install it.

    Needs the network; offline it raises a one-line :class:`EngineError` saying how to install from a
    file instead. The download is verified (a complete package for the requested pair) before install.
    """
    url = index_url or _index_url()
    entries = [
        e
        for e in _fetch_index(url, source, target)
        if e.get("from_code") == source
        and e.get("to_code") == target
        and e.get("type", "translate") == "translate"
    ]
    if not entries:
        raise ModelNotFoundError(
            f"the Argos package index has no {source}→{target} package; pivot through English "
            f"(`toolkit models install {source} en` and `toolkit models install en {target}`)"
        )
    entry = max(entries, key=lambda e: _version_key(str(e.get("package_version", ""))))
    links = [link for link in entry.get("links", []) if isinstance(link, str)]
    if not links:
        raise EngineError(
            f"the Argos package index lists no download link for {source}→{target}; try again later"
        )
    root = Path(directory) if directory is not None else models_dir()
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".download-", dir=root) as scratch:
        file = Path(scratch) / f"translate-{source}_{target}.argosmodel"
        failure: Exception | None = None
        for link in links:
            try:
                _download(link, file, f"{source}→{target}", progress)
                break
            except (urllib.error.URLError, OSError) as exc:
                failure = exc
        else:
            assert failure is not None
            raise _offline_error(f"the {source}→{target} package", failure, source, target)
        metadata, _ = read_package(file)
        if (metadata["from_code"], metadata["to_code"]) != (source, target):
            raise EngineError(
                f"the index's {source}→{target} download holds a "
                f"{metadata['from_code']}→{metadata['to_code']} "
                "package; report it to Argos Translate and install a file with `toolkit models install FILE`"
            )
        return install_from_file(file, root)
