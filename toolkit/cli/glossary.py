from __future__ import annotations

from pathlib import Path

import typer

from ..errors import NotBuiltError
from ._app import glossary_app, handle_errors


@glossary_app.command("check")
@handle_errors
def check(path: Path = typer.Argument(..., help="Glossary file (YAML, TSV, CSV or TBX).")) -> None:
    """Validate a glossary file."""
    raise NotBuiltError("glossaries are not built yet (issue: glossary)")
