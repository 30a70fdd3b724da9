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
    assert len(set(first[1:-1])) > 1  # outputs depend on the input
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


@pytest.fixture(scope="module")
def tiny_m2m100(tiny_model, tmp_path_factory):
    """A tiny random M2M100 model with a real M2M100Tokenizer (its 100 language codes included)."""
    import json

    import sentencepiece
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    work = tmp_path_factory.mktemp("m2m100")
    processor = sentencepiece.SentencePieceProcessor(model_file=str(tiny_model.sentencepiece))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for index in range(processor.get_piece_size()):
        vocab.setdefault(processor.id_to_piece(index), len(vocab))
    (work / "vocab.json").write_text(json.dumps(vocab))
    shutil.copyfile(tiny_model.sentencepiece, work / "sentencepiece.bpe.model")
    tokenizer = M2M100Tokenizer(str(work / "vocab.json"), str(work / "sentencepiece.bpe.model"))
    config = M2M100Config(
        vocab_size=max(tokenizer.get_lang_id("zu"), len(tokenizer)) + 16,  # language tokens follow the vocab
        d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
        encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=128,
        pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2,
    )  # fmt: skip
    torch.manual_seed(0)
    out = work / "model"
    tokenizer.save_pretrained(out)
    M2M100ForConditionalGeneration(config).save_pretrained(out)
    return out


def test_m2m100_target_language_is_forced(tiny_m2m100):
    engine = engines.create("transformers", model=str(tiny_m2m100), device="cpu", max_new_tokens=4)
    assert {("fr", "en"), ("fr", "de"), ("en", "fr")} <= engine.pairs()
    loaded = engine._load(str(tiny_m2m100))
    assert loaded.family == "m2m100"
    # The first generated token is the target language's: what forced_bos_token_id must do.
    _, options = engine._languages(loaded, "fr", "de")
    assert options == {"forced_bos_token_id": loaded.tokenizer.get_lang_id("de")}
    assert loaded.tokenizer.src_lang == "fr"
    outputs = engine.translate_batch(["Bonjour.", "Le président."], "fr", "de")
    assert len(outputs) == 2 and engine.translate_batch(["Bonjour.", "Le président."], "fr", "de") == outputs
    with pytest.raises(ModelNotFoundError, match="has no language 'xx'"):
        engine.translate_batch(["Bonjour."], "fr", "xx")
