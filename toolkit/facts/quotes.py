"""Quotes in every quotation style, and acronyms (capitalized words that are not headlines,
datelines or Roman numerals)."""

from __future__ import annotations

import functools
import re

from ._text import Claims
from .model import Fact

# Opening and closing marks of every quotation style: « », » «, “ ”, „ “, „ ”, " ", ‹ ›, 「 」, 『 』.
_QUOTES = re.compile(
    r"«[\s\u00a0\u202f]*(?P<a>[^«»]+?)[\s\u00a0\u202f]*»"
    r"|»(?P<b>[^«»\n]+?)«"
    r"|„(?P<c>[^„“”\n]+?)[“”]"
    r"|“(?P<d>[^“”\n]+?)”"
    r"|\"(?P<e>[^\"\n]+?)\""
    r"|‹(?P<f>[^‹›\n]+?)›"
    r"|「(?P<g>[^「」]+?)」"
    r"|『(?P<h>[^『』]+?)』"
)


def find_quotes(text: str) -> list[Fact]:
    found = []
    for match in _QUOTES.finditer(text):
        inner = next((g for g in match.groups() if g is not None), "")
        found.append(Fact("quote", match.group(0), " ".join(inner.split()), match.start(), match.end()))
    return found


_WORD_CHAR = re.compile(r"\w")


@functools.cache
def _capitalized() -> re.Pattern[str]:
    """Words that start with a capital letter (any script), compiled on first use."""
    capitals = re.escape("".join(chr(c) for c in range(0x10000) if chr(c).isupper()))
    # The capital first, then the look back (two characters: the one before and the capital), so
    # the engine skips to capitals without trying the look-behind everywhere.
    return re.compile(rf"[{capitals}](?<![\w-].)[\w&]*(?!\w)")


_ROMAN = re.compile(r"^[IVXLC]+$")
_DATELINE_PLACE = re.compile(
    r"(?m)^[\s\u00a0]*([^\W\d_][^\W\d_'’\- ]*?)[\s\u00a0]*(?:\([^)\n]{1,40}\)[\s\u00a0]*)?"  # ALEP (Syrie)
    r",[\s\u00a0]*(?:[^\W\d_]{3,9}\.?[\s\u00a0]+)?\d"  # , 29 nov / , Nov 29
)


def find_acronyms(text: str, claims: Claims) -> list[Fact]:
    # Only words that start with a capital can be acronyms: the pattern skips the rest in C.
    tokens = [(m.start(), m.group(0)) for m in _capitalized().finditer(text)]
    tokens = [(start, word) for start, word in tokens if word.isupper()]
    # The place of a dateline ("ALEP (Syrie), 29 nov") is written in capitals but is no acronym.
    places = {m.start(1) for m in _DATELINE_PLACE.finditer(text)}
    # A run of three capitalized words in a row is a shouted headline or a dateline, not acronyms.
    shouted: set[int] = set()
    chain: list[int] = []
    for index, (start, _) in enumerate(tokens):
        if chain:
            previous_start, previous = tokens[chain[-1]]
            if _WORD_CHAR.search(text, previous_start + len(previous), start):
                chain = []
        chain.append(index)
        if len(chain) >= 3:
            shouted.update(chain)
    found = []
    for index, (start, word) in enumerate(tokens):
        letters = sum(c.isalpha() for c in word)
        if index in shouted or letters < 2 or _ROMAN.match(word) or start in places:
            continue
        if claims.free(start, start + len(word)):
            found.append(Fact("acronym", word, word, start, start + len(word)))
    return found
