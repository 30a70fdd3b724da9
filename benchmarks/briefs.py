"""Briefs as an editor gets them: named lengths in delivered words, headlines, datelines, timing.

    python benchmarks/briefs.py --data ../shared/bench/translation/dev-fr-en.jsonl --engine apertium

Every document of the WMT file becomes an article: its first segment is the title, the others its
body (one paragraph). Each is briefed into ``--to`` (all four lengths in one brief), and again once
per named length asked alone. The French articles in ``examples/`` (wire copy with datelines:
the dev file has none) are briefed too, for the dateline figure only. No translation memory: every
brief translates. Prints:

* per named length, the share of briefs whose lede + summary (+ dateline) fit the limit in
  *delivered* words (``toolkit.segment.count_words`` in the target language; the share counted
  with ``str.split`` too, which also counts lone punctuation), and the share where the length asked
  alone shows the same sentences as in the all-lengths brief;
* headline faults: over 14 words, ending on a function word (stopwords-iso of the target);
* dateline place names altered (neither kept nor the glossary's rendering);
* key figures (all-lengths briefs, English): how many, the share with a subject (a word of three
  letters or more, not a stopword of the target nor part of the figure's qualifier), the share
  of fragments (no subject, or starting or ending on a closed-class English word — article,
  preposition, conjunction, pronoun, auxiliary — other than the figure's qualifier; stopwords-iso
  also lists content words such as "big", "front", "million"), and the briefs whose figures are
  ordered (counts of people and money and shares before other numbers);
* median seconds per all-lengths brief.

Shares carry 95 % Wilson intervals; the report says the data's split and ends with the run's
signature. Prints measured figures only.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from _report import engine_fields, percent, print_signature, split_of, wilson
from _wmt import article_text, read_documents

from toolkit import Pipeline
from toolkit.document import parse
from toolkit.segment import count_words
from toolkit.summarization import stopwords

ROOT = Path(__file__).resolve().parent.parent
LENGTHS = {"short": 50, "medium": 100, "long": 200}
_WORD = re.compile(r"[\w'’-]+")


def _shown(brief, length: str) -> list[str]:  # noqa: ANN001 - Brief of any toolkit version
    """What the reader gets at ``length``: dateline, lede and the summary sentences not the lede."""
    rest = [s for s in brief.bullets.get(length, ()) if s != brief.lede]
    return [brief.dateline or "", brief.lede, *rest]


_QUALIFIER_WORDS = frozenset("at least more than over nearly almost about around some up to roughly".split())
_CLOSED_CLASS = frozenset(
    "a an the of to in on at by for from with as into than and or but nor that which who whom whose "
    "this these those it its his her their our your my he she they we you is are was were be been "
    "being has have had do does did will would shall should can could may might must not no if then "
    "there where when while during since until after before about over under among between against "
    "per via".split()
)
_PEOPLE = ("dead", "injured", "displaced", "arrested", "detained", "missing", "evacuated", "people")


def _figure_faults(phrase: str, stop: frozenset[str]) -> tuple[bool, bool]:
    """(has a subject, is a fragment) by the simple checks the docstring names."""
    words = [w.lower() for w in _WORD.findall(phrase)]
    subject = any(
        len(w) >= 3 and w.isalpha() and w not in stop and w not in _QUALIFIER_WORDS for w in words
    )
    first, last = (words[0], words[-1]) if words else ("", "")
    bad_end = last in _CLOSED_CLASS
    bad_start = first in _CLOSED_CLASS and first not in _QUALIFIER_WORDS
    return subject, not subject or bad_end or bad_start


def _figures_ordered(figures) -> bool:  # noqa: ANN001 - KeyFigures of any toolkit version
    """Counts of people, money and shares come before any other number."""
    ranks = [
        0 if f.kind in ("money", "percent") or f.phrase.lower().endswith(_PEOPLE) else 1 for f in figures
    ]
    return ranks == sorted(ranks)


def _dateline_altered(source: str, brief, glossary) -> bool:  # noqa: ANN001
    """Whether the dateline's place (its capitalised words before any comma or bracket) is in the
    brief's dateline neither as written nor as the glossary renders it."""
    document = parse(source, "fr")
    if document.dateline is None:
        return False
    place = re.split(r"[,(]", document.dateline.text)[0].strip()
    delivered = (brief.dateline or "").casefold()
    renderings = {place}
    if glossary is not None:
        renderings |= {m.rendering for m in glossary.find(place.title())}
        renderings |= {m.rendering for m in glossary.find(place)}
    return not any(r.casefold() in delivered for r in renderings)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="JSONL of {id, fr: [...], en: [...]}")
    parser.add_argument("--engine", default="apertium")
    parser.add_argument("--to", default="en", dest="target")
    parser.add_argument("--glossary", action="append", default=None, help="glossary file (repeatable)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args()

    documents = read_documents(args.data)[: args.limit]
    articles = [(d["id"], article_text(d["fr"])) for d in documents]
    examples = sorted((ROOT / "examples").rglob("*-fr.*"))
    wire = [(p.name, p.read_text(encoding="utf-8")) for p in examples]
    stop = stopwords(args.target)

    fits = {name: 0 for name in LENGTHS}
    fits_split = {name: 0 for name in LENGTHS}
    same = {name: 0 for name in LENGTHS}
    long_headlines = function_endings = altered = datelines = 0
    seconds: list[float] = []
    faults: list[str] = []
    figures = with_subject = fragments = ordered = with_figures = 0
    with Pipeline(args.engine, glossary=args.glossary) as pipeline:
        for name, text in articles:
            started = time.perf_counter()
            full = pipeline.brief(text, target=args.target, source="fr")
            seconds.append(time.perf_counter() - started)
            with_figures += bool(full.key_figures)
            ordered += _figures_ordered(full.key_figures)
            for figure in full.key_figures:
                subject, fragment = _figure_faults(figure.phrase, stop)
                figures += 1
                with_subject += subject
                fragments += fragment
                if fragment:
                    faults.append(f"{name} key figure fragment: {figure.phrase!r}")
            for length, limit in LENGTHS.items():
                shown = _shown(full, length)
                words = sum(count_words(s, args.target) for s in shown)
                fits[length] += words <= limit
                fits_split[length] += sum(len(s.split()) for s in shown) <= limit
                if words > limit:
                    faults.append(f"{name} {length}: {words} > {limit}")
                alone = pipeline.brief(text, target=args.target, source="fr", lengths=(length,))
                same[length] += _shown(alone, length) == shown
            headline = full.headline.split()
            long_headlines += len(headline) > 14
            last = _WORD.findall(full.headline.lower())
            if last and last[-1] in stop:
                function_endings += 1
                faults.append(f"{name} headline ends on {last[-1]!r}: {full.headline}")
        for name, text in wire:
            result = pipeline.brief(text, target=args.target, source="fr")
            if parse(text, "fr").dateline is not None:
                datelines += 1
                if _dateline_altered(text, result, pipeline.glossary):
                    altered += 1
                    faults.append(f"{name} dateline: {result.dateline}")
        fields = engine_fields(pipeline.engine_for("fr", args.target), "fr", args.target)
        glossary = pipeline.glossary.version if pipeline.glossary is not None else None

    n = len(articles)
    print(f"{n} briefs ({args.data.name}, {split_of(args.data)}), engine {args.engine}, fr→{args.target}")
    print("length       fit (count_words)            fit (split)   same sentences alone vs all  (% [95% CI])")
    for length, limit in LENGTHS.items():
        cells = (percent(wilson(counts[length], n)) for counts in (fits, fits_split, same))
        print(f"{length:<6} {limit:>4}  " + "".join(f"{cell!s:>24}" for cell in cells))
    print(f"headlines over 14 words: {long_headlines}/{n}; ending on a function word: {function_endings}/{n}")
    print(f"dateline place names altered: {altered}/{datelines} (examples/ wire copy with datelines)")
    print(
        f"key figures: {figures} in {with_figures}/{n} briefs; with a subject "
        f"{percent(wilson(with_subject, figures))}; fragments {percent(wilson(fragments, figures))}; "
        f"ordered (people, money, shares first) in {ordered}/{n} briefs"
    )
    print(f"median seconds per all-lengths brief: {statistics.median(seconds):.3f}")
    for fault in faults:
        print("  fault:", fault)
    print_signature(**fields, glossary=glossary, documents=args.limit, data=args.data)


if __name__ == "__main__":
    main()
