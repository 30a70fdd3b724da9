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
(:func:`toolkit.summarize.summarize_lengths`), so the longest one holds every sentence of the
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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from .document import Document, Sentence, parse
from .errors import TemplateError, UsageError
from .facts import Fact, extract_facts
from .fidelity import FidelityReport
from .fidelity import check as check_fidelity
from .glossary import GlossaryReport
from .langcodes import check as check_language
from .resources import templates_dir
from .summarize import LENGTHS, Summary, candidates, clip, credit, document_language, summarize_lengths

if TYPE_CHECKING:
    from .translate import GlossarySpec, Translator

__all__ = ["Brief", "KeyFigure", "brief", "build_brief", "render"]

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
class Brief:
    """A brief of one article, with the provenance of every part.

    ``bullets`` maps each requested non-headline length to its summary sentences (document order).
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

    @property
    def longest(self) -> str | None:
        """The longest summary length in the brief: the one templates show (the others are nested
        in it, see :func:`toolkit.summarize.summarize_lengths`)."""
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
    for fact in facts:
        if fact.kind not in _FIGURE_KINDS or _too_plain(fact) or fact.value in seen:
            continue
        if any(s <= fact.start and fact.end <= e for s, e in quotes):
            continue
        sentence = next((s for s in pool if s.start <= fact.start and fact.end <= s.end), None)
        if sentence is None:
            continue
        seen.add(fact.value)
        chosen.append((fact, sentence))
        if len(chosen) == MAX_FIGURES:
            break
    return chosen


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
    parts = [qualifier] if qualifier else []
    parts.append(fact.text)
    if outcome:
        parts.append(outcome)
    elif fact.kind == "number" and words:
        parts.append(words[0])
        if words[0].lower() in _CONNECTORS and len(words) > 1:
            parts.append(words[1])
    return " ".join(parts)


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
    figures = []
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
            figures.append(KeyFigure(fact.value, phrase, fact.kind, fact.text, fact.start, fact.end))
    return tuple(figures)


# -- building ----------------------------------------------------------------------------------


def _strip_dash(dateline: str | None) -> str | None:
    """A dateline without its closing dash: templates put their own separator after it."""
    return dateline.rstrip(" -–—") if dateline is not None else None


def _dateline_text(document: Document) -> str | None:
    return _strip_dash(document.dateline.text if document.dateline is not None else None)


def _check(lengths: Sequence[str], order: str) -> tuple[str, ...]:
    if order not in _ORDERS:
        raise UsageError(f"unknown order {order!r}; use one of: {', '.join(_ORDERS)}")
    lengths = tuple(dict.fromkeys(lengths))
    unknown = [name for name in lengths if name not in LENGTHS]
    if unknown or not lengths:
        raise UsageError(
            f"unknown length {', '.join(unknown) or '(none)'}; use some of: {', '.join(LENGTHS)}"
        )
    return lengths


@dataclass(frozen=True)
class _Plan:
    """What a brief shows of the source, as source sentences: the parts both orders share."""

    document: Document
    headline: Summary
    lede: Sentence | None
    figures: tuple[tuple[Fact, Sentence], ...]

    def sentences(self, summaries: Sequence[Summary] = ()) -> list[Sentence]:
        """The headline's, lede's, figures' and ``summaries``' sentences, each once, in document order."""
        spans = {s.start: s for summary in (self.headline, *summaries) for s in summary.sentences}
        spans.update({s.start: s for _, s in self.figures})
        if self.lede is not None:
            spans[self.lede.start] = self.lede
        return [spans[k] for k in sorted(spans)]


def _plan(document: Document, language: str, lengths: Sequence[str] = ()) -> tuple[_Plan, dict[str, Summary]]:
    """The shared parts of a brief, and the document's nested summaries at ``lengths``."""
    summaries = summarize_lengths(
        document, ("headline", *(n for n in lengths if n != "headline")), language=language
    )
    pool = candidates(document)
    plan = _Plan(
        document=document,
        headline=summaries.pop("headline"),
        lede=pool[0] if pool else None,
        figures=tuple(_figure_facts(document, language)),
    )
    return plan, summaries


def _parts(
    plan: _Plan,
    rendered: Mapping[int, str],
    bullets: Mapping[str, tuple[str, ...]],
    dateline: str | None,
    language: str,
    methods: set[str],
) -> dict[str, Any]:
    """The fields every brief has, from the source plan and its sentences as shown (``rendered``
    maps a source sentence's start to its text in the brief's language; absent = untranslated)."""

    def show(sentence: Sentence) -> str:
        if sentence.start in rendered:
            return rendered[sentence.start]
        # A lede whose credit ("(CNN)") was trimmed starts inside its translated segment.
        before = [start for start in rendered if start <= sentence.start]
        return rendered[max(before)] if before else sentence.text

    source = plan.headline.sentences[0] if plan.headline.sentences else None
    headline = plan.headline.text
    if rendered and source is not None:
        headline = show(source)
        if plan.headline.method != "title" or len(headline.split()) > LENGTHS["headline"]:
            headline = clip(headline)
    return {
        "headline": " ".join(headline.split()),
        "lede": show(plan.lede) if plan.lede is not None else "",
        "bullets": MappingProxyType(dict(bullets)),
        "key_figures": _key_figures(plan.figures, {s.start: show(s) for _, s in plan.figures}, language),
        "dateline": dateline,
        "agency": credit(plan.document),
        "summary_method": "+".join(sorted(methods | {plan.headline.method})),
    }


