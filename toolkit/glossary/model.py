"""The glossary data model: entries, matches, findings, and the immutable :class:`Glossary` with its
content version."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..errors import GlossaryError, UsageError
from .matching import CaseRule, _Matcher, _restore_case, fold


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
        # The readers build Entry objects, so .formats imports this module, not the other way round.
        from .formats import _read

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
        from ..resources import glossaries_dir
        from .formats import _LOADERS

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
