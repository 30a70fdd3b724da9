"""Briefs: headline, lede, summaries at several lengths and key figures, in the reader's language.

Two orders, one result shape:

* ``summarize-first`` (the default: it is the cheaper) summarizes the source, then translates only
  the sentences the brief shows (headline, dateline, lede, summary sentences, the sentences that
  carry the key figures) in one ``Translator.translate_segments`` call.
* ``translate-first`` translates the whole article, then summarizes the translation. It costs a full
  translation but ranks sentences in the target language.

Both take the headline from the title (else the compressed lede), the lede from the first body
sentence and the key figures from the same source facts (:func:`toolkit.facts.extract_facts`), so
the two orders agree on those; the summary sentences may differ where the ranker scores the
translation differently. A key figure's phrase ("at least 242 dead", "14,000 displaced") is built
from the words around the number *in the brief's language* (its qualifier, then what happened to
the people counted, else the noun after it); its span points into the source. Summaries are nested
(:func:`toolkit.summarization.summarize_lengths`), so the longest one holds every sentence of the
shorter ones: the shipped templates show it, the JSON form carries all of them.

Templates: shipped ones by name (``brief.md.j2``, ``brief.txt.j2``, ``brief.html.j2``,
``brief.json.j2``), a user's file, or a user's folder (``brief.<format>.j2`` inside it). All render
in :mod:`toolkit.templating`'s sandboxed, time- and size-budgeted environment with strict undefined
variables; HTML output (by format, output file name or template name) is escaped throughout.
Templates see ``brief`` (the :meth:`Brief.to_dict` form: plain data only), ``labels``
(localized section names, ``templates/labels.yaml``) and ``language``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from .document import Document, Sentence, check_text, parse
from .errors import TemplateError, UsageError
from .facts import Fact, extract_facts
from .fidelity import FidelityReport
from .fidelity import check as check_fidelity
from .glossary import GlossaryReport
from .langcodes import check as check_language
from .resources import templates_dir
from .segment import CHARACTERS_PER_WORD, count_words
from .summarization import LENGTHS, Summary, candidates, credit, document_language, summarize_lengths

if TYPE_CHECKING:
    from .translation import GlossarySpec, Translator

__all__ = [
    "Brief",
    "BriefReview",
    "KeyFigure",
    "ReviewFinding",
    "brief",
    "build_brief",
    "compress",
    "headline",
    "render",
    "words",
]

Order = Literal["auto", "summarize-first", "translate-first"]
_ORDERS = ("auto", "summarize-first", "translate-first")
_FORMATS = ("md", "txt", "html", "json")
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
_CONNECTORS = frozenset("of de d des du del".split())


@dataclass(frozen=True)
class KeyFigure:
    """A figure of the story: ``phrase`` in the brief's language, ``value`` normalized (comparable
    across languages), ``source_text``/``start``/``end`` where it is written in the source copy."""

    value: str
    phrase: str
    kind: str
    source_text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "phrase": self.phrase,
            "kind": self.kind,
            "source_text": self.source_text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class ReviewFinding:
    """Something in a brief an editor must check: a figure, date, quote or acronym of the source
    (``problem`` "missing") or of the translation only ("extra"), the brief's sentence it concerns,
    and a ``note`` naming the likely cause ("millardos left untranslated")."""

    kind: str
    problem: str
    text: str
    sentence: str
    note: str
    severity: str = "warning"
    #: The words left untranslated in that sentence: the likely cause.
    cause: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "problem": self.problem,
            "text": self.text,
            "sentence": self.sentence,
            "note": self.note,
            "severity": self.severity,
            "cause": list(self.cause),
        }


@dataclass(frozen=True)
class BriefReview:
    """The "Needs review" part of a brief, about the sentences it shows only: the words the engine
    did not translate, and the findings an editor must check."""

    unknown_words: tuple[str, ...] = ()
    findings: tuple[ReviewFinding, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.unknown_words and not self.findings

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "unknown_words": list(self.unknown_words),
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass(frozen=True)
class Brief:
    """A brief of one article, with the provenance of every part.

    ``bullets`` maps each requested non-headline length to the summary sentences shown *after* the
    lede (document order): lede + bullets fit the length in delivered words.
    ``engine`` is ``"none"`` and ``fidelity`` is ``None`` when no translation was needed.
    """

    headline: str
    lede: str
    bullets: Mapping[str, tuple[str, ...]]
    key_figures: tuple[KeyFigure, ...]
    dateline: str | None
    agency: str | None
    source_name: str | None
    source_language: str
    target_language: str
    order: str
    engine: str
    model: str | None
    engine_version: str | None
    glossary_version: str | None
    glossary_report: GlossaryReport
    fidelity: FidelityReport | None
    summary_method: str
    lengths: tuple[str, ...] = field(default=())
    review: BriefReview = field(default=BriefReview())

    @property
    def longest(self) -> str | None:
        """The longest summary length in the brief: the one templates show (the others are nested
        in it, see :func:`toolkit.summarization.summarize_lengths`)."""
        return max(self.bullets, key=lambda name: LENGTHS[name], default=None)

    @property
    def translated(self) -> bool:
        return self.source_language != self.target_language

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, and what templates see as ``brief``."""
        return {
            "headline": self.headline,
            "lede": self.lede,
            "bullets": {name: list(sentences) for name, sentences in self.bullets.items()},
            "key_figures": [f.to_dict() for f in self.key_figures],
            "dateline": self.dateline,
            "agency": self.agency,
            "source_name": self.source_name,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "translated": self.translated,
            "order": self.order,
            "engine": self.engine,
            "model": self.model,
            "engine_version": self.engine_version,
            "glossary_version": self.glossary_version,
            "glossary_report": self.glossary_report.to_dict(),
            "fidelity": self.fidelity.to_dict() if self.fidelity is not None else None,
            "summary_method": self.summary_method,
            "lengths": list(self.lengths),
            "longest": self.longest,
            "review": self.review.to_dict(),
        }


