"""Reading input and the document model: paragraphs and sentences with character offsets.

Every later stage works on a :class:`Document`: offsets always index ``Document.text``, so a
sentence chosen by the summarizer or flagged by the fidelity check can be traced back to the copy.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .errors import InputError
from .limits import check_input_size, max_input_size
from .segment import ends_sentence, sentence_spans

if TYPE_CHECKING:
    from .glossary import Glossary

__all__ = [
    "Dateline",
    "Document",
    "Paragraph",
    "Sentence",
    "check_text",
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
    """A wire dateline: ``ALEP (Syrie), 29 nov (AFP) -`` (AFP), ``LONDON, Nov 29 (Reuters) -``,
    ``GOMA, Congo (AP) —``, ``Berlin (dpa) -``, ``Madrid, 29 nov (EFE).-``, ``(ANSA) - ROMA, 29 NOV -``.

    ``place`` is the city with its bracketed region as written ("ALEP (Syrie)"); ``city`` and
    ``region`` are its parts ("ALEP", "Syrie"; a region after a comma counts too: "GOMA, Congo");
    ``date`` is the date as written and ``month``/``day`` its reading (``None`` when there is none or
    it cannot be read in the copy's language).
    """

    text: str
    place: str
    date: str | None
    agency: str | None
    start: int
    end: int
    city: str = ""
    region: str | None = None
    month: int | None = None
    day: int | None = None

    def render(self, target: str, *, source: str | None = None, glossary: Glossary | None = None) -> str:
        """The dateline as a reader of ``target`` gets it, without its closing dash: place names
        kept as written or rendered by ``glossary``, a region that is a country named the target's
        way (CLDR), the date written the target's way ("Nov. 29", "29 novembre", "29 de noviembre"),
        the agency as is. Nothing goes through a translation engine: engines turn GOMA into
        "Rubber" and TOURS into "TORRES"."""
        from . import languages

        city = _render_name(self.city, source, target, glossary)
        parts = [city]
        if self.region:
            region = _render_name(self.region, source, target, glossary, country=True)
            # As the copy has it: "ALEP (Syrie)" (AFP) or "GOMA, Congo" (AP).
            parts = [f"{city} ({region})"] if "(" in self.place else [city, region]
        if self.month is not None and self.day is not None:
            parts.append(languages.format_day_month(self.day, self.month, target))
        elif self.date:
            parts.append(self.date)
        text = ", ".join(parts)
        return f"{text} ({self.agency})" if self.agency else text


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
    if _looks_binary(text):
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


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def check_text(text: object, what: str = "the text") -> str:
    """``text`` if it is an article a stage can work on; :class:`InputError` for bytes, other
    objects, empty text and binary data held in a string."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputError(
            f"{what} is bytes, not text: decode it first (toolkit.document.decode_bytes) "
            "or read the file with toolkit.read_text"
        )
    if not isinstance(text, str):
        raise InputError(f"{what} must be a str, not {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{what} is empty; give an article with some text")
    if _looks_binary(text):
        raise InputError(f"{what} looks like binary data, not text; give an article")
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
# A place: capitalised words ("ALEP", "NEW YORK", "SAINT-DENIS", "Bogotá", "Berlin/Paris"), with the
# lower-case particles of place names between them ("RIO de JANEIRO", "Frankfurt am Main").
# Arabic script has no capitals: one to three of its words before the agency ("دمشق (أ ف ب) -").
_ARABIC = "\u0621-\u064a\u0671-\u06d3"
_PLACE = (
    rf"(?:[{_UPPER}][\w'’.\-]*"
    rf"(?:(?:\s|/)(?:(?:de|del|da|do|di|la|le|les|am|an|sur|upon)\s)?[{_UPPER}][\w'’.\-]*){{0,4}}"
    rf"|[{_ARABIC}]+(?:\s[{_ARABIC}]+){{0,2}})"
)
_AGENCY = rf"[A-Za-z{_ARABIC}][\w.&/\- ]{{0,23}}?"
# PLACE [(Region)] [, Region] [, date] (AGENCY) - : AFP, Reuters, AP, dpa, EFE (".-") and most others.
_DATELINE = re.compile(
    rf"""^(?P<city>{_PLACE})
    (?:\s*\((?P<region>[^)\n]{{1,40}})\))?
    (?P<rest>(?:\s*[,،]\s*[^,،()\n\-–—]{{1,30}}){{0,3}}?)
    \s*\((?P<agency>{_AGENCY})\)
    \s*(?:\.\s*)?[-–—]{{1,2}}\s*""",
    re.VERBOSE,
)
# (ANSA) - ROMA, 29 NOV - : the agency first.
_DATELINE_AGENCY_FIRST = re.compile(
    rf"""^\((?P<agency>{_AGENCY})\)\s*[-–—]{{1,2}}\s*
    (?P<city>{_PLACE})
    (?:\s*\((?P<region>[^)\n]{{1,40}})\))?
    (?P<rest>(?:\s*,\s*[^,()\n\-–—]{{1,30}}){{1,3}}?)
    \s+[-–—]{{1,2}}\s+""",
    re.VERBOSE,
)
_DAY = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th|º|°|\.)?$", re.IGNORECASE)


