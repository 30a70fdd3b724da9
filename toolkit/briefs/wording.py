"""Delivered text: words as the reader counts them, typography, and cuts a reader can stop at
(headlines, ledes)."""

from __future__ import annotations

import re

from ..segment import CHARACTERS_PER_WORD, count_words, unwrap, without_full_stop
from ..summarization import LENGTHS, stopwords, without_asides

# A short insertion between commas after a short subject: "Chevron, second American oil company, has".
_APPOSITION = re.compile(r"^((?:\S+\s){0,3}\S+), ((?:\S+\s){0,6}\S+), (?=\S)")
_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;!?])")
_GUILLEMETS = re.compile(r"«[ \u00a0\u202f]*([^«»]*?)[ \u00a0\u202f]*»")
_TRAILING = " ,;:-–—"


def _typography(text: str, language: str) -> str:
    """``text`` spaced the reader's way: French puts a space before ``: ; ! ?`` and inside « »,
    other languages do not ("Syria : …" → "Syria: …"); English quotes with “ ”."""
    text = " ".join(unwrap(text).split())
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


def compress(text: str, limit: int, language: str, *, ellipsis: bool = False) -> str:
    """``text`` within ``limit`` words, cut where a reader can stop: after its leading clauses (at
    ``,`` ``;`` ``:`` or a dash), else before a function word that opens a phrase ("… Friday | of a
    decline"), never after a function word ("of", "the", "has"). Asides in brackets go first.
    ``ellipsis`` marks a cut sentence with "…" (ledes); headlines lose their full stop instead."""
    if words(text, language) <= limit:
        return text
    text = without_asides(text)
    if words(text, language) > limit:
        text = _APPOSITION.sub(r"\1 ", text, count=1)
    if words(text, language) <= limit:
        return text
    ratio = CHARACTERS_PER_WORD.get(language)
    if ratio is not None and " " not in text.strip():
        return text[: limit * ratio] + ("…" if ellipsis else "")
    stop = stopwords(language)
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
    return cut + "…" if ellipsis else without_full_stop(cut)


def headline(text: str, language: str, limit: int = LENGTHS["headline"]) -> str:
    """A headline from a translated title or a lede: one line, at most ``limit`` words, no final
    full stop, cut at a clause or phrase boundary when too long (see :func:`compress`)."""
    text = _typography(text, language)
    if words(text, language) <= limit:
        return without_full_stop(text)
    return compress(text, limit, language)
