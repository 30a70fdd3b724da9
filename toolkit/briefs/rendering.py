"""Rendering a brief with a shipped or user template, sandboxed and budgeted."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from ..errors import TemplateError, UsageError
from ..resources import templates_dir
from .model import Brief, BriefReview

__all__ = ["labels", "render"]

_FORMATS = ("md", "txt", "html", "json")


@lru_cache(maxsize=1)
def _labels() -> Mapping[str, Mapping[str, str]]:
    import yaml

    path = templates_dir() / "labels.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return MappingProxyType({lang: MappingProxyType(dict(values)) for lang, values in data.items()})


def labels(language: str) -> Mapping[str, str]:
    """Section names in ``language`` (English where a label has no translation)."""
    table = _labels()
    return MappingProxyType({**table["en"], **table.get(language, {})})


def _locate(template: str | Path, format: str | None) -> tuple[list[Path], str]:
    """Search path and template name for a shipped name, a user file or a user folder."""
    shipped = templates_dir()
    path = Path(template)
    if path.is_dir():
        name = f"brief.{format or 'md'}.j2"
        if not (path / name).is_file():
            raise TemplateError(f"{path}: has no {name}; add it or pass the template file itself")
        return [path, shipped], name
    if path.is_file():
        return [path.parent, shipped], path.name
    if path.name == str(template) and (shipped / path.name).is_file():
        return [shipped], path.name
    available = ", ".join(sorted(p.name for p in shipped.glob("*.j2")))
    raise TemplateError(
        f"template {template}: no such file or shipped template; use a path or one of {available}"
    )


def _marks(review: BriefReview) -> Callable[[str], list[dict[str, str | None]]]:
    """For templates: ``marks(text)`` cuts a sentence into pieces, each ``{"text", "mark"}`` where
    ``mark`` is "unknown" (a word the engine did not translate or could not inflect), "finding" (a
    figure, date or quote an editor must check) or None, so that an HTML template can highlight them
    and still escape."""
    found = {w: "unknown" for w in (*review.unknown_words, *review.uninflected_words)}
    found.update({f.text: "finding" for f in review.findings if f.problem == "extra" and f.text not in found})
    alternatives = "|".join(re.escape(t) for t in sorted(found, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)") if found else None

    def marks(text: str) -> list[dict[str, str | None]]:
        if pattern is None:
            return [{"text": text, "mark": None}]
        pieces: list[dict[str, str | None]] = []
        cursor = 0
        for match in pattern.finditer(text):
            if match.start() > cursor:
                pieces.append({"text": text[cursor : match.start()], "mark": None})
            pieces.append({"text": match.group(), "mark": found[match.group()]})
            cursor = match.end()
        if cursor < len(text):
            pieces.append({"text": text[cursor:], "mark": None})
        return pieces

    return marks


def _format_of(template: str | Path) -> str | None:
    """The output format a template's name says it writes ("brief.html.j2" → "html"), if any."""
    stem = re.sub(r"\.(j2|jinja2?|tmpl)$", "", Path(template).name.lower())
    suffix = stem.rsplit(".", 1)[-1] if "." in stem else ""
    return {"htm": "html", "markdown": "md", "text": "txt"}.get(suffix, suffix) if suffix else None


def render(
    brief: Brief,
    template: str | Path | None = None,
    *,
    format: str | None = None,
    output: str | Path | None = None,
) -> str:
    """Render ``brief`` as ``format`` (md, txt, html or json; default md) with the shipped template,
    or with ``template``: a shipped template name, a template file, or a folder holding
    ``brief.<format>.j2``. A template whose name says another format than ``format`` is refused.
    Rendering is sandboxed and budgeted (:mod:`toolkit.templating`); HTML output (``format="html"``,
    an ``output`` file named ``*.html``, or an HTML template) is escaped, in the template and
    everything it includes."""
    if not isinstance(brief, Brief):
        raise UsageError(f"render() takes a Brief (from toolkit.brief()), not {type(brief).__name__}")
    if format is not None and format not in _FORMATS:
        raise UsageError(f"unknown format {format!r}; use one of: {', '.join(_FORMATS)}")
    if template is None:
        template = f"brief.{format or 'md'}.j2"
    elif format is not None and not Path(template).is_dir():
        written = _format_of(template)
        if written in _FORMATS and written != format:
            raise UsageError(
                f"template {Path(template).name} writes {written}, not {format}: drop format= or "
                f"use brief.{format}.j2"
            )
    from .. import languages
    from ..templating import create_environment, escapes_html, render_template

    search, name = _locate(template, format)
    environment = create_environment(search, autoescape=escapes_html(format, output, name))
    target = brief.target_language
    context = {
        "brief": brief.to_dict(),
        "labels": dict(labels(target)),
        "language": target,
        "direction": languages.text_direction(target),
        "source_language_name": languages.language_name(brief.source_language, target),
        "marks": _marks(brief.review),
    }
    return render_template(environment, name, context)
