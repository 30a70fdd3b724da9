"""A batch item translates its article once: the brief is built from the item's Translation, so no
segment reaches the engine twice. The engine is a separately packaged plugin (installed through
the ``toolkit.engines`` entry point) that logs every segment it is asked to translate."""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

from toolkit.testing.plugins import TOY_ENGINE_LOG, install_toy_engine

ARTICLE = (
    "Crues dans le Gard : trois communes évacuées\n\n"
    "NÎMES, 14 octobre (AFP) - Les pompiers ont évacué lundi trois communes du Gard après des pluies "
    "torrentielles qui ont fait monter le Gardon de quatre mètres en six heures. "
    "Environ 1.200 habitants ont passé la nuit dans des gymnases, selon la préfecture. "
    "Le préfet a annoncé que les écoles resteraient fermées mardi. "
    "Météo-France a placé le département en vigilance rouge jusqu'à mercredi matin. "
    "Les dégâts sont estimés à plusieurs millions d'euros, a indiqué le maire d'Alès.\n"
)


def test_a_batch_item_sends_each_segment_to_the_engine_once(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    install_toy_engine(site)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "crues.txt").write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "out"
    log = tmp_path / "segments.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *sys.path]), TOY_ENGINE_LOG: str(log)}

    def batch() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "toolkit", "batch", str(articles), str(output), "--to", "en",
             "--from", "fr", "--engine", "shout", "--format", "json", "-q"],
            capture_output=True, text=True, env=env, timeout=300,
        )

    result = batch()
    assert result.returncode == 0, result.stderr
    sent = log.read_text(encoding="utf-8").splitlines()
    assert sent and max(collections.Counter(sent).values()) == 1, "a segment was translated twice"
    item = output / "crues" / "en"
    translation = (item / "translation.txt").read_text(encoding="utf-8")
    brief = json.loads((item / "brief.json").read_text(encoding="utf-8"))
    # The brief shows the translation's sentences (the engine upper-cases), though it asked for none.
    assert brief["headline"] and brief["headline"].isupper()
    assert all(bullet.upper() == bullet for bullet in brief["bullets"]["short"])
    assert brief["engine"] == "shout" and "LES POMPIERS ONT ÉVACUÉ" in translation
    # Resume: nothing changed, so the item is skipped and the engine is not called at all.
    assert batch().returncode == 0
    assert log.read_text(encoding="utf-8").splitlines() == sent
    (line,) = [json.loads(text) for text in (output / "manifest.jsonl").read_text().splitlines()]
    assert line["status"] == "skipped"
