"""``toolkit doctor``: a thin layer over :func:`toolkit.doctor.diagnose`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ._app import app, handle_errors


@app.command()
@handle_errors
def doctor(
    json_output: Annotated[bool, typer.Option("--json", help="One JSON object instead of text.")] = False,
) -> None:
    """Show which engines, models, language pairs and glossaries are available, and why not.

    Exit status 1 when no engine can translate anything.
    """
    from ..doctor import diagnose

    diagnosis = diagnose()
    if json_output:
        typer.echo(json.dumps(diagnosis.to_dict(), ensure_ascii=False))
    else:
        typer.echo(f"Wire Toolkit {diagnosis.version} (Python {diagnosis.python})")
        typer.echo("\nEngines:")
        for engine in diagnosis.engines:
            state = "ok" if engine.available else "unavailable"
            typer.echo(f"  {engine.name:<13} {state}" + (f" — {engine.reason}" if engine.reason else ""))
            if engine.models:
                typer.echo(f"  {'':<13} models: {', '.join(engine.models)}")
        typer.echo("\nLanguage pairs:")
        for (source, target), names in diagnosis.pairs.items():
            typer.echo(f"  {source}→{target}: {', '.join(names)}")
        if not diagnosis.pairs:
            typer.echo("  none: install an engine (see above)")
        typer.echo("\nModel sources (what `toolkit models install FROM TO` gets, per pair):")
        for row in diagnosis.sources:
            state = f"installed: {row.installed}" if row.installed else f"`{row.command}`"
            typer.echo(f"  {row.source}→{row.target} {row.origin:<5} {row.model}")
            typer.echo(f"  {'':<5} {'':<5} licence: {row.license}; {state}")
        typer.echo("\nShipped glossaries:")
        for glossary in diagnosis.glossaries:
            pairs = ", ".join(f"{s}→{t}" for s, t in glossary.pairs)
            detail = f"error: {glossary.error}" if glossary.error else f"{glossary.entries} entries, {pairs}"
            typer.echo(f"  {glossary.name:<13} {detail}  ({glossary.path})")
        count = diagnosis.cache_entries
        entries = "not created yet" if count is None else f"{count} entries"
        typer.echo(f"\nTranslation memory: {diagnosis.cache_path} ({entries})")
    if not diagnosis.ok:
        raise typer.Exit(1)
