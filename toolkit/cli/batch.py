from __future__ import annotations

from pathlib import Path

import typer

from ..errors import NotBuiltError
from ._app import app, handle_errors


@app.command()
@handle_errors
def batch(
    input: Path = typer.Argument(..., help="Folder of .txt/.md articles, or a JSONL file."),
    output: Path = typer.Argument(..., help="Output folder."),
    to: str = typer.Option(..., "--to", help="Target languages, comma-separated."),
) -> None:
    """Localize a folder of articles into several languages."""
    raise NotBuiltError("batch runs are not built yet (issue: batch)")
