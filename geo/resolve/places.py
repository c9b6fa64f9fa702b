"""What resolution asks of a gazetteer place beyond its fields: all its names, its
population (a division's summed from its cities) and whether it lies in another place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gazetteer.normalize import fold

if TYPE_CHECKING:
    from gazetteer.place import Place


def names_of(place: Place) -> tuple[str, ...]:
    """The place's main name, then its alternate names."""
    return (place.name, *place.alternate_names)


def population_of(place: Place) -> int:
    # Divisions carry the summed population of their cities (the sources give none).
    return place.population or place.extra.get("cities_population", 0)


def inside(place: Place, container: Place) -> bool:
    """Whether ``place`` lies in ``container``: in its country, and unless that is a
    country, in the first-level division called by its name."""
    if place.country != container.country:
        return False
    return container.kind == "country" or fold(place.admin1) == fold(container.name)
