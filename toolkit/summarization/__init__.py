"""Extractive, news-aware summaries at named lengths, in any language the segmenter handles.

How a summary is made:

1. The article is parsed into a :class:`~toolkit.document.Document`. Only *body* sentences are
   candidates: titles, bylines and datelines never become summary sentences, and a leading credit
   such as ``London (CNN) --`` or ``ALEP (Syrie), 29 nov (AFP) -`` is trimmed off the lede.
2. Each candidate gets cheap, language-agnostic features (position, length, centrality over stemmed
   content words, overlap with the lede and title, numbers, quotes, capitalised words...). Stopwords
   come from ``stopwordsiso`` and stems from ``snowballstemmer`` (fast with its PyStemmer C
   backend); a language without either still works on lower-cased word forms. The shares of
   stopwords and of capitalised words (month and weekday names left out) are relative to the
   article's mean: their level is the language's (German capitalises nouns, Hindi has no capitals,
   stopword lists differ in size), not the sentence's.
3. A small learned ranker (gradient-boosted trees in ``toolkit/_ranker.json``, trained by
   ``scripts/train_ranker.py`` on the CNN/DailyMail *validation* split only) scores them, and the
   lede block gets :data:`LEAD_PRIOR` on top, hooks left out (:func:`~.ranker.lede_priors`: a
   question, an exclamation or a run-on much longer than the article's sentences opens a feature
   rather than telling its news), so a summary and the summary of its translation pick the same
   sentences unless another one is clearly better. Sentences are taken best first,
   skipping any whose content words are mostly (> 80 %) those of a sentence already chosen,
   until the sentence or word budget is full (a word budget takes no sentence the ranker scores
   under half its best: filler, and stops at the second better sentence that does not fit, so
   word counts that differ between languages change little of what is picked), then returned in
   document order. When no sentence fits a word budget, the leading clauses of the best one are
   kept.
   Budgets count words of the delivered language (:func:`toolkit.segment.count_words`; for
   Chinese and Japanese two characters make a word, see :data:`LENGTHS`).

Headline (one line, at most 14 words): the copy's title when it has one that fits; otherwise the
lede (the first body sentence, or the best-ranked one when the lede is under 6 words) without its
parenthetical asides, cut to its leading clauses (at ``,`` ``;`` ``:`` or dashes) that fit in 14
words, or to its first 14 words when those clauses would be under 7 words. ``Summary.sentences``
then holds the lede it came from.

Measured (dev figures, 3 sentences): on 163 CNN test articles (``benchmarks/summarization.py``)
ROUGE-1/2/Lsum 30.90 / 11.94 / 27.53 against Lead-3's 29.62 / 11.30 / 26.45 with the same
segmenter (+1.28 R1, 95 % CI [+0.3, +2.3]); 5-fold cross-validated on the 500 validation articles
(``scripts/train_ranker.py --folds 5``) +1.65 R1 over Lead-3; agreement between a WMT document
and its English translation (``benchmarks/summary_consistency.py``) cs 88.9, de 83.4, fr 87.2,
hi 87.5, ru 87.1 %.

The package: :mod:`.lexicon` (stopwords, stems), :mod:`.scoring` (candidates, features),
:mod:`.ranker` (the trees, the lede prior), :mod:`.selection` (budgets, choosing, cutting); this
module puts them together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..document import Document, Sentence, parse
from ..provenance import signature
from ..segment import count_words, join_sentences, unwrap
from .lexicon import Lexicon, stopwords
from .ranker import LEAD_PRIOR, lede_priors, load_ranker
from .scoring import FEATURES, candidates, credit, features, rank_features
from .selection import LENGTHS, clip, length_budget, prefix, select, without_asides

__all__ = [
    "FEATURES",
    "LEAD_PRIOR",
    "LENGTHS",
    "Ranking",
    "Summary",
    "candidates",
    "clip",
    "credit",
    "document_language",
    "features",
    "stopwords",
    "summarize",
    "summarize_lengths",
    "without_asides",
]


@dataclass(frozen=True)
class Summary:
    """An extractive summary: sentences of the source document, in document order.

    ``sentences`` are exact spans of the document; ``text`` is them joined for reading, each on one
    line (a sentence of hard-wrapped copy unwrapped). ``length`` names the budget that made it
    (``"short"``, or ``"sentences=3"`` / ``"words=40"`` for explicit budgets); ``method`` says how
    the sentences were chosen (``ranker-v3``, ``title``, ``lede-compressed``...), so a brief can say
    where its text came from.
    """

    sentences: tuple[Sentence, ...]
    text: str
    length: str
    language: str | None
    method: str

    @property
    def words(self) -> int:
        """Length in words as the reader counts them (characters for unspaced scripts, see
        :func:`toolkit.segment.count_words`)."""
        return count_words(self.text, self.language)

    @property
    def signature(self) -> str:
        """How this summary was made, in one line (:func:`toolkit.provenance.signature`)."""
        return signature(language=self.language, ranker=self.method, length=self.length)

    def to_dict(self) -> dict[str, Any]:
        return {
            "signature": self.signature,
            "text": self.text,
            "length": self.length,
            "language": self.language,
            "method": self.method,
            "words": self.words,
            "sentences": [
                {"text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                for s in self.sentences
            ],
        }


def _headline(document: Document, lede: Sentence, language: str | None) -> Summary:
    title = next((p for p in document.paragraphs if p.role == "title"), None)
    fits = title is not None and count_words(title.text, language) <= LENGTHS["headline"]
    if title is not None and fits:
        return Summary((title.sentences[0],), unwrap(title.text), "headline", language, "title")
    # The text drops asides, so it may not be one span: the summary points at the whole lede.
    return Summary((lede,), clip(lede.text, language=language), "headline", language, "lede-compressed")


def document_language(document: Document, language: str | None = None) -> str:
    """``language`` when given, else the document's, else detected (the detector loads lazily)."""
    if language:
        return language
    if document.language:
        return document.language
    from ..detection import detect

    return detect(document.text).language


