"""Building a brief: what it shows of the source, translated (summarize-first) or chosen from
the translation (translate-first), fitted to the named lengths in delivered words."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from ..document import Document, Sentence, check_text, parse
from ..errors import UsageError
from ..facts import Fact
from ..glossary import GlossaryReport
from ..langcodes import check as check_language
from ..review import UnknownWord
from ..segment import count_words, without_full_stop
from ..summarization import LENGTHS, Ranking, Summary, candidates, credit, document_language
from .figures import _figure_facts, _key_figures
from .model import Brief
from .review import _review
from .wording import _typography, compress, headline, words

if TYPE_CHECKING:
    from ..glossary import Glossary
    from ..translation import GlossarySpec, Translation, Translator

__all__ = ["Order", "brief", "build_brief"]

Order = Literal["auto", "summarize-first", "translate-first"]
_ORDERS = ("auto", "summarize-first", "translate-first")


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
    """What a brief shows of the source, as source sentences: the parts both orders share. ``title``
    is the headline's source when it is shown whole (the document's title, or its first sentence);
    else the headline is the lede compressed."""

    document: Document
    title: Sentence | None
    lede: Sentence | None
    figures: tuple[tuple[Fact, Sentence], ...]
    #: The longest summary's sentences, in the source's words.
    longest: tuple[Sentence, ...]

    @property
    def headline_from(self) -> str:
        """Where the headline comes from, for the brief's ``summary_method``."""
        if self.title is None:
            return "lede-compressed"
        return "title" if self.document.paragraphs[self.title.paragraph].role == "title" else "first-sentence"


def _plan(document: Document, language: str, summaries: Mapping[str, Summary]) -> _Plan:
    """Title, lede, and the key figures' candidates: from those and the longest summary's sentences,
    whichever lengths are asked (so both orders, and every length, show the same figures). With no
    title, a first sentence that fits a headline (in the source's words, so every language of a run
    decides alike) is the headline and the next one the lede, so the brief does not say it twice: a
    title written as a sentence ("Babiš: Vládu jen se Sobotkou.", "Торий - новая надежда ядерной
    энергетики?") or a lede as short as one."""
    pool = candidates(document)
    title = next((p.sentences[0] for p in document.paragraphs if p.role == "title" and p.sentences), None)
    lede = pool[0] if pool else None
    if title is None and len(pool) > 1 and count_words(pool[0].text, language) <= LENGTHS["headline"]:
        title, lede = pool[0], pool[1]
    longest = summaries[max(summaries, key=lambda name: LENGTHS[name])].sentences if summaries else ()
    within = [s for s in (title, lede) if s is not None] + list(longest)
    return _Plan(document, title, lede, tuple(_figure_facts(document, language, within)), tuple(longest))


def _all_summaries(
    ranking: Ranking, words: Callable[[Sentence], int | None] | None = None
) -> dict[str, Summary]:
    """Every named summary length, always: asking for one length gives the same sentences as asking
    for all (the summaries are nested, each extending the shorter ones)."""
    return ranking.summaries(_summary_lengths(tuple(LENGTHS)), words=words)


def _fit(
    summaries: Mapping[str, Sequence[tuple[_Key, str]]],
    every: Mapping[str, Summary],
    above: Sequence[_Key],
    reserved: int,
    language: str,
) -> dict[str, tuple[tuple[_Key, str], ...]]:
    """Each length's summary sentences but those shown ``above`` them (the lede, a headline
    sentence), within its limit *in delivered words* (``reserved`` = dateline + lede). The engine
    may write more words than the source had: the sentences a longer length of ``every`` (all the
    nested summaries) added go first, latest first, so every length stays nested in the longer ones
    and is the same whichever lengths are asked."""
    level: dict[_Key, int] = {}
    for name in sorted(every, key=lambda n: LENGTHS[n]):
        for sentence in every[name].sentences:
            level.setdefault((sentence.start, sentence.end), LENGTHS[name])
    fitted: dict[str, tuple[tuple[_Key, str], ...]] = {}
    for name, chosen in summaries.items():
        kept = {key: text for key, text in chosen if key not in above and text.strip()}
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


