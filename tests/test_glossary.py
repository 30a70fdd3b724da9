"""Glossary files, validation findings, and term matching (elision, case, accents, longest first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from toolkit import Glossary, GlossaryError
from toolkit.cli import app
from toolkit.glossary import Entry, check, fold
from toolkit.resources import glossaries_dir

YAML = """\
languages: {source: fr, target: en}
entries:
  - source: HTS
    keep: true
  - source: Alep
    target: Aleppo
  - source: Bachar al-Assad
    target: Bashar al-Assad
  - source: Bachar
    target: Bashar
  - source: Idleb
    target: Idlib
    variants: [Idlib]
  - source: États-Unis
    target: United States
  - source: ONU
    target: UN
  - source: cessez-le-feu
    target: ceasefire
  - source: C++
    keep: true
  - source: (AFP)
    keep: true
  - source: Observatoire syrien des droits de l'homme
    target: Syrian Observatory for Human Rights
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Glossary:
    path = tmp_path_factory.mktemp("glossary") / "test.yaml"
    path.write_text(YAML, encoding="utf-8")
    return Glossary.load(path)


def found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.rendering) for m in glossary.find(text)]


# -- matching --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("d'Alep", [("Alep", "Aleppo")]),
        ("d’Alep", [("Alep", "Aleppo")]),
        ("qu'Alep jusqu'Alep lorsqu’Alep", [("Alep", "Aleppo")] * 3),
        ("l'ONU et l’ONU", [("ONU", "UN")] * 2),
        (
            "selon l'Observatoire syrien des droits de l’homme",
            [("Observatoire syrien des droits de l’homme", "Syrian Observatory for Human Rights")],
        ),
    ],
)
def test_french_elision_with_both_apostrophes(glossary: Glossary, text: str, expected: list) -> None:
    assert found(glossary, text) == expected


def test_longest_term_wins(glossary: Glossary) -> None:
    assert found(glossary, "Bachar al-Assad et Bachar") == [
        ("Bachar al-Assad", "Bashar al-Assad"),
        ("Bachar", "Bashar"),
    ]


def test_word_boundaries_are_unicode_aware(glossary: Glossary) -> None:
    assert found(glossary, "Alepin, Alepè, ÉAlep, Alep-Est") == [("Alep", "Aleppo")]
    assert found(glossary, "HTSé et xHTS") == []


def test_acronyms_match_exactly(glossary: Glossary) -> None:
    assert found(glossary, "Onu, onu et ONU") == [("ONU", "UN")]


def test_names_need_their_capital_and_are_case_restored(glossary: Glossary) -> None:
    assert found(glossary, "alep") == []
    assert found(glossary, "ALEP (Syrie)") == [("ALEP", "ALEPPO")]
    assert found(glossary, "Cessez-le-feu rompu, un cessez-le-feu") == [
        ("Cessez-le-feu", "Ceasefire"),
        ("cessez-le-feu", "ceasefire"),
    ]


def test_accents_and_variants(glossary: Glossary) -> None:
    assert found(glossary, "les Etats-Unis et les États-Unis") == [
        ("Etats-Unis", "United States"),
        ("États-Unis", "United States"),
    ]
    assert found(glossary, "Idleb et Idlib") == [("Idleb", "Idlib"), ("Idlib", "Idlib")]


def test_regex_metacharacters_in_terms_are_literal(glossary: Glossary) -> None:
    assert found(glossary, "écrit en C++ (AFP)") == [("C++", "C++"), ("(AFP)", "(AFP)")]
    assert found(glossary, "en Cxx AFP") == []


def test_find_renderings_in_output(glossary: Glossary) -> None:
    renderings = glossary.find_renderings("Bashar al-Assad left ALEPPO for the United States")
    assert [m.text for m in renderings] == ["Bashar al-Assad", "ALEPPO", "United States"]


@given(st.text())
def test_fold_keeps_offsets(text: str) -> None:
    assert len(fold(text)) == len(text)


TERMS = st.sampled_from(["Alep", "HTS", "Bachar al-Assad", "États-Unis", "ONU", "C++", "(AFP)", "Idlib"])
FILLER = st.sampled_from(["la ville", "et", "selon", "vendredi", "des rebelles", "14.000", "« guerre »"])


