"""A real multi-node Ray cluster on this machine, on loopback, with token authentication.

Used by the Ray tests and benchmarks (``extra wire-toolkit[ray]``)::

    with LocalRayCluster(tmp_path, nodes=2) as cluster:
        run_batch(..., executor="ray", address=cluster.address)   # in a process with cluster.env
        cluster.kill_raylet(1)                                    # node 1 dies

Each node is a ``ray start --block`` process in its own session (process group), with a private
``--temp-dir`` and fixed ports, so stopping the cluster signals exactly the processes it started
(``ray stop`` would stop every Ray instance of the user). Both nodes and the driver share one
token file (``RAY_AUTH_MODE=token``).

Loopback only: Ray replaces ``127.0.0.1`` by the machine's outward address unless told it runs a
single-machine cluster (``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0``, which ``env`` sets for the
driver); a worker node refuses that switch, so nodes start through ``python -m
toolkit.testing.ray_cluster``, which keeps loopback addresses as given and then runs ``ray start``.
Every server of a node whose address is ``127.0.0.1`` then listens on loopback only.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"


class LocalRayCluster:
    """``nodes`` Ray nodes (the first is the head) with ``cpus`` CPUs each, started on enter."""

    def __init__(
        self,
        folder: str | os.PathLike[str],
        *,
        nodes: int = 2,
        cpus: int = 1,
        base_port: int | None = None,
        object_store_bytes: int = 100_000_000,
        start_timeout: float = 90.0,
    ) -> None:
        self.folder = Path(folder)
        self.nodes = nodes
        self.cpus = cpus
        self.object_store_bytes = object_store_bytes
        self.start_timeout = start_timeout
        self.base_port = base_port or _free_port_block(20 * nodes)
        self.token_path = self.folder / "auth_token"
        self.temp_dir = self.folder / "ray"  # short: Ray's socket paths must fit in 107 bytes
        self._procs: list[subprocess.Popen[bytes]] = []

    @property
    def address(self) -> str:
        return f"{HOST}:{self.base_port}"

    @property
    def env(self) -> dict[str, str]:
        """The environment of a driver (or a node) that holds the cluster's token."""
        return {
            **os.environ,
            "RAY_AUTH_MODE": "token",
            "RAY_AUTH_TOKEN_PATH": str(self.token_path),
            "RAY_USAGE_STATS_ENABLED": "0",
            "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
            # A dead node is declared dead in ~3 s instead of ~30 s, so its items move on quickly.
            "RAY_health_check_period_ms": "1000",
            "RAY_health_check_timeout_ms": "1000",
            "RAY_health_check_failure_threshold": "3",
        }

    def node_ports(self, node: int) -> dict[str, int]:
        """Node ``node``'s block of 20 ports: the head's GCS at +0, raylet +1, objects +2,
        workers +10 to +19."""
        base = self.base_port + 20 * node
        return {"node_manager": base + 1, "object_manager": base + 2, "workers": base + 10}

    def start(self) -> LocalRayCluster:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.token_path.write_text(secrets.token_hex(32))
        self.token_path.chmod(0o600)
        try:
            for node in range(self.nodes):
                self._procs.append(self.start_node(node))
                self._wait_port(self.node_ports(node)["node_manager"], node)
            self.wait_for_nodes(self.nodes)
        except BaseException:
            self.stop()
            raise
        return self

    def start_node(self, node: int, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        """Start node ``node`` (0 = head) and return its ``ray start --block`` process."""
        ports = self.node_ports(node)
        args = [
            "start",
            "--block",
            "--disable-usage-stats",
            f"--num-cpus={self.cpus}",
            f"--object-store-memory={self.object_store_bytes}",
            f"--temp-dir={self.temp_dir}",
            f"--node-ip-address={HOST}",
            f"--node-manager-port={ports['node_manager']}",
            f"--object-manager-port={ports['object_manager']}",
            f"--min-worker-port={ports['workers']}",
            f"--max-worker-port={ports['workers'] + 9}",
        ]
        if node == 0:
            args += ["--head", f"--port={self.base_port}", "--include-dashboard=false"]
        else:
            args += [f"--address={self.address}"]
        env = dict(self.env if env is None else env)
        env.pop("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER")  # a worker node refuses it; the shim does its job
        log = (self.folder / f"node{node}.log").open("ab")
        return subprocess.Popen(
            [sys.executable, "-m", "toolkit.testing.ray_cluster", *args],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def restart_node(self, node: int) -> None:
        """Stop what is left of node ``node`` (after :meth:`kill_raylet`) and start it afresh."""
        old = self._procs[node]
        _signal_group(old.pid, signal.SIGKILL)
        old.wait(timeout=30)
        self._procs[node] = self.start_node(node)
        self._wait_port(self.node_ports(node)["node_manager"], node)
        self.wait_for_nodes(self.nodes)

    def wait_for_nodes(self, count: int, timeout: float | None = None) -> None:
        """Wait until the cluster has ``count`` live nodes (asked by a short-lived driver)."""
        timeout = timeout or self.start_timeout
        code = (
            "import sys, time, ray\n"
            "ray.init(address=sys.argv[1], logging_level='ERROR', log_to_driver=False)\n"
            "deadline = time.monotonic() + float(sys.argv[3])\n"
            "while sum(1 for n in ray.nodes() if n['Alive']) != int(sys.argv[2]):\n"
            "    if time.monotonic() > deadline: sys.exit(1)\n"
            "    time.sleep(0.5)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code, self.address, str(count), str(timeout)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout + 60,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"the Ray cluster did not reach {count} live nodes; see {self.folder}/node*.log"
            )

    def raylet_pid(self, node: int) -> int:
        """The pid of node ``node``'s raylet (found in that node's process group)."""
        group = self._procs[node].pid
        for pid in _pids_in_group(group):
            if _cmdline(pid).startswith(b"/") and b"/raylet" in _cmdline(pid).split(b"\0", 1)[0]:
                return pid
        raise RuntimeError(f"node {node} has no raylet")

    def kill_raylet(self, node: int) -> None:
        os.kill(self.raylet_pid(node), signal.SIGKILL)

    def pids(self) -> list[int]:
        return [pid for proc in self._procs for pid in _pids_in_group(proc.pid)]

    def stop(self) -> None:
        """Stop every process the cluster started: SIGTERM its process groups, SIGKILL what stays."""
        for proc in self._procs:
            _signal_group(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_pids_in_group(p.pid) for p in self._procs):
            time.sleep(0.2)
        for proc in self._procs:
            _signal_group(proc.pid, signal.SIGKILL)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        self._procs.clear()

    def __enter__(self) -> LocalRayCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _wait_port(self, port: int, node: int) -> None:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._procs[node].poll() is not None:
                raise RuntimeError(f"Ray node {node} exited; see {self.folder}/node{node}.log")
            try:
                socket.create_connection((HOST, port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"Ray node {node} did not start in {self.start_timeout:.0f} s")


#: A driver (run as ``python -c KILL_DRIVER INPUT OUTPUT ADDRESS RAYLET_PID AFTER [JOBS]``) that
#: localizes INPUT fr→es with Apertium on the cluster and SIGKILLs the raylet RAYLET_PID as soon as
#: it has written AFTER items. It prints, as its last line, the JSON list of every item it wrote
#: (``[id, lang, status, attempts]``, in order), so that lost and duplicated items can be counted.
KILL_DRIVER = """
import json, os, signal, sys
from toolkit.batch import run_batch
written = []
def landed(record):
    written.append([record.id, record.lang, record.status, record.attempts])
    if len(written) == int(sys.argv[5]):
        os.kill(int(sys.argv[4]), signal.SIGKILL)
jobs = int(sys.argv[6]) if len(sys.argv) > 6 else 2
summary = run_batch(sys.argv[1], sys.argv[2], targets=["es"], source="fr", engine="apertium",
                    lengths=["short"], jobs=jobs, executor="ray", address=sys.argv[3], progress=landed)
print(json.dumps(written))
sys.exit(summary.exit_code)
"""


def listening_addresses(pids: list[int]) -> set[tuple[str, int]]:
    """The (address, port) pairs on which the processes ``pids`` accept TCP connections."""
    inodes: set[str] = set()
    for pid in pids:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    found: set[tuple[str, int]] = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] != "0A" or fields[9] not in inodes:  # 0A = LISTEN
                continue
            address, port = fields[1].split(":")
            found.add((_address(address, width), int(port, 16)))
    return found


def _address(hex_address: str, width: int) -> str:
    raw = bytes.fromhex(hex_address)
    if width == 8:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def _free_port_block(size: int) -> int:
    """A base port whose next ``size`` ports are free now (in 20000-29999, below Linux's
    ephemeral range so that no outgoing connection takes one meanwhile)."""
    import random

    rng = random.Random()
    for _ in range(200):
        base = rng.randrange(20000, 30000 - size, 20)
        if all(_port_free(base + i) for i in range(size)):
            return base
    raise RuntimeError("no free block of ports for a Ray test cluster")


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def _pids_in_group(group: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) == group and fields[0] != "Z":
                pids.append(int(entry.name))
    return pids


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _signal_group(group: int, sig: int) -> None:
    try:
        os.killpg(group, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _ray_start() -> None:
    """``ray start`` that keeps a loopback ``--node-ip-address``/``--address`` as given."""
    import ray._private.services as services
    from ray.scripts.scripts import main

    resolve = services.resolve_ip_for_localhost
    services.resolve_ip_for_localhost = lambda host: host if host == HOST else resolve(host)
    sys.argv = ["ray", *sys.argv[1:]]
    main()


if __name__ == "__main__":
    _ray_start()
