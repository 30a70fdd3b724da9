"""Worker-node kills during Ray batch runs: how many items are lost or written twice (goal: 0).

    python benchmarks/ray_kill_rounds.py                  # 10 rounds, 8 articles, fr→es Apertium
    python benchmarks/ray_kill_rounds.py --rounds 3 --articles 6

A two-node Ray cluster on this machine (``toolkit.testing.ray_cluster``: loopback, token
authentication, 1 CPU per node) runs ``run_batch(..., executor="ray", jobs=2)`` in a driver
process that SIGKILLs the second node's raylet after its k-th written item (k = 1, 2, ... by
round). Each round counts, from every item the driver wrote and from the manifest: items lost
(never written), items written twice, failed items, items that needed more than one attempt, and
whether the outputs are byte-identical to a local run. The node is restarted between rounds. Ends
with the run's signature (engine and Ray versions, the example articles' SHA-256 prefixes).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import engine_fields, print_signature, versions
from batch_scaling import french_articles


def make_input(path: Path, count: int) -> Path:
    sources = french_articles()
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            text = sources[n % len(sources)].read_text(encoding="utf-8")
            handle.write(json.dumps({"id": f"a{n:03d}", "text": text}, ensure_ascii=False) + "\n")
    return path


def files(output: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(output)): p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file() and p.name not in ("manifest.jsonl", ".lock") and ".tmp" not in p.parts
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--articles", type=int, default=8)
    args = parser.parse_args()

    from toolkit.batch import read_manifest, run_batch
    from toolkit.testing.ray_cluster import KILL_DRIVER, LocalRayCluster

    with tempfile.TemporaryDirectory(prefix="ray-kill-rounds-") as tmp:
        work = Path(tmp)
        articles = make_input(work / "articles.jsonl", args.articles)
        reference = work / "reference"
        run_batch(articles, reference, targets=["es"], source="fr", engine="apertium", lengths=["short"])
        expected = {(f"a{n:03d}", "es") for n in range(args.articles)}
        totals = {"lost": 0, "duplicated": 0, "failed": 0, "retried": 0, "differing": 0}
        print("| round | killed after | lost | duplicated | failed | retried items | outputs = local | s |")
        print("|---|---|---|---|---|---|---|---|")
        with LocalRayCluster(work / "ray", nodes=2, cpus=1) as cluster:
            for round_number in range(1, args.rounds + 1):
                if round_number > 1:
                    cluster.restart_node(1)
                output = work / "out"
                shutil.rmtree(output, ignore_errors=True)
                after = 1 + (round_number - 1) % max(1, args.articles - 2)
                started = time.perf_counter()
                result = subprocess.run(
                    [sys.executable, "-c", KILL_DRIVER, str(articles), str(output), cluster.address]
                    + [str(cluster.raylet_pid(1)), str(after)],
                    env=cluster.env,
                    capture_output=True,
                    text=True,
                    timeout=600,
                )
                seconds = time.perf_counter() - started
                lines = result.stdout.strip().splitlines()
                written = json.loads(lines[-1]) if lines else []
                keys = [(item_id, lang) for item_id, lang, _, _ in written]
                manifest = read_manifest(output)
                counts = {
                    "lost": len(expected - set(keys)) + len(expected - set(manifest)),
                    "duplicated": len(keys) - len(set(keys)),
                    "failed": sum(1 for *_, status, _ in written if status == "failed"),
                    "retried": sum(1 for *_, attempts in written if attempts > 1),
                    "differing": int(files(output) != files(reference)),
                }
                for name, value in counts.items():
                    totals[name] += value
                same = "yes" if not counts["differing"] else "NO"
                print(
                    f"| {round_number} | {after} | {counts['lost']} | {counts['duplicated']} | "
                    f"{counts['failed']} | {counts['retried']} | {same} | {seconds:.0f} |",
                    flush=True,
                )
                if result.returncode != 0:
                    print(f"  driver exit {result.returncode}: {result.stderr.strip()[-300:]}")
        print(
            f"total over {args.rounds} rounds: lost {totals['lost']}, duplicated {totals['duplicated']}, "
            f"failed {totals['failed']}, retried {totals['retried']}, rounds with other outputs "
            f"than local {totals['differing']}"
        )
        fields = engine_fields("apertium", "fr", "es")
        print_signature(**fields, libraries=versions("ray"), rounds=args.rounds, articles=args.articles,
                        data=french_articles())


if __name__ == "__main__":
    main()
