"""The example notebook runs top to bottom with no network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

nbformat = pytest.importorskip("nbformat", reason="needs the notebook extra")
nbclient = pytest.importorskip("nbclient", reason="needs the notebook extra")


@pytest.mark.slow
def test_example_notebook_executes(tmp_path: Path, gazetteer) -> None:
    # Run a copy beside a copy of seeds/, so the notebook's export lands in tmp_path.
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "examples").mkdir()
    notebook = nbformat.read(ROOT / "examples" / "kazakhstan.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": tmp_path / "examples"}})
    client.execute()
    assert (tmp_path / "examples" / "kazakhstan-incidents.geojson").is_file()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code"
               for out in cell.get("outputs", [])]
    assert not [out for out in outputs if out.get("output_type") == "error"]
    # The chart shows inline, and the map needs no network.
    assert any("image/png" in out.get("data", {}) for out in outputs)
    html = "".join(out.get("data", {}).get("text/html", "") for out in outputs)
    assert "leaflet" in html.lower() and "cdn.jsdelivr" not in html
