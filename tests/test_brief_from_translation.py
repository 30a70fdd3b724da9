"""A brief built from a Translation already made (a batch run translates the whole article): it
shows what a brief built the usual way shows, and no engine is called again. Real Apertium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from toolkit import Brief, Pipeline, UsageError
from toolkit.briefs import build_brief
from toolkit.translation import Translation

ROOT = Path(__file__).resolve().parent.parent
FRENCH = (ROOT / "examples" / "alep-offensive-fr.txt").read_text(encoding="utf-8")
GLOSSARIES = [ROOT / "glossaries" / "syria-fr-en.yaml", ROOT / "glossaries" / "wire-fr-en.yaml"]

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium")


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def pipeline() -> Iterator[Pipeline]:
    with Pipeline("apertium", glossary=GLOSSARIES) as reused:
        yield reused


@pytest.fixture(scope="module")
def translation(pipeline: Pipeline) -> Translation:
    return pipeline.translate(FRENCH, target="en", source="fr")


def _shown(brief: Brief) -> tuple[object, ...]:
    return (
        brief.headline,
        brief.lede,
        dict(brief.bullets),
        brief.key_figures,
        brief.dateline,
        brief.review,
        brief.order,
        brief.engine,
        brief.model,
        brief.engine_version,
        brief.glossary_version,
    )


def _engine_calls(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the segments the (real) engine is asked to translate from now on."""
    engine = pipeline.engine_for("fr", "en")
    calls: list[int] = []
    real = engine.translate_batch

    def counted(segments: list[str], source: str, target: str) -> list[str]:
        calls.append(len(segments))
        return real(segments, source, target)

    monkeypatch.setattr(engine, "translate_batch", counted)
    return calls


def test_summarize_first_from_a_translation_shows_the_same_and_translates_nothing(
    pipeline: Pipeline, translation: Translation, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = pipeline.brief(FRENCH, target="en", source="fr")
    calls = _engine_calls(pipeline, monkeypatch)
    reused = pipeline.brief(FRENCH, translation=translation)
    assert calls == []
    assert _shown(reused) == _shown(usual)
    assert reused.order == "summarize-first" and reused.bullets["long"] and reused.key_figures
    # The engine does run when no translation is given: the spy sees it.
    pipeline.brief(FRENCH, target="en", source="fr", lengths=("short",))
    assert sum(calls) > 0


def test_translate_first_from_a_translation_is_the_translate_first_brief(
    pipeline: Pipeline, translation: Translation, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = pipeline.brief(FRENCH, target="en", source="fr", order="translate-first")
    calls = _engine_calls(pipeline, monkeypatch)
    reused = pipeline.brief(FRENCH, translation=translation, order="translate-first")
    assert calls == [] and _shown(reused) == _shown(usual)


def test_no_translator_is_needed_and_the_languages_come_from_the_translation(
    translation: Translation,
) -> None:
    reused = build_brief(FRENCH, translation=translation, length="long")
    assert (reused.source_language, reused.target_language, reused.engine) == ("fr", "en", "apertium")
    assert reused.headline and reused.lede and reused.bullets["long"]


def test_a_translation_of_another_text_or_pair_is_refused(translation: Translation) -> None:
    with pytest.raises(UsageError, match="another text"):
        build_brief(FRENCH.replace("Alep", "Homs"), translation=translation)
    with pytest.raises(UsageError, match="fr→en"):
        build_brief(FRENCH, translation=translation, target="es")
