"""Every package format of the Argos index, on format-faithful packages built locally.

The BPE package is what Argos publishes for es→en 1.9 and others: ``bpe.model`` (subword-nmt merges
over Moses tokens), ``model/shared_vocabulary.txt``, no ``add_source_eos``, a ``stanza/`` folder. The
SentencePiece package has ``sentencepiece.model``, ``shared_vocabulary.json`` and ``add_source_eos``.
Random weights: only properties are checked, never what the models decode.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import toolkit
from toolkit import engines, models
from toolkit.cli import app
from toolkit.engines._tokenizers import BPETokenizer
from toolkit.pipeline import Pipeline
from toolkit.testing.models import BuiltModel, build_model

pytest.importorskip("ctranslate2")
pytest.importorskip("sacremoses")
pytest.importorskip("subword_nmt")

SENTENCES = [
    "Le président a parlé hier à Alep.",
    "L'armée syrienne a repris la ville, selon l'OSDH & l'ONU.",
    "Bonjour.",
    "Au moins 14 000 civils ont fui les combats dans la région d'Idleb.",
]
ARTICLE = (
    "Alep sous les bombes\n\nLe président a parlé hier à Alep. L'armée a repris la ville.\n\n"
    "Selon l'OSDH, 14 000 civils ont fui."
)


@pytest.fixture(scope="module")
def bpe_model(tmp_path_factory: pytest.TempPathFactory) -> BuiltModel:
    return build_model("tiny", "fr", "en", tmp_path_factory.mktemp("bpe-fr-en"), tokenizer="bpe")


@pytest.fixture(scope="module")
def bpe_dir(tmp_path_factory: pytest.TempPathFactory, bpe_model: BuiltModel) -> Path:
    root = tmp_path_factory.mktemp("bpe-packages")
    models.install_from_file(bpe_model.argosmodel, root)
    return root


def test_the_bpe_package_is_format_faithful(bpe_model: BuiltModel) -> None:
    with zipfile.ZipFile(bpe_model.argosmodel) as archive:
        names = {n.split("/", 1)[1] for n in archive.namelist()}
    assert {"metadata.json", "bpe.model", "model/model.bin", "model/shared_vocabulary.txt"} <= names
    assert "sentencepiece.model" not in names
    assert any(n.startswith("stanza/") for n in names)
    assert bpe_model.bpe is not None and bpe_model.bpe.read_text().startswith("#version:")
    config = json.loads((bpe_model.ct2_dir / "config.json").read_text())
    assert config["add_source_eos"] is False


def test_bpe_package_installs_lists_and_translates(bpe_dir: Path) -> None:
    (package,) = models.list_models(bpe_dir)
    assert (package.source, package.target, package.tokenizer) == ("fr", "en", "bpe")
    assert len(package.sha256) == 64
    engine = engines.create("argos", model=str(bpe_dir))
    first = engine.translate_batch(SENTENCES, "fr", "en")
    assert len(first) == len(SENTENCES) and all(isinstance(t, str) and t for t in first)
    assert engine.translate_batch(SENTENCES, "fr", "en") == first
    assert len(set(first)) == len(first)  # the source reaches the model
    assert all("@@" not in text for text in first)  # subwords joined
    assert engine.translate_batch(["", "  "], "fr", "en") == ["", "  "]


def test_bpe_segments_do_not_depend_on_their_batch(bpe_dir: Path) -> None:
    engine = engines.create("argos", model=str(bpe_dir), compute_type="float32", max_decoding_length=16)
    together = engine.translate_batch(SENTENCES, "fr", "en")
    assert together == [engine.translate_batch([s], "fr", "en")[0] for s in SENTENCES]


def test_bpe_tokenizer_matches_argostranslate(bpe_model: BuiltModel) -> None:
    argos_tokenizer = pytest.importorskip("argostranslate.tokenizer")
    assert bpe_model.bpe is not None
    ours = BPETokenizer(bpe_model.bpe, "fr", "en")
    theirs = argos_tokenizer.BPETokenizer(bpe_model.bpe, "fr", "en")
    for sentence in SENTENCES:
        (pieces,) = ours.encode([sentence])
        assert pieces == theirs.encode(sentence)
        assert ours.decode(pieces) == theirs.decode(pieces)
    # Moses detokenization undoes the tokenization it was given, escapes included.
    (pieces,) = ours.encode(["Selon l'ONU & Co, 14 000 morts."])
    assert "&amp;" in "".join(p.removesuffix("@@") for p in pieces)
    assert ours.decode(pieces).endswith("& Co, 14 000 morts.")


def test_glossary_offsets_and_memory_work_as_with_sentencepiece(bpe_dir: Path, tmp_path: Path) -> None:
    from toolkit import Glossary

    glossary = Glossary.merge(Glossary.builtin("syria-fr-en"), Glossary.builtin("wire-fr-en"))
    with Pipeline(
        "argos", model=str(bpe_dir), glossary=glossary, memory=tmp_path / "tm.sqlite3"
    ) as pipeline:
        first = pipeline.translate(ARTICLE, source="fr", target="en")
        again = pipeline.translate(ARTICLE, source="fr", target="en")
    assert first.engine == "argos" and first.model.endswith("-bpe@1.9")
    for segment in first.segments:
        assert ARTICLE[segment.start : segment.end] == segment.source
    report = first.glossary_report
    assert report is not None and report.ok, report.to_dict()
    for term in ("Aleppo", "OSDH"):
        assert re.search(rf"(?<!\w){term}(?!\w)", first.text), first.text
    assert again.text == first.text and all(s.from_memory for s in again.segments if s.source.strip())


def test_pivot_through_a_bpe_leg_and_a_sentencepiece_leg(
    bpe_model: BuiltModel, tiny_model_en_de: BuiltModel, tmp_path: Path
) -> None:
    models.install_from_file(bpe_model.argosmodel, tmp_path)
    models.install_from_file(tiny_model_en_de.argosmodel, tmp_path)
    # Short outputs: random-weight English must stay within the en→de model's 256 positions.
    engine = engines.create("argos", model=str(tmp_path), max_decoding_length=24)
    assert ("fr", "de") in engine.pairs()
    assert engine.model_id("fr", "de") == "translate-fr_en-tiny-bpe@1.9+translate-en_de-tiny@1.0"
    english = engine.translate_batch(SENTENCES, "fr", "en")
    german = engine.translate_batch(SENTENCES, "fr", "de")
    assert german == engine.translate_batch(english, "en", "de") and all(german)


def test_target_prefix_starts_every_hypothesis_and_is_cut(tiny_model: BuiltModel, tmp_path: Path) -> None:
    import ctranslate2
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(model_file=str(tiny_model.sentencepiece))
    prefix = processor.id_to_piece(42)
    source = tiny_model.argosmodel
    rebuilt = tmp_path / "prefixed.argosmodel"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(rebuilt, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.endswith("metadata.json"):
                data = json.dumps({**json.loads(data), "target_prefix": prefix}).encode()
            new.writestr(item, data)
    package = models.install_from_file(rebuilt, tmp_path / "packages")
    assert package.target_prefix == prefix
    engine = engines.create(
        "argos", model=str(tmp_path / "packages"), max_decoding_length=12, compute_type="float32"
    )
    ours = engine.translate_batch(SENTENCES, "fr", "en")
    translator = ctranslate2.Translator(str(package.path / "model"), compute_type="float32")
    pieces = processor.encode(SENTENCES, out_type=str)
    raw = translator.translate_batch(
        pieces, target_prefix=[[prefix]] * len(pieces), beam_size=1, max_decoding_length=12
    )
    expected = []
    for result in raw:
        tokens = result.hypotheses[0]
        assert tokens[0] == prefix
        expected.append(processor.decode(tokens[1:]).replace("\u2581", " ").strip())
    assert ours == expected


def test_cli_translates_through_a_bpe_package(bpe_dir: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(bpe_dir))
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "depeche.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        app, ["translate", str(article), "--from", "fr", "--to", "en", "--engine", "argos", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["model"] == "translate-fr_en-tiny-bpe@1.9" and data["text"].strip()
    listed = runner.invoke(app, ["models", "list"])
    assert listed.exit_code == 0 and "\tbpe\t" in listed.output and "sha256:" in listed.output


def test_bpe_translation_never_loads_stanza_torch_or_argostranslate(bpe_dir: Path) -> None:
    code = (
        "import sys, toolkit\n"
        f"print(toolkit.translate('Bonjour à Alep.', source='fr', target='en', engine='argos',"
        f" model={str(bpe_dir)!r}).text)\n"
        "print(sorted(m for m in ('argostranslate', 'torch', 'stanza', 'spacy') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "[]"


def test_library_translate_with_a_bpe_package(bpe_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(bpe_dir))
    result = toolkit.translate("Le président a parlé hier.", source="fr", target="en", engine="argos")
    assert result.engine == "argos" and result.text
