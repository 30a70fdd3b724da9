"""The typer application and the one place where errors become exit codes.

Each command module registers its commands on :data:`app`; commands stay thin wrappers around a
public library call. ``ToolkitError`` becomes a one-line message on stderr and its ``exit_code``.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

import typer

from ..errors import ToolkitError
from ..memory import TranslationMemory, default_path

if TYPE_CHECKING:
    from ..glossary import Glossary

# Exits and usage errors typer reports itself: typer 0.2x vendors click (typer._click) and roots
# them in TyperException; older releases raise the click package's own.
_TYPER_EXITS: tuple[type[Exception], ...]
try:
    from typer import TyperException

    _TYPER_EXITS = (typer.Exit, typer.Abort, TyperException)
except ImportError:
    from click import ClickException

    _TYPER_EXITS = (typer.Exit, typer.Abort, ClickException)

app = typer.Typer(
    name="toolkit",
    help="Wire Toolkit: detect, translate (with a glossary), summarize and brief news wire copy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _options(
    max_input_size: str | None = typer.Option(
        None,
        "--max-input-size",
        metavar="SIZE",
        help="Largest article accepted (default 10M; also $TOOLKIT_MAX_INPUT), e.g. 50M.",
    ),
) -> None:
    """Wire Toolkit: detect, translate (with a glossary), summarize and brief news wire copy."""
    if max_input_size is not None:
        from ..limits import parse_size

        try:
            parse_size(max_input_size)
        except ToolkitError as exc:
            raise fail(str(exc), 2) from None
        # The environment carries it to every stage, batch workers included.
        os.environ["TOOLKIT_MAX_INPUT"] = max_input_size


models_app = typer.Typer(help="Manage offline translation models (Argos packages).", no_args_is_help=True)
glossary_app = typer.Typer(help="Work with glossary files.", no_args_is_help=True)
app.add_typer(models_app, name="models")
app.add_typer(glossary_app, name="glossary")

F = TypeVar("F", bound=Callable[..., object])


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def handle_errors(command: F) -> F:
    """Turn toolkit errors into one line on stderr and the right exit status, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> object:
        try:
            return command(*args, **kwargs)
        except ToolkitError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except _TYPER_EXITS:
            raise  # a command's own exit status or usage error, already reported
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except BrokenPipeError:
            # `toolkit ... | head`: the reader left; not an error worth a message.
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence for users
            if os.environ.get("TOOLKIT_DEBUG"):
                raise
            raise fail(
                f"internal error: {type(exc).__name__}: {exc} (rerun with TOOLKIT_DEBUG=1 for details)", 1
            ) from None

    return wrapper  # type: ignore[return-value]


def open_default_memory() -> TranslationMemory | None:
    """The default translation memory, or ``None`` (with a warning) when it cannot be opened:
    a read-only cache folder must not stop a translation."""
    memory = TranslationMemory(default_path())
    try:
        memory.stats()
    except ToolkitError as exc:
        typer.echo(f"warning: {exc}; translating without it", err=True)
        memory.close()
        return None
    return memory


def warn_unused_glossary(glossary: Glossary | None, source: str, target: str) -> None:
    """A warning on stderr when ``--glossary`` has no entries for the pair translated: a fr→en
    glossary given to a fr→es translation would otherwise be ignored without a word."""
    if glossary is None or source == target or (source, target) in glossary.pairs:
        return
    held = ", ".join(sorted(f"{s}→{t}" for s, t in glossary.pairs)) or "no"
    typer.echo(
        f"warning: the glossary has no {source}→{target} entries ({held} only); it was not applied",
        err=True,
    )


#: Seconds a step runs before its spinner appears: quick runs stay silent.
PROGRESS_AFTER_S = 2.0


@contextlib.contextmanager
def working(label: str) -> Iterator[None]:
    """A spinner with the elapsed time on stderr while a long step runs (a 40 MB article takes
    minutes). Shown only on a terminal and only once the step has run for :data:`PROGRESS_AFTER_S`;
    it disappears when the step ends, so output and pipes are never touched."""
    if not sys.stderr.isatty() or os.environ.get("TOOLKIT_NO_PROGRESS"):
        yield
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(), TextColumn(f"{label}…"), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )  # fmt: skip
    bar.add_task(label, total=None)
    timer = threading.Timer(PROGRESS_AFTER_S, bar.start)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        bar.stop()
