"""Glossary enforcement end to end through the neural engines, on the tiny locally built models.

The tiny models have random weights: their outputs are deterministic noise. What is checked is the
glossary contract: every term is in the output (the enforcer falls back to translating around the
terms when the decoder drops or mangles them), or the report says honestly that it is not.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import toolkit
from toolkit import Glossary
from toolkit.pipeline import Pipeline
from toolkit.translation import Translation

pytest.importorskip("ctranslate2")

DISPATCH = (
    "Selon l'OSDH, les jihadistes de HTS ont pris Alep vendredi. "
    "Le PDG du FMI et l'ONU ont réagi depuis Londres."
)
HOUSE = ["OSDH", "jihadists", "HTS", "Aleppo", "CEO", "IMF", "UN", "London"]


def shipped() -> Glossary:
    return Glossary.merge(Glossary.builtin("syria-fr-en"), Glossary.builtin("wire-fr-en"))


def assert_enforced(result: Translation, expected: list[str]) -> None:
    report = result.glossary_report
    assert report is not None
    assert report.occurrences == len(expected)
    for term in report.terms:
        # Either the rendering is in the output, or the report says it is missing: never silence.
        in_output = len(re.findall(rf"(?<!\w){re.escape(term.target)}(?!\w)", result.text, re.IGNORECASE))
        assert term.present <= in_output or term.status == "missing", term
        assert (term.status == "missing") == (term.present < term.occurrences)
    assert report.ok, report.to_dict()
    for term in expected:
        assert re.search(rf"(?<!\w){re.escape(term)}(?!\w)", result.text), (term, result.text)


def test_argos_tiny_model_yields_every_term(argos_models_dir: Path) -> None:
    result = toolkit.translate(DISPATCH, source="fr", target="en", engine="argos", glossary=shipped())
    assert result.engine == "argos"
    assert_enforced(result, HOUSE)
    assert result.glossary_report is not None and result.glossary_report.strategy == "substitution"


def test_transformers_tiny_model_yields_every_term(tiny_model) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("torch")
    if "transformers" not in toolkit.engines.names():
        pytest.skip("the transformers engine is not registered in this build")
    with Pipeline("transformers", model=str(tiny_model.marian_dir), glossary=shipped()) as pipeline:
        # One short sentence: the random model decodes up to its length limit, slowly on a CPU.
        result = pipeline.translate("Le PDG du FMI est à Alep.", source="fr", target="en")
    assert result.engine == "transformers"
    assert_enforced(result, ["CEO", "IMF", "Aleppo"])
