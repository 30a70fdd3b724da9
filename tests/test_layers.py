"""The layers of docs/architecture.md hold: data flows one way, no module imports a higher layer.

Every import counts, the lazy ones inside functions included (they run too); imports under
``if TYPE_CHECKING:`` do not (annotations only). ``from toolkit import __version__`` is the
package's version, not its API, and is allowed everywhere.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "toolkit"

#: Lowest first; a module may import its own layer and the layers below (docs/architecture.md).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "limits", "files", "langcodes", "resources", "provenance", "memory", "templating"),
    ("languages", "segment", "_ngram"),
    ("document", "facts"),
    ("detection",),
    ("engines", "models", "opusmt"),
    ("glossary",),
    ("fidelity", "review", "summarization"),
    ("translation",),
    ("briefs",),
    ("pipeline",),
    ("batch", "doctor", "cli", "testing", "__init__", "__main__"),
)
LAYER = {unit: number for number, units in enumerate(LAYERS) for unit in units}


def unit(module: str) -> str:
    """``toolkit.glossary.matching`` -> ``glossary``; the package itself -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path) -> str:
    parts = ("toolkit", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    """The ``toolkit`` modules ``path`` imports at run time (lazy imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for statement in node.body
        for child in ast.walk(statement)
    }
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            if target != "toolkit":
                found.add(target)
                continue
            for name in (alias.name for alias in node.names):
                # ``from . import languages`` imports a module; any other name but the version is
                # the package's API, i.e. its top layer.
                if (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file():
                    found.add(f"toolkit.{name}")
                elif name != "__version__":
                    found.add("toolkit")
    return {name for name in found if name == "toolkit" or name.startswith("toolkit.")}


def test_every_module_has_a_layer() -> None:
    units = {unit(module_name(path)) for path in PACKAGE.rglob("*.py")}
    missing = units - LAYER.keys()
    assert not missing, f"give these a layer in LAYERS and in docs/architecture.md: {missing}"


def test_no_module_imports_a_higher_layer() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = unit(module_name(path))
        for imported in sorted(runtime_imports(path)):
            if LAYER[unit(imported)] > LAYER[importer]:
                upward.append(f"{path.relative_to(PACKAGE.parent)} imports {imported}")
    assert not upward, "\n".join(upward)