@dataclass(frozen=True)
class Ranking:
    """A document's candidate sentences with their scores, ranked once and summarized at any budget
    (:meth:`summaries`): a brief ranks its article once and chooses its lengths twice, in source
    words and then in the words of their translations."""

    document: Document
    language: str
    pool: tuple[Sentence, ...]
    stems: tuple[list[str], ...]
    scores: tuple[float, ...]
    floor: float
    version: str

    @classmethod
    def of(cls, text: str | Document, language: str | None = None) -> Ranking:
        document = text if isinstance(text, Document) else parse(text, language)
        language = document_language(document, language)
        pool = candidates(document)
        lexicon = Lexicon(language)
        tokens = [lexicon.tokens(s.text) for s in pool]
        stems = [lexicon.content(t) for t in tokens]
        ranker = load_ranker()
        rows = rank_features(document, pool, lexicon, tokens, stems) if pool else []
        worth = [ranker.score(row) for row in rows]
        scores = [score + prior for score, prior in zip(worth, lede_priors(rows), strict=True)]
        # Filler is a sentence worth under half the best; the lede prior orders sentences for
        # consistency and says nothing of their worth, so it does not raise that floor.
        floor = max(worth, default=0.0) / 2
        return cls(document, language, pool, tuple(stems), tuple(scores), floor, ranker.version)

    def headline(self) -> Summary:
        if not self.pool:
            return Summary((), "", "headline", self.language, "empty")
        ranked = sorted(range(len(self.pool)), key=lambda i: (-self.scores[i], i))
        # The lede is the headline's source unless it is a fragment of a few words (a teaser).
        lede = self.pool[0] if count_words(self.pool[0].text, self.language) >= 6 else self.pool[ranked[0]]
        return _headline(self.document, lede, self.language)

    def _summary(
        self, name: str, count: int | None, budget: int | None, keep: Sequence[int] = (),
        sizes: Sequence[int | None] | None = None,
    ) -> tuple[Summary, list[int]]:
        """The summary for a budget, and the indices it chose (to extend into a longer one)."""
        if not self.pool:
            return Summary((), "", name, self.language, "empty"), []
        chosen = select(
            self.pool, self.scores, self.stems, count=count, words=budget, keep=keep, language=self.language,
            floor=self.floor if budget is not None else float("-inf"), sizes=sizes,
        )
        if chosen:
            picked = tuple(self.pool[i] for i in chosen)
            return Summary(
                picked, join_sentences(unwrap(s.text) for s in picked), name, self.language, self.version
            ), chosen
        # Every sentence is longer than the word budget: keep the leading clauses of the best one.
        best = max(range(len(self.pool)), key=lambda i: (self.scores[i], -i))
        cut = prefix(self.pool[best], budget or 0, self.language)
        return Summary((cut,), unwrap(cut.text), name, self.language, self.version + "+truncated"), []

    def summaries(
        self, lengths: Sequence[str], *, words: Callable[[Sentence], int | None] | None = None
    ) -> dict[str, Summary]:
        """Summaries at several named lengths, *nested*: each longer summary keeps every sentence of
        the shorter ones (a reader moving from short to long only gains sentences, and a brief
        translates no sentence that only a shorter summary shows).

        ``words``: how many words a sentence counts for against the budgets, or None where it may
        not be chosen (default: :func:`~toolkit.segment.count_words` in the document's language). A
        brief built summarize-first counts the words of the sentences' translations, so that each
        length is chosen as it reads in the delivered language, as translate-first chooses it."""
        for name in lengths:
            length_budget(name, None, None)
        sizes = [words(sentence) for sentence in self.pool] if words is not None else None
        result: dict[str, Summary] = {}
        keep: list[int] = []
        for name in sorted(dict.fromkeys(lengths), key=lambda n: LENGTHS[n]):
            if name == "headline":
                result[name] = self.headline()
            else:
                result[name], chosen = self._summary(name, None, LENGTHS[name], keep, sizes)
                keep = chosen or keep
        return {name: result[name] for name in lengths}


def summarize(
    text: str | Document,
    *,
    length: str = "short",
    sentences: int | None = None,
    words: int | None = None,
    language: str | None = None,
) -> Summary:
    """Summarize an article extractively.

    ``length`` is one of :data:`LENGTHS`; ``sentences=`` (a sentence count) or ``words=`` (a word
    budget) override it. ``language`` (ISO 639-1) picks stopwords and stemming; when omitted it is
    the document's, else detected. Raises :class:`~toolkit.errors.UsageError` for bad budgets.
    """
    name, count, budget = length_budget(length, sentences, words)
    ranked = Ranking.of(text, language)
    return ranked.headline() if name == "headline" else ranked._summary(name, count, budget)[0]


def summarize_lengths(
    text: str | Document,
    lengths: Sequence[str],
    *,
    language: str | None = None,
    words: Callable[[Sentence], int | None] | None = None,
) -> dict[str, Summary]:
    """Summaries at several named lengths, ranked once and nested: :meth:`Ranking.summaries` of
    :meth:`Ranking.of` ``(text, language)``."""
    return Ranking.of(text, language).summaries(lengths, words=words)
