from __future__ import annotations

from pathlib import Path

import typer

from ..errors import NotBuiltError
from ._app import app, handle_errors, models_app


@app.command()
@handle_errors
def translate(
    file: str = typer.Argument(..., help="Article file, or - for standard input."),
    source: str | None = typer.Option(None, "--from", help="Source language (ISO 639-1); detected if omitted."),
    target: str = typer.Option(..., "--to", help="Target language (ISO 639-1)."),
    engine: str | None = typer.Option(None, "--engine", help="argos, transformers or apertium (default: auto)."),
    model: str | None = typer.Option(None, "--model", help="Model reference for the engine."),
    glossary: list[Path] = typer.Option([], "--glossary", help="Glossary file (repeatable)."),
    json_output: bool = typer.Option(False, "--json"),
    output: Path | None = typer.Option(None, "-o", "--output"),
) -> None:
    """Translate an article."""
    raise NotBuiltError("translation is not built yet (issue: engines)")


@models_app.command("list")
@handle_errors
def models_list() -> None:
    """List installed models."""
    raise NotBuiltError("model management is not built yet (issue: engines)")
