"""Per-language knowledge in one place: number formats, month and weekday names, language names.

Everything here comes from CLDR through Babel, for every language Babel knows; a language it does
not know gets CLDR's root data (the generic path), never English rules. Results are cached: every
function is cheap after its first call for a language. Other modules ask here instead of keeping
their own tables.

By topic: :mod:`.numbers` (figures, percentages, currencies), :mod:`.words` (numbers in words),
:mod:`.dates` (month and weekday names, date patterns), :mod:`.names` (countries, languages,
writing direction), :mod:`.units` (units of measure and their conversions), :mod:`.articles`
(articles whose form depends on the next word: "a"/"an", French elision), :mod:`.acronyms` (how
each language writes the bodies and countries copy abbreviates: "US", "EE.UU.", "США").
"""

from ._locale import base_language, is_word, known, locale
from .acronyms import acronym_renderings, rendering_pattern
from .articles import fit_article, french_elides, unelide
from .dates import (
    Context,
    Width,
    date_pattern,
    date_words,
    format_date,
    format_day_month,
    hour_words,
    month_cases,
    month_name,
    month_names,
    name_adjectives,
    name_endings,
    name_stem,
    weekday_name,
    weekday_names,
)
from .names import capitalises_nouns, country_name, iso639_3_codes, language_name, place_name, text_direction
from .numbers import (
    MAJOR_CURRENCIES,
    NumberFormat,
    currency_name_capitalized,
    currency_nouns,
    currency_symbols,
    currency_words,
    digit_value,
    format_number,
    number_format,
    percent_words,
    scale_words,
)
from .units import convert, duration_words, unit_words
from .words import (
    adjective_numbers,
    age_words,
    definite_articles,
    exact_number_words,
    group_words,
    indefinite_articles,
    list_words,
    number_connectors,
    number_words,
    one_words,
    ordinal_words,
    range_words,
    scale_heads,
)

__all__ = [
    "MAJOR_CURRENCIES",
    "Context",
    "NumberFormat",
    "Width",
    "acronym_renderings",
    "adjective_numbers",
    "age_words",
    "base_language",
    "capitalises_nouns",
    "convert",
    "country_name",
    "currency_name_capitalized",
    "currency_nouns",
    "currency_symbols",
    "currency_words",
    "date_pattern",
    "date_words",
    "definite_articles",
    "digit_value",
    "duration_words",
    "exact_number_words",
    "fit_article",
    "french_elides",
    "format_date",
    "format_day_month",
    "hour_words",
    "format_number",
    "group_words",
    "indefinite_articles",
    "iso639_3_codes",
    "is_word",
    "known",
    "language_name",
    "list_words",
    "locale",
    "month_cases",
    "month_name",
    "month_names",
    "name_adjectives",
    "name_endings",
    "name_stem",
    "number_connectors",
    "number_format",
    "number_words",
    "one_words",
    "scale_heads",
    "ordinal_words",
    "range_words",
    "rendering_pattern",
    "percent_words",
    "place_name",
    "scale_words",
    "text_direction",
    "unelide",
    "unit_words",
    "weekday_name",
    "weekday_names",
]
