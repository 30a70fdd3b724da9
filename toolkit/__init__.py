"""Wire Toolkit: turn foreign-language news wire copy into publishable briefs.

Importing the package loads no model, starts no engine and never touches the network.
"""

from __future__ import annotations

from .briefs import Brief, KeyFigure, brief, build_brief, render
from .detection import Detection, LanguageDetector, detect
from .document import Dateline, Document, Paragraph, Sentence, parse, read_text
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
from .facts import Fact, extract_facts
from .fidelity import FidelityReport, Finding, check_fidelity
from .glossary import Glossary, GlossaryReport
from .memory import TranslationMemory
from .pipeline import Pipeline
from .review import Review, UnknownWord
from .segment import count_words, split_sentences
from .summarization import LENGTHS, Summary, summarize
from .translation import Segment, Translation, Translator, translate

__version__ = "0.1.0"

__all__ = [
    "LENGTHS",
    "BatchError",
    "Brief",
    "Dateline",
    "Detection",
    "Document",
    "EngineError",
    "EngineNotAvailableError",
    "Fact",
    "FidelityReport",
    "Finding",
    "Glossary",
    "GlossaryError",
    "GlossaryReport",
    "InputError",
    "IntegrityError",
    "KeyFigure",
    "LanguageDetector",
    "ModelNotFoundError",
    "PairNotAvailableError",
    "Paragraph",
    "Pipeline",
    "Review",
    "Segment",
    "Sentence",
    "Summary",
    "TemplateError",
    "ToolkitError",
    "Translation",
    "TranslationMemory",
    "Translator",
    "UnknownWord",
    "UsageError",
    "__version__",
    "brief",
    "build_brief",
    "check_fidelity",
    "count_words",
    "detect",
    "extract_facts",
    "render",
    "summarize",
    "parse",
    "read_text",
    "split_sentences",
    "translate",
]
