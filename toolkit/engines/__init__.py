"""The engine registry: names, lazy creation and automatic choice of an engine per language pair.

Registering an engine is one line in :data:`REGISTRY`: its name and ``"module:factory"``. Modules are
imported only when an engine is created or asked for its pairs, so importing the toolkit loads no
model and no heavy library.

Contract for an engine module (``toolkit.engines.<name>``):

* ``create(*, model: str | None = None, device: str = "auto", **options) -> Engine`` (required) —
  returns an object following :class:`toolkit.engines.base.Engine`. Raise
  :class:`~toolkit.errors.EngineNotAvailableError` when the engine's packages are missing and
  :class:`~toolkit.errors.ModelNotFoundError` when ``model`` is not installed; both messages name
  the install command.
* ``available_pairs() -> set[tuple[str, str]]`` (recommended) — the ISO 639-1 pairs the engine can
  translate right now, pivots included, found *cheaply*: no model load, no network. :func:`auto` and
  ``toolkit doctor`` use it; a module without it is only used when asked for by name.
* ``INSTALL_HINT: str`` (optional) — how to install the engine, shown by ``toolkit doctor``.
* ``installed_models() -> list[str]`` (optional) — installed models/packages, shown by
  ``toolkit doctor``; cheap like ``available_pairs``.

An engine instance may also set ``preferred_batch_size: int``: how many segments the
:class:`~toolkit.translate.Translator` sends per ``translate_batch`` call when the caller does not
choose (default 32; Apertium asks for large batches because every call starts processes).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from types import MappingProxyType, ModuleType
from typing import Any

from ..errors import EngineNotAvailableError, ModelNotFoundError, UsageError
from .base import Engine

__all__ = [
    "REGISTRY",
    "Engine",
    "auto",
    "available_pairs",
    "choose",
    "create",
    "install_hint",
    "module",
    "names",
]

#: Engine name -> ``"module:factory"``, in the order :func:`auto` prefers them.
REGISTRY: Mapping[str, str] = MappingProxyType(
    {
        "argos": "toolkit.engines.argos:create",
        "transformers": "toolkit.engines.hf:create",
        "apertium": "toolkit.engines.apertium:create",
    }
)

# What to install when an engine's own Python packages are missing.
_PACKAGE_HINTS: Mapping[str, str] = MappingProxyType(
    {
        "argos": "pip install 'wire-toolkit[argos]'",
        "transformers": "pip install 'wire-toolkit[transformers]'",
        "apertium": "apt-get install apertium apertium-fr-es apertium-eng-spa",
    }
)


def names() -> list[str]:
    """Registered engine names, most preferred first."""
    return list(REGISTRY)


def module(name: str) -> ModuleType:
    """Import the module of engine ``name`` (cheap: engine modules import heavy libraries lazily)."""
    if name not in REGISTRY:
        raise UsageError(f"unknown engine {name!r}: choose one of {', '.join(REGISTRY)}")
    try:
        return importlib.import_module(REGISTRY[name].partition(":")[0])
    except ImportError as exc:
        hint = _PACKAGE_HINTS.get(name, f"install the {name} engine")
        raise EngineNotAvailableError(
            f"the {name} engine is not available ({exc}): run `{hint}`"
        ) from exc


def create(name: str, *, model: str | None = None, device: str = "auto", **options: Any) -> Engine:
    """Create engine ``name`` (a key of :data:`REGISTRY`). Reuse the instance, then ``close()`` it."""
    factory: Callable[..., Engine] = getattr(module(name), REGISTRY[name].partition(":")[2])
    return factory(model=model, device=device, **options)


def available_pairs(name: str) -> set[tuple[str, str]]:
    """Pairs engine ``name`` can translate now (cheap: no model load). Raises
    :class:`EngineNotAvailableError` when the engine itself is not installed."""
    lister: Callable[[], set[tuple[str, str]]] | None = getattr(module(name), "available_pairs", None)
    return set(lister()) if lister is not None else set()


def install_hint(name: str) -> str:
    """How to install engine ``name`` (its module's ``INSTALL_HINT`` when it has one)."""
    fallback = _PACKAGE_HINTS.get(name, f"install the {name} engine")
    try:
        return getattr(module(name), "INSTALL_HINT", fallback)
    except EngineNotAvailableError:
        return fallback


def choose(source: str, target: str) -> str:
    """The name of the first engine (argos, transformers, apertium) that has ``source→target``."""
    for name in REGISTRY:
        try:
            if (source, target) in available_pairs(name):
                return name
        except EngineNotAvailableError:
            continue
    raise ModelNotFoundError(
        f"no {source}→{target} engine available: run `toolkit models install {source} {target}` "
        f"or `apt-get install apertium-{source}-{target}` (see `apt-cache search apertium`)"
    )


def auto(
    source: str, target: str, *, model: str | None = None, device: str = "auto", **options: Any
) -> Engine:
    """Create the best available engine for ``source→target``: argos, then transformers, then
    apertium, pivots included. Raises :class:`ModelNotFoundError` naming the install commands."""
    return create(choose(source, target), model=model, device=device, **options)
