"""Extractive, news-aware summaries at named lengths, in any language the segmenter handles.

How a summary is made:

1. The article is parsed into a :class:`~toolkit.document.Document`. Only *body* sentences are
   candidates: titles, bylines and datelines never become summary sentences, and a leading credit
   such as ``London (CNN) --`` or ``ALEP (Syrie), 29 nov (AFP) -`` is trimmed off the lede.
2. Each candidate gets cheap, language-agnostic features (position, length, centrality over stemmed
   content words, overlap with the lede and title, numbers, quotes, capitalised words...). Stopwords
   come from ``stopwordsiso`` and stems from ``snowballstemmer`` (fast with its PyStemmer C
   backend); a language without either still works on lower-cased word forms.
3. A small learned ranker (gradient-boosted trees in ``toolkit/_ranker.json``, trained by
   ``scripts/train_ranker.py`` on the CNN/DailyMail *validation* split only) scores them, and the
   lede block gets :data:`LEAD_PRIOR` on top, so a summary and the summary of its translation pick
   the same sentences unless another one is clearly better. Sentences are taken best first,
   skipping any whose content words are mostly (> 60 %) those of a sentence already chosen,
   until the sentence or word budget is full, then returned in document
   order. When no sentence fits a word budget, the leading clauses of the best one are kept.
   Budgets count words of the delivered language (:func:`toolkit.segment.count_words`; for
   Chinese and Japanese two characters make a word, see :data:`LENGTHS`).

Headline (one line, at most 14 words): the copy's title when it has one that fits; otherwise the
lede (the first body sentence, or the best-ranked one when the lede is under 6 words) without its
parenthetical asides, cut to its leading clauses (at ``,`` ``;`` ``:`` or dashes) that fit in 14
words, or to its first 14 words when those clauses would be under 7 words. ``Summary.sentences``
then holds the lede it came from.

Measured (dev figures, 3 sentences): on 163 CNN test articles (``benchmarks/summarization.py``)
ROUGE-1/2/Lsum 31.15 / 12.34 / 27.78 against Lead-3's 29.62 / 11.30 / 26.45 with the same
segmenter; agreement between a WMT document and its English translation
(``benchmarks/summary_consistency.py``) cs 70.3, de 70.4, fr 77.4, hi 60.5, ru 76.3 %.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from .document import Document, Sentence, parse
from .errors import UsageError
from .segment import count_words, first_words, join_sentences

__all__ = [
    "FEATURES",
    "LEAD_PRIOR",
    "LENGTHS",
    "Summary",
    "candidates",
    "clip",
    "credit",
    "document_language",
    "features",
    "summarize",
    "summarize_lengths",
]

#: Added to the ranker's score of the first three candidates (the lede block): a later sentence
#: must beat a lede sentence clearly, so the small score differences that come and go with
#: translation (stems, stopword lists, word counts, capitals) do not change what a summary picks.
#: Tuned on the WMT dev pairs and CNN (benchmarks/summary_consistency.py): agreement between a
#: document and its translation goes up by 7-14 points while CNN ROUGE-1 stays over Lead-3 + 1.5.
LEAD_PRIOR = 0.03

#: Word budget of each named length, in words of the delivered language as
#: :func:`toolkit.segment.count_words` counts them: for languages written without spaces a number
#: of characters counts as one word (:data:`toolkit.segment.CHARACTERS_PER_WORD`: 2 for Chinese and
#: Japanese, so ``short`` is at most 100 characters; 4 for Thai and Lao, 5 for Khmer and Burmese).
#: ``headline`` is also one line.
LENGTHS: Mapping[str, int] = MappingProxyType({"headline": 14, "short": 50, "medium": 100, "long": 200})

_SNOWBALL = MappingProxyType(
    {
        "ar": "arabic",
        "ca": "catalan",
        "cs": "czech",
        "da": "danish",
        "de": "german",
        "el": "greek",
        "en": "english",
        "es": "spanish",
        "et": "estonian",
        "eu": "basque",
        "fa": "persian",
        "fi": "finnish",
        "fr": "french",
        "ga": "irish",
        "hi": "hindi",
        "hu": "hungarian",
        "hy": "armenian",
        "id": "indonesian",
        "it": "italian",
        "lt": "lithuanian",
        "ne": "nepali",
        "nl": "dutch",
        "no": "norwegian",
        "nb": "norwegian",
        "pl": "polish",
        "pt": "portuguese",
        "ro": "romanian",
        "ru": "russian",
        "sr": "serbian",
        "sv": "swedish",
        "ta": "tamil",
        "tr": "turkish",
        "yi": "yiddish",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE_CHARS = '"“”«»„‹›「」『』'
_QUOTE = re.compile(f"[{_QUOTE_CHARS}]")
_DIGIT = re.compile(r"\d")
# A credit before the lede's first word that the dateline parser leaves in the body: "(CNN)Share",
# "London (CNN) -- The", "Sanaa, Yemen (CNN)The". The place is capitalised words; the credit is
# glued to the text or followed by a dash, which keeps "Les jihadistes de HTS (HTS) et" out.
_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:,?\s[A-Z][\w.'’-]*){0,4}\s*)?"
    r"\((?P<agency>[A-Z][\w.&' ]{0,30})\)(?:(?=\S)|\s*[-–—]{1,2}\s*)"
)
# Clause boundaries a headline may be cut at, and asides it can do without.
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[-–—]{1,2}\s)\s*")
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")


@dataclass(frozen=True)
class Summary:
    """An extractive summary: sentences of the source document, in document order.

    ``length`` names the budget that made it (``"short"``, or ``"sentences=3"`` / ``"words=40"`` for
    explicit budgets); ``method`` says how the sentences were chosen (``ranker-v1``, ``title``,
    ``lede-compressed``...), so a brief can say where its text came from.
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

    def to_dict(self) -> dict[str, Any]:
        return {
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


# -- language resources ------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _stopwords(language: str | None) -> frozenset[str]:
    """Stopwords for an ISO 639-1 code (empty for unknown languages; never fails)."""
    import stopwordsiso  # imported here: `import toolkit` stays fast

    if not language or not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(stopwordsiso.stopwords(language))


def _stemmer(language: str | None) -> Any:
    """A fresh Snowball stemmer (they keep state while stemming, so none is shared between
    threads), or None for a language Snowball does not cover."""
    name = _SNOWBALL.get(language or "")
    if name is None:
        return None
    import snowballstemmer

    return snowballstemmer.stemmer(name)


class _Lexicon:
    """Tokenises sentences into stemmed content words for one language, within one call."""

    def __init__(self, language: str | None) -> None:
        self.stopwords = _stopwords(language)
        self._stemmer = _stemmer(language)
        self._stems: dict[str, str] = {}

    def tokens(self, text: str) -> list[str]:
        return _WORD.findall(text.lower())

    def stem(self, word: str) -> str:
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stemmer.stemWord(word) if self._stemmer is not None else word
            self._stems[word] = stem
        return stem

    def content(self, tokens: Iterable[str]) -> list[str]:
        return [self.stem(t) for t in tokens if t not in self.stopwords and (len(t) > 1 or t.isdigit())]


# -- candidates and features -------------------------------------------------------------------


def _trim_credit(sentence: Sentence) -> Sentence:
    """Drop a leading credit ("(CNN)", "London (CNN) --") that the dateline parser did not take."""
    match = _CREDIT.match(sentence.text)
    if not match or match.end() >= len(sentence.text):
        return sentence
    cut = match.end()
    return Sentence(sentence.text[cut:], sentence.start + cut, sentence.end, sentence.paragraph)


def credit(document: Document) -> str | None:
    """The agency credited at the top of the copy: the dateline's ``(AFP)`` or a lede's ``(CNN)``."""
    if document.dateline is not None:
        return document.dateline.agency
    body = document.body_sentences
    match = _CREDIT.match(body[0].text) if body else None
    return match.group("agency") if match else None


def candidates(document: Document) -> tuple[Sentence, ...]:
    """The sentences a summary may choose from: body sentences, the lede's credit trimmed off."""
    body = document.body_sentences
    if not body or document.dateline is not None:
        return body
    return (_trim_credit(body[0]), *body[1:])


def _centrality(own: Counter[str], document: Counter[str], document_norm2: int) -> float:
    """Cosine between a sentence's stem counts and those of the rest of the document."""
    if not own:
        return 0.0
    rest_norm2 = document_norm2
    dot = 0
    for stem, count in own.items():
        rest = document[stem] - count
        dot += count * rest
        # Replace this stem's full-document count by its count in the rest of the document.
        rest_norm2 += rest * rest - document[stem] ** 2
    norm = math.sqrt(sum(v * v for v in own.values())) * math.sqrt(max(rest_norm2, 0))
    return dot / norm if norm else 0.0


def _overlap(stems: Sequence[str], other: set[str]) -> float:
    return sum(1 for s in stems if s in other) / len(stems) if stems else 0.0


#: Names of the ranker's features, in the order :func:`features` returns them.
FEATURES = (
    "pos_inv",
    "pos_rel",
    "first",
    "second",
    "third",
    "para_first",
    "para_rel",
    "length",
    "short",
    "long",
    "central",
    "central_rank",
    "lede_overlap",
    "title_overlap",
    "digits",
    "quote",
    "starts_quote",
    "caps",
    "stop_ratio",
    "question",
    "tf_mean",
    "doc_size",
    "colon",
)


def features(document: Document, sentences: Sequence[Sentence], language: str | None) -> list[list[float]]:
    """One feature vector (see :data:`FEATURES`) per candidate sentence."""
    lexicon = _Lexicon(language)
    tokens = [lexicon.tokens(s.text) for s in sentences]
    return _features(document, sentences, lexicon, tokens, [lexicon.content(t) for t in tokens])


def _features(
    document: Document,
    sentences: Sequence[Sentence],
    lexicon: _Lexicon,
    tokens: Sequence[list[str]],
    stems: Sequence[list[str]],
) -> list[list[float]]:
    counts = [Counter(s) for s in stems]
    document_counts: Counter[str] = Counter()
    for c in counts:
        document_counts.update(c)
    top = max(document_counts.values(), default=1)
    norm2 = sum(v * v for v in document_counts.values())
    centrality = [_centrality(c, document_counts, norm2) for c in counts]
    order = sorted(range(len(sentences)), key=lambda i: -centrality[i])
    central_rank = {i: rank for rank, i in enumerate(order)}
    lede = set(stems[0]) if stems else set()
    title = set(lexicon.content(lexicon.tokens(document.title or "")))
    body_paragraphs = sorted({s.paragraph for s in sentences})
    paragraph_rank = {p: r for r, p in enumerate(body_paragraphs)}
    n = len(sentences)
    rows = []
    seen_paragraphs: set[int] = set()
    for i, sentence in enumerate(sentences):
        words = sentence.text.split()
        count = len(words)
        toks = tokens[i]
        capitalised = sum(1 for w in words[1:] if w[:1].isupper())
        para_first = sentence.paragraph not in seen_paragraphs
        seen_paragraphs.add(sentence.paragraph)
        rows.append(
            [
                1.0 / (i + 1),
                i / max(n - 1, 1),
                float(i == 0),
                float(i == 1),
                float(i == 2),
                float(para_first),
                paragraph_rank[sentence.paragraph] / max(len(body_paragraphs) - 1, 1),
                min(count, 80) / 40.0,
                float(count < 8),
                float(count > 40),
                centrality[i],
                central_rank[i] / max(n - 1, 1),
                1.0 if i == 0 else _overlap(stems[i], lede),
                _overlap(stems[i], title),
                float(_DIGIT.search(sentence.text) is not None),
                float(_QUOTE.search(sentence.text) is not None),
                float(sentence.text[:1] in _QUOTE_CHARS),
                capitalised / max(count - 1, 1),
                sum(1 for t in toks if t in lexicon.stopwords) / max(len(toks), 1),
                float(sentence.text.rstrip("»\"”'」』 ").endswith(("?", "!", "？", "！", "؟"))),
                (sum(document_counts[s] for s in stems[i]) / len(stems[i]) / top) if stems[i] else 0.0,
                math.log(n + 1) / 4.0,
                float(sentence.text.endswith((":", "："))),
            ]
        )
    return rows


# -- the ranker --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ranker:
    """Gradient-boosted regression trees over :data:`FEATURES`, loaded from shipped JSON."""

    version: str
    base: float
    rate: float
    trees: tuple[tuple[tuple[int, float, int, int, float], ...], ...]

    def score(self, row: Sequence[float]) -> float:
        total = self.base
        for tree in self.trees:
            node = tree[0]
            while node[0] >= 0:
                node = tree[node[2] if row[node[0]] <= node[1] else node[3]]
            total += self.rate * node[4]
        return total


@lru_cache(maxsize=1)
def _ranker() -> _Ranker:
    data = json.loads(resources.files("toolkit").joinpath("_ranker.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError(
            "toolkit/_ranker.json does not match this version's features; rerun scripts/train_ranker.py"
        )
    return _Ranker(
        version=data["version"],
        base=data["base"],
        rate=data["rate"],
        trees=tuple(tuple(tuple(node) for node in tree) for tree in data["trees"]),
    )


# -- selection ---------------------------------------------------------------------------------


def _select(
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    stems: Sequence[list[str]],
    *,
    count: int | None,
    words: int | None,
    keep: Sequence[int] = (),
    language: str | None = None,
) -> list[int]:
    """Best-scored sentences that fit the budget, skipping any whose content words are mostly
    (> 60 %) those of a sentence already chosen; returned as indices in document order. ``keep``
    (a shorter summary's choice) is chosen first, so longer summaries extend shorter ones.

    A word budget is a ceiling, not a target: a sentence scoring under half the best one is not
    added just because it fits (it would be filler such as "Damage is considerable.")."""
    chosen: list[int] = list(keep)
    chosen_stems: list[set[str]] = [set(stems[i]) for i in keep]
    sizes = [count_words(s.text, language) for s in sentences] if words is not None else []
    used = sum(sizes[i] for i in keep) if sizes else 0
    floor = max(scores, default=0.0) / 2 if words is not None else float("-inf")
    for i in sorted(range(len(sentences)), key=lambda i: (-scores[i], i)):
        if scores[i] < floor:
            break
        if count is not None and len(chosen) >= count:
            break
        if i in keep:
            continue
        size = sizes[i] if sizes else 0
        if words is not None and used + size > words:
            continue
        own = set(stems[i])
        if own and any(len(own & other) / len(own) > 0.6 for other in chosen_stems):
            continue
        chosen.append(i)
        chosen_stems.append(own)
        used += size
    return sorted(chosen)


def _cut(text: str, words: int, language: str | None = None) -> int:
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


def clip(text: str, words: int = LENGTHS["headline"], language: str | None = None) -> str:
    """``text`` on one line, without parenthetical asides, cut to its leading clauses within
    ``words`` words, final full stop dropped: how a lede (or a translated title) becomes a headline."""
    text = " ".join(_ASIDE.sub("", text).split())
    return text[: _cut(text, words, language)].rstrip(".。")


def _prefix(sentence: Sentence, words: int, language: str | None) -> Sentence:
    """The leading clauses of ``sentence`` within ``words`` words, as a span of the document."""
    cut = _cut(sentence.text, words, language)
    return Sentence(sentence.text[:cut], sentence.start, sentence.start + cut, sentence.paragraph)


def _headline(document: Document, lede: Sentence, language: str | None) -> Summary:
    title = next((p for p in document.paragraphs if p.role == "title"), None)
    fits = title is not None and count_words(title.text, language) <= LENGTHS["headline"]
    if title is not None and fits and "\n" not in title.text:
        return Summary((title.sentences[0],), title.text, "headline", language, "title")
    # The text drops asides, so it may not be one span: the summary points at the whole lede.
    return Summary((lede,), clip(lede.text, language=language), "headline", language, "lede-compressed")


def _budget(length: str, sentences: int | None, words: int | None) -> tuple[str, int | None, int | None]:
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


def document_language(document: Document, language: str | None = None) -> str:
    """``language`` when given, else the document's, else detected (the detector loads lazily)."""
    if language:
        return language
    if document.language:
        return document.language
    from .detection import detect

    return detect(document.text).language


@dataclass(frozen=True)
class _Ranked:
    """A document's candidates with their scores: ranked once, summarized at any budget."""

    document: Document
    language: str
    pool: tuple[Sentence, ...]
    stems: tuple[list[str], ...]
    scores: tuple[float, ...]
    version: str

    @classmethod
    def of(cls, text: str | Document, language: str | None) -> _Ranked:
        document = text if isinstance(text, Document) else parse(text, language)
        language = document_language(document, language)
        pool = candidates(document)
        lexicon = _Lexicon(language)
        tokens = [lexicon.tokens(s.text) for s in pool]
        stems = [lexicon.content(t) for t in tokens]
        ranker = _ranker()
        rows = _features(document, pool, lexicon, tokens, stems) if pool else []
        scores = [ranker.score(row) + (LEAD_PRIOR if i < 3 else 0.0) for i, row in enumerate(rows)]
        return cls(document, language, pool, tuple(stems), tuple(scores), ranker.version)

    def headline(self) -> Summary:
        if not self.pool:
            return Summary((), "", "headline", self.language, "empty")
        ranked = sorted(range(len(self.pool)), key=lambda i: (-self.scores[i], i))
        # The lede is the headline's source unless it is a fragment of a few words (a teaser).
        lede = self.pool[0] if count_words(self.pool[0].text, self.language) >= 6 else self.pool[ranked[0]]
        return _headline(self.document, lede, self.language)

    def summary(
        self, name: str, count: int | None, budget: int | None, keep: Sequence[int] = ()
    ) -> tuple[Summary, list[int]]:
        """The summary for a budget, and the indices it chose (to extend into a longer one)."""
        if not self.pool:
            return Summary((), "", name, self.language, "empty"), []
        chosen = _select(
            self.pool, self.scores, self.stems, count=count, words=budget, keep=keep, language=self.language
        )
        if chosen:
            picked = tuple(self.pool[i] for i in chosen)
            return Summary(
                picked, join_sentences(s.text for s in picked), name, self.language, self.version
            ), chosen
        # Every sentence is longer than the word budget: keep the leading clauses of the best one.
        best = max(range(len(self.pool)), key=lambda i: (self.scores[i], -i))
        cut = _prefix(self.pool[best], budget or 0, self.language)
        return Summary((cut,), cut.text, name, self.language, self.version + "+truncated"), []


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
    name, count, budget = _budget(length, sentences, words)
    ranked = _Ranked.of(text, language)
    return ranked.headline() if name == "headline" else ranked.summary(name, count, budget)[0]


def summarize_lengths(
    text: str | Document, lengths: Sequence[str], *, language: str | None = None
) -> dict[str, Summary]:
    """Summaries at several named lengths, ranked once and *nested*: each longer summary keeps
    every sentence of the shorter ones (a reader moving from short to long only gains sentences,
    and a brief translates no sentence that only a shorter summary shows)."""
    for name in lengths:
        _budget(name, None, None)
    ranked = _Ranked.of(text, language)
    result: dict[str, Summary] = {}
    keep: list[int] = []
    for name in sorted(dict.fromkeys(lengths), key=lambda n: LENGTHS[n]):
        if name == "headline":
            result[name] = ranked.headline()
        else:
            result[name], chosen = ranked.summary(name, None, LENGTHS[name], keep)
            keep = chosen or keep
    return {name: result[name] for name in lengths}
