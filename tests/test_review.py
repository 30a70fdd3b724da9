"""``Translation.review``: the words the engine did not translate, reported with their segment,
offsets and engine leg; through the real Apertium engine (fr→en pivots through Spanish) and the CLI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import toolkit
from toolkit.cli import app
from toolkit.engines.base import MARK_KINDS, mark_unknown, unmark
from toolkit.pipeline import Pipeline
from toolkit.review import Review, UnknownWord, copied_words, looks_like_name

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")

# "perquisition" and "farouchement" are missing from apertium-fr-es; "Sanaa" becomes Spanish "Saná",
# which apertium-eng-spa does not know: one word unknown in each leg of the pivot.
DISPATCH = (
    "Chevron a évité la perquisition et conteste farouchement le jugement.\n\n"
    "Les combats continuent à Alep et à Sanaa, selon les rebelles."
)


def noncharacters(text: str) -> bool:
    return any(0xFDD0 <= ord(c) <= 0xFDEF for c in text)


def assert_consistent(result: toolkit.Translation, marks: bool = False) -> None:
    """Offsets point at the words; no mark is left in the text (unless the source had them)."""
    for word in result.review.unknown_words:
        assert result.segments[word.segment].target[word.start : word.end] == word.word
    assert not noncharacters(result.text)
    assert marks or not re.search(r"[*@#]\w", result.text)
    assert all(not noncharacters(s.target) for s in result.segments)


@given(
    st.lists(
        st.tuples(st.text(st.characters(blacklist_characters="\ufdef"), max_size=6),
                  st.booleans(), st.integers(0, 5), st.sampled_from(MARK_KINDS)),
        max_size=8,
    )
)
def test_marks_round_trip(pieces: list[tuple[str, bool, int, str]]) -> None:
    plain = "".join(p for p, *_ in pieces)
    text = "".join(mark_unknown(p, leg, kind) if marked else p for p, marked, leg, kind in pieces)
    clean, marks = unmark(text)
    if not noncharacters(plain):
        assert clean == plain
        expected = [(p, leg, kind) for p, marked, leg, kind in pieces if marked and p]
        assert [(clean[a:b], leg, kind) for a, b, leg, kind in marks] == expected


def test_an_empty_review_is_ok() -> None:
    assert Review().ok and Review().to_dict() == {
        "ok": True, "unknown_words": [], "findings": [], "missing_terms": []
    }
    word = UnknownWord("faillite", 0, 3, 11, "fr-es")
    assert not Review(unknown_words=(word,)).ok
    assert word.to_dict() == {"word": "faillite", "segment": 0, "start": 3, "end": 11, "leg": "fr-es",
                              "kind": "unknown", "name": False}


@needs_apertium
def test_apertium_unknown_words_with_their_leg() -> None:
    result = toolkit.translate(DISPATCH, source="fr", target="en", engine="apertium")
    assert_consistent(result)
    legs = {w.word: w.leg for w in result.review.unknown_words}
    assert legs["perquisition"] == legs["farouchement"] == "fr-es"
    assert legs["Saná"] == "spa-eng"
    names = {w.word for w in result.review.unknown_words if w.name}
    assert "Saná" in names and "perquisition" not in names
    # The delivered text is what `apertium -u` writes: no marks, the words kept as they were.
    assert "perquisition" in result.text and "Saná" in result.text
    segments = {w.word: w.segment for w in result.review.unknown_words}
    assert segments["perquisition"] == 0 and segments["Saná"] == 1


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("à l'aéroport Montréal-Trudeau jeudi", "Trudeau", True),
        ("the Hart-Scott-Rodino Act", "Rodino", True),
        ("a déclaré M. Edis devant la cour", "Edis", True),
        ("un sentiment anti-Américain", "Américain", False),
        ("le chef Mohammed al-Qassas a été tué", "Qassas", True),
        ("les forces pro-Russes avancent", "Russes", False),
        ("Il est parti. Coulson a déclaré", "Coulson", False),
        ("Le procès - Coulson a déclaré", "Coulson", False),
    ],
)
def test_a_name_is_capitalised_mid_sentence(text: str, word: str, name: bool) -> None:
    assert looks_like_name(text, text.index(word), "fr") is name


@needs_apertium
def test_a_name_is_one_wherever_it_stands() -> None:
    """A word capitalised mid-sentence once is a name where it opens a sentence too, and the small
    words inside a name are part of it: none is reported as a word left untranslated."""
    text = (
        "L'ancien rédacteur en chef de News of the World Andy Coulson aurait utilisé le braquage. "
        "Coulson a nié."
    )
    result = toolkit.translate(text, source="fr", target="en", engine="apertium")
    words = {w.word for w in result.review.unknown_words if not w.name}
    names = {w.word for w in result.review.unknown_words if w.name}
    assert {"Coulson", "News", "World", "of", "the"} <= names
    assert not words & names and "braquage" in words
    # A name that opens a sentence, followed by another capitalised word (after its particle: "al-"),
    # or after an elided article.
    text = (
        "Scotland Yard a ouvert une enquête. Un cas de rage a été détecté à Cergy, dans le Val-d'Oise. "
        "Noury al-Maliki souhaite une aide."
    )
    result = toolkit.translate(text, source="fr", target="en", engine="apertium")
    names = {w.word for w in result.review.unknown_words if w.name}
    assert {"Scotland", "Oise", "Noury"} <= names, result.review.unknown_words


@needs_apertium
def test_small_words_inside_names_and_units_are_not_words_left() -> None:
    """A small word of the source between two capitalised words is part of a name, even when the
    engine knows the words around it ("Paul and Mary", "Val-d'Oise", "Mohammed al-Qassas"), and so
    is the word after a name's particle; a unit or time after a number ("15 m", "14h15") is
    notation: none is a word for an editor to translate."""
    text = (
        "Le trio Peter, Paul and Mary a chanté. Le chiot était coincé à 15 m du sol depuis 14h15 "
        "mercredi, près de Val-d'Oise. Mohammed al-Qassas a été tué."
    )
    result = toolkit.translate(text, source="fr", target="en", engine="apertium")
    assert_consistent(result)
    assert "15 m" in result.text and "14h15" in result.text
    words = {w.word for w in result.review.unknown_words if not w.name}
    assert words == {"chiot", "coincé"}, result.review.unknown_words
    assert {"and", "d", "al", "Qassas"} <= {w.word for w in result.review.unknown_words if w.name}


@needs_apertium
def test_direct_pair_and_glossary_terms() -> None:
    glossary = toolkit.Glossary.builtin("syria-fr-en")
    result = toolkit.translate(DISPATCH, source="fr", target="en", engine="apertium", glossary=glossary)
    assert_consistent(result)
    words = {w.word for w in result.review.unknown_words}
    # Aleppo is the glossary's rendering, put there on purpose: not an unknown word.
    assert "Aleppo" in result.text and not words & {"Aleppo", "Alepo", "Alep"}
    assert {"perquisition", "farouchement"} <= words
    spanish = toolkit.translate("Il conteste farouchement.", source="fr", target="es", engine="apertium")
    assert [(w.word, w.leg) for w in spanish.review.unknown_words] == [("farouchement", "fr-es")]


@needs_apertium
def test_unknown_words_survive_the_translation_memory(tmp_path: Path) -> None:
    memory = tmp_path / "memory.sqlite"
    with Pipeline("apertium", memory=memory) as pipeline:
        first = pipeline.translate(DISPATCH, source="fr", target="en")
    with Pipeline("apertium", memory=memory) as pipeline:
        second = pipeline.translate(DISPATCH, source="fr", target="en")
    assert all(s.from_memory for s in second.segments)
    assert second.review.unknown_words == first.review.unknown_words
    assert second.text == first.text


@needs_apertium
def test_a_memory_from_before_unknown_word_marks_hides_none(tmp_path: Path) -> None:
    """A memory filled when outputs carried no marks (same engine, same version) is not read
    back as if the words were known."""
    from toolkit.engines import create
    from toolkit.memory import TranslationMemory

    engine = create("apertium")
    segments = DISPATCH.split("\n\n")
    unmarked = [unmark(o)[0] for o in engine.translate_batch(segments, "fr", "en")]
    memory = tmp_path / "memory.sqlite"
    with TranslationMemory(memory) as old:
        old.put_many(
            zip(segments, unmarked, strict=True), engine="apertium", model=engine.model_id("fr", "en"),
            source="fr", target="en", engine_version=engine.version(),
        )
    with Pipeline("apertium", memory=memory) as pipeline:
        translation = pipeline.translate(DISPATCH, source="fr", target="en")
    assert not any(s.from_memory for s in translation.segments)
    assert {"perquisition", "farouchement"} <= {w.word for w in translation.review.unknown_words}


@needs_apertium
def test_chosen_segments_report_unknown_words() -> None:
    with Pipeline("apertium") as pipeline:
        done = pipeline.translate_segments(
            ["Le chat dort.", "Il conteste farouchement."], source="fr", target="en"
        )
    assert [(w.word, w.segment) for w in done.unknown_words] == [("farouchement", 1)]
    assert done.outputs[1][done.unknown_words[0].start : done.unknown_words[0].end] == "farouchement"


@needs_apertium
def test_cli_json_has_the_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "article.txt"
    path.write_text(DISPATCH, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["translate", str(path), "--from", "fr", "--to", "en", "--engine", "apertium", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"text", "segments", "glossary_report", "fidelity", "review"} <= set(data)
    words = data["review"]["unknown_words"]
    assert {"perquisition", "farouchement", "Saná"} <= {w["word"] for w in words}
    for word in words:
        assert data["segments"][word["segment"]]["target"][word["start"] : word["end"]] == word["word"]
    assert data["review"]["ok"] is False


@needs_apertium
def test_literal_mark_characters_are_text() -> None:
    result = toolkit.translate("Le score est 5 * 3 #MeToo.", source="fr", target="es", engine="apertium")
    assert "5 * 3" in result.text and "#MeToo" in result.text
    assert_consistent(result, marks=True)


# -- neural engines: source words copied through ----------------------------------------------------


def spans_of(source: str, output: str, **options: object) -> list[str]:
    found = copied_words(source, output, source_language="fr", target_language="en", **options)  # type: ignore[arg-type]
    return [output[a:b] for a, b in found]


def test_copied_source_words_are_reported() -> None:
    source = "Le gouvernement de Chevron a annoncé une faillite farouchement contestée, 14 millions."
    output = "The government of Chevron announced a faillite farouchement contested, 14 millions."
    assert spans_of(source, output) == ["faillite", "farouchement"]


def test_copied_words_are_conservative() -> None:
    # Words both languages spell alike, names, numbers, glossary terms and target stop words stay.
    source = "Le transport national et l'information de Kurdes à Alep, 14 000 euros, selon Reuters."
    output = "The national transport and information of Kurdes in Alep, 14 000 euros, according to Reuters."
    assert spans_of(source, output, keep=["Alep"]) == []
    assert spans_of("un texte", "") == [] and spans_of("", "some text") == []


def test_argos_tiny_model_reports_only_words_of_the_source(argos_models_dir: Path) -> None:
    pytest.importorskip("ctranslate2")
    text = "Le gouvernement conteste farouchement la faillite. Les rebelles attaquent Alep."
    result = toolkit.translate(text, source="fr", target="en", engine="argos")
    assert_consistent(result)
    source_words = {w.casefold() for w in re.findall(r"\w+", text)}
    for word in result.review.unknown_words:
        # Random weights decode anything: only the properties of what is reported are checked.
        assert word.kind == "copied" and word.leg == result.model
        assert word.word.casefold() in source_words and not word.name
    assert result.to_dict()["review"]["unknown_words"] == [w.to_dict() for w in result.review.unknown_words]