def _month(token: str, language: str | None) -> int | None:
    """The month a dateline word names in ``language`` (or English, which wire copy mixes in):
    CLDR's names, or an unambiguous prefix of three letters or more ("fév", "sept", "NOV")."""
    from . import languages

    word = token.strip(".").casefold()
    if len(word) < 3 or not word.isalpha():
        return None
    for code in dict.fromkeys((language, "en")):
        names = languages.month_names(code)
        if word in names:
            return names[word]
        found = {month for name, month in names.items() if name.startswith(word)}
        if len(found) == 1:
            return found.pop()
    return None


def _read_rest(rest: str, language: str | None) -> tuple[str | None, str | None, int | None, int | None]:
    """Region, date as written, month and day from the comma parts after a dateline's place."""
    region = date = None
    month = day = None
    for part in (p.strip() for p in re.split("[,،]", rest) if p.strip()):
        tokens = part.replace("de ", " ").split()
        months = [m for m in (_month(t, language) for t in tokens) if m is not None]
        days = [int(m.group(1)) for m in (_DAY.match(t) for t in tokens) if m and 1 <= int(m.group(1)) <= 31]
        if months or any(ch.isdigit() for ch in part):
            date = part if date is None else f"{date}, {part}"
            if months and days and month is None:
                month, day = months[0], days[0]
        elif region is None:
            region = part
    return region, date, month, day


def _dated(block: str, language: str | None) -> bool:
    """Whether ``block`` is a name and a date alone (:data:`_NAME_AND_DATE`): its date reads as a
    day and a month."""
    match = _NAME_AND_DATE.match(block)
    return match is not None and _read_rest(match.group("date"), language)[2:] != (None, None)


def _dateline(block: str, start: int, language: str | None) -> Dateline | None:
    match = _DATELINE.match(block) or _DATELINE_AGENCY_FIRST.match(block)
    if match is None:
        return None
    comma_region, date, month, day = _read_rest(match.group("rest"), language)
    bracket = match.group("region")
    city = match.group("city").strip()
    place = f"{city} ({bracket.strip()})" if bracket else city
    return Dateline(
        text=match.group(0).strip(),
        place=place,
        date=date,
        agency=match.group("agency").strip(),
        start=start,
        end=start + match.end(),
        city=city,
        region=(bracket.strip() if bracket else comma_region),
        month=month,
        day=day,
    )


def _render_name(
    name: str, source: str | None, target: str, glossary: Glossary | None, *, country: bool = False
) -> str:
    """A place name for a dateline in ``target``: the glossary's rendering (in capitals when the
    name is), else for a ``country`` CLDR's name of that country in ``target``, else as written."""
    if glossary is not None and source is not None:
        pair = glossary.for_pair(source, target) if (source, target) in glossary.pairs else None
        for candidate in (name, name.title()) if pair is not None else ():
            matches = pair.find(candidate) if pair is not None else []
            if len(matches) == 1 and (matches[0].start, matches[0].end) == (0, len(candidate)):
                rendering = matches[0].rendering
                return rendering.upper() if name.isupper() and len(name) > 3 else rendering
    if country:
        from . import languages

        found = languages.country_name(name, source, target)
        if found is not None:
            return found
    return name


_BYLINE = re.compile(r"^(?:par|by|von|por|di|door)\s+[\w.'’\- ]{2,60}$", re.IGNORECASE)
# A publication's or a place's name and a date alone on the copy's first line ("PRÁVO, 1. listopadu
# 2013", "LONDON, Nov. 29"): a byline, not the title.
_NAME_AND_DATE = re.compile(r"^[^\W\d][\w.'’&-]*(?:\s[^\W\d][\w.'’&-]*){0,3}\s*,(?P<date>(?:\s*\S+){1,4})$")
_TERMINAL = tuple("»\"”:;")  # a line ending with one of these goes on only when it is full


