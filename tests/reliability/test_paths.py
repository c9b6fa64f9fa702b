"""Path safety end to end: hostile document ids never place a file outside the output.

The batch job writes fixed names (``incidents.geojson``, ``map.html``, ...) into its
output folder and keeps ids only as data; per-document names, where a caller needs them,
go through :func:`gazetteer.files.safe_output_name` (tested in tests/gazetteer). The
job runs from inside the temporary tree, so a relative id that became a path would land
where the before/after walk sees it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from geo import batch, pipeline
from geo.cli import main
from geo.corroborate import source_list
from geo.pipeline import Parser
from geo.write.incidents import read_incidents

HOSTILE_IDS = ["../../escaped", "../escaped.geojson", "/tmp/incidentmap-escaped",
               "CON", "nul.txt", "", ".", "..", "a\x00b", "x" * 5000,
               "C:\\Windows\\escaped", "report\u202egpj.exe", "../\ud800/escaped",
               "out/map.html", "out", "~/escaped", "NUL", "LPT1.geojson"]


@pytest.fixture
def tiny_parser(_tiny_gazetteer_file, monkeypatch):
    gaz = Gazetteer.open(_tiny_gazetteer_file, build=False)
    default = Parser(gaz)
    monkeypatch.setattr(pipeline, "_default", default)
    yield
    gaz.close()


def _files_under(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _, names in os.walk(folder) for name in names}


@pytest.mark.filterwarnings("ignore:.*U\\+0000")  # the NUL id, replaced in GDAL outputs
@pytest.mark.parametrize("how", ["api", "cli"])
def test_hostile_ids_stay_data(tmp_path, tiny_parser, monkeypatch, how):
    work = tmp_path / "deep" / "work"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    source = work / "articles.jsonl"
    with open(source, "w", encoding="utf-8") as handle:
        for doc_id in HOSTILE_IDS:
            handle.write(json.dumps({"id": doc_id, "text": "Riots in Almaty on Monday.",
                                     "published": "2022-01-07"}) + "\n")
    before = _files_under(tmp_path)
    out = work / "out"
    if how == "api":
        batch.run_job([source], out)
    else:
        assert main(["-q", "run", source.name, "-o", "out"]) == 0
    created = _files_under(tmp_path) - before
    assert created and all(out in path.parents for path in created), created
    assert not Path("/tmp/incidentmap-escaped").exists()
    # The documents report one event: grouped, its sources list every id.
    sources = {name for names in read_incidents(out / "incidents.gpkg")["sources"]
               for name in source_list(names)}
    assert "../../escaped" in sources and "/tmp/incidentmap-escaped" in sources
    assert "../\ufffd/escaped" in sources  # a lone surrogate is replaced on reading
