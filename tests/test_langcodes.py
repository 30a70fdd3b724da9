"""Language codes: one validation for the CLI and the library; bad codes and missing pairs exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import toolkit
from toolkit import engines
from toolkit.cli import app
from toolkit.errors import ModelNotFoundError, PairNotAvailableError, UsageError
from toolkit.langcodes import check, check_many

ARTICLE = "Le ministre a parlé hier à Alep. L'armée a repris la ville.\n"


@pytest.fixture(autouse=True)
def _no_argos_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path / "packages"))
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_codes_are_iso_639_codes_cldr_knows():
    assert check("fr") == "fr" and check("ast") == "ast" and check("yue") == "yue"
    assert check("fra") == "fr" and check("deu") == "de" and check("iw") == "he"
    assert check_many("en, es,en") == ("en", "es") and check_many(["de"]) == ("de",)
    for bad, hint in [
        ("xx", "such as 'en'"),
        ("EN", "did you mean 'en' (English)?"),
        ("english", "did you mean 'en' (English)?"),
        ("French", "did you mean 'fr' (French)?"),
        ("en,es", "give one language here"),
        ("und", "such as 'en'"),
        ("", "such as 'en'"),
        ("e", "such as 'en'"),
        ("en-US", "such as 'en'"),
    ]:
        with pytest.raises(UsageError, match="is not a language code") as caught:
            check(bad, "target")
        assert hint in str(caught.value) and caught.value.exit_code == 2
    with pytest.raises(UsageError, match="is not a language code"):
        check(None)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="'xx' is not a language code"):
        check_many("en,xx")
    with pytest.raises(UsageError, match="no target language"):
        check_many(" , ")


@pytest.mark.parametrize(
    "options",
    [
        ["--to", "xx"],
        ["--to", "EN"],
        ["--to", "english"],
        ["--to", "en,es"],
        ["--from", "xx", "--to", "en"],
        ["--from", "fr", "--to", "zz", "--engine", "argos"],
        ["--from", "fr", "--to", "zz", "--engine", "transformers"],
    ],
)
@pytest.mark.parametrize("command", ["translate", "brief"])
@pytest.mark.parametrize("engine", [["--engine", "apertium"], []])
def test_cli_bad_codes_exit_2_in_one_line(article, command, options, engine):
    if "--engine" in options:
        engine = []
    result = CliRunner().invoke(app, [command, str(article), *options, *engine])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "is not a language code" in result.stderr
    assert "install" not in result.stderr


def test_cli_missing_pair_lists_what_is_available(article):
    options = ["--from", "fr", "--to", "de", "--engine", "apertium"]
    result = CliRunner().invoke(app, ["translate", str(article), *options])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1
    assert "the apertium engine has no fr→de pair; available: fr→" in result.stderr
    assert "apt-get install" not in result.stderr  # no guessed package names
    result = CliRunner().invoke(app, ["brief", str(article), "--from", "fr", "--to", "de"])
    assert result.exit_code == 2, result.output
    assert "no engine has a fr→de pair; available: " in result.stderr and "apertium: fr→" in result.stderr


def test_cli_batch_and_summarize_check_codes_too(article, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for targets in ("en,xx", "EN", "english"):
        result = CliRunner().invoke(app, ["batch", str(folder), str(tmp_path / "out"), "--to", targets])
        assert result.exit_code == 2 and "is not a language code" in result.stderr, result.output
    result = CliRunner().invoke(app, ["summarize", str(article), "--language", "xx"])
    assert result.exit_code == 2 and "is not a language code" in result.stderr


def test_library_checks_codes_before_any_work():
    with pytest.raises(UsageError, match="target 'xx' is not a language code"):
        toolkit.translate(ARTICLE, target="xx", engine="apertium")
    with pytest.raises(UsageError, match="source 'EN' is not a language code"):
        toolkit.translate(ARTICLE, source="EN", target="es", engine="apertium")
    with pytest.raises(UsageError, match="did you mean 'en'"):
        toolkit.brief(ARTICLE, target="english", engine="apertium")
    with toolkit.Pipeline(engine="apertium") as pipe:
        # Raised at once, not collected as one failure per text.
        with pytest.raises(UsageError, match="not a language code"):
            pipe.translate_many([ARTICLE], target="en,es", errors="collect")
        with pytest.raises(UsageError, match="not a language code"):
            pipe.brief_many([ARTICLE], target="xx", errors="collect")
    assert toolkit.translate("Le chat noir.", source="fra", target="spa", engine="apertium").text


def test_missing_pairs_are_usage_errors_that_name_the_available_ones():
    with pytest.raises(PairNotAvailableError) as caught:
        engines.choose("fr", "de")
    assert isinstance(caught.value, ModelNotFoundError) and caught.value.exit_code == 2
    assert "apertium: fr→" in str(caught.value)
    with pytest.raises(PairNotAvailableError, match="the apertium engine has no fr→de pair"):
        toolkit.translate(ARTICLE, source="fr", target="de", engine="apertium")
