"""Articles whose form depends on the sound of the next word: English "a"/"an", French elision
("la" → "l'" before "OSDH"). A glossary rendering put into an engine's sentence takes the place of
the word the engine chose its article for ("an attack" → "an assault", but "a hospital" →
"an infirmary"), so the article is fitted again (:func:`fit_article`).

No library says how a spelling is pronounced; the rules below decide only where the spelling tells
the sound, and leave the article as it is elsewhere (numbers, "h" in French, acronyms read as words
in English)."""

from __future__ import annotations

import re
from types import MappingProxyType

from ._locale import base_language

__all__ = ["fit_article", "french_elides", "unelide"]

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
# French words elided before a vowel ("d'Alep", "qu'Assad", "l'OSDH"), and the words they stand for.
_FRENCH_ELIDED = MappingProxyType(
    {
        "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque", "quoiqu": "quoique", "qu": "que",
        "c": "ce", "d": "de", "j": "je", "l": "le", "m": "me", "n": "ne", "s": "se", "t": "te",
    }
)  # fmt: skip
_FRENCH_ELISION = re.compile(
    rf"(?<![\w'’-])({'|'.join(sorted(_FRENCH_ELIDED, key=len, reverse=True))})['’]\s*$", re.IGNORECASE
)
# Of those, the ones a noun follows whose full form a consonant asks for ("d'" → "de Bachar"); not
# "l'", which is "le" or "la" by the noun's gender.
_FRENCH_BEFORE_NOUN = frozenset(("d", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"))
# "du" and "au" are "de le" and "à le": before a vowel, "de l'" and "à l'".
_FRENCH_CONTRACTED = MappingProxyType({"du": "de l'", "au": "à l'"})
_FRENCH_ELIDING = re.compile(
    rf"(?<![\w'’-])({'|'.join((*sorted(_FRENCH_ELIDED[w] for w in _FRENCH_BEFORE_NOUN), 'le', 'la'))}"
    rf"|{'|'.join(_FRENCH_CONTRACTED)})\s+$",
    re.IGNORECASE,
)


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


def french_elides(word: str) -> bool | None:
    """Whether French elides the article before ``word``: before a vowel it does ("l'OSDH"); before
    "h" or "y" it depends on the word ("l'homme", "le héros"; "l'Yonne", "le Yémen"), so None; before
    anything else it does not ("le 11 septembre")."""
    first = word[:1].lower()
    if not first or first in "hy":
        return None
    return first in _VOWELS


def unelide(before: str) -> str | None:
    """``before`` with its final French elided word written out ("… d'" → "… de ", "L'" → "Le "),
    or None when it ends on none."""
    match = _FRENCH_ELISION.search(before)
    if match is None:
        return None
    word = match.group(1)
    full = _FRENCH_ELIDED[word.lower()]
    return before[: match.start()] + (full.capitalize() if word[0].isupper() else full) + " "


def _fit_french(before: str, word: str) -> str:
    elides = french_elides(word)
    full = _FRENCH_ELIDING.search(before)
    if full is not None and elides:
        return before[: full.start(1)] + _elide(full.group(1))
    elided = _FRENCH_ELISION.search(before)
    if elided is not None and elides is False and elided.group(1).lower() in _FRENCH_BEFORE_NOUN:
        return unelide(before) or before
    return before


def _elide(word: str) -> str:
    contracted = _FRENCH_CONTRACTED.get(word.lower())
    if contracted is not None:
        return contracted[0].upper() + contracted[1:] if word[0].isupper() else contracted
    if word.lower() in ("le", "la"):
        return word[0] + "'"
    return word[:-1] + "'"
