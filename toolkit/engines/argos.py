"""The ``argos`` engine: installed Argos Translate packages run straight through CTranslate2.

argostranslate's own path splits text with MiniSBD/Stanza (downloading models on first use) and
translates one paragraph at a time. This engine never imports argostranslate: it reads the package
folder (see :mod:`toolkit.models`), loads ``model/`` with :class:`ctranslate2.Translator` and the
package's tokenizer (:mod:`toolkit.engines._tokenizers`: ``sentencepiece.model``, or ``bpe.model``
with Moses, or OPUS-MT's ``source.spm``/``target.spm``), and feeds the toolkit's own sentence
segments to ``translate_batch`` in large batches, across documents. Models load lazily, once per
engine instance and pair. ``target_prefix`` (multilingual packages) starts every hypothesis and is
cut from the output; ``source_prefix`` (multi-target OPUS-MT: ``>>fra<<``) starts every source;
CTranslate2 appends ``</s>`` to the source itself when the model's ``config.json`` says
``add_source_eos``.

Defaults, all overridable through ``toolkit.engines.create("argos", **options)``:

``device="auto"``
    ``"cuda"`` when CTranslate2 sees a GPU, else ``"cpu"``; ``"cuda:1"`` picks a GPU.
``compute_type="auto"``
    CTranslate2's fastest type for the device (int8 on CPU, int8_float16 on CUDA).
``inter_threads`` / ``intra_threads``
    On CPU, one single-threaded translator replica per core (``inter_threads=cores,
    intra_threads=1``): measured on 2 cores with a Transformer-base int8 model, ≈ 86 sentences/s
    against ≈ 50 with one replica using 2 threads. On CUDA, one replica.
``beam_size=1``
    Greedy decoding: the throughput figure above; Argos itself uses a beam of 4, which is
    3–4× slower on CPU for a small gain on news copy. Pass ``beam_size=4`` for Argos' quality setting.
``max_batch_size=32`` (examples)
    CTranslate2 sorts each call's segments by length and cuts them into sub-batches of this size,
    spread over the replicas; callers should send many segments per call
    (``preferred_batch_size``). Smaller calls are cut into one sub-batch per replica.
``max_decoding_length=None``
    Per call, twice the longest source (in pieces) plus 16, at most 512: enough for any real
    translation, and a bound on degenerate repetition loops. Never more than the model's positions.
``min_decoding_length=0``
    Set it equal to ``max_decoding_length`` to fix the output length (benchmarks of random-weight
    models, whose outputs would otherwise end at random).

Length limits (:meth:`ArgosEngine.limits`): a CTranslate2 model that stores its position table
(every converted Marian/OPUS-MT model; OpenNMT-py models such as Argos' carry 5000 rows by default) accepts
that many positions: the source in pieces plus ``</s>`` (and ``<s>`` when the model adds one), and
that many decoding steps. The table's size is read from ``model/model.bin``'s header without
loading the model. A model without a table gets sinusoidal encodings of any length from
CTranslate2 (measured with 4.8); its sources are still cut at 1024 tokens, where CTranslate2
would otherwise truncate them (``max_input_length``), and its decoding keeps the 512 bound.
Longer segments are cut at clause or word boundaries, translated in parts and joined
(:mod:`toolkit.engines.limits`); in a pivot, each leg cuts its own input, so an English first leg
longer than the second model accepts is cut again.

Pivot: with no direct package, ``source→en→target`` through two packages.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any

from ..errors import EngineError, EngineNotAvailableError, ModelNotFoundError, UsageError
from ..models import InstalledModel, list_models, models_dir
from ._tokenizers import Tokenizer, open_tokenizer
from .base import EnginePlugin
from .limits import ModelLimits, translate_within

__all__ = ["INSTALL_HINT", "PLUGIN", "ArgosEngine", "available_pairs", "create", "installed_models"]

INSTALL_HINT = "pip install 'wire-toolkit[argos]', then `toolkit models install FROM TO`"
#: Pivot language when no direct package exists (Argos packages are almost all to/from English).
PIVOT = "en"
#: CTranslate2 truncates longer sources (its ``max_input_length``, special tokens included); a
#: model without a position table is cut here instead.
DEFAULT_MAX_INPUT = 1024


def _pairs(models: Sequence[InstalledModel]) -> set[tuple[str, str]]:
    direct = {(m.source, m.target) for m in models}
    sources = {s for s, t in direct if t == PIVOT}
    targets = {t for s, t in direct if s == PIVOT}
    return direct | {(s, t) for s in sources for t in targets if s != t}


def available_pairs() -> set[tuple[str, str]]:
    """Pairs the installed packages translate, English pivots included (reads metadata only)."""
    return _pairs(list_models())


def installed_models() -> list[str]:
    """Installed packages, as ``from→to (folder, version)`` lines for ``toolkit doctor``."""
    return [
        f"{m.source}→{m.target} ({m.name}, {m.package_version}, {m.tokenizer}"
        + (f", {m.license}" if m.license else "")
        + ")"
        for m in list_models()
    ]


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def position_limit(model_dir: Path) -> int | None:
    """Rows of the position table in a CTranslate2 ``model.bin`` (``None`` when it stores none or
    the file cannot be read): the header is walked variable by variable, the weights skipped."""
    try:
        with open(model_dir / "model.bin", "rb") as file:

            def number(fmt: str) -> int:
                return int(struct.unpack("<" + fmt, file.read(struct.calcsize(fmt)))[0])

            def string() -> str:
                return file.read(number("H"))[:-1].decode("utf-8")

            version = number("I")
            if not 2 <= version <= 6:  # the layouts CTranslate2 1.x-4.x write
                return None
            string(), number("I")  # spec name and revision
            rows = []
            for _ in range(number("I")):
                name = string()
                shape = [number("I") for _ in range(number("B"))]
                if version >= 4:
                    number("B")  # dtype
                    size = number("I")
                else:
                    item = number("B")
                    size = number("I") * item
                if name.endswith("position_encodings/encodings") and len(shape) == 2:
                    rows.append(shape[0])
                file.seek(size, os.SEEK_CUR)
            return min(rows) if rows else None
    except (OSError, struct.error, UnicodeDecodeError):
        return None


def model_limits(model_dir: Path) -> ModelLimits:
    """Source and decoding limits of a CTranslate2 translation model, in tokens as CTranslate2
    counts them: a source's pieces plus the ``</s>`` / ``<s>`` it adds (see the module docstring)."""
    positions = position_limit(model_dir)
    # Measured with a 32-row table: 31 pieces + </s> translate, 32 do not; 32 decoding steps
    # (a target prefix included) do, 33 do not.
    return ModelLimits(positions or DEFAULT_MAX_INPUT, positions)


