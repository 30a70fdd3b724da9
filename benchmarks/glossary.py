"""Does the glossary do harm? And are the words Apertium did not know reported?

    python benchmarks/glossary.py --data ../shared/bench/translation/dev-fr-en.jsonl

Every French sentence of the file is translated by :meth:`toolkit.Pipeline.translate_segments`
document by document, once by the engine alone and once with the shipped glossaries
(``glossaries/*.yaml`` unless ``--glossary`` says otherwise). Printed:

* sentences holding glossary terms; of those, how many the engine alone already rendered right
  (every term's house rendering present), and of those how many enforcement left exactly as the
  engine wrote them vs changed (with examples of the changed ones: the changes are what to read);
* term coverage: the share of term occurrences whose house rendering is in the output, engine
  alone vs with the glossary;
* chrF and BLEU (sacrebleu) against the professional references, without vs with the glossary,
  and the paired bootstrap p-value of the difference;
* for Apertium, the unknown-word report rate: words reported in ``review.unknown_words`` (engine
  alone) out of the words Apertium itself marks when its legs are piped without ``-u`` (``*word``,
  ``@word``, ``#word``, counted per sentence, word by word).

The wire glossary was written while looking at this very dev file, so its coverage figure here is
in-sample. Rates carry 95 % Wilson intervals, BLEU and chrF sacrebleu's bootstrap interval; the
report says the data's split and ends with the run's signature. Prints measured figures only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import time
from collections import Counter
from pathlib import Path

from _report import add_split_option, engine_fields, percent, print_signature, split_of, wilson
from _wmt import paired_scores, read_documents

from toolkit import Pipeline
from toolkit.glossary import Glossary
from toolkit.resources import glossaries_dir

_RAW_MARK = re.compile(r"(?<![\w\\])[*@#]+(\w+)")


def _load(spec: list[str] | None) -> Glossary:
    paths = [Path(s) for s in spec] if spec else sorted(glossaries_dir().glob("*.yaml"))
    return Glossary.merge(*(Glossary.load(p) for p in paths))


def _right(glossary: Glossary, source: str, output: str) -> tuple[int, int]:
    """(occurrences of glossary terms in ``source``, how many ``output`` renders the house way)."""
    needed = Counter(m.entry for m in glossary.find(source))
    return sum(needed.values()), sum(glossary.present(needed, output).values())


def _apertium_marks(sentences: list[str], modes: tuple[str, ...]) -> list[Counter[str]]:
    """Per sentence, the words Apertium marks when its legs are piped as they are, without ``-u``."""
    special = re.compile(r"([\\\[\]^$@/<>{}])")
    data = "".join(special.sub(r"\\\1", s.replace("\n", " ")) + "\n\0" for s in sentences).encode("utf-8")
    for mode in modes:
        data = subprocess.run(["apertium", "-z", "-f", "none", mode], input=data, capture_output=True,
                              check=True).stdout
    blocks = data.decode("utf-8").split("\0")[: len(sentences)]
    return [Counter(m.group(1) for m in _RAW_MARK.finditer(block)) for block in blocks]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="JSONL of {id, origlang, fr, en}")
    parser.add_argument("--engine", default="apertium", help="engine to measure (default: apertium)")
    parser.add_argument(
        "--glossary", action="append", help="glossary file (repeatable; default: the shipped ones)"
    )
    parser.add_argument("--french-origin", action="store_true", help="only documents written in French")
    parser.add_argument("--examples", type=int, default=8, help="changed sentences to print")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    add_split_option(parser)
    args = parser.parse_args()

    glossary = _load(args.glossary).for_pair("fr", "en")
    documents = [d for d in read_documents(args.data) if not args.french_origin or d.get("origlang") == "fr"]
    documents = documents[: args.limit]
    sources = [s for d in documents for s in d["fr"]]
    plain: list[str] = []
    enforced: list[str] = []
    reported: list[Counter[str]] = []
    timings = {"plain": 0.0, "glossary": 0.0}
    with Pipeline(args.engine) as alone, Pipeline(args.engine, glossary=glossary) as with_glossary:
        for document in documents:
            started = time.perf_counter()
            done = alone.translate_segments(document["fr"], source="fr", target="en")
            timings["plain"] += time.perf_counter() - started
            plain += done.outputs
            words = [Counter[str]() for _ in document["fr"]]
            for word in done.unknown_words:
                words[word.segment][word.word] += 1
            reported += words
            started = time.perf_counter()
            outputs = with_glossary.translate_segments(document["fr"], source="fr", target="en").outputs
            timings["glossary"] += time.perf_counter() - started
            enforced += outputs
        engine = alone.engine_for("fr", "en")
        model, fields = engine.model_id("fr", "en"), engine_fields(engine, "fr", "en")
        legs = tuple(getattr(engine, "legs", lambda s, t: ())("fr", "en"))

    split = split_of(args.data, args.split)
    print(f"data: {split} — {args.data} ({len(documents)} documents, {len(sources)} sentences"
          f"{', French-origin only' if args.french_origin else ''})")
    print(f"engine: {args.engine}  model: {model}")
    print(f"glossary: {glossary.name} ({len(glossary)} fr→en entries, version {glossary.version}); "
          "the wire glossary was written looking at the dev file: coverage on it is in-sample")
    print(f"time: {timings['plain']:.1f} s engine alone, {timings['glossary']:.1f} s with the glossary")

    # -- does no harm ---------------------------------------------------------------------------
    with_terms = already_right = unchanged = 0
    changed: list[tuple[str, str, str]] = []
    occurrences = before = after = 0
    for source, alone_out, glossary_out in zip(sources, plain, enforced, strict=True):
        count, present = _right(glossary, source, alone_out)
        if not count:
            continue
        with_terms += 1
        occurrences += count
        before += present
        after += _right(glossary, source, glossary_out)[1]
        if present == count:
            already_right += 1
            if glossary_out == alone_out:
                unchanged += 1
            else:
                changed.append((source, alone_out, glossary_out))
    print()
    print(f"sentences with glossary terms: {with_terms}")
    print(f"  engine alone already right: {already_right}")
    if already_right:
        kept, touched = wilson(unchanged, already_right), wilson(len(changed), already_right)
        print(f"    left unchanged by enforcement: {unchanged} ({percent(kept)} %)")
        print(f"    changed by enforcement:        {len(changed)} ({percent(touched)} %)")
    for source, alone_out, glossary_out in changed[: args.examples]:
        print(f"      fr:    {source}\n      alone: {alone_out}\n      with:  {glossary_out}")
    if occurrences:
        alone_rate, glossary_rate = percent(wilson(before, occurrences)), percent(wilson(after, occurrences))
        print(f"term coverage: engine alone {before}/{occurrences} ({alone_rate} %), "
              f"with the glossary {after}/{occurrences} ({glossary_rate} %)")

    references = [s for d in documents for s in d["en"]]
    print("engine alone → with the glossary (± 95 % interval; p: sacrebleu's paired bootstrap):")
    compared = paired_scores(plain, enforced, references)
    for name, scores in compared.items():
        print(f"  {name} {scores.baseline} → {scores.system} (p = {scores.p_value:.3f})")
    for scores in compared.values():
        print(f"  {scores.system.signature}")

    # -- unknown words ----------------------------------------------------------------------------
    if args.engine == "apertium" and legs:
        marked = _apertium_marks(sources, legs)
        total = sum(sum(c.values()) for c in marked)
        found = sum(sum((m & r).values()) for m, r in zip(marked, reported, strict=True))
        extra = sum(sum((r - m).values()) for m, r in zip(marked, reported, strict=True))
        print()
        print(f"unknown words: Apertium marks {total} (legs {' | '.join(legs)} piped without -u); "
              f"reported {found} of them ({percent(wilson(found, total))} %), "
              f"plus {extra} reported that the piped run does not mark")
    print()
    print_signature(**fields, glossary=glossary.version, documents=args.limit, data=args.data, split=split)


if __name__ == "__main__":
    main()
