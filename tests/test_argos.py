"""The argos engine through real CTranslate2 + SentencePiece on the locally built tiny packages."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from toolkit import engines, models
from toolkit.cli import app
from toolkit.engines.argos import ArgosEngine
from toolkit.engines.base import Engine
from toolkit.errors import ModelNotFoundError, UsageError

SENTENCES = [
    "Le président a parlé hier à Alep.",
    "L'armée syrienne a repris la ville, selon l'OSDH.",
    "Bonjour.",
    "Au moins 14 000 civils ont fui les combats dans la région d'Idleb.",
]


@pytest.fixture(scope="module")
def engine(_installed_models):
    created = engines.create("argos", model=str(_installed_models))
    yield created
    created.close()


def test_registry_creates_an_engine_from_the_models_dir(argos_models_dir):
    engine = engines.create("argos")
    assert isinstance(engine, Engine) and isinstance(engine, ArgosEngine)
    assert engine.name == "argos"
    assert engine.pairs() == {("fr", "en")}
    assert engine.model_id("fr", "en") == "translate-fr_en-tiny@1.0"
    assert engine.version().startswith("ctranslate2 ")
    assert engine.device == "cpu" and engine.intra_threads == 1 and engine.inter_threads >= 1
    assert ("fr", "en") in engines.available_pairs("argos")


def test_translates_a_batch_deterministically(engine):
    first = engine.translate_batch(SENTENCES, "fr", "en")
    assert len(first) == len(SENTENCES)
    assert all(isinstance(text, str) and text for text in first)
    assert engine.translate_batch(SENTENCES, "fr", "en") == first
    # The source reaches the model: the outputs are not all one string. (Which inputs a
    # random-weight model tells apart may differ from one CPU to another.)
    assert len(set(first)) > 1


def test_segments_are_independent_of_their_batch(_installed_models):
    engine = engines.create(
        "argos", model=str(_installed_models), compute_type="float32", max_decoding_length=24
    )
    together = engine.translate_batch(SENTENCES, "fr", "en")
    alone = [engine.translate_batch([sentence], "fr", "en")[0] for sentence in SENTENCES]
    assert together == alone


def test_blank_segments_and_same_language_pass_through(engine):
    out = engine.translate_batch(["", "Bonjour.", "  "], "fr", "en")
    assert out[0] == "" and out[2] == "  " and out[1]
    assert engine.translate_batch(["Bonjour."], "fr", "fr") == ["Bonjour."]
    assert engine.translate_batch([], "fr", "en") == []


def test_agrees_with_transformers_on_the_same_model(_installed_models, tiny_model):
    argos = engines.create(
        "argos", model=str(_installed_models), compute_type="float32", max_decoding_length=12
    )
    hf = engines.create("transformers", model=str(tiny_model.marian_dir), device="cpu", max_new_tokens=13)
    # transformers forces </s> at its last step, so compare the tokens both produced.
    for a, h in zip(
        argos.translate_batch(SENTENCES, "fr", "en"), hf.translate_batch(SENTENCES, "fr", "en"), strict=True
    ):
        assert a.split()[:3] == h.split()[:3]


def test_missing_pair_names_the_install_command(engine):
    with pytest.raises(
        ModelNotFoundError, match=r"no de→fr model installed: run `toolkit models install de fr`"
    ):
        engine.translate_batch(["Hallo."], "de", "fr")


def test_no_packages_and_bad_options(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path))
    with pytest.raises(ModelNotFoundError, match="run `toolkit models install FROM TO`"):
        engines.create("argos")
    with pytest.raises(UsageError, match="unknown argos engine option"):
        engines.create("argos", temperature=2)


def test_model_option_takes_one_package_folder(_installed_models, tiny_model):
    engine = engines.create("argos", model=str(_installed_models / tiny_model.package_name))
    assert engine.pairs() == {("fr", "en")}
    assert engine.translate_batch(["Bonjour."], "fr", "en")[0]


def test_pivot_through_english(tiny_model, tiny_model_en_de, tmp_path):
    models.install_from_file(tiny_model.argosmodel, tmp_path)
    models.install_from_file(tiny_model_en_de.argosmodel, tmp_path)
    engine = engines.create("argos", model=str(tmp_path))
    assert engine.pairs() == {("fr", "en"), ("en", "de"), ("fr", "de")}
    assert engine.model_id("fr", "de") == "translate-fr_en-tiny@1.0+translate-en_de-tiny@1.0"
    english = engine.translate_batch(SENTENCES, "fr", "en")
    assert engine.translate_batch(SENTENCES, "fr", "de") == engine.translate_batch(english, "en", "de")


def test_translating_never_imports_argostranslate_or_torch(argos_models_dir):
    code = (
        "import sys, toolkit, toolkit.engines as e\n"
        "eng = e.create('argos')\n"
        "print(eng.translate_batch(['Bonjour.'], 'fr', 'en'))\n"
        "print(sorted(m for m in ('argostranslate', 'torch', 'stanza', 'spacy') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "[]"


def test_toolkit_translate_cli_end_to_end(argos_models_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "depeche.txt"
    article.write_text(
        "Alep sous les bombes\n\nLe président a parlé hier à Alep. L'armée a repris la ville.\n"
    )
    result = CliRunner().invoke(
        app,
        [
            "translate",
            str(article),
            "--from",
            "fr",
            "--to",
            "en",
            "--engine",
            "argos",
            "--json",
            "--no-memory",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["engine"] == "argos"
    assert data["model"] == "translate-fr_en-tiny@1.0"
    assert data["text"].strip()
