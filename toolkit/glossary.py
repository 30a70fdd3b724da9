"""Glossaries: house renderings of names and acronyms, and their enforcement through any engine.

A glossary entry is either *keep* (do not translate: ``HTS``, ``OSDH``) or a forced *translation*
(``Alep`` → ``Aleppo``), with source-side ``variants``, accepted target-side alternatives, a
``case`` rule and a note. Files are YAML (the native format), TSV/CSV with a header row, or TBX
(ISO 30042 basic). :func:`enforce` puts the renderings into an engine's output without harming it:
translate → verify → repair only what lacks a rendering, and reports every term, never dropping one
silently.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import hashlib
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import EngineError, GlossaryError, UsageError

__all__ = [
    "CaseRule",
    "Entry",
    "Finding",
    "Glossary",
    "GlossaryReport",
    "Match",
    "TermReport",
    "check",
    "enforce",
    "fold",
]

CaseRule = Literal["auto", "exact", "ignore"]
_CASE_RULES = ("auto", "exact", "ignore")

# -- text folding ---------------------------------------------------------------------------------

# Typographic variants that wire copy mixes freely: curly and straight apostrophes, non-breaking
# and thin spaces, non-breaking hyphens. Each maps to one character so offsets stay aligned.
_SAME = {
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "´": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\t": " ",
    "\n": " ",
    "\u2010": "-",
    "\u2011": "-",
}


def _strip_char(char: str) -> str:
    char = _SAME.get(char, char)
    return unicodedata.normalize("NFD", char)[0]


def _fold_char(char: str) -> str:
    base = _strip_char(char)
    lower = base.lower()
    # A few characters lower-case to two ("İ"); keeping one character per character keeps offsets.
    return lower if len(lower) == 1 else base


def _strip(text: str) -> str:
    """Accents and typographic variants removed, case kept; same length as ``text``."""
    return "".join(map(_strip_char, text))


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of ``text`` with the same length (offsets align)."""
    if text.isascii():
        return text.lower().replace("\t", " ").replace("\n", " ")
    return "".join(map(_fold_char, text))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _is_acronym(term: str) -> bool:
    return any(c.isupper() for c in term) and not any(c.islower() for c in term)


def _case_ok(form: str, found: str, rule: CaseRule) -> bool:
    """Whether ``found`` (text as written) matches glossary ``form`` under ``rule``."""
    if rule == "ignore":
        return True
    if rule == "exact" or _is_acronym(form):
        # Acronyms are exact: "ONU" is a term, "Onu" or "onu" is not.
        return _strip(found) == _strip(form)
    if form[:1].isupper():
        # Names: the capital is what makes "Sana" a name; the rest may be in capitals (datelines).
        return _strip(found[:1]).isupper()
    return True  # a lower-case term may open a sentence


