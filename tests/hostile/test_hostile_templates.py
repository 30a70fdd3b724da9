"""Hostile templates: every budget holds (time, output, ranges, repetition, recursion), failures are
TemplateErrors (exit 2, one line), and HTML escaping follows the output format, includes too."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import TemplateError, brief, render
from toolkit.cli import app
from toolkit.templating import Budget, create_environment, escapes_html, render_template

HOSTILE = (
    "Rebels <script>alert('x')</script> take the city\n\n"
    "BEIRUT, Nov 29 (AFP) - Rebels said <b>at least 12 people</b> were killed & "
    'wrote "<img src=x onerror=alert(1)>" on a wall. The army did not comment.\n'
)

# A variable that doubles 40 times (a namespace, as a plain {% set %} is local to one loop pass).
_DOUBLING = (
    "{{% set ns = namespace(s='xx') %}}{{% for i in range(40) %}}{{% set ns.s = ns.s {op} ns.s %}}"
    "{{% endfor %}}{{{{ ns.s | length }}}}"
)


def _render(tmp_path: Path, source: str, budget: Budget | None = None, **context: object) -> str:
    (tmp_path / "t.j2").write_text(source, encoding="utf-8")
    environment = create_environment([tmp_path], autoescape=False, budget=budget or Budget(seconds=2))
    return render_template(environment, "t.j2", {"text": "abc", **context})


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("{{ 'x' * 2000000000 }}", "would build a value"),
        ("{{ ['x'] * 2000000000 }}", "would build a value"),
        ("{{ range(10**9) | list }}", "range"),
        ("{{ 10 ** 1000000000 }}", "too large a number"),
        ("{{ '%*s' | format(2000000000, 'x') }}", "width"),
        ("{{ '%2000000000s' % 'x' }}", "width"),
        ("{{ '%*s' % (2000000000, 'x') }}", "width"),
        ("{{ 'x' | center(2000000000) }}", "width"),
        ("{{ 'x'.ljust(2000000000) }}", "width"),
        ("{{ '{:>2000000000}'.format('x') }}", "width"),
        ("{{ 'a\nb' | indent(2000000000) }}", "width"),
        ("{% set s = 'x' * 10000 %}{{ s.replace('', s) }}", "would build a value"),
        ("{% set s = 'x' * 10000 %}{{ s | replace('x', s) }}", "would build a value"),
        (_DOUBLING.format(op="~"), "would build a value"),
        (_DOUBLING.format(op="+"), "would build a value"),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{{ text }}{% endfor %}{% endfor %}",
            "output is longer|took more than",
        ),
        ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "took more"),
        ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "recursion"),
        ("{{ 1 / 0 }}", "ZeroDivisionError"),
        ("{{ text.__class__ }}", "sandbox|undefined"),
    ],
)
def test_budgets_and_errors_are_template_errors(tmp_path, source, reason):
    started = time.monotonic()
    with pytest.raises(TemplateError, match=reason) as info:
        _render(tmp_path, source, Budget(seconds=2, output_chars=1 << 20))
    assert "\n" not in str(info.value)
    assert time.monotonic() - started < 10


def test_loops_calling_nothing_are_stopped_by_the_clock(tmp_path):
    # Nested loops over a long string: no hook runs inside, the interval timer stops them.
    if signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, signal.SIG_IGN, None):
        pytest.skip("SIGALRM is taken by another tool (pytest-timeout?); the timer stays off")
    source = "{% for a in s %}{% for b in s %}{% for c in s %}{% endfor %}{% endfor %}{% endfor %}"
    started = time.monotonic()
    with pytest.raises(TemplateError, match="took more than 1 s"):
        _render(tmp_path, source, Budget(seconds=1), s="x" * 5000)
    assert time.monotonic() - started < 5


def test_ordinary_templates_still_work(tmp_path):
    source = "{% for i in range(3) %}{{ i * 2 }}{{ '-' * 3 }}{% endfor %} {{ '%5.1f' % 3.14159 }} {{ 2**10 }}"
    assert _render(tmp_path, source) == "0---2---4---   3.1 1024"
    assert _render(tmp_path, "{{ '{:,}'.format(123456789) }} {{ text | center(7) }}") == "123,456,789   abc  "


def test_budget_from_environment(monkeypatch):
    monkeypatch.setenv("TOOLKIT_TEMPLATE_SECONDS", "0.5")
    monkeypatch.setenv("TOOLKIT_TEMPLATE_OUTPUT", "1000")
    assert Budget.from_env() == Budget(seconds=0.5, output_chars=1000)
    monkeypatch.setenv("TOOLKIT_TEMPLATE_OUTPUT", "lots")
    with pytest.raises(Exception, match="TOOLKIT_TEMPLATE_OUTPUT"):
        Budget.from_env()


def test_output_budget_from_environment_stops_a_brief(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_TEMPLATE_OUTPUT", "100")
    with pytest.raises(TemplateError, match="longer than 100 characters"):
        render(brief(HOSTILE, target="en"), "brief.md.j2")


def test_escaping_follows_the_output_format():
    assert escapes_html("html") and escapes_html(output="x/plain.HTML") and escapes_html(output="a.xhtml")
    assert escapes_html(template="brief.html.j2") and escapes_html(template="page.xhtml.j2")
    assert escapes_html(template="p.htm") and not escapes_html("md", "brief.md", "brief.md.j2")


def test_plain_named_templates_and_included_partials_are_escaped_for_html(tmp_path):
    result = brief(HOSTILE, target="en")
    (tmp_path / "plain.j2").write_text("{{ brief.headline }}|{% include '_part.j2' %}", encoding="utf-8")
    (tmp_path / "_part.j2").write_text("{{ brief.lede }}", encoding="utf-8")
    (tmp_path / "page.xhtml.j2").write_text("{{ brief.headline }}", encoding="utf-8")
    for html in (
        render(result, tmp_path / "plain.j2", format="html"),
        render(result, tmp_path / "plain.j2", output=tmp_path / "out.htm"),
        render(result, tmp_path / "page.xhtml.j2"),
    ):
        assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in render(result, tmp_path / "plain.j2", format="html")
    assert "<script>" in render(result, tmp_path / "plain.j2", format="md")


def test_cli_plain_template_to_html_file_is_escaped_and_budget_exit_2(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "plain.j2").write_text("{{ brief.headline }}\n", encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "plain.html"
    command = ["brief", str(article), "--to", "en", "--no-memory", "--template"]
    result = runner.invoke(app, [*command, str(tmp_path / "plain.j2"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "&lt;script&gt;" in out.read_text(encoding="utf-8")
    (tmp_path / "bomb.j2").write_text("{{ 'x' * 2000000000 }}", encoding="utf-8")
    result = runner.invoke(app, [*command, str(tmp_path / "bomb.j2")])
    assert result.exit_code == 2 and "would build a value" in result.output
