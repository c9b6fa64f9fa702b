"""Checks and repairs before drawing: schema, reference system, unusable geometries.

Drawing is the last step of a pipeline that may read files from anywhere, so bad input is
expected: a frame without a CRS, in a projected CRS, or with empty and broken geometries.
What can be repaired is (reprojected, or dropped with one warning that gives the count);
what cannot raises :class:`~maps.errors.MapInputError` saying what to do.
"""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
import shapely

from geo.frame import CRS

from .errors import MapInputError

__all__ = ["REQUIRED_COLUMNS", "check_schema", "clean", "occurred"]

#: Columns a frame must have to be drawn; every other schema column is optional.
REQUIRED_COLUMNS = ("category",)


def check_schema(frame: object) -> None:
    """Raise :class:`MapInputError` unless ``frame`` is a GeoDataFrame that can be drawn."""
    if not isinstance(frame, gpd.GeoDataFrame):
        raise MapInputError(
            f"expected a GeoDataFrame of incidents, got {type(frame).__name__}; "
            "build one with geo.frame.to_geodataframe() or geopandas.read_file()")
    missing = [name for name in REQUIRED_COLUMNS if name not in frame.columns]
    if missing:
        raise MapInputError(
            f"the incidents have no {', '.join(map(repr, missing))} column; "
            "columns are listed in geo.frame.INCIDENT_COLUMNS")
    try:
        frame.geometry  # noqa: B018 - raises when no active geometry column is set
    except AttributeError as err:
        raise MapInputError(
            "the incidents have no active geometry column; call set_geometry()") from err


def occurred(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The rows of events that happened: a ``--keep-all`` frame also holds negated,
    planned, threatened, denied and doubtful ones (column ``status``), which a map never
    shows."""
    if "status" not in frame.columns:
        return frame
    status = frame["status"].astype(object)  # any dtype a file gave, even all-null
    keep = status.isna() | status.eq("occurred")
    return frame if keep.all() else frame[keep]


def clean(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``frame`` in EPSG:4326 without rows whose geometry cannot be drawn, nor
    rows of events that did not happen (:func:`occurred`).

    A frame without a CRS is taken as lon/lat when every coordinate fits (with a warning),
    otherwise it is an error: guessing a projection would put incidents in the wrong place.

    Warns
    -----
    UserWarning
        Once, with the count, when rows are dropped for empty, invalid or out-of-range
        geometries.
    """
    check_schema(frame)
    frame = _to_lonlat(occurred(frame))
    keep = _drawable(frame.geometry)
    dropped = int((~keep).sum())
    if dropped:
        warnings.warn(
            f"skipped {dropped} of {len(frame)} incidents with missing, empty or invalid "
            "geometry", UserWarning, stacklevel=3)
        frame = frame[keep]
    frame = frame.copy()
    # A category read from a file may be missing or not a string; such rows get a layer of
    # their own rather than vanishing.
    category = frame["category"].astype("object")
    frame["category"] = [str(value) for value in
                         category.where(category.notna(), "uncategorised").tolist()]
    return frame


def _to_lonlat(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    if frame.crs is None:
        if len(frame) and not _within_lonlat(frame.geometry):
            raise MapInputError(
                "the incidents have no CRS and their coordinates are not longitude/"
                "latitude; set the right one with gdf.set_crs(...) before drawing")
        if len(frame):
            warnings.warn("the incidents have no CRS; assuming longitude/latitude "
                          f"({CRS})", UserWarning, stacklevel=4)
        return frame.set_crs(CRS)
    if frame.crs.equals(CRS):
        return frame
    return frame.to_crs(CRS)


def _within_lonlat(geometry: gpd.GeoSeries) -> bool:
    drawable = geometry[_drawable(geometry, check_range=False)]
    if drawable.empty:
        return True
    minx, miny, maxx, maxy = drawable.total_bounds
    return bool(minx >= -180 and maxx <= 180 and miny >= -90 and maxy <= 90)


def _drawable(geometry: gpd.GeoSeries, *, check_range: bool = True) -> np.ndarray:
    values = geometry.values
    ok = ~(shapely.is_missing(values) | shapely.is_empty(values))
    ok[ok] &= shapely.is_valid(values[ok])
    if not ok.any():
        return ok
    bounds = shapely.bounds(values[ok])
    finite = np.isfinite(bounds).all(axis=1)
    if check_range:
        finite &= ((bounds[:, 0] >= -180) & (bounds[:, 2] <= 180)
                   & (bounds[:, 1] >= -90) & (bounds[:, 3] <= 90))
    ok[ok] = finite
    return ok
