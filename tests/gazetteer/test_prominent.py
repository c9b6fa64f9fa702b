"""Gazetteer.prominent_places: the largest places in a box, built-in and user layers'."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, Place, PlacePoint, default_path, layers

CENTRAL_ASIA = (60.0, 40.0, 80.0, 55.0)  # west, south, east, north
WORLD = (-180.0, -90.0, 180.0, 90.0)


def names(points: list[PlacePoint]) -> list[str]:
    return [point.name for point in points]


def test_largest_first_with_kind_population_and_limit(tiny_gazetteer):
    cities = tiny_gazetteer.prominent_places(CENTRAL_ASIA, kind="city")
    assert names(cities) == ["Almaty", "Astana"]
    assert cities[0] == PlacePoint("tiny:almaty", "Almaty", 43.25249, 76.9115, "city",
                                   1977011)
    assert names(tiny_gazetteer.prominent_places(
        CENTRAL_ASIA, kind="city", min_population=1_500_000)) == ["Almaty"]
    assert names(tiny_gazetteer.prominent_places(CENTRAL_ASIA, kind="city", limit=1)) == [
        "Almaty"]
    both = tiny_gazetteer.prominent_places(CENTRAL_ASIA, kind=("country", "region"))
    assert names(both) == ["Central Asia", "Kazakhstan"]


def test_every_kind_when_none_and_ties_in_store_order(tiny_gazetteer):
    found = tiny_gazetteer.prominent_places(CENTRAL_ASIA)
    assert [(p.kind, p.name) for p in found] == [
        ("region", "Central Asia"), ("country", "Kazakhstan"), ("city", "Almaty"),
        ("city", "Astana"), ("admin1", "Almaty"), ("airport", "Almaty International Airport")]


def test_a_small_box_and_the_whole_world_agree(tiny_gazetteer):
    # A small box is searched from its points, the world from the places of the kind.
    world = tiny_gazetteer.prominent_places(WORLD, kind="city")
    assert len(world) > 2
    inside = [p for p in world if 60 <= p.lon <= 80 and 40 <= p.lat <= 55]
    assert tiny_gazetteer.prominent_places(CENTRAL_ASIA, kind="city") == inside


def test_user_layers_count_and_stand_for_the_places_they_replace(tiny_gazetteer, tmp_path):
    layer = tmp_path / "towns.csv"
    layer.write_text("name,lat,lon,kind,country,population\n"
                     "Taldykorgan,45.0,78.4,city,KZ,150000\n"
                     "Kazakhstan,48.5,67.5,country,KZ,19000000\n", encoding="utf-8")
    tiny_gazetteer.add_layer(layer)
    # A layer's copy of a built-in place keeps its id (as a GeoNames dump's places do).
    copy = Place(id="tiny:astana", name="Astana (layer)", lat=51.2, lon=71.4, kind="city",
                 country="KZ", population=1_100_000)
    path = tiny_gazetteer.path
    layers.write_layer(layers.layers_path_for(path, default_path()), [copy],
                       name="copies", source_path=layer)
    with Gazetteer.open(path, build=False) as reopened:
        found = reopened.prominent_places(CENTRAL_ASIA, kind=("city", "country"))
        # The limit counts what is left once the layers' places replace built-in ones.
        first_two = reopened.prominent_places(CENTRAL_ASIA, kind="city", limit=2)
    assert [(p.name, p.lat) for p in found] == [
        ("Kazakhstan", 48.5), ("Almaty", 43.25249), ("Astana (layer)", 51.2),
        ("Taldykorgan", 45.0)]
    assert names(first_two) == ["Almaty", "Astana (layer)"]


@pytest.mark.parametrize(("box", "kind"), [
    ((80.0, 40.0, 60.0, 55.0), "city"), ((60.0, 55.0, 80.0, 40.0), "city"),
    (CENTRAL_ASIA, "volcano")])
def test_a_bad_box_or_kind_is_a_value_error(tiny_gazetteer, box, kind):
    with pytest.raises(ValueError, match=r"box|kind"):
        tiny_gazetteer.prominent_places(box, kind=kind)
