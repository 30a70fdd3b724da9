"""Batch throughput with 1 and 2 worker processes, and peak memory per process.

    python benchmarks/batch_scaling.py                      # argos on the base-shape local model
    python benchmarks/batch_scaling.py --engine apertium    # Debian's Apertium, fr→es
    python benchmarks/batch_scaling.py --articles 24 --jobs 1 2

With ``--engine argos`` (the default) a base-shape model (Transformer-base, random weights, int8)
is built with ``python -m toolkit.testing.models --shape base --from fr --to en`` into a temp
folder and installed into a temp ``$TOOLKIT_MODELS_DIR``; nothing outside temp folders is touched.
The input is the shipped French example articles, repeated under distinct ids. Each setting runs
``toolkit batch`` in a fresh process into a fresh output folder; its process tree is sampled from
``/proc`` for the peak RSS (``VmHWM``) of the parent and of each worker. Prints measured figures
only; the target is a speed-up of at least 1.8x with 2 jobs on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "batch" / "articles"


def make_input(folder: Path, count: int) -> Path:
    """``count`` French articles made from the shipped examples, each under its own id."""
    sources = sorted(p for p in EXAMPLES.iterdir() if p.stem.endswith("-fr"))
    folder.mkdir(parents=True)
    for n in range(count):
        source = sources[n % len(sources)]
        shutil.copy(source, folder / f"{n:03d}-{source.stem}{source.suffix}")
    return folder


def install_base_model(work: Path, env: dict[str, str]) -> None:
    """Build the base-shape fr→en model and install it into a temp models folder (``env``)."""
    built = work / "model"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "toolkit.testing.models",
            "--shape",
            "base",
            "--from",
            "fr",
            "--to",
            "en",
            "--out",
            str(built),
        ],
        check=True,
        env=env,
    )
    from toolkit.models import install_from_file

    install_from_file(next(built.rglob("*.argosmodel")), env["TOOLKIT_MODELS_DIR"])


def _ppid(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def _peak_rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"


def run(input_dir: Path, output: Path, target: str, engine: str, jobs: int, env: dict[str, str]) -> dict:
    """One ``toolkit batch`` run: wall seconds and peak RSS (MiB) of the parent and each worker."""
    command = [
        sys.executable,
        "-m",
        "toolkit",
        "batch",
        str(input_dir),
        str(output),
        "--to",
        target,
        "--from",
        "fr",
        "--engine",
        engine,
        "--jobs",
        str(jobs),
        "-q",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    workers: set[int] = set()
    while process.poll() is None:
        # Sample the tree: the batch process and its Python workers (not Apertium's children).
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and _ppid(int(entry.name)) == process.pid:
                pid = int(entry.name)
                if "spawn_main" in _name(pid):  # not the resource tracker
                    workers.add(pid)
        for pid in (process.pid, *workers):
            peak = _peak_rss_kib(pid)
            if peak is not None:
                peaks[pid] = max(peaks.get(pid, 0), peak)
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time of the whole tree (workers and Apertium processes are waited for, so they count).
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"toolkit batch --jobs {jobs} failed ({process.returncode}): {stderr.strip()}")
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "parent_mib": peaks.get(process.pid, 0) / 1024,
        "worker_mib": [peaks[pid] / 1024 for pid in sorted(workers) if pid in peaks],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="argos", choices=["argos", "apertium"])
    parser.add_argument("--articles", type=int, default=24)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="batch-scaling-") as tmp:
        work = Path(tmp)
        env = dict(os.environ, TOOLKIT_MODELS_DIR=str(work / "models"), TOOLKIT_CACHE_DIR=str(work / "cache"))
        target = "en"
        if args.engine == "argos":
            install_base_model(work, env)
        else:
            target = "es"  # Apertium's direct pair: no pivot
        input_dir = make_input(work / "input", args.articles)
        load = os.getloadavg()[0]
        print(f"cpus: {os.cpu_count()}, load average: {load:.2f}")
        if load > (os.cpu_count() or 1) / 2:
            print("warning: the machine is busy; speed-ups measured now understate what idle cores give")
        print(f"engine: {args.engine} (fr→{target}), {args.articles} articles, 1 target language")
        results = {}
        for jobs in args.jobs:
            result = run(input_dir, work / f"out-{jobs}", target, args.engine, jobs, env)
            results[jobs] = result
            workers = ", ".join(f"{m:.0f}" for m in result["worker_mib"]) or "in-process"
            rate = args.articles / result["seconds"]
            busy = result["cpu_seconds"] / result["seconds"]
            print(
                f"jobs={jobs}: {result['seconds']:.1f} s, {rate:.2f} articles/s, "
                f"CPU {result['cpu_seconds']:.1f} s (= {busy:.2f} cores busy), "
                f"peak RSS parent {result['parent_mib']:.0f} MiB, workers [{workers}] MiB"
            )
        if 1 in results:
            for jobs, result in results.items():
                if jobs != 1:
                    print(f"speed-up jobs={jobs} vs 1: {results[1]['seconds'] / result['seconds']:.2f}x")


if __name__ == "__main__":
    main()
