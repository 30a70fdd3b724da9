"""What a summary may choose from, and what the ranker sees of each choice.

Only *body* sentences are candidates: titles, bylines and datelines never become summary
sentences, and a leading credit such as ``London (CNN) --`` is trimmed off the lede. Each candidate
gets cheap, language-agnostic features (:data:`FEATURES`: position, length, centrality over stemmed
content words, overlap with the lede and title, numbers, quotes, capitalised words...); shares whose
level is the language's rather than the sentence's (capitals, stopwords) are relative to the
article's mean.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from ..document import Document, Sentence
from .lexicon import Lexicon

__all__ = ["FEATURES", "candidates", "credit", "features", "rank_features"]

_QUOTE_CHARS = '"“”«»„‹›「」『』'
_QUOTE = re.compile(f"[{_QUOTE_CHARS}]")
_DIGIT = re.compile(r"\d")
_RELATIVE_CAP = 3.0
_WORD_EDGES = re.compile(r"^\W+|\W+$")
# A credit before the lede's first word that the dateline parser leaves in the body: "(CNN)Share",
# "London (CNN) -- The", "Sanaa, Yemen (CNN)The". The place is capitalised words; the credit is
# glued to the text or followed by a dash, which keeps "Les jihadistes de HTS (HTS) et" out.
_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:,?\s[A-Z][\w.'’-]*){0,4}\s*)?"
    r"\((?P<agency>[A-Z][\w.&' ]{0,30})\)(?:(?=\S)|\s*[-–—]{1,2}\s*)"
)


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


def _capitalised(text: str, calendar: frozenset[str]) -> float:
    """Share of a sentence's words after the first that start with a capital, month and weekday
    names left out."""
    words = text.split()
    names = [w for w in words[1:] if w[:1].isupper() and _WORD_EDGES.sub("", w).casefold() not in calendar]
    return len(names) / max(len(words) - 1, 1)


def _relative(values: Sequence[float]) -> list[float]:
    """Each value over the mean of all (at most 3), or 1 for all when the mean is 0."""
    mean = sum(values) / len(values) if values else 0.0
    return [min(v / mean, _RELATIVE_CAP) if mean else 1.0 for v in values]


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
    lexicon = Lexicon(language)
    tokens = [lexicon.tokens(s.text) for s in sentences]
    return rank_features(document, sentences, lexicon, tokens, [lexicon.content(t) for t in tokens])


def rank_features(
    document: Document,
    sentences: Sequence[Sentence],
    lexicon: Lexicon,
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
    # Capitals and stopwords are shares relative to the article's own: their level differs between
    # languages (German capitalises nouns, Hindi has no capitals, stopword lists differ in size)
    # and would move a translation's scores away from its source's.
    capitals = _relative([_capitalised(s.text, lexicon.calendar) for s in sentences])
    stop_shares = _relative([sum(1 for t in ts if t in lexicon.stopwords) / max(len(ts), 1) for ts in tokens])
    rows = []
    seen_paragraphs: set[int] = set()
    for i, sentence in enumerate(sentences):
        count = len(sentence.text.split())
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
                capitals[i],
                stop_shares[i],
                float(sentence.text.rstrip("»\"”'」』 ").endswith(("?", "!", "？", "！", "؟"))),
                (sum(document_counts[s] for s in stems[i]) / len(stems[i]) / top) if stems[i] else 0.0,
                math.log(n + 1) / 4.0,
                float(sentence.text.endswith((":", "："))),
            ]
        )
    return rows


