"""US post-office localities (the zipcodes package) added where cities500 has no town."""

from __future__ import annotations

import pytest

from gazetteer.normalize import fold
from gazetteer.place import Place
from gazetteer.sources import localities


def _zip(code, city, state, lat, lon, *, kind="STANDARD", acceptable=(), active=True):
    return {"zip_code": code, "zip_code_type": kind, "city": city, "state": state,
            "acceptable_cities": list(acceptable), "unacceptable_cities": [],
            "lat": str(lat), "long": str(lon), "active": active}


@pytest.fixture
def fake_zips(monkeypatch):
    import zipcodes

    records = [
        _zip("23089", "Lanexa", "VA", 37.42, -76.90),
        _zip("23090", "Lanexa", "VA", 37.45, -76.95),           # the same locality
        _zip("24001", "Centerville", "VA", 37.00, -80.00),
        _zip("22001", "Centerville", "VA", 38.80, -77.40),      # another one, far away
        _zip("23219", "Richmond", "VA", 37.54, -77.43, acceptable=["Shockoe"]),
        _zip("00603", "Aguadilla", "PR", 18.43, -67.15),
        _zip("09001", "APO", "AE", 50.0, 8.0, kind="MILITARY"),
        _zip("35898", "Redstone Arsenal", "AL", 34.68, -86.65, acceptable=["Redstn Arsnl"]),
        _zip("63101", "Saint Louis", "MO", 38.63, -90.19),     # St. Louis, under another name
        _zip("07830", "Mt Pleasant", "NJ", 40.68, -74.77),
        _zip("99999", "Gone", "VA", 37.0, -77.0, active=False),
    ]
    monkeypatch.setattr(zipcodes, "list_all", lambda: records)


def test_localities_group_zips_skip_known_towns_and_file_territories(fake_zips):
    richmond = Place(id="geonames:1", name="Richmond", lat=37.55, lon=-77.46, kind="city",
                     country="US", admin1="Virginia", population=220_000)
    st_louis = Place(id="geonames:2", name="St. Louis", lat=38.63, lon=-90.20, kind="city",
                     country="US", admin1="Missouri", population=300_000,
                     alternate_names=("Saint Louis",))
    found = list(localities.locality_places({("US", fold("Richmond")): [richmond],
                                             ("US", fold("St. Louis")): [st_louis]}))
    by_name = {}
    for place in found:
        by_name.setdefault(place.name, []).append(place)
    assert set(by_name) == {"Lanexa", "Centerville", "Shockoe", "Aguadilla",
                            "Redstone Arsenal", "Mount Pleasant"}
    # Abbreviations are written out and kept as other names.
    assert by_name["Redstone Arsenal"][0].alternate_names == ("Redstn Arsnl",)
    assert by_name["Mount Pleasant"][0].alternate_names == ("Mt Pleasant",)
    (lanexa,) = by_name["Lanexa"]
    assert (lanexa.kind, lanexa.country, lanexa.admin1, lanexa.population) == (
        "city", "US", "Virginia", 0)
    assert lanexa.feature_code == "PPLL" and lanexa.extra["zip_codes"] == ["23089", "23090"]
    assert 37.42 <= lanexa.lat <= 37.45
    assert len(by_name["Centerville"]) == 2
    assert by_name["Aguadilla"][0].country == "PR" and by_name["Aguadilla"][0].admin1 == ""
    assert len({p.id for p in found}) == len(found)


@pytest.mark.slow
def test_a_hamlet_too_small_for_cities500_is_in_the_gazetteer(gazetteer):
    place = gazetteer.lookup("Lanexa")
    assert (place.country, place.admin1, place.source) == ("US", "Virginia", "zipcodes")
    assert (place.lat, place.lon) == pytest.approx((37.42, -76.90), abs=0.2)
