"""maps.render / maps.save: layers, assets, bad input, and hostile text in every field."""

from __future__ import annotations

import json
import re
import warnings

import folium
import pytest
from shapely.geometry import Point, Polygon

from maps import MapInputError, MapWriteError, render, save
from maps.popups import EVIDENCE_LIMIT

_BLOB = re.compile(r'<script type="application/json" id="[^"]+">(.*?)</script>', re.S)


def payload_of(html: str) -> dict:
    """The data blob of a saved map (one per map)."""
    (blob,) = _BLOB.findall(html)
    return json.loads(blob)


def html_of(m: folium.Map) -> str:
    return m.get_root().render()


def test_one_feature_group_per_category_and_layer_control_last(incidents):
    m = render(incidents)
    children = list(m._children.values())
    groups = [c for c in children if isinstance(c, folium.FeatureGroup) and c.overlay]
    assert [g.layer_name for g in groups] == [
        "Unrest", "Violence", "Security operations", "Checkpoints"]
    assert isinstance(children[-1], folium.LayerControl)


@pytest.mark.parametrize("offline", [True, False])
def test_the_map_credits_the_gazetteers_sources(incidents, offline):
    # GeoNames (CC BY 4.0) and the ODbL database ask for credit on published maps.
    page = html_of(render(incidents, offline=offline))
    (call,) = re.findall(r"attributionControl\.addAttribution\((\"[^\n]*\")\);", page)
    credit = json.loads(call)
    assert all(name in credit for name in ("GeoNames", "CC BY 4.0", "ODbL", "Natural Earth"))


def test_legend_counts_and_dates(incidents):
    data = payload_of(html_of(render(incidents)))
    assert [layer["count"] for layer in data["layers"]] == [1, 1, 2, 1]
    assert data["dates"] == ["2022-01-04", "2022-01-05", "2022-01-06"]
    assert data["subtitle"] == "5 incidents · 2022-01-04 to 2022-01-06"


def test_country_wide_incident_is_drawn_as_the_country(incidents):
    data = payload_of(html_of(render(incidents)))
    (area,) = data["areas"]
    assert area["shape"] == "KZ"
    assert data["shapes"]["KZ"]["type"] in {"Polygon", "MultiPolygon"}
    # Four sites (two Almaty incidents ~450 m apart stay apart), the emergency the area.
    assert data["sites"]["n"] == [1, 1, 1, 1] and area["n"] == 1
    assert data["rows"]["q"][-1] == 3 and data["rows"]["l"][-1] == 2


def test_area_without_outline_is_a_circle_and_polygons_are_their_own_shape(
        incident_factory):
    square = Polygon([(70, 45), (71, 45), (71, 46), (70, 46)])
    frame = incident_factory([
        {"category": "security", "geo_precision": 3, "place_kind": "admin1",
         "country": "KZ", "lon": 70.0, "lat": 45.0},
        {"category": "security", "geo_precision": 1, "geometry": square},
    ])
    data = payload_of(html_of(render(frame)))
    circle, polygon = data["areas"]
    assert circle["shape"] is None and (circle["lat"], circle["lon"]) == (45.0, 70.0)
    assert polygon["shape"].startswith("g")


def test_unknown_category_gets_its_own_layer(incident_factory):
    frame = incident_factory([{"category": "strike", "lon": 1, "lat": 2},
                              {"category": None, "lon": 1, "lat": 2}])
    labels = [layer["label"] for layer in payload_of(html_of(render(frame)))["layers"]]
    assert labels == ["strike", "uncategorised"]


def test_offline_map_has_no_external_resource(incidents):
    html = html_of(render(incidents, offline=True, heatmap=True))
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)
    assert "L.tileLayer" not in html
    assert "Outlines and places (offline)" in html
    assert len(payload_of(html)["shapes"]) > 200  # every country for the base map


def test_maps_are_offline_unless_asked(incidents):
    html = html_of(render(incidents))
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)
    assert "L.tileLayer" not in html


def test_online_map_uses_osm_tiles_and_pinned_cdn(incidents):
    html = html_of(render(incidents, offline=False))
    assert "tile.openstreetmap.org" in html
    assert "OpenStreetMap\\u003c/a\\u003e contributors" in html  # attributed
    # The offline base is there too: the page falls back to it when tiles fail.
    assert "Outlines and places (offline)" in html
    assert len(payload_of(html)["shapes"]) > 200
    assert "npm/leaflet@1.9.4/dist/leaflet.js" in html
    assert "jquery" not in html.lower() and "bootstrap" not in html.lower()


def test_offline_refuses_tile_servers(incidents):
    with pytest.raises(ValueError, match="offline"):
        render(incidents, offline=True, tiles="OpenStreetMap")


def test_save_switches_assets_and_writes_atomically(incidents, tmp_path):
    m = render(incidents, offline=False)
    out = save(m, tmp_path / "map.html", offline=True)
    assert "<script src=" not in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_save_renders_a_geodataframe(incidents, tmp_path):
    out = save(incidents, tmp_path / "m.html", offline=True, title="T")
    assert "<title>T</title>" in out.read_text(encoding="utf-8")


