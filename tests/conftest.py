"""Shared fixtures: small real translation models built locally (no download, no network).

``tiny_model`` is a SentencePiece + MarianMT + CTranslate2 fr→en model and its ``.argosmodel``,
built once per test session (seconds) by :func:`toolkit.testing.models.build_model`. Its weights are
random: outputs are deterministic noise that depends on the input. ``argos_models_dir`` points
``TOOLKIT_MODELS_DIR`` at a temporary packages folder with that package installed, so
``toolkit.engines.create("argos")`` and ``toolkit translate --engine argos`` find it.
"""

from __future__ import annotations

import ipaddress
import socket
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


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never need the network: a connection from the test process to any address but this
    machine's loopback fails at once (local HTTP servers and the Ray test cluster still work)."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0]) if isinstance(address, tuple) else str(address)
            try:
                loopback = ipaddress.ip_address(host.split("%")[0]).is_loopback
            except ValueError:
                loopback = host == "localhost"
            if not loopback:
                raise OSError(f"tests must not use the network: connection to {host} refused")

    def connect(sock: socket.socket, address: object) -> None:
        check(sock, address)
        real_connect(sock, address)  # type: ignore[arg-type]

    def connect_ex(sock: socket.socket, address: object) -> int:
        check(sock, address)
        return real_connect_ex(sock, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
