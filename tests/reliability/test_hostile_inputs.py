"""Hostile strings as JSONL/CSV fields, document ids and user gazetteer place names.

The corpus (``tests/data/hostile_strings.json``) goes in through the files a user hands
to ``incidentmap run`` and through a custom gazetteer layer; what comes out must be
valid GeoJSON and GeoPackage whose text reads back literally. The only changes allowed
are the documented ones: U+0000 becomes U+FFFD in GDAL formats, a lone surrogate becomes
U+FFFD on reading, and a layer's place names lose surrounding whitespace.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.normalize import fold
from geo import pipeline
from geo.cli import main
from geo.corroborate import merge_reports, source_list
from geo.extract import extract_incidents
from geo.frame import to_geodataframe
from geo.pipeline import Parser
from geo.write.incidents import read_incidents, write_incidents

HOSTILE: list[str] = json.loads(
    (Path(__file__).parents[1] / "data" / "hostile_strings.json").read_text(
        encoding="utf-8"))["strings"]
SURROGATES = range(0xD800, 0xE000)


def _has_surrogate(value: str) -> bool:
    return any(ord(ch) in SURROGATES for ch in value)


def _as_read(value: str) -> str:
    """What reading does to a string: a lone surrogate becomes U+FFFD."""
    return "".join("\ufffd" if ord(ch) in SURROGATES else ch for ch in value)


def _as_gdal(value: str) -> str:
    """What GeoJSON/GeoPackage writing does on top: U+0000 becomes U+FFFD."""
    return _as_read(value).replace("\x00", "\ufffd")


def _article(hostile: str) -> str:
    # An incident sentence around the payload, so every document gives a row.
    return f"Police killed 3 people in Almaty {hostile} on Monday."


@pytest.fixture
def tiny_parser(_tiny_gazetteer_file, monkeypatch):
    gaz = Gazetteer.open(_tiny_gazetteer_file, build=False)
    parser = Parser(gaz, ner=False)
    monkeypatch.setattr(pipeline, "_default", parser)
    yield parser
    gaz.close()


def _files_under(folder: Path) -> set[Path]:
    return {Path(root) / name for root, _, names in os.walk(folder) for name in names}


def _write_inputs(folder: Path) -> dict[str, str]:
    """Write one JSONL and one CSV holding the corpus; return expected source → text.

    Run from inside ``folder``, so a file is named as given on the command line.
    """
    expected: dict[str, str] = {}
    jsonl = folder / "hostile.jsonl"
    with open(jsonl, "w", encoding="utf-8") as handle:
        for hostile in HOSTILE:
            handle.write(json.dumps({"id": hostile, "text": _article(hostile),
                                     "url": hostile, "published": "2022-01-07"}) + "\n")
            # An empty id falls back to the file, as the batch job documents.
            expected[_as_read(hostile) or jsonl.name] = _as_read(_article(hostile))
    table = folder / "hostile.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "url", "published"])
        # A lone surrogate cannot be written as UTF-8, so CSV cannot carry one.
        rows = [h for h in HOSTILE if not _has_surrogate(h)]
        for number, hostile in enumerate(rows, start=2):
            doc_id = f"csv {hostile}" if hostile else ""
            writer.writerow([doc_id, _article(hostile), hostile, "2022-01-07"])
            expected[doc_id or f"hostile:{number}"] = _article(hostile)
    return expected


@pytest.mark.filterwarnings("ignore:.*U\\+0000")  # replaced in GDAL outputs, as documented
def test_hostile_fields_and_ids_through_run(tmp_path, tiny_parser, monkeypatch):
    work = tmp_path / "deep" / "work"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)  # relative ids like ../../x would land in tmp_path
    expected = _write_inputs(work)
    before = _files_under(tmp_path)
    out = work / "out"
    # One row per document (--no-merge): each report of the one event keeps its own row.
    assert main(["-q", "run", "hostile.jsonl", "hostile.csv", "-o", str(out),
                 "--no-merge"]) == 0
    created = _files_under(tmp_path) - before
    assert created and all(out in path.parents for path in created), created

    collection = json.loads((out / "incidents.geojson").read_bytes().decode("utf-8"))
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    for path in (out / "incidents.geojson", out / "incidents.gpkg"):
        frame = read_incidents(path)
        assert frame.geometry.is_valid.all() and frame.crs.to_epsg() == 4326
        by_source = {_as_gdal(source): text for source, text in expected.items()}
        # Every document yields its incident, under its literal id.
        assert set(frame["source"]) == set(by_source), path
        for source, evidence in zip(frame["source"], frame["evidence"], strict=True):
            assert evidence in _as_gdal(by_source[source]), (source, evidence)
        # Grouped, they are one event whose sources list every literal id.
        merged = merge_reports(frame)
        assert {name for names in merged["sources"] for name in source_list(names)} == set(
            by_source)

    html = (out / "map.html").read_text(encoding="utf-8")
    for raw in ("<script>alert(", "<img src=x onerror", "<svg onload", "javascript:alert(8)\""):
        assert raw not in html, raw


def _layer_names() -> list[str]:
    # A name must keep something after folding to be findable at all.
    return [h for h in HOSTILE if not _has_surrogate(h) and fold(h.strip())]


@pytest.mark.filterwarnings("ignore:.*U\\+0000")
def test_hostile_place_names_in_a_user_layer(tiny_gazetteer, tmp_path):
    names = _layer_names()
    layer = tmp_path / "hostile-places.csv"
    with open(layer, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "lat", "lon", "kind"])
        for number, name in enumerate(names):
            writer.writerow([name, 10 + number / 10, 20 + number / 10, "landmark"])
    assert tiny_gazetteer.add_layer(layer) == len(names)
    parser = Parser(tiny_gazetteer, ner=False)
    frames = []
    for name in names:
        place = tiny_gazetteer.lookup(name.strip())
        assert place.name == name.strip() and place.source == "layer:hostile-places"
        # Resolve the name as a given span, then extract the incident it sits in.
        text = _article(name)
        start = text.index(name)
        mentions = parser.resolve_spans(text, [(start, start + len(name))])
        assert [m.place.name for m in mentions] == [name.strip()], name
        parsed = dataclasses.replace(parser(text), mentions=tuple(mentions))
        frames.append(to_geodataframe(extract_incidents(parsed, published="2022-01-07"),
                                      source=name))
    import pandas as pd

    frame = pd.concat(frames, ignore_index=True)
    assert list(frame["location_name"]) == [n.strip() for n in names]
    for suffix in (".geojson", ".gpkg"):
        path = write_incidents(frame, tmp_path / f"places{suffix}")
        back = read_incidents(path)
        assert list(back["location_name"]) == [_as_gdal(n.strip()) for n in names]
        assert list(back["source"]) == [_as_gdal(n) for n in names]
    json.loads((tmp_path / "places.geojson").read_bytes().decode("utf-8"))