def _restore_case(target: str, form: str, found: str) -> str:
    """The target as it should be written where ``found`` stood (ALEP → ALEPPO, sentence starts)."""
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not _is_acronym(form):
        return target.upper()
    if form[:1].islower() and found[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


# -- the data model -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One glossary term for one language pair.

    ``target`` equals ``source`` for keep entries. ``variants`` are other source spellings
    (Idlib for Idleb); ``accept`` are other renderings accepted in the output.
    """

    source: str
    target: str
    source_language: str
    target_language: str
    keep: bool = False
    variants: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    case: CaseRule = "auto"
    note: str | None = None
    pos: str | None = None
    origin: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)

    @property
    def source_forms(self) -> tuple[str, ...]:
        return (self.source, *self.variants)

    @property
    def target_forms(self) -> tuple[str, ...]:
        return (self.target, *self.accept)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source}
        if self.keep:
            data["keep"] = True
        else:
            data["target"] = self.target
        for key in ("variants", "accept"):
            if getattr(self, key):
                data[key] = list(getattr(self, key))
        if self.case != "auto":
            data["case"] = self.case
        for key in ("note", "pos"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class Match:
    """A glossary term found in a text; ``text == source_text[start:end]``."""

    entry: Entry
    start: int
    end: int
    text: str
    form: str

    @property
    def rendering(self) -> str:
        """What the output must say here: the found text for keep entries, else the target, case restored."""
        if self.entry.keep:
            return self.text
        return _restore_case(self.entry.target, self.form, self.text)


@dataclass(frozen=True)
class Finding:
    """A problem found by :func:`check`. ``severity`` "error" makes the file unusable."""

    severity: Literal["error", "warning"]
    message: str
    line: int | None = None
    path: str | None = None

    def __str__(self) -> str:
        where = f"{self.path or 'glossary'}:{self.line}" if self.line else (self.path or "glossary")
        return f"{where}: {self.severity}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"severity": self.severity, "message": self.message, "line": self.line, "path": self.path}


class _Matcher:
    """Longest-first, word-bounded, case/accent/elision-aware search of a set of terms."""

    def __init__(self, forms: Iterable[tuple[str, Entry]]) -> None:
        by_fold: dict[str, list[tuple[str, Entry]]] = {}
        for form, entry in forms:
            if form.strip():
                by_fold.setdefault(fold(form), []).append((form, entry))
        self._forms = by_fold
        # Longest first, so "Bachar al-Assad" wins over "Bachar" at the same position.
        ordered = sorted(by_fold, key=lambda f: (-len(f), f))
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in ordered) + r")(?!\w)")
            if ordered
            else None
        )
        self._lengths = sorted({len(f) for f in ordered}, reverse=True)

    def find(self, text: str) -> list[tuple[int, int, str, Entry]]:
        if self._pattern is None or not text:
            return []
        folded = fold(text)
        found: list[tuple[int, int, str, Entry]] = []
        position = 0
        while True:
            match = self._pattern.search(folded, position)
            if match is None:
                return found
            start = match.start()
            hit = self._best_at(text, folded, start)
            if hit is None:
                position = start + 1
                continue
            found.append(hit)
            position = hit[1]

    def _best_at(self, text: str, folded: str, start: int) -> tuple[int, int, str, Entry] | None:
        # The regex found the longest folded form here; a case rule may still reject it, so try the
        # shorter forms at the same position before giving up.
        for length in self._lengths:
            end = start + length
            if end > len(folded) or (end < len(folded) and _is_word_char(folded[end])):
                continue
            for form, entry in self._forms.get(folded[start:end], ()):
                if _case_ok(form, text[start:end], entry.case):
                    return start, end, form, entry
        return None


@dataclass(frozen=True)
class Glossary:
    """An immutable set of entries, possibly for several language pairs."""

    entries: tuple[Entry, ...]
    name: str = "glossary"

    # -- constructors --------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path) -> Glossary:
        """Load a YAML (.yaml/.yml), TSV (.tsv/.txt), CSV (.csv) or TBX (.tbx/.xml) glossary.

        Raises :class:`GlossaryError` on the first error :func:`check` would report.
        """
        entries, findings = _read(Path(path))
        errors = [f for f in findings if f.severity == "error"]
        if errors:
            extra = (
                f" (and {len(errors) - 1} more; run `toolkit glossary check {path}`)"
                if len(errors) > 1
                else ""
            )
            raise GlossaryError(f"{errors[0]}{extra}")
        return cls(entries=tuple(entries), name=Path(path).stem)

    @classmethod
    def builtin(cls, name: str) -> Glossary:
        """A glossary shipped with the toolkit, by file stem (``"syria-fr-en"``) or file name."""
        from .resources import glossaries_dir

        folder = glossaries_dir()
        candidates = [p for p in sorted(folder.iterdir()) if p.stem == name or p.name == name]
        if not candidates:
            names = ", ".join(sorted({p.stem for p in folder.iterdir() if p.suffix in _LOADERS}))
            raise UsageError(f"no built-in glossary called {name!r}; choose one of: {names}")
        return cls.load(candidates[0])

    @classmethod
    def merge(cls, *glossaries: Glossary) -> Glossary:
        """One glossary with every entry; the same term with two different renderings is an error."""
        seen: dict[tuple[str, str, str], Entry] = {}
        entries: list[Entry] = []
        for glossary in glossaries:
            for entry in glossary.entries:
                for form in entry.source_forms:
                    key = (entry.source_language, entry.target_language, fold(form))
                    other = seen.get(key)
                    if other is not None and fold(other.target) != fold(entry.target):
                        raise GlossaryError(
                            f"{form!r} is rendered {other.target!r} in {other.origin or 'one glossary'} and "
                            f"{entry.target!r} in {entry.origin or 'another'}; remove one of them"
                        )
                    seen.setdefault(key, entry)
                entries.append(entry)
        unique = tuple(dict.fromkeys(entries))
        return cls(entries=unique, name="+".join(g.name for g in glossaries) or "glossary")

    # -- queries -------------------------------------------------------------------------------

    @functools.cached_property
    def version(self) -> str:
        """A stable hash of the content (entries in any order give the same version)."""
        rows = sorted(
            json.dumps(
                [e.source_language, e.target_language, e.to_dict()], sort_keys=True, ensure_ascii=False
            )
            for e in self.entries
        )
        return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()[:16]

    @property
    def pairs(self) -> set[tuple[str, str]]:
        return {(e.source_language, e.target_language) for e in self.entries}

    @functools.cached_property
    def _by_pair(self) -> dict[tuple[str, str], Glossary]:
        groups: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.entries:
            groups.setdefault((entry.source_language, entry.target_language), []).append(entry)
        if len(groups) == 1:
            # The usual case: the glossary itself, so its compiled matchers are reused.
            return {pair: self for pair in groups}
        return {pair: Glossary(entries=tuple(entries), name=self.name) for pair, entries in groups.items()}

    def for_pair(self, source: str, target: str) -> Glossary:
        """The entries that apply when translating ``source`` → ``target`` (the same object on every
        call, so matchers are compiled once per glossary and pair)."""
        return self._by_pair.get((source, target)) or Glossary(entries=(), name=self.name)

    def __len__(self) -> int:
        return len(self.entries)

    @functools.cached_property
    def _source_matcher(self) -> _Matcher:
        return _Matcher((form, e) for e in self.entries for form in e.source_forms)

    @functools.cached_property
    def _target_matcher(self) -> _Matcher:
        return _Matcher((form, e) for e in self.entries for form in e.target_forms)

    @functools.cached_property
    def _entries_by_target(self) -> dict[str, tuple[Entry, ...]]:
        index: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for form in entry.target_forms:
                index.setdefault(fold(form), []).append(entry)
        return {form: tuple(entries) for form, entries in index.items()}

    def present(self, needed: Mapping[Entry, int], output: str) -> dict[Entry, int]:
        """How many of the ``needed`` renderings (entry → count) ``output`` carries, per entry,
        never more than needed. A rendering several entries share (UN for ONU and Nations unies)
        counts once, for the first entry still short of it."""
        got: dict[Entry, int] = {}
        for found in self.find_renderings(output):
            candidates = self._entries_by_target.get(fold(found.form), ())
            entry = next((e for e in candidates if got.get(e, 0) < needed.get(e, 0)), None)
            if entry is not None:
                got[entry] = got.get(entry, 0) + 1
        return got

    def find(self, text: str) -> list[Match]:
        """Terms of this glossary in a source text, longest first, left to right, non-overlapping."""
        return [Match(e, s, t, text[s:t], form) for s, t, form, e in self._source_matcher.find(text)]

    def find_renderings(self, text: str) -> list[Match]:
        """Target renderings (targets and accepted alternatives) found in a translated text."""
        return [Match(e, s, t, text[s:t], form) for s, t, form, e in self._target_matcher.find(text)]


# -- reading files ------------------------------------------------------------------------------

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


# -- the report -----------------------------------------------------------------------------------

Status = Literal["ok", "repaired", "missing"]


@dataclass(frozen=True)
class TermReport:
    """How one glossary term fared in one translation.

    ``occurrences``: how often the term is in the source; ``present``: how many of those the output
    renders the house way; ``enforced_by``: the strategies that put the renderings there
    ("placeholder", "substitution", "split", with "+replacement" when a mistranslation was
    replaced); ``status``: "ok" (first pass), "repaired" (after a repair) or "missing";
    ``segments``: indexes of the segments holding the term.
    """

    source: str
    target: str
    keep: bool
    occurrences: int
    present: int
    enforced_by: tuple[str, ...]
    status: Status
    segments: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        return {**data, "enforced_by": list(self.enforced_by), "segments": list(self.segments)}


@dataclass(frozen=True)
class GlossaryReport:
    """Every glossary term found in the source, and whether the output carries its rendering.

    ``strategy`` is the first-pass strategy chosen for the engine ("none" without a glossary).
    """

    terms: tuple[TermReport, ...] = ()
    glossary_version: str | None = None
    strategy: str = "none"

    @property
    def ok(self) -> bool:
        return all(t.status != "missing" for t in self.terms)

    @property
    def missing(self) -> tuple[TermReport, ...]:
        return tuple(t for t in self.terms if t.status == "missing")

    @property
    def occurrences(self) -> int:
        return sum(t.occurrences for t in self.terms)

    @property
    def present(self) -> int:
        return sum(t.present for t in self.terms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "glossary_version": self.glossary_version,
            "strategy": self.strategy,
            "occurrences": self.occurrences,
            "present": self.present,
            "terms": [t.to_dict() for t in self.terms],
        }


# -- enforcement ----------------------------------------------------------------------------------

EngineCall = Callable[[list[str]], list[str]]


def _call(engine_call: EngineCall, segments: list[str]) -> list[str]:
    if not segments:
        return []
    outputs = list(engine_call(segments))
    if len(outputs) != len(segments):
        raise EngineError(
            f"the engine returned {len(outputs)} outputs for {len(segments)} segments; report this bug"
        )
    return outputs


def enforce(
    glossary: Glossary | None,
    segments: Sequence[str],
    engine_call: EngineCall,
    *,
    source: str,
    target: str,
    copies_unknown_tokens: bool = False,
) -> tuple[list[str], GlossaryReport]:
    """Translate ``segments`` with ``engine_call`` so that the glossary's renderings are in the output,
    doing no harm: a segment whose terms the engine already renders the house way comes back exactly
    as the engine wrote it; only segments that lack a rendering are repaired.

    ``copies_unknown_tokens`` is the engine's capability (:mod:`toolkit.engines.base`): it picks how a
    term is protected when a segment has to be translated again. With no glossary (or no entry for
    the pair) the engine is called once and the report is empty.
    """
    segments = list(segments)
    pair = glossary.for_pair(source, target) if glossary is not None else None
    if glossary is None or pair is None or not pair.entries:
        return _call(engine_call, segments), GlossaryReport(
            glossary_version=glossary.version if glossary else None
        )
    return _Enforcer(pair, segments, engine_call, copies_unknown_tokens, glossary.version, source).run()


# How a missing term is put back, once the engine's own translation lacks it:
# - "replacement": what the engine made of the term (probed by translating the term alone), or the
#   untranslated source form, is replaced by the house rendering; the rest of the sentence stays
#   as the engine wrote it.
# - "placeholder" (engines that copy unknown tokens): the term is sent as a token no language has and
#   restored afterwards. Substituting the rendering is no good there: Apertium (fr→es→en) reads a
#   substituted "UN" as "un" (→ "ONE"), "EU" as "eu" (→ "HAD"), "NATO" as Spanish "nato" (→ "BORN").
# - "substitution" (neural engines, which may drop or re-spell a placeholder): the house rendering is
#   written into the source, which decoders mostly copy.
# - "split": the text between terms is translated in pieces, the renderings put in between.
# A placeholder hides what the term is, so the engine's grammar around it can go wrong: "la Syrie"
# → "the Zxbq" → "the Syria" where the engine itself writes "Syria", "à Montréal" → "to" where it
# writes "in", a capital after a sentence-initial unknown ("Kyiv Has"). Each term's left context is
# therefore translated twice, with the term and with its protected form, and the words in which
# the two differ are put back the engine's way (:meth:`_Enforcer._fit`).
Strategy = Literal["placeholder", "substitution", "split"]

# French elided words, so a substituted or split term does not leave "l'Syrian" or a dangling "d'".
_ELISION = re.compile(r"(?<!\w)(jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’]\s*$", re.IGNORECASE)
_UNELIDED = {
    "jusqu": "jusque",
    "lorsqu": "lorsque",
    "puisqu": "puisque",
    "quoiqu": "quoique",
    "qu": "que",
    "c": "ce",
    "d": "de",
    "j": "je",
    "l": "le",
    "m": "me",
    "n": "ne",
    "s": "se",
    "t": "te",
}
_VOWEL_START = re.compile(r"^[aeiouyhàâäéèêëîïôöùûü]", re.IGNORECASE)
# Consonants only, so the token is no word in any language an engine knows.
_PLACEHOLDER_LETTERS = "bcdfghjklmnpqrstvwxz"
# The left context of a term probed for grammar: up to two words (an elided one counts), within
# the clause.
_LEFT_CONTEXT = re.compile(r"(?:[^\W\d_]+['’]?\s*){1,2}$")
_NOTHING_BEFORE = re.compile(r"^\W*$")
_NEXT_WORD = re.compile(r"^(\s+)([^\W\d_])([^\W\d_]+)")


def _placeholder(index: int) -> str:
    code = ""
    while True:
        code = _PLACEHOLDER_LETTERS[index % len(_PLACEHOLDER_LETTERS)] + code
        index //= len(_PLACEHOLDER_LETTERS)
        if index == 0:
            return f"Zx{code}q"


def _placeholder_pattern(token: str) -> re.Pattern[str]:
    # Decoders may split a token into pieces ("Zx bq") or pluralize it; case may change.
    body = r"[\s_]*".join(re.escape(c) for c in token)
    return re.compile(rf"(?<!\w){body}s?(?!\w)", re.IGNORECASE)


def _literally(text: str) -> Callable[[re.Match[str]], str]:
    """A ``re.sub`` replacement that inserts ``text`` as it is (backslashes included)."""
    return lambda _match: text


def _unelide(before: str) -> str | None:
    """``before`` with a final French elision written out ("... d'" → "... de "), or None."""
    match = _ELISION.search(before)
    if match is None:
        return None
    word = match.group(1)
    full = _UNELIDED[word.lower()]
    return before[: match.start()] + (full.capitalize() if word[0].isupper() else full) + " "


def _find_literal(text: str, literal: str) -> list[tuple[int, int]]:
    """Word-bounded, case- and accent-insensitive occurrences of ``literal`` in ``text``."""
    needle = fold(literal).strip()
    if not needle:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(fold(text))]


def _tidy(text: str) -> str:
    """Spacing after pieces were joined: no doubled spaces, none before closing punctuation."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" ([,.;:!?)\]»”])", r"\1", text)
    return re.sub(r"([(\[«“]) ", r"\1", text).strip()


