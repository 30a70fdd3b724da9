"""Fidelity checks: source facts missing from, or added to, a translation."""

from __future__ import annotations

import shutil

import pytest

import toolkit
from toolkit import FidelityReport, Glossary
from toolkit.fidelity import check

SOURCE = (
    "ALEP (Syrie), 29 nov (AFP) - Selon l'OSDH, au moins 242 personnes ont été tuées vendredi 29 novembre, "
    "dont 24 civils. Plus de 14.000 personnes ont fui, soit 12 % de la population. « Nous partons », "
    "a dit un habitant. Avant 2011, Alep comptait 2,5 millions d'habitants."
)
FAITHFUL = (
    "ALEPPO (Syria), Nov 29 (AFP) - According to the OSDH, at least 242 people were killed on Friday, "
    "November 29, including 24 civilians. More than 14,000 people fled, or 12% of the population. "
    '"We are leaving," said a resident. Before 2011, Aleppo had 2.5 million inhabitants.'
)


def summary(report: FidelityReport) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    return [(d.kind, d.value) for d in report.missing], [(d.kind, d.value) for d in report.extra]


def test_a_faithful_translation_is_ok() -> None:
    report = check(SOURCE, FAITHFUL, source_language="fr", target_language="en")
    assert report.ok, report.to_dict()
    assert len(report.source_facts) >= 10


def test_missing_and_extra_facts_with_spans() -> None:
    target = (
        FAITHFUL.replace("242", "224").replace("14,000", "14.000").replace('"We are leaving," said', "said")
    )
    report = check(SOURCE, target, source_language="fr", target_language="en")
    assert not report.ok
    missing, extra = summary(report)
    assert missing == [("number", "242"), ("number", "14000"), ("quote", "Nous partons")]
    # An English reader reads "14.000" as fourteen: the check says so.
    assert extra == [("number", "224"), ("number", "14")]
    first = report.missing[0]
    assert SOURCE[first.start : first.end] == "242" and first.side == "source"
    assert target[report.extra[0].start : report.extra[0].end] == "224" and report.extra[0].side == "target"
    data = report.to_dict()
    assert data["ok"] is False and data["missing"][0]["text"] == "242"


def test_acronyms_renamed_by_the_glossary_are_expected() -> None:
    source = "L'ONU et l'OSDH ont parlé au PDG."
    target = "The UN and the OSDH spoke to the CEO."
    plain = check(source, target, source_language="fr", target_language="en")
    assert summary(plain) == (
        [("acronym", "ONU"), ("acronym", "PDG")],
        [("acronym", "UN"), ("acronym", "CEO")],
    )
    wire = Glossary.builtin("wire-fr-en")
    assert check(source, target, source_language="fr", target_language="en", glossary=wire).ok
    # Accepted alternatives count too: the Syria glossary keeps OSDH but accepts SOHR.
    syria = Glossary.builtin("syria-fr-en")
    assert check(
        "Selon l'OSDH.", "According to SOHR.", source_language="fr", target_language="en", glossary=syria
    ).ok
    # "Otan" is no acronym in the French, but the glossary renders it as one.
    assert check(
        "L'Otan a parlé.", "NATO spoke.", source_language="fr", target_language="en", glossary=wire
    ).ok


def test_dates_weekdays_and_times() -> None:
    report = check(
        "Mercredi 3 mars à 14h30",
        "Wednesday, March 4 at 2:30 p.m.",
        source_language="fr",
        target_language="en",
    )
    assert summary(report) == ([("date", "--03-03")], [("date", "--03-04")])


def test_empty_texts() -> None:
    assert check("", "", source_language="fr", target_language="en").ok


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")
def test_translation_through_apertium_carries_a_fidelity_report() -> None:
    result = toolkit.translate(
        "Au moins 242 morts et 24 blessés en 2016.", source="fr", target="en", engine="apertium"
    )
    assert result.fidelity is not None
    assert result.fidelity.ok, result.fidelity.to_dict()
    figures = [f.value for f in result.fidelity.target_facts if f.kind == "number"]
    assert figures == ["242", "24", "2016"]
