"""The offline base map's place labels: taken from a Gazetteer object (its own file and
its user layers), never read from the gazetteer's store by maps/."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from maps import render
from maps.labels import place_labels

MAPS = Path(__file__).resolve().parents[2] / "maps"
KAZAKHSTAN = (66.0, 42.0, 78.0, 52.0)  # west, south, east, north
ALMATY = np.array([[76.95, 43.24]])
TOWNS = ("name,lat,lon,kind,country,population\n"
         "Talgar,43.30,77.24,city,KZ,20000\n"  # near the incident: a label from zoom 8
         "Farawayville,50.0,64.0,city,KZ,20000\n")  # as small, far from any incident


def labelled(labels: dict[str, list]) -> set[tuple[str, int, int]]:
    return set(zip(labels["n"], labels["z"], labels["k"], strict=True))


def test_labels_come_from_the_given_gazetteer_and_its_user_layers(tiny_gazetteer, tmp_path):
    layer = tmp_path / "towns.csv"
    layer.write_text(TOWNS, encoding="utf-8")
    tiny_gazetteer.add_layer(layer)
    named = labelled(place_labels(KAZAKHSTAN, ALMATY, tiny_gazetteer))
    # The tiny gazetteer's own places (not the default gazetteer's) and the layer's town.
    assert named == {("Kazakhstan", 3, 0), ("Almaty", 5, 2), ("Astana", 5, 2),
                     ("Almaty", 5, 1), ("Talgar", 8, 2)}


def test_render_draws_the_labels_of_its_gazetteer(incidents, tiny_gazetteer, tmp_path):
    layer = tmp_path / "towns.csv"
    layer.write_text(TOWNS, encoding="utf-8")
    tiny_gazetteer.add_layer(layer)
    html = render(incidents, gazetteer=tiny_gazetteer).get_root().render()
    assert '"Talgar"' in html and "Farawayville" not in html


def test_no_default_gazetteer_means_no_labels_and_no_build(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(tmp_path))
    assert place_labels(KAZAKHSTAN, ALMATY)["n"] == []
    assert list(tmp_path.iterdir()) == []


def test_maps_never_reads_the_gazetteer_store_itself():
    store_access = re.compile(r"\bdefault_path\b|\bopen_readonly\b|\bsqlite3\b|\.execute\("
                              r"|\bSELECT\b|gazetteer\.store|gazetteer\._query")
    found = [f"{path.relative_to(MAPS.parent)}:{number}: {line.strip()}"
             for path in sorted(MAPS.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if store_access.search(line)]
    assert found == []
