"""Exporters: round trips, RFC 7946, GeoPackage layer and index, atomic replacement."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from pyogrio.errors import DataSourceError
from shapely.geometry import LineString, Point

from gazetteer.place import Place
from geo.errors import ExportError, InputError
from geo.frame import CRS, empty_incidents, to_geodataframe
from geo.model import Counts, Incident, Mention
from geo.write import formats
from geo.write.incidents import check_output_path, read_incidents, write_incidents

EXTENSIONS = [".geojson", ".json", ".gpkg", ".parquet", ".csv"]


def _incidents() -> gpd.GeoDataFrame:
    """A few rows with every column kind filled, some left empty, and hostile text."""
    almaty = Place("geonames:1526384", "Almaty", 43.25654, 76.92848, "city", "KZ",
                   "Almaty Qalasy")
    country = Place("geonames:1522867", "Kazakhstan", 48.0, 68.0, "country", "KZ")
    text = 'Rioters set fire to the town hall in Almaty; "<script>alert(1)</script>" ‮'
    start = text.index("Almaty")
    fire = Incident(
        "Riots", "Violent demonstration", Mention(start, start + 6, "Almaty", place=almaty),
        1, plover="PROTEST", subtype="arson", event_date=dt.date(2022, 1, 5),
        event_date_end=dt.date(2022, 1, 6), time_precision=2,
        counts=Counts(fatalities=26, injured=748, qualifier="exact", victim_group="police"),
        actor1="rioters", evidence=((0, len(text)),), evidence_text=text, confidence=0.8)
    arrests = Incident(
        "Strategic developments", "Arrests", Mention(0, 10, "Kazakhstan", place=country),
        3, plover="COERCE", counts=Counts(arrested=3800, qualifier="at_least"),
        evidence=((5, 9), (40, 60)), evidence_text="NA\nnull\r\n, ;\t'`${x}`",
        confidence=0.5)
    return to_geodataframe([fire, arrests], source="../../doc 1.txt")


def _assert_round_trip(written: gpd.GeoDataFrame, read: gpd.GeoDataFrame, *,
                       csv: bool = False) -> None:
    assert list(read.columns) == list(written.columns)
    expected = pd.DataFrame(written.drop(columns="geometry")).reset_index(drop=True)
    if csv:  # an empty CSV cell cannot tell "" from missing; both read back as missing
        expected = expected.replace("", pd.NA)
    pd.testing.assert_frame_equal(pd.DataFrame(read.drop(columns="geometry")), expected,
                                  check_index_type=False)
    assert read.crs.equals(CRS)
    # GeoJSON keeps 6 decimals (about 0.1 m).
    assert read.geometry.geom_equals_exact(written.geometry.reset_index(drop=True),
                                           tolerance=1e-6).all()


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_empty_frame_round_trips_with_full_schema(tmp_path, ext):
    path = write_incidents(empty_incidents(), tmp_path / f"none{ext}")
    read = read_incidents(path)
    assert read.empty
    assert (read.dtypes == empty_incidents().dtypes).all()
    _assert_round_trip(empty_incidents(), read)


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_incidents_round_trip(tmp_path, ext):
    gdf = _incidents()
    read = read_incidents(write_incidents(gdf, tmp_path / f"out{ext}"))
    _assert_round_trip(gdf, read, csv=ext == ".csv")


def test_geojson_follows_rfc7946(tmp_path):
    gdf = _incidents()
    gdf.loc[0, "geometry"] = Point(76.123456789, 43.987654321)
    path = write_incidents(gdf, tmp_path / "out.geojson")
    doc = json.loads(path.read_bytes().decode("utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert doc["name"] == "incidents"
    assert doc["features"][0]["geometry"]["coordinates"] == [76.123457, 43.987654]
    props = doc["features"][0]["properties"]
    assert (props["event_date"], props["event_date_end"]) == ("2022-01-05", "2022-01-06")
    # Text is stored literally as UTF-8, not as \u escapes or HTML entities.
    assert "<script>alert(1)</script>" in path.read_text(encoding="utf-8")
    assert props["location_name"] == "Almaty"


def test_dates_become_iso_strings_in_text_formats(tmp_path):
    gdf = gpd.GeoDataFrame(
        {"day": [dt.date(2022, 1, 7)], "at": pd.to_datetime(["2022-01-07T10:30:00"])},
        geometry=[Point(1, 2)], crs=CRS)
    for ext in (".geojson", ".csv"):
        read = read_incidents(write_incidents(gdf, tmp_path / f"d{ext}"))
        assert read.loc[0, "day"] == "2022-01-07"
        assert read.loc[0, "at"] == "2022-01-07T10:30:00"


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="ogrinfo (gdal-bin) missing")
def test_ogrinfo_reads_geojson_without_warnings(tmp_path):
    path = write_incidents(_incidents(), tmp_path / "out.geojson")
    done = subprocess.run(["ogrinfo", "-al", "-so", str(path)], capture_output=True,
                          text=True, check=True)
    assert "Warning" not in done.stdout + done.stderr
    assert not done.stderr.strip()
    assert "Feature Count: 2" in done.stdout


def test_gpkg_event_date_is_a_date_field_that_reads_back_as_text(tmp_path):
    path = write_incidents(_incidents(), tmp_path / "out.gpkg")
    info = pyogrio.read_info(path)
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["event_date"] == types["event_date_end"] == "OFTDate"  # QGIS filters
    read = read_incidents(path)
    assert list(read["event_date"]) == ["2022-01-05", pd.NA]
    assert list(read["event_date_end"]) == ["2022-01-06", pd.NA]
    with sqlite3.connect(path) as db:  # GeoPackage 1.2 (0x000027D8), not 1.4
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10200


def test_gpkg_keeps_event_dates_that_are_not_iso_dates_as_text(tmp_path):
    frame = _incidents().assign(event_date=["2022-01", None])
    path = write_incidents(frame, tmp_path / "out.gpkg")
    info = pyogrio.read_info(path)
    assert dict(zip(info["fields"], info["ogr_types"], strict=True))["event_date"] == \
        "OFTString"
    assert list(read_incidents(path)["event_date"]) == ["2022-01", pd.NA]


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="ogrinfo (gdal-bin) missing")
def test_ogrinfo_reads_gpkg_dates_without_warnings(tmp_path):
    path = write_incidents(_incidents(), tmp_path / "out.gpkg")
    done = subprocess.run(["ogrinfo", "-al", str(path)], capture_output=True, text=True,
                          check=True)
    assert not done.stderr.strip() and "Warning" not in done.stdout
    assert "event_date: Date" in done.stdout
    assert "event_date (Date) = 2022/01/05" in done.stdout


def test_gpkg_has_named_layer_and_spatial_index(tmp_path):
    path = write_incidents(_incidents(), tmp_path / "out.gpkg", layer="unrest")
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute(
            "SELECT table_name FROM gpkg_contents")}
        extensions = {row[0] for row in db.execute(
            "SELECT extension_name FROM gpkg_extensions")}
    assert tables == {"unrest"}
    assert "gpkg_rtree_index" in extensions


def test_an_existing_geopackage_keeps_its_other_layers(tmp_path):
    import pyogrio

    path = tmp_path / "project.gpkg"
    roads = gpd.GeoDataFrame({"name": ["A1"]}, geometry=[LineString([(0, 0), (1, 1)])],
                             crs=CRS)
    pyogrio.write_dataframe(roads, path, layer="roads", driver="GPKG")
    write_incidents(_incidents(), path)
    write_incidents(_incidents().head(1), path)  # the incidents layer is replaced
    layers = {str(name) for name, _ in pyogrio.list_layers(path)}
    assert layers == {"roads", "incidents"}
    assert len(read_incidents(path)) == 1
    assert list(pyogrio.read_dataframe(path, layer="roads")["name"]) == ["A1"]
    # Something that is no GeoPackage is replaced as before.
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"not a geopackage")
    assert len(read_incidents(write_incidents(_incidents(), junk))) == len(_incidents())


def test_geoparquet_reads_with_geopandas(tmp_path):
    path = write_incidents(_incidents(), tmp_path / "out.parquet")
    read = gpd.read_parquet(path)
    assert len(read) == 2 and read.crs.equals(CRS)


def test_csv_has_lat_lon_columns(tmp_path):
    path = write_incidents(_incidents(), tmp_path / "out.csv")
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-2:] == ["lat", "lon"]
    assert "geometry" not in header


def test_csv_refuses_non_points(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[LineString([(0, 0), (1, 1)])], crs=CRS)
    with pytest.raises(ExportError, match="points only"):
        write_incidents(gdf, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_other_crs_is_reprojected(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[Point(76.92848, 43.25654)], crs=CRS)
    read = read_incidents(write_incidents(gdf.to_crs(3857), tmp_path / "out.geojson"))
    assert read.geometry[0].x == pytest.approx(76.92848, abs=1e-6)
    assert read.geometry[0].y == pytest.approx(43.25654, abs=1e-6)


def test_missing_crs_is_refused(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[Point(1, 2)])
    with pytest.raises(ExportError, match="no CRS"):
        write_incidents(gdf, tmp_path / "out.geojson")


def test_out_of_range_coordinates_are_refused(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[Point(200, 2)], crs=CRS)
    with pytest.raises(ExportError, match="lon/lat"):
        write_incidents(gdf, tmp_path / "out.geojson")


def test_empty_geometries_are_dropped_with_warning(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1, 2, 3]}, geometry=[Point(1, 2), None, Point()],
                           crs=CRS)
    with pytest.warns(UserWarning, match="dropped 2 row"):
        path = write_incidents(gdf, tmp_path / "out.geojson")
    assert read_incidents(path)["a"].tolist() == [1]


def test_nul_is_replaced_for_gdal_formats_and_kept_elsewhere(tmp_path):
    gdf = gpd.GeoDataFrame({"t": ["a\x00b"]}, geometry=[Point(1, 2)], crs=CRS)
    with pytest.warns(UserWarning, match="U\\+0000"):
        path = write_incidents(gdf, tmp_path / "out.gpkg")
    assert read_incidents(path).loc[0, "t"] == "a\ufffdb"
    for ext in (".parquet", ".csv"):
        assert read_incidents(write_incidents(gdf, tmp_path / f"o{ext}")).loc[0, "t"] \
            == "a\x00b"


def test_lone_surrogates_are_refused(tmp_path):
    # pandas' default string dtype cannot even hold them; an object column can.
    text = pd.Series(["bad \udcff"], dtype=object)
    gdf = gpd.GeoDataFrame({"t": text}, geometry=[Point(1, 2)], crs=CRS)
    with pytest.raises(ExportError, match="column 't'"):
        write_incidents(gdf, tmp_path / "out.geojson")


def test_driver_overrides_extension_and_kwargs_are_forwarded(tmp_path):
    path = write_incidents(_incidents(), tmp_path / "out.txt", driver="geojson",
                           layer_options={"COORDINATE_PRECISION": 2})
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["features"][0]["geometry"]["coordinates"] == [76.93, 43.26]
    assert len(read_incidents(path, driver="GeoJSON")) == 2


@pytest.mark.parametrize(("name", "match"), [
    ("out.shp", "unknown output format"),
    ("missing/out.geojson", "does not exist"),
    ("afile/out.geojson", "not a folder"),
    ("adir", "is a folder"),
])
def test_check_output_path_fails_before_work(tmp_path, name, match):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir.geojson").mkdir()
    target = tmp_path / (name + ".geojson" if name == "adir" else name)
    with pytest.raises(ExportError, match=match) as info:
        check_output_path(target)
    assert str(tmp_path) in str(info.value)
    with pytest.raises(ExportError):
        write_incidents(_incidents(), target)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root (or Windows) can write into read-only folders")
def test_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="not writable"):
            check_output_path(folder / "out.geojson")
    finally:
        folder.chmod(0o700)


def test_unknown_driver_is_refused(tmp_path):
    with pytest.raises(ExportError, match="unknown driver"):
        check_output_path(tmp_path / "out.geojson", driver="KML")


def test_failed_write_leaves_old_file_intact(tmp_path, monkeypatch):
    path = write_incidents(_incidents(), tmp_path / "out.geojson")
    before = path.read_bytes()

    def half_write(gdf, tmp, **kwargs):
        tmp.write_text('{"type": "FeatureCollection", "features": [')
        raise DataSourceError("disk full")

    monkeypatch.setattr(formats.pyogrio, "write_dataframe", half_write)
    with pytest.raises(ExportError, match="disk full"):
        write_incidents(empty_incidents(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.geojson"]


@pytest.mark.parametrize(("content", "name"), [
    ('{"type": "FeatureCollection", "features": [', "torn.geojson"),
    ("", "empty.geojson"),
    ("a,b\n1,2\n", "nocoords.csv"),
    ("\xff\xfe", "bad.csv"),
])
def test_unreadable_input_names_the_file(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(InputError) as info:
        read_incidents(path)
    assert name in str(info.value)


def test_missing_input_names_the_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.gpkg"):
        read_incidents(tmp_path / "nope.gpkg")
