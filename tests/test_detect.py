"""Language detection: documents, paragraphs, determinism, the CLI."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import toolkit
from toolkit.cli import app
from toolkit.detection import UNDETERMINED, Detection, LanguageDetector, detect, supported_languages
from toolkit.document import parse
from toolkit.errors import InputError, UsageError

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ROOT / "examples" / "alep-offensive-fr.txt"
ENGLISH = ROOT / "examples" / "aleppo-offensive-en.txt"

FRENCH_PARAGRAPH = (
    "Selon l'Observatoire syrien des droits de l'homme, au moins 242 personnes ont été tuées depuis "
    "le début de l'offensive, et quelque 14.000 habitants ont fui leurs maisons."
)
ENGLISH_QUOTE = (
    "\"We are facing the most serious attack on the city in years, and we need the world to act "
    'before it is too late," a spokesman for the civil defence told reporters on Friday.'
)
MIXED = (
    "Syrie : l'offensive des jihadistes sur Alep\n\n"
    f"{FRENCH_PARAGRAPH}\n\n"
    "Les frappes aériennes russes se sont intensifiées dans la nuit, selon des habitants joints par "
    "téléphone, qui décrivent des quartiers entiers privés d'électricité.\n\n"
    f"{ENGLISH_QUOTE}\n"
)


def test_french_article() -> None:
    result = detect(FRENCH.read_text(encoding="utf-8"))
    assert result.language == "fr"
    assert result.confidence > 0.9
    assert not result.mixed
    assert {p.language for p in result.paragraphs} == {"fr"}


def test_english_article_headline_included() -> None:
    result = detect(ENGLISH.read_text(encoding="utf-8"))
    assert result.language == "en"
    assert not result.mixed, [p for p in result.paragraphs if p.language != "en"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les rebelles se sont emparés de la majeure partie de la ville vendredi soir.", "fr"),
        ("The rebels seized most of the city on Friday night, a monitor said.", "en"),
        ("Die Rebellen haben am Freitagabend den größten Teil der Stadt eingenommen.", "de"),
        ("Los rebeldes tomaron el viernes por la noche la mayor parte de la ciudad.", "es"),
        ("Повстанцы в пятницу вечером захватили большую часть города.", "ru"),
        ("المتمردون سيطروا على معظم المدينة مساء الجمعة", "ar"),
        ("叛军周五晚上占领了该市的大部分地区。", "zh"),
        ("反政府勢力は金曜日の夜、市の大部分を制圧した。", "ja"),
    ],
)
def test_news_sentences(text: str, language: str) -> None:
    assert detect(text).language == language


def test_mixed_document_shows_both_languages() -> None:
    result = detect(MIXED)
    assert result.language == "fr"  # most characters are French
    assert result.mixed
    by_text = {MIXED[p.start : p.end]: p.language for p in result.paragraphs}
    assert by_text[ENGLISH_QUOTE] == "en"
    assert by_text[FRENCH_PARAGRAPH] == "fr"
    assert by_text["Syrie : l'offensive des jihadistes sur Alep"] == "fr"
    assert result.alternatives[0].language == "en"
    assert result.to_dict()["mixed"] is True


def test_paragraph_offsets_follow_the_document_model() -> None:
    result = detect(MIXED)
    document = parse(MIXED)
    assert [(p.index, p.start, p.end) for p in result.paragraphs] == [
        (p.index, p.start, p.end) for p in document.paragraphs
    ]


def test_single_line_offsets_skip_surrounding_space() -> None:
    text = "  Les rebelles se sont emparés de la ville.  \n"
    (paragraph,) = detect(text).paragraphs
    assert text[paragraph.start : paragraph.end] == text.strip()


def test_paragraphs_can_be_skipped() -> None:
    result = detect(FRENCH_PARAGRAPH, paragraphs=False)
    assert result.language == "fr"
    assert result.paragraphs == ()


def test_short_text_uses_the_ngram_model_and_long_text_cld2() -> None:
    assert detect("bonjour", paragraphs=False).detector.startswith("ngram")
    assert detect(FRENCH_PARAGRAPH, paragraphs=False).detector == "cld2"


def test_result_is_frozen_and_serializable() -> None:
    result = detect(MIXED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.language = "en"  # type: ignore[misc]
    data = json.loads(json.dumps(result.to_dict()))
    assert data["language"] == "fr"
    assert 0 <= data["confidence"] <= 1
    assert all(0 <= a["confidence"] <= 1 for a in data["alternatives"])
    assert [p["language"] for p in data["paragraphs"]] == [p.language for p in result.paragraphs]


def test_deterministic_across_calls_and_detectors() -> None:
    texts = [MIXED, "ciao", "hola amigo", "Dobar dan", FRENCH_PARAGRAPH]
    first = [detect(t) for t in texts]
    assert [detect(t) for t in texts] == first
    assert LanguageDetector().detect_many(texts) == first


def test_codes_are_iso_639_1() -> None:
    codes = supported_languages()
    assert len(codes) == 75
    assert {"nb", "nn", "zh", "he", "bs", "hr", "sr"} <= codes
    assert all(len(code) == 2 for code in codes)
    assert detect("והמורדים השתלטו על רוב העיר ביום שישי בערב").language == "he"


def test_no_letters_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no letters"):
        detect("14 000 — 2,5 % ; 242 !")
    with pytest.raises(InputError):
        detect("   ")


def test_unknowable_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="set the source language yourself"):
        detect("ሰላም ለዓለም")  # Amharic: no supported language is written in Ethiopic


def test_lone_surrogates_are_tolerated() -> None:
    text = "The rebels seized most of the city \ud800 on Friday night, a monitor said."
    assert detect(text).language == "en"


def test_paragraph_without_letters_is_undetermined() -> None:
    result = detect(f"{FRENCH_PARAGRAPH}\n\n2024-11-29 14:00\n")
    assert result.language == "fr"
    assert result.paragraphs[1].language == UNDETERMINED
    assert result.paragraphs[1].confidence == 0.0
    assert not result.mixed


def test_bad_arguments() -> None:
    with pytest.raises(UsageError):
        LanguageDetector().detect_many([b"bytes"])  # type: ignore[list-item]


def test_public_api() -> None:
    assert toolkit.detect is detect
    assert toolkit.Detection is Detection
    assert toolkit.LanguageDetector is LanguageDetector


# -- CLI ---------------------------------------------------------------------------------------


def test_cli_json_french_example() -> None:
    result = CliRunner().invoke(app, ["detect", "--json", str(FRENCH)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["language"] == "fr"
    assert data["file"] == str(FRENCH)
    assert data["paragraphs"][0]["start"] == 0


def test_cli_json_lines_for_several_files() -> None:
    result = CliRunner().invoke(app, ["detect", "--json", str(FRENCH), str(ENGLISH)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["language"] for line in result.output.splitlines()] == ["fr", "en"]


def test_cli_text_output_shows_mixed_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text(MIXED, encoding="utf-8")
    result = CliRunner().invoke(app, ["detect", str(path)])
    assert result.exit_code == 0, result.output
    first, *paragraphs = result.output.splitlines()
    assert first.split("\t")[1] == "fr" and "mixed: fr, en" in first
    assert any("\ten\t" in line for line in paragraphs)


def test_cli_stdin_subprocess() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "toolkit", "detect", "--json", "-"],
        input=FRENCH_PARAGRAPH.encode("cp1252"),  # legacy French copy, decoded by read_text
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    assert json.loads(completed.stdout)["language"] == "fr"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00data" * 10, "binary"),
        ("12 000 ; 2,5 % — 242\n".encode(), "no letters"),
    ],
)
def test_cli_bad_input_exits_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["detect", str(path)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_cli_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["detect", "--json", str(FRENCH), str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.output


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_text_gives_a_result_or_an_input_error(text: str) -> None:
    try:
        result = detect(text)
    except InputError:
        return
    assert result.language in supported_languages()
    assert 0 <= result.confidence <= 1
    assert all(0 <= p.start <= p.end <= len(text) for p in result.paragraphs)
