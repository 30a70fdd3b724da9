"""toolkit.Pipeline through the real Apertium engine: order, streaming, error policies, reuse, threads."""

from __future__ import annotations

import itertools
import shutil
import threading
from pathlib import Path

import pytest

import toolkit
from toolkit.errors import InputError, UsageError
from toolkit.pipeline import ItemResult, Pipeline

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None, reason="needs Debian's apertium (scripts/install.sh)"
)

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "La ville est grande.",
    "Les rebelles ont pris le contrôle de la ville.",
    "Le gouvernement a démenti.",
    "Les combats ont fait au moins 35 morts.",
    "La Banque centrale européenne a abaissé ses taux.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    with Pipeline("apertium") as pipeline:
        yield pipeline


@pytest.fixture(scope="module")
def expected(pipe: Pipeline) -> list[str]:
    return [pipe.translate(text, target="es", source="fr").text for text in TEXTS]


def test_pipeline_is_exported() -> None:
    assert toolkit.Pipeline is Pipeline and "Pipeline" in toolkit.__all__


def test_translate_many_keeps_input_order_at_any_batch_size(pipe: Pipeline, expected: list[str]) -> None:
    got = [t.text for t in pipe.translate_many(TEXTS, target="es", source="fr", batch_size=1)]
    assert got == expected
    # Apertium's output for a sentence may depend on its batch neighbours, so larger batches are
    # checked for order through each result's own source segments.
    for size in (2, 32):
        results = list(pipe.translate_many(TEXTS, target="es", source="fr", batch_size=size))
        assert ["".join(s.source for s in t.segments) for t in results] == TEXTS
    assert all(t.engine == "apertium" for t in pipe.translate_many(TEXTS[:2], target="es", source="fr"))


def test_translate_many_streams_from_an_endless_input(pipe: Pipeline) -> None:
    endless = itertools.cycle(TEXTS[:2])
    first = list(itertools.islice(pipe.translate_many(endless, target="es", source="fr", batch_size=2), 3))
    assert [t.text for t in first] == [first[0].text, first[1].text, first[0].text]


def test_error_policy_raise_stops_at_the_bad_text_after_yielding_the_good_ones(
    pipe: Pipeline, expected: list[str]
) -> None:
    stream = pipe.translate_many([TEXTS[0], "   ", TEXTS[1]], target="es", source="fr", batch_size=1)
    assert next(stream).text == expected[0]
    with pytest.raises(InputError, match="empty"):
        next(stream)


def test_error_policy_skip_leaves_bad_texts_out(pipe: Pipeline, expected: list[str]) -> None:
    texts = [TEXTS[0], "", TEXTS[1], "\n\n", TEXTS[2]]
    got = [t.text for t in pipe.translate_many(texts, target="es", source="fr", errors="skip")]
    assert got == expected[:3]


def test_error_policy_collect_gives_one_result_per_text_in_order(pipe: Pipeline, expected: list[str]) -> None:
    texts = [TEXTS[0], "", TEXTS[1]]
    results = list(pipe.translate_many(texts, target="es", source="fr", errors="collect", batch_size=3))
    assert [r.index for r in results] == [0, 1, 2]
    assert [r.ok for r in results] == [True, False, True]
    assert results[0].unwrap().text == expected[0] and results[2].unwrap().text == expected[1]
    assert isinstance(results[1], ItemResult) and isinstance(results[1].error, InputError)
    with pytest.raises(InputError):
        results[1].unwrap()


def test_a_failing_pair_fails_every_text_under_collect(pipe: Pipeline) -> None:
    results = list(pipe.translate_many(TEXTS[:2], target="de", source="fr", errors="collect"))
    assert [r.ok for r in results] == [False, False]
    assert all("de" in str(r.error) for r in results)


def test_bad_arguments_are_usage_errors(pipe: Pipeline) -> None:
    with pytest.raises(UsageError, match="errors must be one of"):
        list(pipe.translate_many(TEXTS, target="es", errors="ignore"))  # type: ignore[call-overload]
    with pytest.raises(UsageError, match="batch_size"):
        list(pipe.translate_many(TEXTS, target="es", batch_size=0))
    with pytest.raises(UsageError, match="batch_size"):
        Pipeline(batch_size=0)


def test_engine_and_glossary_are_loaded_once() -> None:
    paths = [ROOT / "glossaries" / "syria-fr-en.yaml", ROOT / "glossaries" / "wire-fr-en.yaml"]
    with Pipeline("apertium", glossary=paths) as pipe:
        assert pipe.glossary is pipe.glossary and pipe.glossary is not None
        engine = pipe.engine_for("fr", "es")
        result = pipe.translate(TEXTS[0], target="es", source="fr")
        assert pipe.engine_for("fr", "es") is engine
        assert result.glossary_version == pipe.glossary.version


def test_memory_path_is_opened_once_and_caches_segments(tmp_path: Path) -> None:
    with Pipeline("apertium", memory=tmp_path / "memory.sqlite3") as pipe:
        first = pipe.translate(TEXTS[1], target="es", source="fr")
        again = pipe.translate(TEXTS[1], target="es", source="fr")
    assert again.text == first.text
    assert not any(s.from_memory for s in first.segments) and all(s.from_memory for s in again.segments)


def test_threads_sharing_a_pipeline_get_the_serial_results(pipe: Pipeline) -> None:
    expected = [t.text for t in pipe.translate_many(TEXTS, target="es", source="fr", batch_size=2)]
    got: dict[int, list[str]] = {}

    def work(n: int) -> None:
        got[n] = [t.text for t in pipe.translate_many(TEXTS, target="es", source="fr", batch_size=2)]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == {n: expected for n in range(3)}


def test_closed_pipeline_refuses_work() -> None:
    pipe = Pipeline("apertium")
    pipe.translate(TEXTS[0], target="es", source="fr")
    pipe.close()
    pipe.close()  # idempotent
    with pytest.raises(UsageError, match="closed"):
        pipe.translate(TEXTS[0], target="es", source="fr")


def test_brief_many_streams_briefs_in_order_with_the_error_policy(pipe: Pipeline) -> None:
    articles = [
        (ROOT / "examples" / "batch" / "articles" / name).read_text(encoding="utf-8")
        for name in ("goma-deplaces-fr.txt", "crues-gard-fr.txt")
    ]
    # Apertium has no German: that brief fails, its neighbours don't.
    german = (
        "Die Regierung hat am Montag neue Maßnahmen angekündigt, um die hohe Inflation im Land zu bekämpfen."
    )
    results = list(
        pipe.brief_many(
            [articles[0], german, articles[1]],
            target="es",
            lengths=["headline", "short"],
            errors="collect",
        )
    )
    assert [r.ok for r in results] == [True, False, True]
    first, third = results[0].unwrap(), results[2].unwrap()
    assert (first.source_language, first.target_language, first.engine) == ("fr", "es", "apertium")
    assert "Goma" in first.headline and third.headline != first.headline
    assert first.lengths == ("headline", "short")
    assert "de" in str(results[1].error)
    skipped = list(pipe.brief_many([articles[0], german], target="es", errors="skip"))
    assert [b.headline for b in skipped] == [first.headline]
    # The Pipeline's default template renders; another shipped one can be asked for.
    assert "\n# " in pipe.render(first) and "## Por revisar" in pipe.render(first)
    assert "<" in pipe.render(first, "brief.html.j2")
    assert pipe.render(first, format="html").startswith("<!DOCTYPE html>")
