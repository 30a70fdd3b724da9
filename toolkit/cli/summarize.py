"""``toolkit summarize`` and ``toolkit brief``: thin layers over :mod:`toolkit.summarization` and
:mod:`toolkit.briefs`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..document import read_text
from ..errors import UsageError
from ..files import check_output, write_atomic
from ..langcodes import check as check_language
from ._app import app, handle_errors, open_default_memory, warn_unused_glossary, working

_FORMATS = ("md", "txt", "html", "json")


@app.command()
@handle_errors
def summarize(
    file: Annotated[str, typer.Argument(help="Article file, or - for standard input.")],
    length: Annotated[
        str | None, typer.Option("--length", help="headline, short (default), medium or long.")
    ] = None,
    sentences: Annotated[int | None, typer.Option("--sentences", min=1, help="Exactly N sentences.")] = None,
    words: Annotated[int | None, typer.Option("--words", min=1, help="At most N words.")] = None,
    language: Annotated[
        str | None, typer.Option("--language", help="Language (ISO 639-1); detected if omitted.")
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="One JSON object: text, sentences with offsets, method.")
    ] = False,
) -> None:
    """Summarize an article extractively (its own sentences, in document order)."""
    from ..summarization import summarize as run

    if sum(option is not None for option in (length, sentences, words)) > 1:
        raise UsageError("give one of --length, --sentences or --words")
    language = check_language(language, "--language") if language is not None else None
    text = read_text(file)
    with working("summarizing"):
        summary = run(text, length=length or "short", sentences=sentences, words=words, language=language)
    if json_output:
        typer.echo(json.dumps({"file": file, **summary.to_dict()}, ensure_ascii=False))
    else:
        typer.echo(summary.text)


@app.command()
@handle_errors
def brief(
    file: Annotated[str, typer.Argument(help="Article file, or - for standard input.")],
    target: Annotated[str, typer.Option("--to", help="Language of the brief (ISO 639-1).")] = "en",
    source: Annotated[
        str | None, typer.Option("--from", help="Language of the article; detected if omitted.")
    ] = None,
    length: Annotated[
        list[str] | None,
        typer.Option("--length", help="headline, short, medium, long (repeatable; default: all four)."),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(help="Shipped template name, a template file, or a folder with brief.<format>.j2."),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", help="md, txt, html or json (default: from -o's extension, else md)."),
    ] = None,
    glossary: Annotated[
        list[Path] | None, typer.Option(help="Glossary file (repeatable; merged in order).")
    ] = None,
    engine: Annotated[
        str | None, typer.Option(help="argos, transformers or apertium (default: the best for the pair).")
    ] = None,
    order: Annotated[
        str, typer.Option(help="auto (summarize-first), summarize-first or translate-first.")
    ] = "auto",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here (atomically) instead of stdout.")
    ] = None,
    no_memory: Annotated[bool, typer.Option("--no-memory", help="Don't use the translation memory.")] = False,
) -> None:
    """Write a brief of an article (headline, lede, summaries, key figures), translated if needed."""
    from ..briefs import render
    from ..document import parse
    from ..pipeline import Pipeline

    if format is None and output is not None and output.suffix.lstrip(".") in _FORMATS:
        format = output.suffix.lstrip(".")
    if format is not None and format not in _FORMATS:
        raise UsageError(f"unknown format {format!r}; use one of: {', '.join(_FORMATS)}")
    if output is not None:
        check_output(output)
    lengths = tuple(length) if length else ("headline", "short", "medium", "long")
    name = None if file == "-" else Path(file).name
    document = parse(read_text(file), source)
    memory = None if no_memory else open_default_memory()
    try:
        with Pipeline(engine, glossary=glossary or None, memory=memory) as pipeline, working("briefing"):
            result = pipeline.brief(
                document,
                target=target,
                source=source,
                lengths=lengths,
                order=order,
                source_name=name,
            )
            warn_unused_glossary(pipeline.glossary, result.source_language, result.target_language)
    finally:
        if memory is not None:
            memory.close()
    text = render(result, template, format=format, output=output)
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
    else:
        write_atomic(output, text)
