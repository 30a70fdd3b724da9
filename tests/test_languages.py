"""Per-language data comes from CLDR (Babel); unknown languages get the generic root data."""

from __future__ import annotations

import datetime

from toolkit import languages


def test_number_formats_come_from_cldr():
    assert languages.number_format("fr").decimal == ","
    assert languages.number_format("fr").group == "\u202f"
    assert languages.number_format("de").group == "."
    assert languages.number_format("en").decimal == "."
    assert languages.number_format("hi").grouping == (3, 2)
    assert languages.number_format("pt-BR").decimal == ","


def test_format_number_writes_each_language_its_way():
    assert languages.format_number("14000", "en") == "14,000"
    assert languages.format_number("14000", "fr") == "14\u202f000"
    assert languages.format_number("14000", "es") == "14.000"
    assert languages.format_number("14000", "ru") == "14\u00a0000"
    assert languages.format_number("18.4", "fr") == "18,4"
    assert languages.format_number("14000000", "hi") == "1,40,00,000"
    assert languages.format_number("2016", "de") == "2016"


def test_month_names_hold_every_form():
    ru = languages.month_names("ru")
    assert ru["октября"] == ru["октябрь"] == ru["окт"] == 10
    cs = languages.month_names("cs")
    assert cs["října"] == cs["říjen"] == 10
    assert languages.month_names("de")["oktober"] == 10
    assert languages.month_cases("ru")["мае"] == 5 and not languages.month_cases("fr")
    assert languages.weekday_names("fr")["vendredi"] == 4
    assert "po" not in languages.weekday_names("cs")
    assert languages.weekday_names("cs", abbreviated=True)["po"] == 0


def test_names_for_datelines_and_labels():
    assert languages.month_name("ru", 10) == "октября"
    assert languages.month_name("ru", 10, context="stand-alone") == "октябрь"
    assert languages.weekday_name("de", 4) == "Freitag"
    assert languages.format_date(datetime.date(2026, 10, 3), "de") == "3. Oktober 2026"
    assert languages.language_name("de", "fr") == "allemand"
    assert languages.language_name("fr") == "French"


def test_place_names_from_cldr_and_the_news():
    # Countries and time-zone cities from CLDR, cities in the news from the toolkit's list.
    assert languages.place_name("Kenia", "es", "en") == "Kenya"
    assert languages.place_name("Tchéquie", "fr", "es") == "Chequia"
    assert languages.place_name("Tiflis", "es", "en") == "Tbilisi"
    assert languages.place_name("Damas", "fr", "en") == "Damascus"
    assert languages.place_name("ALEPO", "es", "en") == "Aleppo"
    assert languages.place_name("Genève", "fr", "es") == "Ginebra"
    assert languages.place_name("Idleb", "fr", "es") == "Idlib"  # no Spanish name of its own listed
    # An ocean's zones are named after islands, no cities ("Navidad" is Christmas Island).
    assert languages.place_name("Navidad", "es", "en") is None
    assert languages.place_name("Gato", "es", "en") is None


def test_words_after_the_hour_and_articles():
    assert languages.hour_words("de") == ("Uhr",)
    assert languages.hour_words("en") == languages.hour_words("fr") == ()
    assert "बजे" in languages.hour_words("hi")  # "सुबह 10 बजे": CLDR has no word after the hour
    assert languages.indefinite_articles("fr") == {"un", "une"}
    assert languages.indefinite_articles("ru") == languages.indefinite_articles("hi") == frozenset()
    assert languages.definite_articles("fr-CA") == {"le", "la", "les", "l"}
    assert languages.definite_articles("ru") == languages.definite_articles("hi") == frozenset()
    assert languages.adjective_numbers("fr") == {"neuf"}
    assert languages.range_words("de-AT") == {"bis", "auf"}  # "25 bis 30", "von 5 auf 6"
    assert languages.range_words("zz") == frozenset()


def test_words_of_scripts_that_write_vowels_with_marks():
    """A word is letters and the combining marks some scripts write their vowels with, which
    ``str.isalpha`` rejects: Hindi's "or" (या) is one of CLDR's list words."""
    assert languages.is_word("या") and languages.is_word("सातवें") and languages.is_word("quatre")
    assert not languages.is_word("a1") and not languages.is_word("") and not languages.is_word("\u093e")
    assert languages.list_words("hi") == {"और", "या"}


