"""Choosing sentences within a budget, and cutting text to a number of words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from ..document import Sentence
from ..errors import UsageError
from ..segment import count_words, first_words, unwrap, without_full_stop

__all__ = [
    "FILL_SKIPS", "LENGTHS", "REDUNDANT", "clause_cut", "clip", "length_budget", "prefix", "select",
    "without_asides",
]

#: Word budget of each named length, in words of the delivered language as
#: :func:`toolkit.segment.count_words` counts them: for languages written without spaces a number
#: of characters counts as one word (:data:`toolkit.segment.CHARACTERS_PER_WORD`: 2 for Chinese and
#: Japanese, so ``short`` is at most 100 characters; 4 for Thai and Lao, 5 for Khmer and Burmese).
#: ``headline`` is also one line.
LENGTHS: Mapping[str, int] = MappingProxyType({"headline": 14, "short": 50, "medium": 100, "long": 200})

#: A sentence is left out when more than this share of its content words (stems) are those of a
#: sentence already chosen: a repeat or a near-paraphrase. Set high, because stems and stopword lists
#: differ between languages, so a looser overlap test skips a sentence in one language and keeps it
#: in its translation; measured (benchmarks/summary_consistency.py) 0.6 → 0.8 raised agreement by
#: 1-3 points in four of five languages and CNN ROUGE-1 by 0.1 (cross-validated on the validation
#: split: +0.07 to +0.10).
REDUNDANT = 0.8

#: How many better-ranked sentences that do not fit a word budget a lower-ranked, shorter one may
#: pass over. Whether a sentence fits depends on the language's word count (Czech writes about 0.84
#: words per English word, Hindi 1.15), so filling the last words from far down the ranking made a
#: document's and its translation's named-length summaries differ; measured
#: (benchmarks/summary_consistency.py --lengths, dev), 1 against unlimited raised short-length
#: agreement by 4-19 points and medium by 3-9 in all five languages (long within ±1.2), while CNN short
#: summaries fill 41.6 of 50 words instead of 46.6 (0: 36.0).
FILL_SKIPS = 1

# Clause boundaries a headline may be cut at, and asides it can do without.
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[-–—]{1,2}\s)\s*")
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")


def select(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    stems: Sequence[list[str]],
    *,
    count: int | None,
    words: int | None,
    keep: Sequence[int] = (),
    language: str | None = None,
    floor: float = float("-inf"),
    sizes: Sequence[int | None] | None = None,
) -> list[int]:
    """Best-scored sentences that fit the budget, skipping any whose content words are mostly
    (> :data:`REDUNDANT`) those of a sentence already chosen; returned as indices in document order. ``keep``
    (a shorter summary's choice) is chosen first, so longer summaries extend shorter ones.

    A word budget is a ceiling, not a target: a sentence scoring under ``floor`` is not added just
    because it fits (it would be filler such as "Damage is considerable."), and past
    :data:`FILL_SKIPS` better sentences that did not fit, choosing stops. ``sizes``: each sentence's
    words as the budget counts them (default: :func:`~toolkit.segment.count_words` in ``language``);
    a sentence sized None is never chosen."""
    chosen: list[int] = list(keep)
    chosen_stems: list[set[str]] = [set(stems[i]) for i in keep]
    if words is None:
        sizes = []
    elif sizes is None:
        sizes = [count_words(s.text, language) for s in sentences]
    used = sum(sizes[i] or 0 for i in keep) if sizes else 0
    skipped = 0
    for i in sorted(range(len(sentences)), key=lambda i: (-scores[i], i)):
        if scores[i] < floor:
            break
        if count is not None and len(chosen) >= count:
            break
        if i in keep:
            continue
        size = sizes[i] if sizes else 0
        if size is None:
            continue
        if words is not None and used + size > words:
            skipped += 1
            if skipped > FILL_SKIPS:
                break
            continue
        own = set(stems[i])
        if own and any(len(own & other) / len(own) > REDUNDANT for other in chosen_stems):
            continue
        chosen.append(i)
        chosen_stems.append(own)
        used += size
    return sorted(chosen)


def clause_cut(text: str, words: int, language: str | None = None) -> int:
    """Where to cut ``text`` to keep its leading clauses within ``words`` words, or its first
    ``words`` words when the clauses that fit would be less than half of that (words as
    :func:`~toolkit.segment.count_words` counts them: characters in unspaced scripts)."""
    if count_words(text, language) <= words:
        return len(text)
    cut = 0
    for match in _CLAUSE.finditer(text):
        if count_words(text[: match.start()], language) > words:
            break
        cut = match.start()
    if count_words(text[:cut], language) < words // 2:
        cut = first_words(text, words, language)
    return len(text[:cut].rstrip(" ,;:-–—、，；："))


def without_asides(text: str) -> str:
    """``text`` on one line, single-spaced, without its parenthetical asides ("(HTS)", "（注）")."""
    return " ".join(_ASIDE.sub("", unwrap(text)).split())


def clip(text: str, words: int = LENGTHS["headline"], language: str | None = None) -> str:
    """``text`` on one line, without parenthetical asides, cut to its leading clauses within
    ``words`` words, final full stop dropped: how a lede (or a translated title) becomes a headline."""
    text = without_asides(text)
    return without_full_stop(text[: clause_cut(text, words, language)])


def prefix(sentence: Sentence, words: int, language: str | None) -> Sentence:
    """The leading clauses of ``sentence`` within ``words`` words, as a span of the document."""
    cut = clause_cut(sentence.text, words, language)
    return Sentence(sentence.text[:cut], sentence.start, sentence.start + cut, sentence.paragraph)


def length_budget(
    length: str, sentences: int | None, words: int | None
) -> tuple[str, int | None, int | None]:
    """The summary's length name, sentence count and word budget from what a caller asked for."""
    if sentences is not None and words is not None:
        raise UsageError("give either sentences= or words=, not both")
    if sentences is not None:
        if sentences < 1:
            raise UsageError(f"sentences={sentences}: give at least 1 sentence")
        return f"sentences={sentences}", sentences, None
    if words is not None:
        if words < 1:
            raise UsageError(f"words={words}: give at least 1 word")
        return f"words={words}", None, words
    if length not in LENGTHS:
        raise UsageError(f"unknown length {length!r}; use one of: {', '.join(LENGTHS)}")
    return length, None, LENGTHS[length]


