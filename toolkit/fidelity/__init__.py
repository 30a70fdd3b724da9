"""Fidelity checks: do the figures, dates, quotes and acronyms of the source survive translation?

Facts from :func:`toolkit.facts.extract_facts` are broken into comparable *atoms*: a figure, a
currency, a month, a weekday ("3 octobre 2012" → 3, October, 2012; "90 M$" → 90000000, USD).
Atoms are matched as multisets across the two texts, so a date written another way ("October 3,
2012"), a percentage written in words, an amount whose scale moved ("$90-million") or a measure
converted to other units ("15 m", "50ft") still match. What is left over becomes a
:class:`Finding` with a severity:

* **error** — a figure, date, time, percent or amount changed, lost or invented: a figure written
  in digits on one side and absent from the other, an exact count or an ordinal in words lost from
  the source ("six hours", "fourth"), the day of a date left without its month, a month, weekday
  or currency replaced by another or named by one side only;
* **warning** — something an editor should look at but that translations legitimately do: a quote
  or an acronym dropped, a month or weekday name left out without another taking its place, a bare
  "1" where the other side says "one" or "un" (an article no check can tell from the number);
* **note** — what a good translation does all the time: a number word the translation adds ("à
  deux pas"), an approximation ("a dozen", "une trentaine") not carried as such, "two" (as often
  "both"), an acronym introduced by the translation ("US" for "américain", "MP" for "député") or
  expanded.

Quotes are counted, not compared word for word, and never by style: « », “ ”, „ “ and " " are the
same quote. A glossary tells the check how acronyms are rendered (ONU → UN), so a correct
rendering is expected, not extra.
"""

from __future__ import annotations

from .checking import check, check_fidelity
from .report import FidelityReport, Finding, Severity

__all__ = ["Finding", "FidelityReport", "Severity", "check", "check_fidelity"]
