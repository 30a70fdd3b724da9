"""The character n-gram model behind detection: rules, scores, batches."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit._ngram import HASH_MULTIPLIER, NgramModel, fingerprint, model_languages
from toolkit.detection import supported_languages


@pytest.fixture(scope="module")
def model() -> NgramModel:
    return NgramModel()


def best(model: NgramModel, text: str) -> str:
    return model.scores([text])[0][0][0]


def test_languages_are_the_detectors() -> None:
    languages = model_languages()
    assert len(languages) == 75
    assert set(languages) == supported_languages()
    assert {"fr", "en", "ar", "zh", "ja", "nb", "nn", "he"} <= set(languages)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("bonjour", "fr"),
        ("déplacés", "fr"),
        ("the offensive", "en"),
        ("Straße", "de"),  # ß: only German uses it
        ("καλημέρα", "el"),  # Greek script: one language
        ("ありがとう", "ja"),  # kana
        ("镕", "zh"),  # a Han character no model has seen is still Chinese
        ("안녕하세요", "ko"),
        ("Привет мир", "ru"),
        ("مرحبا بالعالم", "ar"),
    ],
)
def test_short_texts(model: NgramModel, text: str, language: str) -> None:
    assert best(model, text) == language


def test_scores_are_probabilities_best_first(model: NgramModel) -> None:
    (ranked,) = model.scores(["maison"], keep=75)
    values = [value for _, value in ranked]
    assert values == sorted(values, reverse=True)
    assert math.isclose(sum(values), 1.0, rel_tol=1e-5)
    assert len(model.scores(["maison"], keep=3)[0]) == 3


def test_texts_without_known_letters_have_no_scores(model: NgramModel) -> None:
    assert model.scores(["123 !?", "ሰላም"]) == [[], []]  # no letters; Ethiopic, no model
    assert model.scores([]) == []


def test_a_text_scores_the_same_alone_and_in_any_batch(model: NgramModel) -> None:
    texts = ["bonjour", "Selon l'OSDH, au moins 242 morts.", "καλημέρα", "drøftinger innføring", "x" * 300]
    alone = [model.scores([text])[0] for text in texts]
    assert model.scores(texts) == alone
    assert model.scores(texts[::-1]) == alone[::-1]


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.text(max_size=40), max_size=6))
def test_any_text_gets_a_well_formed_answer(model: NgramModel, texts: list[str]) -> None:
    results = model.scores(texts)
    assert len(results) == len(texts)
    for ranked in results:
        assert all(code in supported_languages() and 0 < value <= 1 for code, value in ranked)


def test_keys_are_the_builders(model: NgramModel) -> None:
    # The build script folds character ids with HASH_MULTIPLIER and fingerprints the result; a
    # trigram every Latin-script model knows must be found under that key.
    ids = [int(model._id_of[ord(ch)]) for ch in "ent"]
    folded = 0
    for char_id in ids:
        folded = (folded * HASH_MULTIPLIER + char_id) % 2**64
    key = fingerprint(np.array([folded], dtype=np.uint64))[0]
    trigrams = model._orders[2]
    at = int(np.searchsorted(trigrams.keys, key))
    assert trigrams.keys[at] == key
    languages = {model.languages[i] for i in trigrams.langs[trigrams.start[at] : trigrams.start[at + 1]]}
    assert {"fr", "en", "de"} <= languages


def test_long_texts_and_long_lists_are_read_in_bounded_pieces(model: NgramModel) -> None:
    # Only the start of a very long text is read, and a long list is scored group by group: a
    # megabyte of English does not need gigabytes of score matrices.
    assert best(model, "the rebels took the city " * 40_000) == "en"
    results = model.scores(["la ville est tombée aux mains des rebelles"] * 5_000)
    assert len(results) == 5_000
    assert {ranked[0][0] for ranked in results} == {"fr"}


def test_a_missing_model_file_says_how_to_build_it(tmp_path: Path) -> None:
    from toolkit.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="build_langid_model.py --fetch"):
        NgramModel(tmp_path / "_langid.npz")
