"""Marian-native models built with numpy alone: the formats OPUS-MT and Argos' BPE packages come in.

* :func:`write_marian_model` writes a random-weight Transformer as Marian saves it (``model.npz``
  with its ``special:model.yml``, a vocabulary YAML and ``decoder.yml``), with the parameter names
  ``ctranslate2.converters.MarianConverter`` reads (``encoder_l1_self_Wq``, ``Wemb``...).
* :func:`build_opus_zip` packs one like a Tatoeba-MT-models release: a zip with the weights,
  ``decoder.yml``, the vocabulary, two *different* SentencePiece models (``source.spm`` trained on
  source-language text, ``target.spm`` on target-language text), ``README.md`` and ``LICENSE``;
  ``multi_target=True`` adds ``>>xxx<<`` target-language tokens to the vocabulary.
* :func:`build_bpe_package` makes an Argos BPE-format package: subword-nmt merges learned on
  Moses-tokenized text (``bpe.model``), the model on that vocabulary converted to CTranslate2 with
  ``shared_vocabulary.txt`` and no ``add_source_eos`` (as Argos' BPE packages, converted from
  OpenNMT-py, have), and a ``stanza/`` folder the toolkit must ignore.

Nothing here imports torch. Outputs are deterministic noise that depends on the input.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

from ..files import atomic_writer
from .models import (
    _CHARACTERS,
    SHAPES,
    BuiltModel,
    Shape,
    _build_folder,
    _pack_and_place,
    _train_sentencepiece,
    corpus,
)

__all__ = ["build_bpe_package", "build_opus_zip", "write_marian_model"]

_NPZ = "opus.spm-spm.transformer.model1.npz.best-perplexity.npz"
_VOCAB = "opus.spm-spm.vocab.yml"


def _lines(language: str, count: int, seed: int) -> list[str]:
    """Generated sentences of one language ("fr"-like for the source side, "en"-like otherwise)."""
    french = language == "fr"
    # corpus() alternates French-like and English-like sentences.
    return [s for i, s in enumerate(corpus(2 * count, seed)) if (i % 2 == 0) == french]


def write_marian_model(vocabulary: list[str], shape: Shape, folder: Path, seed: int = 0) -> None:
    """Write ``model.npz``, the vocabulary YAML and ``decoder.yml`` of a random Marian Transformer."""
    import numpy as np
    import yaml

    rng = np.random.default_rng(seed)
    d, ffn, size = shape.d_model, shape.ffn, len(vocabulary)

    def matrix(rows: int, cols: int) -> np.ndarray:
        # Wide weights, as in models.py: outputs then depend on the input.
        return (rng.standard_normal((rows, cols)) * 0.5).astype(np.float32)

    def row(cols: int, value: float = 0.0) -> np.ndarray:
        return np.full((1, cols), value, dtype=np.float32)

    weights: dict[str, Any] = {"Wemb": matrix(size, d), "decoder_ff_logit_out_b": row(size)}

    def attention(scope: str) -> None:
        for name in ("q", "k", "v", "o"):
            weights[f"{scope}_W{name}"] = matrix(d, d)
            weights[f"{scope}_b{name}"] = row(d)
        weights[f"{scope}_Wo_ln_scale"] = row(d, 1.0)
        weights[f"{scope}_Wo_ln_bias"] = row(d)

    def feed_forward(scope: str) -> None:
        weights[f"{scope}_W1"], weights[f"{scope}_b1"] = matrix(d, ffn), row(ffn)
        weights[f"{scope}_W2"], weights[f"{scope}_b2"] = matrix(ffn, d), row(d)
        weights[f"{scope}_ffn_ln_scale"], weights[f"{scope}_ffn_ln_bias"] = row(d, 1.0), row(d)

    for layer in range(1, shape.layers + 1):
        attention(f"encoder_l{layer}_self")
        feed_forward(f"encoder_l{layer}_ffn")
        attention(f"decoder_l{layer}_self")
        attention(f"decoder_l{layer}_context")
        feed_forward(f"decoder_l{layer}_ffn")
    config = {
        "type": "transformer",
        "enc-depth": shape.layers,
        "dec-depth": shape.layers,
        "dim-emb": d,
        "transformer-heads": shape.heads,
        "transformer-dim-ffn": ffn,
        "transformer-ffn-activation": "swish",
        "transformer-decoder-autoreg": "self-attention",
        "transformer-no-projection": False,
        "transformer-preprocess": "",
        "transformer-postprocess": "dan",
        "transformer-postprocess-emb": "d",
        "transformer-guided-alignment-layer": "last",
        "tied-embeddings-all": True,
    }
    # Marian stores its options as a NUL-terminated YAML string in the archive.
    encoded = yaml.safe_dump(config).encode("utf-8") + b"\0"
    weights["special:model.yml"] = np.frombuffer(encoded, dtype=np.int8)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / _NPZ, "wb") as file:
        np.savez(file, **weights)
    with open(folder / _VOCAB, "w", encoding="utf-8") as vocab_file:
        for index, token in enumerate(vocabulary):
            vocab_file.write(f"{json.dumps(token, ensure_ascii=False)}: {index}\n")
    decoder = {"models": [_NPZ], "vocabs": [_VOCAB, _VOCAB], "beam-size": 4, "relative-paths": True}
    (folder / "decoder.yml").write_text(yaml.safe_dump(decoder), encoding="utf-8")


def build_opus_zip(
    source: str = "fr",
    target: str = "en",
    out_dir: str | Path = ".",
    *,
    shape: str | Shape = "tiny",
    seed: int = 0,
    multi_target: bool = False,
) -> Path:
    """An OPUS-MT-style zip (see the module docstring) at ``out_dir/{src}-{tgt}.zip``."""
    import sentencepiece as spm

    spec = SHAPES[shape] if isinstance(shape, str) else shape
    with _build_folder(out_dir, ".opus-") as (out, work):
        source_spm = _train_sentencepiece(
            [*_lines(source, 2000, seed), " ".join(_CHARACTERS)], spec.vocab_size // 2, work / "source"
        )
        target_spm = _train_sentencepiece(
            [*_lines(target, 2000, seed + 1), " ".join(_CHARACTERS)], spec.vocab_size // 2, work / "target"
        )
        vocabulary = ["</s>", "<unk>"]
        if multi_target:
            vocabulary += [">>deu<<", ">>eng<<", ">>fra<<", ">>spa<<"]
        for model in (source_spm, target_spm):
            processor = spm.SentencePieceProcessor(model_file=str(model))
            for index in range(processor.get_piece_size()):
                piece = processor.id_to_piece(index)
                if piece not in vocabulary and not processor.is_control(index):
                    vocabulary.append(piece)
        vocabulary.append("<pad>")
        model_dir = work / "model"
        write_marian_model(vocabulary, spec, model_dir, seed)
        shutil.copyfile(source_spm, model_dir / "source.spm")
        shutil.copyfile(target_spm, model_dir / "target.spm")
        (model_dir / "README.md").write_text(
            f"# opus-{spec.name}-{source}-{target}\n\n* dataset: generated\n* model: transformer\n"
            "* pre-processing: normalization + SentencePiece (spm)\n* license: CC-BY-4.0\n"
            + ("* a sentence initial language token is required in the form of `>>id<<`\n" * multi_target),
            encoding="utf-8",
        )
        (model_dir / "LICENSE").write_text("Creative Commons Attribution 4.0 International\n", "utf-8")
        final = out / f"{source}-{target}{'-multi' if multi_target else ''}.zip"
        with atomic_writer(final) as stream, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(model_dir.iterdir()):  # flat, as the Tatoeba zips are
                archive.write(path, path.name)
    return final


def _learn_bpe(tokenized: list[str], merges: int, codes: Path) -> None:
    from subword_nmt.learn_bpe import learn_bpe

    # learn_bpe always draws a tqdm bar on stderr.
    with open(codes, "w", encoding="utf-8") as out, contextlib.redirect_stderr(io.StringIO()):
        learn_bpe(io.StringIO("\n".join(tokenized) + "\n"), out, merges, min_frequency=2)


def build_bpe_package(
    shape: str | Shape = "tiny",
    source: str = "fr",
    target: str = "en",
    out_dir: str | Path = ".",
    *,
    seed: int = 0,
) -> BuiltModel:
    """An Argos BPE-format package (see the module docstring) under ``out_dir``."""
    from sacremoses import MosesPunctNormalizer, MosesTokenizer
    from subword_nmt.apply_bpe import BPE

    from ..opusmt import convert

    spec = SHAPES[shape] if isinstance(shape, str) else shape
    with _build_folder(out_dir, ".build-") as (out, work):
        tokenized = []
        for language in (source, target):
            normalizer, tokenizer = MosesPunctNormalizer(lang=language), MosesTokenizer(lang=language)
            tokenized += [
                " ".join(tokenizer.tokenize(normalizer.normalize(line)))
                for line in _lines(language, 2000, seed)
            ]
        codes = work / "bpe.model"
        _learn_bpe(tokenized, spec.vocab_size // 2, codes)
        with open(codes, encoding="utf-8") as file:
            bpe = BPE(file)
        vocabulary = ["</s>", "<unk>"]
        seen = set(vocabulary)
        # Every character alone and as a word start, so no input ever becomes <unk>; then the
        # pieces the merges make of the corpus.
        pieces = [c for c in _CHARACTERS] + [c + "@@" for c in _CHARACTERS]
        pieces += [p for line in tokenized for p in bpe.segment_tokens(line.split())]
        for piece in pieces:
            if piece not in seen:
                seen.add(piece)
                vocabulary.append(piece)
        vocabulary.append("<pad>")
        marian = work / "marian"
        write_marian_model(vocabulary, spec, marian, seed)
        ct2 = work / "ctranslate2"
        convert(marian, ct2, "float32")
        # Argos' BPE packages come from OpenNMT-py: a text vocabulary and no add_source_eos.
        vocabulary_json = ct2 / "shared_vocabulary.json"
        tokens = json.loads(vocabulary_json.read_text(encoding="utf-8"))
        (ct2 / "shared_vocabulary.txt").write_text("\n".join(tokens) + "\n", encoding="utf-8")
        vocabulary_json.unlink()
        config = json.loads((ct2 / "config.json").read_text(encoding="utf-8"))
        config["add_source_eos"] = False
        (ct2 / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
        return _pack_and_place(
            spec, source, target, seed, work=work, out=out, marian_dir=marian, ct2_dir=ct2,
            tokenizer="bpe", tokenizer_file=codes, version="1.9",
            generated={"shape": spec.name, "weights": "random", "tokenizer": "bpe"},
            # argostranslate's sentence splitter; the toolkit never reads it.
            extra={f"stanza/{source}/tokenize/generated.pt": b"not a real stanza model"},
        )  # fmt: skip
