"""Downloading packages (the Argos index, a URL, the pins of a lock file), verified by SHA-256
before anything is installed."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import EngineError, InputError, ModelNotFoundError, ToolkitError
from .catalog import InstalledModel, _version_key, list_models, models_dir, validate_code
from .install import check_digest, install_from_file, parse_digest
from .lockfile import lock_path, read_lock, record_lock
from .package import DEFAULT_MAX_UNPACKED_SIZE, read_package

#: Argos Translate's package index (a JSON list of package metadata with download ``links``).
DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
_TIMEOUT_S = 30


def _index_url() -> str:
    # Argos Translate's ARGOS_PACKAGE_INDEX is the folder holding index.json.
    base = os.environ.get("ARGOS_PACKAGE_INDEX")
    return base.rstrip("/") + "/index.json" if base else DEFAULT_INDEX_URL


def _offline_error(what: str, exc: Exception, source: str, target: str) -> EngineError:
    reason = getattr(exc, "reason", exc)
    return EngineError(
        f"cannot download {what} ({reason}): no network? Download translate-{source}_{target}*.argosmodel "
        "elsewhere and run `toolkit models install FILE.argosmodel`"
    )


def _fetch_index(url: str, source: str, target: str) -> list[dict[str, Any]]:
    try:
        with urllib.request.urlopen(url, timeout=_TIMEOUT_S) as response:
            data = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError) as exc:
        raise _offline_error("the Argos package index", exc, source, target) from None
    except ValueError as exc:
        raise EngineError(
            f"the Argos package index at {url} is not valid JSON ({exc}); try again later"
        ) from None
    if not isinstance(data, list):
        raise EngineError(f"the Argos package index at {url} is not a list of packages; try again later")
    return [entry for entry in data if isinstance(entry, dict)]


def _fetch(url: str, destination: Path, label: str, progress: bool) -> str:
    """Stream ``url`` into ``destination``; returns its SHA-256. Raises OSError when cut short."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TransferSpeedColumn

    digest = hashlib.sha256()
    received = 0
    request = urllib.request.Request(url, headers={"User-Agent": "wire-toolkit"})
    with urllib.request.urlopen(request, timeout=_TIMEOUT_S) as response, open(destination, "wb") as out:
        total = int(response.headers.get("Content-Length") or 0) or None
        with Progress(
            "[progress.description]{task.description}", BarColumn(), DownloadColumn(), TransferSpeedColumn(),
            disable=not progress, transient=True,
        ) as bar:  # fmt: skip
            task = bar.add_task(label, total=total)
            while chunk := response.read(1 << 16):
                out.write(chunk)
                digest.update(chunk)
                received += len(chunk)
                bar.advance(task, len(chunk))
    if total is not None and received != total:
        raise OSError(f"download cut short: {received} of {total} bytes")
    return digest.hexdigest()


