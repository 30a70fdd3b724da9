"""Finding glossary terms in text: folding (case, accents, typographic variants) that keeps offsets,
the case rules, and a longest-first, word-bounded matcher whose terms are escaped before any regex."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .model import Entry

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
