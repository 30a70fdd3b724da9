"""Words the engine did not translate: read from its marks, or found copied through."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from ..glossary import Glossary, GlossaryReport, fold
from ..review import SMALL_NAME_WORD, UnknownKind, UnknownWord, copied_words, looks_like_name
from .model import TranslatedSegments

if TYPE_CHECKING:  # imported lazily at run time: `import toolkit` must stay light
    from ..engines.base import Engine

__all__ = ["unknown_words"]


def unknown_words(
    segments: list[str], outputs: list[str], report: GlossaryReport, source: str, target: str,
    engine: Engine, glossary: Glossary | None, context: str,
) -> TranslatedSegments:
    """Outputs without the engine's unknown-word marks, and the words those marks (or, for
    engines without marks, the copied-word check) report. Glossary terms are never reported:
    a kept term or a restored rendering is meant to be there. ``context``: the source text the
    segments come from, whose names say which words are names (see :func:`_names_throughout`)."""
    from ..engines.base import legs, marks_unknown_words, unmark

    route = legs(engine, source, target)
    for_pair = glossary.for_pair(source, target) if glossary is not None else None
    entries = for_pair.entries if for_pair is not None else ()
    keep = {form for e in entries for form in (*e.target_forms, *e.source_forms)}
    kept = {fold(form) for form in keep}
    # The glossary vouches for the parts of the names it holds too: "M. Assad" of "Bashar al-Assad".
    kept |= {fold(part) for form in keep for part in re.findall(r"\w+", form) if part[:1].isupper()}
    marks_words = marks_unknown_words(engine)
    clean: list[str] = []
    words: list[UnknownWord] = []
    for index, (segment, output) in enumerate(zip(segments, outputs, strict=True)):
        text, marks = unmark(output)
        clean.append(text)
        if marks_words:
            spans = [(a, b, route[min(leg, len(route) - 1)], kind) for a, b, leg, kind in marks]
        else:
            spans = [
                (a, b, route[-1], "copied")
                for a, b in copied_words(
                    segment, text, source_language=source, target_language=target, keep=keep
                )
            ]
        for start, end, leg, kind in spans:
            if fold(text[start:end]) in kept or _notation(text, start, end):
                continue
            word = text[start:end]
            name = looks_like_name(text, start, target)
            words.append(UnknownWord(word, index, start, end, leg, cast(UnknownKind, kind), name))
    named = _names_throughout(words, clean, segments, context, source)
    return TranslatedSegments(tuple(clean), report, named)


def _notation(text: str, start: int, end: int) -> bool:
    """A unit or the rest of a time glued to or after a number ("15 m", "1h", "12h30"): notation,
    not a word to translate."""
    return bool(_UNIT.fullmatch(text, start, end) and _AFTER_NUMBER.search(text, max(0, start - 2), start))


_UNIT = re.compile(r"[a-zA-Z]{1,3}\d*")
_AFTER_NUMBER = re.compile(r"\d[ \u00a0\u202f]?\Z")


def _names_throughout(
    words: list[UnknownWord], texts: list[str], sources: list[str], context: str, language: str
) -> tuple[UnknownWord, ...]:
    """``words`` with what one place shows of a name said everywhere: a word capitalised
    mid-sentence once, in the translation or anywhere in the source ``context`` (in ``language``),
    is a name where it opens a sentence too ("Coulson a déclaré" after "Andy Coulson"; "Kivu reste…"
    when only that sentence is translated and "le Nord-Kivu" is in another), and the small words
    between the words of a name are part of it ("News of the World").
    A capitalised word written so in its source segment is a name too when a capitalised word
    follows it ("Scotland Yard has", "Meng Jianzhu", "Noury al-Maliki") or an elided article is glued
    before it ("Val-d'Oise", "L'Express"); not a word of a pivot language, which the engine may have
    recased ("Esgrimían Banners")."""
    names = {fold(w.word) for w in words if w.name}
    capitalised = {w.word for w in words if w.word[:1].isupper()}
    names |= {fold(word) for word in capitalised if _named_in(word, context, language)}
    named = [
        replace(w, name=True) if _named_around(w, texts[w.segment], sources[w.segment], names) else w
        for w in words
    ]
    result: list[UnknownWord] = []
    run: list[UnknownWord] = []
    for word in sorted(named, key=lambda w: (w.segment, w.start)):
        between = texts[word.segment][run[-1].end : word.start] if run else ""
        if run and word.segment == run[-1].segment and not between.strip():
            run.append(word)
            continue
        result += _within_names(run)
        run = [word]
    return (*result, *_within_names(run))


def _named_in(word: str, text: str, language: str) -> bool:
    """Whether ``text`` writes ``word`` as a name somewhere (:func:`looks_like_name`)."""
    found = re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    return any(looks_like_name(text, m.start(), language) for m in found)


def _named_around(word: UnknownWord, text: str, source: str, names: set[str]) -> bool:
    """Whether ``word`` (of the translation ``text`` of ``source``) is a name, by the rules of
    :func:`_names_throughout`."""
    if not word.word[:1].isupper():
        return _joins_names(word, text, source)
    if fold(word.word) in names:
        return True
    if word.word not in source:
        return False
    following = _NEXT_WORD.match(text, word.end)
    capital_after = following is not None and following.group(1).isupper()
    return capital_after or _ELIDED.search(text, max(0, word.start - 3), word.start) is not None


def _joins_names(word: UnknownWord, text: str, source: str) -> bool:
    """A small word of the source between two capitalised words is inside a name: "Life and Times",
    "Center for Democracy", "Val-d'Oise", "Mohammed al-Qassas"."""
    if len(word.word) > SMALL_NAME_WORD or word.word not in source:
        return False
    before = _PREVIOUS_WORD.search(text, max(0, word.start - 40), word.start)
    after = _JOINED_NEXT_WORD.match(text, word.end)
    return bool(before and after and before.group(1)[:1].isupper() and after.group(1).isupper())


_PREVIOUS_WORD = re.compile(r"(\w+)(?:[ \u00a0]+|-)\Z")
_JOINED_NEXT_WORD = re.compile(r"(?:[ \u00a0]+|['’-])(\w)")
# The next word's first letter, after the particle of a name ("al-Maliki", "el-Sisi", "ad-Din").
_NEXT_WORD = re.compile(rf"[ \u00a0]+(?:[a-z]{{1,{SMALL_NAME_WORD}}}-)?(\w)")
_ELIDED = re.compile(r"\b\w['’]\Z")


def _within_names(run: list[UnknownWord]) -> list[UnknownWord]:
    """A run of adjacent words, the ones between its first and last name made names."""
    named = [i for i, w in enumerate(run) if w.name]
    if len(named) < 2:
        return run
    return [replace(w, name=True) if named[0] < i < named[-1] else w for i, w in enumerate(run)]
