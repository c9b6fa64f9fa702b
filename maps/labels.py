"""Place labels for the offline base map: the gazetteer's largest places, by zoom band.

Offline, a zoomed-in map has only outlines; names say where a marker is. The labels are
embedded in the page, so only what a reader can use is taken: countries and first-level
divisions around the data, big cities across it, and smaller places only near an
incident, each with the zoom from which it is shown. The page draws them on a canvas
and drops those that would overlap a larger one.

Names are plain text (not HTML): the page only ever draws them with ``fillText``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from gazetteer import GazetteerError, default_path
from gazetteer.store import open_readonly

__all__ = ["BANDS", "place_labels"]

logger = logging.getLogger(__name__)

#: (zoom from which a city is labelled, smallest population, degrees it may lie from an
#: incident or None for anywhere around the data, most labels in the band).
BANDS: tuple[tuple[int, int, float | None, int], ...] = (
    (3, 2_000_000, None, 150),
    (5, 500_000, None, 250),
    (6, 150_000, None, 300),
    (7, 50_000, 2.0, 300),
    (8, 15_000, 1.0, 300),
    (9, 5_000, 0.5, 300),
    (10, 1_000, 0.25, 300),
)
_COUNTRY, _ADMIN1, _CITY = 0, 1, 2
_MAX_ADMIN1 = 300
_PAD_DEGREES = 3.0  # around the data: the places just outside a map's edge name it too
_DIGITS = 3  # ~100 m is exact enough for a label


def place_labels(bounds: Sequence[float] | None, anchors: np.ndarray) -> dict[str, list]:
    """Return the labels around ``bounds`` as columns ``n``, ``lat``, ``lon``, ``z``, ``k``.

    Parameters
    ----------
    bounds
        ``(west, south, east, north)`` of the data in degrees, or None for none.
    anchors
        ``(n, 2)`` longitude/latitude of the incidents: small places are kept only near
        them.

    Returns
    -------
    dict
        Parallel lists, most important first: name, latitude, longitude, zoom from which
        the label shows, and kind (0 country, 1 first-level division, 2 city). Empty when
        there is no data or no gazetteer (labels are context, never a reason to fail).
    """
    empty: dict[str, list] = {"n": [], "lat": [], "lon": [], "z": [], "k": []}
    if bounds is None:
        return empty
    try:
        con, _ = open_readonly(default_path())
    except GazetteerError as err:
        logger.info("no place labels on the map: %s", err)
        return empty
    west, south, east, north = _padded(bounds)
    box = (south, north, west, east)
    try:
        countries = con.execute(
            "SELECT name, lat, lon, population FROM places WHERE kind = 'country' "
            "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ORDER BY population DESC",
            box).fetchall()
        admin1 = con.execute(
            "SELECT name, lat, lon FROM places WHERE kind = 'admin1' "
            "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? LIMIT ?",
            (*box, _MAX_ADMIN1)).fetchall()
        # The R*Tree of points ("geo") narrows the box before the population filter.
        cities = con.execute(
            "SELECT p.name, p.lat, p.lon, p.population FROM geo g JOIN places p "
            "ON p.pk = g.pk WHERE g.min_lat >= ? AND g.max_lat <= ? AND g.min_lon >= ? "
            "AND g.max_lon <= ? AND p.kind = 'city' AND p.population >= ? "
            "ORDER BY p.population DESC", (*box, BANDS[-1][1])).fetchall()
    finally:
        con.close()
    out = empty
    for name, lat, lon, population in countries:
        _add(out, name, lat, lon, 2 if population >= 50_000_000 else 3, _COUNTRY)
    for name, lat, lon, _, zoom in _banded(cities, anchors):
        _add(out, name, lat, lon, zoom, _CITY)
    for name, lat, lon in admin1:
        _add(out, name, lat, lon, 5, _ADMIN1)
    return out


def _padded(bounds: Sequence[float]) -> tuple[float, float, float, float]:
    west, south, east, north = bounds
    return (max(west - _PAD_DEGREES, -180.0), max(south - _PAD_DEGREES, -90.0),
            min(east + _PAD_DEGREES, 180.0), min(north + _PAD_DEGREES, 90.0))


def _banded(cities: list[tuple], anchors: np.ndarray) -> list[tuple]:
    """Give each city (largest first) the first band it qualifies for, within the caps."""
    if not cities:
        return []
    lonlat = np.array([(lon, lat) for _, lat, lon, _ in cities], dtype=float)
    near = {distance: _near(lonlat, anchors, distance)
            for _, _, distance, _ in BANDS if distance is not None}
    taken = [0] * len(BANDS)
    out = []
    for i, (name, lat, lon, population) in enumerate(cities):
        for band, (zoom, smallest, distance, cap) in enumerate(BANDS):
            if population < smallest or taken[band] >= cap:
                continue
            if distance is not None and not near[distance][i]:
                continue
            taken[band] += 1
            out.append((name, lat, lon, population, zoom))
            break
    return out


def _near(points: np.ndarray, anchors: np.ndarray, distance: float) -> np.ndarray:
    """Which points lie within about ``distance`` degrees of an anchor (1 to 2 times it).

    A grid of ``distance``-sized cells: a point is near when its cell or a neighbouring
    one holds an anchor. Exact distances are not needed for labels, and 100,000 anchors
    cost milliseconds this way.
    """
    if not len(anchors):
        return np.zeros(len(points), dtype=bool)
    cells = np.unique(_cell_keys(np.floor(anchors / distance).astype(np.int64)))
    own = np.floor(points / distance).astype(np.int64)
    near = np.zeros(len(points), dtype=bool)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            near |= np.isin(_cell_keys(own + np.array([dx, dy])), cells)
    return near


def _cell_keys(cells: np.ndarray) -> np.ndarray:
    # One integer per (column, row) cell; cells are at least 0.25 degrees, so < 2**20.
    return cells[:, 0] * (1 << 21) + cells[:, 1]


def _add(out: dict[str, list], name: str, lat: float, lon: float, zoom: int,
         kind: int) -> None:
    out["n"].append(name)
    out["lat"].append(round(lat, _DIGITS))
    out["lon"].append(round(lon, _DIGITS))
    out["z"].append(zoom)
    out["k"].append(kind)
