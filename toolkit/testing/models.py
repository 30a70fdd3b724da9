"""Build small, real translation models locally: SentencePiece + MarianMT -> CTranslate2 -> ``.argosmodel``.

No model can be downloaded in tests or on offline machines, yet the argos and transformers engines
must run for real. This module makes models that exercise every layer those engines use:

* a SentencePiece unigram model trained on generated French + English wire-style text;
* a MarianMT model (``transformers.MarianMTModel``) saved with a ``MarianTokenizer``, so
  ``AutoTokenizer.from_pretrained(dir)`` / ``AutoModelForSeq2SeqLM.from_pretrained(dir)`` work offline;
* its CTranslate2 conversion (``ctranslate2.converters.TransformersConverter``);
* a valid Argos Translate package (``.argosmodel`` zip: one top folder holding ``metadata.json``,
  ``model/``, ``sentencepiece.model`` and ``README.md``) that ``toolkit models install`` and
  ``argostranslate.package.install_from_path`` both accept.

Shapes:

``tiny``
    2+2 layers, d_model 64, 1k-piece vocabulary (~260k parameters), float32, random weights. Builds
    in seconds. Its outputs are noise but deterministic (greedy decoding), identical through
    CTranslate2 and through transformers ``generate`` (float32 both ways), which is what the engine
    tests check. (Training it to copy its input was tried: it needs thousands of steps, minutes on 2
    cores, so it is not done.)
``base``
    Transformer-base (6+6 layers, d_model 512, FFN 2048, 8 heads, 32k vocabulary), random weights,
    int8 CTranslate2: the shape of a real Argos package, for throughput benchmarks only (its outputs
    are noise; fix the output length when timing it).

Command line::

    python -m toolkit.testing.models --shape tiny|base --from fr --to en --out DIR

Library::

    from toolkit.testing.models import build_model
    built = build_model("tiny", "fr", "en", out_dir)
    built.argosmodel, built.marian_dir, built.ct2_dir, built.sentencepiece

Building is deterministic for a given shape, pair and seed. torch, transformers, sentencepiece and
ctranslate2 are imported only inside the functions that need them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

__all__ = ["SHAPES", "BuiltModel", "Shape", "build_model", "corpus", "main"]


@dataclass(frozen=True)
class Shape:
    """Architecture and training settings of a generated model."""

    name: str
    vocab_size: int
    d_model: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    #: CTranslate2 weight quantization of the converted model.
    quantization: str


SHAPES: dict[str, Shape] = {
    "tiny": Shape("tiny", 1000, 64, 2, 4, 128, 256, "float32"),
    "base": Shape("base", 32000, 512, 6, 8, 2048, 512, "int8"),
}


@dataclass(frozen=True)
class BuiltModel:
    """Paths of one generated model, with what it was built from (provenance)."""

    shape: str
    source: str
    target: str
    seed: int
    #: The Argos package file (zip).
    argosmodel: Path
    #: A transformers MarianMT model directory (model + MarianTokenizer files).
    marian_dir: Path
    #: The CTranslate2 model directory (also packed as ``model/`` inside the .argosmodel).
    ct2_dir: Path
    #: The SentencePiece model shared by source and target (None for a BPE package).
    sentencepiece: Path | None
    #: Name of the package's top folder (what an installer unpacks into the packages dir).
    package_name: str
    #: The package format: "sentencepiece", or "bpe" (Moses + subword-nmt merges in ``bpe``).
    tokenizer: str = "sentencepiece"
    bpe: Path | None = None


# -- generated text ----------------------------------------------------------------------------

_FR_WORDS = """le la les un une des du de d' l' au aux et ou mais donc car à en dans sur sous avec sans pour
par vers contre entre après avant depuis pendant selon chez président ministre gouvernement armée
rebelles ville région frontière capitale pays État élections accord sommet réunion conseil sécurité
attaque frappe bombardement offensive soldats civils morts blessés réfugiés habitants victimes
enfants femmes hommes responsable porte-parole agence journalistes témoins Syrie Alep Damas Idleb
Turquie Russie Iran Liban Irak Jordanie France Paris Genève Washington Moscou ONU OTAN OSDH HTS
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet
août septembre octobre novembre décembre hier aujourd'hui demain matin soir nuit semaine mois année
a ont est sont été était avait fait dit déclaré annoncé affirmé indiqué selon précisé ajouté
tué tués blessé détruit pris repris contrôlé lancé mené condamné appelé demandé négocié signé
nouveau nouvelle grand grande premier première dernier dernière plusieurs nombreux environ près
plus moins très aussi encore déjà toujours jamais ne pas que qui dont où quand comme si
économie prix pétrole gaz banque euros dollars millions milliards hausse baisse croissance crise
aide humanitaire eau électricité hôpital école route aéroport port pont quartier village camp
cessez-le-feu trêve négociations sanctions résolution vote parlement opposition régime pouvoir
Bachar al-Assad Erdogan Poutine Macron Biden Guterres « » ( ) , . ; : ? ! - % « Nous » « Il »""".split()

_EN_WORDS = """the a an of to in on at by for with from and or but after before during since against
between about over under president minister government army rebels city region border capital
country state elections agreement summit meeting council security attack strike shelling offensive
soldiers civilians dead wounded refugees residents victims children women men official spokesman
agency journalists witnesses Syria Aleppo Damascus Idlib Turkey Russia Iran Lebanon Iraq Jordan
France Paris Geneva Washington Moscow UN NATO HTS Monday Tuesday Wednesday Thursday Friday Saturday
Sunday January February March April May June July August September October November December
yesterday today tomorrow morning evening night week month year has have is are was were had said
announced told stated added killed wounded destroyed took retook controlled launched led condemned
called asked negotiated signed new great first last several many about nearly more less very also
still already always never not that which who where when as if economy price oil gas bank euros
dollars million billion rise fall growth crisis aid humanitarian water electricity hospital school
road airport port bridge district village camp ceasefire truce talks sanctions resolution vote
parliament opposition regime power Bashar al-Assad Erdogan Putin Macron Biden Guterres " ( ) , . ;
: ? ! - % 's""".split()

