"""The engine registry: names, lazy creation, automatic choice per pair, actionable errors."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from toolkit import engines
from toolkit.engines.base import Engine
from toolkit.errors import EngineNotAvailableError, ModelNotFoundError, UsageError

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")


def test_names_in_preference_order() -> None:
    assert engines.names() == ["argos", "transformers", "apertium"]
    for target in engines.REGISTRY.values():
        module, _, factory = target.partition(":")
        assert module.startswith("toolkit.engines.") and factory == "create"


def test_registry_is_read_only() -> None:
    with pytest.raises(TypeError):
        engines.REGISTRY["mine"] = "x:y"  # type: ignore[index]


def test_unknown_engine_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="choose one of argos, transformers, apertium"):
        engines.create("babelfish")
    with pytest.raises(UsageError):
        engines.available_pairs("babelfish")


@needs_apertium
def test_create_apertium_follows_the_protocol() -> None:
    engine = engines.create("apertium")
    assert isinstance(engine, Engine)
    assert engine.name == "apertium"
    assert {("fr", "es"), ("fr", "en"), ("es", "en")} <= engine.pairs()
    assert engine.version().startswith("Apertium")
    engine.close()
    engine.close()


@needs_apertium
def test_available_pairs_is_cheap_and_includes_pivots() -> None:
    assert {("fr", "es"), ("fr", "en"), ("en", "fr")} <= engines.available_pairs("apertium")


@needs_apertium
def test_auto_picks_an_engine_that_has_the_pair() -> None:
    name = engines.choose("fr", "es")
    assert name in engines.names()
    engine = engines.auto("fr", "es")
    assert ("fr", "es") in engine.pairs()
    engine.close()


def test_auto_without_any_engine_names_the_install_commands() -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        engines.auto("fr", "zu")
    message = str(caught.value)
    assert "toolkit models install fr zu" in message and "apt-get install apertium-fr-zu" in message
    assert "\n" not in message


def test_install_hints() -> None:
    assert "apt-get install apertium" in engines.install_hint("apertium")
    assert engines.install_hint("argos")


def test_engine_modules_are_imported_lazily() -> None:
    code = (
        "import sys, toolkit, toolkit.engines; "
        "print(sorted(m for m in sys.modules if m.startswith('toolkit.engines.') "
        "or m in ('torch', 'ctranslate2', 'argostranslate', 'transformers')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['toolkit.engines.base']"


def test_missing_engine_module_is_not_available_with_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    # A registry entry whose module is not installed behaves like an engine whose packages are missing.
    missing = {**engines.REGISTRY, "argos": "toolkit.engines.no_such_module:create"}
    monkeypatch.setattr(engines, "REGISTRY", missing)
    with pytest.raises(EngineNotAvailableError, match=r"pip install 'wire-toolkit\[argos\]'"):
        engines.create("argos")