@given(st.lists(st.one_of(TERMS, FILLER), max_size=12))
def test_every_term_in_a_text_is_found_in_order(glossary: Glossary, words: list[str]) -> None:
    text = " ".join(words)
    terms = [
        w
        for w in words
        if w in {"Alep", "HTS", "Bachar al-Assad", "États-Unis", "ONU", "C++", "(AFP)", "Idlib"}
    ]
    matches = glossary.find(text)
    assert [m.text for m in matches] == terms
    assert all(text[m.start : m.end] == m.text for m in matches)


# -- files -----------------------------------------------------------------------------------------


def test_yaml_entries_and_stable_version(tmp_path: Path, glossary: Glossary) -> None:
    assert len(glossary) == 11
    alep = next(e for e in glossary.entries if e.source == "Alep")
    assert (alep.target, alep.keep, alep.source_language, alep.target_language) == (
        "Aleppo",
        False,
        "fr",
        "en",
    )
    hts = next(e for e in glossary.entries if e.source == "HTS")
    assert hts.keep and hts.target == "HTS"
    # The version depends on content only: reordered entries, same version; a changed target, another.
    lines = YAML.splitlines()
    reordered = "\n".join(lines[:2] + lines[4:6] + lines[2:4] + lines[6:]) + "\n"
    (tmp_path / "b.yaml").write_text(reordered, encoding="utf-8")
    assert Glossary.load(tmp_path / "b.yaml").version == glossary.version
    (tmp_path / "c.yaml").write_text(YAML.replace("Aleppo", "Halab"), encoding="utf-8")
    assert Glossary.load(tmp_path / "c.yaml").version != glossary.version


def test_tsv_and_csv_with_header(tmp_path: Path) -> None:
    tsv = tmp_path / "terms.tsv"
    tsv.write_text("fr\ten\tnote\nAlep\tAleppo\tcity\nHTS\tHTS\t\n", encoding="utf-8")
    glossary = Glossary.load(tsv)
    assert [(e.source, e.target, e.keep) for e in glossary.entries] == [
        ("Alep", "Aleppo", False),
        ("HTS", "HTS", False),
    ]
    assert glossary.entries[0].note == "city"
    csv_path = tmp_path / "house-fr-en.csv"
    csv_path.write_text(
        'source,target,keep,variants\nOSDH,,yes,\n"Idleb",Idlib,,Idlib|Edleb\n', encoding="utf-8"
    )
    entries = Glossary.load(csv_path).entries
    assert entries[0].keep and entries[0].target == "OSDH"
    assert entries[1].variants == ("Idlib", "Edleb")


def test_tbx_import(tmp_path: Path) -> None:
    tbx = tmp_path / "terms.tbx"
    tbx.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="fr"><text><body>
  <termEntry id="1">
    <descrip type="definition">Syrian city</descrip>
    <langSet xml:lang="fr"><tig><term>Alep</term></tig><tig><term>Halab</term></tig></langSet>
    <langSet xml:lang="en"><tig><term>Aleppo</term></tig></langSet>
  </termEntry>
  <termEntry id="2">
    <langSet xml:lang="fr"><ntig><termGrp><term>OTAN</term></termGrp></ntig></langSet>
    <langSet xml:lang="en-GB"><ntig><termGrp><term>NATO</term></termGrp></ntig></langSet>
  </termEntry>
</body></text></martif>""",
        encoding="utf-8",
    )
    glossary = Glossary.load(tbx)
    fr_en = glossary.for_pair("fr", "en")
    assert {(e.source, e.target) for e in fr_en.entries} == {("Alep", "Aleppo"), ("OTAN", "NATO")}
    alep = next(e for e in fr_en.entries if e.source == "Alep")
    assert alep.variants == ("Halab",) and alep.note == "Syrian city"
    assert alep.line == 3  # the termEntry's line, for findings
    assert {(e.source, e.target) for e in glossary.for_pair("en", "fr").entries} == {
        ("Aleppo", "Alep"),
        ("NATO", "OTAN"),
    }


def test_check_reports_bad_rows_duplicates_and_conflicts_with_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        """languages: {source: fr, target: en}
entries:
  - source: Alep
    target: Aleppo
  - source: Alep
    target: Halab
  - source: Damas
  - target: Homs
  - source: HTS
    keep: true
    target: Hayat
  - source: Idleb
    target: Idlib
  - source: Idleb
    target: Idlib
  - source: Hama
    keep: true
    case: shouting