def _words(text: str) -> list[str]:
    """The words of an engine output, unknown-word marks left out (see toolkit.engines.base)."""
    from .engines.base import unmark

    return [fold(w) for w in unmark(text)[0].split()]


def _grammar_fix(with_term: str, term: str, protected: str, rendering: str) -> tuple[str, str] | None:
    """How the engine's words before a term differ from those before its protected form.

    ``with_term`` is the context + term translated, ending with ``term`` (the term translated
    alone); ``protected`` is the context + protected term translated and restored, ending with
    ``rendering``. Returns (words to find, words to put instead), or None when nothing differs or
    the outputs do not line up.
    """
    ours, alone = _words(with_term), _words(term)
    theirs, house = _words(protected), _words(rendering)
    if not alone or not house or ours[-len(alone) :] != alone or theirs[-len(house) :] != house:
        return None
    ours, theirs = ours[: -len(alone)], theirs[: -len(house)]
    common = 0
    while common < min(len(ours), len(theirs)) and ours[common] == theirs[common]:
        common += 1
    wrong, right = " ".join(theirs[common:]), " ".join(ours[common:])
    if not wrong or wrong == right or not all(c.isalpha() or c == " " for c in wrong + right):
        return None
    return wrong, right


@dataclass(frozen=True)
class _Attempt:
    """One way of translating one segment: its output and, per entry, how many renderings it carries."""

    output: str
    present: dict[Entry, int]
    how: str

    def score(self) -> int:
        return sum(self.present.values())


