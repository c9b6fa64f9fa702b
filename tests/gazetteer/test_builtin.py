"""The real built-in gazetteer (built once in the cache dir by the session fixture)."""

from __future__ import annotations

import pytest
from geopandas.tools import geocode, reverse_geocode
from shapely.geometry import Point

from gazetteer import OfflineGeocoder

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("name", ["Almaty", "Alma-Ata", "Алматы", "almaty"])
def test_almaty_and_its_other_names(gazetteer, name):
    place = gazetteer.lookup(name)
    assert (place.id, place.country) == ("geonames:1526384", "KZ")
    assert (place.lat, place.lon) == pytest.approx((43.25, 76.92), abs=0.02)


@pytest.mark.parametrize("name", ["Kyiv", "Kiev", "Київ", "Киев"])
def test_kyiv_spellings(gazetteer, name):
    place = gazetteer.lookup(name)
    assert (place.name, place.country) == ("Kyiv", "UA")


def test_ala_by_code_and_as_the_airport_serving_almaty(gazetteer):
    assert gazetteer.lookup("ALA").id == "iata:ALA"
    assert gazetteer.lookup("UAAA").id == "iata:ALA"
    assert gazetteer.lookup("Almaty airport").id == "iata:ALA"
    almaty = gazetteer.lookup("Almaty")
    assert "iata:ALA" in [a.id for a in gazetteer.airports_serving(almaty)]


def test_countries_regions_demonyms(gazetteer):
    assert gazetteer.lookup("Kazakhstan").kind == "country"
    assert gazetteer.lookup("KAZ").country == "KZ"
    assert gazetteer.lookup("Georgia").country == "GE"
    assert gazetteer.lookup("Georgia", country="US").kind == "admin1"
    for word, code in [("Kazakh", "KZ"), ("Kazakhs", "KZ"), ("French", "FR"),
                       ("American", "US"), ("Russian", "RU")]:
        assert gazetteer.demonym(word).country == code, word
    for region in ["Central Asia", "the Middle East", "Western Europe", "Southeast Asia",
                   "the Caucasus", "Europe"]:
        assert gazetteer.lookup(region).kind == "region", region
    assert gazetteer.lookup("Central Asia").lat == pytest.approx(42, abs=4)


def test_admin1_names_and_reverse(gazetteer):
    assert gazetteer.lookup("Springfield", admin1="Illinois").lat == pytest.approx(39.8, abs=0.1)
    assert gazetteer.lookup("Paris", country="FR").admin1 == "Île-de-France"
    found = gazetteer.reverse(43.238, 76.945)
    assert found["place"].name == "Almaty"
    assert found["country"].name == "Kazakhstan"
    assert found["admin1"].country == "KZ"
    assert gazetteer.lookup("Los Angeles County").admin1 == "California"


def test_geopandas_geocode_without_network(gazetteer):
    found = geocode(["Almaty", "Paris", "Springfield, Illinois"], provider=OfflineGeocoder)
    points = [(round(p.y, 1), round(p.x, 1)) for p in found.geometry]
    assert points == [(43.3, 76.9), (48.9, 2.3), (39.8, -89.6)]
    back = reverse_geocode([Point(76.9115, 43.2525)], provider=OfflineGeocoder)
    assert back.address.iloc[0].startswith("Almaty")


@pytest.mark.parametrize(("name", "kind", "country"), [
    ("America", "country", "US"), ("Britain", "country", "GB"),
    ("Gaza Strip", "region", "PS"), ("Crimea", "region", "UA"),
    ("Mediterranean", "region", ""), ("European Union", "region", ""),
    ("EU", "region", ""), ("Iraqi Kurdistan", "region", "IQ"), ("Americas", "region", ""),
])
def test_names_news_writers_use(gazetteer, name, kind, country):
    best = {(p.kind, p.country) for p in gazetteer.candidates(name, limit=20)}
    assert (kind, country) in best


@pytest.mark.parametrize(("name", "seat"), [
    ("South Ossetia", "Tskhinvali"), ("Nagorno-Karabakh", "Stepanakert"),
    ("Somaliland", "Hargeisa"), ("Northern Cyprus", "Nicosia"),
])
def test_a_de_facto_state_lies_at_its_seats_point(gazetteer, name, seat):
    region = gazetteer.lookup(name)
    city = gazetteer.lookup(seat, country=region.country)
    assert region.kind == "region"
    assert (region.lat, region.lon) == (city.lat, city.lon)


def test_eu_is_the_european_union(gazetteer):
    assert gazetteer.lookup("EU").name == "European Union"


def test_a_territory_has_demonyms_a_continent_none(gazetteer):
    for word, name in [("Tibetan", "Tibet"), ("South Ossetians", "South Ossetia"),
                       ("Scottish", "Scotland"), ("Chechen", "Chechnya")]:
        assert gazetteer.demonym(word).name == name, word
    for word in ["European", "African", "Asian"]:
        assert gazetteer.demonym(word) is None, word
