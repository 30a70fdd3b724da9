"""Glossary enforcement: protect → translate → restore → verify → repair, and its report.

The glossary logic is tested with tiny deterministic engines (identity, word-by-word, one that
mangles placeholders, one that drops unknown words); real translation goes through Apertium.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit
from toolkit import Glossary, GlossaryReport
from toolkit.glossary import Entry, TermReport, enforce

ENTRIES = (
    Entry("HTS", "HTS", "fr", "en", keep=True),
    Entry("Alep", "Aleppo", "fr", "en"),
    Entry("Bachar al-Assad", "Bashar al-Assad", "fr", "en"),
    Entry("Bachar", "Bashar", "fr", "en"),
    Entry("ONU", "UN", "fr", "en"),
    Entry("PDG", "CEO", "fr", "en"),
    Entry("États-Unis", "United States", "fr", "en"),
    Entry("Observatoire syrien des droits de l'homme", "Syrian Observatory for Human Rights", "fr", "en"),
    Entry("C++", "C++", "fr", "en", keep=True),
)
GLOSSARY = Glossary(entries=ENTRIES, name="test")

Engine = Callable[[list[str]], list[str]]


class Recorder:
    """Wraps an engine function and records every batch it receives."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        self.translate = translate
        self.batches: list[list[str]] = []

    def __call__(self, segments: list[str]) -> list[str]:
        self.batches.append(list(segments))
        return [self.translate(s) for s in segments]


WORDS = {
    "le": "the",
    "la": "the",
    "les": "the",
    "de": "of",
    "et": "and",
    "est": "is",
    "une": "a",
    "ville": "city",
    "a": "has",
    "dit": "said",
    "que": "that",
    "pdg": "managing director",
    "alep": "Alepo",
    "l'": "the",
    "d'": "of",
    "selon": "according to",
}


def word_by_word(unknown: Callable[[str], str]) -> Callable[[str], str]:
    """A toy engine: a word list, and ``unknown`` for every other word."""

    def translate(text: str) -> str:
        words = []
        for token in re.findall(r"\w+['’]|\w+|[^\w\s]", text):
            words.append(WORDS.get(token.lower(), unknown(token) if token[0].isalnum() else token))
        output = re.sub(r" ([,.;:])", r"\1", " ".join(w for w in words if w))
        return output[:1].upper() + output[1:] if text[:1].isupper() else output

    return translate


def run(
    engine: Callable[[str], str], segments: list[str], name: str = "test"
) -> tuple[list[str], GlossaryReport, Recorder]:
    recorder = Recorder(engine)
    outputs, report = enforce(GLOSSARY, segments, recorder, source="fr", target="en", engine=name)
    return outputs, report, recorder


def statuses(report: GlossaryReport) -> dict[str, tuple[int, int, str]]:
    return {t.source: (t.occurrences, t.present, t.status) for t in report.terms}


# -- the contract with the translator ---------------------------------------------------------------


def test_without_glossary_the_engine_is_called_once() -> None:
    recorder = Recorder(str.upper)
    outputs, report = enforce(None, ["a b", "c"], recorder, source="fr", target="en", engine="apertium")
    assert outputs == ["A B", "C"]
    assert recorder.batches == [["a b", "c"]]
    assert report.terms == () and report.ok and report.to_dict()["terms"] == []


def test_glossary_for_another_pair_calls_the_engine_once() -> None:
    recorder = Recorder(str.upper)
    outputs, report = enforce(GLOSSARY, ["Alep"], recorder, source="de", target="en", engine="apertium")
    assert outputs == ["ALEP"] and len(recorder.batches) == 1 and report.terms == ()
    assert report.glossary_version == GLOSSARY.version


def test_engine_returning_the_wrong_count_is_an_error() -> None:
    with pytest.raises(toolkit.EngineError, match="outputs"):
        enforce(GLOSSARY, ["Alep", "HTS"], lambda s: s[:1], source="fr", target="en", engine="apertium")


# -- strategies ------------------------------------------------------------------------------------


def test_placeholders_for_apertium_style_engines() -> None:
    outputs, report, recorder = run(word_by_word(lambda w: w), ["Le PDG de l'ONU est à Alep."], "apertium")
    assert "PDG" not in recorder.batches[0][0] and "Alep" not in recorder.batches[0][0]
    assert outputs == ["The CEO of the UN is à Aleppo."]
    assert statuses(report) == {"PDG": (1, 1, "ok"), "ONU": (1, 1, "ok"), "Alep": (1, 1, "ok")}
    assert report.strategy == "placeholder" and len(recorder.batches) == 1