#: Wrapped text's width: wire copy wraps at 64 to 80 columns; lines of one sentence each are wider.
_MIN_WRAP_WIDTH, _MAX_WRAP_WIDTH = 30, 100
#: Text is hard-wrapped when at least this share of the lines inside its paragraphs (those followed
#: by another line) are at least ``_NEAR_WIDTH`` of the widest.
_WRAPPED_SHARE, _NEAR_WIDTH = 0.7, 0.6
_BULLETS = tuple("•*·▪")
_CONTINUING = tuple(",;)]}")
_DASHES = tuple("-–—")


@dataclass(frozen=True)
class _Wrap:
    """The width a text is hard-wrapped at, in characters and in UTF-8 bytes (``fold`` counts
    bytes, so its lines with accented letters are short in characters)."""

    characters: int
    bytes: int

    def full(self, line: str, following: str) -> bool:
        """Whether ``line`` is full: a wrapping editor moves a word to the next line only when it
        does not fit, so the next line's first word would not have fitted on this one."""
        word = following.split(" ", 1)[0]
        return (
            len(line) + 1 + len(word) > self.characters
            or len(line.encode()) + 1 + len(word.encode()) > self.bytes
        )


def _wrap(stripped: Sequence[str]) -> _Wrap | None:
    """How the ``stripped`` lines are hard-wrapped, or None when they are not wrapped text: the
    widest line, when most lines inside paragraphs (those followed by another line) come close to
    it. Lines of one sentence each vary too much in width, and a title over a lede is not enough."""
    inner = [len(line) for line, after in itertools.pairwise(stripped) if line and after]
    if len(inner) < 2:
        return None
    width = max(len(line) for line in stripped)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    if sum(1 for n in inner if n >= _NEAR_WIDTH * width) < _WRAPPED_SHARE * len(inner):
        return None
    return _Wrap(width, max(len(line.encode()) for line in stripped))


def _reads_on(line: str, following: str, language: str | None) -> bool:
    """Whether the segmenter reads on past the mark that ends ``line`` into the next line, as it
    would in unwrapped text: "M." before a name, "20." before a month, "a.m." before "until"."""
    joined = f"{line} {following[:64]}"
    return all(end != len(line) for _, end in sentence_spans(joined, language=language))


def _soft_wrap(line: str, following: str, wrap: _Wrap | None, language: str | None) -> bool:
    """Whether the line break between ``line`` and ``following`` (both stripped) only wraps text,
    in a text wrapped as ``wrap`` says (None: not wrapped text).

    Always before a comma or a closing bracket; never before a list's next item, nor after a
    sentence end (a final mark, unless the line is full and the segmenter reads on past it: "M.",
    "U.S.", "20." before a month). Before a lower-case word: when the line is full
    (:meth:`_Wrap.full`) or long (over 12 words). After a closing quote or a colon, and before a
    capital, a digit or a caseless script (Devanagari, Arabic, CJK...): only when the line is full
    and the next line does not start with a dateline."""
    if not following:
        return False
    if following.startswith(_CONTINUING):
        return True  # no paragraph starts with a comma or a closing bracket
    if following.startswith(_BULLETS) or (following.startswith(_DASHES) and line.startswith(_DASHES)):
        return False  # the next item of a list
    full = wrap is not None and wrap.full(line, following)
    if ends_sentence(line) and not (full and _reads_on(line, following, language)):
        return False
    if following[0].islower() and not line.endswith(_TERMINAL):
        return full or len(line.split()) > 12
    return full and _dateline(following, 0, None) is None


def _blocks(text: str, language: str | None) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines always separate; a single line break separates unless it only
    wraps text (:func:`_soft_wrap`)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    block_end = offset = 0
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    wrap = _wrap(stripped)
    for number, line in enumerate(lines):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not stripped[number]:
            if start is not None:
                spans.append((start, block_end))
                start = None
            continue
        if start is None:
            start = line_start
        block_end = line_end
        following = stripped[number + 1] if number + 1 < len(lines) else ""
        if not _soft_wrap(stripped[number], following, wrap, language):
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
    for start, end in _blocks(text, language):
        start, end = _trim(text, start, end)
        block = text[start:end]
        index = len(paragraphs)
        role: ParagraphRole = "body"
        body_start = start
        if dateline is None and not seen_body:
            dateline = _dateline(block, start, language)
            if dateline is not None:
                body_start = dateline.end
        if body_start == start:
            words = len(block.split())
            first = all(p.role == "byline" for p in paragraphs)
            if not paragraphs and _dated(block, language):
                role = "byline"
            elif first and words <= 30 and not ends_sentence(block):
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
