"""OfflineGeocoder through geopy's contract and geopandas' geocode/reverse_geocode."""

from __future__ import annotations

import geopandas as gpd
import pytest
from geopandas.tools import geocode, reverse_geocode
from geopy.exc import GeocoderQueryError
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from shapely.geometry import Point

from gazetteer import OfflineGeocoder


@pytest.fixture
def coder(tiny_gazetteer):
    return OfflineGeocoder(gazetteer=tiny_gazetteer)


def test_is_a_geopy_geocoder_returning_locations(coder):
    assert isinstance(coder, Geocoder)
    location = coder.geocode("Alma-Ata")
    assert isinstance(location, Location)
    address, (lat, lon) = location
    assert address == "Almaty, Kazakhstan"
    assert (lat, lon) == pytest.approx((43.25249, 76.9115))
    assert location.raw["id"] == "tiny:almaty"


@pytest.mark.parametrize(("query", "expected"), [
    ("Springfield, Illinois", "tiny:springfield-il"),
    ("Springfield, IL", "tiny:springfield-il"),
    ("Springfield, MO", "tiny:springfield-mo"),
    ("Springfield, Illinois, USA", "tiny:springfield-il"),
    ("Paris, France", "tiny:paris"),
    ("Paris, Texas", "tiny:paris-tx"),
    ("Paris, United States", "tiny:paris-tx"),
    ("Paris, Nowhereland", "tiny:paris"),  # an unknown qualifier is skipped
])
def test_qualifiers(coder, query, expected):
    assert coder.geocode(query).raw["id"] == expected


def test_no_match_and_many_matches(coder):
    assert coder.geocode("Gotham") is None
    both = coder.geocode("Paris", exactly_one=False)
    assert [loc.raw["id"] for loc in both] == ["tiny:paris", "tiny:paris-tx"]
    assert coder.geocode("Paris", country="US").raw["id"] == "tiny:paris-tx"


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_is_a_query_error(coder, query):
    with pytest.raises(GeocoderQueryError):
        coder.geocode(query)


def test_reverse(coder):
    location = coder.reverse((43.24, 76.94))
    assert location.raw["id"] == "tiny:almaty"
    assert coder.reverse("50.45, 30.52").address.startswith("Kyiv")
    with pytest.raises(GeocoderQueryError):
        coder.reverse("not a point")
    # Mid-ocean is nowhere, unless the caller lifts the limit.
    assert coder.reverse((-40.0, -30.0)) is None
    assert coder.reverse((-40.0, -30.0), max_km=None) is not None


def test_geopandas_geocode_and_reverse_with_the_tiny_gazetteer(tiny_gazetteer):
    found = geocode(["Almaty", "Paris, France", "Springfield, Illinois", "Gotham"],
                    provider=OfflineGeocoder, gazetteer=tiny_gazetteer)
    assert isinstance(found, gpd.GeoDataFrame)
    assert found.crs.to_epsg() == 4326
    assert found.geometry.iloc[0].equals_exact(Point(76.9115, 43.25249), 1e-6)
    assert found.address.iloc[2] == "Springfield, Illinois, United States"
    assert found.geometry.iloc[3].is_empty
    back = reverse_geocode([Point(76.95, 43.24), Point(2.35, 48.86)],
                           provider=OfflineGeocoder, gazetteer=tiny_gazetteer)
    assert list(back.address) == ["Almaty, Kazakhstan", "Paris, Île-de-France, France"]
