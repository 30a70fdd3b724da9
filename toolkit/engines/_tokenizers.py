"""The subword tokenizers of translation packages, behind one small interface.

Argos Translate's index ships two package formats, and OPUS-MT a third layout:

* SentencePiece packages: one ``sentencepiece.model`` for both sides;
* BPE packages: ``bpe.model``, a subword-nmt merges file applied to Moses-normalized, Moses-tokenized
  text (argostranslate's ``BPETokenizer``: ``MosesPunctNormalizer`` → ``MosesTokenizer`` →
  ``apply_bpe`` with the ``@@`` joiner; decoding joins ``@@ `` and runs ``MosesDetokenizer``);
* OPUS-MT (Marian) models: ``source.spm`` and ``target.spm``, two different SentencePiece models,
  with Moses punctuation normalization first, as the models' ``preprocess.sh`` does.

The engine only calls :meth:`Tokenizer.encode` on a batch of sentences and :meth:`Tokenizer.decode`
on one hypothesis, so every format goes through the same translation path.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

__all__ = ["BPETokenizer", "SentencePieceTokenizer", "Tokenizer", "open_tokenizer"]

#: subword-nmt's joiner: a piece ending in it continues in the next piece.
JOINER = "@@"


class Tokenizer(Protocol):
    def encode(self, texts: Sequence[str]) -> list[list[str]]:
        """Source sentences → model pieces, one list per sentence."""
        ...

    def decode(self, tokens: Sequence[str]) -> str:
        """One hypothesis's target pieces → text."""
        ...


class SentencePieceTokenizer:
    """SentencePiece pieces; ``target_model`` when the target side has its own model (OPUS-MT)."""

    def __init__(self, model: Path, target_model: Path | None = None, *, normalize: str = "") -> None:
        import sentencepiece

        self._source = sentencepiece.SentencePieceProcessor(model_file=str(model))
        self._target = (
            sentencepiece.SentencePieceProcessor(model_file=str(target_model))
            if target_model is not None
            else self._source
        )
        # OPUS-MT models were trained on Moses-normalized punctuation (their preprocess.sh).
        self._normalizer = _normalizer(normalize, opus=True) if normalize else None

    def encode(self, texts: Sequence[str]) -> list[list[str]]:
        if self._normalizer is not None:
            texts = [self._normalizer.normalize(text) for text in texts]
        return self._source.encode(list(texts), out_type=str)

    def decode(self, tokens: Sequence[str]) -> str:
        # A piece the target model does not know comes back verbatim, word marker included
        # (argostranslate replaces the marker the same way).
        return self._target.decode(list(tokens)).replace("\u2581", " ")


class BPETokenizer:
    """Moses normalization + tokenization, subword-nmt merges; the reverse on the way out."""

    def __init__(self, codes: Path, source: str, target: str) -> None:
        from sacremoses import MosesDetokenizer, MosesTokenizer
        from subword_nmt.apply_bpe import BPE

        self._normalizer = _normalizer(source)
        self._tokenizer = MosesTokenizer(lang=source)
        self._detokenizer = MosesDetokenizer(lang=target)
        with open(codes, encoding="utf-8") as file:
            self._bpe = BPE(file, separator=JOINER)

    def encode(self, texts: Sequence[str]) -> list[list[str]]:
        # escape=True (sacremoses' default, what argostranslate feeds its models): "&" → "&amp;".
        return [
            self._bpe.segment_tokens(self._tokenizer.tokenize(self._normalizer.normalize(text)))
            for text in texts
        ]

    def decode(self, tokens: Sequence[str]) -> str:
        words: list[str] = []
        joined = False
        for token in tokens:
            piece = token[: -len(JOINER)] if token.endswith(JOINER) else token
            if joined and words:
                words[-1] += piece
            else:
                words.append(piece)
            joined = token.endswith(JOINER)
        return self._detokenizer.detokenize(words)


def _normalizer(language: str, *, opus: bool = False):  # -> sacremoses.MosesPunctNormalizer
    from sacremoses import MosesPunctNormalizer

    # OPUS-MT's preprocess.sh also runs replace-unicode-punctuation and remove-non-printing-char;
    # argostranslate's BPE path runs normalize-punctuation alone.
    return MosesPunctNormalizer(lang=language, pre_replace_unicode_punct=opus, post_remove_control_chars=opus)


def open_tokenizer(
    kind: str, folder: Path, source: str, target: str
) -> SentencePieceTokenizer | BPETokenizer:
    """The tokenizer of a package folder of kind ``sentencepiece``, ``bpe`` or ``opus``."""
    if kind == "bpe":
        return BPETokenizer(folder / "bpe.model", source, target)
    if kind == "opus":
        return SentencePieceTokenizer(folder / "source.spm", folder / "target.spm", normalize=source)
    return SentencePieceTokenizer(folder / "sentencepiece.model")
