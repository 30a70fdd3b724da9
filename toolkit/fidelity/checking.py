"""The check: atoms matched across the two texts, what is left over as findings by severity."""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING, Literal

from .. import languages
from ..facts import Fact, extract_facts
from .atoms import TOKEN, Atom, atoms_of, mark_ranks, match, match_conversions
from .report import RANK, FidelityReport, Finding, Severity, finding
from .word_checks import currencies_named, invented_currencies, lost_ones

if TYPE_CHECKING:
    from ..glossary import Glossary

__all__ = ["check", "check_fidelity"]


def check(
    source_text: str,
    target_text: str,
    *,
    source_language: str,
    target_language: str,
    glossary: Glossary | None = None,
) -> FidelityReport:
    """Compare the facts of a source text and its translation.

    ``glossary`` (already for this language pair, or any glossary: only its entries for the pair are
    used) maps acronyms to their house renderings.
    """
    pair = glossary.for_pair(source_language, target_language) if glossary is not None else None
    source_facts = tuple(extract_facts(source_text, source_language))
    target_facts = tuple(extract_facts(target_text, target_language))
    source_atoms = [a for f in source_facts for a in atoms_of(f, source_language)]
    if languages.ordinal_words(target_language):
        ordinals = languages.ordinal_words(source_language)
        for atom in source_atoms:
            atom.ordinal = atom.fact.spelled and atom.fact.text.casefold() in ordinals
    target_atoms = [a for f in target_facts for a in atoms_of(f, target_language)]
    mark_ranks(source_atoms, source_text, source_language)
    mark_ranks(target_atoms, target_text, target_language)
    if pair is not None:
        _rename_acronyms(source_atoms, pair)
        _expect_renderings(source_text, source_facts, target_atoms, pair, target_language)
    match(source_atoms, target_atoms)
    match_conversions(source_atoms, source_text, source_language, target_atoms, target_text, target_language)
    _match_renderings(source_atoms, source_language, target_atoms, target_text, target_language)
    _match_renderings(target_atoms, target_language, source_atoms, source_text, source_language)

    findings: list[Finding] = []
    left = {
        "source": [a for a in source_atoms if not a.matched],
        "target": [a for a in target_atoms if not a.matched],
    }
    every = {"source": source_atoms, "target": target_atoms}
    texts = {"source": (source_text, source_language), "target": (target_text, target_language)}
    for side, atoms in left.items():
        other_side = "target" if side == "source" else "source"
        replaced = {a.family for a in left[other_side] if not a.soft}
        other_text, other_language = texts[other_side]
        named = {(a.family, a.value) for a in every[other_side]}
        named.update(("currency", code) for code in currencies_named(other_text, other_language))
        problem: Literal["missing", "extra"] = "missing" if side == "source" else "extra"
        severities: dict[Fact, Severity] = {}
        for atom in atoms:
            severity = _severity(atom, problem, atom.family in replaced, (atom.family, atom.value) in named)
            if (
                severity == "error"
                and atom.family == "figure"
                and _echoed(atom, other_text, other_language, texts[side])
            ):
                severity = "note" if atom.fact.spelled else "warning"
            current = severities.get(atom.fact)
            if current is None or RANK[severity] < RANK[current]:
                severities[atom.fact] = severity
        for fact, severity in severities.items():
            findings.append(finding(problem, fact, side, severity))  # type: ignore[arg-type]
    findings += _quote_findings(source_facts, target_facts)
    findings += invented_currencies(
        source_text, source_language, source_atoms, target_text, target_language, target_facts
    )
    findings += lost_ones(source_text, source_language, target_text, target_language, target_facts)
    return FidelityReport(
        findings=tuple(sorted(findings, key=lambda d: (d.side != "source", d.start, RANK[d.severity]))),
        source_facts=source_facts,
        target_facts=target_facts,
    )


check_fidelity = check


def _severity(atom: Atom, problem: str, replaced: bool, named: bool) -> Severity:
    """``replaced``: the other side has an atom of the same family left over; ``named``: the other
    side has this very value (a month or currency named twice on one side only)."""
    if atom.soft and not atom.ordinal:
        return "note"
    if atom.fact.spelled:
        # A count in words lost from the source is lost; one the translation adds is an idiom ("à
        # deux pas"). "Two" is as often "both", "the pair", "the couple".
        return "error" if problem == "missing" and atom.value not in ("1", "2") else "note"
    if atom.family == "figure":
        return "error"
    if atom.family == "acronym":
        return "warning" if problem == "missing" else "note"
    # A month, weekday or currency: changed when the other side has one of its own left over.
    if replaced:
        return "error"
    if not named and (atom.family == "currency" or (problem == "extra" and atom.certain)):
        return "error"
    if atom.family == "month" and problem == "missing" and not named and _has_day(atom.fact):
        return "error"  # "11. September" whose month is gone: the day is left dangling
    return "warning" if problem == "missing" else "note"


