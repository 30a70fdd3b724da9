"""OPUS-MT models without torch: download a Tatoeba zip, convert it to CTranslate2, install it.

The University of Helsinki publishes its OPUS-MT / Tatoeba-Challenge models (CC-BY 4.0) as zips of a
Marian model: ``*.npz`` weights, ``decoder.yml`` (which names the weights and the vocabulary YAML),
``source.spm`` and ``target.spm`` (two different SentencePiece models), ``README.md`` and
``LICENSE``. Their addresses follow one pattern::

    https://object.pouta.csc.fi/Tatoeba-MT-models/{src}-{tgt}/{release}.zip

with ISO 639-3 codes (``fra-eng``) and a release name taken from the model list of the pair
(https://github.com/Helsinki-NLP/Tatoeba-Challenge/tree/master/models/fra-eng), for example
``opusTCv20210807+bt_transformer-big_2022-03-09``, the transformer-big model that Hugging Face
republishes as ``Helsinki-NLP/opus-mt-tc-big-fr-en``.

``ctranslate2.converters.OpusMTConverter`` reads them with numpy and PyYAML only. It still sits in a
package whose ``__init__`` imports transformers (and torch) when they are installed, so the
conversion runs in a child Python where importing torch fails: seconds and a gigabyte saved, and
no path through torch at all. The converted model (int8 by default) is installed as a package the
argos engine runs: ``source.spm``/``target.spm``, Moses punctuation normalization as in the models'
``preprocess.sh``, and, for models that translate into several languages, the ``>>xxx<<`` token of
the target language at the start of every source.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from . import models
from .errors import InputError, ModelNotFoundError, UsageError
from .languages import iso639_3_codes, language_name
from .models.package import check_members, safe_extract

__all__ = ["RELEASES", "TATOEBA_BASE_URL", "convert", "install_opus", "install_opus_zip", "tatoeba_url"]

TATOEBA_BASE_URL = "https://object.pouta.csc.fi/Tatoeba-MT-models"
#: The release ``--source opus`` installs per pair: the Tatoeba-Challenge transformer-big models
#: (https://github.com/Helsinki-NLP/Tatoeba-Challenge/tree/master/models). Other pairs and releases:
#: ``--release NAME`` or the zip's URL.
RELEASES: dict[tuple[str, str], str] = {
    ("fr", "en"): "opusTCv20210807+bt_transformer-big_2022-03-09",
    ("en", "fr"): "opusTCv20210807+bt_transformer-big_2022-03-09",
}
#: The licence of the OPUS-MT / Tatoeba-Challenge models (their README and LICENSE say so).
OPUS_LICENSE = "CC-BY-4.0"
_QUANTIZATIONS = (
    "int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32",
)  # fmt: skip

# The child process: OpusMTConverter with torch and transformers made unimportable.
_CONVERTER = """
import sys

class _NoTorch:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "transformers"):
            raise ImportError(f"{name} is not needed to convert a Marian model")
        return None

sys.meta_path.insert(0, _NoTorch())
from ctranslate2.converters import OpusMTConverter

