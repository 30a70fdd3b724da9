"""Sentence segmentation of wire copy: abbreviations, numbers, quotes, CJK."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.segment import count_words, sentence_spans, split_sentences, unwrap


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M. Dupont est arrivé. Mme Durand est partie.",
            ["M. Dupont est arrivé.", "Mme Durand est partie."],
        ),
        (
            "Il est né en 300 av. J.-C. dans la ville. Puis il est mort.",
            ["Il est né en 300 av. J.-C. dans la ville.", "Puis il est mort."],
        ),
        (
            "Au moins 14.000 personnes ont fui. Le taux est de 2,5 %. Il y a 14 000 déplacés.",
            ["Au moins 14.000 personnes ont fui.", "Le taux est de 2,5 %.", "Il y a 14 000 déplacés."],
        ),
        (
            "Il a dit « c'est fini. » Puis il est parti.",
            ["Il a dit « c'est fini. »", "Puis il est parti."],
        ),
        (
            "« Nous avons perdu ! » a-t-il dit. Qui ? Personne.",
            ["« Nous avons perdu ! » a-t-il dit.", "Qui ?", "Personne."],
        ),
        (
            '"We will fight," he said. Gen. Smith agreed. The U.S. Army left.',
            ['"We will fight," he said.', "Gen. Smith agreed.", "The U.S. Army left."],
        ),
        (
            'She left her. "I thought so," he said. "Yes." No.',
            ["She left her.", '"I thought so," he said.', '"Yes."', "No."],
        ),
        ("Visit NSA.gov today. 242 people died.", ["Visit NSA.gov today.", "242 people died."]),
        ("东京是首都。大阪很大！", ["东京是首都。", "大阪很大！"]),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text, "fr") == expected


def test_spans_index_the_original_text():
    text = "  Première phrase.  Deuxième phrase ?\n"
    spans = list(sentence_spans(text))
    assert [text[s:e] for s, e in spans] == ["Première phrase.", "Deuxième phrase ?"]


def test_text_without_final_punctuation_is_one_sentence():
    assert split_sentences("Syrie : offensive sur Alep") == ["Syrie : offensive sur Alep"]


def test_empty_text_has_no_sentences():
    assert split_sentences("   \n ") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Au moins 14 000 personnes ont fui, selon l'OSDH.", "fr", 9),
        ("He said: « no » — then left.", "en", 5),  # punctuation alone is no word
        ("东京是日本的首都。", "zh", 4),  # 8 Han characters, 2 to a word
        ("東京は日本の首都です。", "ja", 6),  # kana and kanji runs, each rounded up
        ("ประเทศไทยเป็นประเทศ", "th", 5),  # 17 letters (vowel marks ride on them), 4 to a word
        ("The envoy 习近平 spoke.", "en", 5),  # Han inside English copy still counts, 2 to a word
        ("   ", "en", 0),
    ],
)
def test_count_words_per_script(text, language, expected):
    assert count_words(text, language) == expected


def test_count_words_of_an_unspaced_language_grows_with_characters():
    assert count_words("首都" * 10, "zh") == 10
    assert count_words("首都" * 10, "en") == 10  # the script's own rate when the language has none


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("पुलिस आई। वह गया।अब ठीक है॥", "hi", ["पुलिस आई।", "वह गया।", "अब ठीक है॥"]),
        ("मि. एडिस ने कहा कि यू.एस. सरकार आई। डॉ. वेल गए।", "hi",
         ["मि. एडिस ने कहा कि यू.एस. सरकार आई।", "डॉ. वेल गए।"]),
        # A postposition never opens a sentence: the full stop before it is an abbreviation's.
        ("अभी एन.ओ.टी.डब्लू. के संपादक हैं। वह 200. से आया।", "hi",
         ["अभी एन.ओ.टी.डब्लू. के संपादक हैं।", "वह 200. से आया।"]),
        ("هل جاء؟ نعم جاء.", "ar", ["هل جاء؟", "نعم جاء."]),
        # Thai and Lao end a sentence with a space; not after ๆ, nor beside digits or Latin names.
        ("วันนี้ฝนตกหนัก ผู้คนต่างๆ นานาติดอยู่บนถนน ปี 2557 บริษัท Apple เปิดร้าน", "th",
         ["วันนี้ฝนตกหนัก", "ผู้คนต่างๆ นานาติดอยู่บนถนน", "ปี 2557 บริษัท Apple เปิดร้าน"]),
        ("ມື້ນີ້ຝົນຕົກ ຂ້ອຍໄປຕະຫຼາດ", "lo", ["ມື້ນີ້ຝົນຕົກ", "ຂ້ອຍໄປຕະຫຼາດ"]),
        ("وہ آیا۔ کیا وہ گیا؟ ہاں۔", "ur", ["وہ آیا۔", "کیا وہ گیا؟", "ہاں۔"]),
        ("东京是首都。“我们走吧。”然后走了！", "zh", ["东京是首都。", "“我们走吧。”", "然后走了！"]),
        ("東京です。「大阪だ！」と言った。", "ja", ["東京です。", "「大阪だ！」と言った。"]),
        ("ሰላም ነው። እንዴት ነህ፧ ደህና።", "am", ["ሰላም ነው።", "እንዴት ነህ፧", "ደህና።"]),
        ("မင်္ဂလာပါ။ နေကောင်းလား။", "my", ["မင်္ဂလာပါ။", "နေကောင်းလား။"]),
        ("Er sagte: „Das ist gut.“ Dann ging er.", "de", ["Er sagte: „Das ist gut.“", "Dann ging er."]),
        ("Sie sagte (es war vorbei.) Dann [ging er.] Weiter.", "de",
         ["Sie sagte (es war vorbei.)", "Dann [ging er.]", "Weiter."]),
        ("« C'est fini. » — Vous partez ? — Oui.", "fr", ["« C'est fini. »", "— Vous partez ?", "— Oui."]),
    ],
)
def test_sentence_marks_quotes_and_brackets_of_every_script(text, language, expected):
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Das war z. B. gut. Nr. 5 gewann am 4. Juni. Er wurde 3. Die Polizei kam.", "de",
         ["Das war z. B. gut.", "Nr. 5 gewann am 4. Juni.", "Er wurde 3.", "Die Polizei kam."]),
        ("M. Dupont est né en 300 av. J.-C. Il vit près de la mer. Le prix : 4,4 Md$. Après.", "fr",
         ["M. Dupont est né en 300 av. J.-C. Il vit près de la mer.", "Le prix : 4,4 Md$.", "Après."]),
        ("Проф. Петров пришёл в 300 г. до н. э. в Рим. Цена 900 млн. Потом ушёл.", "ru",
         ["Проф. Петров пришёл в 300 г. до н. э. в Рим.", "Цена 900 млн.", "Потом ушёл."]),
        ("Přišel tzv. Pan Novák. Viz např. Praha. Byl 2. místo. Konec.", "cs",
         ["Přišel tzv. Pan Novák.", "Viz např. Praha.", "Byl 2. místo.", "Konec."]),
    ],
)
def test_abbreviations_and_ordinals_per_language(text, language, expected):
    assert split_sentences(text, language) == expected


_PIECES = st.sampled_from(
    ["Dr.", "Nr.", "M.", "U.S.", "4.", "14.000", "Juni", "word", "Mot", "।", "。", "？", "!", "?", "...", "…",
     "«", "»", "„", "“", "”", "「", "」", "(", ")", "—", ",", "東京", "पुलिस", "ነው።", "a", "Z",
     " ", "  ", "\n", "\u00a0", "\t"]
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(_PIECES, max_size=40),
    language=st.sampled_from([None, "fr", "en", "de", "ru", "cs", "hi", "zh", "ja", "ar", "xx"]),
)
def test_spans_are_exact_ordered_trimmed_and_cover_every_word(pieces, language):
    text = "".join(pieces)
    spans = list(sentence_spans(text, language=language))
    assert spans == sorted(spans)
    covered = 0
    for start, end in spans:
        assert covered <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[covered:start].strip() == ""  # nothing but spaces between sentences
        covered = end
    assert text[covered:].strip() == ""
    assert split_sentences(text, language) == [text[s:e] for s, e in spans]


def test_spans_of_a_slice_are_offsets_in_the_whole_text():
    text = "Titre\nPremière phrase. Deuxième ?\nFin."
    start = text.index("Première")
    end = text.index("\nFin")
    spans = sentence_spans(text, start, end, "fr")
    assert [text[s:e] for s, e in spans] == ["Première phrase.", "Deuxième ?"]


def test_unwrap_makes_a_wrapped_sentence_one_line() -> None:
    wrapped = "Les \ninsurgés ont pris\n  le contrôle d'al-\nSham."
    assert unwrap(wrapped) == "Les insurgés ont pris le contrôle d'al-Sham."
    # A dash set off by spaces is punctuation, not a compound's hyphen.
    assert unwrap("mit einem Schweigen -\nzunächst.") == "mit einem Schweigen - zunächst."
    assert unwrap("Une ligne.") == "Une ligne."
    assert unwrap("Windows \r\nline ends, al-\r\nSham.") == "Windows line ends, al-Sham."