""",
        encoding="utf-8",
    )
    findings = check(path)
    summary = [(f.severity, f.line) for f in findings]
    assert summary == [
        ("error", 5),  # conflict: Alep → Halab vs Aleppo
        ("error", 7),  # no target, no keep
        ("error", 8),  # no source
        ("error", 9),  # keep with another target
        ("warning", 14),  # duplicate
        ("error", 16),  # unknown case rule
    ]
    assert "line 3" in findings[0].message
    with pytest.raises(GlossaryError, match=r"bad.yaml:5"):
        Glossary.load(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.yaml", "entries: [\n", "not valid YAML"),
        ("a.yaml", "entries:\n  - source: Alep\n    target: Aleppo\n", "languages"),
        ("a.tsv", "source\ttarget\nAlep\tAleppo\n", "languages unknown"),
        ("a-fr-en.tsv", "source\ttarget\nAlep\tAleppo\tx\n", "3 fields"),
        ("a.tbx", "<martif><text", "not valid XML"),
        ("a.docx", "x", "unknown glossary format"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryError, match=message) as info:
        Glossary.load(path)
    assert "\n" not in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="no such glossary file"):
        Glossary.load(tmp_path / "nope.yaml")


def test_merge_and_conflicts(glossary: Glossary) -> None:
    other = Glossary(entries=(Entry("Damas", "Damascus", "fr", "en"),), name="other")
    merged = Glossary.merge(glossary, other)
    assert len(merged) == len(glossary) + 1
    assert Glossary.merge(glossary, glossary).version == glossary.version
    clash = Glossary(entries=(Entry("Alep", "Halab", "fr", "en"),), name="clash")
    with pytest.raises(GlossaryError, match="Halab"):
        Glossary.merge(glossary, clash)


def test_for_pair_filters_languages(glossary: Glossary) -> None:
    assert len(glossary.for_pair("fr", "en")) == len(glossary)
    assert len(glossary.for_pair("en", "fr")) == 0


@pytest.mark.parametrize("name", ["syria-fr-en", "wire-fr-en"])
def test_shipped_glossaries_are_clean(name: str) -> None:
    path = glossaries_dir() / f"{name}.yaml"
    assert check(path) == []
    assert len(Glossary.builtin(name)) > 10


def test_shipped_glossaries_merge_without_conflict() -> None:
    merged = Glossary.merge(Glossary.builtin("syria-fr-en"), Glossary.builtin("wire-fr-en"))
    renderings = dict(found(merged, "l'ONU, le FMI, la RDC, le PDG, l'ASFC, les Etats-Unis, Pékin, d'Idleb"))
    assert renderings == {
        "ONU": "UN",
        "FMI": "IMF",
        "RDC": "DRC",
        "PDG": "CEO",
        "ASFC": "CBSA",
        "Etats-Unis": "United States",
        "Pékin": "Beijing",
        "Idleb": "Idlib",
    }


# -- CLI -------------------------------------------------------------------------------------------


def test_cli_check(tmp_path: Path) -> None:
    runner = CliRunner()
    good = runner.invoke(app, ["glossary", "check", str(glossaries_dir() / "syria-fr-en.yaml")])
    assert good.exit_code == 0, good.output
    assert "ok" in good.output
    bad = tmp_path / "bad-fr-en.tsv"
    bad.write_text("source\ttarget\nAlep\tAleppo\nAlep\tHalab\n", encoding="utf-8")
    result = runner.invoke(app, ["glossary", "check", str(bad)])
    assert result.exit_code == 2
    assert "bad-fr-en.tsv:3: error" in result.output
    as_json = runner.invoke(app, ["glossary", "check", "--json", str(bad)])
    assert as_json.exit_code == 2 and '"line": 3' in as_json.output


WORD = (
    st.text(alphabet="abcdeéèçABCDÉ-' ", min_size=1, max_size=12)
    .map(str.strip)
    .filter(lambda w: any(c.isalpha() for c in w))
)


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(WORD, st.one_of(st.none(), WORD), min_size=1, max_size=8))
def test_yaml_round_trip(tmp_path_factory: pytest.TempPathFactory, terms: dict[str, str | None]) -> None:
    import yaml

    folded: dict[str, str] = {}
    entries = []
    for source, target in terms.items():
        if fold(source) in folded:  # the same term twice would be a duplicate, not a round trip
            continue
        folded[fold(source)] = source
        keep = target is None
        entries.append(Entry(source, source if keep else target, "fr", "en", keep=keep))
    glossary = Glossary(entries=tuple(entries))
    path = tmp_path_factory.mktemp("round") / "g.yaml"
    document = {"languages": {"source": "fr", "target": "en"}, "entries": [e.to_dict() for e in entries]}
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    loaded = Glossary.load(path)
    assert loaded.entries == glossary.entries
    assert loaded.version == glossary.version
