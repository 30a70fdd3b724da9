"""Shared by the summary benchmarks: ROUGE of toolkit.summarization and of Lead-N on a news bench file.

Protocol (the bench README's): rouge-score with use_stemmer=True, F1 averaged over documents, x100,
one predicted sentence per line (rougeLsum). Both systems use the toolkit's own parser and segmenter,
and Lead-N gets the same dateline/credit trimming, so the comparison isolates sentence choice.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from _report import mean_interval, resamples, split_of

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


@dataclass(frozen=True)
class RougeRun:
    """Per-document F1 x100 of each system (``toolkit``, ``lead``) and metric, and what made them."""

    name: str
    articles: int
    sentences: int
    method: str
    scores: dict[str, dict[str, list[float]]]
    milliseconds: list[float]


def rouge_run(path: Path, sentences: int = 3, language: str = "en") -> RougeRun:
    import time

    from rouge_score import rouge_scorer

    from toolkit.document import parse
    from toolkit.summarization import candidates, summarize

    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores: dict[str, dict[str, list[float]]] = {
        name: {m: [] for m in METRICS} for name in ("toolkit", "lead")
    }
    timings = []
    method = ""
    summarize(rows[0]["article"], sentences=sentences, language=language)  # load the ranker once
    for row in rows:
        started = time.perf_counter()
        summary = summarize(row["article"], sentences=sentences, language=language)
        timings.append((time.perf_counter() - started) * 1000)
        method = summary.method
        lead = candidates(parse(row["article"], language))[:sentences]
        for name, picked in (("toolkit", summary.sentences), ("lead", lead)):
            result = scorer.score(row["summary"], "\n".join(s.text for s in picked))
            for metric in METRICS:
                scores[name][metric].append(result[metric].fmeasure * 100)
    return RougeRun(path.name, len(rows), sentences, method, scores, timings)


def print_rouge(path: Path, sentences: int = 3, language: str = "en", split: str | None = None) -> RougeRun:
    """Print the toolkit's and Lead-N's ROUGE side by side (95 % bootstrap CI of R1, paired: the same
    resamples for both, and for their difference), and the gap."""
    run = rouge_run(path, sentences, language)
    print(f"{run.name} ({split_of(path, split)}): {run.articles} articles, {sentences} sentences, "
          "rouge-score F1 x100 (stemmer)")
    samples = resamples(run.articles)
    print(f"{'system':<20}" + "".join(f"{m:>11}" for m in METRICS) + f"{'R1 95% CI':>16}")
    for name, label in (("toolkit", f"toolkit {run.method}"), ("lead", f"Lead-{sentences}")):
        r1 = mean_interval(run.scores[name]["rouge1"], samples)
        print(f"{label:<20}" + "".join(f"{statistics.fmean(run.scores[name][m]):>11.2f}" for m in METRICS)
              + f"{f'[{r1.low:.1f}, {r1.high:.1f}]':>16}")
    ours, lead = run.scores["toolkit"], run.scores["lead"]
    delta = [statistics.fmean(ours[m]) - statistics.fmean(lead[m]) for m in METRICS]
    gap = mean_interval([a - b for a, b in zip(ours["rouge1"], lead["rouge1"], strict=True)], samples)
    print(f"{'difference':<20}" + "".join(f"{d:>+11.2f}" for d in delta)
          + f"{f'[{gap.low:+.1f}, {gap.high:+.1f}]':>16}")
    return run
