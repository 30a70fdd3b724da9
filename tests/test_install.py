"""The install script's modes: the demo's install stays lean (no torch, no neural engine)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower() for r in requirements}


def test_core_and_argos_installs_need_no_torch():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    heavy = {"torch", "transformers", "ctranslate2", "argostranslate", "stanza"}
    assert not _names(project["dependencies"]) & heavy
    assert not _names(project["optional-dependencies"]["argos"]) & {"torch", "transformers", "stanza"}


def test_demo_installs_the_core_mode_only():
    demo = (ROOT / "scripts" / "demo.sh").read_text(encoding="utf-8")
    assert re.findall(r"scripts/install\.sh\s+(\S+)", demo) == ["core"]


def test_unknown_install_mode_is_a_usage_error():
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install.sh"), "everything"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "unknown mode 'everything'" in done.stderr and len(done.stderr.splitlines()) == 1
