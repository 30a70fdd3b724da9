#!/usr/bin/env python3
"""Does a brief show the same sentences built summarize-first and translate-first? Per language and length.

    python benchmarks/brief_consistency.py [--data-dir ../shared/bench/translation]

DESIGN.md asks both orders to give consistent briefs. For every WMT dev document (``dev-*-en.jsonl``,
its segments one per line) the professional English translation stands in for the engine: it is
passed to :func:`toolkit.briefs.build_brief` as the document's :class:`~toolkit.translation.Translation`
(one segment per WMT segment), so both orders read the same, perfect, translation and only the
brief's own choices differ. A brief "shows" the English segments its lede and its bullets of a
length are made of; agreement is the Jaccard index of the segments the two orders show (x100),
averaged over the documents of a language with a 95 % percentile bootstrap interval over documents.
``summary_consistency.py`` measures the summarizer alone (each side in its own words); this measures
what an editor sees, after the brief fits each length in delivered words. The figures are on the
dev files ("dev").
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import BENCH, RESAMPLES, print_signature  # noqa: E402
from _wmt import Picks, print_agreement  # noqa: E402

from toolkit.briefs import Brief, build_brief  # noqa: E402
from toolkit.fidelity import FidelityReport  # noqa: E402
from toolkit.glossary import GlossaryReport  # noqa: E402
from toolkit.summarization import LENGTHS  # noqa: E402
from toolkit.summarization.ranker import load_ranker  # noqa: E402
from toolkit.translation import Segment, Timings, Translation  # noqa: E402

NAMED = tuple(name for name in LENGTHS if name != "headline")
_NOT_A_LETTER = re.compile(r"\W+")


def professional(source: list[str], english: list[str], language: str) -> tuple[str, Translation]:
    """The document's text (its segments one per line) and its professional translation, segment for
    segment, as a :class:`Translation` a brief can be built from."""
    segments, offset = [], 0
    for original, translated in zip(source, english, strict=True):
        segments.append(Segment(original, translated, offset, offset + len(original)))
        offset += len(original) + 1
    translation = Translation(
        text="\n".join(english), source_language=language, target_language="en", engine="human",
        model=None, engine_version=None, glossary_version=None, segments=tuple(segments),
        glossary_report=GlossaryReport(), fidelity=FidelityReport(), timings=Timings(),
    )  # fmt: skip
    return "\n".join(source), translation


def _letters(text: str) -> str:
    return _NOT_A_LETTER.sub("", text).casefold()


def shown_segments(brief: Brief, english: list[str]) -> dict[str, set[int]]:
    """For each length, the English segments the brief's lede and bullets are made of (typography
    and spacing aside); where the headline says the lede whole, and so the brief has none, its."""
    segments = [_letters(segment) for segment in english]
    shown = {}
    for name in NAMED:
        found: set[int] = set()
        for text in (brief.lede or brief.headline, *brief.bullets.get(name, ())):
            letters = _letters(text.rstrip("…"))  # a lede cut short is the start of its segment
            if letters:
                found.update(i for i, s in enumerate(segments) if s and (s in letters or letters in s))
        shown[name] = found
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=BENCH / "translation")
    args = parser.parse_args()
    paths = sorted(args.data_dir.glob("dev-*-en.jsonl"))
    if not paths:
        parser.error(f"{args.data_dir}: no dev-*-en.jsonl files; give --data-dir")
    print("brief agreement (Jaccard of the English segments shown, x100) between summarize-first and "
          "translate-first, the professional translation as the engine, 95 % bootstrap CI over documents")
    def sides(source: list[str], english: list[str], language: str) -> Picks | None:
        if len(source) != len(english):
            return None
        text, translation = professional(source, english, language)
        briefs = [
            build_brief(text, translation=translation, source=language, order=order)
            for order in ("summarize-first", "translate-first")
        ]
        first, second = (shown_segments(brief, english) for brief in briefs)
        return first, second

    print_agreement(paths, NAMED, sides)
    print_signature(ranker=load_ranker().version, data=paths, bs=RESAMPLES)


if __name__ == "__main__":
    main()
