"""Writing output files safely: never a half-written file, never a lost old one."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .errors import InputError

__all__ = ["check_output", "file_sha256", "write_atomic"]


def check_output(path: Path) -> None:
    """Refuse an output path that can never be written (a folder, a missing folder) before any
    work is done, with a one-line :class:`InputError`."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name to write to, e.g. {path / 'out.txt'}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist; create it first")


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text is UTF-8 encoded) to ``path`` through a temp file in the same folder
    and a rename, so readers never see half a file and a failure leaves the old file intact."""
    check_output(path)
    folder = path.parent if str(path.parent) else Path(".")
    # mkstemp makes the file private (0600): give it the old file's mode, or the usual 0644.
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(temporary, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks (model files are large)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
