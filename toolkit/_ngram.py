"""A character n-gram language model scored in numpy batches: the precise half of language detection.

The probabilities are Lingua's (Apache-2.0; see ``scripts/build_langid_model.py``, which writes
``_langid.npz`` from them), and the scoring follows Lingua's high-accuracy mode: the text is
lower-cased and cut into words; every 1- to 5-gram inside a word is looked up in each language,
falling back to its longest known prefix; the log probabilities are summed over all n-gram
lengths and divided by the number of the text's characters the language knows. Text of 120
letters or more is scored on its trigrams alone. Before scoring, Lingua's rules narrow the
candidates: the text's main script (Greek text is Greek, Hangul Korean, kana Japanese), letters
only one language uses (most words with "ß" → German), and letters a few languages share (ã →
Portuguese or Vietnamese).

Unlike Lingua, which looks every n-gram up separately, one call scores a whole batch of texts
with a few vectorized operations (searches in sorted 64-bit n-gram hashes), so a batch of short
texts costs tens of microseconds a text, and the model takes about 100 MB of memory instead of
Lingua's gigabyte. n-grams are counted each time they occur rather than once per text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import ModelNotFoundError

#: n-grams of 1 to MAX_ORDER characters are scored.
MAX_ORDER = 5
#: An n-gram's key: the characters' ids c1..cn folded as ((c1 * M + c2) * M + ...) + cn modulo
#: 2**64, mixed (see fingerprint) and cut to 32 bits. Two n-grams of a model may share a key
#: (a few thousand of the 9 million do); an unknown n-gram matches a known one about once in
#: a thousand lookups. Neither changes a detection measurably, and the keys take half the memory.
HASH_MULTIPLIER = 0x9E3779B97F4A7C15
#: Log probabilities are stored as round(-log p * SCALE) in one byte.
SCALE = 12.0
#: Lingua's scripts, in the order of their ids (1-based; 0 is "no script").
SCRIPTS = (
    "arabic", "armenian", "bengali", "cyrillic", "devanagari", "georgian", "greek", "gujarati",
    "gurmukhi", "han", "hangul", "hebrew", "hiragana", "katakana", "latin", "tamil", "telugu", "thai",
)  # fmt: skip
_HAN, _HANGUL = SCRIPTS.index("han") + 1, SCRIPTS.index("hangul") + 1
_KANA = (SCRIPTS.index("hiragana") + 1, SCRIPTS.index("katakana") + 1)
# Each character of these scripts is a word of its own (as in Lingua): no n-gram spans two.
_SOLO = (_HAN, _HANGUL, *_KANA)
# n-grams up to this length are held as dense matrices (13 MB; see _Order.dense).
_DENSE_ORDERS = 2
# A text's language is read from its first _MAX_CHARS characters; a call's texts are scored in
# groups of about _GROUP_CHARS characters.
_MAX_CHARS = 2000
_GROUP_CHARS = 50_000
# Texts of this many letters or more are scored on trigrams only (Lingua's threshold).
_LONG_TEXT = 120
_WORDS = re.compile(r"[^\W\d_]+")

DEFAULT_PATH = Path(__file__).with_name("_langid.npz")
_NAMED_SCRIPTS = {name.upper(): number for number, name in enumerate(SCRIPTS, 1)} | {"CJK": _HAN}


def _script_of_name(name: str) -> int:
    """A script id from a character's Unicode name, whose first word is mostly its script."""
    return _NAMED_SCRIPTS.get(name.split(" ", 1)[0], 0)


def fingerprint(folded: np.ndarray) -> np.ndarray:
    """32-bit keys from folded 64-bit n-gram hashes (splitmix64's finaliser: every bit counts)."""
    z = folded ^ (folded >> np.uint64(30))
    z = z * np.uint64(0xBF58476D1CE4E5B9)
    z ^= z >> np.uint64(27)
    z = z * np.uint64(0x94D049BB133111EB)
    z ^= z >> np.uint64(31)
    return (z >> np.uint64(32)).astype(np.uint32)


