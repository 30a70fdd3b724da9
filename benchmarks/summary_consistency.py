#!/usr/bin/env python3
"""Does a summary pick the same sentences before and after translation? Agreement per language.

    python benchmarks/summary_consistency.py [--data-dir ../shared/bench/translation] [--sentences 3]
                                             [--lengths]

For every WMT dev document and its professional English translation (``dev-*-en.jsonl``), both
sides are summarized with ``toolkit.summarize(text, sentences=3, language=L)``; each side's text
is its segments one per line, as the documents come. A picked sentence counts as the segment it
starts in, and agreement is the Jaccard index of the two sides' picked segments, averaged over
the documents of a language, with a 95 % percentile bootstrap interval over documents. "Lead-3"
(the first three candidate sentences on each side) shows what agreement position alone gives.
The figures are on the dev files ("dev"); the goal is judged on held-out documents of the same
pairs. ``--lengths`` adds the same agreement for the named lengths a brief shows (short, medium,
long: word budgets, each side counted in its own words, nested as :func:`toolkit.summarize_lengths`
builds them for a brief). It also prints the CNN ROUGE of the summarizer and of Lead-3, so that
agreement is never bought with summary quality.
"""

from __future__ import annotations

import argparse
import bisect
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import BENCH, RESAMPLES, mean_interval, print_signature, split_of  # noqa: E402
from _rouge import print_rouge  # noqa: E402
from _wmt import jaccard, print_agreement, read_documents  # noqa: E402

from toolkit.document import parse  # noqa: E402
from toolkit.summarization import candidates, summarize, summarize_lengths  # noqa: E402

NAMED = ("short", "medium", "long")


def _segment_finder(segments: list[str]) -> tuple[str, Callable[[int], int]]:
    """The side's text (its segments one per line) and the segment a text position falls in."""
    starts = []
    offset = 0
    for segment in segments:
        starts.append(offset)
        offset += len(segment) + 1
    return "\n".join(segments), lambda position: bisect.bisect_right(starts, position) - 1


def picked_segments(segments: list[str], language: str, sentences: int) -> tuple[set[int], set[int]]:
    """Indices of the segments the summary (and Lead-N) picked, for one side of a document."""
    text, segment_of = _segment_finder(segments)
    summary = summarize(text, sentences=sentences, language=language)
    lead = candidates(parse(text, language))[:sentences]
    return {segment_of(s.start) for s in summary.sentences}, {segment_of(s.start) for s in lead}


def picked_by_length(segments: list[str], language: str) -> dict[str, set[int]]:
    """Indices of the segments each named length's summary picked, for one side of a document."""
    text, segment_of = _segment_finder(segments)
    summaries = summarize_lengths(text, NAMED, language=language)
    return {name: {segment_of(s.start) for s in summary.sentences} for name, summary in summaries.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=BENCH / "translation")
    parser.add_argument("--cnn", type=Path, default=BENCH / "summarization" / "dev-cnndm.jsonl")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--lengths", action="store_true", help="also the named lengths a brief shows")
    args = parser.parse_args()
    paths = sorted(args.data_dir.glob("dev-*-en.jsonl"))
    if not paths:
        parser.error(f"{args.data_dir}: no dev-*-en.jsonl files; give --data-dir")
    splits = ", ".join(sorted({split_of(p) for p in paths}))
    print(f"summary agreement (Jaccard of picked segments, x100) between a WMT document and its English "
          f"translation, {args.sentences} sentences each ({splits}), 95 % bootstrap CI over documents")
    print(f"{'language':<9}{'docs':>5}{'toolkit':>10}{'95% CI':>16}{'Lead-3':>10}"
          f"{'toolkit picks = lead':>22}")
    for path in paths:
        language = path.name.split("-")[1]
        ours, lead, same_as_lead = [], [], []
        for row in read_documents(path):
            source, english = row.get(language), row.get("en")
            if not source or not english:
                continue
            picked_source, lead_source = picked_segments(source, language, args.sentences)
            picked_english, lead_english = picked_segments(english, "en", args.sentences)
            ours.append(jaccard(picked_source, picked_english))
            lead.append(jaccard(lead_source, lead_english))
            same_as_lead.append(100.0 * (picked_source == lead_source))
        ci = mean_interval(ours)
        print(f"{language:<9}{len(ours):>5}{ci.value:>10.1f}{f'[{ci.low:.1f}, {ci.high:.1f}]':>16}"
              f"{statistics.fmean(lead):>10.1f}{statistics.fmean(same_as_lead):>21.0f}%")
    if args.lengths:
        print("\nthe same agreement for the named lengths a brief shows (word budgets, nested), 95 % CI")
        print_agreement(paths, NAMED, lambda source, english, language: (
            picked_by_length(source, language), picked_by_length(english, "en")
        ))
    ranker = None
    if args.cnn.is_file():
        print()
        ranker = print_rouge(args.cnn, args.sentences).method
        paths.append(args.cnn)
    print_signature(ranker=ranker, data=paths, bs=RESAMPLES)


if __name__ == "__main__":
    main()
