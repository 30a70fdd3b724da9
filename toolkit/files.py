"""Writing output files safely: never a half-written file, never a lost old one."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

__all__ = ["atomic_writer", "check_output", "file_sha256", "write_atomic"]


def check_output(path: Path) -> None:
    """Refuse an output path that can never be written (a folder, a missing folder) before any
    work is done, with a one-line :class:`InputError`."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name to write to, e.g. {path / 'out.txt'}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist; create it first")


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary stream whose bytes become ``path`` when the block ends: a temp file in the same
    folder, fsynced and renamed, so readers never see half a file and an error (the temp file is
    deleted) leaves the old file intact. For outputs too large to hold in memory (model archives)."""
    check_output(path)
    folder = path.parent if str(path.parent) else Path(".")
    # mkstemp makes the file private (0600): give it the old file's mode, or the usual 0644.
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(temporary, mode)
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text is UTF-8 encoded) to ``path`` through :func:`atomic_writer`."""
    with atomic_writer(path) as stream:
        stream.write(data.encode("utf-8") if isinstance(data, str) else data)


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, as lowercase hex, read in blocks (model files are large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
