"""Cross-document batching with a glossary: articles translated together vs one by one, one run.

Every article's glossary enforcement (first pass, then repairs) runs in lockstep with the others
(``toolkit/translation/lockstep.py``), so each round's requests of all articles go to the engine as
one call. This prints, side by side in one run through the real Apertium engine with the shipped
fr→en glossaries, the engine calls and the median seconds of ``Pipeline.translate_many`` on the
example articles against translating them one at a time (the ratio is the batching's gain; Apertium
starts its processes once per call).

    python benchmarks/glossary_batching.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from _report import engine_fields, print_signature

from toolkit import Pipeline
from toolkit.engines.apertium import ApertiumEngine

ROOT = Path(__file__).resolve().parent.parent
GLOSSARIES = [ROOT / "glossaries" / "syria-fr-en.yaml", ROOT / "glossaries" / "wire-fr-en.yaml"]


class CountingEngine(ApertiumEngine):
    """The real Apertium engine, counting its calls."""

    calls = 0

    def translate_batch(self, segments: Sequence[str], source: str, target: str) -> list[str]:
        self.calls += 1
        return super().translate_batch(segments, source, target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    files = sorted((ROOT / "examples" / "batch" / "articles").glob("*-fr.txt"))
    files += sorted((ROOT / "examples").glob("*-fr.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    engine = CountingEngine()
    times: dict[str, list[float]] = {"together": [], "one by one": []}
    calls: dict[str, int] = {}
    for _ in range(args.repeats):
        for mode in times:
            with Pipeline(engine, glossary=GLOSSARIES) as pipeline:
                engine.calls = 0
                started = time.perf_counter()
                if mode == "together":
                    list(pipeline.translate_many(texts, source="fr", target="en"))
                else:
                    for text in texts:
                        pipeline.translate(text, source="fr", target="en")
                times[mode].append(time.perf_counter() - started)
                calls[mode] = engine.calls
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} French articles ({words} words) → en, apertium, {len(GLOSSARIES)} glossaries")
    print(f"{'':12}{'engine calls':>14}{'seconds (median of ' + str(args.repeats) + ')':>26}")
    for mode, values in times.items():
        print(f"{mode:12}{calls[mode]:14}{statistics.median(values):26.2f}")
    ratio = statistics.median(times["one by one"]) / statistics.median(times["together"])
    print(f"one by one / together: {ratio:.2f}")
    print_signature(**engine_fields(engine, "fr", "en"), articles=len(texts), repeats=args.repeats)
    engine.close()


if __name__ == "__main__":
    main()
