from __future__ import annotations

import typer

from ..errors import NotBuiltError
from ._app import app, handle_errors


@app.command()
@handle_errors
def summarize(
    file: str = typer.Argument(..., help="Article file, or - for standard input."),
    length: str | None = typer.Option(None, "--length", help="headline, short, medium or long."),
    sentences: int | None = typer.Option(None, "--sentences", min=1),
    words: int | None = typer.Option(None, "--words", min=1),
    json_output: bool = typer.Option(False, "--json"),
) -> None:
    """Summarize an article."""
    raise NotBuiltError("summarization is not built yet (issue: briefs)")


@app.command()
@handle_errors
def brief(file: str = typer.Argument(..., help="Article file, or - for standard input.")) -> None:
    """Write a brief of an article."""
    raise NotBuiltError("briefs are not built yet (issue: briefs)")
