"""Shared by every benchmark: what a figure was measured on, and how sure it is.

* ``BENCH`` — the benchmark data, ``../shared/bench`` beside the checkout.
* :func:`split_of` — the data split a file belongs to: ``dev``, ``held-out`` or ``other``, from an
  explicit ``--split`` (:func:`add_split_option`) or the file's name; never assumed to be dev.
* :func:`bootstrap`, :func:`mean_interval`, :func:`wilson` — 95 % intervals: a seeded percentile
  bootstrap (``RESAMPLES`` resamples, the same resamples for every system compared, so differences
  are paired) for means, rates and corpus statistics, and the Wilson score interval for a rate.
  BLEU and chrF take sacrebleu's own bootstrap (``benchmarks/_wmt.py``).
* :func:`signature` — one sacrebleu-style line that says what produced a report: toolkit version,
  engines and models, data files with a SHA-256 prefix, split, bootstrap settings, Python, platform.
"""

from __future__ import annotations

import argparse
import math
import platform
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

#: ``../shared/bench`` beside the checkout (a worktree sits one folder deeper, hence the search upwards).
BENCH = next(
    (p / "shared" / "bench" for p in Path(__file__).resolve().parents if (p / "shared" / "bench").is_dir()),
    Path("../shared/bench"),
)
SPLITS = ("dev", "held-out", "other")
RESAMPLES = 1000
SEED = 0
#: Characters of a data file's SHA-256 in a signature: enough to tell two versions apart.
DIGEST = 12

_HELD_OUT = re.compile(r"held[-_]?out", re.IGNORECASE)


def split_of(path: Path | str, given: str | None = None) -> str:
    """``given`` when the caller said it (``--split``); else ``dev`` for a file named ``dev-…``,
    ``dev.…`` or ``…-dev…``, ``held-out`` for one whose name says held-out, and ``other`` for the
    rest: a figure on a file of unknown origin is not a dev figure."""
    if given is not None:
        return given
    name = Path(path).name
    if _HELD_OUT.search(name):
        return "held-out"
    if re.search(r"(?:^|[-_.])dev(?:[-_.]|$)", name):
        return "dev"
    return "other"


def add_split_option(parser: argparse.ArgumentParser) -> None:
    """``--split dev|held-out|other``: the label of the data, when its file name does not say it."""
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default=None,
        help="label of the data in the report (default: from the file name: dev-* is dev, "
        "*held-out* or *heldout* is held-out, anything else other)",
    )


@dataclass(frozen=True)
class Interval:
    """A figure and its 95 % interval."""

    value: float
    low: float
    high: float

    def format(self, digits: int = 1) -> str:
        """``12.3 [11.0, 13.4]``."""
        return f"{self.value:.{digits}f} [{self.low:.{digits}f}, {self.high:.{digits}f}]"

    def __str__(self) -> str:
        return self.format()


def resamples(n: int, count: int = RESAMPLES, seed: int = SEED) -> np.ndarray:
    """``count`` bootstrap resamples of ``n`` items (rows of indices). Pass the same rows to every
    system compared: the intervals of their difference are then paired."""
    return np.random.default_rng(seed).integers(0, n, size=(count, n)) if n else np.zeros((0, 0), int)


def bootstrap(
    statistic: Callable[[Sequence[int]], float], n: int, samples: np.ndarray | None = None
) -> Interval:
    """``statistic`` of all ``n`` items and its 95 % percentile-bootstrap interval: ``statistic``
    gets the indices of a resample (repeats included), e.g. a corpus F1 over the chosen documents."""
    value = statistic(range(n))
    rows = resamples(n) if samples is None else samples
    if not len(rows) or n == 0:
        return Interval(value, math.nan, math.nan)
    low, high = np.percentile([statistic(row.tolist()) for row in rows], [2.5, 97.5])
    return Interval(value, float(low), float(high))


def mean_interval(values: Sequence[float], samples: np.ndarray | None = None) -> Interval:
    """Mean of ``values`` (a rate when they are 0/1 or booleans) and its 95 % bootstrap interval."""
    data = np.asarray(values, dtype=float)
    if not len(data):
        return Interval(math.nan, math.nan, math.nan)
    rows = resamples(len(data)) if samples is None else samples
    if not len(rows):
        return Interval(float(data.mean()), math.nan, math.nan)
    low, high = np.percentile(data[rows].mean(axis=1), [2.5, 97.5])
    return Interval(float(data.mean()), float(low), float(high))


def wilson(hits: int, total: int, z: float = 1.96) -> Interval:
    """A rate ``hits / total`` and its 95 % Wilson score interval (good near 0 and 1, and for small
    ``total``, where a bootstrap interval collapses to a point)."""
    if not total:
        return Interval(math.nan, math.nan, math.nan)
    rate = hits / total
    centre = (rate + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(rate * (1 - rate) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return Interval(rate, max(0.0, centre - half), min(1.0, centre + half))


def percent(interval: Interval) -> Interval:
    """The same interval x100."""
    return Interval(100 * interval.value, 100 * interval.low, 100 * interval.high)


def engine_fields(engine: Any, source: str, target: str) -> dict[str, str]:
    """``engine=name@version`` and ``model=…`` of an engine for one pair, as a translation's own
    signature writes them, for :func:`signature`. ``engine`` is an engine object, or a registry name
    (for a benchmark whose engines run in other processes: one is created here to ask, then closed)."""
    if isinstance(engine, str):
        from toolkit import engines

        created = engines.create(engine)
        try:
            return engine_fields(created, source, target)
        finally:
            created.close()
    return {"engine": f"{engine.name}@{engine.version()}", "model": engine.model_id(source, target)}


def file_field(path: Path) -> str:
    """``name@sha256:1a2b…`` of a file (data, model), for :func:`signature`."""
    from toolkit.files import file_sha256

    return f"{path.name}@sha256:{file_sha256(path)[:DIGEST]}"


def versions(*distributions: str) -> str:
    """``name@version+…`` of installed distributions (``missing`` for one not installed)."""
    from importlib import metadata

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "missing"

    return "+".join(f"{name}@{version(name)}" for name in distributions)


def signature(
    *, data: Iterable[Path] | Path | None = None, split: str | None = None, bs: int | None = None,
    **fields: object,
) -> str:  # fmt: skip
    """``toolkit:0.4.0|engine:…|data:dev-fr-en.jsonl@sha256:1a2b…|split:dev|bs:1000|seed:0|python:…``
    (:func:`toolkit.provenance.signature`, as on every translation and brief).

    ``fields`` come in the order given (``engine=``, ``model=``, ``ranker=``…; ``None`` values are
    left out); ``data`` are the files read, each with its SHA-256 prefix; ``split`` defaults to the
    files' own (:func:`split_of`, ``dev+other`` for a mix); ``bs`` is the number of bootstrap
    resamples behind the report's intervals (printed with the seed, ``SEED``)."""
    from toolkit.provenance import signature as line

    parts: dict[str, object] = {key: value for key, value in fields.items() if value is not None}
    files = [data] if isinstance(data, Path) else list(data or ())
    if files:
        parts["data"] = "+".join(file_field(p) for p in files)
        split = split or "+".join(sorted({split_of(p) for p in files}))
    if split is not None:
        parts["split"] = split
    if bs:
        parts.update(bs=bs, seed=SEED)
    parts.update(python=platform.python_version(), platform=f"{platform.system()}-{platform.machine()}")
    return line(**parts)


def print_signature(**kwargs: Any) -> None:
    """Print :func:`signature` as the report's ``signature:`` line."""
    print(f"signature: {signature(**kwargs)}")
