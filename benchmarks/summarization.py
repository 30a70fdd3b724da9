#!/usr/bin/env python3
"""ROUGE of toolkit.summarization against Lead-3 on a news bench file, side by side, and ms/article.

    python benchmarks/summarization.py --data ../shared/bench/summarization/dev-cnndm.jsonl [--sentences 3]

Ends with a signature line: toolkit and ranker versions, the data file's SHA-256 prefix, its split.

Protocol in benchmarks/_rouge.py (the bench README's). Time per article covers parsing, features,
ranking and selection (everything `summarize` does).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import RESAMPLES, add_split_option, print_signature  # noqa: E402
from _rouge import print_rouge  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL with `article` and `summary` fields")
    parser.add_argument("--sentences", type=int, default=3, help="sentence budget for both systems")
    parser.add_argument("--language", default="en")
    add_split_option(parser)
    args = parser.parse_args()
    if not args.data.is_file():
        parser.error(f"{args.data}: no such file")
    run = print_rouge(args.data, args.sentences, args.language, args.split)
    timings = run.milliseconds
    print(f"summarize: median {statistics.median(timings):.2f} ms/article, p90 "
          f"{statistics.quantiles(timings, n=10)[-1]:.2f} ms (parse + features + ranking + selection)")
    print_signature(ranker=run.method, data=args.data, split=args.split, bs=RESAMPLES)


if __name__ == "__main__":
    main()
