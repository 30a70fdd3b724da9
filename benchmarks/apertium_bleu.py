"""Translation quality and speed of an engine through the toolkit, on WMT news test documents.

    python benchmarks/apertium_bleu.py --data ../shared/bench/translation/dev-fr-en.jsonl

Every French sentence goes through :meth:`toolkit.Translator.translate_segments` (the toolkit's
batching and post-processing, no memory, no glossary), sentence-aligned with the professional
English references, and is scored with sacrebleu (BLEU and chrF). Documents originally written in
French (``origlang == "fr"``) are reported apart: translationese references on the other documents
flatter or penalise a system for reasons unrelated to its French. Scores carry sacrebleu's 95 %
bootstrap interval and signature; the report ends with the run's signature (engine and model
versions, the data file's SHA-256 prefix and split). Prints measured figures only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from _report import add_split_option, engine_fields, print_signature, split_of
from _wmt import corpus_scores, read_documents

from toolkit.translation import Translator


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, required=True, help="JSONL of {id, origlang, fr: [...], en: [...]}"
    )
    parser.add_argument("--engine", default="apertium", help="engine to measure (default: apertium)")
    parser.add_argument("--model", default=None, help="model reference for the engine")
    add_split_option(parser)
    args = parser.parse_args()

    documents = read_documents(args.data)
    sources = [s for d in documents for s in d["fr"]]
    references = [s for d in documents for s in d["en"]]
    origins = [d.get("origlang", "?") for d in documents for _ in d["fr"]]
    if len(sources) != len(references):
        raise SystemExit(f"{args.data}: French and English sides are not sentence-aligned")

    started = time.perf_counter()
    with Translator(args.engine, model=args.model) as translator:
        hypotheses, _ = translator.translate_segments(sources, source="fr", target="en")
        engine = translator.engine_for("fr", "en")
        model, fields = engine.model_id("fr", "en"), engine_fields(engine, "fr", "en")
    seconds = time.perf_counter() - started

    print(f"engine: {args.engine}  model: {model}")
    split = split_of(args.data, args.split)
    print(f"data: {args.data} ({split}; {len(documents)} documents, {len(sources)} sentences)")
    print(f"translated in {seconds:.2f} s ({len(sources) / seconds:.1f} sentences/s)")
    print(f"{'subset':<22} {'docs':>5} {'sents':>6} {'BLEU ± 95% CI':>15} {'chrF ± 95% CI':>15}")
    subsets = [
        ("origlang=fr", lambda o: o == "fr"),
        ("origlang!=fr", lambda o: o != "fr"),
        ("all", lambda o: True),
    ]
    for subset, keep in subsets:
        picked = [i for i, origin in enumerate(origins) if keep(origin)]
        if not picked:
            continue
        bleu, chrf = corpus_scores([hypotheses[i] for i in picked], [references[i] for i in picked])
        docs = sum(1 for d in documents if keep(d.get("origlang", "?")))
        print(f"{subset:<22} {docs:>5} {len(picked):>6} {bleu!s:>15} {chrf!s:>15}")
    print(f"{bleu.signature}\n{chrf.signature}")
    print_signature(**fields, data=args.data, split=split)


if __name__ == "__main__":
    main()
