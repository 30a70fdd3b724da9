"""Signatures: every result says, in one line, which versions of everything produced it."""

from __future__ import annotations

import toolkit
from toolkit.provenance import signature


def fields(line: str) -> dict[str, str]:
    return dict(part.split(":", 1) for part in line.split("|"))


def test_a_signature_is_the_toolkit_version_then_the_fields_in_order() -> None:
    line = signature(pair="fr-en", engine="apertium@Apertium 3.8.3", model=None, data="a|b")
    assert line.split("|")[0] == f"toolkit:{toolkit.__version__}"
    assert list(fields(line)) == ["toolkit", "pair", "engine", "model", "data"]
    # A field that does not apply says so; a value never breaks the line into more fields.
    assert fields(line)["model"] == "none" and fields(line)["data"] == "a/b"


def test_a_brief_carries_its_translation_fields_its_ranker_and_its_order() -> None:
    text = (
        "Alep : l'offensive se poursuit\n\nLes rebelles ont pris le contrôle de la ville samedi. "
        "Des milliers de civils ont fui vers le nord. L'armée prépare une contre-offensive."
    )
    brief = toolkit.brief(text, target="en", engine="apertium", lengths=("headline", "short"))
    line = fields(brief.signature)
    assert line["toolkit"] == toolkit.__version__ and line["pair"] == "fr-en"
    assert line["engine"].startswith("apertium@") and line["model"] == brief.model
    assert line["ranker"] == brief.summary_method and line["order"] == brief.order
    assert brief.to_dict()["signature"] == brief.signature


def test_batch_outputs_carry_the_signatures(tmp_path) -> None:  # noqa: ANN001 - pytest fixture
    import json

    from toolkit.batch import run_batch

    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "alep-fr.txt").write_text("Les rebelles ont pris Alep samedi.\n", encoding="utf-8")
    run_batch(articles, tmp_path / "out", targets=["es"], source="fr", engine="apertium", lengths=["short"])
    report = json.loads((tmp_path / "out" / "alep-fr" / "es" / "report.json").read_text(encoding="utf-8"))
    brief = json.loads((tmp_path / "out" / "alep-fr" / "es" / "brief.json").read_text(encoding="utf-8"))
    assert fields(report["signature"])["pair"] == "fr-es"
    assert fields(brief["signature"])["ranker"] == brief["summary_method"]


def test_a_summary_says_how_it_was_chosen() -> None:
    text = "Rebels took the city on Saturday. Thousands fled north. The army plans a counter-attack."
    summary = toolkit.summarize(text, sentences=2, language="en")
    line = fields(summary.signature)
    assert line["ranker"] == summary.method and line["language"] == "en" and line["length"] == "sentences=2"
    assert summary.to_dict()["signature"] == summary.signature
