"""Model length limits, and translating segments longer than a model accepts.

A neural model has a fixed number of positions: CTranslate2 stops with "No position encodings are
defined for positions >= N" and transformers with an ``IndexError`` when a source or a decoded
output goes past them. Engines read their model's limits into :class:`ModelLimits` and translate
through :func:`translate_within`, which cuts every over-long segment at sentence ends, else at clause
marks (, ; : — …), else between words (else, for one enormous "word", between characters), translates
the parts in the same batch and joins each segment's parts, so one segment in still gives exactly one
output: the translator's segment offsets and glossary report stay right.

Engines expose their limits as ``limits(source, target) -> ModelLimits`` (an optional method of the
engine contract, not yet part of :class:`~toolkit.engines.base.Engine`): for a pivot, the first leg's
input limit; each leg still obeys its own model's limits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..segment import join_sentences

__all__ = ["UNLIMITED", "ModelLimits", "split_to_fit", "translate_within"]


@dataclass(frozen=True)
class ModelLimits:
    """How much one model reads and writes per segment, in its own tokens; ``None``: no limit."""

    #: Longest source the model accepts, special tokens (``</s>``, language tokens) included.
    max_input_tokens: int | None = None
    #: Most tokens the model can decode for one segment.
    max_output_tokens: int | None = None


#: A rule-based engine (Apertium) reads and writes text of any length.
UNLIMITED = ModelLimits()

# Where a segment may be cut, best first: after sentence ends the segmenter left together (a
# heading without a full stop before it), then after clause marks, then between words. CJK
# punctuation is followed by no space, so those cuts are right after the mark.
_CUTS = (
    re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])"),
    re.compile(r"(?<=[,;:)»”])\s+|(?<=\s[—–-])\s+|(?<=[，、；：])"),
    re.compile(r"\s+"),
)


def _pieces(text: str, pattern: re.Pattern[str]) -> list[str]:
    """``text`` cut after each match of ``pattern`` (separators stay at the end of the piece)."""
    pieces, start = [], 0
    for match in pattern.finditer(text):
        if start < match.end() < len(text) and text[start : match.start()].strip():
            pieces.append(text[start : match.end()])
            start = match.end()
    pieces.append(text[start:])
    return pieces


def split_to_fit(text: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Cut ``text`` into consecutive parts with ``count(part) <= limit`` each, as few as the cut
    points allow; ``"".join(parts) == text``. ``count`` measures a text in model tokens."""
    if count(text) <= limit or len(text) < 2:
        return [text]
    for pattern in _CUTS:
        pieces = _pieces(text, pattern)
        if len(pieces) > 1:
            break
    else:
        middle = len(text) // 2
        pieces = [text[:middle], text[middle:]]
    # Greedy packing: each part takes as many following pieces as still fit.
    parts = [pieces[0]]
    for piece in pieces[1:]:
        if count(parts[-1] + piece) <= limit:
            parts[-1] += piece
        else:
            parts.append(piece)
    return [fitted for part in parts for fitted in split_to_fit(part, count, limit)]


def translate_within(
    texts: Sequence[str],
    count: Callable[[str], int],
    limit: int | None,
    translate: Callable[[list[str]], list[str]],
) -> list[str]:
    """``translate(texts)``, with every text longer than ``limit`` cut by :func:`split_to_fit`; the
    parts go through one ``translate`` call with the other texts and are joined as running text
    (:func:`~toolkit.segment.join_sentences`: a space, none between Chinese or Japanese parts)."""
    if limit is None:
        return translate(list(texts))
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    for text in texts:
        cut = split_to_fit(text, count, limit) if text.strip() else [text]
        spans.append((len(parts), len(parts) + len(cut)))
        parts.extend(cut)
    if len(parts) == len(texts):
        return translate(parts)
    outputs = translate(parts)
    return [join_sentences(o.strip() for o in outputs[a:b] if o.strip()) or outputs[a] for a, b in spans]
