"""The output folder's bookkeeping: the settings digest that decides what a resume redoes, the
manifest (one line per item, appended and fsynced as items land) and the checks that an item's
outputs are still intact and that nothing in OUTPUT is a symlink."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..errors import InputError, ToolkitError
from ..files import write_atomic
from ..pipeline import DEFAULT_LENGTHS
from ._common import MANIFEST, _sha256
from .input import folder_name

__all__ = ["BatchSettings", "ItemRecord", "read_manifest"]

Status = Literal["ok", "skipped", "failed"]


@dataclass(frozen=True)
class BatchSettings:
    """Everything that shapes an item's outputs; its :attr:`digest` decides what a resume redoes."""

    targets: tuple[str, ...]
    lengths: tuple[str, ...] = DEFAULT_LENGTHS
    engine: str | None = None
    model: str | None = None
    source: str | None = None
    glossaries: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("md", "json")
    #: Translation memory file shared by the workers; a cache, so not part of :attr:`digest`.
    memory: str | None = None
    #: Where engines run (``auto``, ``cpu``, ``cuda``); picks hardware, so not part of :attr:`digest`.
    device: str = "auto"

    @property
    def digest(self) -> str:
        """sha256 of the settings that change outputs (glossaries by content, not by path)."""
        from .. import __version__

        glossary_sums = [_sha256(Path(p).read_bytes()) for p in self.glossaries]
        data = {
            "toolkit": __version__,
            "engine": self.engine,
            "model": self.model,
            "source": self.source,
            "lengths": self.lengths,
            "formats": self.formats,
            "glossaries": glossary_sums,
            "components": _component_versions(self.engine),
        }
        return _sha256(json.dumps(data, sort_keys=True).encode())


def _component_versions(engine: str | None) -> dict[str, Any]:
    """What shapes outputs besides the settings: the installed models of the engine (of every engine
    when it is chosen per pair), with their versions, and the summary ranker and language-ID model by
    content. Installing, upgrading or removing any of them makes a resume redo the items."""
    from importlib import resources

    from .. import engines
    from .._ngram import DEFAULT_PATH
    from ..files import file_sha256

    installed: dict[str, list[str]] = {}
    for name in [engine] if engine else engines.names():
        try:
            installed[name] = sorted(engines.plugin(name).installed_models())
        except ToolkitError:
            installed[name] = []
    return {
        "engines": installed,
        "ranker": _sha256(resources.files("toolkit").joinpath("_ranker.json").read_bytes()),
        "language_id": file_sha256(DEFAULT_PATH) if DEFAULT_PATH.is_file() else None,
    }


@dataclass(frozen=True)
class ItemRecord:
    """One manifest line: what happened to one article in one target language."""

    id: str
    lang: str
    status: Status
    input_sha256: str
    settings_sha256: str
    origin: str = ""
    engine: str | None = None
    model: str | None = None
    source_language: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    #: The item's folder under OUTPUT (see :func:`folder_name`); "" in manifests of older versions.
    folder: str = ""
    #: How many workers were given the item: more than 1 when a worker (or its node) died on it.
    attempts: int = 1

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.lang)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ItemRecord:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


def read_manifest(output: str | os.PathLike[str]) -> dict[tuple[str, str], ItemRecord]:
    """The manifest's records by (id, lang); torn or foreign lines are ignored, the last line wins."""
    records: dict[tuple[str, str], ItemRecord] = {}
    path = Path(output) / MANIFEST
    if not path.exists():
        return records
    with path.open("rb") as handle:
        for line in handle:
            # A line without its newline was torn by a kill mid-write: never trust it.
            if not line.endswith(b"\n"):
                continue
            try:
                record = ItemRecord.from_dict(json.loads(line))
            except (ValueError, TypeError):
                continue
            records[record.key] = record
    return records


def _manifest_line(record: ItemRecord) -> bytes:
    return (json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True) + "\n").encode()


def _rewrite_manifest(output: Path, records: Sequence[ItemRecord]) -> None:
    write_atomic(output / MANIFEST, b"".join(_manifest_line(r) for r in records))


def _append_manifest(output: Path, record: ItemRecord) -> None:
    handle_fd = os.open(output / MANIFEST, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    with os.fdopen(handle_fd, "ab") as handle:
        handle.write(_manifest_line(record))
        handle.flush()
        os.fsync(handle.fileno())


def _item_folder(output: Path, folder: str, lang: str, *, create: bool) -> Path:
    """``OUTPUT/folder/lang``, made when ``create``, refusing to pass through a symlink or anything
    that is not a real folder (checked component by component, without following links)."""
    path = output
    for part in (folder, lang):
        path = path / part
        if create:
            try:
                os.mkdir(path)
            except FileExistsError:
                pass
        mode = os.lstat(path).st_mode
        if not stat.S_ISDIR(mode):
            what = "a symlink" if stat.S_ISLNK(mode) else "not a folder"
            raise InputError(f"{path} is {what}; a batch never writes through one, remove it")
    return path


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _outputs_intact(output: Path, record: ItemRecord) -> bool:
    try:
        folder = _item_folder(output, record.folder or folder_name(record.id), record.lang, create=False)
        for name, checksum in record.outputs.items():
            fd = os.open(folder / name, os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(fd, "rb") as handle:
                if _sha256(handle.read()) != checksum:
                    return False
    except (OSError, InputError):
        return False
    return bool(record.outputs)

