"""Key facts in news copy: numbers, percentages, money, dates, times, quotes and acronyms.

Each :class:`Fact` carries the text as written, its offsets and a *normalized value* that is the
same across languages, so copy and its translation can be compared (``14.000`` es / ``14 000`` fr /
``14,000`` en → ``14000``; ``2,5 millions`` / ``2.5 million`` → ``2500000``; ``3. Oktober`` /
``3 октября`` / ``October 3`` → ``--10-03``; ``neuf`` / ``nine`` → ``9``).

Everything a language contributes — decimal and group symbols, month and weekday names in every
grammatical form, scale words, percent and currency words, number words — comes from
:mod:`toolkit.languages` (CLDR through Babel, num2words); a language it knows nothing special about
is read through CLDR's generic data, never through English rules. Digits of any script count
("१४" is 14), and Indian lakh/crore grouping ("1,40,000") is read everywhere.

Extraction is a fixed number of regular-expression passes over the text plus a byte map of the
characters already claimed, so its cost is linear in the length of the text.

By responsibility: :mod:`.model` (the :class:`Fact`), :mod:`.numbers` (figures read and written per
language), :mod:`.reader` (one language's patterns), :mod:`.extraction` (the passes), :mod:`.words`
(facts in words), :mod:`.quotes` (quotes and acronyms).
"""

from .extraction import extract_facts
from .model import WEEKDAYS, Fact, FactKind
from .numbers import format_number, localize_numbers, normalize_number

__all__ = [
    "WEEKDAYS",
    "Fact",
    "FactKind",
    "extract_facts",
    "format_number",
    "localize_numbers",
    "normalize_number",
]
