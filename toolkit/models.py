"""Argos Translate package management: list, install (from a file or the package index), remove.

An Argos package (``.argosmodel``) is a zip archive of one folder holding ``metadata.json``
(``from_code``, ``to_code``, ``package_version``, optional ``target_prefix``...), a CTranslate2 model
in ``model/`` (``model.bin``, ``config.json``, ``shared_vocabulary.txt`` or ``.json``) and its
tokenizer, in one of the index's two formats: ``sentencepiece.model``, or ``bpe.model`` (subword-nmt
merges over Moses tokens). A ``stanza/`` folder (argostranslate's sentence splitter) is kept but never
read. OPUS-MT models converted by :mod:`toolkit.opusmt` are packages of a third kind, with
``source.spm`` and ``target.spm``. Installed packages are unpacked folders in the packages directory:

1. ``$TOOLKIT_MODELS_DIR`` when set;
2. else ``$ARGOS_PACKAGES_DIR`` (Argos Translate's own setting, so both tools share packages);
3. else Argos Translate's default, ``$XDG_DATA_HOME/argos-translate/packages``
   (``~/.local/share/argos-translate/packages``).

The package is read with ``zipfile`` and ``json`` only: importing ``argostranslate`` loads torch,
spaCy and Stanza and creates folders in ``$HOME``, so this module never does. Installs unpack into
a hidden temporary folder of the packages directory and then rename it into place, under a file
lock, so a reader never sees half a package and parallel installs do not collide.

A package is untrusted input. Before any path is built from it, its language codes and version are
checked against a strict grammar; every member must be a plain file or folder with a relative path
that stays inside the package (no absolute paths, ``..`` or symlinks); the declared unpacked size
and each member's compression ratio are bounded (``max_unpacked_size`` / ``max_ratio``, raised with
``toolkit models install --max-unpacked-size`` for real large models) and the bytes actually written
are counted. The only folders an install replaces are installed packages of the same language pair;
anything else in the way is refused, never deleted.

Downloads are verified: the file goes to a hidden temporary file in the packages directory, its
SHA-256 is computed while it arrives and compared with the digest asked for (``sha256=``, or the
pair's entry in a lock file), and only then installed; an interrupted or mismatched download leaves
nothing behind. The digest and the URL are recorded in the package folder (``toolkit.json``) and in
the lock file (``models.lock`` in the packages directory, JSON), which a team can commit and replay
with ``toolkit models install --locked``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import EngineError, InputError, IntegrityError, ModelNotFoundError, ToolkitError, UsageError
from .limits import format_size, parse_size

__all__ = [
    "DEFAULT_INDEX_URL",
    "DEFAULT_MAX_RATIO",
    "DEFAULT_MAX_UNPACKED_SIZE",
    "LOCK_NAME",
    "InstalledModel",
    "LockEntry",
    "check_digest",
    "download",
    "file_sha256",
    "find_model",
    "install_from_file",
    "install_from_index",
    "install_from_url",
    "install_lock",
    "install_locked",
    "list_models",
    "lock_path",
    "models_dir",
    "parse_digest",
    "parse_size",
    "place_package",
    "read_lock",
    "read_package",
    "record_lock",
    "remove",
    "validate_code",
    "write_provenance",
]

#: Argos Translate's package index (a JSON list of package metadata with download ``links``).
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
_TIMEOUT_S = 30
#: The lock file's name in the packages directory.
LOCK_NAME = "models.lock"
#: What the toolkit records in an installed package folder: digest, origin, licence.
PROVENANCE_NAME = "toolkit.json"
#: Tokenizer files of each package kind, in argostranslate's order of preference.
_TOKENIZER_FILES = {
    "sentencepiece": ("sentencepiece.model",),
    "bpe": ("bpe.model",),
    "opus": ("source.spm", "target.spm"),
}

#: Largest total unpacked size of a package. Argos packages are 50-500 MB unpacked; converted
#: NLLB/M2M models can be several GB, hence ``--max-unpacked-size``.
DEFAULT_MAX_UNPACKED_SIZE = 4 << 30
#: Largest unpacked/compressed ratio of one member. Model weights barely compress (about 1.1:1),
#: vocabularies and JSON about 3-10:1; a zip bomb is 1000:1.
DEFAULT_MAX_RATIO = 100
#: Members smaller than this are exempt from the ratio check (a tiny JSON file can compress 50:1
#: and harms nobody).
_RATIO_EXEMPT_BYTES = 1 << 20

# Argos codes are ISO 639 codes, sometimes with a region or script ("zt", "pt_BR", "zh-Hant"):
# letters, digits, "-" and "_" only, so a code can never name a path.
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,31}")
_FOLDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,127}")


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
    #: "sentencepiece", "bpe" (Moses + subword-nmt) or "opus" (source.spm + target.spm).
    tokenizer: str = "sentencepiece"
    #: Token the source must start with (multi-target OPUS-MT models: ``>>fra<<``), "" when none.
    source_prefix: str = ""
    #: SHA-256 of the file it was installed from; "" when another tool installed it.
    sha256: str = ""
    #: URL or file it was installed from.
    origin: str = ""
    #: Licence of the model, when the package says ("CC-BY-4.0"...).
    license: str = ""

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


def _tokenizer_kind(names: set[str]) -> str | None:
    """The package kind given the file names (relative to the package folder), or None."""
    for kind, files in _TOKENIZER_FILES.items():
        if all(name in names for name in files):
            return kind
    return None


def _model_from_metadata(
    metadata: dict[str, Any], path: Path, kind: str, provenance: dict[str, Any]
) -> InstalledModel:
    return InstalledModel(
        source=str(metadata["from_code"]),
        target=str(metadata["to_code"]),
        path=path,
        package_version=str(metadata.get("package_version", "")),
        argos_version=str(metadata.get("argos_version", "")),
        source_name=str(metadata.get("from_name", "")),
        target_name=str(metadata.get("to_name", "")),
        target_prefix=str(metadata.get("target_prefix", "") or ""),
        tokenizer=kind,
        source_prefix=str(metadata.get("source_prefix", "") or ""),
        sha256=str(provenance.get("sha256", "")),
        origin=str(provenance.get("origin", "")),
        license=str(metadata.get("license", "") or provenance.get("license", "")),
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
    if not (path / "model" / "model.bin").is_file():
        return None
    kind = _tokenizer_kind(
        {name for files in _TOKENIZER_FILES.values() for name in files if (path / name).is_file()}
    )
    if kind is None:
        return None
    try:
        provenance = json.loads((path / PROVENANCE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        provenance = {}
    return _model_from_metadata(metadata, path, kind, provenance if isinstance(provenance, dict) else {})


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


def validate_code(code: object, what: str = "language code") -> str:
    """``code`` when it is a well-formed language code ("fr", "pt_BR", "zh-Hant"), else :class:`InputError`.

    Codes become folder and file names, so this runs before any path is built from one.
    """
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        shown = repr(code)[:40]
        raise InputError(
            f"{what} {shown} is not a language code (ISO 639, e.g. fr, en, pt_BR); "
            "use a package from the Argos index or fix its metadata.json"
        )
    return code


# -- reading a package file ---------------------------------------------------------------------


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
            _check_members(file, members, max_unpacked_size, max_ratio)
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


def _check_members(
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


def _safe_extract(file: Path, archive: zipfile.ZipFile, prefix: str, staging: Path, limit: int) -> None:
    """Unpack the ``prefix`` folder of a checked archive into the fresh folder ``staging``.

    The member list was checked (:func:`_check_members`); this still resolves every path and counts
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


