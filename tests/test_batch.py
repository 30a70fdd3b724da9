"""`toolkit batch` end to end through the real Apertium engine and real subprocesses.

The reference is one uninterrupted serial run of the shipped example folder into Spanish and
English (fr→es direct, fr→en through Spanish, en→es direct, en→en unchanged). Every other run must
write exactly its files; manifests are compared without timings, ``skipped`` counting as ``ok``.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock

from toolkit.batch import MANIFEST, BatchSummary, ItemRecord, run_batch

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None, reason="needs Debian's apertium (scripts/install.sh)"
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "batch"
TARGETS = "es,en"
GERMAN = (
    "Berlin (dpa) - Die Bundesregierung hat am Montag neue Hilfen für die Landwirtschaft beschlossen. "
    "Nach Angaben des Ministeriums sollen die Betriebe in diesem Jahr mehr Geld erhalten als bisher.\n"
)
ARGS = ["--to", TARGETS, "--engine", "apertium", "--length", "headline", "--length", "short", "-q"]


def toolkit_batch(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", "batch", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def start_batch(*args: str | Path) -> subprocess.Popen[bytes]:
    # Its own session, so a kill can take the whole process group (the workers too) at once.
    return subprocess.Popen(
        [sys.executable, "-m", "toolkit", "batch", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def tree(output: Path) -> dict[str, bytes]:
    """Every output file but the manifest and the lock, by relative path."""
    return {
        str(p.relative_to(output)): p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file() and p.name not in (MANIFEST, ".lock")
    }


def manifest(output: Path) -> list[dict]:
    return [json.loads(line) for line in (output / MANIFEST).read_text(encoding="utf-8").splitlines()]


def comparable(output: Path) -> list[dict]:
    """The manifest without what legitimately differs between runs: timings, ok vs skipped."""
    lines = []
    for line in manifest(output):
        line.pop("timings")
        line["status"] = "ok" if line["status"] == "skipped" else line["status"]
        lines.append(line)
    return lines


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """One uninterrupted serial run, and how long it took (used only to spread kill points)."""
    output = tmp_path_factory.mktemp("reference") / "out"
    started = time.monotonic()
    result = toolkit_batch(EXAMPLES / "articles", output, *ARGS)
    assert result.returncode == 0, result.stderr
    return output, time.monotonic() - started


def test_every_article_and_language_gets_its_outputs_and_one_manifest_line(
    reference: tuple[Path, float],
) -> None:
    output, _ = reference
    ids = sorted(p.stem for p in (EXAMPLES / "articles").iterdir())
    lines = manifest(output)
    assert [(line["id"], line["lang"]) for line in lines] == [(i, lang) for i in ids for lang in ("es", "en")]
    for line in lines:
        assert line["status"] == "ok" and line["error"] is None
        folder = output / line["id"] / line["lang"]
        assert sorted(p.name for p in folder.iterdir()) == [
            "brief.json",
            "brief.md",
            "report.json",
            "translation.txt",
        ]
        assert sorted(line["outputs"]) == ["brief.json", "brief.md", "report.json", "translation.txt"]
        record = ItemRecord.from_dict(line)
        assert len(record.input_sha256) == len(record.settings_sha256) == 64
        assert set(record.timings) == {"translate_s", "brief_s", "total_s", "write_s"}
        assert all(seconds >= 0 for seconds in record.timings.values())
    by_key = {(line["id"], line["lang"]): line for line in lines}
    assert by_key[("bce-taux-fr", "es")]["engine"] == "apertium"
    assert by_key[("bce-taux-fr", "es")]["source_language"] == "fr"
    assert by_key[("imf-outlook-en", "en")]["engine"] == "none"  # already English: passed through
    spanish = (output / "bce-taux-fr" / "es" / "translation.txt").read_text(encoding="utf-8")
    assert "Banco central europeo" in spanish or "BCE" in spanish
    report = json.loads((output / "goma-deplaces-fr" / "es" / "report.json").read_text(encoding="utf-8"))
    assert report["source_language"] == "fr" and report["target_language"] == "es" and "fidelity" in report
    assert not (output / ".tmp").exists()


def test_rerun_skips_unchanged_items_and_redoes_changed_ones(
    reference: tuple[Path, float], tmp_path: Path
) -> None:
    source, _ = reference
    articles = tmp_path / "articles"
    shutil.copytree(EXAMPLES / "articles", articles)
    output = tmp_path / "out"
    shutil.copytree(source, output)
    before = {p: p.stat().st_mtime_ns for p in output.rglob("*.txt")}

    result = toolkit_batch(articles, output, *ARGS)
    assert result.returncode == 0, result.stderr
    assert {line["status"] for line in manifest(output)} == {"skipped"}
    assert {p: p.stat().st_mtime_ns for p in output.rglob("*.txt")} == before  # nothing rewritten

    # A changed article and a deleted output are redone; everything else stays skipped.
    changed = articles / "crues-gard-fr.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Deux personnes", "Trois personnes"), "utf-8"
    )
    (output / "otan-sommet-fr" / "en" / "brief.md").unlink()
    result = toolkit_batch(articles, output, *ARGS)
    assert result.returncode == 0, result.stderr
    status = {(line["id"], line["lang"]): line["status"] for line in manifest(output)}
    redone = {key for key, value in status.items() if value == "ok"}
    assert redone == {("crues-gard-fr", "es"), ("crues-gard-fr", "en"), ("otan-sommet-fr", "en")}
    assert "Tres" in (output / "crues-gard-fr" / "es" / "translation.txt").read_text(encoding="utf-8")
    assert len(manifest(output)) == 10


def test_parallel_run_writes_exactly_what_the_serial_run_writes(
    reference: tuple[Path, float], tmp_path: Path
) -> None:
    output = tmp_path / "out"
    result = toolkit_batch(EXAMPLES / "articles", output, *ARGS, "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert tree(output) == tree(reference[0])
    assert comparable(output) == comparable(reference[0])


def test_jsonl_input_writes_what_the_folder_input_writes(
    reference: tuple[Path, float], tmp_path: Path
) -> None:
    records = [
        json.loads(line) for line in (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    source = tmp_path / "two.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:2]), encoding="utf-8"
    )
    output = tmp_path / "out"
    result = toolkit_batch(source, output, *ARGS)
    assert result.returncode == 0, result.stderr
    ids = [r["id"] for r in records[:2]]
    assert [(r["id"], r["lang"]) for r in manifest(output)] == [
        (i, lang) for i in ids for lang in ("es", "en")
    ]
    assert all(r["origin"].startswith("two.jsonl:") for r in manifest(output))
    # Title and text joined as in the article file: the same translation.
    for article_id in ids:
        assert (output / article_id / "es" / "translation.txt").read_bytes() == (
            reference[0] / article_id / "es" / "translation.txt"
        ).read_bytes()


def manifest_lines(output: Path) -> int:
    try:
        return (output / MANIFEST).read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_killed_runs_resume_to_exactly_the_uninterrupted_outputs(
    reference: tuple[Path, float], tmp_path: Path
) -> None:
    """Two fresh outputs, each run five times and killed (SIGKILL, workers included) at a random
    point, then finished by one more run; serial and --jobs 2 runs alternate.

    A kill point is "once the manifest has N lines (N random), plus a random 0-0.5 s": from
    interpreter start-up to the last item, mid-write included, whatever the machine's speed."""
    expected_tree, expected_manifest = tree(reference[0]), comparable(reference[0])
    items = len(expected_manifest)
    rng = random.Random(20261125)
    kills = 0
    for scenario in range(2):
        output = tmp_path / f"out{scenario}"
        for attempt in range(5):
            jobs = ["--jobs", "2"] if (scenario + attempt) % 2 else []
            process = start_batch(EXAMPLES / "articles", output, *ARGS, *jobs)
            target, extra = rng.randint(0, items - 1), rng.uniform(0, 0.5)
            while process.poll() is None and manifest_lines(output) < target:
                time.sleep(0.02)
            time.sleep(extra)
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                kills += 1
            process.wait()
            # Complete lines only: a kill mid-append may leave a torn last line (ignored on resume).
            complete = (output / MANIFEST).read_bytes().split(b"\n")[:-1] if manifest_lines(output) else []
            keys = [(json.loads(line)["id"], json.loads(line)["lang"]) for line in complete]
            assert len(keys) == len(set(keys)), "a manifest never holds two lines for one item"
        final = toolkit_batch(EXAMPLES / "articles", output, *ARGS)
        assert final.returncode == 0, final.stderr
        assert tree(output) == expected_tree
        assert comparable(output) == expected_manifest
        assert not (output / ".tmp").exists()
    assert kills >= 4


