"""Translation: documents in, :class:`Translation` (text, segments, provenance, reports) out.

The flow (docs/architecture.md, "Translation flow"): parse the text into sentences
(:mod:`.prepare`), let :func:`toolkit.glossary.enforce` protect the glossary's terms around the
engine call, look every segment up in the translation memory and send only the misses to the engine
(:mod:`.runner`) — in batches that span *documents*, which is what makes neural engines fast — then
rebuild the paragraph layout, report the words the engine did not translate (:mod:`.unknown`) and
check fidelity. :mod:`.translator` drives it; :mod:`.model` holds the results.
"""

from __future__ import annotations

from .model import Segment, Timings, TranslatedSegments, Translation
from .translator import GlossarySpec, Translator, check_batch_size, check_engine, load_glossary, translate

__all__ = [
    "GlossarySpec",
    "Segment",
    "Timings",
    "TranslatedSegments",
    "Translation",
    "Translator",
    "check_batch_size",
    "check_engine",
    "load_glossary",
    "translate",
]
