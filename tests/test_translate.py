"""toolkit.translate / Pipeline end to end with the real Apertium engine and real SQLite memory."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

import toolkit
from toolkit.engines.apertium import ApertiumEngine
from toolkit.errors import InputError, ModelNotFoundError, UsageError
from toolkit.glossary import Glossary
from toolkit.pipeline import Pipeline
from toolkit.resources import glossaries_dir
from toolkit.translation import Segment, Translation

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")

ARTICLE = (
    "Syrie : les rebelles prennent Alep\n\n"
    "ALEP (Syrie), 29 nov (AFP) - Les rebelles ont pris la ville vendredi. Le ministre a démenti.\n\n"
    "Selon l'OSDH, au moins 242 personnes ont été tuées.\n"
)
DOCUMENTS = [
    "Le chat noir dort.",
    "Les rebelles ont pris la ville.\n\nLe ministre a parlé. Il est parti.",
    "Plus de 14.000 personnes ont été déplacées.",
    "Le chat noir dort.",
]


class CountingEngine:
    """The real Apertium engine, counting the segments it is asked to translate."""

    def __init__(self) -> None:
        self.inner = ApertiumEngine()
        self.name = self.inner.name
        self.preferred_batch_size = self.inner.preferred_batch_size
        self.copies_unknown_tokens = self.inner.copies_unknown_tokens
        self.calls: list[list[str]] = []

    def pairs(self) -> set[tuple[str, str]]:
        return self.inner.pairs()

    def model_id(self, source: str, target: str) -> str:
        return self.inner.model_id(source, target)

    def version(self) -> str:
        return self.inner.version()

    def translate_batch(self, segments: Sequence[str], source: str, target: str) -> list[str]:
        self.calls.append(list(segments))
        return self.inner.translate_batch(segments, source, target)

    def close(self) -> None:
        self.inner.close()


def test_translate_gives_text_segments_and_provenance() -> None:
    result = toolkit.translate(ARTICLE, source="fr", target="en", engine="apertium")
    assert isinstance(result, Translation)
    assert (result.source_language, result.target_language, result.engine) == ("fr", "en", "apertium")
    assert result.model is not None and "fr-es@" in result.model and "spa-eng@" in result.model
    assert result.engine_version and result.engine_version.startswith("Apertium")
    assert result.text.startswith("Syria") and result.text.endswith("\n")
    assert result.text.count("\n\n") == ARTICLE.count("\n\n")
    for segment in result.segments:
        assert isinstance(segment, Segment)
        assert ARTICLE[segment.start : segment.end] == segment.source
        assert segment.target and not segment.from_memory
    # The dateline is its own segment: everything is translated.
    assert any(s.source == "ALEP (Syrie), 29 nov (AFP) -" for s in result.segments)
    assert result.glossary_version is None
    assert result.timings.total >= result.timings.engine >= 0
    data = json.loads(json.dumps(result.to_dict()))
    assert data["engine"] == "apertium" and len(data["segments"]) == len(result.segments)
    assert set(data["timings"]) == {"prepare", "engine", "glossary", "fidelity", "total"}


def test_same_language_returns_the_text_unchanged() -> None:
    result = toolkit.translate(ARTICLE, source="fr", target="fr")
    assert result.text == ARTICLE
    assert result.engine == "none" and result.model is None
    assert all(s.source == s.target for s in result.segments)


def test_translate_many_batches_across_documents_like_one_by_one() -> None:
    engine = CountingEngine()
    with Pipeline(engine) as pipeline:
        together = list(pipeline.translate_many(DOCUMENTS, source="fr", target="es"))
        assert len(engine.calls) == 1  # four documents, one engine call (duplicates sent once)
        assert len(engine.calls[0]) == 5
        alone = [pipeline.translate(d, source="fr", target="es") for d in DOCUMENTS]
    assert [t.text for t in together] == [t.text for t in alone]
    assert together[0].text == "El gato negro duerme."
    assert together[1].text.count("\n\n") == 1


def test_small_batch_size_splits_engine_calls() -> None:
    engine = CountingEngine()
    with Pipeline(engine, batch_size=2) as pipeline:
        results = list(pipeline.translate_many(DOCUMENTS, source="fr", target="es"))
    assert [len(c) for c in engine.calls] == [2, 2, 1]
    assert [r.text for r in results][0] == "El gato negro duerme."


def test_memory_serves_repeats_without_the_engine(tmp_path: Path) -> None:
    engine = CountingEngine()
    with Pipeline(engine, memory=tmp_path / "tm.sqlite3") as pipeline:
        first = pipeline.translate(ARTICLE, source="fr", target="en")
        calls = len(engine.calls)
        second = pipeline.translate(ARTICLE, source="fr", target="en")
        assert len(engine.calls) == calls  # every segment came from memory
        assert pipeline.memory is not None and pipeline.memory.stats().entries == len(first.segments)
    assert second.text == first.text
    assert all(s.from_memory for s in second.segments)
    assert not any(s.from_memory for s in first.segments)


def test_glossary_is_applied_and_reported() -> None:
    path = glossaries_dir() / "syria-fr-en.yaml"
    result = toolkit.translate(ARTICLE, source="fr", target="en", engine="apertium", glossary=path)
    assert result.glossary_version == Glossary.load(path).version
    assert result.glossary_report is not None
    assert result.to_dict()["glossary_report"]["glossary_version"] == result.glossary_version


def test_several_glossaries_merge() -> None:
    paths = sorted(glossaries_dir().glob("*-fr-en.yaml"))
    with Pipeline("apertium", glossary=paths) as pipeline:
        assert pipeline.glossary is not None
        assert pipeline.glossary.version == Glossary.merge(*(Glossary.load(p) for p in paths)).version


def test_glossary_with_many_documents_matches_one_by_one() -> None:
    path = glossaries_dir() / "syria-fr-en.yaml"
    texts = [ARTICLE, "Les forces de Bachar al-Assad ont reculé à Alep.", ARTICLE]
    with Pipeline("apertium", glossary=path) as pipeline:
        together = list(pipeline.translate_many(texts, source="fr", target="en"))
        alone = [pipeline.translate(t, source="fr", target="en") for t in texts]
    assert [t.text for t in together] == [t.text for t in alone]
    assert [t.glossary_report for t in together] == [t.glossary_report for t in alone]


def test_glossary_enforcement_of_many_documents_shares_engine_calls_on_one_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = glossaries_dir() / "syria-fr-en.yaml"
    texts = [ARTICLE, "Les forces de Bachar al-Assad ont reculé à Alep.", "Kiev a besoin d'aide à Alep."]
    alone = []
    for text in texts:
        engine = CountingEngine()
        with Pipeline(engine, glossary=path) as pipeline:
            alone.append((pipeline.translate(text, source="fr", target="en").text, len(engine.calls)))
    started = threading.Thread.start
    monkeypatch.setattr(threading.Thread, "start", lambda thread: pytest.fail("a thread was started"))
    engine = CountingEngine()
    with Pipeline(engine, glossary=path) as pipeline:
        together = [t.text for t in pipeline.translate_many(texts, source="fr", target="en")]
    monkeypatch.setattr(threading.Thread, "start", started)
    assert together == [text for text, _ in alone]
    # The documents' requests (first pass, repairs) went out together: as many calls as the
    # document that needed most, not the sum.
    assert len(engine.calls) == max(calls for _, calls in alone) < sum(calls for _, calls in alone)


def test_translate_segments_for_chosen_sentences() -> None:
    with Pipeline("apertium") as pipeline:
        done = pipeline.translate_segments(["Le chat noir.", "Bonjour."], source="fr", target="es")
        assert done.outputs == ("El gato negro.", "Saludo.")
        assert done.glossary_report is not None
        same = pipeline.translate_segments(["Le chat."], source="fr", target="fr")
        assert same.outputs == ("Le chat.",)


def test_engine_instance_is_not_closed_by_the_pipeline() -> None:
    engine = CountingEngine()
    with Pipeline(engine) as pipeline:
        pipeline.translate("Le chat.", source="fr", target="es")
    assert engine.translate_batch(["Le chat."], "fr", "es") == ["El gato."]


def test_closed_pipeline_refuses_work() -> None:
    pipeline = Pipeline("apertium")
    pipeline.close()
    pipeline.close()
    with pytest.raises(UsageError, match="closed"):
        pipeline.translate("Le chat.", source="fr", target="es")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"target": "english", "source": "fr"}, UsageError),
        ({"target": "en", "source": "French"}, UsageError),
        ({"target": "en", "source": "fr", "engine": "babelfish"}, UsageError),
        ({"target": "de", "source": "fr", "engine": "apertium"}, ModelNotFoundError),
    ],
)
def test_bad_arguments(kwargs: dict[str, str], error: type[Exception]) -> None:
    with pytest.raises(error):
        toolkit.translate("Le chat.", **kwargs)


def test_empty_text_is_bad_input() -> None:
    with pytest.raises(InputError):
        toolkit.translate("  \n ", source="fr", target="en", engine="apertium")


def test_missing_pair_message_names_the_install_command() -> None:
    wanted = r"the apertium engine has no fr→de pair; available: fr→.*`apt-cache search apertium`"
    with pytest.raises(ModelNotFoundError, match=wanted):
        toolkit.translate("Le chat.", source="fr", target="de", engine="apertium")


def test_source_language_is_detected_per_document() -> None:
    texts = [
        "Les rebelles ont pris la ville vendredi, selon l'Observatoire syrien des droits de l'homme.",
        "Los rebeldes tomaron la ciudad el viernes, según el Observatorio sirio de derechos humanos.",
    ]
    with Pipeline("apertium") as pipeline:
        results = list(pipeline.translate_many(texts, target="en"))
    assert [r.source_language for r in results] == ["fr", "es"]
    assert all(r.text.startswith("The rebel") for r in results)


def test_text_without_language_is_bad_input() -> None:
    with pytest.raises(InputError):
        toolkit.translate("12 345 — 67 !", target="en", engine="apertium")


def test_translate_many_checks_arguments_before_iterating() -> None:
    with Pipeline("apertium") as pipeline:
        with pytest.raises(UsageError):
            pipeline.translate_many(["Le chat."], target="english")
        with pytest.raises(UsageError):
            pipeline.translate_many(["Le chat."], target="es", batch_size=0)


def test_every_translation_carries_a_reproducible_signature() -> None:
    result = toolkit.translate("Le chat noir dort.", source="fr", target="en", engine="apertium")
    fields = dict(part.split(":", 1) for part in result.signature.split("|"))
    assert fields["toolkit"] == toolkit.__version__ and fields["pair"] == "fr-en"
    assert fields["engine"].startswith("apertium@Apertium") and fields["model"] == result.model
    assert result.to_dict()["signature"] == result.signature
