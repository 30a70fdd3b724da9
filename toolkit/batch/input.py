"""The articles of a batch: a folder of ``.txt``/``.md`` files, a JSONL or a Parquet file (local or
through fsspec), streamed one article at a time; their ids and the folder each id gets."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InputError, UsageError
from ..limits import check_input_size, format_size, max_input_size
from ._common import _LOCK, MANIFEST, _clip, _one_line, _sha256

__all__ = ["Article", "folder_name", "iter_articles", "load_articles"]

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


@dataclass(frozen=True)
class Article:
    """One input article. ``error`` is set (and ``text`` is ``None``) when it cannot be used."""

    id: str
    text: str | None
    sha256: str
    origin: str
    source: str | None = None
    error: str | None = None


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
    from ..document import decode_bytes

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
        and article_id not in (".", "..", MANIFEST, _LOCK)
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
        and article_id not in (MANIFEST, _LOCK)
    ):
        return article_id
    slug = re.sub(r"\.{2,}", ".", _UNSAFE_CHARS.sub("-", normal)).strip(".-_")
    while len(slug.encode()) > 60:
        slug = slug[:-1]
    digest = _sha256(article_id.encode("utf-8", "surrogatepass"))[:16]
    return f"{slug.rstrip('.-_')}-{digest}" if slug else f"id-{digest}"