def _translate(translator: Translator, texts: list[str], source: str, target: str, context: str) -> tuple[
    list[str], GlossaryReport, list[tuple[int, UnknownWord]]
]:
    """Translate chosen sentences of the article ``context``; the outputs, the glossary report and
    the words the engine did not translate as (segment index, word)."""
    done = translator.translate_segments_reviewed(texts, source=source, target=target, context=context)
    return list(done.outputs), done.glossary_report, [(w.segment, w) for w in done.unknown_words]


def _asked_about(words: Iterable[tuple[_Key, UnknownWord]]) -> dict[_Key, list[UnknownWord]]:
    """The words left untranslated that an editor is asked about, by the span of the sentence they
    are in: names the engine kept ("Chouinard") are usually right, and so not asked about."""
    asked: dict[_Key, list[UnknownWord]] = {}
    for key, word in words:
        if not word.name:
            asked.setdefault(key, []).append(word)
    return asked


def build_brief(
    text_or_document: str | Document,
    *,
    translator: Translator | None = None,
    translation: Translation | None = None,
    target: str | None = None,
    source: str | None = None,
    lengths: Sequence[str] | str = ("headline", "short", "medium", "long"),
    length: str | None = None,
    order: Order = "auto",
    source_name: str | None = None,
) -> Brief:
    """Build the brief of an article in ``target`` (default ``"en"``) with ``translator`` (needed
    only when the source language, given or detected, differs from ``target``). ``order="auto"`` is
    summarize-first. ``length="short"`` is ``lengths=("short",)``.

    ``translation``: the article's :class:`~toolkit.translation.Translation`, already made (a batch
    run translates the whole article anyway): the brief takes its sentences from the translation's
    segments (they carry source offsets) and calls no engine, so nothing is translated twice. The
    article must be the translation's source text; ``target`` and ``source`` default to the
    translation's languages. A ``translator``, if also given, lends only its glossary (datelines,
    fidelity checks). Summarize-first, the brief shows what the one built without ``translation``
    shows wherever the engine translates a sentence the same whatever it is batched with (Apertium
    does); only its ``glossary_report`` covers the whole translation."""
    lengths = _check(length if length is not None else lengths, order)
    if translation is not None:
        target = target if target is not None else translation.target_language
        source = source if source is not None else translation.source_language
    target = check_language(target if target is not None else "en", "target")
    source = check_language(source, "source") if source is not None else None
    document = _document(text_or_document, source)
    language = document_language(document, source)
    if document.language != language:
        document = parse(document.text, language)
    if translation is not None:
        _check_translation(translation, document, language, target)
    translate_first = order == "translate-first" and language != target
    ranking = Ranking.of(document, language)
    own = _all_summaries(ranking)
    plan = _plan(document, language, own)
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
        summaries = own
        rendered = {(s.start, s.end): s.text for summary in summaries.values() for s in summary.sentences}
        return _finish(plan, rendered, summaries, asked, dateline, reserved, target, {},
                       **common, order="none", engine="none", model=None, engine_version=None,
                       glossary_version=None, glossary_report=GlossaryReport(), fidelity=None)
    if translation is not None:
        provenance: dict[str, Any] = {
            "engine": translation.engine,
            "model": translation.model,
            "engine_version": translation.engine_version,
            "glossary_version": translation.glossary_version,
        }
    elif translator is None:
        raise UsageError(f"the article is in {language!r}: pass a translator to brief it in {target!r}")
    else:
        engine = translator.engine_for(language, target)
        provenance = {
            "engine": engine.name,
            "model": engine.model_id(language, target),
            "engine_version": engine.version(),
            "glossary_version": translator.glossary.version if translator.glossary is not None else None,
        }
    if translate_first:
        if translation is None:
            assert translator is not None
            translation = translator.translate(document.text, target=target, source=language)
        rendered = {(s.start, s.end): s.target for s in translation.segments}
        translated = parse(translation.text, target)
        summaries = _all_summaries(Ranking.of(translated, target))
        spans = [(s.start, s.end) for s in translation.segments]
        left = _asked_about((spans[w.segment], w) for w in translation.review.unknown_words)
        return _finish(plan, rendered, summaries, asked, dateline, reserved, target, left, **common,
                       **provenance, order="translate-first", glossary_report=translation.glossary_report,
                       glossary=glossary, sources=_sources(translation))
    # The longest summary's sentences are translated whatever is asked: each length is chosen again
    # among them in delivered words (below), so a length asked alone shows what it shows among all.
    keys = {(s.start, s.end): s for s in (plan.longest if asked else ())}
    for sentence in (plan.title, plan.lede, *(s for _, s in plan.figures)):
        if sentence is not None:
            keys[(sentence.start, sentence.end)] = sentence
    shown = [keys[k] for k in sorted(keys)]
    if translation is not None:
        outputs, unknown = _taken(translation, shown)
        report = translation.glossary_report
    else:
        assert translator is not None
        texts = [s.text for s in shown]
        outputs, report, unknown = _translate(translator, texts, language, target, document.text)
    rendered = {(s.start, s.end): out for s, out in zip(shown, outputs, strict=True)}
    # The lengths are chosen again among the sentences translated, in the words they deliver: as
    # translate-first chooses them, whatever the source language's word count.
    delivered = {key: words(text, target) for key, text in rendered.items()}
    summaries = _all_summaries(ranking, lambda sentence: delivered.get((sentence.start, sentence.end)))
    unknown_by_key = _asked_about(((shown[i].start, shown[i].end), w) for i, w in unknown)
    return _finish(plan, rendered, summaries, asked, dateline, reserved, target, unknown_by_key,
                   **common, **provenance, order="summarize-first", glossary_report=report,
                   glossary=glossary)


