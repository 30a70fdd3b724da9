"""Batch localization: many articles x many target languages, resumable, parallel, with a manifest.

``run_batch(input, output, targets=[...])`` reads a folder of ``.txt``/``.md`` articles (ids are
the file names without extension) or a JSONL file of ``{"id", "text", "title"?, "source"?}``
records, and for every article x target language writes ``OUTPUT/<id>/<lang>/``:

- ``translation.txt``: the whole article translated;
- ``brief.<fmt>`` for each requested format (``md``, ``txt``, ``html`` rendered from the shipped
  templates, ``json`` the brief's data), with every requested length;
- ``report.json``: glossary and fidelity reports and the translation's provenance.

``OUTPUT/manifest.jsonl`` holds one line per (id, lang): ``status`` (``ok``; ``skipped`` = outputs
from an earlier run that are still valid; ``failed`` with a one-line ``error``), the input's
sha256, the settings' sha256, engine, model, output checksums and timings.

Crash safety. Only the parent process writes, and in this order: each output goes to a temp file
in ``OUTPUT/.tmp`` that is fsynced and renamed into place; then the item's manifest line is
appended and fsynced. A run killed at any point therefore leaves every finished item complete and
recorded, possibly one item's outputs without a manifest line (redone on resume, bytes identical)
and possibly a torn last manifest line (ignored). At start, a run drops torn lines and the lines of
items it will redo, and rewrites the manifest atomically; at the end it rewrites it once more in
input order. The manifest never holds two lines for one (id, lang).

An item is skipped when its manifest line is ``ok``/``skipped`` with the same input and settings
checksums and every output it lists is on disk with the listed checksum. Failed items are retried.

Ids. File-name ids are sanitized (characters other than letters, digits, ``.``, ``_``, ``-``
become ``-``). A JSONL id may be any text up to 1,000 characters that is not path-like (no ``/``
or ``\\``, not ``.``/``..``, not a name the batch writes), else the record fails and is reported as
``line:N``. Each id gets its own folder (:func:`folder_name`): the id itself when it is a short,
portable name, else its first 60 portable bytes and a hash (``a b`` → ``a-b-3f2a9c…``); the
manifest keeps the id and names the folder. Nothing inside OUTPUT is followed if it is a symlink:
an item whose folder is one fails alone, with a one-line, bounded message, and later items still
run. Two articles with one id (``a.txt`` and ``a.md``, or ids differing only in case) make the
whole input invalid (:class:`~toolkit.errors.InputError`): silently renaming one would make output
folders depend on which other files exist.

A lock file (``OUTPUT/.lock``) keeps a second run off the same output folder.

Determinism. Each item's outputs depend only on its text and the settings: workers translate one
article per call, whichever worker gets it, so ``--jobs N`` writes what ``--jobs 1`` writes. A
translation memory (``memory=``) is off by default for this reason: engines such as Apertium
translate a sentence differently depending on its neighbours in a call, so a cache filled by other
articles or earlier runs could change an item's bytes between an interrupted and a clean run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing
import os
import queue
import re
import shutil
import stat
import time
import traceback
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal, Protocol

from .errors import BatchError, InputError, ToolkitError, UsageError
from .langcodes import check as check_language
from .langcodes import check_many
from .limits import check_input_size, format_size, max_input_size
from .pipeline import DEFAULT_LENGTHS

__all__ = [
    "FORMATS",
    "MANIFEST",
    "Article",
    "BatchSettings",
    "BatchSummary",
    "EXECUTORS",
    "ItemRecord",
    "folder_name",
    "iter_articles",
    "load_articles",
    "read_manifest",
    "run_batch",
]

MANIFEST = "manifest.jsonl"
#: Brief formats a batch can write; json is the brief's data, the others come from templates.
FORMATS = ("md", "txt", "html", "json")
#: Where the workers run: spawned processes on this machine, or actors of a Ray cluster.
EXECUTORS = ("local", "ray")
_LOCK = ".lock"
_TMP = ".tmp"
_ARTICLE_SUFFIXES = (".txt", ".md")
_PARQUET_SUFFIXES = (".parquet", ".pq")
_SAFE_ID = re.compile(r"\w[\w.\-]{0,119}")
_UNSAFE_CHARS = re.compile(r"[^\w.\-]+")
_MAX_ID_CHARS = 1000
#: Folder names stay well under the 255-byte limit of common file systems, leaving room for the
#: temp names and suffixes other tools add.
_MAX_FOLDER_BYTES = 100
_PORTABLE = re.compile(r"[A-Za-z0-9\u00c0-\uffff][\w.\-]*")
# Device names Windows refuses as folder names, with or without an extension.
_RESERVED = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)(\..*)?", re.IGNORECASE)
#: Longest error message kept in the manifest.
_MAX_ERROR_CHARS = 500
# Files in an item folder that a batch writes; stale ones (a format no longer asked for) go.
_OUTPUT_NAME = re.compile(r"(translation\.txt|report\.json|brief\.\w+)")
Status = Literal["ok", "skipped", "failed"]


# -- data -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """One input article. ``error`` is set (and ``text`` is ``None``) when it cannot be used."""

    id: str
    text: str | None
    sha256: str
    origin: str
    source: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class BatchSettings:
    """Everything that shapes an item's outputs; its :attr:`digest` decides what a resume redoes."""

    targets: tuple[str, ...]
    lengths: tuple[str, ...] = DEFAULT_LENGTHS
    engine: str | None = None
    model: str | None = None
    source: str | None = None
    glossaries: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("md", "json")
    #: Translation memory file shared by the workers; a cache, so not part of :attr:`digest`.
    memory: str | None = None
    #: Where engines run (``auto``, ``cpu``, ``cuda``); picks hardware, so not part of :attr:`digest`.
    device: str = "auto"

    @property
    def digest(self) -> str:
        """sha256 of the settings that change outputs (glossaries by content, not by path)."""
        from . import __version__

        glossary_sums = [_sha256(Path(p).read_bytes()) for p in self.glossaries]
        data = {
            "toolkit": __version__,
            "engine": self.engine,
            "model": self.model,
            "source": self.source,
            "lengths": self.lengths,
            "formats": self.formats,
            "glossaries": glossary_sums,
            "components": _component_versions(self.engine),
        }
        return _sha256(json.dumps(data, sort_keys=True).encode())