def test_substitution_for_neural_engines_unelides_french() -> None:
    segment = "Selon l'Observatoire syrien des droits de l'homme et l'ONU"
    outputs, report, recorder = run(word_by_word(lambda w: w), [segment], "argos")
    # The engine saw the house renderings, with "l'" written out before a consonant.
    assert recorder.batches[0] == ["Selon le Syrian Observatory for Human Rights et l'UN"]
    assert outputs == ["According to the Syrian Observatory for Human Rights and the UN"]
    assert report.ok and report.strategy == "substitution"


def test_mangled_placeholders_are_still_restored() -> None:
    def mangle(text: str) -> str:  # like a subword decoder: splits and lower-cases unknown tokens
        return re.sub(r"Zx(\w+)q", lambda m: "zx " + m.group(1) + " q", word_by_word(lambda w: w)(text))

    outputs, report, _ = run(mangle, ["HTS et Alep"], "apertium")
    assert outputs == ["HTS and Aleppo"]
    assert report.ok


def test_a_mistranslation_is_replaced() -> None:
    # This engine copies nothing unknown verbatim: "Aleppo" and the placeholder come out wrong,
    # but the engine's rendering of the bare term ("managing director" for PDG) is recognised.
    def engine(text: str) -> str:
        return word_by_word(lambda w: w.lower() + "x")(text.replace("CEO", "PDG"))

    outputs, report, _ = run(engine, ["Le PDG a dit"], "transformers")
    assert outputs == ["The CEO has said"]
    assert statuses(report) == {"PDG": (1, 1, "repaired")}
    assert "replacement" in report.terms[0].enforced_by[0]


def test_split_is_the_last_resort() -> None:
    outputs, report, _ = run(
        word_by_word(lambda w: ""), ["Le PDG de l'ONU a dit que Alep est une ville."], "argos"
    )
    assert outputs == ["The CEO of the UN has said that Aleppo is a city."]
    assert {t.status for t in report.terms} == {"repaired"}
    assert all(t.enforced_by == ("split",) for t in report.terms)


def test_segments_without_terms_are_translated_once() -> None:
    outputs, _, recorder = run(word_by_word(lambda w: ""), ["la ville", "Alep est une ville"], "argos")
    assert outputs[0] == "the city"
    assert [b for b in recorder.batches if "la ville" in b] == [["la ville", "Aleppo est une ville"]]


def test_report_counts_and_dict() -> None:
    segments = ["Bachar al-Assad et Bachar.", "HTS, HTS et C++", "rien"]
    _, report, _ = run(word_by_word(lambda w: w), segments, "apertium")
    assert statuses(report) == {
        "Bachar al-Assad": (1, 1, "ok"),
        "Bachar": (1, 1, "ok"),
        "HTS": (2, 2, "ok"),
        "C++": (1, 1, "ok"),
    }
    data = report.to_dict()
    assert data["ok"] and data["occurrences"] == 5 and data["present"] == 5
    assert data["terms"][2] == {
        "source": "HTS",
        "target": "HTS",
        "keep": True,
        "occurrences": 2,
        "present": 2,
        "enforced_by": ["placeholder"],
        "status": "ok",
        "segments": [1],
    }


def test_missing_terms_make_the_report_not_ok() -> None:
    missing = TermReport("Alep", "Aleppo", False, 2, 1, ("substitution",), "missing", (0,))
    report = GlossaryReport(terms=(missing,), glossary_version="v")
    assert not report.ok and report.missing == (missing,)


# -- properties: protect/restore round trips --------------------------------------------------------

TERM_TEXTS = ["HTS", "Alep", "Bachar al-Assad", "Bachar", "ONU", "PDG", "Etats-Unis", "C++", "ALEP"]
FILLERS = [
    "la ville",
    "et",
    "à",
    "selon",
    "vendredi",
    "14.000",
    "« guerre »",
    "Zxbq",
    "zx",
    "_PH_1_",
    "(AFP)",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TERM_TEXTS), st.sampled_from(FILLERS)), min_size=1, max_size=10))
def test_placeholder_round_trip_through_an_identity_engine(words: list[str]) -> None:
    text = " ".join(words)
    expected = text
    for match in reversed(GLOSSARY.find(text)):
        expected = expected[: match.start] + match.rendering + expected[match.end :]
    outputs, report, _ = run(lambda s: s, [text], "apertium")
    assert outputs == [expected]
    assert report.ok
    assert sum(t.occurrences for t in report.terms) == len(GLOSSARY.find(text))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(TERM_TEXTS), st.sampled_from(FILLERS)), min_size=1, max_size=10))
