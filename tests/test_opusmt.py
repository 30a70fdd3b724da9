"""OPUS-MT without torch: a Tatoeba-style zip (Marian model.npz built with numpy) converts and translates.

The conversion and the translations run in child Pythons where ``import torch`` (and transformers)
fails, as on a machine that never installed them. Random weights: properties only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from toolkit import models, opusmt
from toolkit.errors import InputError, IntegrityError, ModelNotFoundError
from toolkit.testing.local_http import serve_folder
from toolkit.testing.marian import build_opus_zip

pytest.importorskip("ctranslate2")
pytest.importorskip("sacremoses")

# Makes torch and transformers unimportable in a child process, then runs the test's code.
_NO_TORCH = """
import sys

class _NoTorch:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "transformers"):
            raise ImportError(f"{name} is blocked: this test runs without torch")
        return None

sys.meta_path.insert(0, _NoTorch())
"""


def run_without_torch(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    script = _NO_TORCH + textwrap.dedent(code) + "\nassert 'torch' not in sys.modules, 'torch was imported'\n"
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


@pytest.fixture(scope="module")
def opus_zips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("opus")
    return {
        "fr-en": build_opus_zip("fr", "en", out),
        "en-multi": build_opus_zip("en", "fr", out, multi_target=True, seed=2),
    }


def test_zip_converts_and_translates_with_torch_absent(opus_zips: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "pk"
    result = run_without_torch(
        f"""
        import json, toolkit
        from toolkit import engines, opusmt
        try:
            import torch
        except ImportError:
            pass
        else:
            raise SystemExit("torch is importable")
        package = opusmt.install_opus("fr", "en", {str(opus_zips["fr-en"])!r}, {str(root)!r})
        engine = engines.create("argos", model={str(root)!r})
        sentences = ["Le président a parlé hier à Alep.", "Bonjour.", "Selon l'OSDH, 14 000 civils ont fui."]
        out = engine.translate_batch(sentences, "fr", "en")
        again = engine.translate_batch(sentences, "fr", "en")
        doc = toolkit.translate("Alep.\\n\\nLe président a parlé hier.", source="fr", target="en",
                                engine="argos", model={str(root)!r})
        print(json.dumps({{"tokenizer": package.tokenizer, "license": package.license,
                          "prefix": package.source_prefix, "out": out, "again": again,
                          "doc": doc.text, "model": doc.model}}))
        """
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.splitlines()[-1])
    assert data["tokenizer"] == "opus" and data["license"] == "CC-BY-4.0" and data["prefix"] == ""
    assert data["out"] == data["again"] and all(data["out"]) and len(set(data["out"])) == 3
    assert data["doc"] and data["model"].startswith("opus-fr_en-")
    (package,) = models.list_models(root)
    for kept in ("source.spm", "target.spm", "README.md", "LICENSE", "model/model.bin"):
        assert (package.path / kept).is_file(), kept
    assert (package.path / "source.spm").read_bytes() != (package.path / "target.spm").read_bytes()
    config = json.loads((package.path / "model" / "config.json").read_text())
    assert config["add_source_eos"] is True


def test_multi_target_model_gets_the_target_token_on_the_source(
    opus_zips: dict[str, Path], tmp_path: Path
) -> None:
    import ctranslate2
    import sentencepiece

    package = opusmt.install_opus("en", "fr", str(opus_zips["en-multi"]), tmp_path)
    assert package.source_prefix == ">>fra<<"
    from toolkit import engines

    engine = engines.create("argos", model=str(tmp_path), compute_type="float32", max_decoding_length=10)
    sentences = ["The president spoke in Aleppo yesterday.", "Hello."]
    ours = engine.translate_batch(sentences, "en", "fr")
    # The same call by hand: normalized text, source.spm pieces after the token, target.spm decoding.
    source = sentencepiece.SentencePieceProcessor(model_file=str(package.path / "source.spm"))
    target = sentencepiece.SentencePieceProcessor(model_file=str(package.path / "target.spm"))
    translator = ctranslate2.Translator(str(package.path / "model"), compute_type="float32")
    pieces = [[">>fra<<", *p] for p in source.encode(sentences, out_type=str)]
    raw = translator.translate_batch(pieces, beam_size=1, max_decoding_length=10)
    assert ours == [target.decode(r.hypotheses[0]).replace("\u2581", " ").strip() for r in raw]
    with pytest.raises(ModelNotFoundError, match="cannot translate into ja"):
        opusmt.install_opus("en", "ja", str(opus_zips["en-multi"]), tmp_path / "other")


@pytest.fixture
def opus_server(opus_zips: dict[str, Path]) -> Iterator[str]:
    with serve_folder(opus_zips["fr-en"].parent) as base:
        yield base


def test_download_is_verified_pinned_and_replayed_from_the_lock(
    opus_zips: dict[str, Path], opus_server: str, tmp_path: Path
) -> None:
    url = f"{opus_server}/fr-en.zip"
    digest = models.file_sha256(opus_zips["fr-en"])
    with pytest.raises(IntegrityError, match="nothing was installed"):
        opusmt.install_opus("fr", "en", url, tmp_path / "a", sha256="f" * 64, progress=False)
    assert models.list_models(tmp_path / "a") == []
    installed = opusmt.install_opus("fr", "en", url, tmp_path / "a", sha256=digest, progress=False)
    assert (installed.sha256, installed.origin) == (digest, url)
    (entry,) = models.read_lock(tmp_path / "a" / "models.lock")
    assert (entry.kind, entry.url, entry.sha256) == ("opus", url, digest)
    lock = tmp_path / "a" / "models.lock"
    (again,) = models.install_locked(directory=tmp_path / "b", lock=lock, progress=False)
    assert again.tokenizer == "opus" and again.sha256 == digest


def test_cli_installs_a_local_zip_without_torch(opus_zips: dict[str, Path], tmp_path: Path) -> None:
    article = tmp_path / "depeche.txt"
    article.write_text("Alep sous les bombes\n\nLe président a parlé hier à Alep.\n", encoding="utf-8")
    env = {"TOOLKIT_MODELS_DIR": str(tmp_path / "pk"), "TOOLKIT_CACHE_DIR": str(tmp_path / "cache")}
    result = run_without_torch(
        f"""
        from toolkit.cli import app
        for args in (["models", "install", "fr", "en", "--source", {str(opus_zips["fr-en"])!r}, "-q"],
                     ["models", "list"],
                     ["translate", {str(article)!r}, "--from", "fr", "--to", "en",
                      "--engine", "argos", "--json"]):
            try:
                app(args)
            except SystemExit as exit:
                assert not exit.code, (args, exit.code)
        """,
        env,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("installed fr→en (fr-en, opus, CC-BY-4.0)")
    assert "\topus\tCC-BY-4.0\tsha256:" in lines[1]
    assert json.loads(lines[-1])["text"].strip()


def test_bad_zips_are_one_line_errors(opus_zips: dict[str, Path], tmp_path: Path) -> None:
    text = tmp_path / "x.zip"
    text.write_text("not a zip")
    with pytest.raises(InputError, match="not a zip archive"):
        opusmt.install_opus("fr", "en", str(text), tmp_path / "pk")
    import zipfile

    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(opus_zips["fr-en"]) as old, zipfile.ZipFile(broken, "w") as new:
        for item in old.infolist():
            if not item.filename.endswith(".npz"):
                new.writestr(item, old.read(item))
    with pytest.raises(InputError, match="cannot convert this OPUS-MT model") as info:
        opusmt.install_opus("fr", "en", str(broken), tmp_path / "pk")
    assert "\n" not in str(info.value)
    assert models.list_models(tmp_path / "pk") == []
    assert [p.name for p in (tmp_path / "pk").iterdir() if p.is_dir()] == []


def test_tatoeba_url_pattern() -> None:
    # Only the string is built: nothing is fetched.
    assert urlsplit(opusmt.TATOEBA_BASE_URL).scheme == "https"
    assert opusmt.tatoeba_url("fr", "en") == (
        f"{opusmt.TATOEBA_BASE_URL}/fra-eng/opusTCv20210807+bt_transformer-big_2022-03-09.zip"
    )
    assert opusmt.tatoeba_url("de", "en", "opus-2021-02-22").endswith("/deu-eng/opus-2021-02-22.zip")
    with pytest.raises(ModelNotFoundError, match="--release NAME"):
        opusmt.tatoeba_url("de", "en")


def test_doctor_says_per_pair_which_model_each_source_gives(
    opus_zips: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from toolkit.cli import app
    from toolkit.doctor import diagnose

    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(tmp_path))
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "cache"))
    installed = opusmt.install_opus("fr", "en", str(opus_zips["fr-en"]))
    rows = {(r.source, r.target, r.origin): r for r in diagnose().sources}
    opus, argos = rows["fr", "en", "opus"], rows["fr", "en", "argos"]
    assert opus.installed == installed.name and opus.license == "CC-BY-4.0"
    assert "transformer-big" in opus.model and opus.command.endswith("--source opus")
    assert argos.installed == "" and argos.command == "toolkit models install fr en"
    assert ("en", "fr", "opus") in rows
    result = CliRunner().invoke(app, ["doctor"])
    assert "Model sources" in result.output and "licence: CC-BY-4.0" in result.output
    sources = json.loads(CliRunner().invoke(app, ["doctor", "--json"]).output)["sources"]
    assert {"source": "fr", "target": "en", "origin": "opus", "installed": installed.name}.items() <= next(
        s for s in sources if (s["source"], s["target"], s["origin"]) == ("fr", "en", "opus")
    ).items()