def test_save_into_missing_folder_is_a_clear_error(incidents, tmp_path):
    with pytest.raises(MapWriteError, match="cannot write the map"):
        save(incidents, tmp_path / "missing" / "m.html")


def test_empty_frame_says_no_incidents(incident_factory):
    frame = incident_factory([])
    data = payload_of(html_of(render(frame)))
    assert data["layers"] == [] and data["subtitle"] == "No incidents to show"


def test_projected_crs_is_reprojected(incidents):
    projected = incidents.to_crs(3857)
    data = payload_of(html_of(render(projected)))
    assert 43.238 in data["sites"]["lat"] and 76.945 in data["sites"]["lon"]


def test_missing_crs_with_lonlat_warns_and_draws(incidents):
    frame = incidents.set_crs(None, allow_override=True)
    with pytest.warns(UserWarning, match="no CRS"):
        render(frame)


def test_missing_crs_with_projected_coordinates_is_an_error(incidents):
    frame = incidents.to_crs(3857).set_crs(None, allow_override=True)
    with pytest.raises(MapInputError, match="set_crs"):
        render(frame)


def test_bad_geometries_are_skipped_with_one_warning(incident_factory):
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    frame = incident_factory([
        {"category": "unrest", "lon": 1, "lat": 1},
        {"category": "unrest", "geometry": Point()},
        {"category": "unrest", "geometry": bowtie},
        {"category": "unrest", "lon": 500, "lat": 1},
    ])
    frame.loc[len(frame)] = frame.iloc[0]
    frame.loc[len(frame) - 1, "geometry"] = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = payload_of(html_of(render(frame)))
    messages = [str(w.message) for w in caught]
    assert messages == ["skipped 4 of 5 incidents with missing, empty or invalid geometry"]
    assert data["layers"][0]["count"] == 1


@pytest.mark.parametrize("value", [None, "not a frame"])
def test_not_a_geodataframe_is_an_error(value):
    with pytest.raises(MapInputError, match="GeoDataFrame"):
        render(value)


def test_missing_category_column_is_an_error(incidents):
    with pytest.raises(MapInputError, match="category"):
        render(incidents.drop(columns="category"))


def test_long_evidence_is_truncated_and_escaped(incident_factory):
    long = "<b>" + "x" * 5000
    frame = incident_factory([{"category": "unrest", "lon": 1, "lat": 1,
                               "evidence": long}])
    data = payload_of(html_of(render(frame)))
    evidence = data["strings"][data["rows"]["e"][0]]
    assert evidence.startswith("&lt;b&gt;xxx") and evidence.endswith("…")
    assert len(evidence) == EVIDENCE_LIMIT - 3 + len("&lt;b&gt;")


def test_source_is_a_link_only_for_http_urls(incident_factory):
    frame = incident_factory([
        {"category": "unrest", "lon": 1, "lat": 1, "source": "https://example.org/a"},
        {"category": "unrest", "lon": 1, "lat": 1, "source": "javascript:alert(1)"},
    ])
    data = payload_of(html_of(render(frame)))
    link, text = (data["strings"][i] for i in data["rows"]["s"])
    assert link.startswith('<a href="https://example.org/a"')
    assert text == "javascript:alert(1)"


# Elements that could run code or restyle the page; as escaped text ("&lt;img") they
# do not count. (Attribute payloads like onerror= are inert without their element.)
_DANGEROUS = ("<script", "<img", "<svg", "<iframe", "<object", "<embed", "<style",
              "<base", "<meta", "<link", "<form", "<details", "<video", "<body",
              "<math", "<input", "<marquee", "${alert")


def test_hostile_text_in_every_field_adds_no_markup(incident_factory, hostile_strings):
    fields = ("evidence", "location_name", "source", "event_type", "sub_event_type",
              "subtype", "admin1", "country", "event_date", "count_qualifier")
    rows = [dict.fromkeys(fields, text) | {
        "category": "unrest", "lon": 10 + i * 0.1, "lat": 10.0, "fatalities": i}
        for i, text in enumerate(hostile_strings)]
    benign = [dict(row, **dict.fromkeys(fields, "plain")) for row in rows]
    names = {"unrest": hostile_strings[0]}
    hostile_html = html_of(render(incident_factory(rows), offline=True,
                                  title=hostile_strings[1], layer_names=names))
    benign_html = html_of(render(incident_factory(benign), offline=True,
                                 title="plain", layer_names={"unrest": "plain"}))
    for token in _DANGEROUS:
        assert hostile_html.lower().count(token) == benign_html.lower().count(token), token
    hostile_strings_table = payload_of(hostile_html)["strings"]
    assert all(not set(text) & set("<>\"'`$\\") or text.startswith("<a href=")
               for text in hostile_strings_table)


