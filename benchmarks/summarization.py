#!/usr/bin/env python3
"""ROUGE of toolkit.summarize against Lead-3 on a news bench file, side by side, and ms/article.

    python benchmarks/summarization.py --data ../shared/bench/summarization/dev-cnndm.jsonl [--sentences 3]

Protocol (the bench README's): rouge-score with use_stemmer=True, F1 averaged over documents, x100,
one predicted sentence per line (rougeLsum). Both systems use the toolkit's own parser and segmenter,
and Lead-3 gets the same dateline/credit trimming, so the comparison isolates sentence choice. Time
per article covers parsing, features, ranking and selection (everything `summarize` does).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from rouge_score import rouge_scorer

from toolkit.document import parse
from toolkit.summarize import candidates, summarize

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL with `article` and `summary` fields")
    parser.add_argument("--sentences", type=int, default=3, help="sentence budget for both systems")
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores: dict[str, dict[str, list[float]]] = {
        name: {m: [] for m in METRICS} for name in ("toolkit", "lead")
    }
    timings = []
    summarize(rows[0]["article"], sentences=args.sentences, language=args.language)  # load the ranker once
    for row in rows:
        started = time.perf_counter()
        summary = summarize(row["article"], sentences=args.sentences, language=args.language)
        timings.append((time.perf_counter() - started) * 1000)
        lead = candidates(parse(row["article"], args.language))[: args.sentences]
        for name, sentences in (("toolkit", summary.sentences), ("lead", lead)):
            result = scorer.score(row["summary"], "\n".join(s.text for s in sentences))
            for metric in METRICS:
                scores[name][metric].append(result[metric].fmeasure * 100)
    print(f"{args.data.name}: {len(rows)} articles, {args.sentences} sentences, "
          "rouge-score F1 x100 (stemmer)")
    print(f"{'system':<18}" + "".join(f"{m:>11}" for m in METRICS))
    for name, label in (("toolkit", f"toolkit {summary.method}"), ("lead", f"Lead-{args.sentences}")):
        print(f"{label:<18}" + "".join(f"{statistics.fmean(scores[name][m]):>11.2f}" for m in METRICS))
    delta = [statistics.fmean(scores["toolkit"][m]) - statistics.fmean(scores["lead"][m]) for m in METRICS]
    print(f"{'difference':<18}" + "".join(f"{d:>+11.2f}" for d in delta))
    print(f"summarize: median {statistics.median(timings):.2f} ms/article, p90 "
          f"{statistics.quantiles(timings, n=10)[-1]:.2f} ms (parse + features + ranking + selection)")


if __name__ == "__main__":
    main()
