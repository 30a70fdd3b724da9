"""Score any installed engine/model on the WMT news documents, with Apertium's figure beside it.

    python benchmarks/translation_quality.py --engine argos                  # every installed pair
    python benchmarks/translation_quality.py --engine argos --model DIR --pairs fr-en
    python benchmarks/translation_quality.py --engine transformers --model Helsinki-NLP/opus-mt-fr-en
    python benchmarks/translation_quality.py --engine apertium --data DIR/dev-fr-en.jsonl

Reads ``dev-{src}-en.jsonl`` (``{id, origlang, <src>: [...], en: [...]}``, sentence-aligned) from
``--data`` (a folder, default ``../shared/bench/translation``, or one file), translates every
source sentence through :meth:`toolkit.Pipeline.translate_segments` (the toolkit's batching, no
memory, no glossary) and prints sacrebleu's corpus BLEU and chrF with their 95 % bootstrap
intervals and signatures, labelled with each file's split (dev / held-out / other, from its name or
``--split``), for the documents originally written in the source language (``origlang == src``:
translationese references flatter or penalise a system for reasons unrelated to its source
language), for the others and for all. The same sentences then go through Apertium where it has
the pair (fr→en through its fr→es→en pivot), so a user with a real model sees both side by side.
Pairs the engine lacks are listed as skipped. The report ends with the run's signature (engine and
model versions, data files with their SHA-256 prefix). Prints measured figures only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _report import BENCH, add_split_option, engine_fields, print_signature, split_of
from _wmt import corpus_scores, read_documents

from toolkit import Pipeline, engines
from toolkit.errors import ToolkitError


def translate(
    engine: str, model: str | None, sources: list[str], source: str
) -> tuple[list[str], dict[str, str], float]:
    """Hypotheses, the engine's signature fields (version, model) and seconds."""
    started = time.perf_counter()
    with Pipeline(engine, model=model) as pipeline:
        hypotheses = list(pipeline.translate_segments(sources, source=source, target="en").outputs)
        fields = engine_fields(pipeline.engine_for(source, "en"), source, "en")
    return hypotheses, fields, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", default="argos", help="engine to score (default: argos)")
    parser.add_argument("--model", default=None, help="model reference for the engine (folder, hub id)")
    parser.add_argument(
        "--data", type=Path, default=BENCH / "translation",
        help="folder of dev-*-en.jsonl files, or one <split>-<xx>-en.jsonl file",
    )  # fmt: skip
    parser.add_argument("--pairs", default=None, help="pairs such as fr-en,de-en (default: every file)")
    parser.add_argument("--documents", type=int, default=None, help="score the first N documents only")
    parser.add_argument("--no-apertium", action="store_true", help="do not score Apertium beside it")
    add_split_option(parser)
    args = parser.parse_args()

    files = [args.data] if args.data.is_file() else sorted(args.data.glob("dev-*-en.jsonl"))
    if args.pairs:
        wanted = {p.strip() for p in args.pairs.split(",")}
        files = [f for f in files if "-".join(f.stem.split("-")[-2:]) in wanted]
    if not files:
        print(
            f"error: no dev-*-en.jsonl files in {args.data} for the pairs asked; give the folder with --data",
            file=sys.stderr,
        )
        return 2
    try:
        scored = engines.create(args.engine, model=args.model)
        engine_pairs = scored.pairs()
        scored.close()
    except ToolkitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        apertium_pairs = set() if args.no_apertium else engines.available_pairs("apertium")
    except ToolkitError:
        apertium_pairs = set()

    print(f"{'pair':<6} {'system':<44} {'subset':<18} {'sents':>6} {'BLEU ± 95% CI':>14} "
          f"{'chrF ± 95% CI':>14} {'sent/s':>7}")
    signatures: dict[str, str] = {}
    used: dict[str, set[str]] = {"engine": set(), "model": set()}
    read: list[Path] = []
    for file in files:
        source = file.stem.split("-")[-2]
        documents = read_documents(file)[: args.documents]
        split = split_of(file, args.split)
        sources = [s for d in documents for s in d[source]]
        references = [s for d in documents for s in d["en"]]
        native = [d.get("origlang") == source for d in documents for _ in d[source]]
        if len(sources) != len(references):
            print(f"{source}-en  skipped: {file} is not sentence-aligned")
            continue
        systems = []
        if (source, "en") in engine_pairs:
            systems.append((args.engine, args.model))
        else:
            print(f"{source}-en  {args.engine}: no {source}→en model installed (skipped)")
        if (source, "en") in apertium_pairs and args.engine != "apertium":
            systems.append(("apertium", None))
        for engine, model in systems:
            try:
                hypotheses, fields, seconds = translate(engine, model, sources, source)
            except ToolkitError as exc:
                print(f"{source}-en  {engine}: {exc}")
                continue
            for key, value in fields.items():
                used[key].add(value)
            if file not in read:
                read.append(file)
            label = f"{engine} {fields['model']}"[:44]
            foreign = [not n for n in native]
            subsets = (
                (f"origlang={source}", native),
                (f"origlang!={source}", foreign),
                ("all", [True] * len(sources)),
            )
            for subset, keep in subsets:
                subset = f"{subset} ({split})"
                picked = [i for i, k in enumerate(keep) if k]
                if not picked:
                    continue
                bleu, chrf = corpus_scores([hypotheses[i] for i in picked], [references[i] for i in picked])
                signatures.update({"BLEU": bleu.signature, "chrF": chrf.signature})
                speed = len(sources) / seconds
                print(
                    f"{source}-en  {label:<44} {subset:<18} {len(picked):>6} "
                    f"{bleu!s:>14} {chrf!s:>14} {speed:>7.1f}"
                )
    for signature in signatures.values():
        print(signature)
    fields = {key: "+".join(sorted(values)) or None for key, values in used.items()}
    print_signature(**fields, documents=args.documents, data=read, split=args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
