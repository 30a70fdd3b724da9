"""The engine registry: plugins found by name, lazy creation, automatic choice per language pair.

An engine is published as an :class:`~toolkit.engines.base.EnginePlugin` object. The three built-in
engines are listed in :data:`BUILTIN`; any installed distribution can add one through the
``toolkit.engines`` entry-point group (the way ``llm`` and spaCy take plugins)::

    [project.entry-points."toolkit.engines"]
    deepl-offline = "my_package.engine:PLUGIN"

Plugins are loaded only when an engine is created or asked for its pairs, so importing the toolkit
loads no model and no heavy library; listing names reads package metadata only.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any

from ..errors import EngineNotAvailableError, UsageError
from ..langcodes import pair_error
from .base import Engine, EnginePlugin

__all__ = [
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "Engine",
    "EnginePlugin",
    "auto",
    "available_pairs",
    "choose",
    "create",
    "install_hint",
    "names",
    "plugin",
    "references",
]

#: Built-in engine name -> ``"module:attribute"`` of its plugin, in the order :func:`auto` prefers them.
BUILTIN: dict[str, str] = {
    "argos": "toolkit.engines.argos:PLUGIN",
    "transformers": "toolkit.engines.hf:PLUGIN",
    "apertium": "toolkit.engines.apertium:PLUGIN",
}
#: The entry-point group third-party engines register under.
ENTRY_POINT_GROUP = "toolkit.engines"


def references() -> dict[str, str]:
    """Every engine name -> ``"module:attribute"``: built-ins first, then installed plugins by name.
    A plugin cannot replace a built-in engine."""
    found = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return {**BUILTIN, **{name: found[name] for name in sorted(found) if name not in BUILTIN}}


def names() -> list[str]:
    """Available engine names, most preferred first."""
    return list(references())


def plugin(name: str) -> EnginePlugin:
    """The plugin of engine ``name`` (imports its module: cheap, engines load libraries lazily)."""
    known = references()
    if name not in known:
        raise UsageError(f"unknown engine {name!r}: choose one of {', '.join(known)}")
    module_name, _, attribute = known[name].partition(":")
    try:
        found = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as exc:
        raise EngineNotAvailableError(
            f"the {name} engine is not available ({exc}): reinstall the package that provides it"
        ) from exc
    if not isinstance(found, EnginePlugin):
        raise EngineNotAvailableError(
            f"the {name} engine's entry point {known[name]} is not a toolkit.engines.EnginePlugin: "
            "report this to the package that provides it"
        )
    return found


def create(name: str, *, model: str | None = None, device: str = "auto", **options: Any) -> Engine:
    """Create engine ``name``. Reuse the instance, then ``close()`` it."""
    return plugin(name).create(model=model, device=device, **options)


def available_pairs(name: str) -> set[tuple[str, str]]:
    """Pairs engine ``name`` can translate now (cheap: no model load). Raises
    :class:`EngineNotAvailableError` when the engine itself is not installed."""
    return set(plugin(name).available_pairs())


def install_hint(name: str) -> str:
    """How to install engine ``name``."""
    return plugin(name).install_hint


def choose(source: str, target: str) -> str:
    """The name of the first engine (argos, transformers, apertium, then plugins) that has
    ``source→target``."""
    available: dict[str, list[tuple[str, str]]] = {}
    hints: dict[str, str] = {}
    for name in names():
        try:
            candidate = plugin(name)
            pairs = candidate.available_pairs()
        except EngineNotAvailableError:
            continue
        if (source, target) in pairs:
            return name
        available[name] = sorted(pairs)
        hints[name] = candidate.pair_install_command(source, target)
    raise pair_error(source, target, available, hints=hints)


def auto(
    source: str, target: str, *, model: str | None = None, device: str = "auto", **options: Any
) -> Engine:
    """Create the best available engine for ``source→target`` (see :func:`choose`). Raises
    :class:`~toolkit.errors.PairNotAvailableError` listing the pairs that are available."""
    return create(choose(source, target), model=model, device=device, **options)
