"""Signatures: one line that says how a result was produced, in sacrebleu's style.

``toolkit:0.4.0|pair:fr-en|engine:apertium@Apertium 3.8.3|model:fr-es@…|glossary:…|ranker:…`` —
``key:value`` fields joined by ``|``, the toolkit's version first, then the fields in the order
given. Two results with the same signature were made by the same versions of everything that
shapes the text, so a signature is what to quote beside a figure, and what to compare when two
runs disagree.
"""

from __future__ import annotations

__all__ = ["signature"]


def signature(**fields: object) -> str:
    """``toolkit:<version>|key:value|…`` for ``fields`` in the order given. ``None`` is written
    ``none`` (a field that does not apply still says so); a ``|`` inside a value is written ``/``,
    so that the line always splits back into its fields."""
    from . import __version__

    parts = {"toolkit": __version__, **fields}
    return "|".join(
        f"{key}:{'none' if value is None else str(value).replace('|', '/')}" for key, value in parts.items()
    )