# Every character a wire story is likely to contain gets its own piece, so nothing becomes <unk>.
_CHARACTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆñÑáíóúÁÍÓÚß"
    ".,;:!?'’\"«»“”()[]-–—/%&€$£+=*#@_…°"
)


def corpus(count: int, seed: int = 0) -> Iterator[str]:
    """Yield ``count`` generated French and English wire-style sentences (deterministic for a seed)."""
    rng = random.Random(seed)
    for index in range(count):
        words = _FR_WORDS if index % 2 == 0 else _EN_WORDS
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(3, 24)))
        number = rng.choice(["", f" {rng.randint(1, 2030)}", f" {rng.randint(1, 99)},{rng.randint(0, 9)}"])
        yield (sentence[0].upper() + sentence[1:] + number + rng.choice([".", ".", "!", "?"])).replace(
            " ,", ","
        )


# -- building ----------------------------------------------------------------------------------

_LANGUAGE_NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fr": "French",
    "it": "Italian", "nl": "Dutch", "pt": "Portuguese", "ru": "Russian", "tr": "Turkish", "zh": "Chinese",
}  # fmt: skip


def _train_sentencepiece(lines: list[str], vocab_size: int, prefix: Path) -> Path:
    """A unigram SentencePiece model trained on ``lines``, saved as ``prefix.model``."""
    import sentencepiece as spm

    text = prefix.with_suffix(".txt")
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text),
        model_prefix=str(prefix),
        model_type="unigram",
        vocab_size=vocab_size,
        # The generated corpus cannot fill a 32k vocabulary; the model vocabulary is padded instead.
        hard_vocab_limit=False,
        character_coverage=1.0,
        # Marian's layout: </s> = 0, <unk> = 1, no <s>; <pad> is appended at the end of the vocab.
        eos_id=0,
        unk_id=1,
        bos_id=-1,
        pad_id=-1,
        minloglevel=2,
        # One thread: SentencePiece's multi-threaded training is not reproducible piece for piece.
        num_threads=1,
    )
    return prefix.with_suffix(".model")


def _write_marian_tokenizer(spm_path: Path, shape: Shape, source: str, target: str, out: Path) -> int:
    """Save MarianTokenizer files into ``out``; returns the model vocabulary size (pad included)."""
    import sentencepiece as spm
    from transformers import MarianTokenizer

    processor = spm.SentencePieceProcessor(model_file=str(spm_path))
    vocab = {processor.id_to_piece(i): i for i in range(processor.get_piece_size())}
    # Pad to the shape's vocabulary size so the base model has a real 32k output layer.
    for i in range(len(vocab), shape.vocab_size - 1):
        vocab[f"<extra_{i}>"] = i
    vocab["<pad>"] = len(vocab)
    vocab_json = out / "vocab.json"
    vocab_json.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copyfile(spm_path, out / "source.spm")
    shutil.copyfile(spm_path, out / "target.spm")
    tokenizer = MarianTokenizer(
        str(out / "source.spm"),
        str(out / "target.spm"),
        str(vocab_json),
        source_lang=source,
        target_lang=target,
    )
    tokenizer.save_pretrained(str(out))
    return len(vocab)


