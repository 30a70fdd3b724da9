#!/usr/bin/env python3
"""Input scaling: time and peak memory of every stage against article size, and the growth exponent.

Each (stage, size) runs in a fresh subprocess, after the same stage on the article's first 20 kB
(models and data load then), with its peak-RSS mark (Linux ``VmHWM``) reset just before the stage,
so the peak is the stage's own. The table shows that peak, its growth over the RSS just before the
stage (imports and loaded models excluded), the wall time of the stage alone and its CPU time (the process and
its finished children: Apertium runs in children). CPU time is the steadier figure on a shared
machine. The exponent is the least-squares slope of log(time) and log(RSS growth, floored at
1 MiB) against log(size) over the sizes run: 1.0 is linear, 2.0 quadratic (goal: at most 1.1).

Inputs are French wire copy (examples/, benchmarks/data/ and the French side of the WMT news
documents in ``../shared/bench/translation`` when present), paragraphs shuffled with a fixed seed
and repeated until the size is reached, so a bigger article is more of the same kind of text.

Stages: ``parse`` (paragraphs and sentences), ``detect`` (document and paragraphs), ``summarize``
(short), ``facts`` (extract_facts), ``fidelity`` (check_fidelity of the article against itself),
``translate`` (fr→es through Apertium, the deterministic engine; includes glossary and fidelity
checks) and ``brief`` (fr→es through Apertium, summarize-first). The input limit is raised for
the run (``TOOLKIT_MAX_INPUT``). Caveat: the pool of paragraphs is about 0.14 MB, so a 16 MB article
repeats each sentence ~115 times, and translation sends a repeated segment to the engine once: for
``translate`` and ``brief`` the engine's share grows slower than the size, and their exponents are
lower bounds (the toolkit's own work around the engine is measured by the other stages).

    python benchmarks/scaling_input.py [--sizes 1,4,16,50] [--stages parse,detect,...] [--quick]
                                       [--timeout 1800]

``--quick`` runs 1, 4 and 16 MB only (skips 50 MB). Ends with the run's signature (Apertium's
version, the SHA-256 prefixes of the text files the articles are made from).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import BENCH, engine_fields, print_signature

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("parse", "detect", "summarize", "facts", "fidelity", "translate", "brief")
WMT = BENCH / "translation" / "dev-fr-en.jsonl"
MB = 1 << 20


def _sources() -> list[Path]:
    """The files the articles are made from: French wire copy, and the WMT French side if present."""
    return [
        *sorted((ROOT / "examples").rglob("*-fr.txt")),
        *sorted((ROOT / "benchmarks" / "data").glob("*-fr.txt")),
        *([WMT] if WMT.exists() else []),
    ]


def _paragraphs() -> list[str]:
    found: list[str] = []
    for path in _sources():
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    sentences = json.loads(line)["fr"]
                    found += [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        else:
            text = path.read_text(encoding="utf-8")
            found += [p.strip() for p in text.split("\n\n") if p.strip()]
    return found


def build_input(size: int, path: Path) -> None:
    """``size`` bytes (UTF-8, roughly) of French paragraphs, a title first."""
    pool = _paragraphs()
    rng = random.Random(15)
    parts = ["Syrie : l'offensive des rebelles se poursuit\n\nALEP (Syrie), 29 nov (AFP) - "]
    total = len(parts[0].encode())
    while total < size:
        rng.shuffle(pool)
        for paragraph in pool:
            parts.append(paragraph + "\n\n")
            total += len(paragraph.encode()) + 2
            if total >= size:
                break
    path.write_text("".join(parts), encoding="utf-8")


def _rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss_bytes() -> int:
    with open("/proc/self/status") as handle:
        line = next(line for line in handle if line.startswith("VmHWM:"))
    return int(line.split()[1]) * 1024


def _run(stage: str, text: str) -> None:
    import toolkit

    if stage == "parse":
        toolkit.parse(text, "fr")
    elif stage == "detect":
        toolkit.detect(text)
    elif stage == "summarize":
        toolkit.summarize(text, length="short", language="fr")
    elif stage == "facts":
        toolkit.extract_facts(text, "fr")
    elif stage == "fidelity":
        from toolkit import fidelity

        fidelity.check(text, text, source_language="fr", target_language="fr")
    elif stage == "translate":
        toolkit.translate(text, source="fr", target="es", engine="apertium")
    elif stage == "brief":
        toolkit.brief(text, target="es", engine="apertium")


def worker(stage: str, path: Path) -> None:
    """Run one stage once on the article at ``path``; print one JSON line of measurements."""
    text = path.read_text(encoding="utf-8")
    # The same stage on the article's first 20 kB first: models, engines and language data load
    # before the clock starts, so the table is about input size only.
    _run(stage, text[: text.find("\n\n", 20_000)])
    base = _rss_bytes()
    # Reset the kernel's peak-RSS mark (VmHWM), so the peak read below is the stage's own.
    # (ru_maxrss is no use here: Linux carries the parent's peak across fork and exec.)
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    _run(stage, text)
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    peak = _peak_rss_bytes()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak": peak, "base": base}))


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (Apertium's pipeline runs in children)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _slope(xs: list[float], ys: list[float]) -> float | None:
    points = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y > 0]
    if len(points) < 2:
        return None
    mx = sum(p[0] for p in points) / len(points)
    my = sum(p[1] for p in points) / len(points)
    den = sum((p[0] - mx) ** 2 for p in points)
    return sum((p[0] - mx) * (p[1] - my) for p in points) / den


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16,50", help="article sizes in MB, comma-separated")
    parser.add_argument("--stages", default=",".join(STAGES))
    parser.add_argument("--quick", action="store_true", help="skip sizes above 16 MB")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per (stage, size) run")
    parser.add_argument("--worker", nargs=2, metavar=("STAGE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]))
        return
    sizes = [float(s) for s in args.sizes.split(",")]
    if args.quick:
        sizes = [s for s in sizes if s <= 16]
    stages = [s for s in args.stages.split(",") if s]
    env = {**os.environ, "TOOLKIT_MAX_INPUT": f"{int(max(sizes) * 2 + 1)}M", "PYTHONPATH": str(ROOT)}
    env.setdefault("TOOLKIT_CACHE_DIR", tempfile.mkdtemp(prefix="scaling-cache-"))
    print(
        f"# scaling_input: stages {','.join(stages)}; sizes {sizes} MB; one subprocess per cell", flush=True
    )
    columns = ("MB", "wall s", "CPU s", "CPU s/MB", "peak MiB", "growth MiB")
    print(f"{'stage':<10} " + " ".join(f"{c:>10}" for c in columns), flush=True)
    results: dict[str, list[tuple[float, float, float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="scaling-") as scratch:
        files = {}
        for size in sizes:
            files[size] = Path(scratch) / f"article-{size:g}MB.txt"
            build_input(int(size * MB), files[size])
        for stage in stages:
            for size in sizes:
                command = [sys.executable, __file__, "--worker", stage, str(files[size])]
                try:
                    done = subprocess.run(
                        command, capture_output=True, text=True, timeout=args.timeout, env=env, check=False
                    )
                except subprocess.TimeoutExpired:
                    print(
                        f"{stage:<10} {size:>10g} {'>' + str(int(args.timeout)):>10} (timed out)", flush=True
                    )
                    break  # a bigger size would time out too
                if done.returncode != 0:
                    reason = (done.stderr.strip().splitlines() or ["?"])[-1][:120]
                    print(f"{stage:<10} {size:>10g} failed: {reason}", flush=True)
                    break
                row = json.loads(done.stdout.strip().splitlines()[-1])
                growth = max(row["peak"] - row["base"], 0)
                results.setdefault(stage, []).append((size, row["seconds"], row["cpu"], growth))
                seconds, cpu = row["seconds"], row["cpu"]
                cells = (f"{size:g}", f"{seconds:.1f}", f"{cpu:.1f}", f"{cpu / size:.2f}",
                         f"{row['peak'] / MB:.0f}", f"{growth / MB:.0f}")  # fmt: skip
                print(f"{stage:<10} " + " ".join(f"{c:>10}" for c in cells), flush=True)
    print("\n# growth exponent (log-log slope over the sizes run; 1.0 = linear, goal <= 1.1)")
    print(f"{'stage':<10} {'wall':>10} {'CPU':>10} {'memory':>10}")
    for stage, rows in results.items():
        sizes_run = [r[0] for r in rows]
        slopes = [_slope(sizes_run, [max(r[i], 1e-3) for r in rows]) for i in (1, 2)]
        slopes.append(_slope(sizes_run, [max(r[3], MB) for r in rows]))
        print(f"{stage:<10} " + " ".join(f"{'-' if v is None else f'{v:.2f}':>10}" for v in slopes))
    fields = engine_fields("apertium", "fr", "es")
    print_signature(**fields, stages="+".join(stages), sizes_mb="+".join(f"{x:g}" for x in sizes),
                    data=_sources())


if __name__ == "__main__":
    main()