OpusMTConverter(sys.argv[1]).convert(sys.argv[2], quantization=sys.argv[3], force=True)
"""


def tatoeba_url(source: str, target: str, release: str | None = None) -> str:
    """The Tatoeba-MT-models zip of a pair (ISO 639-1 codes), for ``release`` or the known one."""
    release = release or RELEASES.get((source, target))
    pair = _tatoeba_pair(source, target)
    if release is None:
        raise ModelNotFoundError(
            f"no known OPUS-MT release for {source}→{target}: pick one at "
            f"https://github.com/Helsinki-NLP/Tatoeba-Challenge/tree/master/models/{pair} "
            "and pass --release NAME (or give the zip's URL with --source URL)"
        )
    return f"{TATOEBA_BASE_URL}/{pair}/{release.removesuffix('.zip')}.zip"


def _tatoeba_pair(source: str, target: str) -> str:
    def code(language: str) -> str:
        codes = iso639_3_codes(language)
        # CLDR lists bibliographic codes (fre, ger) beside terminological ones (fra, deu); Tatoeba
        # uses the latter, which are also the ones ISO 639-3 keeps.
        preferred = [c for c in codes if c not in ("fre", "ger", "chi", "dut", "cze", "gre", "per")]
        return (preferred or list(codes) or [language])[0]

    return f"{code(source)}-{code(target)}"


def convert(model_dir: str | Path, out_dir: str | Path, quantization: str = "int8") -> None:
    """Convert an unpacked OPUS-MT model folder (with ``decoder.yml``) to a CTranslate2 model."""
    if quantization not in _QUANTIZATIONS:
        raise UsageError(f"unknown quantization {quantization!r}: use one of {', '.join(_QUANTIZATIONS)}")
    if not (Path(model_dir) / "decoder.yml").is_file():
        raise InputError(f"{model_dir}: no decoder.yml; this is not an OPUS-MT (Marian) model")
    result = subprocess.run(
        [sys.executable, "-c", _CONVERTER, str(model_dir), str(out_dir), quantization],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        reason = lines[-1] if lines else f"exit status {result.returncode}"
        raise InputError(f"{model_dir}: cannot convert this OPUS-MT model ({reason})")


def _unpack(archive_path: Path, folder: Path, max_unpacked_size: int) -> Path:
    """Unpack an OPUS-MT zip with the package checks (paths, types, sizes, ratios); returns the
    folder holding its ``decoder.yml``."""
    if not zipfile.is_zipfile(archive_path):
        raise InputError(f"{archive_path}: not a zip archive; download the OPUS-MT model again")
    try:
        with zipfile.ZipFile(archive_path) as archive:
            members = archive.infolist()
            check_members(archive_path, members, max_unpacked_size, models.DEFAULT_MAX_RATIO)
            names = [m.filename for m in members]
            decoders = [n for n in names if PurePosixPath(n).name == "decoder.yml" and n.count("/") <= 1]
            if not decoders:
                raise InputError(f"{archive_path}: no decoder.yml; this is not an OPUS-MT model zip")
            safe_extract(archive_path, archive, "", folder, max_unpacked_size)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
        raise InputError(f"{archive_path}: damaged zip archive ({exc}); download it again") from None
    root = folder / PurePosixPath(decoders[0]).parent
    for needed in ("source.spm", "target.spm"):
        if not (root / needed).is_file():
            raise InputError(f"{archive_path}: no {needed}; this OPUS-MT model cannot be run")
    return root


def _vocabulary(model_dir: Path) -> list[str]:
    """The converted model's source vocabulary (CTranslate2 writes JSON lists; older ones text)."""
    for name in ("shared_vocabulary", "source_vocabulary"):
        if (model_dir / f"{name}.json").is_file():
            return json.loads((model_dir / f"{name}.json").read_text(encoding="utf-8"))
        if (model_dir / f"{name}.txt").is_file():
            return (model_dir / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return []


def target_token(vocabulary: list[str], target: str) -> str:
    """The ``>>xxx<<`` token selecting ``target`` in a multi-target model; "" for single-target ones."""
    tokens = [t for t in vocabulary if re.fullmatch(r">>[A-Za-z]{2,3}(_[A-Za-z]+)?<<", t)]
    if not tokens:
        return ""
    codes = {target, *iso639_3_codes(target)}
    matching = sorted(t for t in tokens if t[2:-2].split("_")[0] in codes)
    if not matching:
        raise ModelNotFoundError(
            f"this OPUS-MT model translates into {', '.join(sorted(tokens)[:12])}… but has no "
            f">>{sorted(codes)[0]}<< token: it cannot translate into {target}; pick another model"
        )
    # A bare language token (>>fra<<) before script variants (>>srp_Cyrl<<).
    return min(matching, key=lambda t: ("_" in t, t))


def _licence(folder: Path) -> str:
    readme = folder / "README.md"
    if readme.is_file():
        text = readme.read_text(encoding="utf-8", errors="replace")
        found = re.search(r"licen[cs]e\W+([A-Za-z][\w.-]*\d[\w.-]*)", text, re.I)
        if found:
            return found.group(1).upper()
    return OPUS_LICENSE


def install_opus_zip(
    path: str | Path,
    source: str,
    target: str,
    directory: str | Path | None = None,
    *,
    sha256: str | None = None,
    origin: str | None = None,
    quantization: str = "int8",
    release: str = "",
    max_unpacked_size: int = models.DEFAULT_MAX_UNPACKED_SIZE,
) -> models.InstalledModel:
    """Convert an OPUS-MT zip and install it as the ``source``→``target`` package. Atomic."""
    models.validate_code(source)
    models.validate_code(target)
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{file}: no such file; give the path of a downloaded OPUS-MT zip")
    digest = models.file_sha256(file)
    models.check_digest(digest, sha256, str(file))
    root = Path(directory) if directory is not None else models.models_dir()
    release = release or file.stem
    name = f"opus-{source}_{target}-{re.sub(r'[^A-Za-z0-9._+-]+', '_', release)}"[:128]
    with models.install_lock(root):
        root = root.resolve()
        staging = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
        unpacked = Path(tempfile.mkdtemp(prefix=".unpack-", dir=root))
        try:
            folder = _unpack(file, unpacked, max_unpacked_size)
            convert(folder, staging / "model", quantization)
            for kept in ("source.spm", "target.spm", "README.md", "LICENSE"):
                if (folder / kept).is_file():
                    shutil.copyfile(folder / kept, staging / kept)
            licence = _licence(folder)
            metadata = {
                "package_version": release,
                "argos_version": "",
                "from_code": source,
                "from_name": language_name(source),
                "to_code": target,
                "to_name": language_name(target),
                "type": "translate",
                "source_prefix": target_token(_vocabulary(staging / "model"), target),
                "license": licence,
                "opus_mt": {"quantization": quantization, "archive": file.name},
            }
            (staging / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
            models.write_provenance(staging, digest, origin or str(file.resolve()), licence)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(unpacked, ignore_errors=True)
        return models.place_package(staging, root, name, source, target)


def install_opus(
    source: str,
    target: str,
    what: str | None = None,
    directory: str | Path | None = None,
    *,
    sha256: str | None = None,
    release: str | None = None,
    quantization: str = "int8",
    progress: bool = True,
    lock: str | Path | None = None,
    max_unpacked_size: int = models.DEFAULT_MAX_UNPACKED_SIZE,
) -> models.InstalledModel:
    """Install an OPUS-MT model for ``source``→``target``.

    ``what``: None or "opus" (the Tatoeba zip of the known release, or ``release``), a URL, or the
    path of a zip already downloaded. Downloads are verified like every other (``sha256``), pinned in
    the lock file, and converted with torch absent from the path.
    """
    models.validate_code(source)
    models.validate_code(target)
    models.parse_digest(sha256)  # a malformed --sha256 is a usage error, before any download
    root = Path(directory) if directory is not None else models.models_dir()
    if what is None or what == "opus":
        what = tatoeba_url(source, target, release)
    if "://" not in what:
        return install_opus_zip(
            what, source, target, root, sha256=sha256, quantization=quantization, release=release or "",
            max_unpacked_size=max_unpacked_size,
        )  # fmt: skip
    file, digest, url = models.download(
        [what], root, f"OPUS-MT {source}→{target}", sha256=sha256, progress=progress
    )
    try:
        installed = install_opus_zip(
            file, source, target, root, sha256=digest, origin=url, quantization=quantization,
            release=release or PurePosixPath(url).stem, max_unpacked_size=max_unpacked_size,
        )  # fmt: skip
    finally:
        shutil.rmtree(file.parent, ignore_errors=True)
    models.record_lock(installed, models.lock_path(root, lock), kind="opus")
    return installed