# -- installing and removing ---------------------------------------------------------------------


def install_lock(root: Path):  # -> filelock.FileLock
    """The lock every install and removal in ``root`` holds (created with ``root``)."""
    from filelock import FileLock

    root.mkdir(parents=True, exist_ok=True)
    return FileLock(str(root / ".install.lock"))


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file, as lowercase hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


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
                    _safe_extract(file, archive, prefix, staging, max_unpacked_size)
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


# -- downloading ---------------------------------------------------------------------------------


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


def _fetch(url: str, destination: Path, label: str, progress: bool) -> str:
    """Stream ``url`` into ``destination``; returns its SHA-256. Raises OSError when cut short."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

    digest = hashlib.sha256()
    received = 0
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
                digest.update(chunk)
                received += len(chunk)
                bar.advance(task, len(chunk))
    if total is not None and received != total:
        raise OSError(f"download cut short: {received} of {total} bytes")
    return digest.hexdigest()


def download(
    urls: list[str],
    root: Path,
    label: str,
    *,
    sha256: str | None = None,
    progress: bool = True,
    on_error: Callable[[Exception], ToolkitError] | None = None,
) -> tuple[Path, str, str]:
    """Download the first of ``urls`` that answers into a hidden temporary file of ``root``.

    Returns (file, its SHA-256, the URL used). The caller installs the file and then deletes its
    folder (``file.parent``). An interrupted download, or one whose digest is not ``sha256``, is
    deleted before the error is raised: nothing is left behind.
    """
    expected = parse_digest(sha256)
    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".download-", dir=root))
    file = scratch / "download"
    failure: Exception | None = None
    try:
        for url in urls:
            try:
                digest = _fetch(url, file, label, progress)
            except (urllib.error.URLError, OSError, ValueError) as exc:
                failure = exc
                continue
            check_digest(digest, expected, f"the download from {url}")
            return file, digest, url
        assert failure is not None
        if on_error is not None:
            raise on_error(failure) from None
        reason = getattr(failure, "reason", failure)
        raise EngineError(f"cannot download {label} ({reason}); check the URL and the network") from None
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def install_from_index(
    source: str,
    target: str,
    directory: str | Path | None = None,
    *,
    index_url: str | None = None,
    sha256: str | None = None,
    progress: bool = True,
    lock: str | Path | None = None,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> InstalledModel:
    """Download the newest ``source``→``target`` package from the Argos package index and install it.

    Needs the network; offline it raises a one-line :class:`EngineError` saying how to install from a
    file instead. The download is verified (its SHA-256 against ``sha256`` when given, then a
    complete package for the requested pair) before install, and pinned in the lock file.
    """
    validate_code(source)
    validate_code(target)
    parse_digest(sha256)  # a malformed --sha256 is a usage error, before any download
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
    # The Argos index carries no digest today; one it may carry is checked like --sha256.
    pinned = sha256 or (entry["sha256"] if isinstance(entry.get("sha256"), str) else None)
    return _install_download(
        links, root, source, target, sha256=pinned, progress=progress, lock=lock,
        max_unpacked_size=max_unpacked_size,
    )  # fmt: skip


def install_from_url(
    url: str,
    source: str,
    target: str,
    directory: str | Path | None = None,
    *,
    sha256: str | None = None,
    progress: bool = True,
    lock: str | Path | None = None,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> InstalledModel:
    """Download the ``source``→``target`` ``.argosmodel`` at ``url``, verify it, install and pin it."""
    validate_code(source)
    validate_code(target)
    root = Path(directory) if directory is not None else models_dir()
    return _install_download(
        [url], root, source, target, sha256=sha256, progress=progress, lock=lock,
        max_unpacked_size=max_unpacked_size,
    )  # fmt: skip


def _install_download(
    links: list[str],
    root: Path,
    source: str,
    target: str,
    *,
    sha256: str | None,
    progress: bool,
    lock: str | Path | None,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> InstalledModel:
    file, digest, url = download(
        links,
        root,
        f"{source}→{target}",
        sha256=sha256,
        progress=progress,
        on_error=lambda exc: _offline_error(f"the {source}→{target} package", exc, source, target),
    )
    try:
        metadata, _ = read_package(file, max_unpacked_size=max_unpacked_size)
        if (metadata["from_code"], metadata["to_code"]) != (source, target):
            raise EngineError(
                f"the {source}→{target} download ({url}) holds a "
                f"{metadata['from_code']}→{metadata['to_code']} package; report it to its publisher "
                "and install a file with `toolkit models install FILE`"
            )
        installed = install_from_file(file, root, origin=url, max_unpacked_size=max_unpacked_size)
    finally:
        shutil.rmtree(file.parent, ignore_errors=True)
    record_lock(installed, lock_path(root, lock))
    return installed


# -- the lock file -------------------------------------------------------------------------------


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
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temporary, path)


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


def install_locked(
    pairs: list[tuple[str, str]] | None = None,
    directory: str | Path | None = None,
    *,
    lock: str | Path | None = None,
    progress: bool = True,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> list[InstalledModel]:
    """Install exactly the packages the lock file pins (all, or those of ``pairs``).

    A package already installed with the pinned digest is kept as it is; any other is downloaded from
    the pinned URL and refused unless its SHA-256 matches.
    """
    root = Path(directory) if directory is not None else models_dir()
    path = lock_path(root, lock)
    entries = read_lock(path)
    if not entries:
        raise InputError(
            f"{path}: no lock file (or it pins nothing); install models without --locked first, "
            "or give the team's file with --lock PATH"
        )
    if pairs:
        by_pair = {(e.source, e.target): e for e in entries}
        missing = [f"{s}→{t}" for s, t in pairs if (s, t) not in by_pair]
        if missing:
            raise InputError(f"{path} pins no {', '.join(missing)} package; install it without --locked")
        entries = [by_pair[pair] for pair in pairs]
    installed = {(m.source, m.target): m for m in list_models(root)}
    results = []
    for entry in entries:
        current = installed.get((entry.source, entry.target))
        if current is not None and current.sha256 == entry.sha256:
            results.append(current)
            continue
        if entry.kind == "opus":
            from .opusmt import install_opus

            results.append(
                install_opus(entry.source, entry.target, entry.url, root, sha256=entry.sha256,
                             release=entry.version, progress=progress, lock=path,
                             max_unpacked_size=max_unpacked_size)
            )  # fmt: skip
        else:
            results.append(
                _install_download(
                    [entry.url], root, entry.source, entry.target,
                    sha256=entry.sha256, progress=progress, lock=path, max_unpacked_size=max_unpacked_size,
                )
            )  # fmt: skip
    return results
