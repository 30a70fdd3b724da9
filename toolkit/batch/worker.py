"""What a worker does with one item, wherever it runs: translate the article, build its brief and
render the item's files, all in memory (the parent process writes them)."""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from typing import Any

from ..errors import ToolkitError
from ._common import _json_bytes, _one_line
from .manifest import BatchSettings


@dataclass(frozen=True)
class _Task:
    index: int
    id: str
    lang: str
    text: str
    source_name: str | None = None


@dataclass(frozen=True)
class _Outcome:
    index: int
    files: dict[str, bytes]
    engine: str | None
    model: str | None
    source_language: str | None
    timings: dict[str, float]
    error: str | None
    attempts: int = 1


class _Worker:
    """Makes one item's output files; holds the Pipeline (and its engine) for all its items."""

    def __init__(self, settings: BatchSettings) -> None:
        from ..pipeline import Pipeline

        self.settings = settings
        self.pipeline = Pipeline(
            settings.engine,
            model=settings.model,
            glossary=list(settings.glossaries) or None,
            memory=settings.memory,
            lengths=settings.lengths,
            device=settings.device,
        )

    def run(self, task: _Task) -> _Outcome:
        started = time.perf_counter()
        try:
            translation = self.pipeline.translate(task.text, target=task.lang, source=self.settings.source)
            translated = time.perf_counter()
            # Built from the item's translation: no sentence goes to the engine twice.
            brief = self.pipeline.brief(
                task.text,
                target=task.lang,
                lengths=self.settings.lengths,
                source_name=task.source_name,
                translation=translation,
            )
            briefed = time.perf_counter()
            files = {"translation.txt": (translation.text.rstrip("\n") + "\n").encode()}
            for fmt in self.settings.formats:
                if fmt == "json":
                    files["brief.json"] = _json_bytes(brief.to_dict())
                else:
                    files[f"brief.{fmt}"] = self.pipeline.render(brief, f"brief.{fmt}.j2").encode()
            files["report.json"] = _json_bytes(_report(translation.to_dict()))
        except ToolkitError as exc:
            return _Outcome(task.index, {}, None, None, None, {}, _one_line(str(exc)))
        except Exception as exc:  # noqa: BLE001 - one item's bug must not stop the batch
            detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
            return _Outcome(task.index, {}, None, None, None, {}, _one_line(f"internal error: {detail}"))
        timings = {
            "translate_s": round(translated - started, 4),
            "brief_s": round(briefed - translated, 4),
            "total_s": round(time.perf_counter() - started, 4),
        }
        return _Outcome(
            task.index,
            files,
            translation.engine,
            translation.model,
            translation.source_language,
            timings,
            None,
        )

    def close(self) -> None:
        self.pipeline.close()


def _report(translation: dict[str, Any]) -> dict[str, Any]:
    """The provenance, glossary and fidelity parts of a translation's JSON form."""
    keep = (
        "signature",
        "source_language",
        "target_language",
        "engine",
        "model",
        "glossary_version",
        "glossary_report",
        "fidelity",
    )
    return {k: translation[k] for k in keep if k in translation}



def _failed_outcome(task: _Task, error: str) -> _Outcome:
    return _Outcome(task.index, {}, None, None, None, {}, error)

