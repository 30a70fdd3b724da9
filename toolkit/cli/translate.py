"""``toolkit translate``: a thin layer over :class:`toolkit.Pipeline`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..document import read_text
from ..files import check_output, write_atomic
from ..pipeline import Pipeline
from ._app import app, handle_errors, open_default_memory, warn_unused_glossary, working


@app.command()
@handle_errors
def translate(
    file: Annotated[str, typer.Argument(help="Article file, or - for standard input.")],
    target: Annotated[str, typer.Option("--to", help="Target language (ISO 639-1).")],
    source: Annotated[
        str | None, typer.Option("--from", help="Source language (ISO 639-1); detected if omitted.")
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option(help="argos, transformers or apertium (default: the best installed for the pair)."),
    ] = None,
    model: Annotated[str | None, typer.Option(help="Model reference for the engine.")] = None,
    glossary: Annotated[
        list[Path] | None, typer.Option(help="Glossary file (repeatable; merged in order).")
    ] = None,
    json_output: Annotated[
        bool,
        typer.Option(
            "--json", help="One JSON object: text, engine, model, segments, glossary report, fidelity."
        ),
    ] = False,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (atomically) instead of stdout.")
    ] = None,
    no_memory: Annotated[
        bool,
        typer.Option(
            "--no-memory", help="Don't use the translation memory ($TOOLKIT_CACHE_DIR/memory.sqlite3)."
        ),
    ] = False,
) -> None:
    """Translate an article, keeping its paragraphs; with --glossary, enforce house renderings."""
    if output is not None:
        check_output(output)
    text = read_text(file)
    memory = None if no_memory else open_default_memory()
    try:
        with Pipeline(engine, model=model, glossary=glossary or None, memory=memory) as pipeline:
            with working("translating"):
                result = pipeline.translate(text, target=target, source=source)
            warn_unused_glossary(pipeline.glossary, result.source_language, result.target_language)
    finally:
        if memory is not None:
            memory.close()
    rendered = json.dumps(result.to_dict(), ensure_ascii=False) + "\n" if json_output else result.text
    if output is None:
        typer.echo(rendered, nl=not rendered.endswith("\n"))
    else:
        write_atomic(output, rendered)
