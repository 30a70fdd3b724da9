"""What one batch item costs when its brief is built from the item's own translation (what
``toolkit batch`` does) against building the brief the standalone way, which translates the
chosen sentences a second time.

For every example article x target, both ways run side by side in one process, alternating, on
one warm Pipeline: ``translate`` then ``brief(translation=...)`` vs ``translate`` then ``brief``.
Prints the median seconds per item, the segments the engine was sent per item and the ratio.

    python benchmarks/batch_item.py [--engine apertium] [--to es] [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from _report import engine_fields, print_signature

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "batch" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="apertium")
    parser.add_argument("--to", default="es", help="target language")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    from toolkit import Pipeline

    files = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    ways = ("reused", "translated again")
    seconds: dict[str, list[float]] = {way: [] for way in ways}
    segments: dict[str, list[int]] = {way: [] for way in ways}
    with Pipeline(args.engine) as pipeline:
        sources = [pipeline.translate(text, target=args.to).source_language for text in texts]  # warm-up
        spied: set[int] = set()
        sent = [0]
        for source in sorted(set(sources) - {args.to}):
            engine = pipeline.engine_for(source, args.to)
            if id(engine) in spied:
                continue
            spied.add(id(engine))
            real = engine.translate_batch

            def counting(batch, source, target, real=real):  # noqa: ANN001, ANN202 - a thin spy
                sent[0] += len(batch)
                return real(batch, source, target)

            engine.translate_batch = counting  # type: ignore[method-assign]
        for _ in range(args.repeats):
            for text, source in zip(texts, sources, strict=True):
                for way in ways:
                    sent[0] = 0
                    started = time.perf_counter()
                    translation = pipeline.translate(text, target=args.to, source=source)
                    if way == "reused":
                        pipeline.brief(text, translation=translation)
                    else:
                        pipeline.brief(text, target=args.to, source=source)
                    seconds[way].append(time.perf_counter() - started)
                    segments[way].append(sent[0])
        fields = engine_fields(pipeline.engine_for(sources[0], args.to), sources[0], args.to)
    print(f"{len(texts)} articles -> {args.to}, {args.engine}, {args.repeats} repeats, both ways alternating")
    for way in ways:
        print(
            f"{way:<17} median {statistics.median(seconds[way]):.3f} s per item, "
            f"{statistics.median(segments[way]):.0f} segments sent to the engine per item (median), "
            f"{sum(segments[way]) / args.repeats:.0f} per run of all items"
        )
    ratio = statistics.median(seconds["translated again"]) / statistics.median(seconds["reused"])
    print(f"an item is {ratio:.2f}x faster with the brief built from its translation")
    print_signature(**fields, repeats=args.repeats, data=files)


if __name__ == "__main__":
    main()
