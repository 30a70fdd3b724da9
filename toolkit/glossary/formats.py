"""Reading glossary files: YAML (the native format), TSV/CSV with a header row and TBX (ISO 30042
basic), each entry and finding with its line, and :func:`check`."""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GlossaryError
from .matching import _CASE_RULES, fold
from .model import Entry, Finding

_ENTRY_KEYS = {"source", "target", "keep", "variants", "accept", "case", "note", "pos"}
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


class _Builder:
    """Collects entries and findings while a file is read, with the line of each."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: list[Entry] = []
        self.findings: list[Finding] = []

    def error(self, message: str, line: int | None = None) -> None:
        self.findings.append(Finding("error", message, line, str(self.path)))

    def warn(self, message: str, line: int | None = None) -> None:
        self.findings.append(Finding("warning", message, line, str(self.path)))

    def add(self, raw: dict[str, Any], line: int | None, source_language: str, target_language: str) -> None:
        unknown = sorted(set(raw) - _ENTRY_KEYS)
        if unknown:
            self.warn(
                f"unknown field(s) {', '.join(unknown)} ignored; known: {', '.join(sorted(_ENTRY_KEYS))}",
                line,
            )
        source = _text(raw.get("source"))
        target = _text(raw.get("target"))
        keep = raw.get("keep", False)
        if isinstance(keep, str):
            keep = keep.strip().lower() in {"1", "true", "yes", "y", "keep", "x"}
        if not source:
            self.error("entry has no `source` term; add one or delete the row", line)
            return
        if keep and target and target != source:
            self.error(f"{source!r} is `keep` but has target {target!r}; drop one of them", line)
            return
        if not keep and not target:
            self.error(f"{source!r} has no `target`; add one, or `keep: true` to leave it untranslated", line)
            return
        case = _text(raw.get("case")) or "auto"
        if case not in _CASE_RULES:
            self.error(f"{source!r}: case must be one of {', '.join(_CASE_RULES)}, not {case!r}", line)
            return
        variants = _texts(raw.get("variants"))
        accept = _texts(raw.get("accept"))
        if variants is None or accept is None:
            self.error(f"{source!r}: `variants` and `accept` must be lists of strings (or | separated)", line)
            return
        self.entries.append(
            Entry(
                source=source,
                target=source if keep else target,
                source_language=source_language,
                target_language=target_language,
                keep=bool(keep),
                variants=variants,
                accept=accept,
                case=case,  # type: ignore[arg-type]
                note=_text(raw.get("note")) or None,
                pos=_text(raw.get("pos")) or None,
                origin=str(self.path),
                line=line,
            )
        )

    def check_consistency(self) -> None:
        """Duplicates (warnings) and conflicts: one source form with different targets (errors)."""
        seen: dict[tuple[str, str, str], Entry] = {}
        for entry in self.entries:
            for form in dict.fromkeys(entry.source_forms):
                key = (entry.source_language, entry.target_language, fold(form))
                other = seen.get(key)
                if other is None:
                    seen[key] = entry
                elif fold(other.target) != fold(entry.target):
                    self.error(
                        f"{form!r} is rendered {entry.target!r} here but {other.target!r} "
                        f"on line {other.line}; "
                        "keep one rendering (put alternatives under `accept`)",
                        entry.line,
                    )
                elif other is not entry:
                    self.warn(
                        f"{form!r} is already listed on line {other.line}; delete the duplicate", entry.line
                    )


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return unicodedata.normalize("NFC", str(value)).strip()


def _texts(value: Any) -> tuple[str, ...] | None:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(v for v in (_text(p) for p in value.split("|")) if v)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(v for v in (_text(p) for p in value) if v)
    return None


def _languages_from_name(path: Path) -> tuple[str, str] | None:
    parts = path.stem.lower().replace("_", "-").split("-")
    if len(parts) >= 2 and _LANGUAGE.match(parts[-2]) and _LANGUAGE.match(parts[-1]):
        return parts[-2], parts[-1]
    return None


#: Deepest YAML nesting a glossary may have (a real one needs 4: file, entries, entry, variants).
_MAX_YAML_DEPTH = 64


def _too_deep(text: str) -> int | None:
    """The line where ``text`` nests deeper than :data:`_MAX_YAML_DEPTH`, else None.

    PyYAML's composer recurses once per level, so 50,000 nested ``[`` end in a RecursionError; its
    scanner does not recurse, so the depth is measured on the token stream first."""
    import yaml

    opening = (
        yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken,
        yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken,
    )  # fmt: skip
    closing = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
    depth = 0
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        if isinstance(token, opening):
            depth += 1
            if depth > _MAX_YAML_DEPTH:
                return token.start_mark.line + 1
        elif isinstance(token, closing):
            depth -= 1
    return None


def _read_yaml(builder: _Builder, text: str) -> None:
    import yaml

    try:
        if (deep := _too_deep(text)) is not None:
            builder.error(
                f"nested more than {_MAX_YAML_DEPTH} levels deep; a glossary is a list of entries", deep
            )
            return
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        builder.error(
            f"not valid YAML ({getattr(exc, 'problem', None) or exc}); fix the syntax",
            mark.line + 1 if mark else None,
        )
        return
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict) or not isinstance(
        data.get("entries"), list
    ):
        builder.error(
            "a YAML glossary is a mapping with `languages` and an `entries` list; see glossaries/", 1
        )
        return
    first_lines: dict[str, int] = {}
    for key, _ in node.value:
        line = key.start_mark.line + 1
        if not isinstance(key.value, str):
            continue
        if key.value in first_lines:
            builder.error(
                f"duplicate key `{key.value[:40]}` (first on line {first_lines[key.value]}); "
                "merge them into one",
                line,
            )
            return
        first_lines[key.value] = line
    languages = data.get("languages")
    pair = None
    if isinstance(languages, dict):
        pair = (_text(languages.get("source")).lower(), _text(languages.get("target")).lower())
    if pair is None or not all(_LANGUAGE.match(code) for code in pair):
        pair = _languages_from_name(builder.path)
        if pair is None:
            builder.error("missing `languages: {source: fr, target: en}`; add it at the top", 1)
            return
    entries_node = next(v for k, v in node.value if k.value == "entries")
    for raw, item in zip(data["entries"], entries_node.value, strict=True):
        line = item.start_mark.line + 1
        if isinstance(raw, str):
            # A bare string is a keep term: "- HTS".
            raw = {"source": raw, "keep": True}
        if not isinstance(raw, dict):
            builder.error("an entry is a mapping (source/target/keep...), not a list", line)
            continue
        builder.add(raw, line, *pair)


def _read_table(builder: _Builder, text: str, delimiter: str) -> None:
    # Each row with the physical line it starts on: a quoted field may span several lines.
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[list[str]] = []
    starts: list[int] = []
    next_start = 1
    try:
        for row in reader:
            starts.append(next_start)
            rows.append(row)
            next_start = reader.line_num + 1
    except csv.Error as exc:
        kind = "CSV" if delimiter == "," else "TSV"
        builder.error(f"not valid {kind} ({exc}); fix the row", reader.line_num)
        return
    header_index = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if header_index is None:
        builder.error("the file is empty; add a header row (source, target, keep, variants, note)", 1)
        return
    header = [c.strip().lstrip("\ufeff").lower() for c in rows[header_index]]
    pair = _languages_from_name(builder.path)
    columns = list(header)
    if (
        len(header) >= 2
        and _LANGUAGE.match(header[0])
        and _LANGUAGE.match(header[1])
        and "source" not in header
    ):
        # "fr<TAB>en" headers name the languages themselves.
        pair = (header[0], header[1])
        columns = ["source", "target", *header[2:]]
    if "source" not in columns:
        builder.error(
            "the header row needs a `source` column (or two language codes, e.g. fr and en)",
            starts[header_index],
        )
        return
    if pair is None:
        builder.error(
            "languages unknown: name the file like terms-fr-en.tsv or use a header such as `fr  en`", 1
        )
        return
    for row, number in zip(rows[header_index + 1 :], starts[header_index + 1 :], strict=True):
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) > len(columns):
            builder.error(
                f"{len(row)} fields but the header has {len(columns)}; quote fields that hold {delimiter!r}",
                number,
            )
            continue
        raw = {k: v for k, v in zip(columns, row, strict=False) if v.strip()}
        builder.add(raw, number, *pair)


@dataclass
class _TbxConcept:
    """One termEntry while it is read (mutable scratch space, local to one file read)."""

    line: int
    terms: dict[str, list[str]] = field(default_factory=dict)
    note: str | None = None


def _read_tbx(builder: _Builder, text: str) -> None:
    # expat rather than ElementTree: its handlers know the line of every termEntry.
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    concepts: list[_TbxConcept] = []
    language = ""
    buffer: list[str] | None = None

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal language, buffer
        tag = name.rsplit(" ", 1)[-1]
        if tag in {"termEntry", "conceptEntry"}:
            concepts.append(_TbxConcept(parser.CurrentLineNumber))
        elif tag in {"langSet", "langSec"}:
            code = attributes.get("http://www.w3.org/XML/1998/namespace lang") or attributes.get("lang", "")
            language = code.split("-")[0].lower()
        elif tag in {"term", "descrip", "note"} and concepts:
            buffer = []

    def end(name: str) -> None:
        nonlocal buffer
        tag = name.rsplit(" ", 1)[-1]
        if buffer is None or tag not in {"term", "descrip", "note"}:
            return
        value = "".join(buffer).strip()
        buffer = None
        if value and tag == "term" and language:
            concepts[-1].terms.setdefault(language, []).append(value)
        elif value and tag != "term" and concepts[-1].note is None:
            concepts[-1].note = value

    def characters(data: str) -> None:
        if buffer is not None:
            buffer.append(data)

    def external(context: str, base: str | None, system_id: str | None, public_id: str | None) -> int:
        # Never loaded (a file or URL the glossary's author chose); say what is missing instead.
        builder.warn(
            f"external entity {str(system_id or public_id)[:80]!r} is not loaded; the text it stands "
            "for is missing from this term, write it out",
            parser.CurrentLineNumber,
        )
        return 1

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.ExternalEntityRefHandler = external
    try:
        parser.Parse(text.encode("utf-8"), True)
    except expat.ExpatError as exc:
        builder.error(f"not valid XML ({expat.ErrorString(exc.code)}); fix the TBX file", exc.lineno)
        return
    if not concepts:
        builder.error("no termEntry elements found; is this a TBX file?", 1)
    for concept in concepts:
        if len(concept.terms) < 2:
            builder.warn("termEntry has terms in fewer than two languages; skipped", concept.line)
            continue
        for source_language, sources in concept.terms.items():
            for target_language, targets in concept.terms.items():
                if source_language == target_language:
                    continue
                raw = {
                    "source": sources[0],
                    "target": targets[0],
                    "keep": sources[0] == targets[0],
                    "variants": sources[1:],
                    "accept": targets[1:],
                    "note": concept.note,
                }
                builder.add(raw, concept.line, source_language, target_language)


_LOADERS: dict[str, Callable[[_Builder, str], None]] = {
    ".yaml": _read_yaml,
    ".yml": _read_yaml,
    ".tsv": functools.partial(_read_table, delimiter="\t"),
    ".txt": functools.partial(_read_table, delimiter="\t"),
    ".csv": functools.partial(_read_table, delimiter=","),
    ".tbx": _read_tbx,
    ".xml": _read_tbx,
}


def _read(path: Path) -> tuple[list[Entry], list[Finding]]:
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        raise GlossaryError(f"{path}: unknown glossary format; use .yaml, .tsv, .csv or .tbx")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError(f"{path}: no such glossary file") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: not UTF-8 text; save the glossary as UTF-8") from None
    except OSError as exc:
        raise GlossaryError(f"{path}: cannot be read ({exc.strerror})") from None
    builder = _Builder(path)
    loader(builder, text.replace("\r\n", "\n"))
    if not builder.entries and not any(f.severity == "error" for f in builder.findings):
        builder.error("no entries; add at least one term", 1)
    builder.check_consistency()
    builder.findings.sort(key=lambda f: (f.line or 0, f.severity))
    return builder.entries, builder.findings


def check(path: str | Path) -> list[Finding]:
    """Every problem in a glossary file: bad rows, duplicates and conflicts, with line numbers."""
    try:
        return _read(Path(path))[1]
    except GlossaryError as exc:
        return [Finding("error", str(exc))]
