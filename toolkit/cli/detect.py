"""``toolkit detect``: the language of each article and of each of its paragraphs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..detection import LanguageDetector
from ..document import read_text
from ._app import app, handle_errors


@app.command()
@handle_errors
def detect(
    files: Annotated[list[Path], typer.Argument(help="Article files, or - for standard input.")],
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON object per input (JSON Lines).")
    ] = False,
) -> None:
    """Detect the language of each article, and of each paragraph."""
    detector = LanguageDetector()
    # Read everything first: a missing or binary file fails before any output is written.
    texts = [(str(path), read_text(path)) for path in files]
    detections = detector.detect_many(text for _, text in texts)
    for (name, text), detection in zip(texts, detections, strict=True):
        if json_output:
            typer.echo(json.dumps({"file": name, **detection.to_dict()}, ensure_ascii=False))
            continue
        mixed = ""
        if detection.mixed:
            others = sorted({p.language for p in detection.paragraphs} - {detection.language})
            mixed = f"  mixed: {', '.join([detection.language, *others])}"
        typer.echo(f"{name}\t{detection.language}\t{detection.confidence:.2f}{mixed}")
        if detection.mixed:
            for p in detection.paragraphs:
                excerpt = text[p.start : p.end][:60].replace("\n", " ")
                typer.echo(f"  ¶{p.index}\t{p.language}\t{p.confidence:.2f}\t{excerpt}")
