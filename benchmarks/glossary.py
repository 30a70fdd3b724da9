"""Glossary enforcement and fidelity on WMT news documents written in French.

    python benchmarks/glossary.py --data ../shared/bench/translation/dev-fr-en.jsonl

Every French-origin document (``origlang == "fr"``) is translated sentence by sentence through
:meth:`toolkit.Translator.translate_segments` twice, without and with the glossary (the shipped
``wire-fr-en`` unless ``--glossary`` says otherwise), and reports:

* per term, how often the glossary's rendering is in the output, engine alone vs with the glossary
  (the share of matched terms present with the glossary should be 100 %);
* chrF and BLEU (sacrebleu) against the professional references, without vs with the glossary;
* fidelity findings (numbers, dates, quotes, acronyms missing or extra) per document.

Prints measured figures only.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from _wmt import corpus_scores, read_documents

from toolkit.fidelity import check as check_fidelity
from toolkit.glossary import Glossary
from toolkit.translate import Translator

# The acronyms Apertium is known to get wrong on its own (issue 4's measured baseline).
_HARD = frozenset({"RDC", "FMI", "PDG", "ASFC"})


def _load(spec: list[str]) -> Glossary:
    glossaries = [Glossary.load(s) if Path(s).suffix else Glossary.builtin(s) for s in spec]
    return Glossary.merge(*glossaries)


def _present(glossary: Glossary, sources: list[str], outputs: list[str]) -> Counter[tuple[str, str]]:
    """Per (source term, target), occurrences in the source whose rendering is in the aligned output."""
    present: Counter[tuple[str, str]] = Counter()
    for source, output in zip(sources, outputs, strict=True):
        needed = Counter(m.entry for m in glossary.find(source))
        for entry, count in glossary.present(needed, output).items():
            present[(entry.source, entry.target)] += count
    return present


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="JSONL of {id, origlang, fr, en}")
    parser.add_argument("--engine", default="apertium", help="engine to measure (default: apertium)")
    parser.add_argument(
        "--glossary",
        action="append",
        default=None,
        help="glossary file or built-in name (repeatable; default: wire-fr-en)",
    )
    parser.add_argument("--all", action="store_true", help="all documents, not only French-origin ones")
    args = parser.parse_args()

    glossary = _load(args.glossary or ["wire-fr-en"]).for_pair("fr", "en")
    documents = read_documents(args.data)
    documents = [d for d in documents if args.all or d.get("origlang") == "fr"]

    plain_outputs: list[list[str]] = []
    glossary_outputs: list[list[str]] = []
    reports = []
    timings = {"plain": 0.0, "glossary": 0.0}
    with Translator(args.engine) as plain, Translator(args.engine, glossary=glossary) as enforced:
        for document in documents:
            started = time.perf_counter()
            outputs, _ = plain.translate_segments(document["fr"], source="fr", target="en")
            timings["plain"] += time.perf_counter() - started
            plain_outputs.append(outputs)
            started = time.perf_counter()
            outputs, report = enforced.translate_segments(document["fr"], source="fr", target="en")
            timings["glossary"] += time.perf_counter() - started
            glossary_outputs.append(outputs)
            reports.append(report)
        model = plain.engine_for("fr", "en").model_id("fr", "en")

    sentences = sum(len(d["fr"]) for d in documents)
    print(f"engine: {args.engine}  model: {model}")
    print(f"glossary: {glossary.name} ({len(glossary)} fr→en entries, version {glossary.version})")
    print(f"data: {args.data} ({len(documents)} documents, {sentences} sentences)")
    print(f"time: {timings['plain']:.1f} s without glossary, {timings['glossary']:.1f} s with")

    # -- terms ------------------------------------------------------------------------------------
    occurrences: Counter[tuple[str, str]] = Counter()
    for document in documents:
        for sentence in document["fr"]:
            for match in glossary.find(sentence):
                occurrences[(match.entry.source, match.entry.target)] += 1
    before: Counter[tuple[str, str]] = Counter()
    after: Counter[tuple[str, str]] = Counter()
    for document, without, with_glossary in zip(documents, plain_outputs, glossary_outputs, strict=True):
        before.update(_present(glossary, document["fr"], without))
        after.update(_present(glossary, document["fr"], with_glossary))
    total = sum(occurrences.values())
    print()
    print(f"{'term':<40} {'in source':>9} {'engine alone':>13} {'with glossary':>14}")
    for (source, target), count in sorted(occurrences.items(), key=lambda item: (-item[1], item[0])):
        label = f"{source} → {target}" if source != target else f"{source} (keep)"
        label = label if len(label) <= 40 else label[:39] + "…"
        print(f"{label:<40} {count:>9} {before[(source, target)]:>13} {after[(source, target)]:>14}")
    if total:
        print(
            f"{'all matched terms':<40} {total:>9} {sum(before.values()):>13} {sum(after.values()):>14}"
            f"   → {100 * sum(before.values()) / total:.1f} % vs {100 * sum(after.values()) / total:.1f} %"
        )
    reported = sum(r.present for r in reports if r is not None)
    reported_total = sum(r.occurrences for r in reports if r is not None)
    statuses = Counter(t.status for r in reports if r is not None for t in r.terms)
    methods = Counter(m for r in reports if r is not None for t in r.terms for m in t.enforced_by)
    print(
        f"glossary reports: {reported}/{reported_total} present; "
        f"statuses {dict(statuses)}; how {dict(methods)}"
    )
    hard = [key for key in occurrences if key[0] in _HARD]
    if hard:
        print(
            f"{', '.join(sorted(k[0] for k in hard))}: engine alone {sum(before[k] for k in hard)} of "
            f"{sum(occurrences[k] for k in hard)}, with glossary {sum(after[k] for k in hard)}"
        )

    # -- quality ------------------------------------------------------------------------------------
    references = [s for d in documents for s in d["en"]]
    bleu_plain, chrf_plain = corpus_scores([s for o in plain_outputs for s in o], references)
    bleu_glossary, chrf_glossary = corpus_scores([s for o in glossary_outputs for s in o], references)
    print()
    print(f"{'':<16} {'chrF':>7} {'BLEU':>7}")
    print(f"{'engine alone':<16} {chrf_plain:>7.2f} {bleu_plain:>7.2f}")
    print(f"{'with glossary':<16} {chrf_glossary:>7.2f} {bleu_glossary:>7.2f}")
    print(f"{'difference':<16} {chrf_glossary - chrf_plain:>+7.2f} {bleu_glossary - bleu_plain:>+7.2f}")

    # -- fidelity -----------------------------------------------------------------------------------
    print()
    print(f"{'document':<28} {'facts':>5} {'missing':>8} {'extra':>7}   (engine alone in brackets)")
    kinds: Counter[str] = Counter()
    totals = Counter()
    for document, without, with_glossary in zip(documents, plain_outputs, glossary_outputs, strict=True):
        source = "\n".join(document["fr"])
        alone = check_fidelity(source, "\n".join(without), source_language="fr", target_language="en")
        report = check_fidelity(
            source, "\n".join(with_glossary), source_language="fr", target_language="en", glossary=glossary
        )
        kinds.update(d.kind for d in report.findings)
        totals.update(
            facts=len(report.source_facts),
            missing=len(report.missing),
            extra=len(report.extra),
            missing_alone=len(alone.missing),
            extra_alone=len(alone.extra),
            ok=report.ok,
        )
        print(
            f"{document['id'][:28]:<28} {len(report.source_facts):>5} "
            f"{len(report.missing):>3} ({len(alone.missing):>2}) "
            f"{len(report.extra):>2} ({len(alone.extra):>2})"
        )
    print(
        f"{'total':<28} {totals['facts']:>5} {totals['missing']:>3} ({totals['missing_alone']:>2}) "
        f"{totals['extra']:>2} ({totals['extra_alone']:>2})"
    )
    print(f"documents without findings: {totals['ok']}/{len(documents)}")
    print(f"findings by kind (with glossary): {dict(kinds.most_common())}")


if __name__ == "__main__":
    main()
