"""User layers: each importer on files the tests write, atomicity, and ranking."""

from __future__ import annotations

import json
import zipfile

import pytest

from gazetteer import SourceFormatError

CSV = """name,lat,lon,kind,alternate_names,parent
Akimat of Almaty,43.2380,76.9455,landmark,City Hall|Almaty city administration,Almaty
Republic Square,43.2382,76.9452,landmark,Respublika Square,Almaty
Almaty,43.30,76.95,checkpoint,,Almaty
"""


def test_csv_layer_is_imported_and_found(tiny_gazetteer, tmp_path):
    path = tmp_path / "city-halls.csv"
    path.write_text(CSV, encoding="utf-8")
    assert tiny_gazetteer.add_layer(path) == 3
    hall = tiny_gazetteer.lookup("City Hall")
    assert (hall.name, hall.kind, hall.parent) == ("Akimat of Almaty", "landmark", "Almaty")
    assert hall.source == "layer:city-halls"
    assert "respublika square" in tiny_gazetteer.names()
    assert tiny_gazetteer.info()["layers"][0]["places"] == 3


def test_layer_outranks_built_in_place_of_the_same_name(tiny_gazetteer, tmp_path):
    path = tmp_path / "checkpoints.csv"
    path.write_text(CSV, encoding="utf-8")
    tiny_gazetteer.add_layer(path)
    assert tiny_gazetteer.lookup("Almaty").kind == "checkpoint"
    assert tiny_gazetteer.lookup("Almaty", kind="city").id == "tiny:almaty"


def test_reimporting_a_layer_replaces_it(tiny_gazetteer, tmp_path):
    path = tmp_path / "halls.csv"
    path.write_text(CSV, encoding="utf-8")
    tiny_gazetteer.add_layer(path)
    path.write_text("name,lat,lon\nNew Hall,43.0,76.0\n", encoding="utf-8")
    assert tiny_gazetteer.add_layer(path) == 1
    assert tiny_gazetteer.candidates("City Hall") == []
    assert tiny_gazetteer.lookup("New Hall").kind == "landmark"


@pytest.mark.parametrize(("text", "line", "message"), [
    ("name,lat\nA,1\n", 1, "missing column"),
    ("name,lat,lon\nA,1,2\nB,north,2\n", 3, "column 'lat': not a number"),
    ("name,lat,lon\nA,1,2\nB,,2\n", 3, "column 'lat': missing"),
    ("name,lat,lon,population\nA,1,2,1e400\n", 2, "column 'population': not a number"),
    ("name,lat,lon\nA,1,2\nB,95,2\n", 3, "latitude"),
    ("name,lat,lon\nA,1,2\n ,3,4\n", 3, "empty name"),
    ("name,lat,lon,kind\nA,1,2,volcano\n", 2, "kind"),
])
def test_bad_csv_names_file_and_line_and_imports_nothing(tiny_gazetteer, tmp_path,
                                                          text, line, message):
    good = tmp_path / "good.csv"
    good.write_text(CSV, encoding="utf-8")
    tiny_gazetteer.add_layer(good, name="halls")
    bad = tmp_path / "bad.csv"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(SourceFormatError, match=message) as caught:
        tiny_gazetteer.add_layer(bad, name="halls")
    assert caught.value.line == line
    assert str(bad) in str(caught.value)
    # The earlier import of the same layer is intact.
    assert tiny_gazetteer.lookup("City Hall").name == "Akimat of Almaty"


def test_missing_and_unknown_files(tiny_gazetteer, tmp_path):
    with pytest.raises(SourceFormatError, match="no such file"):
        tiny_gazetteer.add_layer(tmp_path / "absent.csv")
    odd = tmp_path / "places.xlsx"
    odd.write_bytes(b"PK")
    with pytest.raises(SourceFormatError, match="unknown layer format"):
        tiny_gazetteer.add_layer(odd)


def test_geojson_points_and_areas(tiny_gazetteer, tmp_path):
    square = [[[76.0, 43.0], [76.2, 43.0], [76.2, 43.2], [76.0, 43.2], [76.0, 43.0]]]
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [76.93, 43.24]},
         "properties": {"name": "Police Department No. 1", "kind": "landmark"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": square},
         "properties": {"name": "Curfew Zone", "alternate_names": ["Zone A"]}},
    ]}
    path = tmp_path / "police.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert tiny_gazetteer.add_layer(path, kind="checkpoint") == 2
    zone = tiny_gazetteer.lookup("Zone A")
    assert zone.kind == "checkpoint"
    assert 43.0 < zone.lat < 43.2 and 76.0 < zone.lon < 76.2
    assert tiny_gazetteer.lookup("Police Department No. 1").lon == pytest.approx(76.93)


def test_bad_geojson(tiny_gazetteer, tmp_path):
    path = tmp_path / "bad.geojson"
    path.write_text('{"type": "FeatureCollection",\n "features": [,]}', encoding="utf-8")
    with pytest.raises(SourceFormatError) as caught:
        tiny_gazetteer.add_layer(path)
    assert caught.value.line == 2
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]},
         "properties": {}}]}), encoding="utf-8")
    with pytest.raises(SourceFormatError, match="feature 1 has no name"):
        tiny_gazetteer.add_layer(path)
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                    '"geometry": {"type": "Point", "coordinates": [1, 2]}, '
                    '"properties": {"name": "Big", "population": 1e400}}]}',
                    encoding="utf-8")
    with pytest.raises(SourceFormatError, match="feature 1"):
        tiny_gazetteer.add_layer(path)


