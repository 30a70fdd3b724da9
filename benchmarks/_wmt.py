"""Shared by the translation benchmarks: the WMT news documents and sacrebleu's corpus scores."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _report import RESAMPLES, mean_interval


def read_documents(path: Path) -> list[dict[str, Any]]:
    """``{id, origlang, fr: [...], en: [...]}`` documents, one JSON object per line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def article_text(segments: Sequence[str]) -> str:
    """An article from a document's segments: the first is the title, the rest one paragraph."""
    return segments[0] + "\n\n" + " ".join(segments[1:])


def jaccard(a: set[int], b: set[int]) -> float:
    """Agreement of two choices of segments, x100 (100 when both are empty)."""
    return 100 * len(a & b) / len(a | b) if a | b else 100.0


#: What a system picks on each side of a document (its source segments, its English segments, the
#: source language): segments by name (a length), or None to leave the document out.
Picks = tuple[Mapping[str, set[int]], Mapping[str, set[int]]]
Sides = Callable[[list[str], list[str], str], Picks | None]


def print_agreement(paths: Sequence[Path], names: Sequence[str], sides: Sides) -> None:
    """A row per language (per ``dev-<lang>-en.jsonl``): for each name, the mean :func:`jaccard`
    agreement between what ``sides`` picks on the two sides of each document, with its 95 %
    bootstrap interval over documents."""
    print(f"{'language':<9}{'docs':>5}" + "".join(f"{name:>22}" for name in names))
    for path in paths:
        language = path.name.split("-")[1]
        agreement: dict[str, list[float]] = {name: [] for name in names}
        for row in read_documents(path):
            source, english = row.get(language), row.get("en")
            picked = sides(source, english, language) if source and english else None
            if picked is None:
                continue
            for name in names:
                agreement[name].append(jaccard(picked[0][name], picked[1][name]))
        cells = [mean_interval(agreement[name]) for name in names]
        print(
            f"{language:<9}{len(agreement[names[0]]):>5}"
            + "".join(f"{f'{c.value:.1f} [{c.low:.1f}, {c.high:.1f}]':>22}" for c in cells)
        )


@dataclass(frozen=True)
class CorpusScore:
    """A sacrebleu corpus score, its 95 % interval (sacrebleu's bootstrap: ± 1.96 standard
    deviations of the resampled scores) and sacrebleu's signature (``bs:`` and ``seed:`` included)."""

    score: float
    ci: float
    signature: str

    def __str__(self) -> str:
        return f"{self.score:.2f} ± {self.ci:.2f}"


def corpus_scores(
    hypotheses: list[str], references: list[str], n_bootstrap: int = RESAMPLES
) -> tuple[CorpusScore, CorpusScore]:
    """Corpus BLEU and chrF (sacrebleu defaults), in that order, each with its bootstrap interval."""
    from sacrebleu.metrics import BLEU, CHRF

    scores = []
    for metric in (BLEU(), CHRF()):
        result = metric.corpus_score(hypotheses, [references], n_bootstrap=n_bootstrap)
        # The JSON form is sacrebleu's public view of the interval (absent for one resample).
        shown = json.loads(result.format(width=4, signature=str(metric.get_signature()), is_json=True))
        name = f"{shown['name']}|{shown['signature']}"
        scores.append(CorpusScore(shown["score"], shown.get("confidence_var", 0.0), name))
    return scores[0], scores[1]


@dataclass(frozen=True)
class PairedScores:
    """One metric for a baseline and a system on the same sentences, and sacrebleu's paired
    bootstrap p-value of their difference (the same resamples for both)."""

    baseline: CorpusScore
    system: CorpusScore
    p_value: float


def paired_scores(
    baseline: list[str], system: list[str], references: list[str], n_bootstrap: int = RESAMPLES
) -> dict[str, PairedScores]:
    """BLEU and chrF (sacrebleu defaults; keys ``BLEU``, ``chrF2``) of two systems, paired."""
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

    test = PairedTest(
        [("baseline", baseline), ("system", system)], {"BLEU": BLEU(), "chrF": CHRF()}, [references],
        test_type="bs", n_samples=n_bootstrap,
    )  # fmt: skip
    signatures, results = test()
    scores = {}
    for name, signature in signatures.items():
        before, after = results[name]
        shown = f"{name}|{signature}"
        scores[name] = PairedScores(
            CorpusScore(before.score, before.ci, shown),
            CorpusScore(after.score, after.ci, shown),
            after.p_value,
        )
    return scores
