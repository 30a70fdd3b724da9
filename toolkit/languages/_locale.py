"""The CLDR locale behind a language code, and the code's parts: the base every module starts from."""

from __future__ import annotations

import functools

import regex
from babel import Locale, UnknownLocaleError

__all__ = ["base_language", "is_word", "known", "locale"]

ROOT = "root"


def base_language(language: str | None) -> str:
    """The language subtag of a code, lower-cased: "pt-BR" → "pt", "zh_Hant" → "zh", None → ""."""
    return (language or "").replace("_", "-").split("-")[0].strip().lower()


@functools.lru_cache(maxsize=256)
def parse(language: str) -> Locale | None:
    """Babel's locale for exactly ``language``, or None when CLDR does not know it."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def is_word(text: str) -> bool:
    """Whether ``text`` is one word of letters in any script, with the combining marks that some
    scripts write their vowels with ("या", "सातवें"): ``str.isalpha`` says no to those."""
    return _WORD.fullmatch(text) is not None


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def known(language: str | None) -> bool:
    """Whether CLDR (through Babel) has data for ``language``."""
    return bool(language) and parse(language or "") is not None


def locale(language: str | None) -> Locale:
    """Babel's locale for a language code ("fr", "pt-BR", "sr_Latn"); CLDR's root locale (the
    generic path) for a code Babel does not know. A region-tagged code falls back to its language."""
    if language:
        found = parse(language) or parse(base_language(language))
        if found is not None:
            return found
    return Locale.parse(ROOT)


def clean(name: str) -> str:
    """A CLDR name as text is compared with it: trimmed, no abbreviation dot, case-folded."""
    return name.strip().rstrip(".").casefold()
