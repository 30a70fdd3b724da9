"""Language codes: the one validation the CLI and the library share.

A language code here is an ISO 639-1 code (``fr``) or an ISO 639-2/3 code (``fra``, ``ast``) that
CLDR (through Babel) knows as a language, written in lower case. Three-letter and deprecated codes
with a two-letter equivalent are folded into it (``fra`` → ``fr``, ``iw`` → ``he``), since engines
name their pairs with ISO 639-1 codes wherever one exists. Anything else — ``xx``, ``EN``,
``english``, ``en,es`` — is a :class:`~toolkit.errors.UsageError` (exit status 2) whose one line
says what to type instead.

:func:`pair_error` words the other usage mistake: a valid pair that an engine (or every engine)
does not translate, listing the pairs that are available.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from .errors import PairNotAvailableError, UsageError

__all__ = ["check", "check_many", "pair_error"]

_SHAPE = re.compile(r"[a-z]{2,3}")
# CLDR lists these among its languages, but none names a language one can translate to or from.
_NOT_LANGUAGES = frozenset({"und", "mul", "zxx", "mis"})
#: At most this many available pairs are named in an error message.
_SHOWN_PAIRS = 12


@functools.lru_cache(maxsize=1)
def _languages() -> Mapping[str, str]:
    """CLDR's language codes (2 and 3 letters) with their English names."""
    from babel import Locale

    return {
        code: name
        for code, name in Locale("en").languages.items()
        if _SHAPE.fullmatch(code) and code not in _NOT_LANGUAGES
    }


@functools.lru_cache(maxsize=1)
def _aliases() -> Mapping[str, str]:
    from babel.core import get_global

    languages = _languages()
    return {old: new for old, new in get_global("language_aliases").items() if new in languages}


@functools.lru_cache(maxsize=1)
def _by_name() -> Mapping[str, str]:
    return {name.lower(): code for code, name in sorted(_languages().items(), key=lambda kv: -len(kv[0]))}


def _suggestion(value: str) -> str:
    """``did you mean 'en' (English)?`` for a near miss, or an example."""
    languages = _languages()
    folded = value.strip().lower()
    code = folded if folded in languages else _aliases().get(folded) or _by_name().get(folded)
    if code:
        return f"did you mean {code!r} ({languages[code]})?"
    return "use an ISO 639-1 code such as 'en', 'fr' or 'es'"


def check(code: object, what: str = "language") -> str:
    """``code`` as the toolkit writes it (``fra`` → ``fr``), or a :class:`UsageError` that says what
    to type instead. ``what`` names the value in the message (``"target"``, ``"--from"``...)."""
    if not isinstance(code, str) or not _SHAPE.fullmatch(code):
        shown = repr(code) if isinstance(code, str) else type(code).__name__
        if isinstance(code, str) and re.search(r"[,;\s]", code.strip()):
            parts = [p for p in re.split(r"[,;\s]+", code.strip()) if p]
            raise UsageError(
                f"{what} {shown} is not a language code: give one language here "
                f"(e.g. {parts[0]!r}); `toolkit batch --to {','.join(parts)}` takes several"
            )
        hint = _suggestion(code) if isinstance(code, str) else "use an ISO 639-1 code such as 'en'"
        raise UsageError(f"{what} {shown} is not a language code: {hint}")
    if code in _languages():
        return _aliases().get(code, code)
    if code in _aliases():
        return _aliases()[code]
    raise UsageError(f"{what} {code!r} is not a language code: {_suggestion(code)}")


def check_many(codes: str | Iterable[str], what: str = "target") -> tuple[str, ...]:
    """Several codes (``"en,es"`` or a sequence), each checked, duplicates dropped, order kept."""
    items = codes.split(",") if isinstance(codes, str) else list(codes)
    checked = tuple(dict.fromkeys(check(item.strip(), what) for item in items if item.strip()))
    if not checked:
        raise UsageError(f"no {what} language: give ISO 639-1 codes, e.g. en,es")
    return checked


def _describe(pairs: Iterable[tuple[str, str]], source: str | None) -> str:
    ordered = sorted(set(pairs), key=lambda p: (p[0] != source, p))
    if not ordered:
        return "none installed"
    shown = ", ".join(f"{s}→{t}" for s, t in ordered[:_SHOWN_PAIRS])
    more = len(ordered) - _SHOWN_PAIRS
    return shown + (f" and {more} more" if more > 0 else "")


def pair_error(
    source: str | None,
    target: str,
    available: Mapping[str, Sequence[tuple[str, str]]],
    *,
    engine: str | None = None,
    hints: Mapping[str, str] | None = None,
) -> PairNotAvailableError:
    """The error for a pair that ``engine`` (or, without one, every engine in ``available``:
    engine name → its pairs) does not translate. ``hints``: engine name → the command its plugin
    gives for installing the pair (never guessed here). ``source=None``: no pair leads into ``target``
    from any language."""
    commands = " or ".join(f"`{c}`" for c in dict.fromkeys((hints or {}).values()) if c)
    fix = f"; to add it: {commands}" if commands else " (`toolkit doctor` says how to add pairs)"
    wanted = f"{source}→{target} pair" if source is not None else f"pair into {target}"
    if engine is not None:
        pairs = _describe(available.get(engine, ()), source)
        return PairNotAvailableError(f"the {engine} engine has no {wanted}; available: {pairs}{fix}")
    listed = "; ".join(f"{name}: {_describe(pairs, source)}" for name, pairs in available.items())
    return PairNotAvailableError(
        f"no engine has a {wanted}; available: {listed or 'no engine installed'}{fix}"
    )
