"""Characters and spans every pass of extraction shares: spaces, combining marks, alternations of
words, and the map of characters already claimed by a fact."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

SPACES = " \u00a0\u202f\u2009"
SP = f"[{SPACES}]"


@functools.cache
def marks() -> str:
    """A character class body for every combining mark (Devanagari vowel signs, accents): words of
    scripts written with them continue through their marks."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


def word_end() -> str:
    return rf"(?![\w{marks()}])"


def alternation(words: Iterable[str]) -> str:
    """Longest first, each space matching any kind of space."""
    unique = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", SP + "+") for w in unique if w)


class Claims:
    """Which characters a fact already covers: one byte per character, so checking a span costs
    its length, not the number of facts found so far (that made extraction quadratic)."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)
