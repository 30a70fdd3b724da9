"""Hostile article input: oversized files and streams, NUL bytes past the binary sniff, output paths
that are folders. Each is a one-line input error with exit status 2, raised before any work. And
long steps show progress on a terminal."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import parse, read_text
from toolkit.cli import app
from toolkit.errors import InputError
from toolkit.limits import DEFAULT_MAX_INPUT, max_input_size, parse_size

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "examples" / "alep-offensive-fr.txt"


def test_default_limit_and_environment(monkeypatch):
    monkeypatch.delenv("TOOLKIT_MAX_INPUT", raising=False)
    assert max_input_size() == DEFAULT_MAX_INPUT == 10 << 20
    monkeypatch.setenv("TOOLKIT_MAX_INPUT", "50M")
    assert max_input_size() == 50 << 20
    monkeypatch.setenv("TOOLKIT_MAX_INPUT", "big")
    with pytest.raises(InputError, match="TOOLKIT_MAX_INPUT"):
        max_input_size()
    assert parse_size("1.5k") == 1536


def test_an_oversized_file_is_refused_without_reading_it_whole(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_MAX_INPUT", "1K")
    big = tmp_path / "big.txt"
    big.write_text("Le texte. " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match=r"big.txt: is larger than the 1 KiB input limit.*--max-input-size"):
        read_text(big)
    with pytest.raises(InputError, match="input limit"):
        parse("Le texte. " * 1000)
    # Strings get room for a translation longer than its article.
    assert parse("Le texte. " * 150).sentences


def test_cli_limit_option_and_stdin(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["--max-input-size", "1K", "summarize", str(FRENCH)])
    assert result.exit_code == 2 and "input limit" in result.output and "Traceback" not in result.output
    assert runner.invoke(app, ["--max-input-size", "1M", "summarize", str(FRENCH)]).exit_code == 0
    result = runner.invoke(app, ["--max-input-size", "lots", "summarize", str(FRENCH)])
    assert result.exit_code == 2 and "not a size" in result.output
    # A stream is read up to the limit only.
    done = subprocess.run(
        [sys.executable, "-m", "toolkit", "--max-input-size", "64K", "summarize", "-"],
        input=b"Le texte. " * 100_000,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 2 and b"stdin: is larger than the 64 KiB input limit" in done.stderr


def test_a_nul_byte_after_the_first_4096_bytes_is_an_input_error_with_its_line(tmp_path):
    article = tmp_path / "nul.txt"
    article.write_bytes(FRENCH.read_bytes() + b"x" * 5000 + b"\nabc\x00def\n")
    lines = article.read_bytes().count(b"\n")
    with pytest.raises(InputError, match=rf"nul.txt:{lines}: contains a NUL character"):
        read_text(article)
    result = CliRunner().invoke(app, ["translate", str(article), "--to", "es", "--engine", "apertium"])
    assert result.exit_code == 2 and "NUL" in result.output and "internal error" not in result.output


@pytest.mark.parametrize(
    "command", [["translate", "--to", "es", "--engine", "apertium"], ["brief", "--to", "fr"]]
)
def test_output_naming_an_existing_folder_is_refused_before_any_work(tmp_path, command):
    name, *options = command
    result = CliRunner().invoke(app, [name, str(FRENCH), *options, "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder; give a file name" in result.output and "internal error" not in result.output
    result = CliRunner().invoke(app, [name, str(FRENCH), *options, "-o", str(tmp_path / "no" / "x.txt")])
    assert result.exit_code == 2 and "does not exist" in result.output


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_for_long_steps_only(monkeypatch):
    from toolkit.cli import _app

    monkeypatch.delenv("TOOLKIT_NO_PROGRESS", raising=False)
    monkeypatch.setattr(_app, "PROGRESS_AFTER_S", 0.05)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with _app.working("translating"):
        time.sleep(0.6)
    assert "translating…" in terminal.getvalue()
    quick = _Terminal()
    monkeypatch.setattr(sys, "stderr", quick)
    with _app.working("translating"):
        pass
    assert quick.getvalue() == ""
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    with _app.working("translating"):
        time.sleep(0.3)
    assert pipe.getvalue() == ""
