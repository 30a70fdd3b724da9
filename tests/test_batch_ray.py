"""``toolkit batch --executor ray`` on a real two-node Ray cluster on this machine.

The cluster (``toolkit.testing.ray_cluster``) runs ``ray start --head`` and a second ``ray start
--address`` node on loopback with token authentication, private temp folders and ports, and is
stopped by signalling exactly its own process groups. Engine: Apertium (real, deterministic).
Skipped only when Ray is not installed (CI installs the ``ray`` extra).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray", reason="the ray extra is not installed: pip install 'wire-toolkit[ray]'")

from toolkit.batch import MANIFEST, read_manifest, run_batch  # noqa: E402
from toolkit.testing.ray_cluster import KILL_DRIVER, LocalRayCluster, listening_addresses  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "batch" / "articles"
ARTICLES = 6

pytestmark = pytest.mark.skipif(
    not Path("/usr/share/apertium/modes/fr-es.mode").exists(), reason="Apertium fr-es is not installed"
)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory):
    with LocalRayCluster(tmp_path_factory.mktemp("ray"), nodes=2, cpus=1) as running:
        yield running


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``ARTICLES`` French records made from the shipped examples, each under its own id."""
    sources = sorted(p for p in EXAMPLES.iterdir() if p.stem.endswith("-fr"))
    path = tmp_path_factory.mktemp("input") / "articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(ARTICLES):
            text = sources[n % len(sources)].read_text(encoding="utf-8")
            handle.write(json.dumps({"id": f"a{n:02d}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _batch_args(input: Path, output: Path) -> list[str]:
    return [
        str(input),
        str(output),
        "--to",
        "es",
        "--from",
        "fr",
        "--engine",
        "apertium",
        "--length",
        "short",
    ]


@pytest.fixture(scope="module")
def reference(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same batch with the local executor: what every Ray run must write, byte for byte."""
    output = tmp_path_factory.mktemp("local") / "out"
    summary = run_batch(articles, output, targets=["es"], source="fr", engine="apertium", lengths=["short"])
    assert summary.ok == ARTICLES
    return output


def _files(output: Path) -> dict[str, bytes]:
    """Every output file by relative path (the manifest and run-time files aside)."""
    return {
        str(p.relative_to(output)): p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file() and p.name not in (MANIFEST, ".lock") and ".tmp" not in p.parts
    }


def _assert_same_outputs(output: Path, reference: Path) -> None:
    assert _files(output) == _files(reference)
    lines = (output / MANIFEST).read_bytes().splitlines()
    keys = [(json.loads(line)["id"], json.loads(line)["lang"]) for line in lines]
    assert len(keys) == len(set(keys)) == ARTICLES  # every item exactly once
    ours, theirs = read_manifest(output), read_manifest(reference)
    assert {k: r.outputs for k, r in ours.items()} == {k: r.outputs for k, r in theirs.items()}
    assert {r.status for r in ours.values()} <= {"ok", "skipped"}


def _toolkit(args: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", "batch", *args, "-q"],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        **kwargs,
    )


def test_cluster_listens_on_loopback_only(cluster: LocalRayCluster) -> None:
    addresses = listening_addresses(cluster.pids())
    assert addresses, "the cluster's processes listen nowhere?"
    assert {host for host, _ in addresses} <= {"127.0.0.1", "::ffff:127.0.0.1"}, addresses


def test_ray_outputs_are_identical_to_local(
    cluster: LocalRayCluster, articles: Path, reference: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    args = [*_batch_args(articles, output), "--executor", "ray", "--address", cluster.address, "--jobs", "2"]
    result = _toolkit(args, cluster.env)
    assert result.returncode == 0, result.stderr
    _assert_same_outputs(output, reference)
    assert all(r.attempts == 1 for r in read_manifest(output).values())


def test_client_and_node_without_the_token_are_refused(
    cluster: LocalRayCluster, articles: Path, tmp_path: Path
) -> None:
    wrong = dict(cluster.env, RAY_AUTH_TOKEN="0" * 64)
    # Both at once: each is refused only after Ray's connection retries (~25 s).
    intruder = cluster.start_node(2, env=wrong)
    try:
        args = [*_batch_args(articles, tmp_path / "out"), "--executor", "ray", "--address", cluster.address]
        result = _toolkit(args, wrong)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("error: cannot connect")
        assert not (tmp_path / "out" / MANIFEST).exists() or not read_manifest(tmp_path / "out")
        assert intruder.wait(timeout=120) != 0
        assert "Authentication token is missing or incorrect" in (cluster.folder / "node2.log").read_text()
    finally:
        if intruder.poll() is None:
            os.killpg(intruder.pid, signal.SIGKILL)
    cluster.wait_for_nodes(2, timeout=30)


def test_driver_killed_mid_run_resumes_identically(
    cluster: LocalRayCluster, articles: Path, reference: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    args = [*_batch_args(articles, output), "--executor", "ray", "--address", cluster.address, "--jobs", "2"]
    driver = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "batch", *args, "-q"],
        env=cluster.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manifest = output / MANIFEST
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and driver.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= 1:
            break
        time.sleep(0.05)
    assert driver.poll() is None, "the run ended before it could be killed"
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    assert 1 <= len(read_manifest(output)) < ARTICLES

    result = _toolkit(args, cluster.env)
    assert result.returncode == 0, result.stderr
    _assert_same_outputs(output, reference)
    assert read_manifest(output) and any(r.status == "skipped" for r in read_manifest(output).values())


def test_worker_node_killed_mid_run_loses_and_duplicates_nothing(
    cluster: LocalRayCluster, articles: Path, reference: Path, tmp_path: Path
) -> None:
    # The driver runs in a subprocess, as on a cluster's head node, and kills the second node's
    # raylet as soon as it has written its first item.
    output = tmp_path / "out"
    raylet = cluster.raylet_pid(1)
    result = subprocess.run(
        [sys.executable, "-c", KILL_DRIVER, str(articles), str(output), cluster.address, str(raylet), "1"],
        env=cluster.env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout.splitlines()[-1])
    keys = [(item_id, lang) for item_id, lang, _, _ in written]
    assert len(keys) == len(set(keys)) == ARTICLES  # none lost, none written twice
    assert {status for _, _, status, _ in written} == {"ok"}
    assert all(1 <= attempts <= 3 for *_, attempts in written)
    _assert_same_outputs(output, reference)
    # The node is really gone: Ray's control store says so once its health checks fail (about 3 s
    # here), which a run the head node finishes quickly can beat.
    cluster.wait_for_nodes(1, timeout=60)
