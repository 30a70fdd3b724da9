"""Shared fixtures: small real translation models built locally (no download, no network).

``tiny_model`` is a SentencePiece + MarianMT + CTranslate2 fr→en model and its ``.argosmodel``,
built once per test session (seconds) by :func:`toolkit.testing.models.build_model`. Its weights are
random: outputs are deterministic noise that depends on the input. ``argos_models_dir`` points
``TOOLKIT_MODELS_DIR`` at a temporary packages folder with that package installed, so
``toolkit.engines.create("argos")`` and ``toolkit translate --engine argos`` find it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.testing.models import BuiltModel, build_model


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> BuiltModel:
    """fr→en tiny model: ``.argosmodel``, ``marian_dir``, ``ct2_dir``, ``sentencepiece`` paths."""
    return build_model("tiny", "fr", "en", tmp_path_factory.mktemp("tiny-fr-en"))


@pytest.fixture(scope="session")
def tiny_model_en_de(tmp_path_factory: pytest.TempPathFactory) -> BuiltModel:
    """en→de tiny model, for pivot tests (fr→en→de); built only when a test asks for it."""
    return build_model("tiny", "en", "de", tmp_path_factory.mktemp("tiny-en-de"), seed=1)


@pytest.fixture(scope="session")
def _installed_models(tmp_path_factory: pytest.TempPathFactory, tiny_model: BuiltModel) -> Path:
    from toolkit.models import install_from_file

    root = tmp_path_factory.mktemp("argos-packages")
    install_from_file(tiny_model.argosmodel, root)
    return root


@pytest.fixture
def argos_models_dir(_installed_models: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A packages folder holding the tiny fr→en package, set as ``TOOLKIT_MODELS_DIR`` for the test.

    Shared by the session: tests that install or remove packages use their own ``tmp_path`` instead.
    """
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(_installed_models))
    return _installed_models