def _make_marian(shape: Shape, vocab_size: int, seed: int):  # -> MarianMTModel
    import torch
    from transformers import MarianConfig, MarianMTModel

    pad = vocab_size - 1
    config = MarianConfig(
        vocab_size=vocab_size,
        d_model=shape.d_model,
        encoder_layers=shape.layers,
        decoder_layers=shape.layers,
        encoder_attention_heads=shape.heads,
        decoder_attention_heads=shape.heads,
        encoder_ffn_dim=shape.ffn,
        decoder_ffn_dim=shape.ffn,
        max_position_embeddings=shape.max_positions,
        activation_function="swish",
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True,
        dropout=0.0,
        attention_dropout=0.0,
        activation_dropout=0.0,
    )
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = MarianMTModel(config)
    # Default initialisation (std 0.02) makes token embeddings tiny next to the fixed sinusoidal
    # positions, so every input decodes to the same string; wider weights make outputs depend on
    # the input, which lets tests tell a source that reached the model from one that did not.
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for parameter in model.parameters():
            if parameter.dim() == 2:
                parameter.copy_(torch.randn(parameter.shape, generator=generator) * 0.2)
        # Marian starts decoding from the <pad> embedding, which must stay zero: CTranslate2
        # converts that into "start from a zero embedding".
        model.get_input_embeddings().weight[pad].zero_()
    model.generation_config.max_length = shape.max_positions
    model.generation_config.num_beams = 1
    model.generation_config.bad_words_ids = [[pad]]
    return model


def _convert(marian_dir: Path, ct2_dir: Path, quantization: str) -> None:
    from ctranslate2.converters import TransformersConverter

    TransformersConverter(str(marian_dir)).convert(str(ct2_dir), quantization=quantization, force=True)
    # Marian models expect </s> after the source; Argos feeds bare SentencePiece pieces, so let
    # CTranslate2 append it (the same switch CTranslate2's own Marian converter sets).
    config_path = ct2_dir / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["add_source_eos"] = True
    config_path.write_text(json.dumps(config, indent=2), encoding="utf-8")


