"""Reading input (encodings, bad input) and the document model."""

import textwrap
from pathlib import Path

import pytest

from toolkit import InputError, parse, read_text
from toolkit.document import decode_bytes
from toolkit.glossary import Glossary

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FRENCH = "Alep : l'OSDH compte au moins 242 morts. « C'est grave », dit-il. Les déplacés sont 14.000."


@pytest.mark.parametrize(
    "data",
    [
        FRENCH.encode("utf-8"),
        b"\xef\xbb\xbf" + FRENCH.encode("utf-8"),
        FRENCH.replace("« ", '"').replace(" »", '"').encode("cp1252"),
        FRENCH.encode("utf-16"),
    ],
)
def test_encodings_decode_to_the_same_words(data):
    text = decode_bytes(data)
    assert "déplacés" in text and "l'OSDH" in text
    assert not text.startswith("\ufeff")


def test_cp1252_curly_quotes_and_latin1_fallback():
    assert decode_bytes("l’OSDH – déjà".encode("cp1252")) == "l’OSDH – déjà"
    assert decode_bytes(b"caf\xe9 \x81") == "café \x81"


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t ", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256))]
)
def test_empty_or_binary_input_is_an_input_error(data):
    with pytest.raises(InputError) as info:
        decode_bytes(data, "article.txt")
    assert "article.txt" in str(info.value)
    assert info.value.exit_code == 2


def test_read_text_errors_name_the_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_crlf_is_normalized(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Titre\r\n\r\nPremier paragraphe.\r\n")
    assert read_text(path) == "Titre\n\nPremier paragraphe.\n"


def test_example_dispatch_structure():
    text = read_text(EXAMPLES / "alep-offensive-fr.txt")
    doc = parse(text, "fr")
    assert doc.title.startswith("Syrie : les jihadistes de HTS")
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.date, doc.dateline.agency) == ("ALEP (Syrie)", "29 nov", "AFP")
    first = doc.body_sentences[0]
    assert first.text.startswith("Les jihadistes de Hayat Tahrir al-Sham")
    assert "ALEP" not in first.text
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert all(p.role == "body" for p in doc.paragraphs[1:])


def test_english_dateline_and_byline():
    doc = parse("ALEPPO, Syria, Nov 29 (AFP) - Rebels entered the city.\n\nBy John Smith\n\nMore news here.")
    assert doc.dateline.agency == "AFP"
    assert (doc.dateline.city, doc.dateline.region, doc.dateline.date) == ("ALEPPO", "Syria", "Nov 29")
    assert (doc.dateline.month, doc.dateline.day) == (11, 29)
    assert [p.role for p in doc.paragraphs] == ["body", "byline", "body"]
    assert doc.body_sentences[0].text == "Rebels entered the city."


def test_single_line_breaks_split_paragraphs_but_soft_wraps_do_not():
    text = (
        "Premier paragraphe court.\nDeuxième paragraphe.\n"
        "Une longue ligne coupée au milieu d'une phrase parce que le fichier est justifié à\n"
        "soixante-douze colonnes comme souvent.\n"
    )
    doc = parse(text)
    assert [p.text for p in doc.paragraphs][:2] == ["Premier paragraphe court.", "Deuxième paragraphe."]
    assert len(doc.paragraphs) == 3
    assert doc.paragraphs[2].sentences[0].text.endswith("comme souvent.")