def test_every_engine_strategy_yields_every_term(words: list[str]) -> None:
    text = " ".join(words)
    for name, engine in (("argos", word_by_word(lambda w: "")), ("apertium", word_by_word(str.lower))):
        _, report, _ = run(engine, [text, text], name)
        assert report.ok, (name, report.to_dict())


def _mangle_placeholders(seed: int) -> Callable[[str], str]:
    """An engine that re-spells placeholder-like tokens as subword decoders do: pieces split by
    spaces or underscores, case changed, a plural "s" added."""

    def translate(text: str) -> str:
        def mangle(match: re.Match[str]) -> str:
            token = match.group(0)
            style = (seed + len(token)) % 4
            if style == 0:
                return " ".join(token)
            if style == 1:
                return token.upper()
            if style == 2:
                return "_".join(token.lower())
            return token + "s"

        return re.sub(r"Zx\w+?q", mangle, text)

    return translate


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(TERM_TEXTS), st.sampled_from(FILLERS)), min_size=1, max_size=10),
    st.integers(min_value=0, max_value=3),
)
def test_mangled_placeholders_round_trip(words: list[str], seed: int) -> None:
    text = " ".join(words)
    outputs, report, recorder = run(_mangle_placeholders(seed), [text], "apertium")
    assert report.ok
    # Nothing but the first pass was needed: every mangled placeholder was recognised.
    assert len(recorder.batches) == 1
    assert "Zx" not in outputs[0].replace("Zxbq", "")


# -- end to end through Apertium -------------------------------------------------------------------

needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None, reason="apertium is not installed (bash scripts/install.sh)"
)

DISPATCH = (
    "Le PDG de la BCE et le FMI ont rencontré l'ASFC et la RDC à Londres. "
    "Selon l'OSDH, les jihadistes de HTS ont pris Alep et d'autres villes de la province d'Idleb. "
    "Les Etats-Unis et l'ONU ont condamné Bachar al-Assad."
)
HOUSE = [
    "CEO",
    "ECB",
    "IMF",
    "CBSA",
    "DRC",
    "London",
    "OSDH",
    "HTS",
    "Aleppo",
    "Idlib",
    "United States",
    "UN",
    "Bashar al-Assad",
]


def shipped() -> Glossary:
    return Glossary.merge(Glossary.builtin("syria-fr-en"), Glossary.builtin("wire-fr-en"))


@needs_apertium
def test_apertium_alone_gets_the_house_terms_wrong() -> None:
    plain = toolkit.translate(DISPATCH, source="fr", target="en", engine="apertium").text
    assert (
        sum(re.search(rf"(?<!\w){re.escape(term)}(?!\w)", plain) is not None for term in HOUSE)
        < len(HOUSE) / 2
    )


@needs_apertium
def test_apertium_with_the_shipped_glossaries() -> None:
    result = toolkit.translate(DISPATCH, source="fr", target="en", engine="apertium", glossary=shipped())
    for term in HOUSE:
        assert re.search(rf"(?<!\w){re.escape(term)}(?!\w)", result.text), (term, result.text)
    report = result.glossary_report
    assert report is not None and report.ok
    assert report.present == report.occurrences == 13
    assert result.to_dict()["glossary_report"]["terms"][0]["source"] == "PDG"


@needs_apertium
def test_apertium_with_glossary_files_and_elision() -> None:
    paths = [str(toolkit.resources.glossaries_dir() / f"{n}.yaml") for n in ("syria-fr-en", "wire-fr-en")]
    text = "ALEP (Syrie), 29 nov (AFP) - L’OSDH a fait état de combats autour d’Alep et jusqu'à Damas."
    result = toolkit.translate(text, source="fr", target="en", engine="apertium", glossary=paths)
    assert result.text.startswith("ALEPPO")
    assert "around Aleppo" in result.text and "Damascus" in result.text and "OSDH" in result.text
    assert result.glossary_report is not None and result.glossary_report.ok


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(st.text(max_size=8), st.sampled_from(TERM_TEXTS))).map("".join),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["apertium", "argos"]),
)
def test_any_text_any_strategy(segments: list[str], name: str) -> None:
    outputs, report, _ = run(lambda s: s, segments, name)
    assert len(outputs) == len(segments)
    assert report.ok
    assert report.occurrences == sum(len(GLOSSARY.find(s)) for s in segments)
