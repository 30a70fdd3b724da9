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
beside it that is fsynced and renamed into place (:func:`toolkit.files.write_atomic`; a rename
replaces a symlink itself, never what it points to); then the item's manifest line is appended and
fsynced. A run killed at any point therefore leaves every finished item complete and recorded,
possibly one item's outputs and temp files without a manifest line (redone on resume, bytes
identical, temp files removed) and possibly a torn last manifest line (ignored). At start, a run
drops torn lines and the lines of items it will redo, and rewrites the manifest atomically; at the
end it rewrites it once more in input order. The manifest never holds two lines for one (id, lang).

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

Layout: :mod:`.input` reads the articles, :mod:`.manifest` keeps the digest and the manifest,
:mod:`.worker` makes one item's files, :mod:`.executors` and :mod:`.ray` run the workers and
:mod:`.run` drives it all.
"""

from ._common import MANIFEST
from .input import Article, folder_name, iter_articles, load_articles
from .manifest import BatchSettings, ItemRecord, read_manifest
from .run import EXECUTORS, FORMATS, BatchSummary, run_batch

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
