"""The local model builder: a valid .argosmodel, a transformers-loadable Marian model, determinism."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

import pytest

from toolkit.testing.models import SHAPES, build_model, corpus


def test_argosmodel_layout_and_metadata(tiny_model):
    with zipfile.ZipFile(tiny_model.argosmodel) as archive:
        names = set(archive.namelist())
        metadata = json.loads(archive.read(f"{tiny_model.package_name}/metadata.json"))
    top = {name.split("/")[0] for name in names}
    assert top == {tiny_model.package_name}  # one folder, as Argos Translate unpacks it
    for required in (
        "metadata.json",
        "README.md",
        "sentencepiece.model",
        "model/model.bin",
        "model/config.json",
    ):
        assert f"{tiny_model.package_name}/{required}" in names
    assert metadata["from_code"] == "fr" and metadata["to_code"] == "en"
    assert metadata["from_name"] == "French" and metadata["to_name"] == "English"
    assert metadata["package_version"] and metadata["argos_version"]


def test_marian_dir_loads_offline_with_auto_classes(tiny_model, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model.marian_dir, local_files_only=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(tiny_model.marian_dir, local_files_only=True)
    assert type(tokenizer).__name__ == "MarianTokenizer"
    assert model.config.model_type == "marian"
    assert model.config.d_model == SHAPES["tiny"].d_model
    ids = tokenizer(["Le président a parlé à Alep."])["input_ids"][0]
    assert tokenizer.unk_token_id not in ids  # accents and punctuation are in the vocabulary
    assert sum(p.numel() for p in model.parameters()) < 1_000_000


def test_ct2_model_appends_source_eos(tiny_model):
    config = json.loads((tiny_model.ct2_dir / "config.json").read_text())
    assert config["add_source_eos"] is True


def test_build_is_deterministic(tiny_model, tmp_path):
    again = build_model("tiny", "fr", "en", tmp_path)
    import sentencepiece

    # The .model file also records the trainer's temporary paths, so compare what it does.
    first, second = (
        sentencepiece.SentencePieceProcessor(model_file=str(m.sentencepiece)) for m in (tiny_model, again)
    )
    assert [first.id_to_piece(i) for i in range(first.get_piece_size())] == [
        second.id_to_piece(i) for i in range(second.get_piece_size())
    ]
    assert (again.ct2_dir / "model.bin").read_bytes() == (tiny_model.ct2_dir / "model.bin").read_bytes()


def test_corpus_is_deterministic_and_bilingual():
    first = list(corpus(10, seed=3))
    assert first == list(corpus(10, seed=3))
    assert len(first) == 10 and all(sentence.strip() for sentence in first)


@pytest.mark.parametrize("argv", [["--help"]])
def test_command_line_help(argv):
    result = subprocess.run(
        [sys.executable, "-m", "toolkit.testing.models", *argv], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "--shape" in result.stdout and "tiny" in result.stdout