def _component_versions(engine: str | None) -> dict[str, Any]:
    """What shapes outputs besides the settings: the installed models of the engine (of every engine
    when it is chosen per pair), with their versions, and the summary ranker and language-ID model by
    content. Installing, upgrading or removing any of them makes a resume redo the items."""
    from importlib import resources

    from . import engines
    from ._ngram import DEFAULT_PATH
    from .files import file_sha256

    installed: dict[str, list[str]] = {}
    for name in [engine] if engine else engines.names():
        try:
            installed[name] = sorted(engines.plugin(name).installed_models())
        except ToolkitError:
            installed[name] = []
    return {
        "engines": installed,
        "ranker": _sha256(resources.files("toolkit").joinpath("_ranker.json").read_bytes()),
        "language_id": file_sha256(DEFAULT_PATH) if DEFAULT_PATH.is_file() else None,
    }


@dataclass(frozen=True)
class ItemRecord:
    """One manifest line: what happened to one article in one target language."""

    id: str
    lang: str
    status: Status
    input_sha256: str
    settings_sha256: str
    origin: str = ""
    engine: str | None = None
    model: str | None = None
    source_language: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    #: The item's folder under OUTPUT (see :func:`folder_name`); "" in manifests of older versions.
    folder: str = ""
    #: How many workers were given the item: more than 1 when a worker (or its node) died on it.
    attempts: int = 1

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.lang)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ItemRecord:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class BatchSummary:
    """What a run did. ``records`` are this run's items in input order."""

    output: Path
    records: tuple[ItemRecord, ...]
    not_run: int
    seconds: float

    def count(self, status: Status) -> int:
        return sum(1 for r in self.records if r.status == status)

    @property
    def ok(self) -> int:
        return self.count("ok")

    @property
    def skipped(self) -> int:
        return self.count("skipped")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def exit_code(self) -> int:
        """0 when every item is done, 1 when some failed or did not run (``fail_fast``)."""
        return 1 if self.failed or self.not_run else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": str(self.output),
            "ok": self.ok,
            "skipped": self.skipped,
            "failed": self.failed,
            "not_run": self.not_run,
            "seconds": round(self.seconds, 3),
        }


# -- input ------------------------------------------------------------------------------------


def load_articles(path: str | os.PathLike[str]) -> list[Article]:
    """Every article of ``path`` (see :func:`iter_articles`), checked for duplicate ids.

    Unusable articles (binary, empty, a bad record, an unsafe id) come back with ``error`` set;
    a missing input, one without articles, or duplicate ids raise :class:`InputError`.
    """
    articles = list(iter_articles(path))
    _check_ids(articles, path)
    return articles


