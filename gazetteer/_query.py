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