def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    process = start_batch(EXAMPLES / "articles", tmp_path / "out", *ARGS, "--jobs", "2")
    deadline = time.monotonic() + 60
    while not (tmp_path / "out" / MANIFEST).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)  # the parent only: its workers are left behind
    process.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)
    pytest.fail("worker processes outlived their killed parent")


def test_a_torn_manifest_line_is_dropped_on_resume(reference: tuple[Path, float], tmp_path: Path) -> None:
    output = tmp_path / "out"
    shutil.copytree(reference[0], output)
    lines = (output / MANIFEST).read_bytes().splitlines(keepends=True)
    # As if killed while appending the last line: the last item's line is cut short.
    (output / MANIFEST).write_bytes(b"".join(lines[:-1]) + lines[-1][:40])
    result = toolkit_batch(EXAMPLES / "articles", output, *ARGS)
    assert result.returncode == 0, result.stderr
    statuses = [line["status"] for line in manifest(output)]
    assert statuses == ["skipped"] * 9 + ["ok"]
    assert tree(output) == tree(reference[0]) and comparable(output) == comparable(reference[0])


def test_temp_files_of_a_killed_run_are_removed_on_resume(
    reference: tuple[Path, float], tmp_path: Path
) -> None:
    output = tmp_path / "out"
    shutil.copytree(reference[0], output)
    lines = manifest(output)
    last = lines[-1]
    # As if killed while writing the last item's files, and while rewriting the manifest: temp
    # files beside the real ones, and no manifest line for that item.
    (output / MANIFEST).write_text("".join(json.dumps(line) + "\n" for line in lines[:-1]), encoding="utf-8")
    folder = output / last["folder"] / last["lang"]
    (folder / ".brief.md.k2j3l4_a.tmp").write_bytes(b"half a brief")
    (output / f".{MANIFEST}.x8y9z0.tmp").write_bytes(b"half a manifest")
    result = toolkit_batch(EXAMPLES / "articles", output, *ARGS)
    assert result.returncode == 0, result.stderr
    assert tree(output) == tree(reference[0]) and comparable(output) == comparable(reference[0])


