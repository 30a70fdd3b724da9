"""``toolkit batch``: a thin layer over :func:`toolkit.batch.run_batch`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import BatchError
from ._app import app, handle_errors

if TYPE_CHECKING:
    from ..batch import BatchSummary


def _split(values: list[str]) -> list[str]:
    """``--to en,es --to de`` -> ``["en", "es", "de"]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@app.command()
@handle_errors
def batch(
    input: Annotated[
        str,
        typer.Argument(
            help="Folder of .txt/.md articles, or a JSONL or Parquet file of {id, text, title?, source?} "
            "(a local path or a URL fsspec reads: s3://, gs://, hdfs://, ...)."
        ),
    ],
    output: Annotated[
        Path, typer.Argument(help="Output folder: OUTPUT/<id>/<lang>/ and OUTPUT/manifest.jsonl.")
    ],
    to: Annotated[list[str], typer.Option("--to", help="Target languages, comma-separated (repeatable).")],
    length: Annotated[
        list[str] | None,
        typer.Option(
            "--length", help="Brief length: headline, short, medium, long (repeatable; default: all)."
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Workers, each loading the engine once: processes here, or actors in the Ray cluster.",
        ),
    ] = 1,
    executor: Annotated[
        str, typer.Option(help="local (processes on this machine) or ray (actors on a Ray cluster).")
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(help="The Ray cluster's HOST:PORT (with --executor ray; default: start Ray here)."),
    ] = None,
    device: Annotated[
        str, typer.Option(help="Engine device: auto, cpu or cuda (each Ray actor then asks for a GPU).")
    ] = "auto",
    engine: Annotated[
        str | None, typer.Option(help="argos, transformers or apertium (default: auto).")
    ] = None,
    model: Annotated[str | None, typer.Option(help="Model reference for the engine.")] = None,
    glossary: Annotated[list[Path] | None, typer.Option(help="Glossary file (repeatable).")] = None,
    formats: Annotated[
        list[str] | None,
        typer.Option("--format", help="Brief formats, comma-separated: md, txt, html, json."),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--from", help="Source language of every article; detected if omitted.")
    ] = None,
    fail_fast: Annotated[bool, typer.Option(help="Stop at the first failed item.")] = False,
    memory: Annotated[
        Path | None,
        typer.Option(help="Translation memory file shared by the workers (off by default: see the docs)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary table.")
    ] = False,
) -> None:
    """Localize a folder (or JSONL file) of articles into several languages, resumably.

    Rerunning skips items whose input and settings are unchanged. Exit status 1 when an item failed.
    """
    import sys

    from ..batch import MANIFEST, run_batch
    from ..pipeline import DEFAULT_LENGTHS

    summary = run_batch(
        input,
        output,
        targets=_split(to),
        lengths=_split(length or []) or DEFAULT_LENGTHS,
        jobs=jobs,
        engine=engine,
        model=model,
        glossary=glossary or [],
        source=source,
        formats=_split(formats or []) or ("md", "json"),
        memory=memory,
        fail_fast=fail_fast,
        progress=not quiet and sys.stderr.isatty(),
        executor=executor,
        address=address,
        device=device,
    )
    if not quiet:
        _print_summary(summary)
    if summary.exit_code:
        stopped = f", {summary.not_run} not run (--fail-fast)" if summary.not_run else ""
        raise BatchError(
            f"{summary.failed} of {len(summary.records) + summary.not_run} items failed{stopped}; "
            f"see {summary.output / MANIFEST}, fix them and rerun to retry only those"
        )


def _print_summary(summary: BatchSummary) -> None:
    """The end-of-run table on stderr, then one line per failed item."""
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=True)
    table = Table(title=f"batch → {summary.output}", title_justify="left")
    for column in ("ok", "skipped", "failed", "not run", "time"):
        table.add_column(column, justify="right")
    table.add_row(
        str(summary.ok),
        str(summary.skipped),
        str(summary.failed),
        str(summary.not_run),
        f"{summary.seconds:.1f} s",
    )
    console.print(table)
    for record in summary.records:
        if record.status == "failed":
            console.print(f"[red]failed[/red] {record.id} → {record.lang}: {record.error}", highlight=False)
