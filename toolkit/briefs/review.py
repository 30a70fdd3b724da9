"""What an editor must check in a brief: the words left untranslated and the facts that do not
carry over, with their likely cause."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from ..fidelity import FidelityReport
from ..fidelity import check as check_fidelity
from .model import BriefReview, ReviewFinding
from .wording import CLAUSE_MARKS

if TYPE_CHECKING:
    from ..glossary import Glossary
    from ..review import UnknownWord


def _listed(words: Iterable[UnknownWord]) -> dict[str, tuple[str, ...]]:
    """The words of a brief's review, each once, in order: ``unknown_words`` (left untranslated)
    and ``uninflected_words`` (translated, but not put in their form)."""
    lists: dict[str, dict[str, None]] = {"unknown_words": {}, "uninflected_words": {}}
    for word in words:
        lists["uninflected_words" if word.kind == "uninflected" else "unknown_words"][word.word] = None
    return {name: tuple(listed) for name, listed in lists.items()}


def _review(
    pairs: Sequence[tuple[str, str]],
    unknown: Mapping[int, Sequence[UnknownWord]],
    source: str,
    target: str,
    glossary: Glossary | None,
) -> tuple[BriefReview, FidelityReport]:
    """What an editor must check in the sentences the brief shows (``pairs`` of source and shown
    text): the words left untranslated or uninflected, and each figure, date, quote or acronym that
    does not carry over, with its likely cause."""
    findings: list[ReviewFinding] = []
    reports: list[FidelityReport] = []
    for index, (source_text, shown) in enumerate(pairs):
        report = check_fidelity(
            source_text, shown, source_language=source, target_language=target, glossary=glossary
        )
        reports.append(report)
        # A word the engine could not inflect was translated: it loses no figure.
        words_left = tuple(w for w in _listed(unknown.get(index, ()))["unknown_words"] if w in shown)
        # A word left untranslated explains a figure, date or quote that did not carry over; not an
        # acronym (one the engine left as it was is still there, and "ONU" → "UN" is a rendering),
        # nor a number in words the translation adds ("the first time", "a couple": idioms).
        idioms = {(f.start, f.end) for f in report.target_facts if f.spelled and f.kind == "number"}
        for item in report.findings:
            idiom = item.problem == "extra" and (item.start, item.end) in idioms
            explained = item.kind != "acronym" and not idiom
            left = _causes(item.text, item.kind, shown, words_left) if explained else ()
            cause = f"{', '.join(left)} left untranslated" if left else None
            # A number in words lost where the engine left words untranslated is checked, though no
            # word left spells it ("neuf" → "new": "the new States"): the translation is shaky there.
            shaky = explained and bool(words_left)
            if item.severity == "note" and not left and not shaky:
                continue  # e.g. a number written in words: nothing an editor must check
            if item.problem == "missing":
                note = cause or f"{item.text} is not in the translation"
            else:
                note = cause or f"{item.text} is not in the source"
            severity = "error" if left else "warning" if item.severity == "note" else item.severity
            findings.append(ReviewFinding(item.kind, item.problem, item.text, shown, note, severity, left))
    # One report for the brief, sentence by sentence (offsets index each sentence).
    fidelity = FidelityReport(
        findings=tuple(d for r in reports for d in r.findings),
        source_facts=tuple(f for r in reports for f in r.source_facts),
        target_facts=tuple(f for r in reports for f in r.target_facts),
    )
    listed = _listed(w for index in range(len(pairs)) for w in unknown.get(index, ()))
    return BriefReview(findings=tuple(findings), **listed), fidelity


def _causes(fact: str, kind: str, shown: str, words: Sequence[str]) -> tuple[str, ...]:
    """The words left untranslated that likely cost the fact ``fact`` (of ``kind``) of the source.
    Where its number is in the ``shown`` sentence, those in the few words after it in its clause,
    where its scale and unit stand ("millardos" of "38 millardos of books" for "38 milliards de
    livres", not every word the sentence left), or for a date also before it, where its month may
    stand ("March 4"); none if no word left is there ("Marcha 4, … prosecutors": the month was
    mistranslated, not left). Where its number is not shown, all ``words``. A fact without a digit
    (a number in words, a month, a quote) is cost by a word spelt like one of its own, left as it
    was or in the pivot language ("treintena" for "trentaine", "March"), or by none of them."""
    number = _NUMBER.search(fact)
    if number is None:
        return tuple(w for w in words if _spelt_alike(fact, w))
    spans = [m.span() for m in re.finditer(rf"(?<![\d.,]){re.escape(number.group())}(?!\d)", shown)]
    if not spans:
        return tuple(words)
    before = _NEAR if kind == "date" else 0

    def near(word: str) -> bool:
        for place in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", shown):
            for start, end in spans:
                if start - before <= place.start() <= end + _NEAR:
                    after = place.start() >= start
                    between = shown[end : place.start()] if after else shown[place.end() : start]
                    if not _CLAUSE_MARK.search(between):
                        return True
        return False

    return tuple(word for word in words if near(word))


def _spelt_alike(fact: str, word: str) -> bool:
    return any(
        SequenceMatcher(None, part.casefold(), word.casefold()).ratio() >= _ALIKE for part in fact.split()
    )


_NUMBER = re.compile(r"\d+")
# A clause mark, not a decimal comma ("4,5 millardos").
_CLAUSE_MARK = re.compile("[" + re.escape("".join(CLAUSE_MARKS)) + r"](?!\d)")
# How alike (difflib's ratio) a word left untranslated and a number word must be spelt to be taken
# for its translation: "trentaine"/"treintena" 0.67, "cinquantaine"/"cincuentena" 0.61, while
# "neuf"/"fronde" is 0.4.
_ALIKE = 0.6
# How far after a number (or before a date's), in characters, an untranslated word is taken for
# what cost it (three or four words: "38 millardos of books").
_NEAR = 25
