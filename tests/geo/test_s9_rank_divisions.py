"""A second-level division's point that another division of its country shares is checked
against the cities aigeodb files under it (aigeodb gives some provinces a neighbour's
point), as a first-level one's is against its GeoNames cities."""

from __future__ import annotations

from gazetteer.sources.divisions import CitySpread, Division, _point

# An inland province's towns (no population in aigeodb's table).
_TOWNS = [(37.5 + (i % 4) * 0.3, -5.4 + (i // 4) * 0.4, 0) for i in range(12)]


def _province(lat: float, lon: float) -> Division:
    return Division(id=7, name="Example", country="ES", fips="", iso="EX", type="province",
                    lat=lat, lon=lon)


def test_a_province_at_a_neighbours_point_moves_among_its_own_towns():
    own = CitySpread.of(_TOWNS)
    # 150 km south-west of the nearest of its towns, outside their box: the neighbour's.
    assert _point(_province(36.5, -6.3), None, own) == own.extent_centre


def test_a_province_among_its_own_towns_keeps_its_point():
    own = CitySpread.of(_TOWNS)
    assert _point(_province(37.9, -4.8), None, own) == (37.9, -4.8)
    # 60 km outside the box is still near a town: kept (a coastal or lopsided province).
    assert _point(_province(37.0, -5.4), None, own) == (37.0, -5.4)


def test_without_towns_of_its_own_the_point_stays():
    assert _point(_province(36.5, -6.3), None, None) == (36.5, -6.3)


def test_only_a_point_another_division_shares_is_checked(monkeypatch):
    import gazetteer.sources.divisions as divisions

    # Two provinces at one point (the first's); a third whose filed towns lie elsewhere
    # but whose point is its own: aigeodb's filing is wrong for a few countries.
    coast = Division(1, "Coastal", "ES", "", "CA", "province", 36.5, -6.3)
    inland = Division(2, "Inland", "ES", "", "CO", "province", 36.5, -6.3)
    other = Division(3, "Other", "ES", "", "OT", "province", 42.0, -3.0)
    towns = {1: [(36.6, -5.9, 0), (36.4, -6.1, 0)], 2: _TOWNS, 3: _TOWNS}
    monkeypatch.setattr(divisions, "_aigeodb_cities_by_division", lambda: towns)
    places = {p.name: p for p in divisions.division_places(
        [coast, inland, other], divisions.Admin1Match(), divisions.CityGrid([]))}
    assert (places["Coastal"].lat, places["Coastal"].lon) == (36.5, -6.3)
    assert (places["Inland"].lat, places["Inland"].lon) == CitySpread.of(_TOWNS).extent_centre
    assert (places["Other"].lat, places["Other"].lon) == (42.0, -3.0)
