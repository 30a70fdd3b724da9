"""Key figures: the numbers of a story chosen in the source, phrased from the brief's own
sentences in the delivered language."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from ..document import Document, Sentence
from ..facts import Fact, extract_facts
from ..summarization import candidates, stopwords
from .model import KeyFigure

#: At most this many key figures per brief, in document order.
MAX_FIGURES = 5

# Words before a number that belong to the figure, and what the clause after it says happened to
# the people counted. Keys are prefixes of lower-cased words; values the brief's wording.
_QUALIFIERS = MappingProxyType(
    {
        "en": (
            "at least",
            "more than",
            "over",
            "nearly",
            "almost",
            "about",
            "around",
            "some",
            "up to",
            "fewer than",
            "less than",
            "roughly",
            "approximately",
            "an estimated",
        ),
        "fr": (
            "au moins",
            "plus de",
            "près de",
            "environ",
            "quelque",
            "jusqu'à",
            "moins de",
            "une",
            "un peu plus de",
            "quelques",
        ),
        "es": ("al menos", "más de", "cerca de", "unos", "unas", "alrededor de", "casi", "hasta", "menos de"),
    }
)
_OUTCOMES = MappingProxyType(
    {
        "en": (
            ("kill", "dead"),
            ("dead", "dead"),
            ("die", "dead"),
            ("wound", "injured"),
            ("injur", "injured"),
            ("displac", "displaced"),
            ("fled", "displaced"),
            ("flee", "displaced"),
            ("arrest", "arrested"),
            ("detain", "detained"),
            ("missing", "missing"),
            ("evacuat", "evacuated"),
        ),
        "fr": (
            ("tué", "morts"),
            ("mort", "morts"),
            ("décéd", "morts"),
            ("péri", "morts"),
            ("bless", "blessés"),
            ("déplac", "déplacés"),
            ("arrêt", "arrêtés"),
            ("interpell", "arrêtés"),
            ("disparu", "disparus"),
            ("évacu", "évacués"),
        ),
        "es": (
            ("muert", "muertos"),
            ("fallec", "muertos"),
            ("matad", "muertos"),
            ("herid", "heridos"),
            ("desplaz", "desplazados"),
            ("detenid", "detenidos"),
            ("desaparec", "desaparecidos"),
        ),
    }
)
_FIGURE_KINDS = ("number", "percent", "money")
_WORD = re.compile(r"[\w'’-]+")


def _too_plain(fact: Fact) -> bool:
    """Years ("2016") and small numbers in words ("deux départements") are no key figures."""
    if fact.kind != "number":
        return False
    if fact.text.isalpha():
        return float(fact.value) < 10
    return fact.text.isdigit() and len(fact.text) == 4 and 1800 <= int(fact.text) <= 2100


def _figure_facts(document: Document, language: str) -> list[tuple[Fact, Sentence]]:
    """Up to MAX_FIGURES number facts of the body (nothing plain, nothing quoted), one per value."""
    pool = candidates(document)
    facts = extract_facts(document.text, language)
    quotes = [(f.start, f.end) for f in facts if f.kind == "quote"]
    chosen: list[tuple[Fact, Sentence]] = []
    seen: set[str] = set()
    text = document.text
    for fact in facts:
        if fact.kind not in _FIGURE_KINDS or _too_plain(fact) or fact.value in seen:
            continue
        if any(s <= fact.start and fact.end <= e for s, e in quotes):
            continue
        # A number glued to a name is part of it, not a figure: "SA-8", "M23", "D2", "9/11".
        before = text[fact.start - 1] if fact.start else " "
        after = text[fact.end] if fact.end < len(text) else " "
        if before.isalnum() or before in "-/" or after.isalpha() or (after in "-/" and fact.kind == "number"):
            continue
        mixed = any(ch.isalpha() for ch in fact.text) and any(ch.isdigit() for ch in fact.text)
        if mixed and fact.kind == "number":
            continue
        sentence = next((s for s in pool if s.start <= fact.start and fact.end <= s.end), None)
        if sentence is None:
            continue
        seen.add(fact.value)
        chosen.append((fact, sentence))
    # The most newsworthy first: people counted (killed, displaced...), money, shares, the rest;
    # within each, in the order the story gives them.
    return sorted(chosen, key=lambda pair: _rank(document.text, pair[0], language))[:MAX_FIGURES]


def _rank(text: str, fact: Fact, language: str) -> tuple[int, int]:
    words = _WORD.findall(text[fact.end : fact.end + 120])[:12]
    counted = any(w.lower().startswith(prefix) for w in words for prefix, _ in _OUTCOMES.get(language, ()))
    kind = {"money": 1, "percent": 2}.get(fact.kind, 3)
    return (0 if counted and fact.kind == "number" else kind, fact.start)


def _phrase(text: str, fact: Fact, next_start: int, language: str) -> str:
    """ "at least 242 dead": the number as written, its qualifier, and what happened (else its noun)."""
    before = " ".join(text[: fact.start].split()).lower()
    qualifier = next(
        (
            q
            for q in sorted(_QUALIFIERS.get(language, ()), key=len, reverse=True)
            if before.endswith(" " + q) or before == q or before.endswith("'" + q) or before.endswith("’" + q)
        ),
        None,
    )
    words = _WORD.findall(text[fact.end : next_start])
    outcome = next(
        (
            label
            for w in words[:12]
            for prefix, label in _OUTCOMES.get(language, ())
            if w.lower().startswith(prefix)
        ),
        None,
    )
    if outcome:
        return " ".join([*([qualifier] if qualifier else []), fact.text, outcome])
    return _clause_phrase(text, fact, language)


_CLAUSE_STOP = (",", ";", ":", "(", "«", "“", '"', "—", "–")
_CLAUSE_END = (",", ";", ":", ".", ")", "»", "”", '"', "!", "?")


def _clause_phrase(text: str, fact: Fact, language: str) -> str:
    """A figure with its subject, from the clause that holds it ("net profit fell to $4.95bn", "the
    proportion of toxic assets from 55%"): up to six words before the number and three after, within
    the clause, without function words at either end (the number's own qualifier stays)."""
    stop = stopwords(language)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    first = next((i for i, (a, b) in enumerate(spans) if a <= fact.start < b), None)
    last = next((i for i, (a, b) in enumerate(spans) if a < fact.end <= b), first)
    if first is None or last is None:
        return fact.text
    left = first
    while left > 0 and first - left < 6:
        previous = text[spans[left - 1][0] : spans[left - 1][1]]
        if previous.endswith(_CLAUSE_STOP) or previous in ("-", "–", "—"):
            break
        left -= 1
    right = last
    while right + 1 < len(spans) and right - last < 3:
        if text[spans[right][0] : spans[right][1]].endswith(_CLAUSE_END):
            break
        right += 1
    tokens = text[spans[left][0] : spans[right][1]].split()
    number = first - left

    def bare(token: str) -> str:
        return token.strip("«»“”\"'()[],;:.!?").lower()

    # Function words may lead up to the number only as its qualifier ("at least", "more than").
    while number > 0 and bare(tokens[0]) in stop and not all(bare(t) in stop for t in tokens[:number]):
        tokens.pop(0)
        number -= 1
    while len(tokens) - 1 > number + (last - first) and (bare(tokens[-1]) in stop or not bare(tokens[-1])):
        tokens.pop()
    return " ".join(tokens).strip(" ,;:.«»“”\"()")


def _figures_in(text: str, language: str) -> dict[str, tuple[Fact, int]]:
    """Number facts of ``text`` by value, with where the next number starts (the phrase stops there)."""
    facts = [f for f in extract_facts(text, language) if f.kind in _FIGURE_KINDS]
    found: dict[str, tuple[Fact, int]] = {}
    for i, fact in enumerate(facts):
        found.setdefault(fact.value, (fact, facts[i + 1].start if i + 1 < len(facts) else len(text)))
    return found


def _key_figures(
    chosen: Sequence[tuple[Fact, Sentence]], rendered: Mapping[int, str], language: str
) -> tuple[KeyFigure, ...]:
    """Phrase each chosen source fact from its sentence as the brief shows it (``rendered`` by
    sentence start). A figure the translation lost is left out: it cannot be phrased in the brief's
    language, and the fidelity report already names it."""
    figures: list[KeyFigure] = []
    for fact, sentence in chosen:
        text = rendered.get(sentence.start, sentence.text)
        found = _figures_in(text, language)
        match = found.get(fact.value)
        at = text.find(fact.text) if match is None else -1
        if match is None and at >= 0:
            # The engine kept the number as written ("14.000") but the target's reading differs.
            later = [f.start for f, _ in found.values() if f.start > at]
            match = (
                Fact(fact.kind, fact.text, fact.value, at, at + len(fact.text)),
                min(later, default=len(text)),
            )
        if match is not None:
            phrase = _phrase(text, match[0], match[1], language)
            # A bare number says nothing; a phrase inside another figure's says it twice.
            if len(phrase.split()) < 2 or any(phrase in f.phrase or f.phrase in phrase for f in figures):
                continue
            figures.append(KeyFigure(fact.value, phrase, fact.kind, fact.text, fact.start, fact.end))
    return tuple(figures)
