"""Installed packages: where they live, what each one is (read from its metadata only), and the
language-code grammar every path built from a package goes through."""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

#: What the toolkit records in an installed package folder: digest, origin, licence.
PROVENANCE_NAME = "toolkit.json"
#: Tokenizer files of each package kind, in argostranslate's order of preference.
_TOKENIZER_FILES = {
    "sentencepiece": ("sentencepiece.model",),
    "bpe": ("bpe.model",),
    "opus": ("source.spm", "target.spm"),
}

# Argos codes are ISO 639 codes, sometimes with a region or script ("zt", "pt_BR", "zh-Hant"):
# letters, digits, "-" and "_" only, so a code can never name a path.
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")


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
    """The packages directory (see :mod:`toolkit.models`); it may not exist yet."""
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
