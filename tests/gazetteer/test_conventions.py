"""Issue 17's gazetteer side: GeoNames' country points, a GeoNames dump's own countries and
divisions taking over, airports' short names, former country names, physical features."""

from __future__ import annotations

import math
from importlib import resources

import pytest

from gazetteer import store
from gazetteer.place import KINDS, Place
from gazetteer.sources.airports import airport_places, short_names
from gazetteer.sources.countries import former_names, geonames_points
from gazetteer.sources.physical import physical_places


def _geonames_row(gid, name, lat, lon, fclass, fcode, cc, admin1, pop, alts=""):
    cols = [str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "",
            admin1, "", "", "", str(pop), "", "800", "Asia/Almaty", "2024-01-01"]
    return "\t".join(cols)


def _import_kz_dump(gazetteer, tmp_path, *rows: str) -> None:
    path = tmp_path / "KZ.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    gazetteer.add_layer(path, name="geonames-kz")


def test_a_dump_s_own_country_takes_over_the_built_in_one(tiny_gazetteer, tmp_path):
    _import_kz_dump(tiny_gazetteer, tmp_path, _geonames_row(
        1522867, "Kazakhstan", 48.0, 68.0, "A", "PCLI", "KZ", "00", 18276499,
        "Republic of Kazakhstan"))
    found = tiny_gazetteer.candidates("Kazakhstan")
    assert [p.id for p in found] == ["geonames:1522867"]
    assert tiny_gazetteer.country("KZ").id == "geonames:1522867"
    assert tiny_gazetteer.get("tiny:kz").id == "geonames:1522867"
    # Other countries are untouched.
    assert tiny_gazetteer.lookup("France").id == "tiny:fr"


def test_a_dump_s_own_division_takes_over_the_built_in_one(tiny_gazetteer, tmp_path):
    _import_kz_dump(tiny_gazetteer, tmp_path,
                    _geonames_row(1537162, "Almaty Oblysy", 45.0, 78.0, "A", "ADM1", "KZ", "10",
                                  0, "Almaty,Almaty Region"),
                    _geonames_row(1526384, "Almaty", 43.25, 76.92, "P", "PPLA", "KZ", "02",
                                  1977011))
    divisions = tiny_gazetteer.candidates("Almaty", kind="admin1")
    assert [p.id for p in divisions] == ["geonames:1537162"]
    assert "tiny:almaty-r" not in [p.id for p in tiny_gazetteer.candidates("Almaty")]
    # A built-in city's link to its division leads to the dump's division.
    city = tiny_gazetteer.get("tiny:almaty")
    assert tiny_gazetteer.get(city.parent).id == "geonames:1537162"
    assert tiny_gazetteer.reverse(43.25249, 76.9115)["admin1"].id == "geonames:1537162"


def test_a_historical_entity_or_an_unrelated_division_replaces_nothing(tiny_gazetteer,
                                                                      tmp_path):
    _import_kz_dump(tiny_gazetteer, tmp_path,
                    _geonames_row(8505033, "Kazakh SSR", 48.0, 68.0, "A", "PCLH", "KZ", "00",
                                  0, "Kazakhstan"),
                    _geonames_row(1537163, "Zhambyl Region", 44.0, 72.0, "A", "ADM1", "KZ",
                                  "17", 0))
    assert "tiny:kz" in [p.id for p in tiny_gazetteer.candidates("Kazakhstan")]
    assert tiny_gazetteer.country("KZ").id == "tiny:kz"
    assert tiny_gazetteer.lookup("Almaty", kind="admin1").id == "tiny:almaty-r"


def test_countries_ship_at_geonames_own_points():
    points = geonames_points()
    assert len(points) == 196
    assert points["US"] == (6252001, 39.76, -98.5)
    assert points["KZ"] == (1522867, 48.0, 68.0)
    note = resources.files("gazetteer").joinpath("data/README.md").read_text("utf-8")
    assert "Contains data from GeoNames (geonames.org), CC BY 4.0" in note


def test_former_country_names_are_renames_only():
    former = former_names()
    assert "Zaire" in former["CD"]
    assert "Dahomey" in former["BJ"]
    assert "Upper Volta" in former["BF"]
    assert "Burma" in former["MM"]
    # Sikkim joined India, an existing country: it is no name of India.
    assert not [name for names in former.values() for name in names if "Sikkim" in name]


@pytest.mark.parametrize(("official", "city", "expected"), [
    ("London Heathrow Airport", "London",
     [("Heathrow Airport", False), ("Heathrow", True)]),
    ("Sheremetyevo International Airport", "Moscow",
     [("Sheremetyevo Airport", False), ("Sheremetyevo International Airport", False),
      ("Sheremetyevo", True)]),
    ("Paris-Orly Airport", "Paris", [("Orly Airport", False), ("Orly", True)]),
    ("Amsterdam Airport Schiphol", "Amsterdam",
     [("Schiphol Airport", False), ("Schiphol", True)]),
    # A longer core is often a person: its bare form is the caller's to refuse; news
    # also writes the surname with "Airport" ("Kennedy Airport").
    ("John F Kennedy International Airport", "New York",
     [("John F Kennedy Airport", False), ("John F Kennedy International Airport", False),
      ("Kennedy Airport", False), ("Kennedy International Airport", False),
      ("John F Kennedy", True)]),
    # The city's name closing the core, or dashed to it, goes too; a core the city closed
    # is a dedication to a person, never bare.
    ("Ronald Reagan Washington Ntl Airport", "Washington",
     [("Ronald Reagan Airport", False), ("Ronald Reagan National Airport", False),
      ("Reagan Airport", False), ("Reagan National Airport", False)]),
    ("Copernicus Wroclaw Airport", "Wroclaw", [("Copernicus Airport", False)]),
    ("Adolfo Suárez Madrid–Barajas Airport", "Madrid",
     [("Adolfo Suárez Barajas Airport", False), ("Barajas Airport", False),
      ("Adolfo Suárez Barajas", True)]),
    # Nothing distinctive left.
    ("Almaty International Airport", "Almaty", []),
    ("Beijing Capital International Airport", "Beijing", []),
    ("Moron Air Base", "Moron", []),
    ("Leshan Airport (under construction)", "Leshan", []),
])
def test_short_names_of_airports(official, city, expected):
    assert short_names(official, city) == expected


