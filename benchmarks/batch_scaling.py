"""Batch throughput with 1 and 2 workers, local pool vs Ray, and peak memory per process.

    python benchmarks/batch_scaling.py                      # argos on the base-shape local model
    python benchmarks/batch_scaling.py --engine apertium    # Debian's Apertium, fr→es
    python benchmarks/batch_scaling.py --articles 24 --jobs 1 2
    python benchmarks/batch_scaling.py --jobs 2 --executors local ray --repeats 3 --costs

Ray column: a one-node Ray cluster on this machine (``toolkit.testing.ray_cluster``: loopback,
token authentication, ``max(--jobs)`` CPUs) runs the same ``toolkit batch`` with ``--executor ray
--address ...``; local and Ray runs alternate, ``--repeats`` times, and the medians are printed
side by side with their ratio (goal: Ray ≥ 0.9x local). Ray workers are not children of the
batch process, so their memory is not sampled. ``--costs`` also measures what
``docs/scaling.md`` projects from: per-article engine time, model load, the driver's per-item
write cost and a Ray call's round trip with an article-sized payload.

With ``--engine argos`` (the default) a base-shape model (Transformer-base, random weights, int8)
is built with ``python -m toolkit.testing.models --shape base --from fr --to en`` into a temp
folder and installed into a temp ``$TOOLKIT_MODELS_DIR``; nothing outside temp folders is touched.
The input is the shipped French example articles, repeated under distinct ids. Each setting runs
``toolkit batch`` in a fresh process into a fresh output folder; its process tree is sampled from
``/proc`` for the peak RSS (``VmHWM``) of the parent and of each worker. Prints measured figures
only; the target is a speed-up of at least 1.8x with 2 jobs on 2 cores. Ends with the run's
signature (engine, model and Ray versions, the example articles' SHA-256 prefixes).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import engine_fields, print_signature, versions

from toolkit.batch import read_manifest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "batch" / "articles"


def french_articles() -> list[Path]:
    """The shipped French example articles the batch benchmarks repeat."""
    return sorted(p for p in EXAMPLES.iterdir() if p.stem.endswith("-fr"))


def make_input(folder: Path, count: int) -> Path:
    """``count`` French articles made from the shipped examples, each under its own id."""
    sources = french_articles()
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


def run(
    input_dir: Path,
    output: Path,
    target: str,
    engine: str,
    jobs: int,
    env: dict[str, str],
    address: str | None = None,
) -> dict:
    """One ``toolkit batch`` run (on the Ray cluster at ``address`` if given): wall seconds and
    peak RSS (MiB) of the parent and each local worker."""
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
    if address is not None:
        command += ["--executor", "ray", "--address", address]
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
    records = list(read_manifest(output).values())
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "parent_mib": peaks.get(process.pid, 0) / 1024,
        "worker_mib": [peaks[pid] / 1024 for pid in sorted(workers) if pid in peaks],
        "item_seconds": [record.timings.get("total_s", 0.0) for record in records],
        "write_seconds": [record.timings["write_s"] for record in records if "write_s" in record.timings],
    }


def measure_costs(
    input_dir: Path, target: str, engine: str, env: dict[str, str], address: str | None, writes: list[float]
) -> None:
    """Model load, the driver's write cost per item (``writes``: the runs' manifest ``write_s``) and a
    Ray call's round trip (see docs/scaling.md)."""
    load = subprocess.run(
        [sys.executable, "-c", _LOAD_CODE, engine, target],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    print(f"model load (engine start + first short call): {float(load[0]):.2f} s")
    sizes = [p.stat().st_size for p in input_dir.iterdir()]
    print(f"article size: median {statistics.median(sizes) / 1024:.1f} KiB")
    write_ms = statistics.median(writes) * 1000
    print(f"driver write per item (its files, fsynced; the manifests' write_s): {write_ms:.1f} ms")
    if address is not None:
        code = _RAY_ROUND_TRIP_CODE
        out = subprocess.run(
            [sys.executable, "-c", code, address, str(int(statistics.median(sizes) * 3))],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        print(
            f"Ray: driver connect {float(out[0]):.2f} s, actor start {float(out[1]):.2f} s, "
            f"call round trip with a {statistics.median(sizes) * 3 / 1024:.0f} KiB result "
            f"{float(out[2]) * 1000:.2f} ms (median of 200)"
        )


_LOAD_CODE = """
import sys, time
from toolkit.pipeline import Pipeline
started = time.perf_counter()
with Pipeline(sys.argv[1]) as pipeline:
    pipeline.translate("Bonjour.", target=sys.argv[2], source="fr")
print(time.perf_counter() - started)
"""

_RAY_ROUND_TRIP_CODE = """
import logging, statistics, sys, time
started = time.perf_counter()
import ray
ray.init(address=sys.argv[1], logging_level=logging.WARNING, log_to_driver=False)
connected = time.perf_counter()
@ray.remote(num_cpus=1)
class Echo:
    def call(self, text):
        return text.encode()
echo = Echo.remote()
ray.get(echo.call.remote(""))
ready = time.perf_counter()
payload = "x" * int(sys.argv[2])
times = []
for _ in range(200):
    t = time.perf_counter()
    ray.get(echo.call.remote(payload))
    times.append(time.perf_counter() - t)
print(connected - started, ready - connected, statistics.median(times))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="argos", choices=["argos", "apertium"])
    parser.add_argument("--articles", type=int, default=24)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--executors", nargs="+", choices=["local", "ray"], default=["local"])
    parser.add_argument("--repeats", type=int, default=1, help="runs per setting (medians printed)")
    parser.add_argument("--costs", action="store_true", help="also measure the costs docs/scaling.md uses")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="batch-scaling-") as tmp, contextlib.ExitStack() as stack:
        work = Path(tmp)
        os.environ.update(TOOLKIT_MODELS_DIR=str(work / "models"), TOOLKIT_CACHE_DIR=str(work / "cache"))
        env = dict(os.environ)
        target = "en"
        if args.engine == "argos":
            install_base_model(work, env)
        else:
            target = "es"  # Apertium's direct pair: no pivot
        input_dir = make_input(work / "input", args.articles)
        address = None
        if "ray" in args.executors:
            from toolkit.testing.ray_cluster import LocalRayCluster

            started = time.perf_counter()
            cluster = stack.enter_context(LocalRayCluster(work / "ray", nodes=1, cpus=max(args.jobs)))
            address, env = cluster.address, cluster.env
            print(
                f"Ray cluster (1 node, {max(args.jobs)} CPUs) "
                f"started in {time.perf_counter() - started:.1f} s"
            )
        load = os.getloadavg()[0]
        print(f"cpus: {os.cpu_count()}, load average: {load:.2f}")
        if load > (os.cpu_count() or 1) / 2:
            print("warning: the machine is busy; speed-ups measured now understate what idle cores give")
        print(f"engine: {args.engine} (fr→{target}), {args.articles} articles, 1 target language")
        results: dict[tuple[int, str], list[dict]] = {}
        for repeat in range(args.repeats):
            for jobs in args.jobs:
                for executor in args.executors:  # alternating, so both see the same machine load
                    output = work / f"out-{jobs}-{executor}-{repeat}"
                    result = run(
                        input_dir,
                        output,
                        target,
                        args.engine,
                        jobs,
                        env,
                        address if executor == "ray" else None,
                    )
                    results.setdefault((jobs, executor), []).append(result)
                    workers = ", ".join(f"{m:.0f}" for m in result["worker_mib"]) or "-"
                    rate = args.articles / result["seconds"]
                    busy = result["cpu_seconds"] / result["seconds"]
                    print(
                        f"run {repeat + 1} jobs={jobs} {executor}: {result['seconds']:.1f} s, "
                        f"{rate:.2f} articles/s, CPU {result['cpu_seconds']:.1f} s "
                        f"(= {busy:.2f} cores busy), "
                        f"peak RSS parent {result['parent_mib']:.0f} MiB, workers [{workers}] MiB"
                    )
        print()
        print(
            "| jobs | " + " | ".join(f"{e} articles/s (median)" for e in args.executors) + " | ray / local |"
        )
        print("|---|" + "---|" * len(args.executors) + "---|")
        medians = {key: statistics.median(r["seconds"] for r in runs) for key, runs in results.items()}
        for jobs in args.jobs:
            rates = {e: args.articles / medians[(jobs, e)] for e in args.executors}
            ratio = f"{rates['ray'] / rates['local']:.2f}x" if {"ray", "local"} <= rates.keys() else "-"
            print(f"| {jobs} | " + " | ".join(f"{rates[e]:.3f}" for e in args.executors) + f" | {ratio} |")
        if "local" in args.executors and 1 in args.jobs:
            for jobs in args.jobs:
                if jobs != 1:
                    speedup = medians[(1, "local")] / medians[(jobs, "local")]
                    print(f"speed-up local jobs={jobs} vs 1: {speedup:.2f}x")
        if args.costs:
            items = [t for runs in results.values() for r in runs for t in r["item_seconds"]]
            print(f"per-article worker time (translate + brief): median {statistics.median(items):.2f} s")
            writes = [t for runs in results.values() for r in runs for t in r["write_seconds"]]
            measure_costs(input_dir, target, args.engine, env, address, writes)
        fields = engine_fields(args.engine, "fr", target)
        print_signature(**fields, libraries=versions("ray") if "ray" in args.executors else None,
                        articles=args.articles, repeats=args.repeats,
                        data=french_articles())


if __name__ == "__main__":
    main()