@dataclass(frozen=True)
class _Order:
    """The n-grams of one length: sorted keys, and for key i the entries start[i]:start[i+1]."""

    keys: np.ndarray
    start: np.ndarray
    langs: np.ndarray
    logp: np.ndarray
    #: For the short n-grams, found in many languages each: log probabilities as a keys x
    #: languages matrix (0: unknown), read a row per n-gram instead of entry by entry.
    dense: np.ndarray | None = None


def _open(path: Path) -> np.lib.npyio.NpzFile:
    """The model file; in a source checkout it is built by ``scripts/install.sh``, not kept in git."""
    try:
        return np.load(path)
    except FileNotFoundError:
        raise ModelNotFoundError(
            f"the language-identification model {path} is missing: run "
            "`python3 scripts/build_langid_model.py --fetch` in the source checkout, or reinstall the toolkit"
        ) from None


def model_languages(path: Path = DEFAULT_PATH) -> tuple[str, ...]:
    """The model's languages (ISO 639-1 codes), read without loading the n-grams."""
    with _open(path) as data:
        return tuple(str(code) for code in data["languages"])


class NgramModel:
    """Lingua-style scores for batches of texts; immutable once loaded, so safe to share."""

    def __init__(self, path: Path = DEFAULT_PATH) -> None:
        with _open(path) as data:
            self.languages: tuple[str, ...] = tuple(str(code) for code in data["languages"])
            alphabet = data["alphabet"]
            script = data["script"]
            self._id_of = np.zeros(0x110000, dtype=np.uint16)
            self._id_of[alphabet] = np.arange(2, len(alphabet) + 2, dtype=np.uint16)
            # Per character id (0: not a letter, 1: a letter no model knows).
            self._script = np.concatenate([[0, 0], script]).astype(np.intp)
            self._solo = np.isin(self._script, _SOLO)
            self._script_languages = data["script_languages"]
            unique, marked = data["unique"], data["marked"]
            self._unique = {
                chr(cp): tuple(np.flatnonzero(row))
                for cp, row in zip(alphabet, unique, strict=True)
                if row.any()
            }
            self._marked = np.concatenate([np.zeros((2, len(self.languages)), bool), marked])
            self._has_mark: np.ndarray = np.asarray(self._marked.any(axis=1))
            self._orders = []
            for order in range(1, MAX_ORDER + 1):
                counts = data[f"counts{order}"]
                start = np.zeros(len(counts) + 1, dtype=np.int32)
                np.cumsum(counts, out=start[1:])
                keys = np.cumsum(data[f"keys{order}"], dtype=np.uint32)  # stored as differences
                langs, logp = data[f"langs{order}"], data[f"logp{order}"]
                dense = None
                if order <= _DENSE_ORDERS:
                    dense = np.zeros((len(keys), len(self.languages)), dtype=np.float32)
                    dense[np.repeat(np.arange(len(keys)), counts), langs] = logp * np.float32(-1 / SCALE)
                self._orders.append(_Order(keys, start, langs, logp, dense))

    def scores(self, texts: Sequence[str], *, keep: int = 8) -> list[list[tuple[str, float]]]:
        """For each text, its ``keep`` most likely languages and their probabilities, best first.

        The probabilities are over all candidates (they sum to 1 before the cut); the list is
        empty when the text has no letter any language is known to use. Only the first
        _MAX_CHARS characters of a text are read, and texts are scored in groups of at most
        _GROUP_CHARS characters, which bounds the memory of a call (about 75 floats a character).
        """
        results: list[list[tuple[str, float]]] = []
        group: list[str] = []
        size = 0
        for text in texts:
            text = text[:_MAX_CHARS]
            if group and size + len(text) > _GROUP_CHARS:
                results += self._score_group(group, keep)
                group, size = [], 0
            group.append(text)
            size += len(text)
        if group:
            results += self._score_group(group, keep)
        return results

    def _score_group(self, texts: list[str], keep: int) -> list[list[tuple[str, float]]]:
        lowered = [text.lower() for text in texts]
        joined = "\x00".join(lowered) + "\x00"
        points = np.frombuffer(joined.encode("utf-32-le", "replace"), dtype=np.uint32)
        ids = self._id_of[points]
        script = self._script[ids]
        self._mark_unknown_letters(points, ids, script)
        lengths = np.fromiter((len(text) + 1 for text in lowered), dtype=np.int64, count=len(lowered))
        owner = np.repeat(np.arange(len(texts)), lengths)
        letters = ids > 0
        n_texts, n_languages = len(texts), len(self.languages)

        # Rules: the main script, then letters one or a few languages use.
        per_script = np.bincount(
            owner * len(self._script_languages) + script, minlength=n_texts * len(self._script_languages)
        )
        per_script = per_script.reshape(n_texts, -1)
        per_script[:, 0] = 0
        main = per_script.argmax(axis=1)
        top: np.ndarray = per_script.max(axis=1, keepdims=True)
        tied = ((per_script == top) & (top > 0)).sum(axis=1) > 1
        candidates: np.ndarray = self._script_languages[main].copy()
        candidates[tied] = True
        candidates[top[:, 0] == 0] = False

        starts = letters & ~np.concatenate([[False], letters[:-1]]) | (letters & self._solo[ids])
        words = np.bincount(owner[starts], minlength=n_texts)
        marked_at = np.flatnonzero(self._has_mark[ids])
        if len(marked_at):
            votes = self._marked[ids[marked_at]]
            mark_counts = np.zeros((n_texts, n_languages), dtype=np.int64)
            np.add.at(mark_counts, owner[marked_at], votes.astype(np.int64))
            subset = (mark_counts >= 0.5 * words[:, None]) & (mark_counts > 0) & candidates
            narrowed = subset.any(axis=1)
            candidates[narrowed] = subset[narrowed]

        decided: dict[int, int] = {}
        single = candidates.sum(axis=1) == 1
        for index in np.flatnonzero(single).tolist():
            decided[index] = int(candidates[index].argmax())
        kana = per_script[:, _KANA[0]] + per_script[:, _KANA[1]]
        cjk = (main == _HAN) | (main == _KANA[0]) | (main == _KANA[1])
        for index in np.flatnonzero(cjk & ~tied).tolist():  # Lingua's rule: any kana makes it Japanese
            decided[index] = self.languages.index("ja" if kana[index] else "zh")
        for t, text in enumerate(lowered):
            if t not in decided and not self._unique.keys().isdisjoint(text):
                by_rule = self._unique_letter_rule(text)
                if by_rule is not None and candidates[t, by_rule]:
                    decided[t] = by_rule

        # n-gram scores for the texts left undecided.
        letter_counts = np.bincount(owner[letters], minlength=n_texts)
        total, known = self._ngram_sums(ids, owner, letter_counts, decided, n_texts)
        usable = candidates & (total < 0)
        value = np.where(usable, total / np.maximum(known, 1), -np.inf)
        best = value.max(axis=1, keepdims=True)
        weights = np.exp(value - np.where(np.isfinite(best), best, 0))
        weights /= np.maximum(weights.sum(axis=1, keepdims=True), np.finfo(np.float32).tiny)
        ranked = np.argsort(-weights, axis=1, kind="stable")[:, :keep]
        top_weights = np.take_along_axis(weights, ranked, axis=1).tolist()
        languages = self.languages
        results: list[list[tuple[str, float]]] = []
        for t, (order, chances) in enumerate(zip(ranked.tolist(), top_weights, strict=True)):
            if t in decided:
                results.append([(languages[decided[t]], 1.0)])
            else:
                results.append([(languages[i], p) for i, p in zip(order, chances, strict=True) if p > 0])
        return results

    def _mark_unknown_letters(self, points: np.ndarray, ids: np.ndarray, script: np.ndarray) -> None:
        """Give letters no model knows id 1, and their script from their Unicode name ("CJK …")."""
        unknown = (ids == 0) & (points > 127)
        if unknown.any():
            for point in np.unique(points[unknown]):
                ch = chr(point)
                if ch.isalpha():
                    here = points == point
                    ids[here] = 1
                    script[here] = _script_of_name(unicodedata.name(ch, ""))

    def _unique_letter_rule(self, text: str) -> int | None:
        """Lingua's rule: when most words hold letters of one language only, it is that language."""
        votes: Counter[int | None] = Counter()
        words = _WORDS.findall(text)
        for word in words:
            in_word: Counter[int] = Counter()
            for ch in word:
                for language in self._unique.get(ch, ()):
                    in_word[int(language)] += 1
            ranked = in_word.most_common(2)
            if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
                votes[None] += 1
            else:
                votes[ranked[0][0]] += 1
        if votes[None] < 0.5 * len(words):
            del votes[None]
        ranked_votes = votes.most_common(2)
        if not ranked_votes or (len(ranked_votes) == 2 and ranked_votes[0][1] == ranked_votes[1][1]):
            return None
        return ranked_votes[0][0]

    def _ngram_sums(
        self,
        ids: np.ndarray,
        owner: np.ndarray,
        letter_counts: np.ndarray,
        decided: dict[int, int],
        n_texts: int,
    ) -> tuple[np.ndarray, np.ndarray]:
        n_languages = len(self.languages)
        total = np.zeros((n_texts, n_languages), dtype=np.float32)
        known = np.zeros((n_texts, n_languages), dtype=np.int32)
        wanted = ids > 0
        if decided:
            wanted &= ~np.isin(owner, np.fromiter(decided, dtype=np.int64))
        positions = np.flatnonzero(wanted)
        if not len(positions):
            return total, known
        long_text = letter_counts[owner[positions]] >= _LONG_TEXT
        which = owner[positions]
        padded = np.concatenate([ids, np.zeros(MAX_ORDER, dtype=ids.dtype)])
        solo = self._solo[padded]
        best = np.zeros((len(positions), n_languages), dtype=np.float32)
        summed = np.zeros_like(best)
        key = np.zeros(len(positions), dtype=np.uint64)
        valid = np.ones(len(positions), dtype=bool)
        rows = np.arange(len(positions))
        multiplier = np.uint64(HASH_MULTIPLIER)
        for order, table in enumerate(self._orders, 1):
            following = padded[positions + order - 1]
            if order > 1:
                valid &= (following > 0) & ~solo[positions + order - 1] & ~solo[positions]
            if order > 3:
                valid &= ~long_text  # scored on trigrams alone
            key = key * multiplier + following.astype(np.uint64)
            # A language knows an n-gram only if it knows its prefix (the prefix's count is the
            # n-gram's denominator): look up only where the previous length was found.
            here = rows[valid[rows]]
            wanted_keys = fingerprint(key[here])
            found = np.searchsorted(table.keys, wanted_keys)
            found[found == len(table.keys)] = 0
            hit = table.keys[found] == wanted_keys
            rows, keys_at = here[hit], found[hit]
            if table.dense is not None:
                known_here = table.dense[keys_at]
                best[rows] = known_here if order == 1 else np.where(known_here < 0, known_here, best[rows])
            else:
                counts = table.start[keys_at + 1] - table.start[keys_at]
                entry_rows = np.repeat(rows, counts)
                offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
                entries = np.repeat(table.start[keys_at], counts) + offsets
                best[entry_rows, table.langs[entries]] = table.logp[entries] * np.float32(-1 / SCALE)
            if order == 1:
                found_letter = best < 0
            if order == 3:
                np.add(summed, best, out=summed, where=valid[:, None])
            elif not long_text.all():
                np.add(summed, best, out=summed, where=(valid & ~long_text)[:, None])
        # Positions come text by text: sum each text's run of rows.
        first = np.flatnonzero(np.concatenate([[True], which[1:] != which[:-1]]))
        texts_here = which[first]
        total[texts_here] = np.add.reduceat(summed, first, axis=0)
        known[texts_here] = np.add.reduceat(found_letter, first, axis=0, dtype=np.int32)
        known[letter_counts >= _LONG_TEXT] = 0
        return total, known
