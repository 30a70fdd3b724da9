"""Packaging promises: a light, side-effect-free import, and data files inside the wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from toolkit.resources import glossaries_dir, templates_dir

REPO = Path(__file__).resolve().parent.parent


def test_import_is_light_and_loads_no_engine():
    code = (
        "import sys, time; t = time.perf_counter(); import toolkit; dt = time.perf_counter() - t\n"
        "heavy = [m for m in ('torch', 'ctranslate2', 'argostranslate', 'transformers', 'sentencepiece',"
        " 'stanza', 'spacy', 'requests', 'urllib3') if m in sys.modules]\n"
        "print(dt, heavy)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_public_api_is_declared():
    import toolkit

    for name in toolkit.__all__:
        assert hasattr(toolkit, name), name


def test_no_public_function_hides_a_module():
    """``toolkit.translate`` is the function; its module is reachable under a name of its own."""
    import importlib
    import pkgutil

    import toolkit

    modules = {info.name for info in pkgutil.iter_modules(toolkit.__path__) if not info.name.startswith("_")}
    assert not modules & set(toolkit.__all__), modules & set(toolkit.__all__)
    for name in modules:
        module = importlib.import_module(f"toolkit.{name}")
        assert getattr(toolkit, name, module) is module, name


def test_shipped_data_folders_exist():
    assert templates_dir().is_dir()
    assert glossaries_dir().is_dir()


@pytest.mark.slow
def test_wheel_ships_templates_and_glossaries(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    templates = [n for n in names if n.startswith("toolkit/_data/templates/")]
    glossaries = [n for n in names if n.startswith("toolkit/_data/glossaries/")]
    assert templates and glossaries
    assert any(n.endswith(".j2") for n in templates)
    assert "toolkit/cli/__init__.py" in names
    # the detector's and ranker's models, and the marker that the package is typed
    assert {"toolkit/_langid.npz", "toolkit/_ranker.json", "toolkit/py.typed"} <= set(names)


def test_tests_cannot_reach_the_network():
    import socket

    with socket.socket() as sock, pytest.raises(OSError, match="must not use the network"):
        sock.connect(("192.0.2.1", 80))  # TEST-NET-1: refused by the conftest guard, never sent
