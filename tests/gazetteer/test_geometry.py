"""Great-circle helpers against known distances."""

from __future__ import annotations

import math
import random

import pytest

from gazetteer.geometry import (
    cells_near,
    degrees_box,
    grid_cell,
    haversine_km,
    medoid,
    spherical_mean,
)


@pytest.mark.parametrize(("a", "b", "km"), [
    ((51.5074, -0.1278), (48.8566, 2.3522), 343.5),      # London – Paris
    ((43.2389, 76.8897), (51.1694, 71.4491), 973.0),     # Almaty – Astana
    ((40.6413, -73.7781), (33.9416, -118.4085), 3974.0),  # JFK – LAX
    ((0.0, 179.5), (0.0, -179.5), 111.2),                 # across the antimeridian
    ((90.0, 0.0), (-90.0, 0.0), 20015.1),                 # pole to pole
])
def test_haversine_known_distances(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, rel=0.005)


def test_longitude_shrinks_with_latitude():
    # One degree of longitude is ~111 km at the equator, ~56 km at 60°N.
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, rel=0.01)
    assert haversine_km(60, 0, 60, 1) == pytest.approx(55.6, rel=0.01)


def test_spherical_mean_across_the_antimeridian():
    lat, lon = spherical_mean([(-17.7, 178.0), (-17.7, -178.0)])
    assert lat == pytest.approx(-17.7, abs=0.02)
    assert abs(lon) == pytest.approx(180.0, abs=0.01)


def test_degrees_box_contains_the_circle():
    min_lat, max_lat, min_lon, max_lon = degrees_box(60.0, 10.0, 100.0)
    assert haversine_km(60, 10, max_lat, 10) == pytest.approx(100.0, rel=0.01)
    assert haversine_km(60, 10, 60, max_lon) >= 100.0
    assert min_lat < 60 < max_lat and min_lon < 10 < max_lon


def test_medoid_is_the_estimate_the_others_agree_with():
    agreeing = [(60.0, 100.0), (60.5, 99.0), (59.5, 101.0)]
    assert medoid([*agreeing, (10.0, 10.0)]) == (60.0, 100.0)
    assert medoid([(1.0, 2.0)]) == (1.0, 2.0)
    with pytest.raises(ValueError):
        medoid([])


def test_grid_neighbours_hold_every_point_within_a_cell_width() -> None:
    # Across the antimeridian, near the poles and at several cell sizes.
    rng = random.Random(7)
    for _ in range(20_000):
        km = rng.choice([1, 25, 100, 800])
        lat, lon = rng.uniform(-89.9, 89.9), rng.uniform(-180, 180)
        lat2 = max(-90.0, min(90.0, lat + rng.uniform(-1, 1) * km / 111.2))
        lon2 = (lon + rng.uniform(-1, 1) * km / 111.2
                / max(1e-6, math.cos(math.radians(lat))) + 180) % 360 - 180
        if haversine_km(lat, lon, lat2, lon2) <= km:
            assert grid_cell(lat2, lon2, km) in cells_near(*grid_cell(lat, lon, km), km)
