#!/usr/bin/env python3
"""Sentence-boundary F1 of toolkit.split_sentences, pysbd and sentencex, side by side, per language.

    python benchmarks/segmentation.py [--data-dir ../shared/bench/translation] [--bootstrap 1000]
                                      [--wrap 72]

Gold: the WMT dev documents' professional segments (both sides of every ``dev-*-en.jsonl``); a
document's segments are joined by single spaces and each segment end but the last is a gold
boundary. A system's boundary is where one of its sentences ends (trailing spaces trimmed). F1 is
micro-averaged over the documents of a language; the 95 % interval is a percentile bootstrap over
documents (same resamples for every system). pysbd has no Czech: "–". The figures are on the dev
files ("dev"); the goals are judged on held-out documents of the same pairs.

``--wrap N`` hard-wraps each document at N columns first, the way agency feeds and ``fold -s``
deliver copy (a space becomes a line break wherever the next word would pass column N; offsets do
not move): the toolkit then reads it as an article (``toolkit.parse``: its paragraphs' sentences),
the other systems get the same text.

It also prints the CNN ROUGE of the summarizer and of Lead-3 (benchmarks/summarization.py's
protocol), so that a segmentation change is never bought with summary quality.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import BENCH, bootstrap, print_signature, resamples, split_of  # noqa: E402
from _rouge import print_rouge  # noqa: E402
from _wmt import read_documents  # noqa: E402

from toolkit.document import parse  # noqa: E402
from toolkit.segment import sentence_spans  # noqa: E402

LANGUAGES = ("fr", "en", "de", "ru", "cs", "hi")
# pysbd's languages (its ISO codes); the others have no pysbd segmenter.
PYSBD = frozenset("en hi mr zh es am ar hy bg ur ru pl fa nl da fr my el it ja de kk sk".split())

Counts = tuple[int, int, int]  # true positives, predicted boundaries, gold boundaries


def gold(segments: list[str]) -> tuple[str, set[int]]:
    """The document text (segments joined by spaces) and the offsets where its segments end."""
    text, ends, offset = " ".join(segments), set(), 0
    for segment in segments[:-1]:
        offset += len(segment)
        ends.add(offset)
        offset += 1
    return text, ends


def ends_of(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Sentence ends (trailing whitespace trimmed), the text's own end excluded."""
    ends = set()
    for _, end in spans:
        while end > 0 and text[end - 1].isspace():
            end -= 1
        ends.add(end)
    ends.discard(len(text.rstrip()))
    return ends


def toolkit_spans(text: str, language: str) -> list[tuple[int, int]]:
    if "\n" in text:  # wrapped copy: read as an article, line breaks and all
        return [(s.start, s.end) for p in parse(text, language).paragraphs for s in p.sentences]
    return list(sentence_spans(text, language=language))


def hard_wrap(text: str, width: int) -> str:
    """``text`` with a line break for the space before each word that would pass column ``width``
    (same length, same offsets)."""
    out = list(text)
    line_start = 0
    last_space = -1
    for i, char in enumerate(text):
        if char == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            out[last_space] = "\n"
            line_start = last_space + 1
    return "".join(out)


def pysbd_spans(text: str, language: str) -> list[tuple[int, int]]:
    import pysbd

    return [(s.start, s.end) for s in pysbd.Segmenter(language=language, clean=False, char_span=True)
            .segment(text)]


def sentencex_spans(text: str, language: str) -> list[tuple[int, int]]:
    import sentencex

    return [(b["start_index"], b["end_index"]) for b in sentencex.get_sentence_boundaries(language, text)]


SYSTEMS: dict[str, Callable[[str, str], list[tuple[int, int]]]] = {
    "toolkit": toolkit_spans,
    "pysbd": pysbd_spans,
    "sentencex": sentencex_spans,
}


def f1(counts: Iterable[Counts]) -> float:
    tp = predicted = expected = 0
    for t, p, g in counts:
        tp, predicted, expected = tp + t, predicted + p, expected + g
    return 200 * tp / (predicted + expected) if predicted + expected else 100.0


def documents(data_dir: Path) -> dict[str, list[list[str]]]:
    """Every language's documents (lists of gold segments), from both sides of each dev file."""
    found: dict[str, list[list[str]]] = {}
    for path in sorted(data_dir.glob("dev-*-en.jsonl")):
        source = path.name.split("-")[1]
        for row in read_documents(path):
            for language in (source, "en"):
                if row.get(language):
                    found.setdefault(language, []).append(row[language])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=BENCH / "translation")
    parser.add_argument("--cnn", type=Path, default=BENCH / "summarization" / "dev-cnndm.jsonl")
    parser.add_argument("--bootstrap", type=int, default=1000, help="bootstrap resamples (0: none)")
    parser.add_argument("--wrap", type=int, default=0, help="hard-wrap the documents at this column first")
    args = parser.parse_args()
    if not args.data_dir.is_dir():
        parser.error(f"{args.data_dir}: no such folder; give --data-dir with the dev-*-en.jsonl files")
    found = documents(args.data_dir)
    languages = [lang for lang in LANGUAGES if lang in found] + sorted(set(found) - set(LANGUAGES))
    paths = sorted(args.data_dir.glob("dev-*-en.jsonl"))
    splits = ", ".join(sorted({split_of(p) for p in paths}))
    wrapped = f", hard-wrapped at {args.wrap} columns" if args.wrap else ""
    print(f"sentence-boundary F1 x100 on the WMT documents ({splits}){wrapped}, "
          "95 % bootstrap CI over documents")
    print(f"{'language':<9}{'docs':>5}{'bounds':>7}" + "".join(f"{name:>22}" for name in SYSTEMS))
    for language in languages:
        docs = [gold(segments) for segments in found[language]]
        if args.wrap:
            docs = [(hard_wrap(text, args.wrap), ends) for text, ends in docs]
        per_system: dict[str, list[Counts]] = {}
        for name, spans in SYSTEMS.items():
            if name == "pysbd" and language not in PYSBD:
                continue
            per_system[name] = []
            for text, ends in docs:
                predicted = ends_of(text, spans(text, language))
                per_system[name].append((len(predicted & ends), len(predicted), len(ends)))
        samples = resamples(len(docs), args.bootstrap)
        cells = []
        for name in SYSTEMS:
            counts = per_system.get(name)
            if counts is None:
                cells.append(f"{'–':>22}")
                continue
            ci = bootstrap(lambda rows, c=counts: f1(c[i] for i in rows), len(docs), samples)
            interval = f" [{ci.low:.1f}, {ci.high:.1f}]" if args.bootstrap else ""
            cells.append(f"{ci.value:>8.1f}{interval:>14}")
        bounds = sum(len(ends) for _, ends in docs)
        print(f"{language:<9}{len(docs):>5}{bounds:>7}" + "".join(cells))
    ranker = None
    if args.cnn.is_file():
        print()
        ranker = print_rouge(args.cnn).method
        paths.append(args.cnn)
    print_signature(ranker=ranker, data=paths, bs=args.bootstrap)


if __name__ == "__main__":
    main()
