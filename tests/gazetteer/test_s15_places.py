"""Places, session 15 (issue 17): regions news names that no package lists, at their
member towns' mean, and second-level divisions that aigeodb's divisions table puts
abroad at the point its city table gives them. Invented places for the builders; the
real gazetteer for its rows."""

from __future__ import annotations

import pytest

from gazetteer.geometry import haversine_km
from gazetteer.normalize import fold
from gazetteer.place import Place
from gazetteer.sources import divisions, named_regions


def _town(pid, name, lat, lon, country="QX", population=10_000):
    return Place(id=pid, name=name, lat=lat, lon=lon, kind="city", country=country,
                 admin1="Nordmark", population=population, parent="div:nordmark")


def test_a_region_lies_at_its_towns_mean_and_counts_their_people(monkeypatch):
    monkeypatch.setattr(named_regions, "_COUNTIES", (
        ("Greater Velmor", (), "QX", ("Velmor", "Ostrin", "Nowhere")),))
    monkeypatch.setattr(named_regions, "_REGIONS", (
        ("Brindel Valley", ("Brindel",), "", ("Kask@QX", "Tarn@QY")),
        ("Empty Steppe", (), "QX", ("Nowhere",)),))
    index = {("QX", "velmor"): [_town("g:1", "Velmor", 10.0, 20.0, population=50_000),
                                _town("g:9", "Velmor", 30.0, 40.0, population=500)],
             ("QX", "ostrin"): [_town("g:2", "Ostrin", 10.2, 20.2)],
             ("QX", "kask"): [_town("g:3", "Kask", 0.0, 10.0)],
             ("QY", "tarn"): [_town("g:4", "Tarn", 0.0, 12.0, country="QY")]}
    county, valley = named_regions.named_region_places(index)  # the steppe has no town
    assert (county.kind, county.feature_code, county.admin1) == ("admin2", "ADM2", "England")
    assert haversine_km(county.lat, county.lon, 10.1, 20.1) < 2  # the larger Velmor's
    assert county.extra["cities_population"] == 60_000
    assert (valley.kind, valley.feature_code, valley.country) == ("region", "RGN", "")
    assert (round(valley.lat, 3), round(valley.lon, 3)) == (0.0, 11.0)
    assert valley.alternate_names == ("Brindel",)


def test_a_misplaced_division_takes_the_city_table_s_point(monkeypatch):
    monkeypatch.setattr(divisions, "division_names", lambda: {
        ("QX", "velmorshire"), ("QX", "ostrin"), ("QX", "kask")})
    monkeypatch.setattr(divisions, "_aigeodb_cities", lambda: {
        ("QX", "velmorshire"): [(7, 10.5, 20.5)],  # the county, at GeoNames' ADM2 point
        ("QX", "ostrin"): [(8, 12.0, 22.0)],  # a town of that name lies there
        ("QX", "kask"): [(9, 11.0, 21.0)],  # two divisions bear the name
        ("QX", "tarnby"): [(9, 11.0, 21.0)]})  # no second-level division's name
    abroad = {"lat": 40.0, "lon": -80.0, "fips": "", "iso": "", "type": ""}
    rows = [divisions.Division(1, "Velmorshire", "QX", **abroad),
            divisions.Division(2, "Ostrin", "QX", **abroad),
            divisions.Division(3, "Kask", "QX", **abroad),
            divisions.Division(4, "Kask", "QX", **abroad),
            divisions.Division(5, "Tarnby", "QX", **abroad)]
    grid = divisions.CityGrid([{"countrycode": "QX", "latitude": 10.4, "longitude": 20.4}])
    listed = divisions._ListedPoints(rows, {("QX", "ostrin"): [_town("g:2", "Ostrin", 12.0,
                                                                     22.05)]})
    assert [listed.point(d, grid) for d in rows] == [(10.5, 20.5), None, None, None, None]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "country", "kind", "point"), [
    ("Greater Manchester", "GB", "admin2", (53.5, -2.3)),
    ("Merseyside", "GB", "admin2", (53.4, -2.9)),
    ("Kent", "GB", "admin2", (51.2, 0.7)),  # aigeodb's divisions table put it in Ohio
    ("Midlothian", "GB", "admin2", (55.8, -3.1)),
    ("Kabylie", "DZ", "region", (36.6, 4.4)),
    ("Ferghana Valley", "", "region", (40.7, 71.7)),
])
def test_the_built_gazetteer_knows_the_region(gazetteer, name, country, kind, point):
    found = [p for p in gazetteer.candidates_folded(fold(name), 50)
             if p.kind == kind and p.country == country and fold(p.name) == fold(name)]
    assert found and haversine_km(*point, found[0].lat, found[0].lon) < 60