def _geonames_row(gid, name, lat, lon, fclass, fcode, cc, admin1, pop, alts=""):
    cols = [str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "",
            admin1, "", "", "", str(pop), "", "800", "Asia/Almaty", "2024-01-01"]
    return "\t".join(cols)


def test_geonames_country_dump_zipped(tiny_gazetteer, tmp_path, caplog):
    rows = [
        _geonames_row(1537162, "Almaty Oblysy", 45.0, 78.0, "A", "ADM1", "KZ", "10", 0),
        _geonames_row(1518980, "Talgar", 43.30, 77.24, "P", "PPL", "KZ", "10", 45000,
                      "Talgar,Талгар"),
        _geonames_row(9999, "Stream", 43.0, 77.0, "H", "STM", "KZ", "10", 0),
    ]
    path = tmp_path / "KZ.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("KZ.txt", "\n".join(rows) + "\n")
        archive.writestr("readme.txt", "GeoNames readme")
    assert tiny_gazetteer.add_layer(path, name="geonames-kz") == 2
    # The stream is left out, and the import says so.
    assert "1 row not imported (feature classes H" in caplog.text
    talgar = tiny_gazetteer.lookup("Талгар")
    assert (talgar.id, talgar.admin1, talgar.population) == (
        "geonames:1518980", "Almaty Oblysy", 45000)


def test_geonames_bad_row_is_reported_with_its_line(tiny_gazetteer, tmp_path):
    path = tmp_path / "KZ.txt"
    path.write_text(_geonames_row(1, "A", 1, 1, "P", "PPL", "KZ", "", 1) + "\nbroken\tline\n",
                    encoding="utf-8")
    with pytest.raises(SourceFormatError, match="columns") as caught:
        tiny_gazetteer.add_layer(path)
    assert caught.value.line == 2


def test_geonames_alternate_names_extend_existing_places(tiny_gazetteer, tmp_path):
    path = tmp_path / "alternateNamesV2.txt"
    path.write_text("1\t424242\ten\tX\t\t\t\t\t\t\n", encoding="utf-8")
    # The tiny gazetteer has no geonames ids: nothing to attach to.
    with pytest.raises(SourceFormatError, match="no places"):
        tiny_gazetteer.add_layer(path)
    path.write_text("1\t42\ten\tX\t\t\t\t\t\t\n2\tabc\ten\tY\t\t\t\t\t\t\n",
                    encoding="utf-8")
    with pytest.raises(SourceFormatError, match="not a number") as caught:
        tiny_gazetteer.add_layer(path)
    assert caught.value.line == 2
    kz = tmp_path / "KZ.txt"
    kz.write_text(_geonames_row(1518980, "Talgar", 43.3, 77.24, "P", "PPL", "KZ", "", 1)
                  + "\n", encoding="utf-8")
    tiny_gazetteer.add_layer(kz)
    path.write_text("7\t1518980\tkk\tТалғар\t1\t\t\t\t\t\n"
                    "8\t1518980\tlink\thttps://example.org/talgar\t\t\t\t\t\t\n",
                    encoding="utf-8")
    assert tiny_gazetteer.add_layer(path, name="talgar-names") == 1
    assert tiny_gazetteer.lookup("Талғар").id == "geonames:1518980"
    assert "https" not in " ".join(tiny_gazetteer.lookup("Talgar").alternate_names)


def test_osm_pbf_landmarks(tiny_gazetteer, tmp_path):
    osmium = pytest.importorskip("osmium")
    path = tmp_path / "almaty.osm.pbf"
    writer = osmium.SimpleWriter(str(path))
    try:
        writer.add_node(osmium.osm.mutable.Node(
            id=1, location=(76.9455, 43.2380), version=1,
            tags={"amenity": "townhall", "name": "Akimat", "name:en": "Almaty City Hall"}))
        writer.add_node(osmium.osm.mutable.Node(
            id=2, location=(76.95, 43.25), version=1, tags={"amenity": "cafe", "name": "Cafe"}))
        for i, (lon, lat) in enumerate([(77.03, 43.35), (77.05, 43.35), (77.05, 43.36)], 10):
            writer.add_node(osmium.osm.mutable.Node(id=i, location=(lon, lat), version=1))
        writer.add_way(osmium.osm.mutable.Way(
            id=5, nodes=[10, 11, 12, 10], version=1,
            tags={"aeroway": "aerodrome", "name": "Almaty Airfield", "iata": "ALX"}))
    finally:
        writer.close()
    assert tiny_gazetteer.add_layer(path) == 2
    hall = tiny_gazetteer.lookup("Almaty City Hall")
    assert (hall.id, hall.kind, hall.feature_code) == ("osm:node/1", "landmark",
                                                       "amenity=townhall")
    field = tiny_gazetteer.lookup("ALX")
    assert field.kind == "airport" and field.lat == pytest.approx(43.3533, abs=1e-3)
    assert tiny_gazetteer.candidates("Cafe") == []