# -- key figures -------------------------------------------------------------------------------


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
    stop = _stopwords(language)
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


# -- delivered text --------------------------------------------------------------------------

_ASIDE = re.compile(r"\s*\([^()]*\)")
# A short insertion between commas after a short subject: "Chevron, second American oil company, has".
_APPOSITION = re.compile(r"^((?:\S+\s){0,3}\S+), ((?:\S+\s){0,6}\S+), (?=\S)")
_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;!?])")
_GUILLEMETS = re.compile(r"«[ \u00a0\u202f]*([^«»]*?)[ \u00a0\u202f]*»")
_TRAILING = " ,;:-–—"


def _typography(text: str, language: str) -> str:
    """``text`` spaced the reader's way: French puts a space before ``: ; ! ?`` and inside « »,
    other languages do not ("Syria : …" → "Syria: …"); English quotes with “ ”."""
    text = " ".join(text.split())
    if language == "fr":
        return text
    text = _SPACE_BEFORE.sub(r"\1", text)
    if language == "en":
        text = _GUILLEMETS.sub(r"“\1”", text)
    else:
        text = _GUILLEMETS.sub(r"«\1»", text)
    return text


def words(text: str, language: str) -> int:
    """Words of ``text`` as its reader counts them: :func:`toolkit.segment.count_words`, or the
    number of blank-separated tokens when that is more (a lone dash takes a reader's space too)."""
    return max(count_words(text, language), len(text.split()))


def _stopwords(language: str) -> frozenset[str]:
    from .summarization import _stopwords as stopwords

    return stopwords(language)


