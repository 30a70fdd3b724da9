"""Shared by the translation benchmarks: the WMT news documents and sacrebleu's corpus scores."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _report import RESAMPLES


def read_documents(path: Path) -> list[dict[str, Any]]:
    """``{id, origlang, fr: [...], en: [...]}`` documents, one JSON object per line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


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
