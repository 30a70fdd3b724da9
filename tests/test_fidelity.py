"""Fidelity checks: source facts missing from, or added to, a translation."""

from __future__ import annotations

import shutil

import pytest

import toolkit
from toolkit import FidelityReport, Glossary
from toolkit.fidelity import check

SOURCE = (
    "ALEP (Syrie), 29 nov (AFP) - Selon l'OSDH, au moins 242 personnes ont été tuées vendredi 29 novembre, "
    "dont 24 civils. Plus de 14.000 personnes ont fui, soit 12 % de la population. « Nous partons », "
    "a dit un habitant. Avant 2011, Alep comptait 2,5 millions d'habitants."
)
FAITHFUL = (
    "ALEPPO (Syria), Nov 29 (AFP) - According to the OSDH, at least 242 people were killed on Friday, "
    "November 29, including 24 civilians. More than 14,000 people fled, or 12% of the population. "
    '"We are leaving," said a resident. Before 2011, Aleppo had 2.5 million inhabitants.'
)


def summary(report: FidelityReport) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    return [(d.kind, d.value) for d in report.missing], [(d.kind, d.value) for d in report.extra]


def test_a_faithful_translation_is_ok() -> None:
    report = check(SOURCE, FAITHFUL, source_language="fr", target_language="en")
    assert report.ok, report.to_dict()
    assert len(report.source_facts) >= 10


def test_missing_and_extra_facts_with_spans() -> None:
    target = (
        FAITHFUL.replace("242", "224").replace("14,000", "14.000").replace('"We are leaving," said', "said")
    )
    report = check(SOURCE, target, source_language="fr", target_language="en")
    assert not report.ok
    missing, extra = summary(report)
    assert missing == [("number", "242"), ("number", "14000")]
    severities = {(f.value, f.severity) for f in report.findings}
    assert ("242", "error") in severities and ("Nous partons", "warning") in severities
    # An English reader reads "14.000" as fourteen: the check says so.
    assert extra == [("number", "224"), ("number", "14")]
    first = report.missing[0]
    assert SOURCE[first.start : first.end] == "242" and first.side == "source"
    assert target[report.extra[0].start : report.extra[0].end] == "224" and report.extra[0].side == "target"
    data = report.to_dict()
    assert data["ok"] is False and data["missing"][0]["text"] == "242"


def test_acronyms_renamed_by_the_glossary_are_expected() -> None:
    source = "L'ONU et l'OSDH ont parlé au PDG."
    target = "The UN and the OSDH spoke to the CEO."
    plain = check(source, target, source_language="fr", target_language="en")
    # Without a glossary: "ONU" is how French writes "UN" (languages.acronym_renderings), but
    # "PDG" looks dropped (a warning) and "CEO" introduced (a note). Neither is an error: acronyms
    # are renamed by translation all the time.
    assert plain.ok
    assert summary(plain) == ([], [])
    assert [(f.value, f.severity) for f in plain.findings if f.side == "source"] == [("PDG", "warning")]
    assert [(f.value, f.severity) for f in plain.findings if f.side == "target"] == [("CEO", "note")]
    wire = Glossary.builtin("wire-fr-en")
    assert check(source, target, source_language="fr", target_language="en", glossary=wire).ok
    # Accepted alternatives count too: the Syria glossary keeps OSDH but accepts SOHR.
    syria = Glossary.builtin("syria-fr-en")
    assert check(
        "Selon l'OSDH.", "According to SOHR.", source_language="fr", target_language="en", glossary=syria
    ).ok
    # "Otan" is no acronym in the French, but the glossary renders it as one.
    assert check(
        "L'Otan a parlé.", "NATO spoke.", source_language="fr", target_language="en", glossary=wire
    ).ok


def test_dates_weekdays_and_times() -> None:
    report = check(
        "Mercredi 3 mars à 14h30",
        "Wednesday, March 4 at 2:30 p.m.",
        source_language="fr",
        target_language="en",
    )
    assert summary(report) == ([("date", "--03-03")], [("date", "--03-04")])
    assert {f.severity for f in report.findings} == {"error"}


