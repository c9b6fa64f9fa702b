"""Great-circle helpers shared by the sources and the look-up (lat/lon in degrees)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG), what haversine distances assume


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance in kilometres between two (lat, lon) points.

    Examples
    --------
    >>> round(haversine_km(51.5074, -0.1278, 48.8566, 2.3522))  # London → Paris
    344
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


class PointSet:
    """Points prepared once for the great-circle distances to many others.

    Examples
    --------
    >>> [round(d) for d in PointSet([(48.8566, 2.3522)]).distances_km(51.5074, -0.1278)]
    [344]
    """

    __slots__ = ("_points",)

    def __init__(self, points: Iterable[tuple[float, float]]) -> None:
        self._points = [(math.radians(lat), math.radians(lon), math.cos(math.radians(lat)))
                        for lat, lon in points]

    def __bool__(self) -> bool:
        return bool(self._points)

    def distances_km(self, lat: float, lon: float) -> list[float]:
        """Return the distance from (lat, lon) to each point, in the points' order."""
        phi, lam = math.radians(lat), math.radians(lon)
        cos_phi = math.cos(phi)
        # The formula of haversine_km, its functions bound to local names: the resolver
        # asks for tens of thousands of these per hundred documents.
        sin, asin, sqrt = math.sin, math.asin, math.sqrt
        return [2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(
                    sin((phi2 - phi) / 2) ** 2 + cos_phi * cos_phi2 * sin((lam2 - lam) / 2) ** 2)))
                for phi2, lam2, cos_phi2 in self._points]


def medoid(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Return the ``(lat, lon)`` among ``points`` with the least total distance to the others.

    A consensus of several estimates of one place's point: unlike their mean it is always
    one of them, and one estimate far off the rest cannot drag it away.
    """
    if not points:
        raise ValueError("medoid of no points")
    return min(points, key=lambda p: sum(haversine_km(*p, *q) for q in points))


def spherical_mean(points: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """Return the mean direction of (lat, lon) points as (lat, lon).

    Averaging unit vectors instead of degrees keeps groups that straddle the
    antimeridian (Polynesia, Fiji) where they belong.
    """
    x = y = z = 0.0
    n = 0
    for lat, lon in points:
        phi, lmb = math.radians(lat), math.radians(lon)
        x += math.cos(phi) * math.cos(lmb)
        y += math.cos(phi) * math.sin(lmb)
        z += math.sin(phi)
        n += 1
    if n == 0:
        raise ValueError("spherical_mean() needs at least one point")
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def degrees_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """Return (min_lat, max_lat, min_lon, max_lon) enclosing a circle of ``radius_km``.

    The longitude span widens with latitude; near the poles it is the whole circle.
    The box may run past ±180; callers split it (see ``lookup``).
    """
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    cos_lat = math.cos(math.radians(min(89.9, abs(lat) + dlat)))
    dlon = 180.0 if cos_lat <= 0 else min(180.0, dlat / cos_lat)
    return (max(-90.0, lat - dlat), min(90.0, lat + dlat), lon - dlon, lon + dlon)


def grid_cell(lat: float, lon: float, cell_km: float) -> tuple[int, int]:
    """The (row, column) of (lat, lon) in a grid of cells ``cell_km`` tall and as many
    degrees wide, wrapping at the antimeridian; :func:`cells_near` finds its neighbours.

    Examples
    --------
    >>> grid_cell(45.76, 4.84, 25) == grid_cell(45.77, 4.88, 25)  # Lyon, Villeurbanne
    True
    """
    size = math.degrees(cell_km / EARTH_RADIUS_KM)
    columns = _grid_columns(size)
    return math.floor(lat / size), math.floor((lon + 180) / 360 * columns) % columns


def cells_near(row: int, column: int, cell_km: float) -> list[tuple[int, int]]:
    """The cells of :func:`grid_cell`'s grid that hold every point within ``cell_km`` of a
    point in the cell (``row``, ``column``): wider in longitude towards the poles."""
    size = math.degrees(cell_km / EARTH_RADIUS_KM)
    columns = _grid_columns(size)
    cos_lat = math.cos(math.radians(min(90.0, (max(abs(row), abs(row + 1)) + 1) * size)))
    reach = columns if cos_lat <= 0 else math.ceil(1 / cos_lat)
    spread = range(columns) if 2 * reach + 1 >= columns else range(column - reach,
                                                                    column + reach + 1)
    return [(r, c % columns) for r in (row - 1, row, row + 1) for c in spread]


def _grid_columns(size: float) -> int:
    # Whole columns around the globe, each at least ``size`` degrees wide.
    return max(1, math.floor(360 / size))
