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

from ..files import file_sha256
from ..limits import parse_size
from .catalog import InstalledModel, find_model, list_models, models_dir, validate_code
from .downloads import DEFAULT_INDEX_URL, download, install_from_index, install_from_url, install_locked
from .install import (
    check_digest,
    install_from_file,
    install_lock,
    parse_digest,
    place_package,
    remove,
    write_provenance,
)
from .lockfile import LOCK_NAME, LockEntry, lock_path, read_lock, record_lock
from .package import DEFAULT_MAX_RATIO, DEFAULT_MAX_UNPACKED_SIZE, read_package

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
