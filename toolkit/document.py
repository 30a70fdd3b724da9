"""Reading input and the document model: paragraphs and sentences with character offsets.

Every later stage works on a :class:`Document`: offsets always index ``Document.text``, so a
sentence chosen by the summarizer or flagged by the fidelity check can be traced back to the copy.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .errors import InputError
from .limits import check_input_size, max_input_size
from .segment import ends_sentence, sentence_spans

__all__ = [
    "Dateline",
    "Document",
    "Paragraph",
    "Sentence",
    "decode_bytes",
    "parse",
    "read_text",
]

ParagraphRole = Literal["title", "byline", "body"]


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Paragraph:
    """A block of text separated from its neighbours by a line break or a blank line."""

    text: str
    start: int
    end: int
    index: int
    role: ParagraphRole
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Dateline:
    """A wire dateline such as ``ALEP (Syrie), 29 nov (AFP) -``."""

    text: str
    place: str
    date: str | None
    agency: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A parsed article. ``title`` and ``dateline`` are ``None`` when the copy has none."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    dateline: Dateline | None = None
    language: str | None = None
    sentences: tuple[Sentence, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentences", tuple(s for p in self.paragraphs for s in p.sentences))

    @property
    def title(self) -> str | None:
        return next((p.text for p in self.paragraphs if p.role == "title"), None)

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of body paragraphs: what a summary may choose from."""
        return tuple(s for p in self.paragraphs if p.role == "body" for s in p.sentences)


# -- reading -----------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

    Raises :class:`InputError` for empty, binary or oversized input (:mod:`toolkit.limits`).
    """
    check_input_size(len(data), name)
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt/.md article")
    if encoding is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Legacy French copy is almost always Windows-1252; latin-1 covers its undefined bytes.
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: starts with a {encoding} byte-order mark but is not {encoding}"
            ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\t\f")
    if controls > max(2, len(text[:4096]) // 100):
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt/.md article")
    nul = text.find("\0")
    if nul >= 0:
        # Engines and tokenizers treat NUL as an end of string: refuse it here, where the user can
        # be told where it is, rather than fail later in an engine.
        line = text.count("\n", 0, nul) + 1
        raise InputError(f"{name}:{line}: contains a NUL character (a binary fragment?); remove it")
    if not text.strip():
        raise InputError(f"{name}: is empty; give an article with some text")
    return text


def read_text(source: str | Path) -> str:
    """Read an article from a path, or from standard input when ``source`` is ``"-"``."""
    # One byte over the limit is enough to refuse: never read a huge file or stream whole.
    limit = max_input_size()
    if str(source) == "-":
        return decode_bytes(sys.stdin.buffer.read(limit + 1), "stdin")
    path = Path(source)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(
            f"{path}: is a folder; give an article file (or use `toolkit batch` for folders)"
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode_bytes(data, str(path))


# -- parsing -----------------------------------------------------------------------------------

_UPPER = "A-ZÀ-ÖØ-Þ"
_DATELINE = re.compile(
    rf"""^(?P<place>[{_UPPER}][{_UPPER}'’.\- ]{{1,40}}?)      # ALEP, NEW YORK, SAINT-DENIS
    (?P<region>\s*\([^)\n]{{1,40}}\))?                       # (Syrie)
    (?P<date>(?:\s*,\s*[^,()\n\-–—]{{1,30}}){{0,3}}?)         # , 29 nov / , Syria, Nov 29
    \s*\((?P<agency>[^)\n]{{1,24}})\)                         # (AFP)
    \s*[-–—]{{1,2}}\s*""",
    re.VERBOSE,
)
_BYLINE = re.compile(r"^(?:par|by|von|por|di|door)\s+[\w.'’\- ]{2,60}$", re.IGNORECASE)
_TERMINAL = tuple("»\"”:;")  # besides sentence ends (segment.ends_sentence), these end a line too


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines always separate; a single line break separates when the line
    before it ends a sentence or is short (a title), and is a soft wrap otherwise."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    block_end = offset = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            if start is not None:
                spans.append((start, block_end))
                start = None
            continue
        if start is None:
            start = line_start
        block_end = line_end
        stripped = line.rstrip()
        next_line = lines[number + 1] if number + 1 < len(lines) else ""
        soft_wrap = (
            next_line.strip()
            and not stripped.endswith(_TERMINAL)
            and not ends_sentence(stripped)
            and len(stripped.split()) > 12
            and not next_line.strip()[0].isupper()
        )
        if not soft_wrap:
            spans.append((start, line_end))
            start = None
    if start is not None:
        spans.append((start, block_end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse(text: str, language: str | None = None) -> Document:
    """Split ``text`` into paragraphs and sentences, find the title, byline and dateline.

    Raises :class:`InputError` for a text over twice the input limit (:mod:`toolkit.limits`):
    files are held to the limit when read; a string gets room for a translation of an article
    within the limit, which may be longer than the article and is parsed again."""
    check_input_size(len(text) // 2)
    paragraphs: list[Paragraph] = []
    dateline: Dateline | None = None
    seen_body = False
    for start, end in _blocks(text):
        start, end = _trim(text, start, end)
        block = text[start:end]
        index = len(paragraphs)
        role: ParagraphRole = "body"
        body_start = start
        if dateline is None and not seen_body:
            match = _DATELINE.match(block)
            if match:
                dateline = Dateline(
                    text=match.group(0).strip(),
                    place=(match.group("place") + (match.group("region") or "")).strip(),
                    date=match.group("date").strip(" ,") or None,
                    agency=match.group("agency").strip(),
                    start=start,
                    end=start + match.end(),
                )
                body_start = start + match.end()
        if body_start == start:
            words = len(block.split())
            if not paragraphs and words <= 20 and "\n" not in block and not ends_sentence(block):
                role = "title"
            elif words <= 8 and _BYLINE.match(block):
                role = "byline"
        if role == "body":
            sentences = tuple(
                Sentence(text[s:e], s, e, index) for s, e in sentence_spans(text, body_start, end, language)
            )
        else:
            sentences = (Sentence(block, start, end, index),)
        seen_body = seen_body or role == "body"
        paragraphs.append(Paragraph(block, start, end, index, role, sentences))
    return Document(text=text, paragraphs=tuple(paragraphs), dateline=dateline, language=language)
