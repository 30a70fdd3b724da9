from __future__ import annotations

from pathlib import Path

import typer

from ..errors import NotBuiltError
from ._app import app, handle_errors


@app.command()
@handle_errors
def detect(
    files: list[Path] = typer.Argument(..., help="Article files, or - for standard input."),
    json_output: bool = typer.Option(False, "--json", help="One JSON object per input (JSON Lines)."),
) -> None:
    """Detect the language of each article, and of each paragraph."""
    raise NotBuiltError("language detection is not built yet (issue: foundation)")
