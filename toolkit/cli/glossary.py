"""``toolkit glossary check PATH``: validate a glossary file (over :func:`toolkit.glossary.check`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..errors import GlossaryError
from ..glossary import check as check_glossary
from ._app import glossary_app, handle_errors


@glossary_app.command("check")
@handle_errors
def check(
    path: Annotated[Path, typer.Argument(help="Glossary file (YAML, TSV, CSV or TBX).")],
    json_output: Annotated[bool, typer.Option("--json", help="Findings as one JSON object.")] = False,
) -> None:
    """Validate a glossary file: bad rows, duplicates and conflicts, with line numbers.

    Exits 2 when the file has errors (it cannot be used), 0 otherwise (warnings included).
    """
    findings = check_glossary(path)
    errors = [f for f in findings if f.severity == "error"]
    if json_output:
        typer.echo(
            json.dumps({"path": str(path), "ok": not errors, "findings": [f.to_dict() for f in findings]})
        )
    else:
        for finding in findings:
            typer.echo(str(finding), err=finding.severity == "error")
        if not errors:
            typer.echo(f"{path}: ok ({len(findings)} warning(s))" if findings else f"{path}: ok")
    if errors:
        raise GlossaryError(
            f"{path}: {len(errors)} error(s); fix them and run `toolkit glossary check` again"
        )
