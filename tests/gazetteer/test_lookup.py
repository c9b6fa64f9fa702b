"""Gazetteer look-ups on the tiny gazetteer: ranking, filters, errors, points, pickling."""

from __future__ import annotations

import pickle

import pytest

from gazetteer import Gazetteer, PlaceNotFound, UnknownCountryError, fold


def ids(places):
    return [p.id for p in places]


def test_exact_folded_and_alternate_names_find_the_same_place(tiny_gazetteer):
    for name in ("Almaty", "almaty", "ALMATY", "Alma-Ata", "alma ata", "Алматы"):
        assert tiny_gazetteer.lookup(name).id == "tiny:almaty", name


def test_city_outranks_the_same_named_division(tiny_gazetteer):
    assert ids(tiny_gazetteer.candidates("Almaty")) == ["tiny:almaty", "tiny:almaty-r"]


def test_alternate_spelling_kiev(tiny_gazetteer):
    assert tiny_gazetteer.lookup("Kiev").name == "Kyiv"
    assert tiny_gazetteer.lookup("Київ").name == "Kyiv"


def test_capital_code_means_the_airport(tiny_gazetteer):
    assert tiny_gazetteer.lookup("ALA").kind == "airport"
    assert tiny_gazetteer.lookup("ALA", kind="city").id == "tiny:almaty"


@pytest.mark.parametrize("country", ["FR", "fr", "FRA", "France", "france"])
def test_country_filter_accepts_codes_and_names(tiny_gazetteer, country):
    assert ids(tiny_gazetteer.candidates("Paris", country=country)) == ["tiny:paris"]


def test_unknown_country_says_what_is_expected(tiny_gazetteer):
    with pytest.raises(UnknownCountryError, match="ISO 3166-1 alpha-2"):
        tiny_gazetteer.candidates("Paris", country="Atlantis")
    with pytest.raises(ValueError):  # UnknownCountryError is also a ValueError
        tiny_gazetteer.candidates("Paris", country="XX")


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_names_are_rejected(tiny_gazetteer, name):
    with pytest.raises(ValueError, match="non-empty"):
        tiny_gazetteer.candidates(name)


def test_unknown_kind_is_rejected(tiny_gazetteer):
    with pytest.raises(ValueError, match="unknown kind"):
        tiny_gazetteer.candidates("Paris", kind="planet")


def test_admin1_filter_by_name_or_code(tiny_gazetteer):
    assert tiny_gazetteer.lookup("Springfield", admin1="Illinois").id == "tiny:springfield-il"
    assert tiny_gazetteer.lookup("Springfield", admin1="IL").id == "tiny:springfield-il"
    assert tiny_gazetteer.lookup("Springfield").id == "tiny:springfield-mo"  # bigger


def test_near_reranks_by_distance(tiny_gazetteer):
    texas = (32.0, -96.0)
    assert tiny_gazetteer.candidates("Paris", near=texas)[0].id == "tiny:paris-tx"
    assert tiny_gazetteer.candidates("Paris")[0].id == "tiny:paris"


def test_leading_the_is_optional(tiny_gazetteer):
    assert tiny_gazetteer.lookup("the Middle East").id == "tiny:middle-east"
    assert tiny_gazetteer.lookup("The Mideast").kind == "region"


def test_lookup_raises_lookup_error(tiny_gazetteer):
    with pytest.raises(LookupError, match="Gotham"):
        tiny_gazetteer.lookup("Gotham")
    with pytest.raises(PlaceNotFound, match="kind='airport'"):
        tiny_gazetteer.lookup("Paris", kind="airport")


def test_get_by_id(tiny_gazetteer):
    assert tiny_gazetteer.get("tiny:kyiv").name == "Kyiv"
    assert tiny_gazetteer.get("tiny:nowhere") is None


