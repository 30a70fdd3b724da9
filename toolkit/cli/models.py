"""``toolkit models``: list, install (from the Argos package index or a file) and remove models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .. import models
from ..errors import UsageError
from ._app import handle_errors, models_app


@models_app.command("list")
@handle_errors
def list_command(
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON object per model (JSON Lines).")
    ] = False,
) -> None:
    """List installed Argos packages (language pair, version, folder)."""
    installed = models.list_models()
    for model in installed:
        if json_output:
            typer.echo(json.dumps(model.to_dict(), ensure_ascii=False))
        else:
            typer.echo(f"{model.source}→{model.target}\t{model.package_version}\t{model.path}")
    if not installed and not json_output:
        typer.echo(
            f"no models installed in {models.models_dir()}: run `toolkit models install FROM TO`", err=True
        )


@models_app.command("install")
@handle_errors
def install_command(
    what: Annotated[
        list[str], typer.Argument(help="FROM TO (download from the Argos package index), or FILE.argosmodel.")
    ],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    max_unpacked_size: Annotated[
        str,
        typer.Option(
            "--max-unpacked-size",
            metavar="SIZE",
            help="Refuse packages that unpack to more than this (e.g. 800M, 16G); raise it for large models.",
        ),
    ] = "4G",
) -> None:
    """Install a model: `install fr en` downloads it; `install FILE.argosmodel` works offline."""
    limit = models.parse_size(max_unpacked_size)
    if len(what) == 1 and (what[0].endswith(".argosmodel") or Path(what[0]).is_file()):
        model = models.install_from_file(what[0], max_unpacked_size=limit)
    elif len(what) == 2:
        model = models.install_from_index(what[0], what[1], progress=not quiet, max_unpacked_size=limit)
    else:
        raise UsageError("give FROM TO (e.g. `toolkit models install fr en`) or a FILE.argosmodel")
    typer.echo(f"installed {model.source}→{model.target} ({model.package_version}) in {model.path}")


@models_app.command("remove")
@handle_errors
def remove_command(
    source: Annotated[str, typer.Argument(help="Source language (ISO 639-1).")],
    target: Annotated[str, typer.Argument(help="Target language (ISO 639-1).")],
) -> None:
    """Remove an installed model."""
    model = models.remove(source, target)
    typer.echo(f"removed {model.source}→{model.target} ({model.path})")
