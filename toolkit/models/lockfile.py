"""The lock file (``models.lock``, JSON): the URL and SHA-256 of every downloaded package, which a
team can commit and replay with ``toolkit models install --locked``."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import InputError
from ..files import write_atomic
from .catalog import InstalledModel, models_dir, validate_code

#: The lock file's name in the packages directory.
LOCK_NAME = "models.lock"


@dataclass(frozen=True)
class LockEntry:
    """One pinned package: what to download and the digest it must have."""

    source: str
    target: str
    name: str
    version: str
    url: str
    sha256: str
    #: "argos" (an .argosmodel) or "opus" (an OPUS-MT zip the toolkit converts).
    kind: str = "argos"

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def lock_path(directory: str | Path | None = None, lock: str | Path | None = None) -> Path:
    """The lock file: ``lock`` when given, else ``models.lock`` in the packages directory."""
    if lock is not None:
        return Path(lock).expanduser()
    return (Path(directory) if directory is not None else models_dir()) / LOCK_NAME


def read_lock(path: str | Path) -> list[LockEntry]:
    """The entries of a lock file; [] when it does not exist."""
    file = Path(path)
    if not file.exists():
        return []
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        entries = [LockEntry(**{k: str(v) for k, v in row.items()}) for row in data["packages"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"{file}: not a models lock file ({exc}); fix it, or delete it to pin packages afresh"
        ) from None
    for entry in entries:  # codes become folder names: a lock file is input like any other
        validate_code(entry.source, f"{file}: source")
        validate_code(entry.target, f"{file}: target")
        if not re.fullmatch(r"[0-9a-f]{64}", entry.sha256):
            raise InputError(
                f"{file}: {entry.name[:60]!r} has no SHA-256 digest ({entry.sha256[:70]!r}); fix the file"
            )
    return entries


def _write_lock(path: Path, entries: list[LockEntry]) -> None:
    data = {
        "comment": "Pinned translation models; commit this file and run `toolkit models install --locked`.",
        "version": 1,
        "packages": [e.to_dict() for e in sorted(entries, key=lambda e: (e.source, e.target))],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def record_lock(model: InstalledModel, path: Path, kind: str = "argos") -> None:
    """Pin an installed package (its URL and digest) in the lock file, replacing its pair's entry."""
    if not model.sha256 or "://" not in model.origin or model.origin.startswith("file:"):
        return  # only downloads can be replayed from a lock
    entry = LockEntry(
        model.source, model.target, model.name, model.package_version, model.origin, model.sha256, kind
    )
    from filelock import FileLock

    path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path.with_name(f".{path.name}.lock"))):
        kept = [e for e in read_lock(path) if (e.source, e.target) != (model.source, model.target)]
        _write_lock(path, [*kept, entry])