def test_bad_inputs_are_failed_items_in_the_manifest(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(EXAMPLES / "articles" / "goma-deplaces-fr.txt", articles)
    (articles / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (articles / "blank.md").write_text("\n  \n", encoding="utf-8")
    output = tmp_path / "out"
    result = toolkit_batch(articles, output, "--to", "es", "--engine", "apertium", "-q")
    assert result.returncode == 1
    assert "2 of 3 items failed" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    lines = {line["id"]: line for line in manifest(output)}
    assert lines["goma-deplaces-fr"]["status"] == "ok"
    assert lines["image"]["status"] == "failed" and "binary" in lines["image"]["error"]
    assert lines["blank"]["status"] == "failed" and "empty" in lines["blank"]["error"]
    assert not (output / "image").exists() and not (output / "blank").exists()


def test_unsafe_jsonl_ids_never_leave_the_output_folder(tmp_path: Path) -> None:
    records = [
        {"id": "../escaped", "text": "Le texte."},
        {"id": "/tmp/absolute", "text": "Le texte."},
        {"id": "a/b", "text": "Le texte."},
        {"id": "bien", "text": "La ville est grande."},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8")
    output = tmp_path / "deep" / "out"
    result = toolkit_batch(source, output, "--to", "es", "--engine", "apertium", "-q")
    assert result.returncode == 1
    assert sorted(p.name for p in output.iterdir()) == [".lock", "bien", MANIFEST]
    assert not (tmp_path / "deep" / "escaped").exists() and not Path("/tmp/absolute").exists()
    lines = manifest(output)
    assert [(line["id"], line["status"]) for line in lines] == [
        ("line:1", "failed"),
        ("line:2", "failed"),
        ("line:3", "failed"),
        ("bien", "ok"),
        ("line:5", "failed"),
    ]
    assert "not a safe folder name" in lines[0]["error"] and "not valid JSON" in lines[4]["error"]


def test_a_second_run_on_a_locked_output_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "out"
    output.mkdir()
    with FileLock(str(output / ".lock")):
        result = toolkit_batch(EXAMPLES / "articles", output, *ARGS)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error:") and "another batch run" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (output / MANIFEST).exists()


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    assert toolkit_batch(tmp_path / "missing", tmp_path / "out", "--to", "es").returncode == 2
    result = toolkit_batch(EXAMPLES / "articles", tmp_path / "out", "--to", "es", "--length", "huge")
    assert result.returncode == 2 and "unknown length" in result.stderr


def test_fail_fast_stops_after_the_first_failure(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(EXAMPLES / "articles", articles)
    # A German article comes first, and Apertium has no de→es: it fails, and nothing after it runs.
    (articles / "a-berlin-de.txt").write_text(GERMAN, encoding="utf-8")
    output = tmp_path / "out"
    result = toolkit_batch(articles, output, "--to", "es", "--engine", "apertium", "--fail-fast", "-q")
    assert result.returncode == 1 and "not run (--fail-fast)" in result.stderr
    (line,) = manifest(output)
    assert line["status"] == "failed" and "no de→es pair" in line["error"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        # Apertium has no pair into German: known before any article is read.
        (["--to", "es,de"], "the apertium engine has no pair into de; available: "),
        # With --from, the pair itself is checked.
        (["--to", "es", "--from", "de"], "the apertium engine has no de→es pair; available: "),
    ],
)
def test_a_pair_the_engine_lacks_is_refused_before_any_work(
    options: list[str], message: str, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    result = toolkit_batch(EXAMPLES / "articles", output, *options, "--engine", "apertium", "-q")
    assert result.returncode == 2
    assert message in result.stderr and "fr→es" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (output / MANIFEST).exists()


def test_library_run_reports_progress_and_a_summary(tmp_path: Path) -> None:
    seen: list[ItemRecord] = []
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "un", "text": "La ville est grande."}) + "\n" + json.dumps({"id": "deux"}) + "\n",
        encoding="utf-8",
    )

    def run(**options: object) -> BatchSummary:
        return run_batch(
            source, tmp_path / "out", targets=["es"], engine="apertium", lengths=["headline"], **options
        )

    summary = run(progress=seen.append)
    assert (summary.ok, summary.failed, summary.skipped, summary.not_run) == (1, 1, 0, 0)
    assert summary.exit_code == 1
    assert sorted((r.id, r.status) for r in seen) == [("deux", "failed"), ("un", "ok")]
    assert summary.to_dict()["ok"] == 1
    again = run()
    assert (again.ok, again.skipped, again.failed) == (0, 1, 1)
    # Other settings (here the formats) change the settings checksum: the item is redone.
    other = run(formats=["md", "txt", "json"])
    assert (other.ok, other.skipped) == (1, 0)
    assert (tmp_path / "out" / "un" / "es" / "brief.txt").is_file()


def test_upgrading_the_model_redoes_the_items(tiny_model, tmp_path: Path, monkeypatch) -> None:
    from toolkit.models import install_from_file, list_models

    models = tmp_path / "models"
    install_from_file(tiny_model.argosmodel, models)
    monkeypatch.setenv("TOOLKIT_MODELS_DIR", str(models))
    articles = tmp_path / "articles"
    articles.mkdir()
    article = "Le ministre a parlé. Les rebelles ont pris la ville.\n"
    (articles / "one.txt").write_text(article, encoding="utf-8")
    output = tmp_path / "out"

    def run() -> BatchSummary:
        return run_batch(articles, output, targets=["en"], engine="argos", source="fr", lengths=["short"])

    assert run().ok == 1
    assert run().skipped == 1
    (package,) = list_models(models)
    metadata_file = package.path / "metadata.json"
    metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
    metadata["package_version"] = "9.9"
    metadata_file.write_text(json.dumps(metadata), encoding="utf-8")
    upgraded = run()
    assert (upgraded.ok, upgraded.skipped) == (1, 0)
    assert {line["model"] for line in manifest(output)} == {f"{package.name}@9.9"}