def build_brief(
    text_or_document: str | Document,
    *,
    translator: Translator | None = None,
    target: str = "en",
    source: str | None = None,
    lengths: Sequence[str] = ("headline", "short", "medium", "long"),
    order: Order = "auto",
    source_name: str | None = None,
) -> Brief:
    """Build the brief of an article in ``target`` with ``translator`` (needed only when the source
    language, given or detected, differs from ``target``). ``order="auto"`` is summarize-first."""
    lengths = _check(lengths, order)
    target = check_language(target, "target")
    source = check_language(source, "source") if source is not None else None
    document = text_or_document if isinstance(text_or_document, Document) else parse(text_or_document, source)
    language = document_language(document, source)
    if document.language != language:
        document = parse(document.text, language)
    # Translate-first summarizes the translation: the source needs only the shared parts.
    translate_first = order == "translate-first" and language != target
    plan, summaries = _plan(document, language, () if translate_first else lengths)
    dateline = _dateline_text(document)
    common = {
        "lengths": lengths,
        "source_name": source_name,
        "source_language": language,
        "target_language": target,
    }
    if language == target:
        bullets = {n: tuple(s.text for s in summary.sentences) for n, summary in summaries.items()}
        methods = {s.method for s in summaries.values()}
        return Brief(
            **_parts(plan, {}, bullets, dateline, language, methods),
            **common,
            order="none",
            engine="none",
            model=None,
            engine_version=None,
            glossary_version=None,
            glossary_report=GlossaryReport(),
            fidelity=None,
        )
    if translator is None:
        raise UsageError(f"the article is in {language!r}: pass a translator to brief it in {target!r}")
    engine = translator.engine_for(language, target)
    provenance = {
        "engine": engine.name,
        "model": engine.model_id(language, target),
        "engine_version": engine.version(),
        "glossary_version": translator.glossary.version if translator.glossary is not None else None,
    }
    if translate_first:
        translation = translator.translate(document.text, target=target, source=language)
        rendered = {segment.start: segment.target for segment in translation.segments}
        translated = parse(translation.text, target)
        summaries = summarize_lengths(translated, [n for n in lengths if n != "headline"], language=target)
        bullets = {n: tuple(s.text for s in summary.sentences) for n, summary in summaries.items()}
        target_dateline = rendered.get(document.dateline.start) if document.dateline is not None else None
        return Brief(
            **_parts(
                plan,
                rendered,
                bullets,
                _strip_dash(target_dateline),
                target,
                {s.method for s in summaries.values()},
            ),
            **common,
            **provenance,
            order="translate-first",
            glossary_report=translation.glossary_report,
            fidelity=translation.fidelity,
        )
    shown = plan.sentences(tuple(summaries.values()))
    outputs, report = translator.translate_segments(
        [s.text for s in shown] + ([dateline] if dateline else []), source=language, target=target
    )
    rendered = {s.start: out for s, out in zip(shown, outputs, strict=False)}
    bullets = {n: tuple(rendered[s.start] for s in summary.sentences) for n, summary in summaries.items()}
    fidelity = check_fidelity(
        "\n".join(s.text for s in shown),
        "\n".join(outputs[: len(shown)]),
        source_language=language,
        target_language=target,
        glossary=translator.glossary,
    )
    target_dateline = _strip_dash(outputs[-1]) if dateline else None
    return Brief(
        **_parts(plan, rendered, bullets, target_dateline, target, {s.method for s in summaries.values()}),
        **common,
        **provenance,
        order="summarize-first",
        glossary_report=report,
        fidelity=fidelity,
    )


def brief(
    text: str | Document,
    *,
    target: str = "en",
    lengths: Sequence[str] = ("headline", "short", "medium", "long"),
    glossary: GlossarySpec = None,
    engine: str | None = None,
    order: Order = "auto",
    source: str | None = None,
    source_name: str | None = None,
) -> Brief:
    """The brief of ``text`` in ``target``; a translator (``engine``, ``glossary``) is created, and
    closed, only when the article is in another language. Reuse a :class:`toolkit.Pipeline` for many."""
    target = check_language(target, "target")
    source = check_language(source, "source") if source is not None else None
    document = text if isinstance(text, Document) else parse(text, source)
    language = document_language(document, source)
    common = {
        "target": target,
        "source": language,
        "lengths": lengths,
        "order": order,
        "source_name": source_name,
    }
    if language == target:
        return build_brief(document, **common)
    from .translate import Translator

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


def render(
    brief: Brief,
    template: str | Path = "brief.md.j2",
    *,
    format: str | None = None,
    output: str | Path | None = None,
) -> str:
    """Render ``brief`` with a shipped template name, a template file, or a folder holding
    ``brief.<format>.j2``. Rendering is sandboxed and budgeted (:mod:`toolkit.templating`); HTML
    output (``format="html"``, an ``output`` file named ``*.html``, or an HTML template) is escaped,
    in the template and everything it includes."""
    if format is not None and format not in _FORMATS:
        raise UsageError(f"unknown format {format!r}; use one of: {', '.join(_FORMATS)}")
    from .templating import create_environment, escapes_html, render_template

    search, name = _locate(template, format)
    environment = create_environment(search, autoescape=escapes_html(format, output, name))
    context = {
        "brief": brief.to_dict(),
        "labels": dict(labels(brief.target_language)),
        "language": brief.target_language,
    }
    return render_template(environment, name, context)
