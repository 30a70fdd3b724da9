"""Glossaries: house renderings of names and acronyms, and their enforcement through any engine.

A glossary entry is either *keep* (do not translate: ``HTS``, ``OSDH``) or a forced *translation*
(``Alep`` → ``Aleppo``), with source-side ``variants``, accepted target-side alternatives, a
``case`` rule and a note. Files are YAML (the native format), TSV/CSV with a header row, or TBX
(ISO 30042 basic). :func:`enforce` puts the renderings into an engine's output without harming it:
translate → verify → repair only what lacks a rendering, and reports every term, never dropping one
silently.
"""

from .enforcement import enforce, enforcement
from .formats import check
from .matching import CaseRule, fold
from .model import Entry, Finding, Glossary, Match
from .report import GlossaryReport, TermReport

__all__ = [
    "CaseRule",
    "Entry",
    "Finding",
    "Glossary",
    "GlossaryReport",
    "Match",
    "TermReport",
    "check",
    "enforce",
    "enforcement",
    "fold",
]
