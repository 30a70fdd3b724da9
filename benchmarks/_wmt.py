"""Shared by the translation benchmarks: the WMT news documents and sacrebleu's corpus scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_documents(path: Path) -> list[dict[str, Any]]:
    """``{id, origlang, fr: [...], en: [...]}`` documents, one JSON object per line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def corpus_scores(hypotheses: list[str], references: list[str]) -> tuple[float, float]:
    """Corpus BLEU and chrF (sacrebleu defaults), in that order."""
    import sacrebleu

    return (
        sacrebleu.corpus_bleu(hypotheses, [references]).score,
        sacrebleu.corpus_chrf(hypotheses, [references]).score,
    )
