"""The transformers engine through real transformers ``generate`` on the locally built tiny MarianMT."""

from __future__ import annotations

import shutil

import pytest

from toolkit import engines
from toolkit.engines.base import Engine
from toolkit.engines.hf import NLLB_CODES, TransformersEngine
from toolkit.errors import ModelNotFoundError, UsageError

SENTENCES = ["Le président a parlé hier à Alep.", "Bonjour.", "L'armée syrienne a repris la ville."]


@pytest.fixture(scope="module")
def engine(tiny_model):
    created = engines.create(
        "transformers", model=str(tiny_model.marian_dir), device="cpu", max_new_tokens=24
    )
    yield created
    created.close()


def test_engine_contract(engine, tiny_model):
    assert isinstance(engine, Engine) and isinstance(engine, TransformersEngine)
    assert engine.name == "transformers"
    assert engine.pairs() == {("fr", "en")}
    assert engine.model_id("fr", "en") == str(tiny_model.marian_dir.resolve())
    assert engine.version().startswith("transformers ")


def test_translates_a_batch_deterministically(engine):
    batch = ["", *SENTENCES, "  "]
    first = engine.translate_batch(batch, "fr", "en")
    assert len(first) == len(batch)
    assert first[0] == "" and first[-1] == "  "
    assert all(first[1:-1])
    assert len(set(first[1:-1])) == len(SENTENCES)  # outputs depend on the input
    assert engine.translate_batch(batch, "fr", "en") == first
    # Sorted, chunked generation gives each segment the same output as alone.
    assert [engine.translate_batch([s], "fr", "en")[0] for s in SENTENCES] == first[1:-1]


def test_wrong_pair_for_a_marian_model(engine):
    with pytest.raises(ModelNotFoundError, match=r"translates fr→en, not de→en"):
        engine.translate_batch(["Hallo."], "de", "en")


def test_hub_id_loads_from_the_cache_offline(tiny_model, tmp_path, monkeypatch):
    # Lay the tiny model out exactly as `hf download` leaves a hub model in the cache.
    repo = tmp_path / "hub" / "models--Helsinki-NLP--opus-mt-fr-en"
    snapshot = repo / "snapshots" / "0123456789abcdef0123456789abcdef01234567"
    shutil.copytree(tiny_model.marian_dir, snapshot)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(snapshot.name)
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert engines.available_pairs("transformers") == {("fr", "en")}
    engine = engines.create("transformers", device="cpu", max_new_tokens=8)
    assert engine.pairs() == {("fr", "en")}
    assert engine.translate_batch(["Bonjour."], "fr", "en")[0]
    assert engine.model_id("fr", "en").startswith("Helsinki-NLP/opus-mt-fr-en")
    with pytest.raises(ModelNotFoundError, match="Helsinki-NLP/opus-mt-de-en"):
        engine.translate_batch(["Hallo."], "de", "en")


def test_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    assert engines.available_pairs("transformers") == set()
    with pytest.raises(UsageError, match="unknown transformers engine option"):
        engines.create("transformers", temperature=2)
    with pytest.raises(UsageError, match="unknown device"):
        engines.create("transformers", device="tpu")
    with pytest.raises(ModelNotFoundError, match="no such model folder"):
        engines.create("transformers", model="nowhere")


def test_nllb_codes_are_flores_codes():
    assert NLLB_CODES["fr"] == "fra_Latn" and NLLB_CODES["en"] == "eng_Latn"
    assert all(len(code) == 8 and code[3] == "_" for code in NLLB_CODES.values())
