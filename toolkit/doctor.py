"""What this installation can do: engines (and why not), language pairs, models, glossaries, cache.

:func:`diagnose` only looks: it imports engine modules (not their heavy libraries), lists files and
reads glossaries; it loads no model and starts no translation.
"""

from __future__ import annotations

import platform
import shutil
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import engines
from .errors import EngineNotAvailableError, ToolkitError

__all__ = ["Diagnosis", "EngineStatus", "GlossaryStatus", "ModelSource", "diagnose", "model_sources"]


@dataclass(frozen=True)
class EngineStatus:
    """One registered engine: usable or not (and why), its pairs and installed models."""

    name: str
    available: bool
    reason: str | None
    pairs: tuple[tuple[str, str], ...]
    models: tuple[str, ...]
    install: str


@dataclass(frozen=True)
class GlossaryStatus:
    """A glossary shipped with the toolkit; ``error`` says why it does not load."""

    name: str
    path: str
    pairs: tuple[tuple[str, str], ...]
    entries: int
    error: str | None


@dataclass(frozen=True)
class ModelSource:
    """What ``toolkit models install SOURCE TARGET`` gets for one pair from one origin."""

    source: str
    target: str
    #: "argos" (the Argos package index) or "opus" (OPUS-MT Tatoeba zips, converted locally).
    origin: str
    model: str
    license: str
    command: str
    #: Folder of the installed package from this origin, "" when none.
    installed: str = ""


@dataclass(frozen=True)
class Diagnosis:
    """Everything ``toolkit doctor`` reports."""

    version: str
    python: str
    engines: tuple[EngineStatus, ...]
    glossaries: tuple[GlossaryStatus, ...]
    cache_path: str
    cache_entries: int | None
    apertium_binary: str | None
    #: Per pair (installed, shipped-glossary and known OPUS-MT pairs): the model each origin gives.
    sources: tuple[ModelSource, ...] = ()

    @property
    def ok(self) -> bool:
        """True when at least one engine can translate something."""
        return any(e.available for e in self.engines)

    @property
    def pairs(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """Every translatable pair -> the engines that have it, in preference order."""
        table: dict[tuple[str, str], list[str]] = {}
        for engine in self.engines:
            for pair in engine.pairs:
                table.setdefault(pair, []).append(engine.name)
        return {pair: tuple(names) for pair, names in sorted(table.items())}

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ok"] = self.ok
        for engine in data["engines"]:
            engine["pairs"] = [f"{s}-{t}" for s, t in engine["pairs"]]
        for glossary in data["glossaries"]:
            glossary["pairs"] = [f"{s}-{t}" for s, t in glossary["pairs"]]
        data["pairs"] = {f"{s}-{t}": list(names) for (s, t), names in self.pairs.items()}
        return data


def _engine_status(name: str) -> EngineStatus:
    install = engines.install_hint(name)
    try:
        pairs = engines.available_pairs(name)
    except EngineNotAvailableError as exc:
        return EngineStatus(name, False, str(exc), (), (), install)
    except ToolkitError as exc:
        return EngineStatus(name, False, f"cannot list its pairs: {exc}", (), (), install)
    models = _installed_models(engines.plugin(name))
    if not pairs:
        return EngineStatus(name, False, f"no language pair installed: run `{install}`", (), models, install)
    return EngineStatus(name, True, None, tuple(sorted(pairs)), models, install)


def _installed_models(plugin: engines.EnginePlugin) -> tuple[str, ...]:
    try:
        return tuple(str(m) for m in plugin.installed_models())
    except ToolkitError:
        return ()


def _glossaries() -> tuple[GlossaryStatus, ...]:
    from .glossary import Glossary
    from .resources import glossaries_dir

    try:
        folder = glossaries_dir()
    except FileNotFoundError:
        return ()
    statuses = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            glossary = Glossary.load(path)
        except ToolkitError as exc:
            statuses.append(GlossaryStatus(path.stem, str(path), (), 0, str(exc)))
            continue
        pairs = tuple(sorted(glossary.pairs))
        statuses.append(GlossaryStatus(path.stem, str(path), pairs, len(glossary), None))
    return tuple(statuses)


_ARGOS_LICENCE = "per package: see its README.md (the index states none)"


def model_sources(also: Iterable[tuple[str, str]] = ()) -> tuple[ModelSource, ...]:
    """The model each origin gives per pair (offline: what the toolkit knows, nothing downloaded),
    for the installed packages' pairs, the pairs with a known OPUS-MT release and the pairs ``also``
    (``toolkit doctor``: the shipped glossaries' pairs)."""
    from .models import list_models
    from .opusmt import OPUS_LICENSE, RELEASES, tatoeba_url

    installed = list_models()
    pairs = {(m.source, m.target) for m in installed} | set(RELEASES) | set(also)
    rows = []
    for source, target in sorted(pairs):
        argos = [m for m in installed if (m.source, m.target) == (source, target) and m.tokenizer != "opus"]
        opus = [m for m in installed if (m.source, m.target) == (source, target) and m.tokenizer == "opus"]
        rows.append(
            ModelSource(
                source, target, "argos",
                f"newest translate-{source}_{target} package of the Argos index (SentencePiece or BPE)",
                (argos[0].license if argos and argos[0].license else _ARGOS_LICENCE),
                f"toolkit models install {source} {target}",
                argos[0].name if argos else "",
            )
        )  # fmt: skip
        release = RELEASES.get((source, target))
        rows.append(
            ModelSource(
                source, target, "opus",
                f"OPUS-MT {release} ({tatoeba_url(source, target)}), int8"
                if release else "OPUS-MT: any Tatoeba-MT release of the pair (pass --release NAME)",
                opus[0].license if opus and opus[0].license else OPUS_LICENSE,
                f"toolkit models install {source} {target} --source opus"
                + ("" if release else " --release NAME"),
                opus[0].name if opus else "",
            )
        )  # fmt: skip
    return tuple(rows)


def _cache() -> tuple[Path, int | None]:
    from .memory import TranslationMemory, default_path

    path = default_path()
    if not path.exists():
        return path, None
    try:
        with TranslationMemory(path) as memory:
            return path, memory.stats().entries
    except ToolkitError:
        return path, None


def diagnose() -> Diagnosis:
    """Look at this installation (see the module docstring)."""
    from . import __version__

    cache_path, cache_entries = _cache()
    glossaries = _glossaries()
    return Diagnosis(
        version=__version__,
        python=platform.python_version(),
        engines=tuple(_engine_status(name) for name in engines.names()),
        glossaries=glossaries,
        cache_path=str(cache_path),
        cache_entries=cache_entries,
        apertium_binary=shutil.which("apertium"),
        sources=model_sources(pair for glossary in glossaries for pair in glossary.pairs),
    )
