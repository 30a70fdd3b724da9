#!/usr/bin/env python3
"""Brief latency: summarize-then-translate against translate-then-summarize, side by side, one run.

A ~1,000-word French article (benchmarks/data/crues-sud-est-fr.txt, written for this project) is
briefed into English, all four lengths, through the argos engine with a Transformer-base shaped
model (6+6 layers, d_model 512, 32k vocabulary, random weights, int8) built locally by
``toolkit.testing.models`` and installed into a temporary ``TOOLKIT_MODELS_DIR``. Random weights
decode to random lengths, so the output length is pinned (min = max decoding length, ``--length``
pieces per sentence) for both orders alike. No translation memory: every run translates.

Runs alternate between the two orders (machine load hits both alike); prints the median wall and
CPU seconds of each (CPU time, all threads, is steadier on a shared machine), the seconds spent in
and outside the engine's calls, the segments each sent to the engine, and the ratios (target:
summarize-first >= 4x faster), then the run's signature.

Summarize-first sends the engine only what the brief shows: the title and the longest summary's
sentences (the lede is one of them, the key figures come from them). The engine cuts a call into
one sub-batch per replica (one per core), at most ``max_batch_size`` each: the brief's ~9 segments
run as two sub-batches of 4-5, the article's 43 as two of 21-22. A CTranslate2 decoding step has a
fixed cost besides its cost per segment, so small sub-batches cost more per segment and the time
ratio stays below the ratio of segments. ``--max-batch-size N`` sets the sub-batch size for both;
``--beam-size 4`` decodes with Argos' own beam (the engine's default is greedy), where the cost per
segment outweighs the fixed cost of a step. A last line fits the engine's time to that cost model and
says how many segments per replica summarize-first could send for 4x.

    python benchmarks/brief_latency.py [--repeats 5] [--length 48] [--max-batch-size N] [--beam-size N]
                                       [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from _report import engine_fields, print_signature

ARTICLE = Path(__file__).resolve().parent / "data" / "crues-sud-est-fr.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--length", type=int, default=48, help="output pieces per sentence (pinned)")
    parser.add_argument("--work", type=Path, help="folder for the base model (reused when present)")
    parser.add_argument("--article", type=Path, default=ARTICLE)
    parser.add_argument(
        "--max-batch-size",
        type=int,
        default=None,
        help="the engine's CTranslate2 sub-batch size, for both orders (default: the engine's, 32)",
    )
    parser.add_argument("--beam-size", type=int, default=None,
                        help="beam size for both orders (default: the engine's, greedy)")
    args = parser.parse_args()

    from toolkit.testing.models import build_model

    with tempfile.TemporaryDirectory(prefix="brief-latency-") as scratch:
        work = args.work or Path(scratch) / "model"
        work.mkdir(parents=True, exist_ok=True)
        built = next(iter(work.glob("*.argosmodel")), None)
        if built is None:
            print(f"building the base fr→en model in {work} ...", flush=True)
            built = build_model("base", "fr", "en", work).argosmodel
        packages = Path(scratch) / "packages"
        os.environ["TOOLKIT_MODELS_DIR"] = str(packages)

        from toolkit import Pipeline
        from toolkit.models import install_from_file

        install_from_file(built, packages)
        text = args.article.read_text(encoding="utf-8")
        print(f"article: {args.article.name}, {len(text.split())} words")
        options = {"max_decoding_length": args.length, "min_decoding_length": args.length}
        if args.max_batch_size:
            options["max_batch_size"] = args.max_batch_size
        if args.beam_size:
            options["beam_size"] = args.beam_size
        with Pipeline("argos", **options) as pipeline:
            engine = pipeline.engine_for("fr", "en")
            counted = {"segments": 0, "seconds": 0.0}
            translate_batch = engine.translate_batch

            def counting(segments, source, target):  # noqa: ANN001, ANN202 - a thin spy
                counted["segments"] += len(segments)
                started = time.perf_counter()
                try:
                    return translate_batch(segments, source, target)
                finally:
                    counted["seconds"] += time.perf_counter() - started

            engine.translate_batch = counting  # type: ignore[method-assign]
            pipeline.brief(text, target="en", source="fr")  # warm-up: loads the model
            times: dict[str, list[float]] = {"summarize-first": [], "translate-first": []}
            cpu: dict[str, list[float]] = {order: [] for order in times}
            segments: dict[str, int] = {}
            in_engine: dict[str, list[float]] = {order: [] for order in times}
            for _ in range(args.repeats):
                for order in times:
                    counted["segments"], counted["seconds"] = 0, 0.0
                    started, started_cpu = time.perf_counter(), time.process_time()
                    result = pipeline.brief(text, target="en", source="fr", order=order)
                    times[order].append(time.perf_counter() - started)
                    cpu[order].append(time.process_time() - started_cpu)
                    segments[order] = counted["segments"]
                    in_engine[order].append(counted["seconds"])
                    assert result.order == order
            fields = engine_fields(engine, "fr", "en")
            replicas = engine.inter_threads
        print(
            f"engine: argos {engine.model_id('fr', 'en')}, base shape, {args.length} pieces/sentence, "
            f"max_batch_size {args.max_batch_size or 'default'}, beam_size {args.beam_size or 'default'}"
        )
        for order, values in times.items():
            print(
                f"{order:<16} median {statistics.median(values):7.3f} s, "
                f"CPU {statistics.median(cpu[order]):7.3f} s, in the engine "
                f"{statistics.median(in_engine[order]):7.3f} s, outside it "
                f"{statistics.median(t - e for t, e in zip(values, in_engine[order], strict=True)):6.3f} s  "
                f"(min {min(values):.3f}, max {max(values):.3f}, {segments[order]} segments translated)"
            )
        ratio = statistics.median(times["translate-first"]) / statistics.median(times["summarize-first"])
        cpu_ratio = statistics.median(cpu["translate-first"]) / statistics.median(cpu["summarize-first"])
        print(f"summarize-first is {ratio:.2f}x faster (target >= 4x); {cpu_ratio:.2f}x less CPU time")
        print_cost_model(
            {order: statistics.median(seconds) for order, seconds in in_engine.items()},
            segments, replicas, args.length,
        )
        print_signature(**fields, shape="base-random-int8", length=args.length,
                        beam=args.beam_size or "default", repeats=args.repeats, data=args.article)


def print_cost_model(
    engine_seconds: dict[str, float], segments: dict[str, int], replicas: int, steps: int
) -> None:
    """Fit the engine's time to a cost per decoding step of ``fixed`` per replica plus ``per_segment``
    per segment of its sub-batch (two orders, two sub-batch sizes, two unknowns), and say how many
    segments per replica summarize-first could send and still be 4x faster inside the engine."""
    small, large = (-(-segments[o] // replicas) for o in ("summarize-first", "translate-first"))
    if large <= small:
        return
    gap = engine_seconds["translate-first"] - engine_seconds["summarize-first"]
    per_segment = gap / steps / (large - small)
    fixed = engine_seconds["summarize-first"] / steps - small * per_segment
    most = (large * per_segment - 3 * fixed) / (4 * per_segment)
    print(
        f"cost model: {fixed * 1000:.1f} ms per decoding step and replica + {per_segment * 1000:.2f} ms per "
        f"segment of its sub-batch ({replicas} replicas, {steps} steps); 4x inside the engine needs at most "
        f"{most:.1f} segments per replica against {large}: summarize-first sends {small}"
    )


if __name__ == "__main__":
    main()