def _fold_bytes(text: str, width: int) -> str:
    """``fold -s -w WIDTH``: wraps at spaces by UTF-8 bytes, so lines with accents are short."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            if line and len(f"{line} {word}".encode()) > width:
                lines.append(line + " ")
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "\n".join(lines)


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(p, width) if p.strip() else "" for p in text.split("\n"))


def _reading(doc):  # noqa: ANN001, ANN202 - a test helper
    """What a reader sees of a document: title, dateline, sentences, whatever the line breaks."""
    squeeze = "".join  # a wrap may split "Land- und" at its hyphen: compare without whitespace
    return (
        squeeze(doc.title.split()) if doc.title else None,
        doc.dateline.text if doc.dateline else None,
        [squeeze(s.text.split()) for s in doc.body_sentences],
    )


GERMAN = (
    "Rettung in letzter Minute: Feuerwehr holt Hündin aus dem Steinbruch\n\n"
    "KEMPTEN, 29. Oktober (dpa) - Die Feuerwehr hat am Dienstag eine Hündin aus einem Steinbruch "
    "bei Kempten gerettet, die nach einem Unfall ihrer Besitzerin davongelaufen war. Die Tiere "
    "Ruby und Max hatten sich auf einem Felsvorsprung in 15 Metern Höhe verstiegen, sagte ein "
    "Sprecher der Polizei. Dr. Peter Lau, Spezialist des technischen Rettungsteams, sagte: "
    "„Ruby hatte ein Riesenglück.“ Die Besitzerin bedankte sich bei den Einsatzkräften.\n"
)


@pytest.mark.parametrize("width", [50, 60, 64, 72, 80])
@pytest.mark.parametrize(
    ("name", "language"),
    [("alep-offensive-fr.txt", "fr"), ("aleppo-offensive-en.txt", "en"), ("GERMAN", "de")],
)
def test_hard_wrapped_copy_reads_as_the_unwrapped(name: str, language: str, width: int) -> None:
    # Wire copy often comes wrapped at a fixed width, by characters or by bytes (fold): the title,
    # the dateline and every sentence read the same, even where a line ends on "M." or on a
    # colon and the next starts with a capital (German nouns, names).
    text = GERMAN if name == "GERMAN" else (EXAMPLES / name).read_text(encoding="utf-8")
    expected = _reading(parse(text, language))
    assert expected[0] and expected[1]
    for wrapped in (_wrap(text, width), _fold_bytes(text, width)):
        assert _reading(parse(wrapped, language)) == expected
        assert _reading(parse(wrapped, None)) == expected


def test_one_sentence_a_line_is_not_taken_for_wrapped_text() -> None:
    # Lines of one sentence each, some without a final mark or ending in an abbreviation: every
    # line stays a paragraph of its own (the WMT documents come this way).
    lines = [
        "Jodhpur to host a royal wedding",
        "As space at Jodhpur Airport was inadequate, the chartered planes landed at Jaipur, Delhi, Udaipur.",
        "same way 135 luxury cars were also used",
        "The guests were welcomed by the former Maharaja and his son, both of them in traditional dress",
        "Other guests stayed in the U.S.",
        "No one will ever know, he said.",
    ]
    doc = parse("\n".join(lines), "en")
    assert doc.title == lines[0]
    assert [p.text for p in doc.paragraphs[1:]] == lines[1:]


# Hindi has no capitals to say that a line starts a new paragraph (written for these tests).
HINDI_TITLE = "राजधानी में भारी बारिश के बाद कई इलाकों में पानी भर गया और यातायात पूरी तरह ठप रहा"
HINDI_BODY = (
    "मौसम विभाग ने बताया कि शहर में पिछले चौबीस घंटों के दौरान सामान्य से तीन गुना अधिक बारिश दर्ज की गई, "
    "जिससे निचले इलाकों में रहने वाले हजारों लोगों को सुरक्षित स्थानों पर ले जाना पड़ा। नगर निगम ने सभी "
    "स्कूल दो दिन के लिए बंद कर दिए हैं और लोगों से अपील की है कि वे बहुत जरूरी काम न हो तो घरों से बाहर न निकलें।"
)


def test_a_long_title_in_a_caseless_script_is_not_taken_for_wrapped_text():
    lede, rest = HINDI_BODY.split("। ")
    doc = parse(f"{HINDI_TITLE}\n{lede}।\n{rest}", "hi")
    assert doc.title == HINDI_TITLE
    assert [s.text for s in doc.body_sentences] == [f"{lede}।", rest]
    # A subtitle without a danda between them: the lede is wider than the title, so no wrap.
    subtitle = "शहर के सभी स्कूल दो दिन के लिए बंद और कई उड़ानें रद्द"
    doc = parse(f"{HINDI_TITLE}\n{subtitle}\n{lede}।", "hi")
    assert doc.title == HINDI_TITLE
    assert [p.text for p in doc.paragraphs[1:]] == [subtitle, f"{lede}।"]


def test_hard_wrapped_text_in_a_caseless_script_stays_one_paragraph():
    wrapped = textwrap.fill(HINDI_BODY, 90)
    # Lines of more than 12 words that break mid-sentence: only their lengths say they are wrapped.
    assert all(len(line.split()) > 12 for line in wrapped.splitlines()[:-1])
    doc = parse(f"{HINDI_TITLE}\n\n{wrapped}", "hi")
    assert doc.title == HINDI_TITLE
    assert [" ".join(s.text.split()) for s in doc.body_sentences] == [
        " ".join(s.text.split()) for s in parse(HINDI_BODY, "hi").body_sentences
    ]
    assert any("\n" in s.text for s in doc.body_sentences)


def test_a_headline_of_up_to_30_words_is_a_title():
    title = (
        "Fire crews called to rescue a lost puppy after she got stuck 50ft above the ground "
        "on a ledge in a quarry"
    )
    doc = parse(f"{title}\nThe puppy, Ruby, had run off after a minor road crash.", "en")
    assert doc.title == title


@pytest.mark.parametrize(
    ("first", "language"),
    [("PRÁVO, 1. listopadu 2013", "cs"), ("LONDON, Nov. 29", "en"), ("Paris, le 3 mai 2015", "fr")],
)
def test_a_name_and_a_date_on_the_first_line_are_a_byline_and_the_title_follows(first: str, language: str):
    """A newspaper's or a place's name with the date, alone on top of the copy, is no headline: the
    line after it is the title."""
    title = "Pes shrnul koberec, prezident zakopl a skončil o berlích"
    doc = parse(f"{first}\n\n{title}\n\nPrezident Miloš Zeman ve čtvrtek opustil nemocnici.", language)
    assert [p.role for p in doc.paragraphs] == ["byline", "title", "body"]
    assert doc.title == title
    # Not a title that has a name and a number in it.
    assert parse(f"Syrie, 14 000 déplacés\n\n{title}", "fr").title == "Syrie, 14 000 déplacés"


# Datelines written for these tests in each agency's house style.
@pytest.mark.parametrize(
    ("copy", "language", "parts", "english", "french", "spanish"),
    [
        (
            "GOMA (RDC), 8 fév (AFP) - Plus de 100.000 personnes ont fui.",
            "fr",
            ("GOMA", "RDC", "AFP", 2, 8),
            "GOMA (RDC), Feb. 8 (AFP)",
            "GOMA (RDC), 8 février (AFP)",
            "GOMA (RDC), 8 de febrero (AFP)",
        ),
        (
            "TOURS, 29 nov (AFP) - Un incendie a détruit un entrepôt.",
            "fr",
            ("TOURS", None, "AFP", 11, 29),
            "TOURS, Nov. 29 (AFP)",
            "TOURS, 29 novembre (AFP)",
            "TOURS, 29 de noviembre (AFP)",
        ),
        (
            "FRANKFURT, March 3 (Reuters) - Shares in Lufthansa fell sharply.",
            "en",
            ("FRANKFURT", None, "Reuters", 3, 3),
            "FRANKFURT, March 3 (Reuters)",
            "FRANKFURT, 3 mars (Reuters)",
            "FRANKFURT, 3 de marzo (Reuters)",
        ),
        (
            "KINSHASA, Congo (AP) — Rebels withdrew from the town on Friday.",
            "en",
            ("KINSHASA", "Congo", "AP", None, None),
            "KINSHASA, Congo (AP)",
            "KINSHASA, Congo (AP)",
            "KINSHASA, Congo (AP)",
        ),
        (
            "Hamburg, 14. Juni (dpa) - Der Hafen meldet einen Rekord.",
            "de",
            ("Hamburg", None, "dpa", 6, 14),
            "Hamburg, June 14 (dpa)",
            "Hamburg, 14 juin (dpa)",
            "Hamburg, 14 de junio (dpa)",
        ),
        (
            "Bogotá, 2 sep (EFE).- El Gobierno anunció un nuevo plan.",
            "es",
            ("Bogotá", None, "EFE", 9, 2),
            "Bogotá, Sept. 2 (EFE)",
            "Bogotá, 2 septembre (EFE)",
            "Bogotá, 2 de septiembre (EFE)",
        ),
        (
            "(ANSA) - NAPOLI, 21 GEN - Il sindaco ha firmato l'ordinanza.",
            "it",
            ("NAPOLI", None, "ANSA", 1, 21),
            "NAPOLI, Jan. 21 (ANSA)",
            "NAPOLI, 21 janvier (ANSA)",
            "NAPOLI, 21 de enero (ANSA)",
        ),
    ],
)
def test_wire_datelines_of_six_agencies_are_read_and_written_the_readers_way(
    copy, language, parts, english, french, spanish
):
    doc = parse(copy, language)
    dateline = doc.dateline
    assert dateline is not None, copy
    assert (dateline.city, dateline.region, dateline.agency, dateline.month, dateline.day) == parts
    assert doc.body_sentences[0].text[0].isupper() and dateline.agency not in doc.body_sentences[0].text
    assert dateline.render("en", source=language) == english
    assert dateline.render("fr", source=language) == french
    assert dateline.render("es", source=language) == spanish


def test_dateline_places_are_kept_or_rendered_by_the_glossary_never_translated():
    glossary = Glossary.load(ROOT / "glossaries" / "syria-fr-en.yaml")
    dateline = parse("ALEP (Syrie), 29 nov (AFP) - Les rebelles.", "fr").dateline
    assert dateline.render("en", source="fr", glossary=glossary) == "ALEPPO (Syria), Nov. 29 (AFP)"
    assert dateline.render("en", source="fr") == "ALEP (Syria), Nov. 29 (AFP)"  # country name from CLDR
    assert dateline.render("de", source="fr") == "ALEP (Syrien), 29. November (AFP)"
    assert dateline.render("ar", source="fr").startswith("ALEP (سوريا)")


@pytest.mark.parametrize(
    "copy, parts, english",
    [
        (
            "دمشق (أ ف ب) - قال المرصد السوري إن عشرين شخصا قتلوا.",
            ("دمشق", None, "أ ف ب", None, None),
            "دمشق (أ ف ب)",
        ),
        (
            "بيروت، 29 نوفمبر (رويترز) - قال المرصد السوري إن عشرين شخصا قتلوا.",
            ("بيروت", None, "رويترز", 11, 29),
            "بيروت, Nov. 29 (رويترز)",
        ),
    ],
)
def test_arabic_datelines_are_read_and_their_places_kept(copy, parts, english):
    dateline = parse(copy, "ar").dateline
    assert dateline is not None, copy
    assert (dateline.city, dateline.region, dateline.agency, dateline.month, dateline.day) == parts
    assert dateline.render("en", source="ar") == english
