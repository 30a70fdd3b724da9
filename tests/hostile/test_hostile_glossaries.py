"""Hostile glossaries: duplicate keys, absurd nesting, multi-line CSV records, oversized fields,
TBX external entities, a glossary for another language pair. Each is a one-line finding with the
file's physical line, or a warning, never an internal error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import Glossary
from toolkit.cli import app
from toolkit.errors import GlossaryError
from toolkit.glossary import check

ROOT = Path(__file__).resolve().parents[2]


def _errors(path: Path) -> list[tuple[int | None, str]]:
    return [(f.line, f.message) for f in check(path) if f.severity == "error"]


def test_duplicate_entries_keys_name_the_second_line(tmp_path):
    path = tmp_path / "dup-fr-en.yaml"
    path.write_text(
        "languages: {source: fr, target: en}\nentries:\n  - {source: Alep, target: Aleppo}\n"
        "entries:\n  - {source: Homs, target: Homs}\n  - {source: Hama, target: Hama}\n",
        encoding="utf-8",
    )
    assert _errors(path) == [(4, "duplicate key `entries` (first on line 2); merge them into one")]
    with pytest.raises(GlossaryError, match=r"dup-fr-en.yaml:4: .*duplicate key"):
        Glossary.load(path)
    result = CliRunner().invoke(app, ["glossary", "check", str(path)])
    assert result.exit_code == 2 and "internal error" not in result.output


@pytest.mark.parametrize(
    "body",
    [
        "entries:\n  - source: " + "[" * 50_000 + "]" * 50_000 + "\n",
        "entries:\n" + "".join(" " * i + "a:\n" for i in range(200)),
    ],
    ids=["flow", "block"],
)
def test_absurd_nesting_is_an_error_with_its_line(tmp_path, body):
    path = tmp_path / "deep-fr-en.yaml"
    path.write_text("languages: {source: fr, target: en}\n" + body, encoding="utf-8")
    [(line, message)] = _errors(path)
    assert "nested more than 64 levels" in message and line is not None and line >= 2
    result = CliRunner().invoke(app, ["glossary", "check", str(path)])
    assert result.exit_code == 2 and "internal error" not in result.output


def test_csv_findings_use_physical_lines(tmp_path):
    path = tmp_path / "terms-fr-en.csv"
    path.write_text(
        'source,target,note\nAlep,Aleppo,"a note\nover\nthree lines"\n,missing source\nHoms\n',
        encoding="utf-8",
    )
    assert [line for line, _ in _errors(path)] == [5, 6]


def test_an_oversized_csv_field_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "big-fr-en.csv"
    path.write_text('source,target\nAlep,Aleppo\nHoms,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    [(line, message)] = _errors(path)
    assert line == 3 and "not valid CSV" in message


def test_tbx_external_entity_is_a_warning(tmp_path):
    path = tmp_path / "terms.tbx"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY ext SYSTEM "file:///etc/hostname">]>\n'
        "<martif><text><body>\n<termEntry>\n"
        '<langSet xml:lang="fr"><tig><term>Alep &ext;</term></tig></langSet>\n'
        '<langSet xml:lang="en"><tig><term>Aleppo</term></tig></langSet>\n'
        "</termEntry>\n</body></text></martif>\n",
        encoding="utf-8",
    )
    findings = check(path)
    warnings = [f for f in findings if f.severity == "warning"]
    assert any("external entity 'file:///etc/hostname' is not loaded" in f.message for f in warnings)
    assert warnings[0].line == 5
    assert not [f for f in findings if f.severity == "error"]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")
def test_a_glossary_for_another_pair_is_reported(tmp_path):
    article = ROOT / "examples" / "alep-offensive-fr.txt"
    glossary = ROOT / "glossaries" / "syria-fr-en.yaml"
    runner = CliRunner()
    command = ["translate", str(article), "--to", "es", "--engine", "apertium", "--glossary", str(glossary)]
    result = runner.invoke(app, [*command, "--no-memory"])
    assert result.exit_code == 0
    assert "warning: the glossary has no fr→es entries (fr→en only); it was not applied" in result.output
