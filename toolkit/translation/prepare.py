"""Documents made ready to translate: parsed, source language known, cut into the spans the engine gets."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Document, check_text, parse
from ..langcodes import check as check_language
from ..languages import base_language
from ..segment import unwrap

__all__ = ["Prepared", "engine_input", "prepare"]


@dataclass(frozen=True)
class Prepared:
    """A parsed document and its pieces: per paragraph, the ``(start, end)`` spans to translate."""

    text: str
    document: Document
    source: str
    pieces: tuple[tuple[tuple[int, int], ...], ...]
    seconds: float

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [span for paragraph in self.pieces for span in paragraph]

    def assemble(self, outputs: Sequence[str]) -> str:
        """The translated text with the source's layout: paragraph breaks and surrounding blanks kept."""
        chunks: list[str] = []
        cursor = 0
        position = 0
        for paragraph, spans in zip(self.document.paragraphs, self.pieces, strict=True):
            chunks.append(self.text[cursor : paragraph.start])
            translated = outputs[position : position + len(spans)]
            position += len(spans)
            chunks.append(" ".join(t for t in translated if t))
            cursor = paragraph.end
        chunks.append(self.text[cursor:])
        return "".join(chunks)


def _pieces(document: Document) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Sentences of every paragraph, plus any text they leave out (a dateline) as its own piece:
    everything is translated."""
    text = document.text
    result = []
    for paragraph in document.paragraphs:
        spans: list[tuple[int, int]] = []
        cursor = paragraph.start
        for sentence in paragraph.sentences:
            if text[cursor : sentence.start].strip():
                spans.append(_strip_span(text, cursor, sentence.start))
            spans.append((sentence.start, sentence.end))
            cursor = sentence.end
        if text[cursor : paragraph.end].strip():
            spans.append(_strip_span(text, cursor, paragraph.end))
        result.append(tuple(spans))
    return tuple(result)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def engine_input(segment: str, source: str) -> str:
    """What the engine gets of a source segment: its lines joined (copy hard-wrapped at a column),
    and in French a sentence-opening "A" as the preposition "À" it stands for. French copy often
    drops the accent of a capital, and an engine reads a bare "A" as the verb: "A New York, des
    milliers de personnes..." came out "Has New York, of the thousands...". The verb opens no
    sentence but a question, whose "A" is glued to its subject ("A-t-il menti ?")."""
    text = unwrap(segment)
    if base_language(source) == "fr":
        text = _FRENCH_OPENING_A.sub(r"\1À", text)
    return text


_FRENCH_OPENING_A = re.compile(r"^([\s«\"“„(—–-]*)A(?=[ \u00a0])")


def prepare(text: str, source: str | None) -> Prepared:
    started = time.perf_counter()
    check_text(text, "the text to translate")
    if source is None:
        source = _detect(text)
    document = parse(text, source)
    return Prepared(text, document, source, _pieces(document), time.perf_counter() - started)


def _detect(text: str) -> str:
    from ..detection import detect

    return check_language(detect(text, paragraphs=False).language, "detected source language")
