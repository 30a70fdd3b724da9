"""Language-identification benchmark: accuracy per kind, speed and peak memory of toolkit.detection.

    python benchmarks/langid.py --data ../shared/bench/langid/dev.jsonl

The data is JSON Lines ``{text, lang, kind}`` (kind: sentence, word_pair, word). Prints accuracy
overall and per kind, accuracy on sentences of major news languages, throughput (median of
``--runs`` runs, both one ``detect`` call per text and ``detect_many`` batches) and the peak
resident memory of this process, which includes the benchmark data itself. Accuracies carry 95 %
Wilson intervals; the report says the data's split and ends with the run's signature (the n-gram
model's SHA-256 prefix, CLD2 and fastText versions, the data file's).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from _report import add_split_option, file_field, percent, print_signature, split_of, versions, wilson

from toolkit._ngram import DEFAULT_PATH
from toolkit.detection import LanguageDetector

BATCH = 1000
MAJOR_NEWS = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "ar", "zh", "ja")


def _percent(hits: int, total: int) -> str:
    if not total:
        return "   n/a"
    rate = percent(wilson(hits, total))
    return f"{rate.value:6.2f} % [{rate.low:.2f}, {rate.high:.2f}]  ({hits}/{total})"


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batch_languages(detector: LanguageDetector, texts: list[str]) -> list[str]:
    """Languages of ``texts`` from ``detect_many`` batches of BATCH texts, as a batch job would
    call it (holding 46,000 results at once would measure this script's memory, not the detector's)."""
    return [
        d.language for i in range(0, len(texts), BATCH) for d in detector.detect_many(texts[i : i + BATCH])
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="JSON Lines file {text, lang, kind}")
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the median is reported")
    parser.add_argument("--sample", type=int, default=0, help="use N evenly spaced lines (0: all)")
    parser.add_argument("--errors", type=int, default=15, help="show the N most frequent confusions")
    add_split_option(parser)
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    if args.sample and args.sample < len(rows):
        # Evenly spaced, not the first N: the file is grouped by kind and language.
        rows = [rows[i * len(rows) // args.sample] for i in range(args.sample)]
    texts = [row["text"] for row in rows]
    rss_data = _peak_rss_mb()

    detector = LanguageDetector()
    # The first pass loads the models each language needs (Lingua loads them lazily); untimed.
    start = time.perf_counter()
    predictions = batch_languages(detector, texts)
    first_pass_s = time.perf_counter() - start

    # Wall time, and this process's CPU time (all threads): on a busy machine the CPU time of the
    # single-threaded detect() loop is the better estimate of its speed on an idle one.
    batch_times, single_times, single_cpu = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        batch_languages(detector, texts)
        batch_times.append(time.perf_counter() - start)
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        single = [detector.detect(text).language for text in texts]
        single_times.append(time.perf_counter() - start)
        single_cpu.append(time.process_time() - start_cpu)
    if single != predictions:
        print("warning: detect() and detect_many() disagree", file=sys.stderr)

    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusions: Counter[tuple[str, str]] = Counter()
    for row, predicted in zip(rows, predictions, strict=True):
        ok = int(predicted == row["lang"])
        for key in ("all", row["kind"]):
            hits[key][0] += ok
            hits[key][1] += 1
        if row["kind"] == "sentence":
            per_language[row["lang"]][0] += ok
            per_language[row["lang"]][1] += 1
        if not ok:
            confusions[(row["lang"], predicted)] += 1

    split = split_of(args.data, args.split)
    print(f"data: {args.data} ({split}; {len(rows)} texts, {len({r['lang'] for r in rows})} languages)")
    print(
        "detector: LanguageDetector(); "
        f"first pass, with model loading: {first_pass_s:.1f} s"
    )
    print(f"accuracy overall (95 % Wilson interval): {_percent(*hits['all'])}")
    for kind in sorted(k for k in hits if k != "all"):
        print(f"  {kind:<24s}{_percent(*hits[kind])}")
    major = [per_language[lang] for lang in MAJOR_NEWS if lang in per_language]
    print(
        f"sentences, major news languages ({' '.join(code for code in MAJOR_NEWS if code in per_language)}):"
    )
    print(f"  {'all':<24s}{_percent(sum(h for h, _ in major), sum(n for _, n in major))}")
    for lang in MAJOR_NEWS:
        if lang in per_language and per_language[lang][0] < per_language[lang][1]:
            print(f"  {lang:<24s}{_percent(*per_language[lang])}")
    print(
        f"throughput detect_many:    {len(texts) / statistics.median(batch_times):,.0f} texts/s "
        f"(batches of {BATCH}, median of {args.runs})"
    )
    print(
        f"throughput detect():       {len(texts) / statistics.median(single_times):,.0f} texts/s "
        f"(median of {args.runs}, one call per text; "
        f"{len(texts) / statistics.median(single_cpu):,.0f} texts per CPU-second)"
    )
    print(f"machine load (1-minute average): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(
        f"peak RSS:                  {_peak_rss_mb():.0f} MB (data and interpreter alone: {rss_data:.0f} MB)"
    )
    if args.errors:
        print("most frequent confusions (expected -> detected):")
        for (expected, got), count in confusions.most_common(args.errors):
            print(f"  {expected} -> {got}: {count}")
    print_signature(ngram=file_field(DEFAULT_PATH), libraries=versions("pycld2", "fasttext-predict"),
                    sample=args.sample or None, data=args.data, split=split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
