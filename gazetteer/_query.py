"""SQL the look-up runs against one database (the built-in one or the user layers)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from . import store
from .geometry import degrees_box, haversine_km
from .place import Place

_COLS = ", ".join(f"p.{c.strip()}" for c in store.PLACE_COLUMNS.split(","))
_BY_NAME = (f"SELECT n.type, p.prior, {_COLS} FROM names n JOIN places p ON p.pk = n.pk "
            f"WHERE n.folded = ? AND n.type IN (?, ?, ?)")
_IN_BOX = (f"SELECT {_COLS} FROM geo g JOIN places p ON p.pk = g.pk WHERE g.min_lat >= ? "
           "AND g.max_lat <= ? AND g.min_lon >= ? AND g.max_lon <= ?")

# Search radii for nearest(): each ring is searched only when the one inside it held
# nothing closer than its own radius; the last covers half the Earth's circumference.
_RINGS_KM = (10.0, 50.0, 250.0, 1000.0, 5000.0, 20_100.0)


def by_name(con: sqlite3.Connection, folded: str,
            types: tuple[int, int, int]) -> Iterator[tuple[int, float, Place]]:
    """Yield (name type, prior, place) for every place known by ``folded``."""
    for row in con.execute(_BY_NAME, (folded, *types)):
        yield row[0], row[1], store.row_to_place(row[2:])


def folded_of_types(con: sqlite3.Connection, types: tuple[int, ...],
                    ) -> Iterator[tuple[str, int]]:
    """Yield (folded name, type) for every name of ``types`` (``store.CODE``, ...)."""
    marks = ", ".join("?" * len(types))
    yield from con.execute(f"SELECT DISTINCT folded, type FROM names WHERE type IN ({marks})",
                           types)


def by_id(con: sqlite3.Connection, place_id: str) -> Place | None:
    """Return the place with this id, or ``None``."""
    row = con.execute(f"SELECT {_COLS} FROM places p WHERE p.id = ?", (place_id,)).fetchone()
    return None if row is None else store.row_to_place(row)


def where(con: sqlite3.Connection, clause: str, args: tuple) -> list[Place]:
    """Return places matching a WHERE clause over ``places p`` (trusted SQL only)."""
    return [store.row_to_place(r)
            for r in con.execute(f"SELECT {_COLS} FROM places p WHERE {clause}", args)]


def in_radius(con: sqlite3.Connection, lat: float, lon: float, radius_km: float,
              kinds: frozenset[str] | None) -> list[tuple[float, Place]]:
    """Return (distance km, place) for places within ``radius_km``, nearest first."""
    min_lat, max_lat, min_lon, max_lon = degrees_box(lat, lon, radius_km)
    # A box that runs over the antimeridian is searched as two boxes.
    spans = [(max(min_lon, -180.0), min(max_lon, 180.0))]
    if min_lon < -180.0:
        spans.append((min_lon + 360.0, 180.0))
    if max_lon > 180.0:
        spans.append((-180.0, max_lon - 360.0))
    sql, extra = _IN_BOX, ()
    if kinds is not None:
        sql += f" AND p.kind IN ({', '.join('?' * len(kinds))})"
        extra = tuple(sorted(kinds))
    found = []
    for lo, hi in spans:
        for row in con.execute(sql, (min_lat, max_lat, lo, hi, *extra)):
            # Columns 3 and 4 are lat and lon: measure before building a Place.
            dist = haversine_km(lat, lon, row[3], row[4])
            if dist <= radius_km:
                found.append((dist, row))
    found.sort(key=lambda pair: pair[0])
    return [(dist, store.row_to_place(row)) for dist, row in found]


def nearest(con: sqlite3.Connection, lat: float, lon: float,
            kinds: frozenset[str] | None) -> tuple[float, Place] | None:
    """Return the (distance km, place) nearest to a point, searching in widening rings."""
    for radius in _RINGS_KM:
        found = in_radius(con, lat, lon, radius, kinds)
        if found:
            return found[0]
    return None


def largest_in_box(con: sqlite3.Connection, box: tuple[float, float, float, float],
                   kinds: frozenset[str] | None, min_population: int,
                   limit: int | None) -> list[tuple]:
    """Return ``(id, name, lat, lon, kind, population)`` rows of the places of ``kinds``
    (any when ``None``) with at least ``min_population`` people inside ``box`` (west,
    south, east, north), most populous first, ties in store order.

    The search starts from whichever is smaller: the R*Tree's points in the box, or the
    places of these kinds (a box over Central Asia holds a few thousand points of the
    world's 250,000 cities; the world's 250 countries are fewer than the points in a box
    around a continent).
    """
    west, south, east, north = box
    kind_args = tuple(sorted(kinds)) if kinds is not None else ()
    of_kind = (f"p.kind IN ({', '.join('?' * len(kind_args))})" if kinds is not None
               else "1")
    of_kinds = con.execute(f"SELECT count(*) FROM places p WHERE {of_kind}",
                           kind_args).fetchone()[0]
    in_box = con.execute(
        "SELECT count(*) FROM (SELECT 1 FROM geo WHERE min_lat >= ? AND max_lat <= ? "
        "AND min_lon >= ? AND max_lon <= ? LIMIT ?)",
        (south, north, west, east, of_kinds)).fetchone()[0]
    columns = "p.id, p.name, p.lat, p.lon, p.kind, p.population"
    if in_box < of_kinds:
        # CROSS JOIN keeps this order: SQLite would otherwise start from the kind index.
        sql = (f"SELECT {columns} FROM geo g CROSS JOIN places p ON p.pk = g.pk "
               "WHERE g.min_lat >= ? AND g.max_lat <= ? AND g.min_lon >= ? "
               "AND g.max_lon <= ?")
    else:
        sql = (f"SELECT {columns} FROM places p WHERE p.lat BETWEEN ? AND ? "
               "AND p.lon BETWEEN ? AND ?")
    sql += f" AND {of_kind} AND p.population >= ? ORDER BY p.population DESC, p.pk"
    args: tuple = (south, north, west, east, *kind_args, min_population)
    if limit is not None:
        sql += " LIMIT ?"
        args += (limit,)
    return con.execute(sql, args).fetchall()


def known_ids(con: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Return which of ``ids`` this database holds."""
    found: set[str] = set()
    step = 500  # under SQLite's limit of bound parameters per statement
    for start in range(0, len(ids), step):
        chunk = ids[start:start + step]
        found.update(row[0] for row in con.execute(
            f"SELECT id FROM places WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    return found
