"""Place labels for the offline base map: the gazetteer's largest places, by zoom band.

Offline, a zoomed-in map has only outlines; names say where a marker is. The labels are
embedded in the page, so only what a reader can use is taken: countries and first-level
divisions around the data, big cities across it, and smaller places only near an
incident, each with the zoom from which it is shown. The page draws them on a canvas
and drops those that would overlap a larger one.

The places come from a :class:`gazetteer.Gazetteer` (its own file and its user layers),
through :meth:`~gazetteer.Gazetteer.prominent_places`; maps never read the store itself.
Names are plain text (not HTML): the page only ever draws them with ``fillText``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from gazetteer import Gazetteer, GazetteerError, PlacePoint

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


def place_labels(bounds: Sequence[float] | None, anchors: np.ndarray,
                 gazetteer: Gazetteer | None = None) -> dict[str, list]:
    """Return the labels around ``bounds`` as columns ``n``, ``lat``, ``lon``, ``z``, ``k``.

    Parameters
    ----------
    bounds
        ``(west, south, east, north)`` of the data in degrees, or None for none.
    anchors
        ``(n, 2)`` longitude/latitude of the incidents: small places are kept only near
        them.
    gazetteer
        Where the places come from; ``None`` opens the default gazetteer as it is (a map
        never waits for a build).

    Returns
    -------
    dict
        Parallel lists, most important first: name, latitude, longitude, zoom from which
        the label shows, and kind (0 country, 1 first-level division, 2 city). Empty when
        there is no data or no gazetteer (labels are context, never a reason to fail).
    """
    if bounds is None:
        return _empty()
    if gazetteer is not None:
        return _labels(gazetteer, bounds, anchors)
    try:
        with Gazetteer.open(build=False) as default:
            return _labels(default, bounds, anchors)
    except GazetteerError as err:
        logger.info("no place labels on the map: %s", err)
        return _empty()


def _labels(gazetteer: Gazetteer, bounds: Sequence[float],
            anchors: np.ndarray) -> dict[str, list]:
    box = _padded(bounds)
    countries = gazetteer.prominent_places(box, kind="country")
    admin1 = gazetteer.prominent_places(box, kind="admin1", limit=_MAX_ADMIN1)
    cities = gazetteer.prominent_places(box, kind="city", min_population=BANDS[-1][1])
    out = _empty()
    for place in countries:
        _add(out, place, 2 if place.population >= 50_000_000 else 3, _COUNTRY)
    for place, zoom in _banded(cities, anchors):
        _add(out, place, zoom, _CITY)
    for place in admin1:
        _add(out, place, 5, _ADMIN1)
    return out


def _empty() -> dict[str, list]:
    return {"n": [], "lat": [], "lon": [], "z": [], "k": []}


def _padded(bounds: Sequence[float]) -> tuple[float, float, float, float]:
    west, south, east, north = bounds
    return (max(west - _PAD_DEGREES, -180.0), max(south - _PAD_DEGREES, -90.0),
            min(east + _PAD_DEGREES, 180.0), min(north + _PAD_DEGREES, 90.0))


def _banded(cities: list[PlacePoint], anchors: np.ndarray) -> list[tuple[PlacePoint, int]]:
    """Give each city (largest first) the zoom of the first band it qualifies for, within
    the caps."""
    if not cities:
        return []
    lonlat = np.array([(city.lon, city.lat) for city in cities], dtype=float)
    near = {distance: _near(lonlat, anchors, distance)
            for _, _, distance, _ in BANDS if distance is not None}
    taken = [0] * len(BANDS)
    out = []
    for i, city in enumerate(cities):
        for band, (zoom, smallest, distance, cap) in enumerate(BANDS):
            if city.population < smallest or taken[band] >= cap:
                continue
            if distance is not None and not near[distance][i]:
                continue
            taken[band] += 1
            out.append((city, zoom))
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


def _add(out: dict[str, list], place: PlacePoint, zoom: int, kind: int) -> None:
    out["n"].append(place.name)
    out["lat"].append(round(place.lat, _DIGITS))
    out["lon"].append(round(place.lon, _DIGITS))
    out["z"].append(zoom)
    out["k"].append(kind)
