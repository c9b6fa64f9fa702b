"""The architecture, checked: layers import downwards only, no cycles, no private names
across modules, imports at the top, no printing library, one copy of each shared fact.

docs/architecture.md explains the layers; every failure names the offending file and line.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ("gazetteer", "geo", "maps")
PROJECT = (*LIBRARY, "tools")

# Bottom to top: a module may import modules of its own layer or of a layer below. The
# flow of the text side reads top to bottom: read → recognize → resolve → events → frame
# → write, with extraction, batch runs, evaluation, the maps and the CLI on top.
LAYERS = (
    ("gazetteer",),
    ("geo", "geo.errors", "geo.model", "geo.text", "geo.lexicon", "geo.languages",
     "geo.workers", "geo.moved"),
    ("geo.read",),
    ("geo.nlp", "geo.nlp_ru", "geo.recognize"),
    ("geo.resolve",),
    ("geo.pipeline",),
    ("geo.events",),
    ("geo.frame",),
    ("geo.write", "geo.corroborate"),
    ("geo.extract",),
    ("geo.batch",),
    ("geo.evaluate", "geo.bench"),
    ("maps",),
    ("geo.cli",),
    ("tools",),
)
MAX_LINES = 400


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    path: Path
    line: int
    target: str  # the imported module
    names: tuple[str, ...]  # names taken from it (from-imports)
    in_function: bool
    commented: bool  # a comment on its line or the line before

    def __str__(self) -> str:
        what = f"from {self.target} import {', '.join(self.names)}" if self.names \
            else f"import {self.target}"
        return f"{self.path.relative_to(ROOT)}:{self.line}: {what}"


def _modules() -> dict[str, Path]:
    found = {}
    for package in PROJECT:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(module: str, path: Path) -> Iterator[Import]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    functions = [node for node in ast.walk(tree)
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    inner = {id(sub) for fn in functions for sub in ast.walk(fn)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [(alias.name, ()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = tuple(alias.name for alias in node.names)
            # "from geo.read import documents" imports the submodule geo.read.documents.
            submodules = [n for n in names if f"{base}.{n}" in MODULES]
            targets = [(f"{base}.{n}", ()) for n in submodules]
            rest = tuple(n for n in names if n not in submodules)
            if rest or not submodules:
                targets.append((base, rest))
        else:
            continue
        for target, names in targets:
            yield Import(module, path, node.lineno, target, names, id(node) in inner,
                         _commented(lines, node.lineno))


def _commented(lines: list[str], number: int) -> bool:
    """Whether a comment stands on the import's line or in the run of import and
    comment lines just above it (one comment may explain a block of imports)."""
    if "#" in lines[number - 1]:
        return True
    for line in reversed(lines[:number - 1]):
        text = line.strip()
        if text.startswith("#"):
            return True
        if not text.startswith(("import ", "from ")):
            return False
    return False


IMPORTS = [imp for module, path in MODULES.items() for imp in _imports(module, path)]
PROJECT_IMPORTS = [imp for imp in IMPORTS if imp.target.split(".")[0] in PROJECT]


def _layer(module: str) -> int:
    best, rank = -1, -1
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    return rank


def test_every_module_has_a_layer() -> None:
    assert not [m for m in MODULES if _layer(m) < 0]


def test_layers_import_downwards_only() -> None:
    wrong = [f"{imp} (layer {LAYERS[_layer(imp.source)][0]} imports the higher layer "
             f"{LAYERS[_layer(imp.target)][0]})"
             for imp in PROJECT_IMPORTS if _layer(imp.target) > _layer(imp.source)]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for imp in PROJECT_IMPORTS:
        if imp.target in MODULES and imp.target != imp.source:
            graph[imp.source].add(imp.target)
    cycles = [sorted(group) for group in _strongly_connected(graph) if len(group) > 1]
    assert not cycles, "import cycles:\n" + "\n".join(" ↔ ".join(c) for c in cycles)


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                top = stack.pop()
                group.add(top)
                if top == node:
                    break
            groups.append(group)

    for node in graph:
        if node not in index:
            visit(node)
    return groups


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_private_names_across_modules() -> None:
    # A private *module* (gazetteer/_query.py) serves its own package; a private *name*
    # serves its own module only.
    wrong = []
    for imp in PROJECT_IMPORTS:
        if any(_private(name) for name in imp.names):
            wrong.append(str(imp))
        parts = imp.target.split(".")
        for depth, part in enumerate(parts):
            owner = ".".join(parts[:depth])
            if _private(part) and not (imp.source == owner
                                       or imp.source.startswith(owner + ".")):
                wrong.append(f"{imp} (private module of {owner})")
    assert not wrong, "\n".join(wrong)


def test_imports_inside_functions_are_optional_dependencies_with_a_reason() -> None:
    # Project modules import each other at the top; a function may import only a
    # dependency that is optional (an extra) or slow to load, and says why.
    wrong = [f"{imp} (a project module: import it at the top)"
             for imp in IMPORTS if imp.in_function and imp.target.split(".")[0] in PROJECT]
    wrong += [f"{imp} (say why it is imported here, in a comment on or above it)"
              for imp in IMPORTS if imp.in_function and not imp.commented
              and imp.target.split(".")[0] not in PROJECT]
    assert not wrong, "\n".join(wrong)


def test_tools_stay_out_of_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    assert not [p for p in include if re.fullmatch(p.replace("*", ".*"), "tools")]
    wrong = [str(imp) for imp in PROJECT_IMPORTS
             if imp.target.split(".")[0] == "tools" and imp.source.split(".")[0] != "tools"]
    assert not wrong, "\n".join(wrong)


def test_library_code_never_prints() -> None:
    wrong = []
    for module, path in MODULES.items():
        if module.split(".")[0] not in LIBRARY or _layer(module) == _layer("geo.cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "print"):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: print()")
    assert not wrong, "library code logs or reports progress; only the CLI prints:\n" + \
        "\n".join(wrong)


def test_modules_are_a_readable_size_or_say_why() -> None:
    wrong = []
    for path in MODULES.values():
        source = path.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(source)) or ""
        if len(source.splitlines()) > MAX_LINES and "Length:" not in docstring:
            wrong.append(f"{path.relative_to(ROOT)}: {len(source.splitlines())} lines")
    assert not wrong, (f"over {MAX_LINES} lines without a 'Length:' paragraph in the "
                       "module docstring saying why:\n" + "\n".join(wrong))


# Each shared fact has one home; a second copy elsewhere drifts from the first.
SHARED_FACTS = {
    "geo/text.py": re.compile(r"\\ud800|\\udfff"),
    "geo/lexicon.py": re.compile(r"\bsaid\|says\b|\bsays\|said\b|\"twelve\"|\"eleven\""),
    "geo/workers.py": re.compile(r"get_context\(|\.Pool\(|ProcessPoolExecutor"),
}


@pytest.mark.parametrize("home", sorted(SHARED_FACTS))
def test_shared_facts_have_one_home(home: str) -> None:
    pattern = SHARED_FACTS[home]
    copies = [f"{path.relative_to(ROOT)}:{number}"
              for path in MODULES.values() if path.relative_to(ROOT).as_posix() != home
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if pattern.search(line)]
    assert not copies, f"a second copy of what {home} defines:\n" + "\n".join(copies)


def test_no_subpackage_or_module_shadows_a_public_function() -> None:
    import geo

    for name in geo.__all__:
        for shadow in (ROOT / "geo" / f"{name}.py", ROOT / "geo" / name):
            assert not shadow.exists(), (
                f"{shadow.relative_to(ROOT)} would replace the function geo.{name} once "
                "imported")


def test_old_import_paths_warn_and_still_work() -> None:
    import importlib
    import sys

    from geo.moved import MOVED

    for old, new in MOVED.items():
        sys.modules.pop(old, None)
        with pytest.warns(DeprecationWarning, match=re.escape(new)):
            module = importlib.import_module(old)
        target = importlib.import_module(new)
        public = [n for n in getattr(target, "__all__", dir(target)) if not n.startswith("_")]
        assert public and all(getattr(module, n) is getattr(target, n) for n in public)
