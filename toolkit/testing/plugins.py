"""A third-party engine laid out as pip installs it, for tests of the ``toolkit.engines`` entry
point: its module and a dist-info whose ``entry_points.txt`` registers it."""

from __future__ import annotations

from pathlib import Path

__all__ = ["TOY_ENGINE_LOG", "install_toy_engine"]

#: When this environment variable names a file, the toy engine appends every segment it is sent.
TOY_ENGINE_LOG = "TOY_ENGINE_LOG"

_MODULE = "toy_shout_engine"

_SOURCE = f'''
import os

from toolkit.engines import EnginePlugin


class ShoutEngine:
    """fr→en by upper-casing: deterministic, and it tells which segments it was sent."""

    name = "shout"
    preferred_batch_size = 8
    copies_unknown_tokens = True

    def pairs(self):
        return {{("fr", "en")}}

    def model_id(self, source, target):
        return "shout-1"

    def version(self):
        return "toy 1.0"

    def translate_batch(self, segments, source, target):
        log = os.environ.get("{TOY_ENGINE_LOG}")
        if log:
            with open(log, "a", encoding="utf-8") as out:
                for segment in segments:
                    out.write(segment.replace("\\n", " ") + "\\n")
        return [segment.upper() for segment in segments]

    def close(self):
        pass


def create(*, model=None, device="auto", **options):
    return ShoutEngine()


PLUGIN = EnginePlugin(
    name="shout",
    create=create,
    available_pairs=lambda: {{("fr", "en")}},
    install_hint="pip install toy-shout-engine",
    pair_install_hint="pip install toy-shout-{{source}}-{{target}}",
)
'''


def install_toy_engine(site: Path, attribute: str = "PLUGIN") -> None:
    """Install the "shout" engine into the folder ``site`` (put it on ``PYTHONPATH``), registered
    under the entry point ``shout = toy_shout_engine:<attribute>``."""
    (site / f"{_MODULE}.py").write_text(_SOURCE, encoding="utf-8")
    dist_info = site / "toy_shout_engine-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-shout-engine\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text(f"[toolkit.engines]\nshout = {_MODULE}:{attribute}\n")