def test_scale_words_in_every_case():
    assert languages.scale_words("ru")["миллионом"] == languages.scale_words("ru")["миллионов"] == 10**6
    assert languages.scale_words("cs")["milionem"] == languages.scale_words("cs")["milionů"] == 10**6
    assert languages.scale_words("cs")["miliardou"] == 10**9
    assert "millionen" in languages.scale_words("de") and "millionem" not in languages.scale_words("de")


def test_currency_nouns_name_nothing_else():
    assert languages.currency_nouns("fr")["euros"] == "EUR"
    assert languages.currency_nouns("ru")["долларов"] == "USD"
    assert "livres" in languages.currency_words("fr") and "livres" not in languages.currency_nouns("fr")
    assert "jen" not in languages.currency_nouns("cs")  # "only"
    assert "polnischer" not in languages.currency_nouns("de")
    assert languages.currency_name_capitalized("de") and not languages.currency_name_capitalized("fr")


def test_unknown_language_takes_the_generic_path():
    assert not languages.known("xx")
    generic = languages.number_format("xx")
    assert generic == languages.number_format(None)
    assert generic.decimal == "." and generic.group == ","
    assert languages.month_names("xx").get("october") is None
    assert languages.language_name("zz") == "zz"


def test_digits_of_any_script():
    assert languages.digit_value("७") == 7
    assert languages.digit_value("x") is None


def test_units_are_read_from_cldr_and_converted() -> None:
    assert languages.unit_words("fr")["mètres"] == "length-meter"
    assert languages.unit_words("en")["ft"] == "length-foot"
    assert languages.unit_words("ru")["футов"] == "length-foot"
    assert round(languages.convert(15, "length-meter", "length-foot") or 0, 1) == 49.2
    assert languages.convert(100, "temperature-celsius", "temperature-fahrenheit") == 212
    assert languages.convert(1, "length-meter", "mass-kilogram") is None


def test_an_article_takes_the_form_the_next_word_asks_for() -> None:
    def fit(before: str, word: str, language: str = "en") -> str:
        return languages.fit_article(before, word, language) + word

    assert fit("It is a ", "assault") == "It is an assault"
    assert fit("They launched an ", "lightning offensive") == "They launched a lightning offensive"
    assert fit("A ", "infirmary") == "An infirmary"
    assert fit("AN ", "HTS") == "AN HTS"
    assert [fit("a ", w) for w in ("hour", "union", "European", "one-day", "Ukrainian", "unidentified")] == [
        "an hour", "a union", "a European", "a one-day", "a Ukrainian", "an unidentified",
    ]
    # Initialisms are read letter by letter; an acronym that may be read as a word is left alone.
    assert [fit("a ", w) for w in ("HTS", "OSDH", "UN", "NGO", "NATO", "SOHR")] == [
        "an HTS", "an OSDH", "a UN", "an NGO", "a NATO", "a SOHR",
    ]
    assert fit("an ", "SOHR") == "an SOHR"
    # Only an article is fitted, and only where the spelling tells the sound.
    assert fit("in ", "assault") == "in assault"
    assert fit("plan a ", "8-hour") == "plan a 8-hour"
    assert fit("Mr. Banana ", "assault") == "Mr. Banana assault"
    assert fit("selon la ", "OSDH", "fr") == "selon l'OSDH"
    assert fit("la prise de ", "Alep", "fr") == "la prise d'Alep"
    assert fit("De ", "Alep", "fr") == "D'Alep"
    assert fit("la décision du ", "exécutif", "fr") == "la décision de l'exécutif"
    assert fit("Au ", "OSDH", "fr") == "À l'OSDH"
    assert fit("autour d'", "Bachar", "fr") == "autour de Bachar"
    assert fit("jusqu'", "Damas", "fr") == "jusque Damas"
    # "l'" before a consonant is "le" or "la": the gender is unknown. "h" may be mute or not.
    assert fit("l'", "Bachar", "fr") == "l'Bachar"
    assert fit("le ", "hôpital", "fr") == "le hôpital"
    assert fit("a ", "assault", "de") == "a assault"
    # What the glossary's French unelision asks of the same rules.
    assert [languages.french_elides(w) for w in ("OSDH", "Alep", "Bachar", "11", "héros", "Yémen")] == [
        True, True, False, False, None, None,
    ]
    assert languages.unelide("autour d'") == "autour de "
    assert languages.unelide("L’") == "Le "
    assert languages.unelide("aujourd'") is None and languages.unelide("Val-d'") is None
