"""The package layout tells the pipeline, and the imports follow it one way:
text → model → analysis → pages → build → the MkDocs side (``ARCHITECTURE.md``, "How it is built").

Checked on the import graph read from the source (imports inside functions too, since the
generator imports lazily to keep a no-op build fast), so a change that breaks a rule fails here
with the module and the line that broke it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "generator"

LAYERS = ("model", "read", "analysis", "pages", "build", "publish", "main")
"""Lowest first: a module may import its own layer and the layers before it, never one after."""

OWN_LAYER = {"model": "model", "errors": "model", "__init__": "main", "__main__": "main"}
"""The layer of the modules at the package's top (the rest are named by their folder): the
package's ``__init__`` is its public face, which names the readers (lazily)."""

NO_FILES = ("open", "mkstemp", "mkdtemp", "TemporaryFile", "NamedTemporaryFile")
"""Calls by which a module would read or write files itself."""


def modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def layer_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    if len(relative.parts) == 1:
        return OWN_LAYER[relative.stem]
    return relative.parts[0]


def imported(path: Path) -> list[tuple[int, str]]:
    """Every ``generator.…`` (or ``tests``) module that ``path`` imports, with its line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            # ``from generator import read`` names a package by its attribute.
            if node.module == "generator":
                found.extend((node.lineno, f"generator.{alias.name}") for alias in node.names)
    return [(line, name) for line, name in found if name.split(".")[0] in ("generator", "tests")]


def target_layer(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] == "tests":
        return "tests"
    if len(parts) == 1:
        return None  # the package itself: its __init__ imports nothing eagerly
    return OWN_LAYER.get(parts[1], parts[1]) if len(parts) == 2 and parts[1] in OWN_LAYER else parts[1]


@pytest.mark.parametrize("path", modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_imports_point_one_way(path: Path) -> None:
    own = LAYERS.index(layer_of(path))
    for line, name in imported(path):
        target = target_layer(name)
        if target is None:
            continue
        assert target != "tests", f"{path}:{line}: the generator imports the tests ({name})"
        assert target in LAYERS, f"{path}:{line}: {name} is in no layer"
        assert LAYERS.index(target) <= own, (
            f"{path}:{line}: {layer_of(path)} imports {name} ({target} comes after it)"
        )


@pytest.mark.parametrize(
    "path",
    [path for path in modules() if layer_of(path) in ("read", "analysis", "pages")],
    ids=lambda path: str(path.relative_to(PACKAGE)),
)
def test_readers_analysis_and_pages_open_no_files(path: Path) -> None:
    # Parsing takes text, analysis is pure, pages are strings: files are the build's business.
    # The one reader of files is the seed reader of read/ (the bytes of a seed, and `add`).
    if path.name in ("seedfile.py", "seeds.py", "fetch.py"):
        return
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            assert called not in NO_FILES, f"{path}:{node.lineno}: {called}() in a module that takes text"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names] + [getattr(node, "module", None) or ""]
            assert "tempfile" not in names, f"{path}:{node.lineno}: tempfile in a module that takes text"


def test_every_module_is_in_a_layer() -> None:
    # A new top-level module must say where it stands.
    for path in modules():
        assert layer_of(path) in LAYERS, path


def test_the_rules_can_fail(tmp_path: Path) -> None:
    # The check itself: a pages module importing the build is caught.
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from generator.build import cache\n", encoding="utf-8")
    assert imported(bad) == [(2, "generator.build")]
    assert LAYERS.index(target_layer("generator.build.cache") or "") > LAYERS.index("pages")
