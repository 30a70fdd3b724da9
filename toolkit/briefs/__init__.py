"""Briefs: headline, lede, summaries at several lengths and key figures, in the reader's language.

Two orders, one result shape:

* ``summarize-first`` (the default: it is the cheaper) summarizes the source, then translates only
  the sentences the brief shows (headline, dateline, lede, summary sentences, the sentences that
  carry the key figures) in one ``Translator.translate_segments`` call.
* ``translate-first`` translates the whole article, then summarizes the translation. It costs a full
  translation but ranks sentences in the target language.

Both take the headline from the title (else the compressed lede), the lede from the first body
sentence and the key figures from the same source facts (:func:`toolkit.facts.extract_facts`), so
the two orders agree on those; the summary sentences may differ where the ranker scores the
translation differently. A key figure's phrase ("at least 242 dead", "14,000 displaced") is built
from the words around the number *in the brief's language* (its qualifier, then what happened to
the people counted, else the noun after it); its span points into the source. Summaries are nested
(:func:`toolkit.summarization.summarize_lengths`), so the longest one holds every sentence of the
shorter ones: the shipped templates show it, the JSON form carries all of them.

Templates: shipped ones by name (``brief.md.j2``, ``brief.txt.j2``, ``brief.html.j2``,
``brief.json.j2``), a user's file, or a user's folder (``brief.<format>.j2`` inside it). All render
in :mod:`toolkit.templating`'s sandboxed, time- and size-budgeted environment with strict undefined
variables; HTML output (by format, output file name or template name) is escaped throughout.
Templates see ``brief`` (the :meth:`Brief.to_dict` form: plain data only), ``labels``
(localized section names, ``templates/labels.yaml``) and ``language``.

Layout: :mod:`.model` (the frozen result types), :mod:`.build` (what a brief shows, in which
order it is translated), :mod:`.figures` (key figures), :mod:`.wording` (delivered words,
headlines, cuts), :mod:`.review` (what an editor must check) and :mod:`.rendering` (templates).
"""

from __future__ import annotations

from .build import brief, build_brief
from .model import Brief, BriefReview, KeyFigure, ReviewFinding
from .rendering import render
from .wording import compress, headline, words

__all__ = [
    "Brief",
    "BriefReview",
    "KeyFigure",
    "ReviewFinding",
    "brief",
    "build_brief",
    "compress",
    "headline",
    "render",
    "words",
]