def test_empty_texts() -> None:
    assert check("", "", source_language="fr", target_language="en").ok


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")
def test_translation_through_apertium_carries_a_fidelity_report() -> None:
    result = toolkit.translate(
        "Au moins 242 morts et 24 blessés en 2016.", source="fr", target="en", engine="apertium"
    )
    assert result.fidelity is not None
    assert result.fidelity.ok, result.fidelity.to_dict()
    figures = [f.value for f in result.fidelity.target_facts if f.kind == "number"]
    assert figures == ["242", "24", "2016"]


def errors(source: str, target: str, source_language: str, target_language: str) -> list[tuple[str, str]]:
    report = toolkit.check_fidelity(
        source, target, source_language=source_language, target_language=target_language
    )
    return [(f.kind, f.value) for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize(
    ("source", "target", "languages"),
    [
        # Issue 13's causes, each a false alarm before.
        ("Plus de 14.000 personnes ont fui.", "Más de 14.000 personas huyeron.", ("fr", "es")),
        ("Más de 14.000 personas huyeron.", "More than 14,000 people fled.", ("es", "en")),
        (
            "Mehr als 14.000 Menschen, 2,5 Millionen Euro.",
            "More than 14,000 people, 2.5 million euros.",
            ("de", "en"),
        ),
        (
            "More than 14,000 people, 2.5 million euros.",
            "Mehr als 14.000 Menschen, 2,5 Millionen Euro.",
            ("en", "de"),
        ),
        ("Le vote américain du député.", "The US vote of the MP.", ("fr", "en")),
        ("Il a dit « nous partons » hier.", 'Yesterday he said: "we are leaving".', ("fr", "en")),
        ("„Wir gehen“, sagte er.", '"We are leaving," he said.', ("de", "en")),
        ("Une amende de 90 M$.", "A $90-million fine.", ("fr", "en")),
        ("4,95 milliards de dollars", "$4.95bn", ("fr", "en")),
        ("Le prix est passé à 18,4 cents.", "The price rose to 18.4 cents.", ("fr", "en")),
        ("neuf personnes ont été blessées", "nine people were injured", ("fr", "en")),
        ("9 personnes ont été blessées", "nine people were injured", ("fr", "en")),
        ("sur un camion flambant neuf", "on a brand new truck", ("fr", "en")),
        ("dans un T4 neuf.", "in a new T4 house.", ("fr", "en")),
        ("les journalistes jusqu'à 1 million d'amende", "journalists fined up to one million", ("fr", "en")),
        ("Am 3. Oktober 2012 kamen zwei Menschen.", "On October 3, 2012 two people came.", ("de", "en")),
        ("3 октября погибли 23 человека.", "On 3 October, 23 people died.", ("ru", "en")),
        ("Dne 3. října zemřelo 23 lidí.", "On October 3, 23 people died.", ("cs", "en")),
        ("३ अक्टूबर को १,४०,००० लोग", "On October 3, 140,000 people", ("hi", "en")),
        ("5 करोड़ रुपये", "Rs 50 million", ("hi", "en")),
        ("двадцать три человека", "23 people", ("ru", "en")),
        ("treinta y dos muertos", "32 dead", ("es", "en")),
        ("at 3 p.m. on Friday", "à 15h vendredi", ("en", "fr")),
        ("Trainiert werden kann ab 10 Uhr.", "Teams can practice from 10 a.m.", ("de", "en")),
        ("at 10 a.m. and from 3:30 p.m.", "um 10 Uhr und ab 15.30 Uhr", ("en", "de")),
        ("Um 19 Uhr spielt die Blasmusik.", "At 7 p.m., the wind band plays.", ("de", "en")),
    ],
)
def test_faithful_translations_raise_no_error(source: str, target: str, languages: tuple[str, str]) -> None:
    assert errors(source, target, *languages) == []


@pytest.mark.parametrize(
    ("source", "target", "languages", "expected"),
    [
        (
            "Plus de 14.000 personnes",
            "Más de 15.000 personas",
            ("fr", "es"),
            [("number", "14000"), ("number", "15000")],
        ),
        (
            "Une amende de 90 M$.",
            "A €90-million fine.",
            ("fr", "en"),
            [("money", "90000000 USD"), ("money", "90000000 EUR")],
        ),
        ("le 3 octobre", "on November 3", ("fr", "en"), [("date", "--10-03"), ("date", "--11-03")]),
        ("am Freitag", "on Thursday", ("de", "en"), [("date", "friday"), ("date", "thursday")]),
        ("12,5 % des voix", "12.6% of the vote", ("fr", "en"), [("percent", "12.5"), ("percent", "12.6")]),
        ("les troupes du M23", "the M24 troops", ("fr", "en"), [("number", "23"), ("number", "24")]),
        ("३ अक्टूबर", "October 4", ("hi", "en"), [("date", "--10-03"), ("date", "--10-04")]),
        ("nine people", "9 personnes et 10 blessés", ("en", "fr"), [("number", "10")]),
        # The figure before a scale stands for a figure without one, not under another scale.
        ("2,5 millions", "2.5 billion", ("fr", "en"), [("number", "2500000"), ("number", "2500000000")]),
        (
            "de 10 à 11 milliards de livres",
            "£10-11 million",
            ("fr", "en"),
            [("money", "11000000000 GBP"), ("number", "11000000")],
        ),
        # A time whose minutes are cut off is no time: "10:" is not 10:00.
        ("ab 10 Uhr", "from 10: a.m.", ("de", "en"), [("time", "10:00"), ("time", "10:??")]),
        ("at 10:00 a.m.", "um 10: Uhr", ("en", "de"), [("time", "10:00"), ("time", "10:??")]),
        ("Um 19 Uhr spielt", "At 19: , the band plays", ("de", "en"), [("time", "19:00"), ("time", "19:??")]),
    ],
)
def test_changed_facts_are_errors(source, target, languages, expected) -> None:
    assert errors(source, target, *languages) == expected


def test_languages_without_special_knowledge_take_the_generic_path() -> None:
    # Polish, Dutch, Swedish: nothing written for them; CLDR's data reads their numbers and dates.
    assert (
        errors(
            "3 października 2012 zginęło 14 000 osób.", "On 3 October 2012, 14,000 people died.", "pl", "en"
        )
        == []
    )
    assert (
        errors("Op 3 oktober kostte het 5 miljoen euro.", "On October 3 it cost 5 million euros.", "nl", "en")
        == []
    )
    assert errors("Den 3 oktober dog 14 000 personer.", "On October 3, 14,000 people died.", "sv", "en") == []
    assert errors("Den 3 oktober dog 14 000 personer.", "On October 4, 14,000 people died.", "sv", "en") != []
    # A code CLDR does not know at all still reads figures.
    assert errors("xyz 14,000 abc", "14,000 people", "zz", "en") == []


def test_findings_carry_kind_and_severity_in_json() -> None:
    report = toolkit.check_fidelity(
        "Le CICR a compté 242 morts.",
        "The Red Cross counted 224 dead.",
        source_language="fr",
        target_language="en",
    )
    data = report.to_dict()
    assert data["ok"] is False
    assert {(f["kind"], f["severity"]) for f in data["findings"]} == {
        ("number", "error"),
        ("acronym", "warning"),
    }
    assert toolkit.fidelity.check is toolkit.check_fidelity


@pytest.mark.parametrize(
    ("source", "target", "languages", "expected"),
    [
        # A count in words whose digits the translation lost.
        ("at least six hours", "pendant au moins heures", ("en", "fr"), [("number", "6")]),
        ("vor zwölf Jahren", "years ago", ("de", "en"), [("number", "12")]),
        ("sto dnů před hrami", "days before the Games", ("cs", "en"), [("number", "100")]),
        ("In den siebziger Jahren", "In the years", ("de", "en"), [("number", "70")]),
        # "second" is as often "other": it does not stand for a 2 lost from "2-0" ("2nd" would).
        ("दूसरे मैच में 2-0 की बढ़त", "in the second match, a -0 lead", ("hi", "en"), [("number", "2")]),
        # Words pair with words first: "two" is "दो", not the 2 lost from "2-2".
        ("दो मैच धुल गए, 2-2 से बराबरी", "two matches lost, level at -2", ("hi", "en"), [("number", "2")]),
        # The day of a date is no article, even when it is the first.
        ("le vendredi 1er novembre", "on Friday, November", ("fr", "en"), [("date", "--11-01")]),
        ("asi 1 km", "about km", ("cs", "en"), [("number", "1")]),
        # An article that doubles as "one" echoes a 1 only where the other side has fewer articles.
        ("Formula 1, a helmet", "la Formule, un casque", ("en", "fr"), [("number", "1")]),
        ("an increase of 1 cent", "einer Anhebung um Cent", ("en", "de"), [("number", "1")]),
        ("alej dlouhá asi 1 km", "an avenue about km long", ("cs", "en"), [("number", "1")]),
        # "one doctor" leaves "un médecin" or "1 médecin" in French: with neither, the 1 is lost.
        ("only one doctor for 5,000", "seulement médecin pour 5 000", ("en", "fr"), [("number", "1")]),
        # A year is no decade, and a figure written with leading zeros is compared as written.
        ("Since 2008, he", "Depuis 0008, il", ("en", "fr"), [("number", "2008"), ("number", "0008")]),
        ("in 2010.", "в 0010 году.", ("en", "ru"), [("number", "2010"), ("number", "0010")]),
    ],
)
def test_lost_figures_are_errors(source, target, languages, expected) -> None:
    assert errors(source, target, *languages) == expected


@pytest.mark.parametrize(
    ("source", "target", "languages"),
    [
        ("families of four", "eine vierköpfige Familie", ("en", "de")),
        ("three and a half years", "dreieinhalb Jahren", ("en", "de")),
        ("just 1 doctor for 5,000 people", "un médecin pour 5 000 habitants", ("en", "fr")),
        ("only one doctor for 5,000 people", "seulement 1 médecin pour 5 000 habitants", ("en", "fr")),
        ("only one doctor for 5,000 people", "seulement un médecin pour 5 000 habitants", ("en", "fr")),
        ("one of the doctors, and no one else", "l'un des médecins, et personne d'autre", ("en", "fr")),
        ("one hundred people", "cent personnes", ("en", "fr")),
        ("one thousand people", "tausend Menschen", ("en", "de")),
        # Russian has no article: "one" there is as often "alone", "the same".
        ("only one doctor for 5,000 people", "только врач на 5000 человек", ("en", "ru")),
        ("obžaloby pětadvacetiletého Slováka", "a 25 year old Slovak", ("cs", "en")),
        ("v roce 2015 a v 70. letech", "in 2015 and in the 1970s", ("cs", "en")),
        ("Plus de 14.000 personnes", "Más de 14.000 personas", ("fr", "es")),
        ("14.000 personas", "14,000 people", ("es", "en")),
        ("2,5 Millionen Menschen", "2.5 million people", ("de", "en")),
        ("2.5 million people", "2,5 Millionen Menschen", ("en", "de")),
        ("one million years ago", "před jedním milionem let", ("en", "cs")),
        ("on at least three occasions", "při minimálně třech příležitostech", ("en", "cs")),
        ("Around fifty fire fighters", "Zhruba pět desítek hasičů", ("en", "cs")),
        ("Nine month-old Ruby", "Devítiměsíční Ruby", ("en", "cs")),
        ("In den siebziger Jahren", "In the 1970s", ("de", "en")),
        ("in the 1990s", "в девяностых годах", ("en", "ru")),
        ("entered three representatives", "ввело трех представителей", ("en", "ru")),
        ("В мае они проголосовали", "In May they voted", ("ru", "en")),
        ("between October 4th to October 21st", "चार अक्टूबर से 21 अक्टूबर तक", ("en", "hi")),
        ("le 2e tour", "the second round", ("fr", "en")),
        # Digits pair with digits first: "second" does not take the 2 of "2-0".
        ("the second match, a 2-0 lead", "दूसरे मैच में 2-0 की बढ़त", ("en", "hi")),
        ("v sedmdesátých letech", "in the 1970s", ("cs", "en")),
        ("good batsmen up to number nine", "नौवें नंबर तक अच्छे बल्लेबाज", ("en", "hi")),
        ("with 2 million roubles", "с двумя миллионами рублей", ("en", "ru")),
    ],
)
def test_renderings_a_reader_may_not_take_as_figures_are_no_error(source, target, languages) -> None:
    assert errors(source, target, *languages) == []


@pytest.mark.parametrize(
    ("source", "target", "languages", "expected"),
    [
        # A currency the other side names nowhere is changed or invented, with or without a rival.
        ("4 Mio. US-Dollar", "€4m", ("de", "en"), [("money", "4000000 USD"), ("money", "4000000 EUR")]),
        ("51 dollars", "51 liber", ("en", "cs"), [("money", "51 USD"), ("money", "51 GBP")]),
        ("9 मिलियन डॉलर", "€9 million", ("hi", "en"), [("money", "9000000 USD"), ("money", "9000000 EUR")]),
        ("250 000 dokumentů", "250,000 pounds", ("cs", "en"), [("money", "250000 GBP")]),
        # A month or weekday named by the translation only, as CLDR spells it.
        ("le 8 et le 28 octobre", "8 March and 28 October", ("fr", "en"), [("date", "--03-08")]),
        ("po zářijovém útoku", "after the August attack", ("cs", "en"), [("date", "--09"), ("date", "--08")]),
        ("the jury heard", "न्यायपीठ ने गुरुवार को सुनवाई की", ("en", "hi"), [("date", "thursday")]),
        # A day in words keeps its figure; the month put in place of another is caught.
        ("October 4th to 21st", "चार अप्रैल से 21 तक", ("en", "hi"), [("date", "--10-04"), ("date", "--04")]),
        # A currency named with no amount beside it, where the source names none.
        (
            "how many books he had sold since 1965",
            "le nombre exact d'euros vendus depuis 1965",
            ("en", "fr"),
            [("money", "EUR")],
        ),
        ("die Zahl der verkauften Bücher", "the number of dollars sold", ("de", "en"), [("money", "USD")]),
        ("how many books he sold", "сколько рублей он продал", ("en", "ru"), [("money", "RUB")]),
    ],
)
def test_changed_or_invented_names_are_errors(source, target, languages, expected) -> None:
    assert errors(source, target, *languages) == expected


@pytest.mark.parametrize(
    ("source", "target", "languages"),
    [
        ("for $4.5 billion", "für 4,5 Milliarden US-Dollar", ("en", "de")),
        ("3000 korun a 14 tisíc korun", "3,000 crowns and 14,000 crowns", ("cs", "en")),
        ("with Rs 500 in his pocket", "जेब में 500 रुपए रखकर", ("en", "hi")),
        ("a daily fee of 1 Rs.", "रोजाना एक रुपये की फीस", ("en", "hi")),
        ("280 billion roubles", "280 miliard rublů", ("en", "cs")),
        ("po zářijovém útoku", "after the September attack", ("cs", "en")),
        ("Listopadový úsměv a čtvrteční vystoupení", "November smile and Thursday's gig", ("cs", "en")),
        ("न्यायपीठ ने गुरूवार को सुनवाई की", "The jury heard on Thursday", ("hi", "en")),
        ("मई में उन्होंने", "In May they", ("hi", "en")),
        ("between 08 to 28 October", "entre le 8 octobre et le 28 octobre", ("en", "fr")),
        # A surname read as an inflected weekday is no weekday introduced.
        ("chairman Bohuslav Sobotka declared", "předseda Bohuslav Sobotka prohlásil", ("en", "cs")),
        # Currency words that name something else too, or that the source names: nothing invented.
        ("how many books he had sold", "le nombre exact de livres vendus", ("en", "fr")),
        ("Franks and Gauls", "Francs et Gaulois", ("en", "fr")),
        ("investir des dizaines de millions", "invest tens of millions of dollars", ("fr", "en")),
        ("the eurozone crisis", "die Krise der Euro-Zone", ("en", "de")),
        ("in euros", "v eurech a jen tak", ("en", "cs")),
        ("the TDS amount", "टीडीएस का रुपया", ("en", "hi")),
        ("a free kick and a resounding success", "un coup franc et un franc succès", ("en", "fr")),
    ],
)
def test_names_rendered_or_misread_are_no_error(source, target, languages) -> None:
    assert errors(source, target, *languages) == []


@pytest.mark.parametrize(
    ("source", "target", "languages", "expected"),
    [
        # A day left without its month.
        ("am 11. September", "on 11", ("de", "en"), [("date", "--09-11")]),
        # "No.3" is a figure; a digit changed in it is caught.
        ("तीसरे नंबर पर", "at No.0", ("hi", "en"), [("number", "3"), ("number", "0")]),
    ],
)
def test_dates_and_ranks_losing_a_part_are_errors(source, target, languages, expected) -> None:
    assert errors(source, target, *languages) == expected


def test_devanagari_written_with_a_joiner_is_read() -> None:
    assert errors("30 अक्\u200dटूबर की रात", "the night of October 30th", "hi", "en") == []


def test_an_ordinal_lost_is_an_error_where_the_target_has_ordinals() -> None:
    assert errors("his fourth consecutive title", "son e titre consécutif", "en", "fr") == [("number", "4")]
    assert errors("his fourth consecutive title", "son 4e titre consécutif", "en", "fr") == []
    assert errors("तीसरे नंबर पर", "at No. , he", "hi", "en") == [("number", "3")]
    # Czech ordinals are not known: an English ordinal cannot be looked for there.
    assert errors("the third eruption", "třetí erupce", "en", "cs") == []
    # "First" and "second" are as often "earlier", "other", a unit of time.
    assert errors("the second eruption", "l'autre éruption", "en", "fr") == []


@pytest.mark.parametrize(
    ("source", "target", "languages"),
    [
        ("the first phase of the trial", "la primera fase del juicio", ("en", "es")),
        ("entering the third round", "entrando en la tercera ronda", ("en", "es")),
        ("after the first three matches", "después de los primeros tres partidos", ("en", "es")),
        ("the first freely elected president", "el primer presidente libremente elegido", ("en", "es")),
        ("la première phase du procès", "the first phase of the trial", ("fr", "en")),
        ("am dritten Tag", "on the third day", ("de", "en")),
        ("с третьей попытки", "at the third attempt", ("ru", "en")),
        ("per la terza volta", "for the third time", ("it", "en")),
        ("pela primeira vez", "for the first time", ("pt", "en")),
    ],
)
def test_an_ordinal_is_read_in_every_gender_number_and_case(source, target, languages) -> None:
    report = check(source, target, source_language=languages[0], target_language=languages[1])
    assert report.findings == ()


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("auf welche Zeichen man zu achten hat", "de", []),
        ("prima di partire", "it", []),
        ("dentro de 12 segundos", "es", ["12"]),
        ("nel secondo tempo, 40 secondi", "it", ["2", "40"]),
    ],
)
def test_words_spelt_like_an_ordinal_form_are_no_number(text, language, values) -> None:
    assert [f.value for f in toolkit.extract_facts(text, language) if f.kind == "number"] == values


