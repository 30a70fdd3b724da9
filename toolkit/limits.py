"""Input size limits: one place for how big an article may be, and for reading sizes like ``50M``.

An article larger than the limit is refused up front with a one-line :class:`InputError` (exit 2)
instead of running for minutes. The limit is generous (10 MiB, about 1.7 million words of French,
two hundred times a long feature) and can be raised for one run with ``toolkit --max-input-size 50M
...`` or for a process with ``$TOOLKIT_MAX_INPUT``. Files are held to it when read (bytes; a longer
file is not even read whole); strings given to the library get twice as many characters
(:func:`toolkit.parse`), as a translation may be longer than its article.
"""

from __future__ import annotations

import os
import re

from .errors import InputError

__all__ = ["DEFAULT_MAX_INPUT", "check_input_size", "format_size", "max_input_size", "parse_size"]

DEFAULT_MAX_INPUT = 10 << 20
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes in a size such as ``800M``, ``8G``, ``8GiB`` or ``123456`` (powers of 1024)."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise InputError(f"size {text[:40]!r} is not a size; write it like 800M, 8G or 123456 (bytes)")
    unit = " KMGT".index(match.group(2).upper() or " ")
    return int(float(match.group(1)) * 1024**unit)


def format_size(size: float) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.4g} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def max_input_size() -> int:
    """The article size limit: ``$TOOLKIT_MAX_INPUT`` when set, else :data:`DEFAULT_MAX_INPUT`."""
    value = os.environ.get("TOOLKIT_MAX_INPUT")
    if not value:
        return DEFAULT_MAX_INPUT
    try:
        return parse_size(value)
    except InputError:
        raise InputError(
            f"$TOOLKIT_MAX_INPUT={value[:40]!r} is not a size; write it like 50M, or unset it"
        ) from None


def check_input_size(size: int, name: str = "input") -> None:
    """Refuse an article of ``size`` bytes (or characters) above :func:`max_input_size`."""
    limit = max_input_size()
    if size > limit:
        raise InputError(
            f"{name}: is larger than the {format_size(limit)} input limit; split the article, "
            "or raise the limit with `toolkit --max-input-size 50M ...` or $TOOLKIT_MAX_INPUT"
        )
