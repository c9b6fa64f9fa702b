"""Where a first-level division's point comes from (aigeodb's, or its cities')."""

from __future__ import annotations

import pytest

from gazetteer.sources.divisions import CitySpread, Division, _point

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
