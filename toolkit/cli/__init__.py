"""Command-line interface: ``toolkit <command>``. See ``toolkit --help``."""

from __future__ import annotations

from . import batch, detect, doctor, glossary, models, summarize, translate  # noqa: F401 - registers commands
from ._app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