def test_demonyms_are_separate_from_names(tiny_gazetteer):
    assert tiny_gazetteer.demonym("Kazakh").id == "tiny:kz"
    assert tiny_gazetteer.demonym("Kazakhs").id == "tiny:kz"
    assert tiny_gazetteer.demonym("French").id == "tiny:fr"
    assert tiny_gazetteer.demonym("Americans").id == "tiny:us"
    assert tiny_gazetteer.demonym("Martian") is None
    assert tiny_gazetteer.candidates("Kazakh") == []
    assert "kazakh" not in tiny_gazetteer.names()


def test_names_hold_names_not_codes(tiny_gazetteer):
    names = tiny_gazetteer.names()
    assert {"almaty", "alma ata", "kiev", "middle east"} <= names
    assert "ala" not in names and "usa" not in names
    assert tiny_gazetteer.names() is names  # cached on the instance


def test_candidates_folded_hot_path(tiny_gazetteer):
    found = tiny_gazetteer.candidates_folded(fold("Alma-Ata"))
    assert [p.id for p in found] == ["tiny:almaty"]
    assert tiny_gazetteer.candidates_folded("no such place") == ()


def test_airports_serving_a_city(tiny_gazetteer):
    almaty = tiny_gazetteer.lookup("Almaty")
    assert ids(tiny_gazetteer.airports_serving(almaty)) == ["tiny:ala"]
    assert tiny_gazetteer.airports_serving(tiny_gazetteer.lookup("Kyiv")) == []


def test_airports_serving_puts_the_linked_busy_airport_before_a_nearer_strip(tmp_path):
    from gazetteer import Gazetteer, Place, build_places

    city = Place(id="t:city", name="Town", lat=10.0, lon=10.0, kind="city", country="KZ",
                 population=500_000)
    strip = Place(id="t:strip", name="Town Strip", lat=10.01, lon=10.0, kind="airport",
                  country="KZ", extra={"served_population": 300})
    main = Place(id="t:main", name="Town International", lat=10.2, lon=10.0,
                 kind="airport", country="KZ", parent="t:city",
                 extra={"served_population": 500_000})
    other = Place(id="t:other", name="Village Field", lat=10.1, lon=10.0, kind="airport",
                  country="KZ", extra={"served_population": 2_000})
    with Gazetteer(build_places([city, strip, main, other], tmp_path / "g.sqlite")) as gaz:
        assert ids(gaz.airports_serving(city)) == ["t:main", "t:other", "t:strip"]


def test_nearest_uses_great_circle_distance(tiny_gazetteer):
    # 1 km from Almaty's centre; the airport is 15 km away.
    assert tiny_gazetteer.nearest(43.26, 76.92, kind="city").id == "tiny:almaty"
    assert tiny_gazetteer.nearest(43.35, 77.03, kind="airport").id == "tiny:ala"
    assert tiny_gazetteer.nearest(50.5, 31.0, kind="city").id == "tiny:kyiv"
    assert tiny_gazetteer.nearest(-89.0, 179.9, kind="city") is not None


def test_reverse_gives_place_admin1_and_country(tiny_gazetteer):
    found = tiny_gazetteer.reverse(43.238, 76.945)
    assert found["place"].id == "tiny:almaty"
    assert found["admin1"].id == "tiny:almaty-r"
    assert found["country"].id == "tiny:kz"
    assert found["distance_km"] == pytest.approx(3.1, abs=0.3)


def test_reverse_rejects_bad_points(tiny_gazetteer):
    with pytest.raises(ValueError):
        tiny_gazetteer.reverse(91.0, 0.0)


def test_pickles_as_its_path(tiny_gazetteer):
    data = pickle.dumps(tiny_gazetteer)
    assert len(data) < 500
    clone = pickle.loads(data)
    assert isinstance(clone, Gazetteer)
    assert clone.path == tiny_gazetteer.path
    assert clone.lookup("Alma-Ata").id == "tiny:almaty"


def test_info(tiny_gazetteer):
    info = tiny_gazetteer.info()
    assert info["places"] == 16
    assert info["by_kind"]["city"] == 7
    assert info["layers"] == []
