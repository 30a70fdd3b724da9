"""Sentence segmentation of wire copy: abbreviations, numbers, quotes, CJK."""

import pytest

from toolkit.segment import count_words, sentence_spans, split_sentences


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