def _city(pid: str, name: str, lat: float, lon: float, population: int) -> Place:
    return Place(id=f"t:{pid}", name=name, lat=lat, lon=lon, kind="city", country="GB",
                 population=population)


def test_a_bare_short_name_only_for_a_big_city_s_airport_and_no_town_s_name():
    london = _city("london", "London", 51.51, -0.13, 8_961_989)
    luton = _city("luton", "Luton", 51.88, -0.42, 225_262)
    index = {("GB", "london"): [london], ("GB", "luton"): [luton]}
    airports = {p.id: p for p in airport_places(index, taken={"luton"})
                if p.id in {"iata:LHR", "iata:LTN", "iata:MAN"}}
    assert {"Heathrow", "Heathrow Airport"} <= set(airports["iata:LHR"].alternate_names)
    assert "Luton Airport" in airports["iata:LTN"].alternate_names
    assert "Luton" not in airports["iata:LTN"].alternate_names
    assert airports["iata:LHR"].parent == "t:london"


def test_physical_features_are_well_formed():
    places = list(physical_places())
    assert 150 <= len(places) <= 400
    assert len({p.id for p in places}) == len(places)
    names = [n for p in places for n in (p.name, *p.alternate_names)]
    assert len(set(names)) == len(names)
    for place in places:
        assert place.kind == "region" and place.kind in KINDS
        assert place.feature_code in {"OCN", "SEA", "GULF", "BAY", "STRT", "CNL", "STM", "LK",
                                      "DSRT", "MTS", "ISL", "ISLS"}
        assert round(place.lat, 1) == place.lat and round(place.lon, 1) == place.lon
        # Ranked like a city of a million, not like an empty place.
        assert store.prior(place) == pytest.approx(store.KIND_PRIOR["region"] + 6, abs=0.01)
    # Bare names that are countries or divisions are reached as "... River" only.
    for taken in ("Mississippi", "Congo", "Niger", "Jordan", "Caucasus", "Caribbean"):
        assert taken not in names


@pytest.mark.slow
@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Bombay", "IN", 19.1, 72.9), ("Leningrad", "RU", 59.9, 30.3),
    ("Saigon", "VN", 10.8, 106.6), ("Frunze", "KG", 42.9, 74.6),
    ("Peking", "CN", 39.9, 116.4), ("Calcutta", "IN", 22.6, 88.4),
    ("Madras", "IN", 13.1, 80.3), ("Rangoon", "MM", 16.8, 96.2),
    ("Alma-Ata", "KZ", 43.3, 76.9), ("Tsaritsyn", "RU", 48.7, 44.5),
    ("Stalingrad", "RU", 48.7, 44.5), ("Constantinople", "TR", 41.0, 28.9),
    ("Salisbury", "ZW", -17.8, 31.0), ("Kiev", "UA", 50.5, 30.5), ("Danzig", "PL", 54.4, 18.6),
])
def test_historic_names_find_the_city(gazetteer, name, country, lat, lon):
    best = gazetteer.candidates(name, limit=1)[0]
    assert (best.kind, best.country) == ("city", country)
    assert math.dist((best.lat, best.lon), (lat, lon)) < 0.5


@pytest.mark.slow
@pytest.mark.parametrize(("name", "wanted"), [
    ("Heathrow", "iata:LHR"), ("Heathrow Airport", "iata:LHR"),
    ("Sheremetyevo", "iata:SVO"), ("JFK", "iata:JFK"),
    ("John F. Kennedy International Airport", "iata:JFK"),
    ("Zaire", "geonames:203312"), ("Upper Volta", "geonames:2361809"),
])
def test_names_found_in_the_built_gazetteer(gazetteer, name, wanted):
    assert gazetteer.candidates(name, limit=1)[0].id == wanted


@pytest.mark.slow
@pytest.mark.parametrize(("name", "code"), [
    ("Atlantic", "OCN"), ("the Pacific", "OCN"), ("North Sea", "SEA"), ("Red Sea", "SEA"),
    ("Danube", "STM"), ("Lake Baikal", "LK"), ("Sahara", "DSRT"), ("Andes", "MTS"),
    ("Sumatra", "ISL"), ("Luzon", "ISL"), ("Kuril Islands", "ISLS"),
])
def test_physical_features_outrank_towns_named_after_them(gazetteer, name, code):
    best = gazetteer.candidates(name, limit=1)[0]
    assert (best.kind, best.feature_code) == ("region", code)


@pytest.mark.slow
def test_built_countries_stand_at_geonames_points(gazetteer):
    us = gazetteer.country("US")
    assert (us.id, us.lat, us.lon) == ("geonames:6252001", 39.76, -98.5)
    assert gazetteer.country("CA").extra["point"] == "geonames"
    # A territory GeoNames' table lacks keeps a computed point.
    assert gazetteer.country("PR").extra["point"] == "medoid"
    assert gazetteer.lookup("Luton").kind == "city"
