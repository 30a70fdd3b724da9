"""Translation throughput: the toolkit's argos engine vs raw CTranslate2 vs argostranslate, one run.

All three run the same Transformer-base shaped model (6+6 layers, d_model 512, FFN 2048, 32k
vocabulary, random weights, int8), built locally by ``toolkit.testing.models`` (or reused), on the
same French sentences from the WMT news dev set, with greedy decoding and a fixed output length
(min = max decoding length), so random weights cannot make one side decode longer than another.

* ``toolkit engine``: ``toolkit.engines.create("argos").translate_batch`` in chunks of the engine's
  ``preferred_batch_size`` (what :class:`toolkit.Pipeline` sends).
* ``toolkit Pipeline``: ``toolkit.Pipeline(engine).translate_many`` on the documents (sentences
  one per line): document parsing, segmentation, glossary enforcement (none here) and fidelity
  checks included.
* ``raw CTranslate2``: SentencePiece + ``ctranslate2.Translator.translate_batch`` with the engine's
  settings (device, compute type, threads, batch size), written out by hand.
* ``argostranslate``: ``argostranslate.translate.translate(document, "fr", "en")`` per document, in a
  subprocess with its own temporary HOME (it creates folders there at import) and its default
  settings but a beam of 1; it splits sentences itself (spaCy's rule sentencizer, packaged with the
  model, since MiniSBD would download a model). Its CTranslate2 translator is wrapped only to pass
  the same fixed output length.

Prints medians over ``--repeats`` runs (the in-process runs are interleaved, so machine load hits
them alike) and the ratios against the targets (toolkit ≥ 0.95 × raw CT2, ≥ 3 × argostranslate),
then the run's signature (engine and library versions, the data file's SHA-256 prefix).

    python benchmarks/translate_throughput.py [--sentences 500] [--repeats 3] [--length 32] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import BENCH, engine_fields, print_signature, versions

DATA = BENCH / "translation" / "dev-fr-en.jsonl"


def load_documents(path: Path, limit: int) -> list[list[str]]:
    """The first documents of the dev set, cut so that they hold ``limit`` sentences in all."""
    documents: list[list[str]] = []
    total = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            sentences = [s.strip() for s in json.loads(line)["fr"] if s.strip()][: limit - total]
            documents.append(sentences)
            total += len(sentences)
            if total >= limit:
                break
    return documents


def model(work: Path):  # -> BuiltModel
    from toolkit.testing.models import BuiltModel, build_model

    name = "translate-fr_en-base"
    if (work / f"{name}.argosmodel").is_file() and (work / "ctranslate2" / "model.bin").is_file():
        print(f"reusing the base model in {work}")
        return BuiltModel(
            "base", "fr", "en", 0, work / f"{name}.argosmodel", work / "marian", work / "ctranslate2",
            work / "sentencepiece.model", name,
        )  # fmt: skip
    print(f"building the base model in {work} ...", flush=True)
    return build_model("base", "fr", "en", work)


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def argos_worker(argosmodel: str, documents_json: str, repeats: int, length: int) -> None:
    """Runs in the subprocess: install into the temporary HOME, translate, print JSON timings."""
    import spacy
    from argostranslate import package, settings, translate

    package.install_from_path(Path(argosmodel))
    installed = next(p for p in package.get_installed_packages() if p.from_code == "fr")
    # argostranslate loads a packaged spaCy model from the package's spacy/ folder.
    spacy.blank("fr").to_disk(installed.package_path / "spacy")
    translate.get_installed_languages.cache_clear()
    translation = translate.get_translation_from_codes("fr", "en")
    underlying = translation.underlying

    import ctranslate2

    class FixedLength:
        """argostranslate's own translator; only the output length is pinned."""

        def __init__(self) -> None:
            self.inner = ctranslate2.Translator(
                str(installed.package_path / "model"),
                device=settings.device,
                inter_threads=settings.inter_threads,
                intra_threads=settings.intra_threads,
                compute_type=settings.compute_type,
            )

        def translate_batch(self, *args, **kwargs):
            kwargs.update(max_decoding_length=length, min_decoding_length=length)
            return self.inner.translate_batch(*args, **kwargs)

    underlying.translator = FixedLength()
    documents = [" ".join(doc) for doc in json.loads(Path(documents_json).read_text())]
    translate.translate(documents[0], "fr", "en")  # warm-up: loads spaCy
    times = []
    for _ in range(repeats):
        times.append(timed(lambda: [translate.translate(doc, "fr", "en") for doc in documents]))
    settings_used = {
        "inter_threads": settings.inter_threads,
        "intra_threads": settings.intra_threads,
        "beam_size": settings.beam_size,
        "compute_type": settings.compute_type,
        "batch_size": settings.batch_size,
    }
    print(json.dumps({"times": times, "settings": settings_used}))


