"""The example notebook: committed with its outputs (so it reads on GitHub), and it runs
top to bottom with no network, from the repository root or from ``examples/``, without
writing into the tree."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "kazakhstan.ipynb"

nbformat = pytest.importorskip("nbformat", reason="needs the notebook extra")
nbclient = pytest.importorskip("nbclient", reason="needs the notebook extra")


def _outputs(notebook) -> list[dict]:
    return [out for cell in notebook.cells if cell.cell_type == "code"
            for out in cell.get("outputs", [])]


def _check_outputs(notebook) -> None:
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.get("outputs") for cell in code), "a code cell has no output"
    outputs = _outputs(notebook)
    assert not [out for out in outputs if out.get("output_type") == "error"]
    html = [out.get("data", {}).get("text/html", "") for out in outputs]
    # The incidents table, the chart as an image, and the map, which needs no network.
    assert any("<table" in part and "event_type" in part for part in html)
    assert any("image/png" in out.get("data", {}) for out in outputs)
    maps = [part for part in html if "leaflet" in part.lower()]
    assert maps and all("cdn.jsdelivr" not in part for part in maps)


def test_the_committed_notebook_has_its_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    _check_outputs(notebook)
    # Saved from a clean run, in order: GitHub shows it as a reader would see it.
    counts = [cell.get("execution_count") for cell in notebook.cells
              if cell.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))


def _files(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _, names in os.walk(folder) for name in names}


@pytest.mark.slow
@pytest.mark.parametrize("where", [".", "examples"])
def test_example_notebook_executes(tmp_path: Path, gazetteer, where: str) -> None:
    # A copy of the tree's seeds/ and examples/, run from its root or from examples/.
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    before = _files(tmp_path)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": tmp_path / where}})
    client.execute()
    _check_outputs(notebook)
    assert _files(tmp_path) == before, "the notebook wrote into the tree"
