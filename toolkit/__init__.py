"""Wire Toolkit: turn foreign-language news wire copy into publishable briefs.

Importing the package loads no model, starts no engine and never touches the network.

The public API is what ``__all__`` lists: the one-call functions (:func:`translate`, :func:`brief`,
...), :class:`Pipeline` to reuse engines and glossaries over many texts, the result types they
return and the error hierarchy. Everything else lives in its module (``toolkit.document``,
``toolkit.glossary``, ``toolkit.engines``, ...).
"""

from __future__ import annotations

from .briefs import Brief, brief, render
from .detection import Detection, LanguageDetector, detect
from .document import parse, read_text
from .errors import (
    BatchError,
    EngineError,
    EngineNotAvailableError,
    GlossaryError,
    InputError,
    IntegrityError,
    ModelNotFoundError,
    PairNotAvailableError,
    TemplateError,
    ToolkitError,
    UsageError,
)
from .facts import extract_facts
from .fidelity import FidelityReport, check_fidelity
from .glossary import Glossary
from .pipeline import Pipeline
from .segment import split_sentences
from .summarization import LENGTHS, Summary, summarize
from .translation import Translation, translate

__version__ = "0.4.26"

__all__ = [
    "LENGTHS",
    "BatchError",
    "Brief",
    "Detection",
    "EngineError",
    "EngineNotAvailableError",
    "FidelityReport",
    "Glossary",
    "GlossaryError",
    "InputError",
    "IntegrityError",
    "LanguageDetector",
    "ModelNotFoundError",
    "PairNotAvailableError",
    "Pipeline",
    "Summary",
    "TemplateError",
    "ToolkitError",
    "Translation",
    "UsageError",
    "__version__",
    "brief",
    "check_fidelity",
    "detect",
    "extract_facts",
    "parse",
    "read_text",
    "render",
    "split_sentences",
    "summarize",
    "translate",
]
