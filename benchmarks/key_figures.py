#!/usr/bin/env python3
"""Key figures of news in every language: how many, and how many are fragments cut at their number.

    python benchmarks/key_figures.py [--data-dir ../shared/bench/translation] [--show]

Every WMT dev document (``dev-*-en.jsonl``) is briefed in its own language, each side of the pair
(no engine: the brief's language is the article's): its first segment is the title, the others its
body. Per language it prints the briefs, their key figures and the share of counts (not money nor
shares, whose unit is their symbol) that end on their number ("seit mehr als 30" for "seit mehr als
30 Jahren", "более 550" for "более 550 человек"): a figure cut from the noun or unit it counts,
which an editor would strike. Shares carry
95 % Wilson intervals. ``--show`` lists every key figure. Prints measured figures only.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import BENCH, percent, print_signature, wilson  # noqa: E402
from _wmt import article_text, read_documents  # noqa: E402

from toolkit.briefs import build_brief  # noqa: E402

# A phrase whose last word is its number (digits with their separators, a sentence mark after it).
_ENDS_ON_NUMBER = re.compile(r"\d[\d.,  ]*[.。।]?$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=BENCH / "translation")
    parser.add_argument("--show", action="store_true", help="list every key figure")
    args = parser.parse_args()
    paths = sorted(args.data_dir.glob("dev-*-en.jsonl"))
    if not paths:
        parser.error(f"{args.data_dir}: no dev-*-en.jsonl files; give --data-dir")
    documents: dict[str, list[list[str]]] = {}
    for path in paths:
        language = path.name.split("-")[1]
        for row in read_documents(path):
            for side in (language, "en"):
                if row.get(side):
                    documents.setdefault(side, []).append(row[side])
    print(f"{'language':<9}{'briefs':>7}{'figures':>9}{'counts cut at their number, % [95% CI]':>42}")
    for language, segments in sorted(documents.items()):
        figures = cut = 0
        for body in segments:
            brief = build_brief(article_text(body), target=language, source=language)
            for figure in brief.key_figures:
                figures += 1
                ends = figure.kind == "number" and _ENDS_ON_NUMBER.search(figure.phrase) is not None
                cut += ends
                if args.show:
                    print(f"  {language} {'CUT ' if ends else '    '}{figure.phrase}")
        print(f"{language:<9}{len(segments):>7}{figures:>9}{percent(wilson(cut, figures))!s:>42}")
    print_signature(data=paths)


if __name__ == "__main__":
    main()