def run_argostranslate(built, documents: list[list[str]], repeats: int, length: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="argos-bench-") as home:
        env = dict(os.environ)
        env.update(
            HOME=home,
            XDG_DATA_HOME=f"{home}/data",
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_CACHE_HOME=f"{home}/cache",
            ARGOS_PACKAGES_DIR=f"{home}/packages",
            ARGOS_CHUNK_TYPE="SPACY",
            ARGOS_BEAM_SIZE="1",
            ARGOS_DEVICE_TYPE="cpu",
        )
        # argostranslate.sbd downloads spaCy's xx_sent_ud_sm at import unless this exists; the
        # packaged spaCy model is what it actually loads.
        Path(home, "cache", "argos-translate", "spacy", "senter", "model").mkdir(parents=True)
        documents_json = Path(home, "documents.json")
        documents_json.write_text(json.dumps(documents))
        command = [
            sys.executable, __file__, "--argos-worker", str(built.argosmodel), str(documents_json),
            str(repeats), str(length),
        ]  # fmt: skip
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"argostranslate run failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--length", type=int, default=32, help="fixed output length in pieces")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "wire-toolkit-bench" / "base-fr-en"
    )
    parser.add_argument("--device", default="auto")
    parser.add_argument("--skip-argostranslate", action="store_true")
    parser.add_argument("--argos-worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.argos_worker:
        argosmodel, documents_json, repeats, length = args.argos_worker
        argos_worker(argosmodel, documents_json, int(repeats), int(length))
        return

    import ctranslate2
    import sentencepiece

    import toolkit
    from toolkit import engines
    from toolkit.models import install_from_file

    documents = load_documents(DATA, args.sentences)
    sentences = [s for doc in documents for s in doc]
    built = model(args.work)
    with tempfile.TemporaryDirectory(prefix="toolkit-bench-") as packages:
        install_from_file(built.argosmodel, packages)
        engine = engines.create(
            "argos", model=packages, device=args.device, max_decoding_length=args.length,
            min_decoding_length=args.length,
        )  # fmt: skip
        print(
            f"{len(sentences)} sentences in {len(documents)} documents; output fixed at {args.length} pieces"
        )
        print(
            f"device={engine.device} compute_type={engine.compute_type} inter_threads={engine.inter_threads} "
            f"intra_threads={engine.intra_threads} beam={engine.beam_size} "
            f"max_batch_size={engine.max_batch_size}"
        )
        raw = ctranslate2.Translator(
            str(built.ct2_dir), device=engine.device, compute_type=engine.compute_type,
            inter_threads=engine.inter_threads, intra_threads=engine.intra_threads,
        )  # fmt: skip
        processor = sentencepiece.SentencePieceProcessor(model_file=str(built.sentencepiece))

        def run_engine() -> None:
            step = engine.preferred_batch_size
            for start in range(0, len(sentences), step):
                engine.translate_batch(sentences[start : start + step], "fr", "en")

        def run_raw() -> None:
            results = raw.translate_batch(
                processor.encode(sentences, out_type=str), beam_size=engine.beam_size,
                max_batch_size=engine.max_batch_size, batch_type="examples",
                max_decoding_length=args.length, min_decoding_length=args.length,
            )  # fmt: skip
            [processor.decode(r.hypotheses[0]) for r in results]

        pipeline = toolkit.Pipeline(engine)
        texts = ["\n".join(doc) for doc in documents]

        def run_pipeline() -> None:
            list(pipeline.translate_many(texts, source="fr", target="en"))

        runs = {"toolkit engine": run_engine, "raw CTranslate2": run_raw, "toolkit Pipeline": run_pipeline}
        # Warm-up on a few sentences: model loads, first allocations.
        engine.translate_batch(sentences[:16], "fr", "en")
        raw.translate_batch(processor.encode(sentences[:16], out_type=str), max_decoding_length=args.length)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeats):
            for name, function in runs.items():
                times[name].append(timed(function))
        # The Pipeline re-segments the documents itself: say how many segments it sent.
        segments = sum(len(t.segments) for t in pipeline.translate_many(texts, source="fr", target="en"))
        print(f"toolkit Pipeline: {segments} segments from the {len(sentences)} sentences")
        pipeline.close()
        fields = engine_fields(engine, "fr", "en")
        engine.close()
    rates = {name: len(sentences) / statistics.median(values) for name, values in times.items()}
    if not args.skip_argostranslate:
        print("running argostranslate in a subprocess ...", flush=True)
        argos = run_argostranslate(built, documents, args.repeats, args.length)
        rates["argostranslate"] = len(sentences) / statistics.median(argos["times"])
        print(f"argostranslate settings: {argos['settings']} (beam forced to 1, output length fixed)")
    print(f"\n{'':22}{'sentences/s (median of ' + str(args.repeats) + ')':>34}")
    for name, rate in rates.items():
        print(f"{name:22}{rate:34.1f}")
    print()
    base = rates["toolkit engine"]
    print(f"toolkit engine / raw CTranslate2: {base / rates['raw CTranslate2']:.3f}  (target ≥ 0.95)")
    print(f"toolkit Pipeline / raw CTranslate2: {rates['toolkit Pipeline'] / rates['raw CTranslate2']:.3f}")
    if "argostranslate" in rates:
        print(f"toolkit engine / argostranslate: {base / rates['argostranslate']:.2f}  (target ≥ 3)")
    print_signature(**fields, libraries=versions("ctranslate2", "sentencepiece", "argostranslate"),
                    shape="base-random-int8", sentences=len(sentences), length=args.length,
                    repeats=args.repeats, data=DATA)


if __name__ == "__main__":
    main()
