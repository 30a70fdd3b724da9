"""The engine registry: names, lazy creation, automatic choice per pair, actionable errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from toolkit import engines
from toolkit.engines.base import Engine, legs, marks_unknown_words
from toolkit.errors import EngineNotAvailableError, ModelNotFoundError, UsageError
from toolkit.testing.plugins import install_toy_engine

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")


def test_names_in_preference_order() -> None:
    assert engines.names()[:3] == ["argos", "transformers", "apertium"]
    for name, reference in engines.BUILTIN.items():
        assert reference.startswith("toolkit.engines.") and reference.endswith(":PLUGIN")
        assert engines.plugin(name).name == name


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
    assert marks_unknown_words(engine)
    assert legs(engine, "fr", "en") == ("fr-es", "spa-eng")
    engine.close()
    engine.close()


class _PlainEngine:
    """The required members only."""

    name = "plain"
    preferred_batch_size = 8
    copies_unknown_tokens = False

    def pairs(self) -> set[tuple[str, str]]:
        return {("en", "fr")}

    def model_id(self, source: str, target: str) -> str:
        return f"plain-{source}-{target}"

    def version(self) -> str:
        return "1"

    def translate_batch(self, segments: Sequence[str], source: str, target: str) -> list[str]:
        return list(segments)

    def close(self) -> None:
        pass


def test_an_engine_without_optional_capabilities_gets_the_defaults() -> None:
    engine = _PlainEngine()
    assert isinstance(engine, Engine)
    assert not marks_unknown_words(engine)
    assert legs(engine, "en", "fr") == (engine.model_id("en", "fr"),)


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
    assert "toolkit models install fr zu" in message and "apt-cache search apertium" in message
    assert "apertium: fr→" in message
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
    # A registered engine whose module is not installed behaves like an engine whose packages are missing.
    monkeypatch.setitem(engines.BUILTIN, "argos", "toolkit.engines.no_such_module:PLUGIN")
    with pytest.raises(EngineNotAvailableError, match="argos engine is not available"):
        engines.create("argos")


def _run_with(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path])}
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_third_party_engine_installs_through_the_entry_point(tmp_path: Path) -> None:
    install_toy_engine(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text("Le chat dort.\n", encoding="utf-8")
    translated = _run_with(tmp_path, "translate", str(article), "--from", "fr", "--to", "en",
                           "--engine", "shout", "--json")
    assert translated.returncode == 0, translated.stderr
    result = json.loads(translated.stdout)
    assert result["engine"] == "shout" and result["text"].strip() == "LE CHAT DORT."
    doctor = _run_with(tmp_path, "doctor", "--json")
    shout = [e for e in json.loads(doctor.stdout)["engines"] if e["name"] == "shout"]
    assert shout and shout[0]["available"] and shout[0]["pairs"] == ["fr-en"]
    missing = _run_with(
        tmp_path, "translate", str(article), "--from", "fr", "--to", "de", "--engine", "shout"
    )
    assert missing.returncode == 2 and "pip install toy-shout-fr-de" in missing.stderr


def test_an_entry_point_that_is_not_a_plugin_is_refused(tmp_path: Path) -> None:
    install_toy_engine(tmp_path, "create")
    article = tmp_path / "article.txt"
    article.write_text("Le chat dort.\n", encoding="utf-8")
    result = _run_with(tmp_path, "translate", str(article), "--from", "fr", "--to", "en", "--engine", "shout")
    assert result.returncode != 0 and "not a toolkit.engines.EnginePlugin" in result.stderr
    assert "Traceback" not in result.stderr