class _Enforcer:
    """translate → verify → repair the segments that lack a rendering, for one document."""

    def __init__(
        self,
        glossary: Glossary,
        segments: list[str],
        engine_call: EngineCall,
        copies_unknown_tokens: bool,
        version: str,
        source: str,
    ) -> None:
        self.glossary = glossary
        self.segments = segments
        self.engine_call = engine_call
        self.protection: Strategy = "placeholder" if copies_unknown_tokens else "substitution"
        self.version = version
        self.french = source == "fr"
        self.matches = [glossary.find(segment) for segment in segments]
        # What the engine makes of a short text (a bare term, a term in its context), probed once.
        self.renderings: dict[str, str] = {}
        self.needed = [Counter(m.entry for m in matches) for matches in self.matches]

    def _probe(self, texts: Iterable[str]) -> None:
        """Translate, in one call, the texts the engine has not been asked about yet."""
        missing = [t for t in dict.fromkeys(texts) if t not in self.renderings]
        self.renderings.update(zip(missing, _call(self.engine_call, missing), strict=True))

    def _short(self, attempts: Mapping[int, _Attempt]) -> list[int]:
        return [i for i, a in attempts.items() if a.score() < sum(self.needed[i].values())]

    # -- protection ----------------------------------------------------------------------------

    def _stand_ins(self, index: int, strategy: Strategy) -> list[str]:
        """What stands for each term of a segment in the text sent to the engine."""
        segment = self.segments[index]
        stand_ins = []
        number = 0
        for match in self.matches[index]:
            if strategy != "placeholder":
                stand_ins.append(match.rendering)
                continue
            while True:
                # A token the copy already contains would be "restored" in the wrong place.
                token = _placeholder(number)
                number += 1
                if _placeholder_pattern(token).search(segment) is None:
                    stand_ins.append(token)
                    break
        return stand_ins

    def _protect(self, index: int, strategy: Strategy) -> tuple[str, list[tuple[re.Pattern[str], str]]]:
        """The text sent to the engine, and how to restore placeholders in its output."""
        segment = self.segments[index]
        pieces: list[str] = []
        restore: list[tuple[re.Pattern[str], str]] = []
        cursor = 0
        for match, stand_in in zip(self.matches[index], self._stand_ins(index, strategy), strict=True):
            before = segment[cursor : match.start]
            if strategy == "placeholder":
                restore.append((_placeholder_pattern(stand_in), match.rendering))
            # "l'Observatoire" → "le Syrian Observatory"; a placeholder may stay elided ("l'Zxbq"),
            # which keeps the engine's article handling intact.
            elif self.french and not _VOWEL_START.match(stand_in):
                before = _unelide(before) or before
            pieces += [before, stand_in]
            cursor = match.end
        pieces.append(segment[cursor:])
        return "".join(pieces), restore

    def _attempt(
        self, index: int, output: str, how: str, restore: Sequence[tuple[re.Pattern[str], str]] = ()
    ) -> _Attempt:
        for pattern, rendering in restore:
            # Every copy: an engine that repeats a placeholder repeats the term.
            output = pattern.sub(_literally(rendering), output)
        return _Attempt(output, self._present(index, output), how)

    def _present(self, index: int, output: str) -> dict[Entry, int]:
        return self.glossary.present(self.needed[index], output)

    def _translate(self, indexes: list[int], strategy: Strategy) -> dict[int, _Attempt]:
        if strategy == "split":
            return self._translate_split(indexes)
        protected = [self._protect(i, strategy) for i in indexes]
        outputs = _call(self.engine_call, [text for text, _ in protected])
        attempts = {
            i: self._attempt(i, output, strategy, restore)
            for i, output, (_, restore) in zip(indexes, outputs, protected, strict=True)
        }
        return self._fit(attempts, strategy)

    def _translate_split(self, indexes: list[int]) -> dict[int, _Attempt]:
        """Last resort: translate the text between terms and put the renderings in between.

        Always yields every term, at some cost in fluency at the joins.
        """
        layouts: dict[int, list[str | int]] = {}
        queries: list[str] = []
        for index in indexes:
            segment = self.segments[index]
            layout: list[str | int] = []
            cursor = 0
            for match in self.matches[index]:
                before = segment[cursor : match.start]
                if self.french:
                    before = _unelide(before) or before
                layout += [_queue(before, queries), match.rendering]
                cursor = match.end
            layout.append(_queue(segment[cursor:], queries))
            layouts[index] = layout
        outputs = _call(self.engine_call, queries)
        attempts = {}
        for index, layout in layouts.items():
            parts = [outputs[p] if isinstance(p, int) else p for p in layout]
            attempts[index] = self._attempt(index, _tidy(" ".join(parts)), "split")
        return attempts

    # -- grammar around a protected term ---------------------------------------------------------

    def _fit(self, attempts: dict[int, _Attempt], strategy: Strategy) -> dict[int, _Attempt]:
        """The words around each restored term, put back the way the engine writes them around the
        term itself: the term's left context is translated with the term and with its stand-in, and
        where the two differ ("the Syria" vs "Syria") the output gets the engine's own words; a word
        capitalised after a sentence-initial stand-in is lower-cased again."""
        probes: list[tuple[int, Match, str, str]] = []
        for index in attempts:
            segment = self.segments[index]
            for match, stand_in in zip(self.matches[index], self._stand_ins(index, strategy), strict=True):
                context = _LEFT_CONTEXT.search(segment[: match.start])
                if context is not None and not match.entry.keep:
                    probes.append((index, match, context.group(0), stand_in))
        self._probe(
            text
            for _, match, left, stand_in in probes
            for text in (left + match.text, match.text, left + stand_in)
        )
        fixed = dict(attempts)
        for index, match, left, stand_in in probes:
            restored = self.renderings[left + stand_in]
            if strategy == "placeholder":
                restored = _placeholder_pattern(stand_in).sub(_literally(match.rendering), restored)
            fix = _grammar_fix(
                self.renderings[left + match.text], self.renderings[match.text], restored, match.rendering
            )
            if fix is not None:
                output = _swap_before(fixed[index].output, match.rendering, *fix)
                fixed[index] = _Attempt(output, self._present(index, output), fixed[index].how)
        for index, attempt in fixed.items():
            output = self._lower_after_initial_term(index, attempt.output)
            if output != attempt.output:
                fixed[index] = _Attempt(output, self._present(index, output), attempt.how)
        return fixed

    def _lower_after_initial_term(self, index: int, output: str) -> str:
        """"Kyiv Has need" → "Kyiv has need": the engine capitalised the word after a stand-in it took
        for the start of something, where the source has a small letter after the term."""
        matches = self.matches[index]
        segment = self.segments[index]
        if not matches or not _NOTHING_BEFORE.match(segment[: matches[0].start]):
            return output
        after = re.match(r"\s+([^\W\d_])", segment[matches[0].end :])
        if after is None or not after.group(1).islower():
            return output
        rendering = fold(matches[0].rendering)
        lead = len(output) - len(output.lstrip(" \"'«“("))
        if fold(output[lead : lead + len(rendering)]) != rendering:
            return output
        end = lead + len(rendering)
        word = _NEXT_WORD.match(output[end:])
        if word is None or not word.group(2).isupper() or not word.group(3).islower():
            return output
        at = end + len(word.group(1))
        return output[:at] + output[at].lower() + output[at + 1 :]

    # -- repairs -------------------------------------------------------------------------------

    def _replace_misrenderings(self, attempts: dict[int, _Attempt]) -> dict[int, _Attempt]:
        """Where a term is missing, replace what the engine made of it (probed by translating the
        term alone), the untranslated source form, or the rendering in the wrong case ("Nato") with
        the house rendering."""
        short = {i: attempts[i] for i in self._short(attempts)}
        if not short:
            return attempts
        self._probe(
            text for index in short for match in self.matches[index] for text in (match.text, match.rendering)
        )
        renderings = self.renderings
        repaired = dict(attempts)
        for index, attempt in short.items():
            output = attempt.output
            for match in self.matches[index]:
                missing = self.needed[index][match.entry] - self._present(index, output).get(match.entry, 0)
                if missing <= 0:
                    continue
                stand_ins = (renderings[match.text], match.text, renderings[match.rendering], match.rendering)
                for wrong in stand_ins:
                    spans = _find_literal(output, wrong) if len(fold(wrong).strip()) > 1 else []
                    spans = [(a, b) for a, b in spans if output[a:b] != match.rendering]
                    # Only an unambiguous stand-in is replaced: a common word the engine also uses
                    # elsewhere ("the", "had") would be replaced in the wrong place.
                    if spans and len(spans) <= missing:
                        start, end = spans[0]
                        output = output[:start] + match.rendering + output[end:]
                        break
            if output != attempt.output:
                how = "replacement" if attempt.how == "engine" else f"{attempt.how}+replacement"
                candidate = _Attempt(output, self._present(index, output), how)
                if candidate.score() > attempt.score():
                    repaired[index] = candidate
        return repaired

    # -- the run -------------------------------------------------------------------------------

    def run(self) -> tuple[list[str], GlossaryReport]:
        with_terms = [i for i, matches in enumerate(self.matches) if matches]
        # The engine's own translation of every segment, in one call: a segment whose terms it
        # renders the house way is left exactly as it is.
        outputs = _call(self.engine_call, self.segments)
        attempts = {i: _Attempt(outputs[i], self._present(i, outputs[i]), "engine") for i in with_terms}
        initial = dict(attempts)
        attempts = self._replace_misrenderings(attempts)
        other: Strategy = "substitution" if self.protection == "placeholder" else "placeholder"
        for strategy in (self.protection, other, "split"):
            short = self._short(attempts)
            if not short:
                break
            retried = self._replace_misrenderings(self._translate(short, strategy))
            for index, attempt in retried.items():
                if attempt.score() > attempts[index].score():
                    attempts[index] = attempt
        final = list(outputs)
        for index in with_terms:
            final[index] = attempts[index].output
        return final, self._report(initial, attempts)

    def _report(self, initial: dict[int, _Attempt], final: dict[int, _Attempt]) -> GlossaryReport:
        terms = []
        for entry in dict.fromkeys(m.entry for matches in self.matches for m in matches):
            segments = tuple(i for i, needed in enumerate(self.needed) if entry in needed)
            occurrences = sum(self.needed[i][entry] for i in segments)
            present = sum(final[i].present.get(entry, 0) for i in segments)
            first_present = sum(initial[i].present.get(entry, 0) for i in segments)
            # A term the engine already rendered was left as it was, whatever else the segment needed.
            how = tuple(
                dict.fromkeys(
                    "engine" if initial[i].present.get(entry, 0) == self.needed[i][entry] else final[i].how
                    for i in segments
                    if final[i].present.get(entry, 0)
                )
            )
            if present < occurrences:
                status: Status = "missing"
            elif first_present < occurrences:
                status = "repaired"
            else:
                status = "ok"
            terms.append(
                TermReport(
                    source=entry.source,
                    target=entry.target,
                    keep=entry.keep,
                    occurrences=occurrences,
                    present=present,
                    enforced_by=how,
                    status=status,
                    segments=segments,
                )
            )
        return GlossaryReport(terms=tuple(terms), glossary_version=self.version, strategy=self.protection)


def _swap_before(output: str, rendering: str, wrong: str, right: str) -> str:
    """``output`` with the words ``wrong`` right before ``rendering`` replaced by ``right`` (case of
    a sentence start kept)."""
    pattern = re.compile(rf"(?<!\w){re.escape(wrong)}(\s+)(?={re.escape(rendering)}(?!\w))", re.IGNORECASE)
    found = pattern.search(output)
    if found is None:
        return output
    replacement = right + found.group(1) if right else ""
    if output[found.start()].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return output[: found.start()] + replacement + output[found.end() :]


def _queue(text: str, queries: list[str]) -> str | int:
    """Text with words goes to the engine (its index in ``queries``); spaces or punctuation stay."""
    if not any(c.isalpha() for c in text):
        return text.strip()
    queries.append(text.strip())
    return len(queries) - 1
