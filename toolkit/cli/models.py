"""``toolkit models``: list, install (Argos index, OPUS-MT, a URL, a file, a lock file) and remove models."""

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
    """List installed packages: pair, version, format, SHA-256 of what was installed, folder."""
    installed = models.list_models()
    for model in installed:
        if json_output:
            typer.echo(json.dumps(model.to_dict(), ensure_ascii=False))
        else:
            typer.echo(
                f"{model.source}→{model.target}\t{model.package_version}\t{model.tokenizer}\t"
                f"{model.license or '-'}\tsha256:{model.sha256 or 'unknown'}\t{model.path}"
            )
    if not installed and not json_output:
        typer.echo(
            f"no models installed in {models.models_dir()}: run `toolkit models install FROM TO`", err=True
        )


def _is_argos_file(what: str) -> bool:
    return what.endswith(".argosmodel") or (Path(what).is_file() and not what.endswith(".zip"))


@models_app.command("install")
@handle_errors
def install_command(
    what: Annotated[
        list[str] | None,
        typer.Argument(help="FROM TO (download), or FILE.argosmodel; nothing with --locked (every pin)."),
    ] = None,
    source: Annotated[
        str,
        typer.Option(
            "--source",
            help="argos (the Argos package index), opus (OPUS-MT Tatoeba zip, converted without torch), "
            "a URL (.argosmodel or OPUS-MT .zip), or a local OPUS-MT .zip.",
        ),
    ] = "argos",
    release: Annotated[
        str | None, typer.Option("--release", help="OPUS-MT release name (default: the known one).")
    ] = None,
    sha256: Annotated[
        str | None, typer.Option("--sha256", help="Refuse the download unless it has this SHA-256.")
    ] = None,
    locked: Annotated[
        bool, typer.Option("--locked", help="Install exactly what the lock file pins (URL + SHA-256).")
    ] = False,
    lock: Annotated[
        Path | None, typer.Option("--lock", help="Lock file (default: models.lock in the models folder).")
    ] = None,
    quantization: Annotated[
        str, typer.Option("--quantization", help="CTranslate2 weights of a converted OPUS-MT model.")
    ] = "int8",
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
    """Install a model: `install fr en` downloads it (verified, pinned in models.lock);
    `install FILE.argosmodel` works offline; `install --locked` replays a team's lock file."""
    what = what or []
    progress = not quiet
    limit = models.parse_size(max_unpacked_size)
    if locked:
        if len(what) not in (0, 2) or sha256:
            raise UsageError("--locked takes FROM TO or nothing (every pinned package), and no --sha256")
        pairs = [(what[0], what[1])] if what else None
        for model in models.install_locked(pairs, lock=lock, progress=progress, max_unpacked_size=limit):
            _report(model)
        return
    if len(what) == 1 and _is_argos_file(what[0]):
        model = models.install_from_file(what[0], sha256=sha256, max_unpacked_size=limit)
    elif len(what) == 2 and source == "argos":
        model = models.install_from_index(
            what[0], what[1], sha256=sha256, progress=progress, lock=lock, max_unpacked_size=limit
        )
    elif len(what) == 2 and source.endswith(".argosmodel") and "://" in source:
        model = models.install_from_url(
            source, what[0], what[1], sha256=sha256, progress=progress, lock=lock, max_unpacked_size=limit
        )
    elif len(what) == 2:
        from ..opusmt import install_opus

        if "://" not in source and source != "opus" and not Path(source).is_file():
            raise UsageError(f"--source {source}: use argos, opus, a URL, or the path of an OPUS-MT .zip")
        model = install_opus(
            what[0], what[1], source, sha256=sha256, release=release, quantization=quantization,
            progress=progress, lock=lock, max_unpacked_size=limit,
        )  # fmt: skip
    else:
        raise UsageError("give FROM TO (e.g. `toolkit models install fr en`) or a FILE.argosmodel")
    _report(model)


def _report(model: models.InstalledModel) -> None:
    typer.echo(
        f"installed {model.source}→{model.target} ({model.package_version}, {model.tokenizer}"
        f"{', ' + model.license if model.license else ''}) in {model.path}  sha256:{model.sha256}"
    )


@models_app.command("remove")
@handle_errors
def remove_command(
    source: Annotated[str, typer.Argument(help="Source language (ISO 639-1).")],
    target: Annotated[str, typer.Argument(help="Target language (ISO 639-1).")],
) -> None:
    """Remove an installed model."""
    model = models.remove(source, target)
    typer.echo(f"removed {model.source}→{model.target} ({model.path})")
