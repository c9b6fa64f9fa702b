"""Property tests: any Unicode text and any lon/lat survive every exporter literally.

Bounded examples keep this fast; ``incidentmap bench fuzz`` runs the long version.
"""

from __future__ import annotations

import json
import warnings

import geopandas as gpd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from geo.frame import CRS
from geo.write.incidents import read_incidents, write_incidents

# Anything a str can hold in UTF-8: controls, direction overrides, astral planes, NUL.
TEXT = st.text(st.characters(codec="utf-8"), max_size=120)
HOSTILE = st.sampled_from(["<script>alert(1)</script>", "${alert(1)}", "\u202egpj.exe",
                           "\x00", "\r\n", '"', "NA", "null", "", " ", "=1+1", "\ufeff"])
LON = st.floats(-180, 180, allow_nan=False).map(lambda v: round(v, 6))
LAT = st.floats(-90, 90, allow_nan=False).map(lambda v: round(v, 6))
ROWS = st.lists(st.tuples(st.one_of(TEXT, HOSTILE), st.one_of(st.none(), TEXT), LON, LAT),
                max_size=6)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _frame(rows) -> gpd.GeoDataFrame:
    # "evidence" and "location_name" are schema columns (string dtype) in every format.
    return gpd.GeoDataFrame(
        {"evidence": pd.Series([r[0] for r in rows], dtype="string"),
         "location_name": pd.Series([r[1] for r in rows], dtype="string")},
        geometry=[Point(r[2], r[3]) for r in rows], crs=CRS)


def _expected(values, ext: str) -> list:
    out = []
    for value in values:
        if value is not None and ext in (".geojson", ".gpkg"):
            value = value.replace("\x00", "\ufffd")  # GDAL cannot store U+0000
        if ext == ".csv" and value == "":
            value = None  # an empty CSV cell is missing
        out.append(value)
    return out


def _values(series: pd.Series) -> list:
    return [None if pd.isna(v) else v for v in series]


@pytest.mark.parametrize("ext", [".geojson", ".gpkg", ".parquet", ".csv"])
@SETTINGS
@given(rows=ROWS)
def test_text_and_points_round_trip(tmp_path, ext, rows):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = write_incidents(_frame(rows), tmp_path / f"fuzz{ext}")
    has_nul = any("\x00" in r[0] + (r[1] or "") for r in rows)
    warned = any("U+0000" in str(w.message) for w in caught)
    assert warned == (has_nul and ext in (".geojson", ".gpkg"))
    read = read_incidents(path)
    assert _values(read["evidence"]) == _expected([r[0] for r in rows], ext)
    assert _values(read["location_name"]) == _expected([r[1] for r in rows], ext)
    assert read.geometry.is_valid.all()
    assert [(p.x, p.y) for p in read.geometry] == [(r[2], r[3]) for r in rows]


@pytest.mark.filterwarnings("ignore:.*U\\+0000")
@SETTINGS
@given(rows=ROWS)
def test_geojson_is_always_valid_rfc7946(tmp_path, rows):
    path = write_incidents(_frame(rows), tmp_path / "fuzz.geojson")
    doc = json.loads(path.read_bytes().decode("utf-8", errors="strict"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert len(doc["features"]) == len(rows)
    for feature in doc["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90