def _sources(translation: Translation) -> Callable[[Sentence], tuple[str, _Key]]:
    """For a sentence of ``translation.text``: the source text and span of the segment it was
    translated from (segments are assembled in order, so each target is found after the last)."""
    starts: list[int] = []
    cursor = 0
    for segment in translation.segments:
        found = translation.text.find(segment.target, cursor)
        starts.append(found if found >= 0 else cursor)
        cursor = starts[-1] + (len(segment.target) if found >= 0 else 0)

    def source_of(sentence: Sentence) -> tuple[str, _Key]:
        segment = translation.segments[max(bisect.bisect_right(starts, sentence.start) - 1, 0)]
        return segment.source, (segment.start, segment.end)

    return source_of


def _check_translation(translation: Translation, document: Document, language: str, target: str) -> None:
    if translation.source_language != language or translation.target_language != target:
        raise UsageError(
            f"the translation is {translation.source_language}→{translation.target_language}, the brief "
            f"{language}→{target}: drop source=/target= or pass the matching translation"
        )
    text = document.text
    if any(text[s.start : s.end] != s.source for s in translation.segments):
        raise UsageError("the translation is of another text: pass the article it was made from")


def _taken(
    translation: Translation, shown: Sequence[Sentence]
) -> tuple[list[str], list[tuple[int, UnknownWord]]]:
    """The chosen sentences as ``translation`` has them, and the words its engine did not translate
    in them as (index in ``shown``, word), as :func:`_translate` gives them. A sentence is the
    segment with its span, else the segments it overlaps (a segment is one sentence of the same
    parse, so the fallback only serves a document parsed another way)."""
    segments = translation.segments
    at = {(s.start, s.end): i for i, s in enumerate(segments)}
    outputs: list[str] = []
    unknown: list[tuple[int, UnknownWord]] = []
    for index, sentence in enumerate(shown):
        exact = at.get((sentence.start, sentence.end))
        used = (
            [exact]
            if exact is not None
            else [i for i, s in enumerate(segments) if s.start < sentence.end and sentence.start < s.end]
        )
        outputs.append(" ".join(segments[i].target for i in used))
        unknown += [(index, w) for w in translation.review.unknown_words if w.segment in used]
    return outputs, unknown


def _document(text: str | Document, source: str | None) -> Document:
    if isinstance(text, Document):
        return text
    return parse(check_text(text, "the article"), source)


