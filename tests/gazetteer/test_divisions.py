"""Where a first-level division's point comes from (aigeodb's, or its cities')."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gazetteer.sources.divisions import (
    CityGrid,
    CitySpread,
    Division,
    _in_country,
    _point,
    match_admin1,
)

# A division's cities: a big city in one corner, towns spread over a wide area.
_CITIES = [(40.7, -74.0, 8_000_000), (42.7, -73.8, 100_000), (43.0, -76.1, 140_000),
           (42.9, -78.9, 250_000), (44.7, -75.5, 5_000), (42.1, -79.2, 30_000)]


def _division(lat: float | None, lon: float | None) -> Division:
    return Division(id=1, name="Example", country="US", fips="", iso="EX", type="state",
                    lat=lat, lon=lon)


def test_a_point_that_is_the_largest_city_gives_way_to_the_cities_extent():
    spread = CitySpread.of(_CITIES)
    lat, lon = _point(_division(40.71, -74.01), spread)
    assert (lat, lon) == spread.extent_centre
    assert 42 < lat < 43 and -77 < lon < -76


def test_a_point_far_from_the_median_but_among_the_cities_is_kept():
    # Most towns lie in a corner; the division's own point is in its empty middle.
    assert _point(_division(43.5, -77.0), CitySpread.of(_CITIES)) == (43.5, -77.0)


def test_a_point_far_from_every_city_or_missing_is_replaced():
    spread = CitySpread.of(_CITIES)
    assert _point(_division(-30.0, 140.0), spread) == spread.extent_centre
    assert _point(_division(None, None), spread) == spread.extent_centre
    assert _point(_division(10.0, 20.0), None) == (10.0, 20.0)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "country", "point"), [
    ("New York", "US", (43.0, -75.5)),      # aigeodb gives New York City's point
    ("Ontario", "CA", (50.0, -85.0)),       # its towns crowd the south
    ("Queensland", "AU", (-22.0, 144.0)),
])
def test_division_points_lie_in_their_middle(gazetteer, name, country, point):
    place = gazetteer.lookup(name, country=country, kind="admin1")
    assert (place.lat, place.lon) == pytest.approx(point, abs=2.5)


def _record(name: str, lat: float, lon: float, country: str = "PH", admin1: str = "40",
            population: int = 1000) -> dict:
    return {"name": name, "latitude": lat, "longitude": lon, "countrycode": country,
            "admin1code": admin1, "population": population, "alternatenames": []}


def test_city_grid_finds_a_city_of_the_country_nearby():
    grid = CityGrid([_record("Calamba", 14.21, 121.17), _record("Suva", -18.14, 178.44, "FJ")])
    assert grid.near("PH", 14.5, 121.0, 300)
    assert not grid.near("PH", 33.54, -117.79, 300)   # California
    assert not grid.near("FJ", 14.5, 121.0, 300)      # a city, but of another country
    assert grid.near("FJ", -18.0, -179.9, 300)        # across the date line


@pytest.fixture
def fake_shapes(monkeypatch):
    """Country shapes a test sets (``fake_shapes.update(...)``), not Natural Earth's;
    the cache of buffered shapes is emptied before and after."""
    import gazetteer.sources.divisions as divisions

    shapes: dict = {}
    monkeypatch.setattr(divisions, "country_geometries", lambda: shapes)
    divisions._country_area.cache_clear()
    yield shapes
    divisions._country_area.cache_clear()


def test_a_division_geocoded_into_another_country_is_misplaced(fake_shapes):
    from shapely.geometry import box

    fake_shapes["PH"] = box(116, 4, 127, 21)
    grid = CityGrid([_record("Calamba", 14.21, 121.17)])
    laguna = Division(id=1, name="Laguna", country="PH", fips="33", iso="LAG",
                      type="province", lat=33.54, lon=-117.79)
    assert not _in_country(laguna, grid)
    assert _in_country(replace(laguna, lat=14.17, lon=121.33), grid)
    # No town of its own within reach, yet inside the country's shape.
    assert _in_country(replace(laguna, lat=20.0, lon=122.0), grid)


def test_a_vote_winner_far_from_the_groups_cities_yields_to_a_code_match(monkeypatch,
                                                                          fake_shapes):
    import gazetteer.sources.divisions as divisions

    # aigeodb files the region's towns under a province of another part of the country
    # that shares the region's FIPS code; the region itself carries it as ISO code.
    province = Division(id=1, name="Benguet", country="PH", fips="10", iso="BEN",
                        type="province", lat=16.56, lon=120.80)
    region = Division(id=2, name="Northern Mindanao", country="PH", fips="", iso="10",
                      type="region", lat=8.02, lon=124.69)
    towns = [("Iligan", 8.23, 124.24), ("Cagayan de Oro", 8.48, 124.65),
             ("Malaybalay", 8.15, 125.13)]
    monkeypatch.setattr(divisions, "_aigeodb_cities", lambda: {
        ("PH", name.lower()): [(province.id, lat, lon)] for name, lat, lon in towns})
    records = {name: _record(name, lat, lon, admin1="10") for name, lat, lon in towns}
    records["Baguio"] = _record("Baguio", 16.41, 120.60, admin1="15")
    match = match_admin1(records, [province, region], CityGrid(records.values()))
    assert match.names[("PH", "10")][0] == "Northern Mindanao"


def test_a_point_outside_the_cities_box_and_far_from_them_is_replaced():
    # aigeodb put Estado de México at Mexico's centre, 440 km from its nearest town.
    towns = [(19.3 + i * 0.1, -99.6 + (i % 3) * 0.3, 10_000) for i in range(12)]
    spread = CitySpread.of(towns)
    assert _point(_division(23.63, -102.55), spread) == spread.extent_centre
    assert _point(_division(19.9, -99.9), spread) == (19.9, -99.9)   # near its towns


def test_the_box_leaves_out_a_stray_town_and_wraps_at_the_date_line():
    # Valparaíso's towns and Easter Island, 3,700 km out in the Pacific.
    mainland = [(-33.0 + i * 0.1, -71.6 + (i % 2) * 0.2, 5_000) for i in range(12)]
    spread = CitySpread.of([*mainland, (-27.15, -109.43, 7_000)])
    assert -72 < spread.extent_centre[1] < -71
    # Fiji's Eastern division has towns on both sides of 180°.
    fiji = [(-17.0 - i * 0.1, 179.8 if i % 2 else -179.9, 1_000) for i in range(4)]
    _, lon = CitySpread.of(fiji).extent_centre
    assert abs(abs(lon) - 180) < 0.3
