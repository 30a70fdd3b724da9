"""Installing and removing packages: digests checked first, unpacked into a hidden folder of the
packages directory and renamed into place under a file lock."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from ..errors import EngineError, InputError, IntegrityError, ModelNotFoundError, UsageError
from ..files import file_sha256
from .catalog import PROVENANCE_NAME, InstalledModel, _installed, list_models, models_dir, validate_code
from .package import DEFAULT_MAX_RATIO, DEFAULT_MAX_UNPACKED_SIZE, read_package, safe_extract


def install_lock(root: Path):  # -> filelock.FileLock
    """The lock every install and removal in ``root`` holds (created with ``root``)."""
    from filelock import FileLock

    root.mkdir(parents=True, exist_ok=True)
    return FileLock(str(root / ".install.lock"))


def parse_digest(sha256: str | None) -> str | None:
    """A SHA-256 given by a user or a lock file, lower-cased; :class:`UsageError` when malformed."""
    if sha256 is None:
        return None
    value = sha256.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise UsageError(f"--sha256 {sha256!r} is not a SHA-256 digest (64 hexadecimal digits)")
    return value


def check_digest(actual: str, sha256: str | None, what: str) -> None:
    """Raise :class:`IntegrityError` unless ``actual`` is the digest asked for (None: anything goes)."""
    expected = parse_digest(sha256)
    if expected is not None and actual != expected:
        raise IntegrityError(
            f"{what} has SHA-256 {actual}, not the expected {expected}; nothing was installed: "
            "download it again, or check the digest you were given"
        )


def write_provenance(folder: Path, sha256: str, origin: str, license: str = "") -> None:
    record = {
        "sha256": sha256,
        "origin": origin,
        "installed": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    if license:
        record["license"] = license
    (folder / PROVENANCE_NAME).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")


def place_package(staging: Path, root: Path, name: str, source: str, target: str) -> InstalledModel:
    """Move the complete package folder ``staging`` to ``root/name``, replacing the pair's package.

    Call it holding :func:`install_lock`, with ``root`` resolved. Only installed packages of the same
    pair are replaced (moved aside first, put back if anything fails); any other file or folder in
    the way is refused, never deleted. ``staging`` is removed on failure.
    """
    destination = root / name
    retired: list[tuple[Path, Path]] = []  # (hidden folder it went to, where it was)
    try:
        if destination.parent != root:  # the name grammars make this impossible; keep it so
            raise InputError(f"package folder {name!r} is not inside {root}; refusing it")
        old = [m.path for m in list_models(root) if (m.source, m.target) == (source, target)]
        if os.path.lexists(destination) and (destination.is_symlink() or destination not in old):
            raise InputError(
                f"{destination} already exists and is not an installed {source}→{target} package; "
                "move it away, then install again"
            )
        for folder in old:
            aside = Path(tempfile.mkdtemp(prefix=".remove-", dir=root))
            os.replace(folder, aside / folder.name)
            retired.append((aside, folder))
        os.replace(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        for aside, folder in retired:  # put the previous package back
            os.replace(aside / folder.name, folder)
            aside.rmdir()
        raise
    for aside, _ in retired:
        shutil.rmtree(aside, ignore_errors=True)
    installed = _installed(destination)
    if installed is None:  # the callers checked everything _installed needs
        raise EngineError(
            f"{destination}: installed package is unreadable; run `toolkit models remove {source} {target}`"
        )
    return installed


def install_from_file(
    path: str | Path,
    directory: str | Path | None = None,
    *,
    sha256: str | None = None,
    origin: str | None = None,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
    max_ratio: float = DEFAULT_MAX_RATIO,
) -> InstalledModel:
    """Install an ``.argosmodel`` file; replaces an installed package for the same pair. Atomic.

    ``sha256``: refuse the file unless it has this digest; its digest is recorded either way, with
    ``origin`` (default: the file's path). The package unpacks into a temporary folder inside the
    packages folder, which is then renamed into place (see :func:`place_package`).
    """
    file = Path(path)
    digest = ""
    if file.is_file():  # else read_package says what is wrong
        digest = file_sha256(file)
        check_digest(digest, sha256, str(file))
    metadata, prefix = read_package(file, max_unpacked_size=max_unpacked_size, max_ratio=max_ratio)
    source, target = metadata["from_code"], metadata["to_code"]
    version = str(metadata.get("package_version", "1.0")).replace(".", "_")
    name = prefix.rstrip("/") or f"translate-{source}_{target}-{version}"
    root = Path(directory) if directory is not None else models_dir()
    with install_lock(root):
        root = root.resolve()  # after install_lock created it; every path below is checked against it
        staging = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
        try:
            try:
                with zipfile.ZipFile(file) as archive:
                    safe_extract(file, archive, prefix, staging, max_unpacked_size)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
                raise InputError(f"{file}: damaged archive ({exc}); download the package again") from None
            except OSError as exc:
                raise InputError(
                    f"{file}: cannot unpack it into {root} ({exc.strerror or exc}); "
                    "free some disk space or download the package again"
                ) from None
            write_provenance(staging, digest, origin or str(file.resolve()))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return place_package(staging, root, name, source, target)


def remove(source: str, target: str, directory: str | Path | None = None) -> InstalledModel:
    """Uninstall the ``source``→``target`` package (every installed version of it)."""
    validate_code(source)
    validate_code(target)
    root = Path(directory) if directory is not None else models_dir()
    with install_lock(root):
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
