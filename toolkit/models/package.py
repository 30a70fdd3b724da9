"""Reading an ``.argosmodel`` file, which is untrusted input: its members (paths, types, sizes,
compression ratios) and metadata are checked before anything is unpacked, and unpacking counts the
bytes really written."""

from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InputError
from ..limits import format_size
from .catalog import _tokenizer_kind, validate_code

#: Largest total unpacked size of a package. Argos packages are 50-500 MB unpacked; converted
#: NLLB/M2M models can be several GB, hence ``--max-unpacked-size``.
DEFAULT_MAX_UNPACKED_SIZE = 4 << 30
#: Largest unpacked/compressed ratio of one member. Model weights barely compress (about 1.1:1),
#: vocabularies and JSON about 3-10:1; a zip bomb is 1000:1.
DEFAULT_MAX_RATIO = 100
#: Members smaller than this are exempt from the ratio check (a tiny JSON file can compress 50:1
#: and harms nobody).
_RATIO_EXEMPT_BYTES = 1 << 20

# Versions and top folder names become folder names too (see catalog.validate_code).
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,31}")
_FOLDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,127}")


def read_package(
    path: str | Path,
    *,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
    max_ratio: float = DEFAULT_MAX_RATIO,
) -> tuple[dict[str, Any], str]:
    """Validate an ``.argosmodel`` file; returns its metadata and the archive's folder prefix.

    Checks the members (paths, types, sizes, compression ratios) and the metadata (codes, version)
    without unpacking anything. Raises :class:`InputError` with a one-line reason for anything that
    is not a safe, usable package.
    """
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{file}: no such file; give the path of a downloaded .argosmodel package")
    if not zipfile.is_zipfile(file):
        raise InputError(f"{file}: not an Argos package (not a zip archive); download the .argosmodel again")
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
            check_members(file, members, max_unpacked_size, max_ratio)
            names = {member.filename for member in members}
            metadata_names = sorted(
                n for n in names if PurePosixPath(n).name == "metadata.json" and n.count("/") <= 1
            )
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
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
        raise InputError(f"{file}: damaged zip archive ({exc}); download the package again") from None
    if not isinstance(metadata, dict) or not metadata.get("from_code") or not metadata.get("to_code"):
        raise InputError(
            f"{file}: metadata.json names no from_code/to_code; this is not a translation package"
        )
    if metadata.get("type", "translate") != "translate":
        kind = str(metadata["type"])[:40]
        raise InputError(f"{file}: is an Argos {kind!r} package, not a translation package")
    validate_code(metadata["from_code"], f"{file}: from_code")
    validate_code(metadata["to_code"], f"{file}: to_code")
    version = metadata.get("package_version", "1.0")
    if not isinstance(version, (str, int, float)) or not _VERSION.fullmatch(str(version)):
        raise InputError(
            f"{file}: package_version {repr(version)[:40]} is not a version (e.g. 1.9); fix its metadata.json"
        )
    if prefix and not _FOLDER.fullmatch(prefix.rstrip("/")):
        raise InputError(
            f"{file}: top folder {prefix[:60]!r} is not a plain folder name (letters, digits, . _ + -)"
        )
    if f"{prefix}model/model.bin" not in names:
        raise InputError(f"{file}: has no CTranslate2 model (model/model.bin); download the package again")
    if _tokenizer_kind({n[len(prefix) :] for n in names if n.startswith(prefix)}) is None:
        raise InputError(
            f"{file}: has no sentencepiece.model, bpe.model or source.spm/target.spm (its tokenizer); "
            "download the package again"
        )
    return metadata, prefix


_MAX_MEMBERS = 10_000
_COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def check_members(
    file: Path, members: list[zipfile.ZipInfo], max_unpacked_size: int, max_ratio: float
) -> None:
    """Refuse unsafe members from the central directory alone, before a byte is unpacked."""
    if len(members) > _MAX_MEMBERS:
        raise InputError(
            f"{file}: {len(members)} files in the archive (at most {_MAX_MEMBERS}); not a package"
        )
    total = 0
    for member in members:
        name = member.filename
        parts = PurePosixPath(name).parts
        if (
            name.startswith(("/", "\\"))
            or "\\" in name
            or ".." in parts
            or (parts and ":" in parts[0])
        ):
            raise InputError(f"{file}: unsafe path {name[:120]!r} in the archive; refusing to install it")
        # Unix file type bits; zip writers that set none (0) mean a plain file.
        kind = stat.S_IFMT(member.external_attr >> 16)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise InputError(
                f"{file}: {name[:120]!r} is a symlink or special file; a package holds plain files only"
            )
        if member.flag_bits & 0x1:
            raise InputError(f"{file}: {name[:120]!r} is encrypted; a package is never encrypted")
        if member.compress_type not in _COMPRESSIONS:
            raise InputError(
                f"{file}: {name[:120]!r} uses an unknown compression; download the package again"
            )
        total += member.file_size
        if total > max_unpacked_size:
            raise InputError(
                f"{file}: unpacks to more than {format_size(max_unpacked_size)}; "
                "if this is a real large model, raise the limit with --max-unpacked-size (e.g. 16G)"
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_EXEMPT_BYTES and ratio > max_ratio:
            raise InputError(
                f"{file}: {name[:120]!r} expands {ratio:.0f}:1 "
                f"(more than {max_ratio:g}:1); a zip bomb, not a model; refusing to unpack it"
            )


def safe_extract(file: Path, archive: zipfile.ZipFile, prefix: str, staging: Path, limit: int) -> None:
    """Unpack the ``prefix`` folder of a checked archive into the fresh folder ``staging``.

    The member list was checked (:func:`check_members`); this still resolves every path and counts
    the bytes really written, so a lying size header cannot write more than the limit.
    """
    written = 0
    for member in archive.infolist():
        if not member.filename.startswith(prefix) or member.filename == prefix:
            continue
        destination = staging / member.filename[len(prefix) :]
        if not destination.resolve().is_relative_to(staging):
            raise InputError(f"{file}: unsafe path {member.filename[:120]!r} in the archive; refusing it")
        if member.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
        with archive.open(member) as reader, os.fdopen(handle, "wb") as writer:
            left = member.file_size
            while chunk := reader.read(1 << 20):
                left -= len(chunk)
                written += len(chunk)
                if left < 0 or written > limit:
                    raise InputError(
                        f"{file}: {member.filename[:120]!r} unpacks to more than its declared size or the "
                        f"{format_size(limit)} limit; refusing the package"
                    )
                writer.write(chunk)