def test_jinja_in_data_is_not_evaluated(incident_factory):
    # folium/branca re-compile element output as Jinja: "{{ 6*7 }}" would become "42".
    frame = incident_factory([{"category": "unrest", "lon": 1, "lat": 1,
                               "evidence": "{{ 6*7 }}", "location_name": "{% if 1 %}"}])
    html = html_of(render(frame, layer_names={"unrest": "{{ 5*5 }}"}, title="{# x #}"))
    # The layer control gets the escaped name as JSON, where & is \u0026.
    assert "\\u0026#123;\\u0026#123; 5*5 \\u0026#125;\\u0026#125;" in html
    data = payload_of(html)
    assert "&#123;&#123; 6*7 &#125;&#125;" in data["strings"]
    assert data["title"] == "&#123;# x #&#125;"


def test_layer_names_stay_unique(incident_factory):
    frame = incident_factory([{"category": "unrest", "lon": 1, "lat": 1},
                              {"category": "violence", "lon": 1, "lat": 1}])
    m = render(frame, layer_names={"violence": "Unrest"})
    names = [c.layer_name for c in m._children.values()
             if isinstance(c, folium.FeatureGroup) and c.overlay]
    assert names == ["Unrest", "Unrest (2)"]


def test_outlines_are_the_main_country_not_a_same_coded_islet():
    from shapely.geometry import Point, shape

    from maps.outlines import country_shapes

    # Natural Earth also codes Clipperton Island FR and Ashmore Reef AU.
    assert shape(country_shapes()["FR"]).contains(Point(2.35, 48.86))
    assert shape(country_shapes()["AU"]).contains(Point(151.2, -33.9))


def test_incidents_at_one_spot_are_one_site_listed_by_date(incident_factory):
    rows = [{"category": category, "lon": 74.6, "lat": 42.87, "event_date": date,
             "evidence": f"e{i}"}
            for i, (category, date) in enumerate([("unrest", "2022-01-07"),
                                                  ("security", None),
                                                  ("violence", "2022-01-05")])]
    rows.append({"category": "unrest", "lon": 74.60001, "lat": 42.87001,
                 "event_date": "2022-01-06", "evidence": "e3"})  # ~1 m away: same spot
    data = payload_of(html_of(render(incident_factory(rows))))
    assert data["sites"]["n"] == [4]
    evidence = [data["strings"][i] for i in data["rows"]["e"]]
    assert evidence == ["e2", "e3", "e0", "e1"]  # by date, undated last


def test_area_incidents_of_all_layers_share_one_area_largest_first(incident_factory):
    rows = [{"category": category, "lon": 67.0, "lat": 48.0, "geo_precision": 3,
             "place_kind": "country", "country": "KZ"} for category in
            ("unrest", "security", "violence")]
    rows.append({"category": "unrest", "lon": 74.6, "lat": 42.9, "geo_precision": 3,
                 "place_kind": "admin1", "country": "KG"})
    data = payload_of(html_of(render(incident_factory(rows))))
    assert [(a["shape"], a["n"], a["kind"]) for a in data["areas"]] == [
        ("KZ", 3, "country"), (None, 1, "region")]


@pytest.mark.parametrize(("precision", "kind", "expected"), [
    (1, "airport", 0), (1, "city", 1), (1, None, 0), (2, "city", 2), (3, "admin1", 3)])
def test_precision_classes(incident_factory, precision, kind, expected):
    frame = incident_factory([{"category": "unrest", "lon": 1, "lat": 1,
                               "geo_precision": precision, "place_kind": kind}])
    assert payload_of(html_of(render(frame)))["rows"]["q"] == [expected]


def test_datetime_dates_are_days(incidents):
    frame = incidents.copy()
    frame["event_date"] = frame["event_date"].astype("datetime64[ns]")
    data = payload_of(html_of(render(frame)))
    assert data["dates"] == ["2022-01-04", "2022-01-05", "2022-01-06"]


def test_place_labels_come_from_the_gazetteer_by_zoom_band(incidents, gazetteer):
    labels = payload_of(html_of(render(incidents, offline=True)))["labels"]
    named = set(zip(labels["n"], labels["z"], labels["k"], strict=True))
    assert ("Almaty", 5, 2) in named  # the city (~2 million people) from zoom 5
    assert any(name == "Kazakhstan" and kind == 0 for name, _, kind in named)
    assert min(labels["z"]) >= 2 and len(labels["n"]) < 3000


def test_a_ranged_incident_carries_its_last_day(incident_factory):
    rows = [{"category": "unrest", "lon": 74.6, "lat": 42.87, "event_date": "2022-01-03",
             "event_date_end": "2022-01-06", "evidence": "since Monday"},
            {"category": "violence", "lon": 76.9, "lat": 43.25,
             "event_date": "2022-01-04", "evidence": "on Tuesday"}]
    data = payload_of(html_of(render(incident_factory(rows))))
    # The slider reaches the last day; "only that day" shows the range on each of its days.
    assert data["dates"] == ["2022-01-03", "2022-01-04", "2022-01-06"]
    assert sorted(zip(data["rows"]["d"], data["rows"]["de"], strict=True)) == [
        (0, 2), (1, 1)]


def test_frames_without_ranges_keep_the_payload_as_it_was(incidents):
    assert "de" not in payload_of(html_of(render(incidents)))["rows"]
