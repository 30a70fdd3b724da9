"""The HTML brief in a real browser: Debian's headless Chromium renders it (light, dark, and an
Arabic right-to-left page), takes screenshots and dumps the DOM it built.

Skipped only where Chromium is not installed; CI installs it (``scripts/install.sh dev``). Set
``TOOLKIT_SCREENSHOTS=DIR`` to keep the PNGs for a look (they never go into git).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from toolkit import Pipeline, brief, render

ROOT = Path(__file__).resolve().parent.parent
# The bundled dispatch, with a word Apertium does not know ("égide") in its lede: the dispatch alone now
# briefs without one, and the page must show how one is marked.
FRENCH = (
    (ROOT / "examples" / "alep-offensive-fr.txt")
    .read_text(encoding="utf-8")
    .replace("alliées se sont emparés", "alliées, sous l'égide de la Turquie, se sont emparés")
)
GLOSSARIES = [ROOT / "glossaries" / "syria-fr-en.yaml", ROOT / "glossaries" / "wire-fr-en.yaml"]
# Written for this test: a short Arabic news item (no translation needed: an Arabic brief of it).
ARABIC = (
    "أمطار غزيرة تغمر أحياء في الإسكندرية\n\n"
    "غمرت أمطار غزيرة عدة أحياء في مدينة الإسكندرية يوم الجمعة، ما أدى إلى مقتل 3 أشخاص على الأقل "
    "وإصابة 12 آخرين، بحسب ما أعلنت السلطات المحلية. وقالت هيئة الأرصاد الجوية إن كمية الأمطار التي "
    "هطلت خلال ست ساعات تجاوزت 80 مليمترا، وهو أعلى مستوى منذ عام 2015. وأغلقت السلطات المدارس "
    "والطرق الرئيسية حتى إشعار آخر. وأكد المحافظ أن فرق الطوارئ تعمل على تصريف المياه من الشوارع، "
    "داعيا السكان إلى البقاء في منازلهم.\n"
)
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)"),
    pytest.mark.skipif(shutil.which("apertium") is None, reason="needs apt-get install apertium"),
]


def chromium(page: Path, profile: Path, *args: str) -> str:
    """Run headless Chromium on ``page`` (no network, no sync, a throwaway profile)."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
        page.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def screenshot(page: Path, profile: Path, name: str, *args: str) -> Path:
    shot = page.with_name(name)
    chromium(page, profile, f"--screenshot={shot}", "--window-size=1100,1600", *args)
    width, height = png_size(shot)
    assert (width, height) == (1100, 1600) and shot.stat().st_size > 20_000  # something was drawn
    keep = os.environ.get("TOOLKIT_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / name)
    return shot


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    with Pipeline("apertium", glossary=GLOSSARIES) as pipeline:
        english = pipeline.brief(FRENCH, target="en", source="fr", source_name="alep.txt")
    arabic = brief(ARABIC, target="ar", source="ar")
    found = {}
    for name, result in (("en", english), ("ar", arabic)):
        found[name] = folder / f"brief-{name}.html"
        found[name].write_text(render(result, format="html"), encoding="utf-8")
    return found


def test_a_translated_brief_in_chromium_shows_the_notice_and_the_review_highlights(
    pages: dict[str, Path], tmp_path: Path
) -> None:
    dom = chromium(pages["en"], tmp_path / "profile", "--dump-dom")
    assert re.search(r'<html lang="en" dir="ltr"', dom)
    assert '<p class="notice" role="note">Machine translation — review before publishing</p>' in dom
    assert dom.count('<mark class="unknown">') >= 2  # in the text and in the review section
    assert 'class="review"' in dom and "Needs review" in dom
    assert "<script" not in dom.lower() and "http://" not in dom and "https://" not in dom
    footer = dom[dom.index("<footer") :]
    assert "alep.txt" not in footer and not re.search(r"\b[0-9a-f]{16}\b", footer)
    screenshot(pages["en"], tmp_path / "profile", "brief-en-light.png")
    screenshot(pages["en"], tmp_path / "profile", "brief-en-dark.png", "--force-dark-mode")


def test_an_arabic_brief_in_chromium_is_laid_out_right_to_left(
    pages: dict[str, Path], tmp_path: Path
) -> None:
    dom = chromium(pages["ar"], tmp_path / "profile", "--dump-dom")
    assert '<html lang="ar" dir="rtl"' in dom
    assert "الإسكندرية" in dom and "بحاجة إلى مراجعة" in dom  # Arabic copy, Arabic "Needs review"
    assert "<script" not in dom.lower()
    screenshot(pages["ar"], tmp_path / "profile", "brief-ar-rtl.png")