@pytest.mark.parametrize(
    ("source", "target", "languages"),
    [
        ("the US and the EU", "les États-Unis et l'UE", ("en", "fr")),
        ("US officials said", "des responsables américains ont dit", ("en", "fr")),
        ("the US Supreme Court", "los EE.UU. Corte Suprema", ("en", "es")),
        ("ahead of the UN summit", "avant le Sommet des Nations\u00a0Unies", ("en", "fr")),
        ("to replace the MDGs", "pour remplacer les OMD", ("en", "fr")),
        ("The NSA said", "АНБ заявило", ("en", "ru")),
        ("США и ЕС", "the U.S. and the European Union", ("ru", "en")),
        ("l'OTAN et l'ONU", "NATO and the UN", ("fr", "en")),
        ("DNA samples", "des échantillons d'ADN", ("en", "fr")),
        ("the NSA's website", "एन.एस.ए. की वेबसाइट", ("en", "hi")),
    ],
)
def test_an_acronym_rendered_the_target_languages_way_is_carried(source, target, languages) -> None:
    report = check(source, target, source_language=languages[0], target_language=languages[1])
    assert [f for f in report.findings if f.kind == "acronym"] == []


@pytest.mark.parametrize(
    ("source", "target", "languages", "lost"),
    [
        ("the NSA said", "l'agence a dit", ("en", "fr"), "NSA"),
        ("the UN said", "l'UE a dit", ("en", "fr"), "UN"),
        ("NATO troops", "des troupes américaines", ("en", "fr"), "NATO"),
        ("Die EU-Kommission", "the Commission", ("de", "en"), "EU"),
    ],
)
def test_an_acronym_no_rendering_of_carries_is_still_lost(source, target, languages, lost) -> None:
    report = check(source, target, source_language=languages[0], target_language=languages[1])
    lost_here = [(f.text, f.severity) for f in report.findings if f.kind == "acronym" and f.side == "source"]
    assert lost_here == [(lost, "warning")]


