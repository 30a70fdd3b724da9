"""Articles whose form depends on the sound of the next word: English "a"/"an", French elision
("la" → "l'" before "OSDH"). A glossary rendering put into an engine's sentence takes the place of
the word the engine chose its article for ("an attack" → "an assault", but "a hospital" →
"an infirmary"), so the article is fitted again (:func:`fit_article`).

No library says how a spelling is pronounced; the rules below decide only where the spelling tells
the sound, and leave the article as it is elsewhere (numbers, "h" in French, acronyms read as words
in English)."""

from __future__ import annotations

import re

from ._locale import base_language

__all__ = ["fit_article"]

_VOWELS = "aeiouàâäéèêëîïôöùûü"
# English words that open with a vowel letter sounded as a consonant ("a union", "a European", "a
# one-day strike"), and the "un-" prefix that stays a vowel ("an unidentified", "an unimportant").
_EN_VOWEL_LETTER_CONSONANT = re.compile(
    r"^(?:uni(?!n|mp|mag|dent)|us[aeiu]|ut[aei]|ur[aeio]|uk|eu|ewe|one(?![a-z])|once)"
)
# ... and a silent "h" ("an hour", "an honest").
_EN_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)")
# Initialisms are read letter by letter: "an HTS", "an NGO", "a UN", "an OSDH". These letters'
# names open with a vowel sound.
_EN_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_EN_ARTICLE = re.compile(r"(?<![\w'’-])(an?)(\s+)$", re.IGNORECASE)
# French words that elide before a vowel, and their elided forms; "du" and "au" are "de le" and
# "à le", which a vowel makes "de l'" and "à l'".
_FR_ELIDING = re.compile(r"(?<![\w'’-])(le|la|de|que|jusque|lorsque|puisque|du|au)(\s+)$", re.IGNORECASE)
_FR_CONTRACTED = {"du": "de l'", "au": "à l'"}
_FR_ELIDED = re.compile(r"(?<![\w'’-])(d|qu|jusqu|lorsqu|puisqu)(['’])$", re.IGNORECASE)


def fit_article(before: str, word: str, language: str | None) -> str:
    """``before``, the text that ``word`` follows, with its last word, an article, in the form
    ``word`` takes: English "a " → "an " before "assault", "an " → "a " before "lightning"; French
    "la " → "l'" before "OSDH", "de " → "d'" before "Alep", "d'" → "de " before "Bachar". ``before``
    unchanged where nothing is to fit, where the language has no such article, or where the
    spelling does not tell the sound."""
    found = _WORD.match(word)
    if found is None:
        return before
    word = found.group()
    code = base_language(language)
    if code == "en":
        return _fit_english(before, word)
    if code == "fr":
        return _fit_french(before, word)
    return before


def _english_vowel_sound(word: str) -> bool | None:
    """Whether ``word`` opens with a vowel sound, None where its spelling does not tell."""
    if len(word) > 1 and word.isupper():
        letters = word.replace("-", "")
        # Short, or without a vowel after the first letter: an initialism ("HTS", "OSDH"). A longer
        # one with vowels may be read as a word ("NATO", "UNICEF") or not ("SOHR").
        if len(letters) <= 3 or not any(c in "AEIOU" for c in letters[1:]):
            return letters[0] in _EN_VOWEL_LETTER_NAMES
        return None
    lower = word.lower()
    if lower[0] in "aeiou":
        return _EN_VOWEL_LETTER_CONSONANT.match(lower) is None
    return _EN_SILENT_H.match(lower) is not None


def _fit_english(before: str, word: str) -> str:
    article = _EN_ARTICLE.search(before)
    vowel = _english_vowel_sound(word)
    if article is None or vowel is None:
        return before
    written = article.group(1)
    fitted = "an" if vowel else "a"
    if len(written) > 1 and written.isupper():
        fitted = fitted.upper()
    elif written[0].isupper():
        fitted = fitted.capitalize()
    return before[: article.start(1)] + fitted + before[article.end(1) :]


def _fit_french(before: str, word: str) -> str:
    vowel = word[0].lower() in _VOWELS
    full = _FR_ELIDING.search(before)
    if full is not None and vowel:
        return before[: full.start(1)] + _elide(full.group(1))
    elided = _FR_ELIDED.search(before)
    # "l'" is left: before a consonant it is "le" or "la", and the rendering's gender is unknown.
    if elided is not None and not vowel and word[0].lower() != "h":
        return before[: elided.end(1)] + "e "
    return before


def _elide(word: str) -> str:
    if word.lower() in _FR_CONTRACTED:
        elided = _FR_CONTRACTED[word.lower()]
        return elided[0].upper() + elided[1:] if word[0].isupper() else elided
    if word.lower() in ("le", "la"):
        return word[0] + "'"
    return word[:-1] + "'"
