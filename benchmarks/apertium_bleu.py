"""Translation quality and speed of an engine through the toolkit, on WMT news test documents.

    python benchmarks/apertium_bleu.py --data ../shared/bench/translation/dev-fr-en.jsonl

Every French sentence goes through :meth:`toolkit.Translator.translate_segments` (the toolkit's
batching and post-processing, no memory, no glossary), sentence-aligned with the professional
English references, and is scored with sacrebleu (BLEU and chrF). Documents originally written in
French (``origlang == "fr"``) are reported apart: translationese references on the other documents
flatter or penalise a system for reasons unrelated to its French. Prints measured figures only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

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
        model = translator.engine_for("fr", "en").model_id("fr", "en")
    seconds = time.perf_counter() - started

    print(f"engine: {args.engine}  model: {model}")
    print(f"data: {args.data} ({len(documents)} documents, {len(sources)} sentences)")
    print(f"translated in {seconds:.2f} s ({len(sources) / seconds:.1f} sentences/s)")
    print(f"{'subset':<22} {'docs':>5} {'sents':>6} {'BLEU':>7} {'chrF':>7}")
    subsets = [
        ("origlang=fr", lambda o: o == "fr"),
        ("origlang!=fr", lambda o: o != "fr"),
        ("all", lambda o: True),
    ]
    for label, keep in subsets:
        picked = [i for i, origin in enumerate(origins) if keep(origin)]
        if not picked:
            continue
        bleu, chrf = corpus_scores([hypotheses[i] for i in picked], [references[i] for i in picked])
        docs = sum(1 for d in documents if keep(d.get("origlang", "?")))
        print(f"{label:<22} {docs:>5} {len(picked):>6} {bleu:>7.2f} {chrf:>7.2f}")


if __name__ == "__main__":
    main()