def download(
    urls: list[str],
    root: Path,
    label: str,
    *,
    sha256: str | None = None,
    progress: bool = True,
    on_error: Callable[[Exception], ToolkitError] | None = None,
) -> tuple[Path, str, str]:
    """Download the first of ``urls`` that answers into a hidden temporary file of ``root``.

    Returns (file, its SHA-256, the URL used). The caller installs the file and then deletes its
    folder (``file.parent``). An interrupted download, or one whose digest is not ``sha256``, is
    deleted before the error is raised: nothing is left behind.
    """
    expected = parse_digest(sha256)
    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".download-", dir=root))
    file = scratch / "download"
    failure: Exception | None = None
    try:
        for url in urls:
            try:
                digest = _fetch(url, file, label, progress)
            except (urllib.error.URLError, OSError, ValueError) as exc:
                failure = exc
                continue
            check_digest(digest, expected, f"the download from {url}")
            return file, digest, url
        assert failure is not None
        if on_error is not None:
            raise on_error(failure) from None
        reason = getattr(failure, "reason", failure)
        raise EngineError(f"cannot download {label} ({reason}); check the URL and the network") from None
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def install_from_index(
    source: str,
    target: str,
    directory: str | Path | None = None,
    *,
    index_url: str | None = None,
    sha256: str | None = None,
    progress: bool = True,
    lock: str | Path | None = None,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> InstalledModel:
    """Download the newest ``source``→``target`` package from the Argos package index and install it.

    Needs the network; offline it raises a one-line :class:`EngineError` saying how to install from a
    file instead. The download is verified (its SHA-256 against ``sha256`` when given, then a
    complete package for the requested pair) before install, and pinned in the lock file.
    """
    validate_code(source)
    validate_code(target)
    parse_digest(sha256)  # a malformed --sha256 is a usage error, before any download
    url = index_url or _index_url()
    entries = [
        e
        for e in _fetch_index(url, source, target)
        if e.get("from_code") == source
        and e.get("to_code") == target
        and e.get("type", "translate") == "translate"
    ]
    if not entries:
        raise ModelNotFoundError(
            f"the Argos package index has no {source}→{target} package; pivot through English "
            f"(`toolkit models install {source} en` and `toolkit models install en {target}`)"
        )
    entry = max(entries, key=lambda e: _version_key(str(e.get("package_version", ""))))
    links = [link for link in entry.get("links", []) if isinstance(link, str)]
    if not links:
        raise EngineError(
            f"the Argos package index lists no download link for {source}→{target}; try again later"
        )
    root = Path(directory) if directory is not None else models_dir()
    # The Argos index carries no digest today; one it may carry is checked like --sha256.
    pinned = sha256 or (entry["sha256"] if isinstance(entry.get("sha256"), str) else None)
    return _install_download(
        links, root, source, target, sha256=pinned, progress=progress, lock=lock,
        max_unpacked_size=max_unpacked_size,
    )  # fmt: skip


def install_from_url(
    url: str,
    source: str,
    target: str,
    directory: str | Path | None = None,
    *,
    sha256: str | None = None,
    progress: bool = True,
    lock: str | Path | None = None,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> InstalledModel:
    """Download the ``source``→``target`` ``.argosmodel`` at ``url``, verify it, install and pin it."""
    validate_code(source)
    validate_code(target)
    root = Path(directory) if directory is not None else models_dir()
    return _install_download(
        [url], root, source, target, sha256=sha256, progress=progress, lock=lock,
        max_unpacked_size=max_unpacked_size,
    )  # fmt: skip


def _install_download(
    links: list[str],
    root: Path,
    source: str,
    target: str,
    *,
    sha256: str | None,
    progress: bool,
    lock: str | Path | None,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> InstalledModel:
    file, digest, url = download(
        links,
        root,
        f"{source}→{target}",
        sha256=sha256,
        progress=progress,
        on_error=lambda exc: _offline_error(f"the {source}→{target} package", exc, source, target),
    )
    try:
        metadata, _ = read_package(file, max_unpacked_size=max_unpacked_size)
        if (metadata["from_code"], metadata["to_code"]) != (source, target):
            raise EngineError(
                f"the {source}→{target} download ({url}) holds a "
                f"{metadata['from_code']}→{metadata['to_code']} package; report it to its publisher "
                "and install a file with `toolkit models install FILE`"
            )
        installed = install_from_file(file, root, origin=url, max_unpacked_size=max_unpacked_size)
    finally:
        shutil.rmtree(file.parent, ignore_errors=True)
    record_lock(installed, lock_path(root, lock))
    return installed


def install_locked(
    pairs: list[tuple[str, str]] | None = None,
    directory: str | Path | None = None,
    *,
    lock: str | Path | None = None,
    progress: bool = True,
    max_unpacked_size: int = DEFAULT_MAX_UNPACKED_SIZE,
) -> list[InstalledModel]:
    """Install exactly the packages the lock file pins (all, or those of ``pairs``).

    A package already installed with the pinned digest is kept as it is; any other is downloaded from
    the pinned URL and refused unless its SHA-256 matches.
    """
    root = Path(directory) if directory is not None else models_dir()
    path = lock_path(root, lock)
    entries = read_lock(path)
    if not entries:
        raise InputError(
            f"{path}: no lock file (or it pins nothing); install models without --locked first, "
            "or give the team's file with --lock PATH"
        )
    if pairs:
        by_pair = {(e.source, e.target): e for e in entries}
        missing = [f"{s}→{t}" for s, t in pairs if (s, t) not in by_pair]
        if missing:
            raise InputError(f"{path} pins no {', '.join(missing)} package; install it without --locked")
        entries = [by_pair[pair] for pair in pairs]
    installed = {(m.source, m.target): m for m in list_models(root)}
    results = []
    for entry in entries:
        current = installed.get((entry.source, entry.target))
        if current is not None and current.sha256 == entry.sha256:
            results.append(current)
            continue
        if entry.kind == "opus":
            from ..opusmt import install_opus

            results.append(
                install_opus(entry.source, entry.target, entry.url, root, sha256=entry.sha256,
                             release=entry.version, progress=progress, lock=path,
                             max_unpacked_size=max_unpacked_size)
            )  # fmt: skip
        else:
            results.append(
                _install_download(
                    [entry.url], root, entry.source, entry.target,
                    sha256=entry.sha256, progress=progress, lock=path, max_unpacked_size=max_unpacked_size,
                )
            )  # fmt: skip
    return results
