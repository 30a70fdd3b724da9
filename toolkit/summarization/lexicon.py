"""Content words of a sentence in one language: stopwords from ``stopwordsiso``, stems from
``snowballstemmer`` (fast with its PyStemmer C backend); a language without either still works on
lower-cased word forms."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

import regex

from ..languages import month_names, weekday_names
from ..segment import stopwords

__all__ = ["Lexicon", "stopwords"]

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
# `regex`'s \w takes combining marks (Devanagari vowel signs, viramas), which `re` splits words at.
_WORD = regex.compile(r"\w+")


def _stemmer(language: str | None) -> Any:
    """A fresh Snowball stemmer (they keep state while stemming, so none is shared between
    threads), or None for a language Snowball does not cover."""
    name = _SNOWBALL.get(language or "")
    if name is None:
        return None
    import snowballstemmer

    return snowballstemmer.stemmer(name)


class Lexicon:
    """Tokenises sentences into stemmed content words for one language, within one call."""

    def __init__(self, language: str | None) -> None:
        self.stopwords = stopwords(language)
        #: Month and weekday names: capitalised in some languages (English "March"), not in
        #: others (French "mars"), so a capital on them says nothing about names in the sentence.
        self.calendar = frozenset(month_names(language, abbreviated=False)).union(weekday_names(language))
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
