"""Data flows one way: text → geo → maps, and geo calls gazetteer as a library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# package → the project packages (or modules) it may import
ALLOWED = {
    "gazetteer": {"gazetteer"},
    "geo": {"gazetteer", "geo"},
    # maps draws what geo made: it reads the schema, and the accessor's to_gis writes
    # through the exporter; geo never imports maps.
    "maps": {"gazetteer", "maps", "geo.frame", "geo.write.incidents"},
}
COMPOSITION_ROOTS = {"geo/cli/__init__.py"}  # may import maps, lazily, inside commands


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return {name for name in found if name.split(".")[0] in ALLOWED}


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_point_one_way(package: str) -> None:
    wrong = []
    for path in sorted((ROOT / package).rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in COMPOSITION_ROOTS:
            continue
        for name in _imports(path):
            if not any(name == ok or name.startswith(ok + ".") for ok in ALLOWED[package]):
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_no_submodule_shadows_a_public_function() -> None:
    import geo

    for name in geo.__all__:
        assert not (ROOT / "geo" / f"{name}.py").exists(), (
            f"geo/{name}.py would replace the function geo.{name} once imported")
