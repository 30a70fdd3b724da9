"""toolkit.summarization on real French and English wire copy, and `toolkit summarize` through the CLI."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from toolkit import LENGTHS, Summary, UsageError, parse, summarize
from toolkit.cli import app
from toolkit.segment import count_words
from toolkit.summarization import candidates, clip, credit, summarize_lengths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FRENCH = (EXAMPLES / "alep-offensive-fr.txt").read_text(encoding="utf-8")
ENGLISH = (EXAMPLES / "aleppo-offensive-en.txt").read_text(encoding="utf-8")
CNN = (
    "London (CNN)The city council voted on Tuesday to close the old bridge for repairs. The bridge, built "
    'in 1890, carries 40,000 vehicles a day. "We had no choice," the mayor said. Engineers found cracks '
    "in two of its arches last month. Repairs are expected to take two years and cost 12 million pounds. "
    "Drivers will be diverted through the ring road."
)


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (ENGLISH, "en")], ids=["fr", "en"])
@pytest.mark.parametrize("length", ["short", "medium", "long"])
def test_named_lengths_respect_their_word_budget_in_document_order(
    text: str, language: str, length: str
) -> None:
    summary = summarize(text, length=length, language=language)
    document = parse(text, language)
    assert isinstance(summary, Summary)
    assert 0 < summary.words <= LENGTHS[length]
    starts = [s.start for s in summary.sentences]
    assert starts == sorted(starts)
    for sentence in summary.sentences:
        assert document.text[sentence.start : sentence.end] == sentence.text
    assert (summary.length, summary.language, summary.method) == (length, language, "ranker-v3")


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (ENGLISH, "en")], ids=["fr", "en"])
def test_datelines_titles_and_bylines_never_become_summary_sentences(text: str, language: str) -> None:
    title, rest = text.split("\n\n", 1)
    byline = "Par Jean Dupont" if language == "fr" else "By John Smith"
    document = parse(f"{title}\n\n{byline}\n\n{rest}", language)
    assert [p.role for p in document.paragraphs[:3]] == ["title", "byline", "body"]
    summary = summarize(document, length="long", language=language)
    assert document.dateline is not None
    assert all(document.dateline.text not in s.text for s in summary.sentences)
    roles = {p.index: p.role for p in document.paragraphs}
    assert {roles[s.paragraph] for s in summary.sentences} == {"body"}
    assert document.title not in summary.text and byline not in summary.text


def test_longer_lengths_say_more() -> None:
    sizes = [summarize(ENGLISH, length=n, language="en").words for n in ("short", "medium", "long")]
    assert sizes == sorted(sizes) and sizes[0] < sizes[2]


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (ENGLISH, "en")], ids=["fr", "en"])
def test_summaries_at_several_lengths_are_nested_and_within_budget(text: str, language: str) -> None:
    lengths = ("long", "headline", "short", "medium")
    result = summarize_lengths(text, lengths, language=language)
    assert tuple(result) == lengths
    assert result["headline"].text == summarize(text, length="headline", language=language).text
    short, medium, long = ({s.start for s in result[n].sentences} for n in ("short", "medium", "long"))
    assert short <= medium <= long
    assert all(result[n].words <= LENGTHS[n] for n in lengths)
    with pytest.raises(UsageError, match="unknown length"):
        summarize_lengths(text, ("short", "huge"), language=language)


def test_headline_is_the_title_when_it_fits() -> None:
    headline = summarize(FRENCH, length="headline", language="fr")
    assert headline.text == "Syrie : les jihadistes de HTS s'emparent de la majeure partie d'Alep"
    assert headline.method == "title" and "\n" not in headline.text


def test_headline_without_a_title_compresses_the_lede_to_fourteen_words() -> None:
    body = ENGLISH.split("\n\n", 1)[1]  # no title
    headline = summarize(body, length="headline", language="en")
    assert headline.method == "lede-compressed"
    assert 0 < len(headline.text.split()) <= 14
    assert "\n" not in headline.text and "(AFP)" not in headline.text and "(HTS)" not in headline.text
    assert headline.text.startswith("Jihadists from Hayat Tahrir al-Sham")


def test_clip_cuts_at_clauses_and_drops_asides() -> None:
    assert clip(
        "The army (SAA) withdrew, officials said, after heavy fighting in the north of the city."
    ) == ("The army withdrew, officials said, after heavy fighting in the north of the city")
    long = " ".join(f"w{i}" for i in range(30))
    assert clip(long) == " ".join(f"w{i}" for i in range(14))


def test_explicit_sentence_and_word_budgets_override_the_length() -> None:
    assert len(summarize(ENGLISH, sentences=2, language="en").sentences) == 2
    assert summarize(ENGLISH, sentences=2, language="en").length == "sentences=2"
    by_words = summarize(ENGLISH, words=70, language="en")
    assert by_words.words <= 70 and by_words.length == "words=70"


def test_a_budget_smaller_than_every_sentence_keeps_the_leading_clauses_of_the_best() -> None:
    summary = summarize(ENGLISH, words=4, language="en")  # the shortest sentence has 6 words
    assert 0 < summary.words <= 4 and summary.method.endswith("+truncated")
    assert ENGLISH[summary.sentences[0].start : summary.sentences[0].end] == summary.sentences[0].text


def test_redundant_sentences_are_not_repeated() -> None:
    repeated = "Rebels seized the airport of the northern city on Friday after heavy fighting."
    text = (
        f"{repeated} Rebels seized the northern city airport on Friday after fighting. "
        "Officials said that 30 people were killed. Schools were closed across the province. "
        f"Aid groups warned of shortages of food and fuel. {repeated}"
    )
    summary = summarize(text, sentences=4, language="en")
    texts = [s.text for s in summary.sentences]
    assert len(texts) == 4
    assert sum("airport" in t for t in texts) == 1


def test_cnn_credit_is_trimmed_from_the_lede_and_reported_as_the_agency() -> None:
    document = parse(CNN, "en")
    assert candidates(document)[0].text.startswith("The city council voted")
    assert credit(document) == "CNN"
    summary = summarize(CNN, sentences=3, language="en")
    assert "(CNN)" not in summary.text
    assert credit(parse(FRENCH, "fr")) == "AFP"


def test_languages_without_stemmer_or_stopwords_still_work() -> None:
    summary = summarize(CNN, sentences=2, language="xx")
    assert len(summary.sentences) == 2


def test_bad_budgets_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown length"):
        summarize(ENGLISH, length="tiny", language="en")
    with pytest.raises(UsageError, match="either"):
        summarize(ENGLISH, sentences=2, words=10, language="en")
    with pytest.raises(UsageError, match="at least 1"):
        summarize(ENGLISH, sentences=0, language="en")


def test_to_dict_is_json_ready() -> None:
    data = summarize(FRENCH, length="short", language="fr").to_dict()
    assert json.loads(json.dumps(data))["words"] == data["words"]
    assert set(data) == {"signature", "text", "length", "language", "method", "words", "sentences"}


def test_language_is_detected_when_not_given() -> None:
    assert summarize(FRENCH, length="short").language == "fr"


# -- CLI ----------------------------------------------------------------------------------------


def run(*args: str, stdin: str | None = None):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(app, list(args), input=stdin)


def test_cli_summarize_prints_the_summary_and_json() -> None:
    result = run("summarize", str(EXAMPLES / "aleppo-offensive-en.txt"), "--length", "headline")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "Syria: HTS jihadists seize most of Aleppo"
    result = run("summarize", "-", "--sentences", "2", "--json", "--language", "fr", stdin=FRENCH)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["file"] == "-" and len(data["sentences"]) == 2 and data["language"] == "fr"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--length", "short", "--words", "10"], "one of --length"),
        (["--length", "huge"], "unknown length"),
    ],
)
def test_cli_summarize_bad_usage_exits_2(args: list[str], message: str) -> None:
    result = run("summarize", str(EXAMPLES / "aleppo-offensive-en.txt"), *args)
    assert result.exit_code == 2 and message in result.output


def test_cli_summarize_missing_or_empty_input_exits_2(tmp_path: Path) -> None:
    assert run("summarize", str(tmp_path / "missing.txt")).exit_code == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert run("summarize", str(empty)).exit_code == 2


def test_word_budgets_count_characters_in_unspaced_scripts() -> None:
    text = "东京是日本的首都。东京也是日本最大的城市。东京的人口有一千四百万。东京的经济很发达。"
    summary = summarize(text, words=12, language="zh")
    assert 0 < count_words(summary.text, "zh") <= 12
    assert summary.words == count_words(summary.text, "zh")
    assert " " not in summary.text  # Chinese sentences follow each other without a space
    headline = clip("东京是日本的首都，也是日本最大的城市，人口有一千四百万，经济很发达", 5, "zh")
    assert 0 < count_words(headline, "zh") <= 5


def test_a_hindi_article_is_summarized_by_sentences() -> None:
    text = "पुलिस ने शव बरामद किया। जांच जारी है। 26 अगस्त को घटना हुई। परिवार ने आरोप लगाया। रिपोर्ट सौंप दी गई।"
    summary = summarize(text, sentences=2, language="hi")
    assert len(summary.sentences) == 2
    assert all(s.text.endswith("।") for s in summary.sentences)


# One article and its translation, sentence for sentence: a lede with a figure, names, a quote,
# background, and filler. A summary must pick the same sentences on both sides.
_PAIR = {
    "fr": [
        "Au moins 42 personnes ont été tuées samedi à Alep dans un bombardement, selon l'OSDH.",
        "Les frappes ont visé un marché du quartier de Chaar, très fréquenté le matin.",
        "« C'est un massacre », a déclaré Rami Abdel Rahmane, directeur de l'OSDH.",
        "Le régime de Bachar al-Assad n'a pas commenté ces informations.",
        "La ville est divisée depuis 2012 entre rebelles et forces gouvernementales.",
        "Il faisait beau ce jour-là.",
        "Les habitants ont aidé les secouristes à dégager les décombres.",
        "Plus de 250 000 personnes ont été tuées en Syrie depuis mars 2011.",
    ],
    "en": [
        "At least 42 people were killed on Saturday in Aleppo in a bombing, according to the SOHR.",
        "The strikes targeted a market in the Chaar district, which is very busy in the morning.",
        '"It is a massacre," said Rami Abdel Rahman, director of the SOHR.',
        "The regime of Bashar al-Assad did not comment on the reports.",
        "The city has been divided since 2012 between rebels and government forces.",
        "The weather was fine that day.",
        "Residents helped rescuers clear the rubble.",
        "More than 250,000 people have been killed in Syria since March 2011.",
    ],
}


@settings(max_examples=20, deadline=None)
@given(order=st.permutations(range(3, 8)), count=st.integers(min_value=1, max_value=4))
def test_a_document_and_its_translation_get_the_same_summary(order: list[int], count: int) -> None:
    picked = []
    for language, sentences in _PAIR.items():
        text = "\n\n".join([*sentences[:3], *(sentences[i] for i in order)])
        summary = summarize(text, sentences=count, language=language)
        picked.append({text[: s.start].count("\n\n") for s in summary.sentences})
    assert picked[0] == picked[1]


def test_hooks_in_the_lede_block_get_no_lede_prior() -> None:
    # A question, an exclamation or a run-on far longer than the article's sentences opens a
    # feature rather than telling its news, in any language: it competes on its own score, while
    # the lede block's other sentences keep their lift.
    from toolkit.summarization import LEAD_PRIOR, features
    from toolkit.summarization.ranker import lede_priors

    hooks = {
        "en": "Can you imagine paying $1,000 a month to live in a garage? Nicole does. All eyes are going "
              "to be on the new kid finally allowed to play and the big kid who for so long wanted "
              "nothing to do with him, in the city that has waited for this moment since 1962. "
              "Rents in San Mateo rose by 40 % in five years.",
        "fr": "Pouvez-vous imaginer payer 1 000 dollars par mois pour vivre dans un garage ? Nicole le "
              "fait. Tous les regards seront tournés vers le nouveau venu enfin autorisé à jouer et "
              "vers le grand qui pendant si longtemps n'a rien voulu savoir de lui, dans la ville qui "
              "attend ce moment depuis 1962. Les loyers de San Mateo ont augmenté de 40 % en cinq ans.",
        "de": "Nicole ist 30 Jahre alt. Was für ein Leben! Sie wohnt in einer Garage. "
              "Die Mieten in San Mateo sind in fünf Jahren um 40 Prozent gestiegen.",
    }
    expected = {"en": [0.0, LEAD_PRIOR, 0.0, 0.0], "fr": [0.0, LEAD_PRIOR, 0.0, 0.0],
                "de": [LEAD_PRIOR, 0.0, LEAD_PRIOR, 0.0]}
    for language, text in hooks.items():
        document = parse(text, language)
        assert lede_priors(features(document, candidates(document), language)) == expected[language]


def test_words_of_scripts_with_combining_marks_stay_whole() -> None:
    """Devanagari vowel signs are marks: a word is not cut at them, so its stopwords are found."""
    from toolkit.summarization.lexicon import Lexicon

    lexicon = Lexicon("hi")
    tokens = lexicon.tokens("पुलिस ने अदालत में रिपोर्ट सौंप दी है।")
    assert tokens == ["पुलिस", "ने", "अदालत", "में", "रिपोर्ट", "सौंप", "दी", "है"]
    assert lexicon.stem("रिपोर्ट") in lexicon.content(tokens)
    assert "ने" not in lexicon.content(tokens)  # a stopword


def test_capitals_and_stopwords_count_relative_to_the_article() -> None:
    # Their level is the language's (German capitalises nouns, Hindi has none, stopword lists
    # differ in size), so each sentence's share is taken over the article's mean; month and
    # weekday names are no names (English "March", French "mars").
    from toolkit.summarization import FEATURES, candidates, features

    caps, stops = FEATURES.index("caps"), FEATURES.index("stop_ratio")
    text = "\n\n".join(_PAIR["en"])
    document = parse(text, "en")
    rows = features(document, candidates(document), "en")
    assert sum(row[stops] for row in rows) / len(rows) == pytest.approx(1.0)
    month_only = "The strikes began on a Monday in March and went on for a week."
    document = parse(f"{_PAIR['en'][0]}\n\n{month_only}", "en")
    assert features(document, candidates(document), "en")[1][caps] == 0.0
    hindi = "पुलिस ने अदालत में रिपोर्ट सौंप दी है। अदालत ने सुनवाई सोमवार तक टाल दी।"
    document = parse(hindi, "hi")
    assert [row[caps] for row in features(document, candidates(document), "hi")] == [1.0, 1.0]


@pytest.mark.parametrize("length", ["headline", "short", "medium", "long"])
def test_hard_wrapped_copy_gets_the_summary_of_the_unwrapped(length: str) -> None:
    text = (EXAMPLES / "alep-offensive-fr.txt").read_text(encoding="utf-8")
    wrapped = "\n".join(textwrap.fill(p, 64) if p.strip() else "" for p in text.split("\n"))
    plain = summarize(text, length=length, language="fr")
    folded = summarize(wrapped, length=length, language="fr")
    assert folded.text == plain.text and folded.method == plain.method
    assert "\n" not in folded.text and "\n" in "".join(s.text for s in folded.sentences)


def test_a_word_budget_is_filled_past_one_better_sentence_that_does_not_fit_not_two() -> None:
    # Whether a sentence fits depends on the language's word count, so reaching far down the
    # ranking for a short filler would make a document and its translation differ.
    from toolkit.document import Sentence
    from toolkit.summarization.selection import FILL_SKIPS, select

    texts = ["one two three four five", "a " * 9 + "b", "c " * 9 + "d", "short one", "tiny"]
    sentences, start = [], 0
    for text in texts:
        sentences.append(Sentence(text, start, start + len(text), 0))
        start += len(text) + 1
    stems = [[f"{i}-{w}" for w in text.split()] for i, text in enumerate(texts)]
    assert FILL_SKIPS == 1
    # One better sentence too long for the 12 words: the short ones after it still fill the gap.
    one_passed = [0.9, 0.8, 0.5, 0.7, 0.6]
    assert select(sentences, one_passed, stems, count=None, words=12, language="en") == [0, 3, 4]
    # Two better sentences too long: choosing stops there.
    two_passed = [0.9, 0.8, 0.7, 0.6, 0.5]
    assert select(sentences, two_passed, stems, count=None, words=12, language="en") == [0]


def test_lengths_count_words_as_the_caller_says_and_skip_sentences_it_cannot_size() -> None:
    # A brief built summarize-first counts each sentence by its translation's words, and can only
    # show sentences it has translated.
    from toolkit.summarization import summarize_lengths

    text = "\n\n".join(_PAIR["en"])
    by_own_words = summarize_lengths(text, ("short",), language="en")["short"]
    lede_only = summarize_lengths(
        text, ("short",), language="en", words=lambda sentence: 5 if sentence.start == 0 else None
    )["short"]
    assert [s.start for s in lede_only.sentences] == [0]
    one_word_each = summarize_lengths(text, ("short",), language="en", words=lambda sentence: 1)["short"]
    assert len(one_word_each.sentences) > len(by_own_words.sentences)
