"""Score any installed engine/model on the WMT news documents, with Apertium's figure beside it.

    python benchmarks/translation_quality.py --engine argos                  # every installed pair
    python benchmarks/translation_quality.py --engine argos --model DIR --pairs fr-en
    python benchmarks/translation_quality.py --engine transformers --model Helsinki-NLP/opus-mt-fr-en

Reads ``dev-{src}-en.jsonl`` (``{id, origlang, <src>: [...], en: [...]}``, sentence-aligned) from
``--data`` (default ``../shared/bench/translation``), translates every source sentence through
:meth:`toolkit.Translator.translate_segments` (the toolkit's batching, no memory, no glossary) and
prints sacrebleu's corpus BLEU and chrF with their signatures, for the documents originally
written in the source language (``origlang == src``: references there are real translations, not
the source of translationese) and for all. The same sentences then go through Apertium where it has
the pair (fr→en through its fr→es→en pivot), so a user with a real model sees both side by side.
Pairs the engine lacks are listed as skipped. Prints measured figures only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _wmt import read_documents

from toolkit import engines
from toolkit.errors import ToolkitError
from toolkit.translation import Translator

#: ``../shared/bench/translation`` beside the repository, where DESIGN.md puts the benchmark data.
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "translation"


def score(hypotheses: list[str], references: list[str]) -> tuple[float, float, str, str]:
    """Corpus BLEU, chrF and the two sacrebleu signatures."""
    from sacrebleu.metrics import BLEU, CHRF

    bleu, chrf = BLEU(), CHRF()
    return (
        bleu.corpus_score(hypotheses, [references]).score,
        chrf.corpus_score(hypotheses, [references]).score,
        str(bleu.get_signature()),
        str(chrf.get_signature()),
    )


def translate(
    engine: str, model: str | None, sources: list[str], source: str
) -> tuple[list[str], str, float]:
    started = time.perf_counter()
    with Translator(engine, model=model) as translator:
        hypotheses, _ = translator.translate_segments(sources, source=source, target="en")
        model_id = translator.engine_for(source, "en").model_id(source, "en")
    return hypotheses, model_id, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", default="argos", help="engine to score (default: argos)")
    parser.add_argument("--model", default=None, help="model reference for the engine (folder, hub id)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of dev-*-en.jsonl files")
    parser.add_argument("--pairs", default=None, help="pairs such as fr-en,de-en (default: every file)")
    parser.add_argument("--documents", type=int, default=None, help="score the first N documents only")
    parser.add_argument("--no-apertium", action="store_true", help="do not score Apertium beside it")
    args = parser.parse_args()

    files = sorted(args.data.glob("dev-*-en.jsonl"))
    if args.pairs:
        wanted = {p.strip() for p in args.pairs.split(",")}
        files = [f for f in files if f.stem.removeprefix("dev-") in wanted]
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

    print(f"{'pair':<6} {'system':<44} {'subset':<13} {'sents':>6} {'BLEU':>6} {'chrF':>6} {'sent/s':>7}")
    signatures: dict[str, str] = {}
    for file in files:
        source = file.stem.removeprefix("dev-").split("-")[0]
        documents = read_documents(file)[: args.documents]
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
                hypotheses, model_id, seconds = translate(engine, model, sources, source)
            except ToolkitError as exc:
                print(f"{source}-en  {engine}: {exc}")
                continue
            label = f"{engine} {model_id}"[:44]
            for subset, keep in ((f"origlang={source}", native), ("all", [True] * len(sources))):
                picked = [i for i, k in enumerate(keep) if k]
                if not picked:
                    continue
                bleu, chrf, bleu_sig, chrf_sig = score(
                    [hypotheses[i] for i in picked], [references[i] for i in picked]
                )
                signatures.update({"BLEU": bleu_sig, "chrF": chrf_sig})
                speed = len(sources) / seconds
                print(
                    f"{source}-en  {label:<44} {subset:<13} {len(picked):>6} "
                    f"{bleu:>6.2f} {chrf:>6.2f} {speed:>7.1f}"
                )
    for metric, signature in signatures.items():
        print(f"{metric} signature: {signature}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
