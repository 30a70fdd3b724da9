"""The one Jinja2 environment templates render in: sandboxed, budgeted, escaped by output format.

Templates are user input (``--template PATH``) and so is every value they show (an article's
text), so rendering is treated as running untrusted code:

* the environment is Jinja2's :class:`~jinja2.sandbox.ImmutableSandboxedEnvironment` (no private
  attributes, no mutation of data passed in) with strict undefined variables;
* a render has a **time budget** and an **output budget** (:class:`Budget`, from the caller or from
  ``$TOOLKIT_TEMPLATE_SECONDS`` / ``$TOOLKIT_TEMPLATE_OUTPUT``). Everything that can grow a value
  is checked *before* it allocates: ``*``, ``+``, ``%`` and ``**``, ``~`` concatenation, ``range``
  (at most ``max_range`` items, and it checks the clock while it runs), and every call and filter
  (integer arguments such as widths are bounded, ``replace`` is sized up front). The clock is
  checked at each of those points and at each piece of output; on the main thread an interval
  timer also interrupts loops that call nothing at all;
* no constant folding at compile time (Jinja's optimizer would evaluate ``'x' * 10**9`` while
  loading the template, outside any budget);
* whatever goes wrong inside a template — a budget, the sandbox, recursion, a Python error in an
  expression — becomes a :class:`~toolkit.errors.TemplateError` (exit status 2), one line long.

Autoescaping is decided by the **output format** (:func:`escapes_html`), not by a template's file
name, and the environment applies it to every template: the one asked for and everything it
includes, imports or extends.
"""

from __future__ import annotations

import functools
import math
import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.nodes import Concat
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import InputError, TemplateError

__all__ = ["Budget", "create_environment", "escapes_html", "render_template"]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".xml")
_TEMPLATE_SUFFIX = re.compile(r"\.(j2|jinja2?|tmpl)$")
#: Methods and filters whose integer arguments are widths or paddings (output grows with them).
_WIDTH_CALLS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "indent", "wordwrap"})


@dataclass(frozen=True)
class Budget:
    """Limits of one render. The defaults are generous for briefs (a few KiB in milliseconds)."""

    seconds: float = 10.0
    #: Characters of output, and of any single value built while rendering.
    output_chars: int = 16 << 20
    #: Items one ``range()`` may produce.
    max_range: int = 100_000

    @classmethod
    def from_env(cls) -> Budget:
        """The defaults, overridden by ``$TOOLKIT_TEMPLATE_SECONDS`` and ``$TOOLKIT_TEMPLATE_OUTPUT``."""
        values: dict[str, Any] = {}
        for variable, key, kind in (
            ("TOOLKIT_TEMPLATE_SECONDS", "seconds", float),
            ("TOOLKIT_TEMPLATE_OUTPUT", "output_chars", int),
        ):
            text = os.environ.get(variable)
            if not text:
                continue
            try:
                value = kind(text)
            except ValueError:
                value = -1
            if not value > 0 or not math.isfinite(value):
                raise InputError(f"${variable}={text[:40]!r} is not a positive number; unset it or fix it")
            values[key] = value
        return cls(**values)


def escapes_html(
    format: str | None = None, output: str | Path | None = None, template: str | None = None
) -> bool:
    """Whether output must be HTML-escaped: an html format, an output file named ``*.html``/``.htm``/
    ``.xhtml``/``.xml``, or a template named like one (``brief.html.j2``). Any one is enough."""
    if format in ("html", "htm", "xhtml", "xml"):
        return True
    if output is not None and str(output).lower().endswith(_HTML_SUFFIXES):
        return True
    if template:
        stem = _TEMPLATE_SUFFIX.sub("", Path(str(template)).name.lower())
        return stem.endswith(_HTML_SUFFIXES)
    return False