@pytest.mark.parametrize(
    ("source", "target", "languages"),
    [
        ("La trentaine de pompiers dépêchés", "La treintena de bomberos enviados", ("fr", "es")),
        ("un homme dans la cinquantaine", "un hombre en la cincuentena", ("fr", "es")),
        ("des milliers de personnes", "millares de personas", ("fr", "es")),
        ("38 milliards de dollars", "38 millardos de dólares", ("fr", "es")),
        ("a billion years after", "mil millones de años después", ("en", "es")),
        ("une vingtaine de morts", "una ventina di morti", ("fr", "it")),
        ("des milliers de personnes", "milhares de pessoas", ("fr", "pt")),
    ],
)
def test_approximate_counts_and_scales_are_read_in_es_it_and_pt(source, target, languages) -> None:
    assert check(source, target, source_language=languages[0], target_language=languages[1]).findings == ()


@pytest.mark.parametrize(
    ("source", "target", "languages"),
    [
        ("des dizaines d'habitants", "dozens of residents", ("fr", "en")),
        ("Dutzende Tote", "des dizaines de morts", ("de", "fr")),
        ("desítky lidí", "dozens of people", ("cs", "en")),
        ("une dizaine de morts", "a dozen dead", ("fr", "en")),
    ],
)
def test_tens_and_dozens_in_words_are_the_same_vague_count(source, target, languages) -> None:
    assert check(source, target, source_language=languages[0], target_language=languages[1]).findings == ()
    # A figure is not vague: ten is not twelve.
    assert errors("environ dix morts", "about twelve dead", "fr", "en") == [("number", "10")]


def test_a_measure_converted_to_other_units_is_the_same_figure() -> None:
    assert errors("coincé à 15 m au-dessus du sol", "stuck 50ft above the ground", "fr", "en") == []
    assert errors("15 metrů nad zemí", "stranded 50ft up", "cs", "en") == []
    assert errors("100 km de route", "62 miles of road", "fr", "en") == []
    # Beyond rounding, or the same unit, a changed figure is still changed.
    assert errors("à 15 m du sol", "80ft up", "fr", "en") == [("number", "15"), ("number", "80")]
    assert errors("à 11 km", "11.3 km away", "fr", "en") == [("number", "11"), ("number", "11.3")]
