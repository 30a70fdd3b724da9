"""Engines respect their model's length limits: tiny models with 32 and 64 positions, long segments.

What random weights decode differs from CPU to CPU, so nothing here depends on it: the checks are
that nothing fails, one output comes back per input, outputs are repeatable, and outputs fixed to
the model's full length (``min_decoding_length``) still fit the next model of a pivot.
"""

from __future__ import annotations

import re

import pytest

from toolkit import Glossary, engines, models
from toolkit.engines.argos import model_limits, position_limit
from toolkit.engines.limits import ModelLimits, split_to_fit, translate_within
from toolkit.pipeline import Pipeline
from toolkit.testing.models import build_model, corpus

#: One 200-word "sentence" (generated wire vocabulary, full stops removed so that nothing but the
#: clause marks and the spaces can cut it).
LONG = " ".join(re.sub(r"[.!?]", "", " ".join(corpus(60))).split()[:200]) + "."


@pytest.fixture(scope="module")
def short_models(tmp_path_factory):
    """fr→en with 64 positions and en→de with 32, installed in one packages folder."""
    root = tmp_path_factory.mktemp("short-packages")
    fr_en = build_model("tiny", "fr", "en", tmp_path_factory.mktemp("fr-en-64"), max_positions=64)
    en_de = build_model("tiny", "en", "de", tmp_path_factory.mktemp("en-de-32"), seed=1, max_positions=32)
    for built in (fr_en, en_de):
        models.install_from_file(built.argosmodel, root)
    return root, fr_en, en_de


def _words(text: str) -> int:
    return len(text.split())


def test_split_to_fit_prefers_clauses_then_words():
    text = "Un deux trois, quatre cinq; six sept huit neuf dix onze douze — treize quatorze."
    parts = split_to_fit(text, _words, 4)
    assert "".join(parts) == text
    assert all(_words(p) <= 4 for p in parts)
    assert parts[:2] == ["Un deux trois, ", "quatre cinq; "]  # clause marks first
    assert split_to_fit("court", _words, 4) == ["court"]
    # One "word" longer than the limit is cut between characters.
    word = "x" * 40
    cut = split_to_fit(word, len, 8)
    assert "".join(cut) == word and all(len(p) <= 8 for p in cut)


def test_translate_within_keeps_one_output_per_input():
    calls: list[list[str]] = []

    def upper(parts: list[str]) -> list[str]:
        calls.append(parts)
        return [p.upper() for p in parts]

    texts = ["a b c d e f g", "", "h i"]
    assert translate_within(texts, _words, 3, upper) == ["A B C D E F G", "", "H I"]
    assert len(calls) == 1 and max(_words(p) for p in calls[0]) <= 3  # parts go in one batch
    assert translate_within(texts, _words, None, upper) == ["A B C D E F G", "", "H I"]


def test_parts_translated_into_a_script_without_spaces_are_joined_without_one():
    def to_chinese(parts: list[str]) -> list[str]:
        return ["东京是日本的首都。" if "Tokyo" in p else "大阪很大。" for p in parts]

    out = translate_within(["Tokyo is the capital. Osaka is big."], _words, 4, to_chinese)
    assert out == ["东京是日本的首都。大阪很大。"]


def test_limits_are_read_from_the_converted_model(short_models, tiny_model):
    _, fr_en, en_de = short_models
    assert position_limit(fr_en.ct2_dir) == 64 and position_limit(en_de.ct2_dir) == 32
    assert model_limits(en_de.ct2_dir) == ModelLimits(32, 32)
    assert position_limit(tiny_model.ct2_dir) == 256


def test_argos_translates_a_200_word_sentence(short_models):
    root, _, _ = short_models
    engine = engines.create("argos", model=str(root), compute_type="float32")
    assert engine.limits("en", "de") == ModelLimits(32, 32)
    loaded = engine._load(engine._route("en", "de")[0])
    parts = split_to_fit(LONG, lambda text: len(loaded.tokenizer.encode([text])[0]) + 1, 32)
    assert len(parts) >= 5 and "".join(parts) == LONG
    batch = ["Bonjour.", LONG, ""]
    out = engine.translate_batch(batch, "en", "de")
    assert len(out) == 3 and out[1] and out[2] == ""
    assert engine.translate_batch(batch, "en", "de") == out
    # All of it is translated (not truncated to what fits): the parts, joined.
    parts_out = engine.translate_batch(["Bonjour.", *parts], "en", "de")
    assert out[:2] == [parts_out[0], " ".join(p.strip() for p in parts_out[1:] if p.strip())]


def test_argos_caps_a_runaway_decode_and_its_pivot_leg(short_models):
    root, _, _ = short_models
    # Outputs forced to any length the caller asks: the model's 64 positions must win.
    engine = engines.create(
        "argos", model=str(root), compute_type="float32", max_decoding_length=4000, min_decoding_length=4000
    )
    english = engine.translate_batch([LONG, "Bonjour."], "fr", "en")
    en_de = engine._load(engine._route("en", "de")[0])
    # The first leg's output is longer than the second model accepts: the second leg must cut it.
    assert max(len(en_de.tokenizer.encode([text])[0]) + 1 for text in english) > 32
    german = engine.translate_batch([LONG, "Bonjour."], "fr", "de")
    assert len(german) == 2 and all(german)
    assert german == engine.translate_batch(english, "en", "de")


def test_pipeline_keeps_segments_and_glossary_report_on_long_sentences(short_models, monkeypatch):
    root, _, _ = short_models
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(root))
    glossary = Glossary.builtin("syria-fr-en")
    text = f"Selon l'OSDH, les jihadistes de HTS ont pris Alep. {LONG} Alep est tombée."
    with Pipeline("argos", glossary=glossary, max_decoding_length=4000) as pipeline:
        result = pipeline.translate(text, source="fr", target="en")
    assert len(result.segments) == 3
    assert [text[s.start : s.end] for s in result.segments] == [s.source for s in result.segments]
    assert all(s.target for s in result.segments)
    report = result.glossary_report
    assert report is not None
    assert report.occurrences == len(glossary.for_pair("fr", "en").find(text))
    assert report.ok, report.to_dict()


def test_transformers_translates_a_200_word_sentence(short_models):
    _, _, en_de = short_models
    engine = engines.create("transformers", model=str(en_de.marian_dir), device="cpu", max_new_tokens=4000)
    assert engine.limits("en", "de") == ModelLimits(32, 31)
    tokenizer = engine._load(str(en_de.marian_dir)).tokenizer
    parts = split_to_fit(LONG, lambda text: len(tokenizer(text)["input_ids"]), 32)
    assert len(parts) >= 5
    out = engine.translate_batch([LONG], "en", "de")
    assert len(out) == 1 and out[0]
    assert engine.translate_batch([LONG], "en", "de") == out
    parts_out = engine.translate_batch(parts, "en", "de")
    assert out[0] == " ".join(p.strip() for p in parts_out if p.strip())


def test_apertium_has_no_length_limit():
    engine = engines.create("apertium")
    assert engine.limits("fr", "es") == ModelLimits(None, None)
    (out,) = engine.translate_batch([LONG], "fr", "es")
    assert len(out.split()) > 150
