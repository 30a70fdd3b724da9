"""Where the shipped templates and glossaries live.

In a wheel they are package data under ``toolkit/_data``; in a source checkout (editable install)
they are the top-level ``templates/`` and ``glossaries/`` folders beside the package.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["data_dir", "glossaries_dir", "templates_dir"]

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder of shipped data called ``name`` ("templates" or "glossaries")."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the toolkit's {name}/ folder is missing; reinstall the toolkit")


def templates_dir() -> Path:
    return data_dir("templates")


def glossaries_dir() -> Path:
    return data_dir("glossaries")