def _added_tokens(model_dir: Path) -> int:
    """Tokens CTranslate2 adds to every source of this model (``</s>``, ``<s>``)."""
    try:
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    return int(bool(config.get("add_source_eos"))) + int(bool(config.get("add_source_bos")))


@dataclass
class _Loaded:
    """One package in memory: its CTranslate2 translator, its tokenizer and its limits."""

    package: InstalledModel
    translator: Any
    tokenizer: Tokenizer
    limits: ModelLimits
    #: Tokens added to every source: ``</s>``/``<s>`` by CTranslate2, a ``>>xxx<<`` by the engine.
    added_tokens: int

    def length(self, text: str) -> int:
        """``text``'s length as the model sees it, in tokens (what its position limit bounds)."""
        return len(self.tokenizer.encode([text])[0]) + self.added_tokens


@dataclass
class ArgosEngine:
    """Argos packages run through CTranslate2 (see the module docstring for the defaults)."""

    packages: tuple[InstalledModel, ...]
    device: str = "cpu"
    device_index: int = 0
    compute_type: str = "auto"
    inter_threads: int = 1
    intra_threads: int = 0
    beam_size: int = 1
    max_batch_size: int = 32
    max_decoding_length: int | None = None
    min_decoding_length: int = 0
    name: str = field(default="argos", init=False)
    #: Segments per ``translate_batch`` call the Translator should send: many, so CTranslate2 can
    #: sort them by length and keep every replica busy; each call ends with replicas idling while
    #: the last sub-batch finishes (measured: 2 calls of 256 ran ≈ 0.86× one call of 500).
    preferred_batch_size: int = field(default=1024, init=False)
    copies_unknown_tokens: bool = field(default=False, init=False)
    _loaded: dict[tuple[str, str], _Loaded] = field(default_factory=dict, init=False, repr=False)

    # -- Engine protocol -----------------------------------------------------------------------

    def pairs(self) -> set[tuple[str, str]]:
        return _pairs(self.packages)

    def model_id(self, source: str, target: str) -> str:
        return "+".join(f"{p.name}@{p.package_version}" for p in self._route(source, target))

    def version(self) -> str:
        return f"ctranslate2 {metadata.version('ctranslate2')}"

    def translate_batch(self, segments: Sequence[str], source: str, target: str) -> list[str]:
        texts = list(segments)
        if source == target:
            return texts
        for package in self._route(source, target):
            loaded = self._load(package)
            # Each leg cuts what its own model cannot take (a pivot's English may be longer).
            texts = translate_within(
                texts, loaded.length, loaded.limits.max_input_tokens, partial(self._translate, loaded)
            )
        return texts

    def limits(self, source: str, target: str) -> ModelLimits:
        """The limits of the first model on the way (each pivot leg obeys its own)."""
        return model_limits(self._route(source, target)[0].path / "model")

    def close(self) -> None:
        self._loaded.clear()

    # -- internals -----------------------------------------------------------------------------

    def _route(self, source: str, target: str) -> list[InstalledModel]:
        by_pair = {(p.source, p.target): p for p in self.packages}
        if (source, target) in by_pair:
            return [by_pair[source, target]]
        if (source, PIVOT) in by_pair and (PIVOT, target) in by_pair:
            return [by_pair[source, PIVOT], by_pair[PIVOT, target]]
        raise ModelNotFoundError(
            f"no {source}→{target} model installed: run `toolkit models install {source} {target}`"
        )

    def _load(self, package: InstalledModel) -> _Loaded:
        key = (package.source, package.target)
        if key not in self._loaded:
            import ctranslate2

            try:
                translator = ctranslate2.Translator(
                    str(package.path / "model"),
                    device=self.device,
                    device_index=self.device_index,
                    compute_type=self.compute_type,
                    inter_threads=self.inter_threads,
                    intra_threads=self.intra_threads,
                )
            except (RuntimeError, ValueError) as exc:
                raise EngineError(
                    f"cannot load {package.path} on {self.device} ({str(exc).splitlines()[0]}): "
                    "use device cpu, or reinstall with "
                    f"`toolkit models install {package.source} {package.target}`"
                ) from None
            try:
                tokenizer = open_tokenizer(package.tokenizer, package.path, package.source, package.target)
            except ImportError as exc:
                raise EngineNotAvailableError(
                    f"{package.name} is a {package.tokenizer} package and needs {exc.name}: "
                    f"run `pip install 'wire-toolkit[argos]'`"
                ) from None
            model = package.path / "model"
            added = _added_tokens(model) + int(bool(package.source_prefix))
            self._loaded[key] = _Loaded(package, translator, tokenizer, model_limits(model), added)
        return self._loaded[key]

    def _translate(self, loaded: _Loaded, texts: list[str]) -> list[str]:
        # Empty or blank segments have nothing to translate; CTranslate2 would still decode them.
        todo = [i for i, text in enumerate(texts) if text.strip()]
        outputs = list(texts)
        if not todo:
            return outputs
        pieces = loaded.tokenizer.encode([texts[i] for i in todo])
        if loaded.package.source_prefix:
            pieces = [[loaded.package.source_prefix, *p] for p in pieces]
        prefix = loaded.package.target_prefix
        limit = self.max_decoding_length or min(512, 2 * max(len(p) for p in pieces) + 16)
        if loaded.limits.max_output_tokens is not None:
            limit = min(limit, loaded.limits.max_output_tokens)
        # A call smaller than one sub-batch per replica (a brief's ten sentences) would keep all
        # but one replica idle: cut it so that every replica gets a share.
        share = -(-len(pieces) // loaded.translator.num_translators)
        results = loaded.translator.translate_batch(
            pieces,
            target_prefix=[[prefix]] * len(pieces) if prefix else None,
            beam_size=self.beam_size,
            max_batch_size=max(1, min(self.max_batch_size, share)),
            batch_type="examples",
            max_decoding_length=limit,
            min_decoding_length=min(self.min_decoding_length, limit),
            max_input_length=loaded.limits.max_input_tokens,
            replace_unknowns=True,
        )
        for index, result in zip(todo, results, strict=True):
            tokens = result.hypotheses[0]
            if prefix and tokens and tokens[0] == prefix:
                tokens = tokens[1:]
            outputs[index] = loaded.tokenizer.decode(tokens).strip()
        return outputs


def create(
    *,
    model: str | None = None,
    device: str = "auto",
    compute_type: str = "auto",
    inter_threads: int | None = None,
    intra_threads: int | None = None,
    beam_size: int = 1,
    max_batch_size: int = 32,
    max_decoding_length: int | None = None,
    min_decoding_length: int = 0,
    **options: Any,
) -> ArgosEngine:
    """Create the argos engine over the installed packages (nothing is loaded until first use).

    ``model`` restricts it to one package folder, or points it at another packages directory.
    """
    if options:
        raise UsageError(f"unknown argos engine option(s): {', '.join(sorted(options))}")
    try:
        import ctranslate2
    except ImportError as exc:
        raise EngineNotAvailableError(
            f"the argos engine needs CTranslate2 ({exc}): run `{INSTALL_HINT}`"
        ) from None
    if model is None:
        packages = list_models()
        where = models_dir()
    else:
        where = Path(model).expanduser()
        if not where.is_dir():
            raise ModelNotFoundError(
                f"{where}: no such package folder; `toolkit models list` shows installed models"
            )
        if (where / "metadata.json").is_file():  # one package folder, not a packages directory
            packages = [p for p in list_models(where.parent) if p.path == where]
            if not packages:
                raise ModelNotFoundError(
                    f"{where}: not a usable Argos package (needs model/ and sentencepiece.model, "
                    "bpe.model or source.spm + target.spm); "
                    "install it with `toolkit models install FILE.argosmodel`"
                )
        else:
            packages = list_models(where)
    if not packages:
        raise ModelNotFoundError(f"no Argos model installed in {where}: run `toolkit models install FROM TO`")
    if device == "auto":
        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    kind, _, index = device.partition(":")
    if kind not in ("cpu", "cuda") or (index and not (kind == "cuda" and index.isdigit())):
        raise UsageError(f"unknown device {device!r} for the argos engine: use auto, cpu, cuda or cuda:N")
    if kind == "cpu":
        inter_threads = inter_threads or _cpu_count()
        intra_threads = intra_threads or 1
    return ArgosEngine(
        packages=tuple(packages),
        device=kind,
        device_index=int(index or 0),
        compute_type=compute_type,
        inter_threads=inter_threads or 1,
        intra_threads=intra_threads or 0,
        beam_size=beam_size,
        max_batch_size=max_batch_size,
        max_decoding_length=max_decoding_length,
        min_decoding_length=min_decoding_length,
    )


PLUGIN = EnginePlugin(
    name="argos",
    create=create,
    available_pairs=available_pairs,
    install_hint=INSTALL_HINT,
    installed_models=installed_models,
)