def _has_day(fact: Fact) -> bool:
    """Whether a date gives a day of the month ("--09-11", "2012-10-03")."""
    parts = fact.value.lstrip("-").split("-")
    return fact.kind == "date" and len(parts) == (2 if fact.value.startswith("--") else 3)


def _echoed(atom: Atom, text: str, language: str, own: tuple[str, str]) -> bool:
    """Whether ``text`` carries the figure of ``atom`` in words the reader did not take as a
    figure: "one" or "first" for a bare 1 ("एक रुपये", one rupee; not the day of a date), or a
    number word inside a longer word ("vierköpfige", "dreieinhalb"). ``own`` is the text of
    ``atom`` and its language.

    An article that doubles as "one" ("un médecin" for "1 doctor") is on every page: it echoes a 1
    only where ``own`` has articles too, and fewer (so "Formule 1" lost beside "un casque" for "a
    helmet" is lost, and so is a Czech "1 km" beside an English "an avenue")."""
    lowered = text.casefold()
    if atom.value == "1" and atom.fact.kind in ("number", "money"):
        tokens = TOKEN.findall(lowered)
        articles = languages.indefinite_articles(language)
        if any(token in languages.one_words(language) and token not in articles for token in tokens):
            return True
        own_text, own_language = own
        own_articles = languages.indefinite_articles(own_language)
        return bool(own_articles) and sum(token in articles for token in tokens) > sum(
            token in own_articles for token in TOKEN.findall(own_text.casefold())
        )
    if not atom.fact.spelled:
        return False
    # A stem stands for the word: "третий" is "третьего", "quatre" "quatrième".
    stems = {word[: max(4, len(word) - 2)] for word in _words_by_value(language).get(atom.value, ())}
    return any(stem in lowered for stem in stems)


@functools.lru_cache(maxsize=64)
def _words_by_value(language: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for word, value in languages.number_words(language).items():
        if len(word) >= 3:
            found.setdefault(str(value), []).append(word)
    return {value: tuple(words) for value, words in found.items()}



def _rename_acronyms(source_atoms: list[Atom], glossary: Glossary) -> None:
    """The values the target may carry for a source acronym, preferred first: a glossary may
    rename it (ONU → UN) and accept alternatives (OSDH or SOHR)."""
    for atom in source_atoms:
        if atom.family != "acronym":
            continue
        matches = glossary.find(atom.fact.text)
        if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(atom.fact.text):
            match = matches[0]
            renderings = (match.rendering, *match.entry.accept)
            atom.value, atom.alternatives = renderings[0], (atom.value, *renderings[1:])


def _match_renderings(
    atoms: list[Atom], language: str, other_atoms: list[Atom], other_text: str, other_language: str
) -> None:
    """An acronym left over that the other side writes its own way ("US" for "EE.UU.", "Estados
    Unidos" or "estadounidense"; "NSA" for "АНБ"; :func:`toolkit.languages.acronym_renderings`) is
    carried; so is an acronym of the other side inside that rendering ("EE", "UU")."""
    for atom in atoms:
        if atom.family != "acronym" or atom.matched:
            continue
        for form in languages.acronym_renderings(atom.fact.text, language, other_language):
            found = languages.rendering_pattern(form).search(other_text)
            if found is None:
                continue
            atom.matched = True
            for other in other_atoms:
                if other.family == "acronym" and found.start() <= other.fact.start < found.end():
                    other.matched = True
            break


def _expect_renderings(
    source_text: str,
    source_facts: tuple[Fact, ...],
    target_atoms: list[Atom],
    glossary: Glossary,
    target_language: str,
) -> None:
    """A glossary may render a written-out or lower-case term as an acronym (Otan → NATO): the
    acronym in the target is then expected, not extra."""
    acronyms = {f.start for f in source_facts if f.kind == "acronym"}
    allowed = Counter(
        m.rendering
        for m in glossary.find(source_text)
        if m.start not in acronyms and _is_acronym(m.rendering, target_language)
    )
    for atom in target_atoms:
        if atom.family == "acronym" and allowed[atom.value] > 0:
            allowed[atom.value] -= 1
            atom.matched = True


def _is_acronym(text: str, language: str) -> bool:
    facts = extract_facts(text, language)
    return bool(facts) and all(f.kind == "acronym" for f in facts)


def _quote_findings(source_facts: tuple[Fact, ...], target_facts: tuple[Fact, ...]) -> list[Finding]:
    """Quotes by count: a quote lost is a warning, one added a note; style and place are free."""
    source = [f for f in source_facts if f.kind == "quote"]
    target = [f for f in target_facts if f.kind == "quote"]
    return [finding("missing", f, "source", "warning") for f in source[len(target) :]] + [
        finding("extra", f, "target", "note") for f in target[len(source) :]
    ]