class _OverBudget(Exception):
    """Raised inside a render when a budget is spent; becomes a TemplateError."""


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, with ``a ~ b`` concatenations passed through a size check."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.checked_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class _Environment(ImmutableSandboxedEnvironment):
    code_generator_class = _CodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, budget: Budget, **options: Any) -> None:
        super().__init__(**options)
        self.budget = budget
        self.deadline = math.inf
        self.filters = {name: self._guarded(name, f) for name, f in self.filters.items()}
        self.globals["range"] = self._range

    # -- the clock and sizes ------------------------------------------------------------------

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise _OverBudget(f"took more than {self.budget.seconds:g} s")

    def _too_big(self, size: int) -> None:
        if size > self.budget.output_chars:
            raise _OverBudget(
                f"would build a value of {size:,} items (more than {self.budget.output_chars:,})"
            )

    def _check_widths(self, name: str, receiver: Any, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
        """Refuse a padding or width larger than the output budget before it is allocated:
        ``center(10**9)``, ``indent(width=...)``, ``"{:>999999999}".format(x)``, ``"%999999999s" % x``."""
        numbers: list[Any] = []
        if name in _WIDTH_CALLS:
            numbers = [*args, *kwargs.values()]
        elif name in ("format", "format_map") and isinstance(receiver, str):
            numbers = [int(digits) for digits in re.findall(r"\d+", receiver)]
            if "*" in receiver:  # "%*s": the width is an argument
                numbers += [*args, *kwargs.values()]
        for value in numbers:
            if (
                isinstance(value, int)
                and not isinstance(value, bool)
                and abs(value) > self.budget.output_chars
            ):
                raise _OverBudget(
                    f"{name}() with a width of {value:,} (more than {self.budget.output_chars:,})"
                )

    def _check_result(self, value: Any) -> Any:
        if isinstance(value, (str, bytes, list, tuple, dict)):
            self._too_big(len(value))
        return value

    def _check_replace(self, text: Any, old: Any, new: Any) -> None:
        if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
            count = text.count(old) if old else len(text) + 1
            self._too_big(len(text) + count * (len(new) - len(old)))

    # -- sandbox hooks --------------------------------------------------------------------------

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.tick()
        sized = (str, bytes, list, tuple)
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, sized) and isinstance(count, int):
                    self._too_big(len(sequence) * max(count, 0))
        elif operator == "+" and isinstance(left, sized) and isinstance(right, sized):
            self._too_big(len(left) + len(right))
        elif operator == "**" and isinstance(left, (int, float)) and isinstance(right, (int, float)):
            if abs(left) > 1 and right > 0 and right * math.log2(abs(left)) > 4096:
                raise _OverBudget(f"{left} ** {right} is too large a number")
        elif operator == "%" and isinstance(left, str):
            values = right if isinstance(right, tuple) else (right,)
            self._check_widths("format", left, values, {})
        return self._check_result(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        __self.tick()
        name, receiver = getattr(__obj, "__name__", ""), getattr(__obj, "__self__", None)
        __self._check_widths(name, receiver, args, kwargs)
        if name == "replace" and len(args) >= 2:
            __self._check_replace(receiver, args[0], args[1])
        return __self._check_result(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # Jinja swaps str.format for a sandboxed formatter when the attribute is read; the widths
        # in the format string are checked there, before any call.
        wrapper = super().wrap_str_format(value)
        if wrapper is not None:
            self._check_widths(value.__name__, value.__self__, (), {})
        return wrapper

    def checked_concat(self, value: str) -> str:
        self.tick()
        return self._check_result(value)

    def _guarded(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)  # keeps jinja_pass_arg: Jinja still passes the context
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self.tick()
            values = args[1:] if getattr(function, "jinja_pass_arg", None) else args
            self._check_widths(name, values[0] if values else None, values[1:], kwargs)
            if name == "replace":
                strings = [a for a in args if isinstance(a, str)]
                if len(strings) >= 3:
                    self._check_replace(*strings[:3])
            return self._check_result(function(*args, **kwargs))

        return guarded

    def _range(self, *args: int) -> Iterator[int]:
        numbers = range(*args)
        if len(numbers) > self.budget.max_range:
            raise _OverBudget(f"range() of {len(numbers):,} items (at most {self.budget.max_range:,})")
        return self._ticking(numbers)

    def _ticking(self, numbers: range) -> Iterator[int]:
        for index, number in enumerate(numbers):
            if index % 1024 == 0:
                self.tick()
            yield number


def create_environment(
    search_path: Sequence[str | Path], *, autoescape: bool, budget: Budget | None = None
) -> ImmutableSandboxedEnvironment:
    """The sandboxed, budgeted environment for templates in ``search_path`` (first match wins).

    ``autoescape`` applies to every template it loads (see :func:`escapes_html`). Render with
    :func:`render_template`, which enforces the budget.
    """
    return _Environment(
        budget or Budget.from_env(),
        loader=FileSystemLoader([str(p) for p in search_path]),
        autoescape=autoescape,
        undefined=StrictUndefined,
        optimized=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_template(environment: ImmutableSandboxedEnvironment, name: str, context: Mapping[str, Any]) -> str:
    """Render template ``name`` within the environment's budget; every failure is a TemplateError."""
    if not isinstance(environment, _Environment):
        raise TypeError("render_template takes an environment from create_environment()")
    budget = environment.budget
    try:
        template = environment.get_template(name)
        environment.deadline = time.monotonic() + budget.seconds
        pieces: list[str] = []
        size = 0
        with _alarm(budget.seconds):
            for piece in template.generate(context):
                size += len(piece)
                if size > budget.output_chars:
                    raise _OverBudget(f"output is longer than {budget.output_chars:,} characters")
                environment.tick()
                pieces.append(piece)
        return "".join(pieces)
    except TemplateSyntaxError as exc:
        raise TemplateError(f"{exc.filename or name}:{exc.lineno}: {exc.message}; fix the template") from None
    except TemplateNotFound as exc:
        raise TemplateError(
            f"template {exc.name}: not found next to {name} or among the shipped templates"
        ) from None
    except SecurityError as exc:
        raise TemplateError(f"template {name}: blocked by the sandbox ({_short(exc)})") from None
    except UndefinedError as exc:
        raise TemplateError(f"template {name}: {_short(exc)}; check the variable names it uses") from None
    except _OverBudget as exc:
        raise TemplateError(
            f"template {name}: stopped, it {exc} (budget: {budget.seconds:g} s, "
            f"{budget.output_chars:,} characters; $TOOLKIT_TEMPLATE_SECONDS / $TOOLKIT_TEMPLATE_OUTPUT)"
        ) from None
    except RecursionError:
        raise TemplateError(f"template {name}: recursion too deep (a macro calling itself?)") from None
    except MemoryError:
        raise TemplateError(f"template {name}: ran out of memory; simplify the template") from None
    except TemplateError:
        raise
    except Exception as exc:  # noqa: BLE001 - any error inside a template is the template's
        raise TemplateError(
            f"template {name}: {type(exc).__name__}: {_short(exc)}; fix the template"
        ) from None
    finally:
        environment.deadline = math.inf


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:199] + "…"


class _alarm:  # noqa: N801 - used as a context manager
    """On the main thread, an interval timer that interrupts a render past its time budget even in
    a loop that calls nothing (no hook would run). Elsewhere, or when SIGALRM is taken, a no-op."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = False

    def __enter__(self) -> None:
        if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
            return
        if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, signal.SIG_IGN, None):
            return  # someone else's alarm: leave it alone
        self.previous = signal.signal(signal.SIGALRM, self._expired)
        # A little after the budget, so the deterministic checks usually speak first.
        signal.setitimer(signal.ITIMER_REAL, self.seconds + 0.5)
        self.armed = True

    def _expired(self, signum: int, frame: object) -> None:
        raise _OverBudget(f"took more than {self.seconds:g} s")

    def __exit__(self, *exc_info: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