def _finish(
    plan: _Plan,
    rendered: Mapping[_Key, str],
    summaries: Mapping[str, Summary],
    asked: Sequence[str],
    dateline: str | None,
    reserved: int,
    language: str,
    unknown: Mapping[_Key, Sequence[UnknownWord]],
    *,
    glossary: Glossary | None = None,
    sources: Callable[[Sentence], tuple[str, _Key]] | None = None,
    **fields: Any,
) -> Brief:
    """The brief from what it shows. ``rendered`` maps spans to their text in the brief's language:
    spans of the source (summarize-first), or of the translation too (translate-first, whose
    ``summaries`` choose among the translation's sentences, and ``sources`` gives the source text
    and span of each). Its review covers the sentences shown, in either order."""

    def show(sentence: Sentence) -> str:
        key = (sentence.start, sentence.end)
        if key in rendered:
            return rendered[key]
        # A lede whose credit ("(CNN)") was trimmed starts inside its translated segment.
        around = [k for k in rendered if k[0] <= sentence.start < k[1]]
        return rendered[around[0]] if around else sentence.text

    translate_first = fields.get("order") == "translate-first"
    if plan.title is not None:
        head = headline(show(plan.title), language)
    elif plan.lede is not None:
        head = headline(show(plan.lede), language)
    else:
        head = ""
    lede = _delivered_lede(show(plan.lede), reserved, language) if plan.lede is not None else ""
    # A lede too long for a headline in the source may fit one whole in the brief's language ("When
    # Maria Lopez was 30 years old, …": 15 words, 13 in Spanish): the headline says it, the lede not again.
    if plan.title is None and without_full_stop(lede) == head:
        lede = ""
    reserved += words(lede, language)
    above = [] if translate_first else [(s.start, s.end) for s in (plan.title, plan.lede) if s is not None]
    chosen = {
        name: [
            ((s.start, s.end), _typography(s.text if translate_first else show(s), language))
            for s in summaries[name].sentences
        ]
        for name in asked
    }
    if translate_first:
        # The translated headline sentence and lede are among the translation's: never shown twice.
        first = {_typography(show(s), language) for s in (plan.title, plan.lede) if s is not None}
        chosen = {name: [(k, t) for k, t in c if t not in first] for name, c in chosen.items()}
    fitted = _fit(chosen, summaries, above, reserved, language)
    figures = _key_figures(
        plan.figures,
        {s.start: show(s) for _, s in plan.figures},
        language,
        {start: [w.word for w in words_left] for (start, _), words_left in unknown.items()},
    )
    if fields.get("engine") != "none":
        by_key = {(s.start, s.end): s for summary in summaries.values() for s in summary.sentences}
        pairs: list[tuple[str, str]] = []
        unknown_at: dict[int, Sequence[UnknownWord]] = {}

        def source(sentence: Sentence) -> tuple[str, _Key]:
            return sentence.text, (sentence.start, sentence.end)

        # Headline and lede are compared uncut: what a cut leaves out is no translation fault.
        shown: list[tuple[Sentence | None, str, Callable[[Sentence], tuple[str, _Key]]]] = [
            (plan.title, _typography(show(plan.title), language) if plan.title else head, source),
            (plan.lede, _typography(show(plan.lede), language) if plan.lede else lede, source),
        ]
        shown += [(by_key[k], t, sources or source) for k, t in (fitted[asked[-1]] if asked else ())]
        for sentence, text, source_of in shown:
            if sentence is not None:
                source_text, key = source_of(sentence)
                unknown_at[len(pairs)] = unknown.get(key, ())
                pairs.append((source_text, text))
        fields["review"], fields["fidelity"] = _review(
            pairs, unknown_at, fields["source_language"], language, glossary
        )
    methods = {summaries[name].method for name in asked}
    return Brief(
        headline=head,
        lede=lede,
        bullets=MappingProxyType({name: tuple(t for _, t in fitted[name]) for name in asked}),
        key_figures=figures,
        dateline=dateline,
        summary_method="+".join(sorted(methods | {plan.headline_from})),
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
    from ..translation import Translator

    with Translator(engine, glossary=glossary) as translator:
        return build_brief(document, translator=translator, **common)