def compress(text: str, limit: int, language: str, *, ellipsis: bool = False) -> str:
    """``text`` within ``limit`` words, cut where a reader can stop: after its leading clauses (at
    ``,`` ``;`` ``:`` or a dash), else before a function word that opens a phrase ("… Friday | of a
    decline"), never after a function word ("of", "the", "has"). Asides in brackets go first.
    ``ellipsis`` marks a cut sentence with "…" (ledes); headlines lose their full stop instead."""
    if words(text, language) <= limit:
        return text
    text = " ".join(_ASIDE.sub("", text).split())
    if words(text, language) > limit:
        text = _APPOSITION.sub(r"\1 ", text, count=1)
    if words(text, language) <= limit:
        return text
    ratio = CHARACTERS_PER_WORD.get(language)
    if ratio is not None and " " not in text.strip():
        return text[: limit * ratio] + ("…" if ellipsis else "")
    stop = _stopwords(language)
    tokens = list(re.finditer(r"\S+", text))
    bare = [t.group().strip("«»“”\"'()[],;:.!?¿¡").lower() for t in tokens]

    def ends_well(i: int) -> bool:
        return bool(bare[i]) and bare[i] not in stop and not tokens[i].group().endswith(("«", "“", "("))

    fits = [i for i in range(len(tokens)) if words(text[: tokens[i].end()], language) <= limit]
    floor = max(1, limit // 2)
    clause = [
        i
        for i in fits
        if i + 1 >= floor
        and ends_well(i)
        and (tokens[i].group().endswith((",", ";", ":")) or (i + 1 < len(tokens) and bare[i + 1] == ""))
    ]
    phrase = [
        i for i in fits if i + 1 >= floor and ends_well(i) and i + 1 < len(tokens) and bare[i + 1] in stop
    ]
    plain = [i for i in fits if ends_well(i)]
    best = max(clause or phrase or plain or fits[:1] or [0])
    cut = text[: tokens[best].end()].rstrip(_TRAILING)
    return cut + "…" if ellipsis else cut.rstrip(".")


def headline(text: str, language: str, limit: int = LENGTHS["headline"]) -> str:
    """A headline from a translated title or a lede: one line, at most ``limit`` words, no final
    full stop, cut at a clause or phrase boundary when too long (see :func:`compress`)."""
    text = _typography(text, language)
    if words(text, language) <= limit:
        return text.rstrip(".") if not text.endswith("..") else text
    return compress(text, limit, language)


# -- building ----------------------------------------------------------------------------------


_Key = tuple[int, int]


def _check(lengths: Sequence[str] | str, order: str) -> tuple[str, ...]:
    if order not in _ORDERS:
        raise UsageError(f"unknown order {order!r}; use one of: {', '.join(_ORDERS)}")
    lengths = (lengths,) if isinstance(lengths, str) else tuple(dict.fromkeys(lengths))
    unknown = [name for name in lengths if name not in LENGTHS]
    if unknown or not lengths:
        raise UsageError(
            f"unknown length {', '.join(map(str, unknown)) or '(none)'}; use some of: {', '.join(LENGTHS)}"
        )
    return lengths


def _summary_lengths(lengths: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted((n for n in lengths if n != "headline"), key=lambda n: LENGTHS[n]))


@dataclass(frozen=True)
class _Plan:
    """What a brief shows of the source, as source sentences: the parts both orders share."""

    document: Document
    title: Sentence | None
    lede: Sentence | None
    figures: tuple[tuple[Fact, Sentence], ...]


def _plan(document: Document, language: str) -> _Plan:
    pool = candidates(document)
    title = next((p.sentences[0] for p in document.paragraphs if p.role == "title" and p.sentences), None)
    return _Plan(document, title, pool[0] if pool else None, tuple(_figure_facts(document, language)))


def _all_summaries(document: Document | str, language: str) -> dict[str, Summary]:
    """Every named summary length, always: asking for one length gives the same sentences as asking
    for all (the summaries are nested, each extending the shorter ones)."""
    return summarize_lengths(document, _summary_lengths(tuple(LENGTHS)), language=language)


def _fit(
    summaries: Mapping[str, Sequence[tuple[_Key, str]]],
    every: Mapping[str, Summary],
    lede: _Key | None,
    reserved: int,
    language: str,
) -> dict[str, tuple[tuple[_Key, str], ...]]:
    """Each length's summary sentences after the lede, within its limit *in delivered words*
    (``reserved`` = dateline + lede). The engine may write more words than the source had: the
    sentences a longer length of ``every`` (all the nested summaries) added go first, latest first,
    so every length stays nested in the longer ones and is the same whichever lengths are asked."""
    level: dict[_Key, int] = {}
    for name in sorted(every, key=lambda n: LENGTHS[n]):
        for sentence in every[name].sentences:
            level.setdefault((sentence.start, sentence.end), LENGTHS[name])
    fitted: dict[str, tuple[tuple[_Key, str], ...]] = {}
    for name, chosen in summaries.items():
        kept = {key: text for key, text in chosen if key != lede and text.strip()}
        used = reserved + sum(words(t, language) for t in kept.values())
        for key in sorted(kept, key=lambda k: (-level[k], -k[0])):
            if used <= LENGTHS[name]:
                break
            used -= words(kept.pop(key), language)
        fitted[name] = tuple((k, kept[k]) for k in sorted(kept))
    return fitted


def _delivered_lede(text: str, reserved: int, language: str) -> str:
    """The lede as shown: within the shortest length once the dateline is counted (a long first
    sentence is cut after its leading clauses, marked "…")."""
    text = _typography(text, language)
    return compress(text, max(LENGTHS["short"] - reserved, 1), language, ellipsis=True)


def _translate(translator: Translator, texts: list[str], source: str, target: str) -> tuple[
    list[str], GlossaryReport, list[tuple[int, str]]
]:
    """Translate chosen sentences; the outputs, the glossary report and the words the engine did
    not translate as (segment index, word)."""
    done = translator.translate_segments_reviewed(texts, source=source, target=target)
    # Names the engine kept ("Chouinard") are usually right: an editor is not asked about them.
    unknown = [(w.segment, w.word) for w in done.unknown_words if not w.name]
    return list(done.outputs), done.glossary_report, unknown


def _review(
    pairs: Sequence[tuple[str, str]],
    unknown: Mapping[int, Sequence[str]],
    source: str,
    target: str,
    translator: Translator | None,
) -> tuple[BriefReview, FidelityReport]:
    """What an editor must check in the sentences the brief shows (``pairs`` of source and shown
    text): the words left untranslated, and each figure, date, quote or acronym that does not carry
    over, with its likely cause."""
    glossary = translator.glossary if translator is not None else None
    untranslated: dict[str, int] = {}
    for index in range(len(pairs)):
        for word in unknown.get(index, ()):
            untranslated[word] = untranslated.get(word, 0) + 1
    findings: list[ReviewFinding] = []
    reports: list[FidelityReport] = []
    for index, (source_text, shown) in enumerate(pairs):
        report = check_fidelity(
            source_text, shown, source_language=source, target_language=target, glossary=glossary
        )
        reports.append(report)
        left = tuple(dict.fromkeys(w for w in unknown.get(index, ()) if w in shown))
        cause = f"{', '.join(left)} left untranslated" if left else None
        for item in report.findings:
            if item.severity == "note" and not left:
                continue  # e.g. a number written in words: nothing an editor must check
            if item.problem == "missing":
                note = cause or f"{item.text} is not in the translation"
            else:
                note = cause or f"{item.text} is not in the source"
            findings.append(
                ReviewFinding(
                    item.kind, item.problem, item.text, shown, note, "error" if left else item.severity, left
                )
            )
    # One report for the brief, sentence by sentence (offsets index each sentence).
    fidelity = FidelityReport(
        findings=tuple(d for r in reports for d in r.findings),
        source_facts=tuple(f for r in reports for f in r.source_facts),
        target_facts=tuple(f for r in reports for f in r.target_facts),
    )
    return BriefReview(tuple(untranslated), tuple(findings)), fidelity


def build_brief(
    text_or_document: str | Document,
    *,
    translator: Translator | None = None,
    target: str = "en",
    source: str | None = None,
    lengths: Sequence[str] | str = ("headline", "short", "medium", "long"),
    length: str | None = None,
    order: Order = "auto",
    source_name: str | None = None,
) -> Brief:
    """Build the brief of an article in ``target`` with ``translator`` (needed only when the source
    language, given or detected, differs from ``target``). ``order="auto"`` is summarize-first.
    ``length="short"`` is ``lengths=("short",)``."""
    lengths = _check(length if length is not None else lengths, order)
    target = check_language(target, "target")
    source = check_language(source, "source") if source is not None else None
    document = _document(text_or_document, source)
    language = document_language(document, source)
    if document.language != language:
        document = parse(document.text, language)
    translate_first = order == "translate-first" and language != target
    plan = _plan(document, language)
    asked = _summary_lengths(lengths)
    common: dict[str, Any] = {"lengths": lengths, "source_name": source_name, "source_language": language,
                              "target_language": target, "agency": credit(document)}
    glossary = translator.glossary if translator is not None else None
    dateline = (
        document.dateline.render(target, source=language, glossary=glossary)
        if document.dateline is not None
        else None
    )
    reserved = words(dateline, target) if dateline else 0
    if language == target:
        summaries = _all_summaries(document, language)
        rendered = {(s.start, s.end): s.text for summary in summaries.values() for s in summary.sentences}
        return _finish(plan, rendered, summaries, asked, dateline, reserved, target, {},
                       **common, order="none", engine="none", model=None, engine_version=None,
                       glossary_version=None, glossary_report=GlossaryReport(), fidelity=None)
    if translator is None:
        raise UsageError(f"the article is in {language!r}: pass a translator to brief it in {target!r}")
    engine = translator.engine_for(language, target)
    provenance: dict[str, Any] = {
        "engine": engine.name,
        "model": engine.model_id(language, target),
        "engine_version": engine.version(),
        "glossary_version": translator.glossary.version if translator.glossary is not None else None,
    }
    if translate_first:
        translation = translator.translate(document.text, target=target, source=language)
        rendered = {(s.start, s.end): s.target for s in translation.segments}
        translated = parse(translation.text, target)
        summaries = _all_summaries(translated, target)
        unknown_words = [w for w in translation.review.unknown_words if not w.name]
        return _finish(plan, rendered, summaries, asked, dateline, reserved, target, {}, **common,
                       **provenance, order="translate-first", glossary_report=translation.glossary_report,
                       fidelity=translation.fidelity,
                       review=BriefReview(tuple(dict.fromkeys(w.word for w in unknown_words)),
                                          tuple(_findings_of(translation.fidelity))))
    summaries = _all_summaries(document, language)
    biggest = summaries[asked[-1]].sentences if asked else ()
    keys = {(s.start, s.end): s for s in biggest}
    for sentence in (plan.title, plan.lede, *(s for _, s in plan.figures)):
        if sentence is not None:
            keys[(sentence.start, sentence.end)] = sentence
    shown = [keys[k] for k in sorted(keys)]
    outputs, report, unknown = _translate(translator, [s.text for s in shown], language, target)
    rendered = {(s.start, s.end): out for s, out in zip(shown, outputs, strict=True)}
    unknown_by_key: dict[_Key, list[str]] = {}
    for index, word in unknown:
        unknown_by_key.setdefault((shown[index].start, shown[index].end), []).append(word)
    return _finish(plan, rendered, summaries, asked, dateline, reserved, target, unknown_by_key,
                   **common, **provenance, order="summarize-first", glossary_report=report,
                   translator=translator)


def _document(text: str | Document, source: str | None) -> Document:
    if isinstance(text, Document):
        return text
    return parse(check_text(text, "the article"), source)


def _findings_of(report: FidelityReport | None) -> list[ReviewFinding]:
    if report is None:
        return []
    return [
        ReviewFinding(d.kind, d.problem, d.text, "",
                      f"{d.text} is not in the {'translation' if d.problem == 'missing' else 'source'}",
                      d.severity)
        for d in report.findings
        if d.severity != "note"
    ]


def _finish(
    plan: _Plan,
    rendered: Mapping[_Key, str],
    summaries: Mapping[str, Summary],
    asked: Sequence[str],
    dateline: str | None,
    reserved: int,
    language: str,
    unknown: Mapping[_Key, Sequence[str]],
    *,
    translator: Translator | None = None,
    **fields: Any,
) -> Brief:
    """The brief from what it shows. ``rendered`` maps spans to their text in the brief's language:
    spans of the source (summarize-first), or of the translation too (translate-first, whose
    ``summaries`` choose among the translation's sentences)."""

    def show(sentence: Sentence) -> str:
        key = (sentence.start, sentence.end)
        if key in rendered:
            return rendered[key]
        # A lede whose credit ("(CNN)") was trimmed starts inside its translated segment.
        around = [k for k in rendered if k[0] <= sentence.start < k[1]]
        return rendered[around[0]] if around else sentence.text

    translate_first = fields.get("order") == "translate-first"
    lede = _delivered_lede(show(plan.lede), reserved, language) if plan.lede is not None else ""
    reserved += words(lede, language)
    lede_key = (plan.lede.start, plan.lede.end) if plan.lede is not None and not translate_first else None
    chosen = {
        name: [
            ((s.start, s.end), _typography(s.text if translate_first else show(s), language))
            for s in summaries[name].sentences
        ]
        for name in asked
    }
    if translate_first and plan.lede is not None:
        # The translated lede is among the translation's sentences: never shown twice.
        first = _typography(show(plan.lede), language)
        chosen = {name: [(k, t) for k, t in c if t != first] for name, c in chosen.items()}
    fitted = _fit(chosen, summaries, lede_key, reserved, language)
    if plan.title is not None:
        head = headline(show(plan.title), language)
    elif plan.lede is not None:
        head = headline(show(plan.lede), language)
    else:
        head = ""
    figures = _key_figures(plan.figures, {s.start: show(s) for _, s in plan.figures}, language)
    if fields.get("engine") != "none" and not translate_first:
        by_key = {(s.start, s.end): s for summary in summaries.values() for s in summary.sentences}
        pairs: list[tuple[str, str]] = []
        unknown_at: dict[int, Sequence[str]] = {}
        # Headline and lede are compared uncut: what a cut leaves out is no translation fault.
        shown = [(plan.title, _typography(show(plan.title), language) if plan.title else head)]
        shown += [(plan.lede, _typography(show(plan.lede), language) if plan.lede else lede)]
        shown += [(by_key[k], t) for k, t in (fitted[asked[-1]] if asked else ())]
        for sentence, text in shown:
            if sentence is not None:
                unknown_at[len(pairs)] = unknown.get((sentence.start, sentence.end), ())
                pairs.append((sentence.text, text))
        fields["review"], fields["fidelity"] = _review(
            pairs, unknown_at, fields["source_language"], language, translator
        )
    methods = {summaries[name].method for name in asked}
    return Brief(
        headline=head,
        lede=lede,
        bullets=MappingProxyType({name: tuple(t for _, t in fitted[name]) for name in asked}),
        key_figures=figures,
        dateline=dateline,
        summary_method="+".join(sorted(methods | {"title" if plan.title is not None else "lede-compressed"})),
        **fields,
    )


def brief(
    text: str | Document,
    *,
    target: str = "en",
    lengths: Sequence[str] | str = ("headline", "short", "medium", "long"),
    length: str | None = None,
    glossary: GlossarySpec = None,
    engine: str | None = None,
    order: Order = "auto",
    source: str | None = None,
    source_name: str | None = None,
) -> Brief:
    """The brief of ``text`` in ``target``; a translator (``engine``, ``glossary``) is created, and
    closed, only when the article is in another language. ``length="short"`` asks for one length
    (same as ``lengths=("short",)``). Reuse a :class:`toolkit.Pipeline` for many texts."""
    target = check_language(target, "target")
    source = check_language(source, "source") if source is not None else None
    document = _document(text, source)
    language = document_language(document, source)
    common: dict[str, Any] = {
        "target": target,
        "source": language,
        "lengths": lengths,
        "length": length,
        "order": order,
        "source_name": source_name,
    }
    if language == target:
        return build_brief(document, **common)
    from .translation import Translator

    with Translator(engine, glossary=glossary) as translator:
        return build_brief(document, translator=translator, **common)


# -- rendering ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _labels() -> Mapping[str, Mapping[str, str]]:
    import yaml

    path = templates_dir() / "labels.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return MappingProxyType({lang: MappingProxyType(dict(values)) for lang, values in data.items()})


def labels(language: str) -> Mapping[str, str]:
    """Section names in ``language`` (English where a label has no translation)."""
    table = _labels()
    return MappingProxyType({**table["en"], **table.get(language, {})})


def _locate(template: str | Path, format: str | None) -> tuple[list[Path], str]:
    """Search path and template name for a shipped name, a user file or a user folder."""
    shipped = templates_dir()
    path = Path(template)
    if path.is_dir():
        name = f"brief.{format or 'md'}.j2"
        if not (path / name).is_file():
            raise TemplateError(f"{path}: has no {name}; add it or pass the template file itself")
        return [path, shipped], name
    if path.is_file():
        return [path.parent, shipped], path.name
    if path.name == str(template) and (shipped / path.name).is_file():
        return [shipped], path.name
    available = ", ".join(sorted(p.name for p in shipped.glob("*.j2")))
    raise TemplateError(
        f"template {template}: no such file or shipped template; use a path or one of {available}"
    )


def _marks(review: BriefReview) -> Callable[[str], list[dict[str, str | None]]]:
    """For templates: ``marks(text)`` cuts a sentence into pieces, each ``{"text", "mark"}`` where
    ``mark`` is "unknown" (a word the engine did not translate), "finding" (a figure, date or quote
    an editor must check) or None, so that an HTML template can highlight them and still escape."""
    found = {w: "unknown" for w in review.unknown_words}
    found.update({f.text: "finding" for f in review.findings if f.problem == "extra" and f.text not in found})
    alternatives = "|".join(re.escape(t) for t in sorted(found, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)") if found else None

    def marks(text: str) -> list[dict[str, str | None]]:
        if pattern is None:
            return [{"text": text, "mark": None}]
        pieces: list[dict[str, str | None]] = []
        cursor = 0
        for match in pattern.finditer(text):
            if match.start() > cursor:
                pieces.append({"text": text[cursor : match.start()], "mark": None})
            pieces.append({"text": match.group(), "mark": found[match.group()]})
            cursor = match.end()
        if cursor < len(text):
            pieces.append({"text": text[cursor:], "mark": None})
        return pieces

    return marks


def _format_of(template: str | Path) -> str | None:
    """The output format a template's name says it writes ("brief.html.j2" → "html"), if any."""
    stem = re.sub(r"\.(j2|jinja2?|tmpl)$", "", Path(template).name.lower())
    suffix = stem.rsplit(".", 1)[-1] if "." in stem else ""
    return {"htm": "html", "markdown": "md", "text": "txt"}.get(suffix, suffix) if suffix else None


def render(
    brief: Brief,
    template: str | Path | None = None,
    *,
    format: str | None = None,
    output: str | Path | None = None,
) -> str:
    """Render ``brief`` as ``format`` (md, txt, html or json; default md) with the shipped template,
    or with ``template``: a shipped template name, a template file, or a folder holding
    ``brief.<format>.j2``. A template whose name says another format than ``format`` is refused.
    Rendering is sandboxed and budgeted (:mod:`toolkit.templating`); HTML output (``format="html"``,
    an ``output`` file named ``*.html``, or an HTML template) is escaped, in the template and
    everything it includes."""
    if not isinstance(brief, Brief):
        raise UsageError(f"render() takes a Brief (from toolkit.brief()), not {type(brief).__name__}")
    if format is not None and format not in _FORMATS:
        raise UsageError(f"unknown format {format!r}; use one of: {', '.join(_FORMATS)}")
    if template is None:
        template = f"brief.{format or 'md'}.j2"
    elif format is not None and not Path(template).is_dir():
        written = _format_of(template)
        if written in _FORMATS and written != format:
            raise UsageError(
                f"template {Path(template).name} writes {written}, not {format}: drop format= or "
                f"use brief.{format}.j2"
            )
    from . import languages
    from .templating import create_environment, escapes_html, render_template

    search, name = _locate(template, format)
    environment = create_environment(search, autoescape=escapes_html(format, output, name))
    target = brief.target_language
    context = {
        "brief": brief.to_dict(),
        "labels": dict(labels(target)),
        "language": target,
        "direction": languages.text_direction(target),
        "source_language_name": languages.language_name(brief.source_language, target),
        "marks": _marks(brief.review),
    }
    return render_template(environment, name, context)