def iter_articles(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Read a folder of ``.txt``/``.md`` articles (sorted by name), a JSONL file or a Parquet file,
    one article at a time: a 10-million-line input is never held in memory.

    JSONL and Parquet records have ``id``, ``text`` and optional ``title`` and ``source``. A path
    with a scheme (``s3://``, ``gs://``, ``file://``, ``memory://``, ...) is read through fsspec;
    a Parquet file is recognised by its ``.parquet``/``.pq`` suffix. Ids are not checked for
    duplicates here (:func:`load_articles` and :func:`run_batch` do).
    """
    text_path = os.fspath(path)
    if "://" in text_path:
        yield from _remote_articles(text_path)
        return
    from .document import decode_bytes

    source = Path(path)
    if source.is_dir():
        files = sorted(
            p
            for p in source.iterdir()
            if p.suffix.lower() in _ARTICLE_SUFFIXES and not p.name.startswith(".")
        )
        limit = max_input_size()
        for file in files:
            with file.open("rb") as handle:
                data = handle.read(limit + 1)  # decode_bytes refuses more than the limit
            article_id = re.sub(r"\.{2,}", ".", _UNSAFE_CHARS.sub("-", file.stem)).strip(".-_")
            base = {"id": article_id, "sha256": _sha256(data), "origin": file.name}
            if not _is_safe_id(article_id):
                error = f"{file.name}: no usable id in this file name; rename it"
                yield Article(text=None, error=error, **base)
                continue
            try:
                yield Article(text=decode_bytes(data, file.name), **base)
            except InputError as exc:
                yield Article(text=None, error=str(exc), **base)
    elif source.is_file():
        if source.suffix.lower() in _PARQUET_SUFFIXES:
            yield from _parquet_articles(source, source.name)
        else:
            with source.open("rb") as handle:
                yield from _jsonl_articles(handle, source.name)
    else:
        raise InputError(
            f"{source}: no such file or folder; give a folder of .txt/.md articles, "
            "a JSONL or a Parquet file"
        )


def _remote_articles(url: str) -> Iterator[Article]:
    """JSONL or Parquet records from any filesystem fsspec knows (object stores, HDFS, ...)."""
    try:
        import fsspec
    except ImportError:
        raise UsageError(
            f"{url}: reading from a URL needs fsspec; install wire-toolkit[ray] or give a local path"
        ) from None
    name = url.rstrip("/").rsplit("/", 1)[-1]
    try:
        with fsspec.open(url, "rb") as handle:
            if PurePosixPath(name).suffix.lower() in _PARQUET_SUFFIXES:
                yield from _parquet_articles(handle, name)
            else:
                yield from _jsonl_articles(handle, name)
    except (FileNotFoundError, ValueError, ImportError) as exc:
        raise InputError(f"{url}: cannot read it ({_one_line(str(exc))}); check the URL") from None


def _jsonl_articles(handle: Any, name: str) -> Iterator[Article]:
    # A record may hold an article at the input limit, escaped (\u00e9 is 6 bytes for 2): lines
    # longer than 8 times the limit are skipped unread, so one huge line cannot exhaust memory.
    longest = 8 * max_input_size()
    number = 0
    while raw := handle.readline(longest + 1):
        number += 1
        if len(raw) > longest and not raw.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            origin = f"{name}:{number}"
            error = f"{origin}: line longer than {format_size(longest)}; split the article in it"
            yield Article(f"line:{number}", None, _sha256(raw), origin, error=error)
        elif raw.strip():
            yield _jsonl_article(raw, f"{name}:{number}", number)


def _parquet_articles(file: Any, name: str) -> Iterator[Article]:
    """Parquet rows as Articles, one record batch in memory at a time."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(f"{name}: reading Parquet needs pyarrow; install wire-toolkit[ray]") from None
    try:
        parquet = pq.ParquetFile(file)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
        raise InputError(f"{name}: not a readable Parquet file ({_one_line(str(exc))})") from None
    columns = [c for c in ("id", "text", "title", "source") if c in parquet.schema_arrow.names]
    if "id" not in columns or "text" not in columns:
        raise InputError(f"{name}: a Parquet input needs the columns id and text (title, source optional)")
    number = 0
    for batch in parquet.iter_batches(batch_size=1024, columns=columns):
        for row in batch.to_pylist():
            number += 1
            record = {k: v for k, v in row.items() if v is not None}
            yield _record_article(record, f"{name}:{number}", number)


def _check_ids(articles: Sequence[Article], path: str | os.PathLike[str]) -> None:
    """No articles, or two with one id (compared case-blind), make the whole input invalid."""
    if not articles:
        raise InputError(
            f"{os.fspath(path)}: no articles found; give .txt/.md files or records with id and text"
        )
    seen: dict[str, Article] = {}
    for article in articles:
        other = seen.setdefault(article.id.casefold(), article)
        if other is not article:
            raise InputError(
                f"duplicate article id {article.id!r} ({other.origin}, {article.origin}); "
                "give each article a unique id"
            )


def _jsonl_article(raw: bytes, origin: str, number: int) -> Article:
    """One JSONL record as an Article; a bad record becomes a failed Article named ``line:N``."""
    fallback = f"line:{number}"
    checksum = _sha256(raw.strip())
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        return Article(
            fallback, None, checksum, origin, error=f"{origin}: not valid JSON ({exc.msg}); fix the line"
        )
    except UnicodeDecodeError:
        return Article(fallback, None, checksum, origin, error=f"{origin}: not UTF-8; save the file as UTF-8")
    if not isinstance(record, dict):
        return Article(
            fallback, None, checksum, origin, error=f"{origin}: expected a JSON object with id and text"
        )
    return _record_article(record, origin, number)


def _record_article(record: dict[str, Any], origin: str, number: int) -> Article:
    """One record (a JSONL object or a Parquet row) as an Article; the checksum is of the record's
    canonical JSON, so the same record gives the same checksum in either format."""
    fallback = f"line:{number}"
    checksum = _sha256(json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode())
    raw_id = record.get("id")
    article_id = str(raw_id) if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else ""
    if not _is_acceptable_id(article_id):
        return Article(
            fallback,
            None,
            checksum,
            origin,
            error=f"{origin}: id {_clip(repr(raw_id), 80)} is not a safe folder name; give a non-empty id "
            f"of at most {_MAX_ID_CHARS} characters without '/', '\\\\' or '..'",
        )
    text, title = record.get("text"), record.get("title")
    source = record.get("source") if isinstance(record.get("source"), str) else None
    if not isinstance(text, str) or not text.strip():
        return Article(
            article_id, None, checksum, origin, source, error=f'{origin}: no text; give a non-empty "text"'
        )
    if isinstance(title, str) and title.strip():
        text = f"{title.strip()}\n\n{text}"
    try:
        check_input_size(len(text), origin)
    except InputError as exc:
        return Article(article_id, None, checksum, origin, source, error=str(exc))
    return Article(article_id, text, checksum, origin, source)


def _is_safe_id(article_id: str) -> bool:
    """An id that is one plain folder name inside OUTPUT and clashes with nothing we write there."""
    return bool(_SAFE_ID.fullmatch(article_id)) and ".." not in article_id and article_id != MANIFEST


def _is_acceptable_id(article_id: str) -> bool:
    """A JSONL id that can be mapped to a folder: not empty, not path-like, not too long."""
    return (
        bool(article_id.strip())
        and len(article_id) <= _MAX_ID_CHARS
        and not any(c in article_id for c in "/\\\0")
        and article_id not in (".", "..", MANIFEST, _LOCK, _TMP)
    )


def folder_name(article_id: str) -> str:
    """The folder under OUTPUT for ``article_id``: the id itself when it is a short, portable name
    (NFC letters, digits, ``.``, ``_``, ``-``; at most 100 UTF-8 bytes; not a Windows device name),
    else a portable prefix of it (possibly empty), ``-`` and 16 hex digits of its sha256."""
    normal = unicodedata.normalize("NFC", article_id)
    if (
        normal == article_id
        and _PORTABLE.fullmatch(article_id)
        and len(article_id.encode()) <= _MAX_FOLDER_BYTES
        and ".." not in article_id
        and not article_id.endswith(".")
        and not _RESERVED.fullmatch(article_id)
        and article_id not in (MANIFEST, _LOCK, _TMP)
    ):
        return article_id
    slug = re.sub(r"\.{2,}", ".", _UNSAFE_CHARS.sub("-", normal)).strip(".-_")
    while len(slug.encode()) > 60:
        slug = slug[:-1]
    digest = _sha256(article_id.encode("utf-8", "surrogatepass"))[:16]
    return f"{slug.rstrip('.-_')}-{digest}" if slug else f"id-{digest}"


# -- manifest ---------------------------------------------------------------------------------


def read_manifest(output: str | os.PathLike[str]) -> dict[tuple[str, str], ItemRecord]:
    """The manifest's records by (id, lang); torn or foreign lines are ignored, the last line wins."""
    records: dict[tuple[str, str], ItemRecord] = {}
    path = Path(output) / MANIFEST
    if not path.exists():
        return records
    with path.open("rb") as handle:
        for line in handle:
            # A line without its newline was torn by a kill mid-write: never trust it.
            if not line.endswith(b"\n"):
                continue
            try:
                record = ItemRecord.from_dict(json.loads(line))
            except (ValueError, TypeError):
                continue
            records[record.key] = record
    return records


def _manifest_line(record: ItemRecord) -> bytes:
    return (json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True) + "\n").encode()


def _rewrite_manifest(output: Path, records: Sequence[ItemRecord]) -> None:
    _write_atomic(output, MANIFEST, b"".join(_manifest_line(r) for r in records), output / _TMP)


def _append_manifest(output: Path, record: ItemRecord) -> None:
    handle_fd = os.open(output / MANIFEST, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    with os.fdopen(handle_fd, "ab") as handle:
        handle.write(_manifest_line(record))
        handle.flush()
        os.fsync(handle.fileno())


def _write_atomic(folder: Path, name: str, data: bytes, tmp: Path) -> None:
    """Write ``folder/name`` through a fsynced temp file in ``tmp`` (OUTPUT/.tmp) and a rename
    (which replaces a symlink at ``folder/name`` itself, never what it points to)."""
    staged = tmp / f"{os.getpid()}-{name}"
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged, folder / name)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def _item_folder(output: Path, folder: str, lang: str, *, create: bool) -> Path:
    """``OUTPUT/folder/lang``, made when ``create``, refusing to pass through a symlink or anything
    that is not a real folder (checked component by component, without following links)."""
    path = output
    for part in (folder, lang):
        path = path / part
        if create:
            try:
                os.mkdir(path)
            except FileExistsError:
                pass
        mode = os.lstat(path).st_mode
        if not stat.S_ISDIR(mode):
            what = "a symlink" if stat.S_ISLNK(mode) else "not a folder"
            raise InputError(f"{path} is {what}; a batch never writes through one, remove it")
    return path


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _outputs_intact(output: Path, record: ItemRecord) -> bool:
    try:
        folder = _item_folder(output, record.folder or folder_name(record.id), record.lang, create=False)
        for name, checksum in record.outputs.items():
            fd = os.open(folder / name, os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(fd, "rb") as handle:
                if _sha256(handle.read()) != checksum:
                    return False
    except (OSError, InputError):
        return False
    return bool(record.outputs)


# -- work -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Task:
    index: int
    id: str
    lang: str
    text: str
    source_name: str | None = None


@dataclass(frozen=True)
class _Outcome:
    index: int
    files: dict[str, bytes]
    engine: str | None
    model: str | None
    source_language: str | None
    timings: dict[str, float]
    error: str | None
    attempts: int = 1


class _Worker:
    """Makes one item's output files; holds the Pipeline (and its engine) for all its items."""

    def __init__(self, settings: BatchSettings) -> None:
        from .pipeline import Pipeline

        self.settings = settings
        self.pipeline = Pipeline(
            settings.engine,
            model=settings.model,
            glossary=list(settings.glossaries) or None,
            memory=settings.memory,
            lengths=settings.lengths,
            device=settings.device,
        )

    def run(self, task: _Task) -> _Outcome:
        started = time.perf_counter()
        try:
            translation = self.pipeline.translate(task.text, target=task.lang, source=self.settings.source)
            translated = time.perf_counter()
            brief = self.pipeline.brief(
                task.text,
                target=task.lang,
                source=translation.source_language,
                lengths=self.settings.lengths,
                source_name=task.source_name,
            )
            briefed = time.perf_counter()
            files = {"translation.txt": (translation.text.rstrip("\n") + "\n").encode()}
            for fmt in self.settings.formats:
                if fmt == "json":
                    files["brief.json"] = _json_bytes(brief.to_dict())
                else:
                    files[f"brief.{fmt}"] = self.pipeline.render(brief, f"brief.{fmt}.j2").encode()
            files["report.json"] = _json_bytes(_report(translation.to_dict()))
        except ToolkitError as exc:
            return _Outcome(task.index, {}, None, None, None, {}, _one_line(str(exc)))
        except Exception as exc:  # noqa: BLE001 - one item's bug must not stop the batch
            detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
            return _Outcome(task.index, {}, None, None, None, {}, _one_line(f"internal error: {detail}"))
        timings = {
            "translate_s": round(translated - started, 4),
            "brief_s": round(briefed - translated, 4),
            "total_s": round(time.perf_counter() - started, 4),
        }
        return _Outcome(
            task.index,
            files,
            translation.engine,
            translation.model,
            translation.source_language,
            timings,
            None,
        )

    def close(self) -> None:
        self.pipeline.close()


def _report(translation: dict[str, Any]) -> dict[str, Any]:
    """The provenance, glossary and fidelity parts of a translation's JSON form."""
    keep = (
        "source_language",
        "target_language",
        "engine",
        "model",
        "glossary_version",
        "glossary_report",
        "fidelity",
    )
    return {k: translation[k] for k in keep if k in translation}


def _worker_main(
    settings: BatchSettings, tasks: Any, results: Any, parent: int, cores: tuple[int, ...]
) -> None:
    """Worker process: one Pipeline for its lifetime, tasks in, outcomes out, until ``None``."""
    import signal

    # Ctrl-C is the parent's to handle; a worker only stops when told or when the parent is gone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if cores and hasattr(os, "sched_setaffinity"):
        # Engines size their thread pools from the CPUs they may use (CTranslate2 starts one replica
        # per core): pinning each worker to its share keeps N workers from running N x cores threads.
        os.sched_setaffinity(0, cores)
    worker = _Worker(settings)
    try:
        while True:
            try:
                task = tasks.get(timeout=1.0)
            except queue.Empty:
                if os.getppid() != parent:  # the parent was killed: don't linger as an orphan
                    results.cancel_join_thread()  # nobody reads what is still buffered
                    return
                continue
            if task is None:
                return
            # "start" lets the parent fail this very item should the process die while on it.
            results.put(("start", os.getpid(), task.index))
            results.put(("done", os.getpid(), worker.run(task)))
    finally:
        worker.close()


class _Executor(Protocol):
    """Runs tasks somewhere and hands their outcomes back to the parent, the only writer.

    ``capacity`` is how many tasks the parent keeps submitted (the backpressure): enough to keep
    every worker busy, never the whole input. ``results`` yields one outcome per submitted task,
    in any order, until none is in flight; a task whose worker died comes back failed (or is
    retried by the executor, which then reports the attempts)."""

    capacity: int

    def submit(self, task: _Task) -> None: ...

    def results(self) -> Iterator[_Outcome]: ...

    def close(self, *, wait: bool = True) -> None: ...


def _make_executor(kind: str, address: str | None, settings: BatchSettings, jobs: int) -> _Executor:
    if kind == "ray":
        from .batch_ray import RayExecutor

        return RayExecutor(settings, jobs, address=address)
    return _Serial(settings) if jobs == 1 else _Pool(settings, jobs)


class _Serial:
    """Runs tasks in this process (``jobs=1``): no start-up cost, same outputs as the pool."""

    def __init__(self, settings: BatchSettings) -> None:
        self._settings = settings
        self._worker: _Worker | None = None
        self._pending: list[_Task] = []

    capacity = 1

    def submit(self, task: _Task) -> None:
        self._pending.append(task)

    def results(self) -> Iterator[_Outcome]:
        while self._pending:
            if self._worker is None:
                self._worker = _Worker(self._settings)
            yield self._worker.run(self._pending.pop(0))

    def close(self, *, wait: bool = True) -> None:
        if self._worker is not None:
            self._worker.close()


class _Pool:
    """``jobs`` spawned worker processes fed through a queue; the parent stays the only writer."""

    def __init__(self, settings: BatchSettings, jobs: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._tasks = context.Queue()
        self._results = context.Queue()
        self._in_flight: dict[int, _Task] = {}
        self.capacity = 2 * jobs  # keeps every worker busy without queueing the whole input
        self._procs = [
            context.Process(
                target=_worker_main,
                args=(settings, self._tasks, self._results, os.getpid(), _cores_for(worker, jobs)),
                daemon=True,
            )
            for worker in range(jobs)
        ]
        for proc in self._procs:
            proc.start()

    def submit(self, task: _Task) -> None:
        self._in_flight[task.index] = task
        self._tasks.put(task)

    def results(self) -> Iterator[_Outcome]:
        running: dict[int, int] = {}  # worker pid -> index of the task it is on
        while self._in_flight:
            try:
                kind, pid, payload = self._results.get(timeout=1.0)
            except queue.Empty:
                yield from self._lost(running)
                continue
            if kind == "start":
                running[pid] = payload
                continue
            running.pop(pid, None)
            self._in_flight.pop(payload.index, None)
            yield payload

    def _lost(self, running: dict[int, int]) -> Iterator[_Outcome]:
        """Failed outcomes for tasks whose worker died (killed, out of memory, crashed)."""
        alive = {p.pid for p in self._procs if p.is_alive()}
        lost = [i for pid, i in running.items() if pid not in alive]
        if not alive:  # nobody left to take what is still queued
            lost = list(self._in_flight)
        for pid in [pid for pid in running if pid not in alive]:
            del running[pid]
        for index in sorted(lost):
            task = self._in_flight.pop(index, None)
            if task is not None:
                yield _failed_outcome(task, "the worker process died on this item; rerun the batch to retry")

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers: let them finish (``wait``) or terminate them now."""
        if wait:
            for _ in self._procs:
                self._tasks.put(None)
        for proc in self._procs:
            if wait:
                proc.join(timeout=30)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        self._tasks.close()
        self._results.close()


def _cores_for(worker: int, jobs: int) -> tuple[int, ...]:
    """The CPUs worker number ``worker`` of ``jobs`` may use: an even share of this process's."""
    if not hasattr(os, "sched_getaffinity"):
        return ()
    available = sorted(os.sched_getaffinity(0))
    if jobs >= len(available):
        return (available[worker % len(available)],)
    return tuple(available[worker::jobs])


def _failed_outcome(task: _Task, error: str) -> _Outcome:
    return _Outcome(task.index, {}, None, None, None, {}, error)


# -- the run ----------------------------------------------------------------------------------


def run_batch(
    input: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    targets: Sequence[str],
    lengths: Sequence[str] = DEFAULT_LENGTHS,
    jobs: int = 1,
    engine: str | None = None,
    model: str | None = None,
    glossary: Sequence[str | os.PathLike[str]] = (),
    source: str | None = None,
    formats: Sequence[str] = ("md", "json"),
    memory: str | os.PathLike[str] | None = None,
    fail_fast: bool = False,
    progress: bool | Callable[[ItemRecord], None] = False,
    executor: str = "local",
    address: str | None = None,
    device: str = "auto",
) -> BatchSummary:
    """Localize every article of ``input`` into every language of ``targets`` under ``output``.

    Resumable and safe to kill (see the module docstring). ``jobs`` workers each load the engine
    once: processes on this machine (``executor="local"``) or Ray actors anywhere in a cluster
    (``executor="ray"``; ``address`` is the cluster's ``HOST:PORT``, ``None`` starts Ray here).
    ``device``: the engines' device (``cuda`` makes each Ray actor ask for a GPU).
    ``progress``: ``True`` shows a progress bar on stderr, a callable is called with
    each finished record. ``memory``: a translation memory file the workers share (optional).
    Raises :class:`UsageError`/:class:`InputError` for bad arguments or input,
    :class:`BatchError` when another run holds ``output``; failed items are in the summary instead.
    """
    from filelock import FileLock, Timeout

    settings = _settings(targets, lengths, engine, model, glossary, source, formats, memory, device)
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; use {' or '.join(EXECUTORS)}")
    if address is not None and executor != "ray":
        raise UsageError("--address is the address of a Ray cluster; use it with --executor ray")
    # Only what identifies each article stays in memory; texts are read again as items are sent.
    articles = [replace(a, text=None) for a in iter_articles(input)]
    _check_ids(articles, input)
    make = functools.partial(_make_executor, executor, address)
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; give an output folder")
    out.mkdir(parents=True, exist_ok=True)
    for name in (_LOCK, _TMP, MANIFEST):
        if (out / name).is_symlink():
            raise InputError(f"{out / name} is a symlink; a batch never writes through one, remove it")
    lock = FileLock(str(out / _LOCK))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise BatchError(
            f"{out}: another batch run is writing here; wait for it or use another folder"
        ) from None
    try:
        return _run_locked(input, articles, out, settings, make, jobs, fail_fast, progress)
    finally:
        lock.release()


def _settings(
    targets: Sequence[str],
    lengths: Sequence[str],
    engine: str | None,
    model: str | None,
    glossary: Sequence[str | os.PathLike[str]],
    source: str | None,
    formats: Sequence[str],
    memory: str | os.PathLike[str] | None,
    device: str,
) -> BatchSettings:
    langs = check_many(targets, "target")
    source = check_language(source, "source") if source else None
    for length in lengths:
        if length not in DEFAULT_LENGTHS:
            raise UsageError(f"unknown length {length!r}; use {', '.join(DEFAULT_LENGTHS)}")
    for fmt in formats:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    paths = []
    for item in glossary:
        path = Path(item)
        if not path.is_file():
            raise InputError(f"{path}: no such glossary file")
        paths.append(str(path.resolve()))
    return BatchSettings(
        targets=langs,
        lengths=tuple(dict.fromkeys(lengths)) or DEFAULT_LENGTHS,
        engine=engine,
        model=model,
        source=source,
        glossaries=tuple(paths),
        formats=tuple(dict.fromkeys(formats)) or ("md", "json"),
        memory=str(Path(memory).resolve()) if memory is not None else None,
        device=device,
    )


def _run_locked(
    input: str | os.PathLike[str],
    articles: list[Article],
    out: Path,
    settings: BatchSettings,
    make: Callable[[BatchSettings, int], _Executor],
    jobs: int,
    fail_fast: bool,
    progress: bool | Callable[[ItemRecord], None],
) -> BatchSummary:
    started = time.perf_counter()
    digest = settings.digest
    # Temp files left by a killed run are garbage: nothing was renamed from them.
    shutil.rmtree(out / _TMP, ignore_errors=True)
    (out / _TMP).mkdir()

    keys = [(a, lang) for a in articles for lang in settings.targets]
    previous = read_manifest(out)
    done: dict[tuple[str, str], ItemRecord] = {}
    for article, lang in keys:
        old = previous.get((article.id, lang))
        if (
            old is not None
            and article.error is None
            and old.status in ("ok", "skipped")
            and old.input_sha256 == article.sha256
            and old.settings_sha256 == digest
            and _outputs_intact(out, old)
        ):
            done[old.key] = _replace_status(old, "skipped")
    current = {(a.id, lang) for a, lang in keys}
    others = [r for k, r in previous.items() if k not in current]
    # From here on the manifest holds only lines that are true; items to redo have none.
    _rewrite_manifest(out, [done[(a.id, lang)] for a, lang in keys if (a.id, lang) in done] + others)

    records: dict[tuple[str, str], ItemRecord] = dict(done)
    todo = [(a, lang) for a, lang in keys if (a.id, lang) not in done]
    # The bar counts this run's work only, so that items/s and the ETA are not flattered by skips.
    reporter = _Progress(len(todo), len(done), progress)
    not_run = 0
    try:
        # Unusable articles fail straight away, without a worker.
        for article, lang in todo:
            if article.error is not None:
                record = _record(article, lang, digest, error=article.error)
                _append_manifest(out, record)
                records[record.key] = record
                reporter.finished(record)
        runnable = [(a, lang) for a, lang in todo if a.error is None]
        stop = fail_fast and any(r.status == "failed" for r in records.values())
        if runnable and not stop:
            tasks = _stream_tasks(input, runnable)
            not_run = _process(
                tasks, runnable, out, settings, digest, make, jobs, fail_fast, records, reporter
            )
        elif stop:
            not_run = len(runnable)
    finally:
        reporter.close()
    ordered = [records[(a.id, lang)] for a, lang in keys if (a.id, lang) in records]
    _rewrite_manifest(out, ordered + others)
    shutil.rmtree(out / _TMP, ignore_errors=True)
    return BatchSummary(out, tuple(ordered), not_run, time.perf_counter() - started)


def _stream_tasks(input: str | os.PathLike[str], runnable: list[tuple[Article, str]]) -> Iterator[_Task]:
    """The tasks for ``runnable`` (in input order), reading the input again for their texts."""
    wanted: dict[str, list[tuple[int, Article, str]]] = {}
    for index, (article, lang) in enumerate(runnable):
        wanted.setdefault(article.id, []).append((index, article, lang))
    for fresh in iter_articles(input):
        for index, article, lang in wanted.pop(fresh.id, ()):
            if fresh.sha256 != article.sha256 or fresh.text is None:
                raise InputError(f"{fresh.origin}: the input changed during the run; rerun the batch")
            yield _Task(index, fresh.id, lang, fresh.text, fresh.source)
    if wanted:
        raise InputError(f"{next(iter(wanted))}: the input changed during the run; rerun the batch")


def _process(
    tasks: Iterator[_Task],
    runnable: list[tuple[Article, str]],
    out: Path,
    settings: BatchSettings,
    digest: str,
    make: Callable[[BatchSettings, int], _Executor],
    jobs: int,
    fail_fast: bool,
    records: dict[tuple[str, str], ItemRecord],
    reporter: _Progress,
) -> int:
    """Run ``runnable`` items on the workers, writing each result as it arrives; returns how many
    items were never started (``fail_fast``).

    At most ``executor.capacity`` items are in flight, so the input streams through. An outcome
    for an item already written (an executor retried it and the first attempt answered after all)
    is dropped: every item is written once."""
    executor = make(settings, min(jobs, len(runnable)))
    landed: set[int] = set()
    submitted = 0
    stopping = False
    finished = False
    try:
        for task in _take(tasks, executor.capacity):
            executor.submit(task)
            submitted += 1
        for outcome in executor.results():
            if outcome.index in landed:
                continue
            landed.add(outcome.index)
            article, lang = runnable[outcome.index]
            record = _land(out, article, lang, digest, outcome)
            records[record.key] = record
            reporter.finished(record)
            if fail_fast and record.status == "failed":
                stopping = True
            if not stopping:
                for task in _take(tasks, 1):
                    executor.submit(task)
                    submitted += 1
        finished = True
    finally:
        # Interrupted (Ctrl-C, an error while writing): don't wait for the workers' current items.
        executor.close(wait=finished)
    return len(runnable) - submitted


def _take(iterator: Iterator[_Task], count: int) -> list[_Task]:
    return [task for _, task in zip(range(count), iterator, strict=False)]


def _land(out: Path, article: Article, lang: str, digest: str, outcome: _Outcome) -> ItemRecord:
    """Write one item's files (atomically, each), then its manifest line; returns the record."""
    if outcome.error is not None:
        record = _record(article, lang, digest, error=outcome.error, attempts=outcome.attempts)
    else:
        try:
            folder = _item_folder(out, folder_name(article.id), lang, create=True)
            for name, data in outcome.files.items():
                _write_atomic(folder, name, data, out / _TMP)
            for stale in folder.iterdir():
                if stale.name not in outcome.files and _OUTPUT_NAME.fullmatch(stale.name):
                    stale.unlink()
            _fsync_dir(folder)
        except (OSError, InputError) as exc:
            # This item's folder is unusable (a symlink, a full disk, a name the file system
            # refuses): the item fails, the run goes on.
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            error = f"cannot write the outputs: {reason}"
            record = _record(article, lang, digest, error=error, attempts=outcome.attempts)
            _append_manifest(out, record)
            return record
        record = _record(
            article,
            lang,
            digest,
            engine=outcome.engine,
            model=outcome.model,
            source_language=outcome.source_language,
            outputs={name: _sha256(data) for name, data in sorted(outcome.files.items())},
            timings=outcome.timings,
            attempts=outcome.attempts,
        )
    _append_manifest(out, record)
    return record


def _record(article: Article, lang: str, digest: str, **fields: Any) -> ItemRecord:
    status: Status = "failed" if fields.get("error") else "ok"
    if fields.get("error"):
        fields["error"] = _clip(_one_line(fields["error"]), _MAX_ERROR_CHARS)
    return ItemRecord(
        id=article.id,
        lang=lang,
        status=status,
        input_sha256=article.sha256,
        settings_sha256=digest,
        origin=_clip(article.origin, _MAX_ERROR_CHARS),
        folder="" if status == "failed" else folder_name(article.id),
        **fields,
    )


def _replace_status(record: ItemRecord, status: Status) -> ItemRecord:
    return ItemRecord.from_dict({**record.to_dict(), "status": status})


class _Progress:
    """A rich progress bar on stderr (items/s, ETA), or a callback, or nothing."""

    def __init__(self, total: int, skipped: int, progress: bool | Callable[[ItemRecord], None]) -> None:
        self._callback = progress if callable(progress) else None
        self._bar: Any = None
        if progress is True:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn(f"[bold]batch[/bold] ({skipped} up to date)" if skipped else "[bold]batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} items/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._bar.add_task("batch", total=total, rate="-")
            self._bar.start()
        self._started = time.perf_counter()
        self._worked = 0

    def finished(self, record: ItemRecord) -> None:
        if self._callback is not None:
            self._callback(record)
        if self._bar is not None:
            self._worked += 1
            rate = self._worked / max(time.perf_counter() - self._started, 1e-9)
            self._bar.update(self._task, advance=1, rate=f"{rate:.2f}")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


# -- small helpers ----------------------------------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
