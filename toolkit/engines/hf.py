"""The ``transformers`` engine: seq2seq translation models (MarianMT, NLLB-200, M2M100) via ``generate``.

transformers 5 removed the translation ``pipeline``; this engine tokenizes the toolkit's segments,
sorts them by length, and runs batched ``model.generate`` under ``torch.inference_mode`` on CPU or
CUDA. torch and transformers are imported only here, and only when an engine is created.

Models come from a local directory (always loaded with ``local_files_only``) or the Hugging Face
cache by hub id (``local_files_only`` when ``HF_HUB_OFFLINE`` is set, so an offline machine never
tries the network). Without ``model=``, each pair uses the cached ``Helsinki-NLP/opus-mt-{src}-{tgt}``.

Language codes per family:

* Marian (OPUS-MT): one pair per model, no code; multi-target models get a ``>>xx<<`` prefix.
* NLLB-200: ``tokenizer.src_lang = "fra_Latn"``, target via ``forced_bos_token_id`` (``eng_Latn``).
* M2M100: ``tokenizer.src_lang = "fr"``, target via ``forced_bos_token_id = get_lang_id("en")``.

Options (``toolkit.engines.create("transformers", **options)``): ``revision``, ``beam_size`` (1:
greedy), ``max_batch_size`` (16 segments per ``generate`` call), ``max_new_tokens`` (default: twice
the longest source plus 16, at most 512), ``dtype`` (float32 on CPU, float16 on CUDA).

Length limits (:meth:`TransformersEngine.limits`): a source may hold as many tokens (special and
language tokens included) as the model has positions (``max_position_embeddings``) and its
tokenizer accepts (``model_max_length``); ``max_new_tokens`` stays below the positions (a Marian
decoder past them fails with an ``IndexError``). Longer segments are cut at clause or word
boundaries, translated in parts and joined (:mod:`toolkit.engines.limits`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from ..errors import EngineError, EngineNotAvailableError, ModelNotFoundError, UsageError
from .base import EnginePlugin
from .limits import ModelLimits, translate_within

__all__ = ["INSTALL_HINT", "PLUGIN", "TransformersEngine", "available_pairs", "create", "installed_models"]

# The CPU build: a plain `pip install torch` gets the CUDA build on Linux (several GB of nvidia-*).
INSTALL_HINT = (
    "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu && "
    "pip install 'wire-toolkit[transformers]' and, with network, "
    "`hf download Helsinki-NLP/opus-mt-FROM-TO` (or use --model PATH)"
)
_OPUS = "Helsinki-NLP/opus-mt-{}-{}"

#: ISO 639-1 -> NLLB-200 (FLORES-200) codes for the languages wire desks see most.
NLLB_CODES: dict[str, str] = {
    "af": "afr_Latn", "am": "amh_Ethi", "ar": "arb_Arab", "az": "azj_Latn", "be": "bel_Cyrl",
    "bg": "bul_Cyrl", "bn": "ben_Beng", "bs": "bos_Latn", "ca": "cat_Latn", "cs": "ces_Latn",
    "cy": "cym_Latn", "da": "dan_Latn", "de": "deu_Latn", "el": "ell_Grek", "en": "eng_Latn",
    "es": "spa_Latn", "et": "est_Latn", "fa": "pes_Arab", "fi": "fin_Latn", "fr": "fra_Latn",
    "ga": "gle_Latn", "he": "heb_Hebr", "hi": "hin_Deva", "hr": "hrv_Latn", "hu": "hun_Latn",
    "hy": "hye_Armn", "id": "ind_Latn", "is": "isl_Latn", "it": "ita_Latn", "ja": "jpn_Jpan",
    "ka": "kat_Geor", "kk": "kaz_Cyrl", "ko": "kor_Hang", "ku": "kmr_Latn", "lt": "lit_Latn",
    "lv": "lvs_Latn", "mk": "mkd_Cyrl", "ms": "zsm_Latn", "nl": "nld_Latn", "no": "nob_Latn",
    "pl": "pol_Latn", "ps": "pbt_Arab", "pt": "por_Latn", "ro": "ron_Latn", "ru": "rus_Cyrl",
    "sk": "slk_Latn", "sl": "slv_Latn", "so": "som_Latn", "sq": "als_Latn", "sr": "srp_Cyrl",
    "sv": "swe_Latn", "sw": "swh_Latn", "ta": "tam_Taml", "th": "tha_Thai", "tr": "tur_Latn",
    "uk": "ukr_Cyrl", "ur": "urd_Arab", "uz": "uzn_Latn", "vi": "vie_Latn", "zh": "zho_Hans",
}  # fmt: skip


def _hub_cache() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or str(
        Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "huggingface"
    )
    return Path(home) / "hub"


def _cached_opus_pairs() -> set[tuple[str, str]]:
    try:
        from huggingface_hub import CacheNotFound, scan_cache_dir
    except ImportError as exc:
        raise EngineNotAvailableError(
            f"the transformers engine is not installed ({exc}): run `{INSTALL_HINT}`"
        ) from None
    try:
        cache = scan_cache_dir(_hub_cache())
    except CacheNotFound:
        return set()
    pairs = set()
    for repo in cache.repos:
        name = repo.repo_id.removeprefix("Helsinki-NLP/opus-mt-")
        codes = name.split("-")
        complete = any("config.json" in {f.file_name for f in revision.files} for revision in repo.revisions)
        if repo.repo_type == "model" and name != repo.repo_id and len(codes) == 2 and complete:
            if all(len(code) == 2 for code in codes):
                pairs.add((codes[0], codes[1]))
    return pairs


def _marian_pair(loaded: _Loaded) -> tuple[str, str] | None:
    """The one pair a Marian model was trained on, when its tokenizer names it in ISO 639-1 codes.
    OPUS-MT tokenizers use ISO 639-1, some 639-2/3 ("fra"): only the former compare with ours."""
    source, target = loaded.source, loaded.target
    if source is None or target is None:
        return None
    if all(len(code) == 2 and code.isalpha() for code in (source, target)):
        return source, target
    return None


def available_pairs() -> set[tuple[str, str]]:
    """Pairs of the OPUS-MT models in the Hugging Face cache (a directory listing: no model load)."""
    return _cached_opus_pairs()


def installed_models() -> list[str]:
    """Cached OPUS-MT models, for ``toolkit doctor``."""
    return [_OPUS.format(s, t) for s, t in sorted(_cached_opus_pairs())]


def _limits(config: Any, tokenizer: Any) -> ModelLimits:
    """What a model reads and writes per segment (see the module docstring)."""
    positions = getattr(config, "max_position_embeddings", None)
    # Tokenizers without a known limit report a huge sentinel (transformers' VERY_LARGE_INTEGER).
    accepted = getattr(tokenizer, "model_max_length", None)
    bounds = [n for n in (positions, accepted) if isinstance(n, int) and 0 < n < 1_000_000]
    # The decoder starts from one token, so it has room for positions - 1 new ones (measured on
    # Marian: more warns, past the positions it fails).
    return ModelLimits(
        min(bounds) if bounds else None, max(1, positions - 1) if isinstance(positions, int) else None
    )


@dataclass
class _Loaded:
    """A model in memory with its tokenizer and what its family needs to pick languages."""

    reference: str
    model_id: str
    family: str  # "marian" | "nllb" | "m2m100"
    tokenizer: Any
    model: Any
    limits: ModelLimits
    source: str | None = None  # Marian: the one pair the model was trained on, when known
    target: str | None = None


@dataclass
class TransformersEngine:
    """Seq2seq models through transformers ``generate`` (see the module docstring)."""

    model: str | None = None
    device: str = "cpu"
    revision: str | None = None
    beam_size: int = 1
    max_batch_size: int = 16
    max_new_tokens: int | None = None
    dtype: str | None = None
    name: str = field(default="transformers", init=False)
    preferred_batch_size: int = field(default=64, init=False)
    copies_unknown_tokens: bool = field(default=False, init=False)
    _loaded: dict[str, _Loaded] = field(default_factory=dict, init=False, repr=False)

    # -- Engine protocol -----------------------------------------------------------------------

    def pairs(self) -> set[tuple[str, str]]:
        if self.model is None:
            return _cached_opus_pairs()
        loaded = self._load(self.model)
        if loaded.family == "marian":
            pair = _marian_pair(loaded)
            return {pair} if pair is not None else set()
        codes = self._family_codes(loaded)
        return {(s, t) for s in codes for t in codes if s != t}

    def model_id(self, source: str, target: str) -> str:
        return self._load(self._reference(source, target)).model_id

    def version(self) -> str:
        return f"transformers {metadata.version('transformers')}"

    def translate_batch(self, segments: Sequence[str], source: str, target: str) -> list[str]:
        texts = list(segments)
        if source == target:
            return texts
        loaded = self._load(self._reference(source, target))
        prefix, generate_options = self._languages(loaded, source, target)
        return translate_within(
            texts,
            lambda text: len(loaded.tokenizer(prefix + text)["input_ids"]),
            loaded.limits.max_input_tokens,
            lambda parts: self._translate(loaded, [prefix + part for part in parts], generate_options),
        )

    def limits(self, source: str, target: str) -> ModelLimits:
        return self._load(self._reference(source, target)).limits

    def close(self) -> None:
        self._loaded.clear()

    # -- internals -----------------------------------------------------------------------------

    def _translate(self, loaded: _Loaded, texts: list[str], options: dict[str, Any]) -> list[str]:
        todo = sorted((i for i, t in enumerate(texts) if t.strip()), key=lambda i: len(texts[i]))
        outputs = list(texts)
        for start in range(0, len(todo), self.max_batch_size):
            chunk = todo[start : start + self.max_batch_size]
            for index, text in zip(
                chunk, self._generate(loaded, [texts[i] for i in chunk], options), strict=True
            ):
                outputs[index] = text
        return outputs

    def _reference(self, source: str, target: str) -> str:
        if self.model is not None:
            return self.model
        if (source, target) not in _cached_opus_pairs():
            raise ModelNotFoundError(
                f"no {source}→{target} transformers model: download {_OPUS.format(source, target)} into the "
                "Hugging Face cache (`hf download ...` on a machine with network) or pass --model PATH"
            )
        return _OPUS.format(source, target)

    def _load(self, reference: str) -> _Loaded:
        if reference in self._loaded:
            return self._loaded[reference]
        import torch
        from transformers import AutoConfig, AutoModelForSeq2SeqLM, AutoTokenizer

        path = Path(reference).expanduser()
        local = path.is_dir()
        kwargs: dict[str, Any] = {"local_files_only": local or bool(os.environ.get("HF_HUB_OFFLINE"))}
        if not local:
            # The same cache available_pairs() lists (huggingface_hub reads its variables once, at import).
            kwargs["cache_dir"] = str(_hub_cache())
            if self.revision:
                kwargs["revision"] = self.revision
        source = str(path) if local else reference
        try:
            config = AutoConfig.from_pretrained(source, **kwargs)
            tokenizer = AutoTokenizer.from_pretrained(source, **kwargs)
            dtype = (
                getattr(torch, self.dtype)
                if self.dtype
                else (torch.float16 if self.device.startswith("cuda") else torch.float32)
            )
            model = AutoModelForSeq2SeqLM.from_pretrained(source, dtype=dtype, **kwargs)
        except OSError as exc:
            where = "that folder" if local else "the Hugging Face cache (offline)"
            raise ModelNotFoundError(
                f"cannot load transformers model {reference!r} from {where}: {str(exc).splitlines()[0]}; "
                "pass --model with a local model folder"
            ) from None
        model = model.to(self.device).eval()
        family = self._family(config, tokenizer)
        if local:
            model_id = str(path.resolve())
        else:
            commit = getattr(config, "_commit_hash", None) or self.revision
            model_id = f"{reference}@{commit}" if commit else reference
        loaded = _Loaded(
            reference=reference,
            model_id=model_id,
            family=family,
            tokenizer=tokenizer,
            model=model,
            limits=_limits(config, tokenizer),
            source=getattr(tokenizer, "source_lang", None),
            target=getattr(tokenizer, "target_lang", None),
        )
        self._loaded[reference] = loaded
        return loaded

    @staticmethod
    def _family(config: Any, tokenizer: Any) -> str:
        if config.model_type == "marian":
            return "marian"
        if config.model_type == "m2m_100":
            return (
                "nllb"
                if "nllb" in type(tokenizer).__name__.lower() or "eng_Latn" in tokenizer.get_vocab()
                else "m2m100"
            )
        raise EngineError(
            f"unsupported transformers model type {config.model_type!r}: "
            "use a MarianMT, NLLB-200 or M2M100 model"
        )

    @staticmethod
    def _family_codes(loaded: _Loaded) -> set[str]:
        vocab = loaded.tokenizer.get_vocab()
        if loaded.family == "nllb":
            return {iso for iso, code in NLLB_CODES.items() if code in vocab}
        return {code for code in getattr(loaded.tokenizer, "lang_code_to_id", {}) if len(code) == 2} or {
            token.strip("_")
            for token in vocab
            if token.startswith("__") and token.endswith("__") and len(token) == 6
        }

    def _languages(self, loaded: _Loaded, source: str, target: str) -> tuple[str, dict[str, Any]]:
        """The source prefix and the ``generate`` options that select ``source→target``."""
        tokenizer = loaded.tokenizer
        if loaded.family == "marian":
            pair = _marian_pair(loaded)
            if pair is not None and pair != (source, target):
                if not getattr(tokenizer, "supported_language_codes", None):
                    raise ModelNotFoundError(
                        f"{loaded.reference} translates {loaded.source}→{loaded.target}, "
                        f"not {source}→{target}; "
                        f"pass a {source}→{target} model with --model"
                    )
            codes = getattr(tokenizer, "supported_language_codes", None) or []
            if codes:
                # Multi-target OPUS-MT models pick the target with a >>xx<< (or >>xxx<<) token.
                wanted = [c for c in codes if c.strip("><") in (target, NLLB_CODES.get(target, "")[:3])]
                if not wanted:
                    raise ModelNotFoundError(
                        f"{loaded.reference} cannot translate into {target!r}; pass another model"
                    )
                return wanted[0] + " ", {}
            return "", {}
        if loaded.family == "nllb":
            if source not in NLLB_CODES or target not in NLLB_CODES:
                raise UsageError(f"no NLLB-200 code known for {source!r} or {target!r}; use ISO 639-1 codes")
            tokenizer.src_lang = NLLB_CODES[source]
            return "", {"forced_bos_token_id": tokenizer.convert_tokens_to_ids(NLLB_CODES[target])}
        tokenizer.src_lang = source
        try:
            return "", {"forced_bos_token_id": tokenizer.get_lang_id(target)}
        except KeyError:
            raise ModelNotFoundError(
                f"{loaded.reference} has no language {target!r}; pass another model"
            ) from None

    def _generate(self, loaded: _Loaded, texts: list[str], options: dict[str, Any]) -> list[str]:
        import torch

        encoded = loaded.tokenizer(
            texts,
            return_tensors="pt",
            padding=True,
            truncation=loaded.limits.max_input_tokens is not None,
            max_length=loaded.limits.max_input_tokens,
        ).to(self.device)
        limit = self.max_new_tokens or min(512, 2 * encoded["input_ids"].shape[1] + 16)
        if loaded.limits.max_output_tokens is not None:
            limit = min(limit, loaded.limits.max_output_tokens)
        with torch.inference_mode():
            generated = loaded.model.generate(
                **encoded,
                num_beams=self.beam_size,
                do_sample=False,
                max_new_tokens=limit,
                # The model's own max_length would only trigger a "both set" warning.
                max_length=None,
                **options,
            )
        return [text.strip() for text in loaded.tokenizer.batch_decode(generated, skip_special_tokens=True)]


def create(
    *,
    model: str | None = None,
    device: str = "auto",
    revision: str | None = None,
    beam_size: int = 1,
    max_batch_size: int = 16,
    max_new_tokens: int | None = None,
    dtype: str | None = None,
    **options: Any,
) -> TransformersEngine:
    """Create the transformers engine; the model loads on first use."""
    if options:
        raise UsageError(f"unknown transformers engine option(s): {', '.join(sorted(options))}")
    try:
        import torch
        import transformers  # noqa: F401 - fail here, with the install hint, not mid-translation
    except ImportError as exc:
        raise EngineNotAvailableError(
            f"the transformers engine is not installed ({exc}): run `{INSTALL_HINT}`"
        ) from None
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    elif device not in ("cpu", "cuda") and not device.startswith("cuda:"):
        raise UsageError(f"unknown device {device!r} for the transformers engine: use auto, cpu or cuda")
    if model is not None and not Path(model).expanduser().is_dir() and "/" not in model:
        raise ModelNotFoundError(
            f"{model}: no such model folder; pass a folder or a hub id such as {_OPUS.format('fr', 'en')}"
        )
    return TransformersEngine(
        model=model,
        device=device,
        revision=revision,
        beam_size=beam_size,
        max_batch_size=max_batch_size,
        max_new_tokens=max_new_tokens,
        dtype=dtype,
    )


PLUGIN = EnginePlugin(
    name="transformers",
    create=create,
    available_pairs=available_pairs,
    install_hint=INSTALL_HINT,
    installed_models=installed_models,
    pair_install_hint="hf download " + _OPUS.format("{source}", "{target}"),
)