@contextlib.contextmanager
def _build_folder(out_dir: str | Path, prefix: str) -> Iterator[tuple[Path, Path]]:
    """``out_dir`` (created) and a scratch folder inside it, deleted afterwards: inside it so finished
    artefacts move into ``out_dir`` by a rename."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=prefix) as scratch:
        yield out, Path(scratch)


def _pack_and_place(
    spec: Shape,
    source: str,
    target: str,
    seed: int,
    *,
    work: Path,
    out: Path,
    marian_dir: Path,
    ct2_dir: Path,
    tokenizer: str,
    tokenizer_file: Path,
    version: str,
    generated: dict[str, Any],
    extra: Mapping[str, bytes] | None = None,
) -> BuiltModel:
    """The last step of a build: pack the Argos package in the scratch folder ``work`` (one top
    folder holding ``metadata.json``, ``README.md``, the tokenizer, ``extra`` files and the
    CTranslate2 model as ``model/``), then move it and the other artefacts into ``out`` together,
    replacing older ones, so ``out`` never holds half a build."""
    name = f"translate-{source}_{target}-{spec.name}" + ("-bpe" if tokenizer == "bpe" else "")
    kept_as = "bpe.model" if tokenizer == "bpe" else "sentencepiece.model"
    from_name, to_name = _LANGUAGE_NAMES.get(source, source), _LANGUAGE_NAMES.get(target, target)
    metadata = {
        "package_version": version,
        "argos_version": "1.9.0",
        "from_code": source,
        "from_name": from_name,
        "to_code": target,
        "to_name": to_name,
        "type": "translate",
        "links": [],
        "toolkit_generated": generated,
    }
    readme = (
        f"# {from_name} -> {to_name} ({spec.name}, {tokenizer}, generated)\n\n"
        "Built by `toolkit.testing` for tests and benchmarks. Random weights: its outputs are "
        "deterministic noise.\n"
    )
    archive = work / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr(f"{name}/metadata.json", json.dumps(metadata, indent=2, ensure_ascii=False))
        package.writestr(f"{name}/README.md", readme)
        package.write(tokenizer_file, f"{name}/{kept_as}")
        for inner, content in (extra or {}).items():
            package.writestr(f"{name}/{inner}", content)
        for file in sorted(ct2_dir.rglob("*")):
            if file.is_file():
                package.write(file, f"{name}/model/{file.relative_to(ct2_dir).as_posix()}")
    for item, final in (
        (marian_dir, out / "marian"),
        (ct2_dir, out / "ctranslate2"),
        (tokenizer_file, out / kept_as),
        (archive, out / archive.name),
    ):
        if final.is_dir():
            shutil.rmtree(final)
        os.replace(item, final)
    return BuiltModel(
        shape=spec.name,
        source=source,
        target=target,
        seed=seed,
        argosmodel=out / archive.name,
        marian_dir=out / "marian",
        ct2_dir=out / "ctranslate2",
        sentencepiece=out / kept_as if tokenizer == "sentencepiece" else None,
        package_name=name,
        tokenizer=tokenizer,
        bpe=out / kept_as if tokenizer == "bpe" else None,
    )


def build_model(
    shape: str | Shape = "tiny",
    source: str = "fr",
    target: str = "en",
    out_dir: str | Path = ".",
    *,
    seed: int = 0,
    max_positions: int | None = None,
    tokenizer: str = "sentencepiece",
) -> BuiltModel:
    """Build a SentencePiece + MarianMT + CTranslate2 model and its ``.argosmodel`` under ``out_dir``.

    ``out_dir`` gets ``marian/``, ``ctranslate2/``, ``sentencepiece.model`` and
    ``translate-{source}_{target}-{shape}.argosmodel``; existing ones are replaced.
    ``max_positions`` overrides the shape's position limit (MarianMT ``max_position_embeddings``,
    the rows of the converted model's position tables): a small one lets tests prove the engines
    respect a model's length limits.
    ``tokenizer="bpe"`` builds an Argos BPE-format package instead, without torch
    (:func:`toolkit.testing.marian.build_bpe_package`).
    """
    if tokenizer == "bpe":
        from .marian import build_bpe_package

        if max_positions is not None:
            raise ValueError("max_positions applies to SentencePiece models only")
        return build_bpe_package(shape, source, target, out_dir, seed=seed)
    if tokenizer != "sentencepiece":
        raise ValueError(f"tokenizer must be 'sentencepiece' or 'bpe', not {tokenizer!r}")
    spec = SHAPES[shape] if isinstance(shape, str) else shape
    if max_positions is not None:
        if max_positions < 8:
            raise ValueError(f"max_positions must be at least 8, not {max_positions}")
        spec = replace(spec, max_positions=max_positions)
    with _build_folder(out_dir, ".build-") as (out, work):
        lines = list(corpus(20000 if spec.vocab_size > 5000 else 4000, seed))
        # Each character alone on a line too, so rare letters and punctuation are guaranteed pieces.
        lines += [" ".join(_CHARACTERS)] * 3
        spm_path = _train_sentencepiece(lines, spec.vocab_size, work / "spm")
        marian_tmp = work / "marian"
        marian_tmp.mkdir()
        vocab_size = _write_marian_tokenizer(spm_path, spec, source, target, marian_tmp)
        model = _make_marian(spec, vocab_size, seed)
        model.save_pretrained(str(marian_tmp))
        ct2_tmp = work / "ctranslate2"
        _convert(marian_tmp, ct2_tmp, spec.quantization)
        return _pack_and_place(
            spec, source, target, seed, work=work, out=out, marian_dir=marian_tmp, ct2_dir=ct2_tmp,
            tokenizer="sentencepiece", tokenizer_file=spm_path, version="1.0",
            generated={"shape": spec.name, "weights": "random", "max_positions": spec.max_positions},
        )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (``python -m toolkit.testing.models``)."""
    parser = argparse.ArgumentParser(
        prog="python -m toolkit.testing.models", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--shape", choices=sorted(SHAPES), default="tiny")
    parser.add_argument("--from", dest="source", default="fr", help="source language code (default fr)")
    parser.add_argument("--to", dest="target", default="en", help="target language code (default en)")
    parser.add_argument("--out", required=True, type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--max-positions", type=int, help="position limit of the model (default: the shape's)"
    )
    parser.add_argument("--tokenizer", choices=("sentencepiece", "bpe"), default="sentencepiece")
    args = parser.parse_args(argv)
    built = build_model(
        args.shape, args.source, args.target, args.out, seed=args.seed,
        max_positions=args.max_positions, tokenizer=args.tokenizer,
    )
    print(f"argosmodel:    {built.argosmodel}")
    print(f"marian:        {built.marian_dir}")
    print(f"ctranslate2:   {built.ct2_dir}")
    print(f"tokenizer:     {built.sentencepiece or built.bpe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
