"""Write and read incident GeoDataFrames as GeoJSON, GeoPackage, GeoParquet or CSV.

I/O stays thin, as in geopandas' ``io/file.py``: one extension → format table, every
check done *before* the disk is touched, then a delegation to pyogrio, pyarrow or pandas
with the caller's extra keywords forwarded. Unlike geopandas, nothing is written in
place: each format writes a temp sibling that is renamed over the target only once it is
complete (:func:`gazetteer.files.temporary_sibling`), so a crash or a failing writer
leaves the previous file intact.

Decisions a GIS user should know about:

* Output is always EPSG:4326 (lon/lat). A frame in another CRS is reprojected; a frame
  with *no* CRS is refused, because guessing would silently put points in the wrong
  place.
* Rows with a missing or empty geometry are dropped with a warning: a GIS row must be
  somewhere.
* Date and datetime columns are written as ISO 8601 strings in GeoJSON and CSV (and read
  back as strings). In GeoPackage (version 1.2, which every GDAL and QGIS reads without a
  warning) they are Date and DateTime fields, and so are ``event_date`` and
  ``event_date_end``, ISO text in the frame, so QGIS can filter by date; they read back
  as the same text.
* GDAL stores text as C strings, so U+0000 would silently cut a value short in GeoJSON
  and GeoPackage. It is replaced by U+FFFD (same length, so evidence offsets stay valid)
  with a warning. GeoParquet and CSV keep it.
* CSV holds points only, as ``lat``/``lon`` columns; an empty CSV cell reads back as
  missing.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import shutil
import warnings
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pyarrow as pa

from gazetteer.files import temporary_sibling
from geo.errors import ExportError, InputError
from geo.frame import CRS, DATE_COLUMNS, INCIDENT_COLUMNS, REPORT_COLUMNS, empty_incidents
from geo.write.formats import (
    CSV,
    ENGINE_ERRORS,
    FORMATS,
    GPKG,
    Format,
    format_for,
    layer_names,
)
from geo.write.locate import bad_value_error, first_bad_value, line_in_message

__all__ = ["FORMATS", "check_output_path", "read_incidents", "write_incidents"]

_NUL = "\x00"
_NUL_REPLACEMENT = "\ufffd"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_output_path(path: str | os.PathLike[str], *, driver: str | None = None) -> Path:
    """Check that ``path`` can be written, before any work is done.

    The CLI calls this first so that a typo in ``-o`` fails in a second rather than
    after an hour of parsing.

    Parameters
    ----------
    path
        The output file. Its extension picks the format unless ``driver`` is given.
    driver
        ``"GeoJSON"``, ``"GPKG"``, ``"GeoParquet"`` or ``"CSV"`` (case-insensitive).

    Returns
    -------
    Path
        ``path`` as an absolute :class:`~pathlib.Path`.

    Raises
    ------
    ExportError
        Unknown extension or driver, folder missing, not a folder or not writable, or the
        path is a folder.
    """
    target = check_writable_file(path)
    format_for(target, driver)
    return target


def check_writable_file(path: str | os.PathLike[str]) -> Path:
    """Check that a file of any kind (a map, a JSONL) can be written at ``path``.

    Raises
    ------
    ExportError
        The folder is missing, not a folder or not writable, or the path is a folder.
    """
    target = Path(path).absolute()
    folder = target.parent
    if not folder.exists():
        raise ExportError(f"{target}: folder {folder} does not exist; create it first")
    if not folder.is_dir():
        raise ExportError(f"{target}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{target}: folder {folder} is not writable")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name inside it")
    return target


def write_incidents(gdf: gpd.GeoDataFrame, path: str | os.PathLike[str], *,
                    driver: str | None = None, layer: str = "incidents",
                    **kwargs: Any) -> Path:
    """Write incidents to ``path`` atomically, in the format its extension names.

    Parameters
    ----------
    gdf
        Incidents, typically from :func:`geo.frame.to_geodataframe`; any GeoDataFrame
        with a CRS works.
    path
        ``.geojson``/``.json`` (RFC 7946), ``.gpkg`` (layer ``layer``, spatial index),
        ``.parquet``/``.geoparquet`` (GeoParquet) or
        ``.csv`` (``lat``/``lon`` columns, points only).
    driver
        Force a format regardless of the extension (see :func:`check_output_path`).
    layer
        Layer name in GeoPackage, and the ``name`` member of the GeoJSON. An existing
        GeoPackage keeps its other layers; every other format's file is replaced.
    **kwargs
        Forwarded to the engine: :func:`pyogrio.write_dataframe` (GeoJSON, GPKG),
        :meth:`GeoDataFrame.to_parquet` or :meth:`DataFrame.to_csv`.

    Returns
    -------
    Path
        The absolute path written.

    Raises
    ------
    ExportError
        The path cannot be written (see :func:`check_output_path`), the frame has no
        CRS, coordinates are not finite lon/lat, text cannot be encoded as UTF-8, CSV
        was asked for non-point geometries, or the engine failed. In every case an
        existing file at ``path`` is left as it was.

    Warns
    -----
    UserWarning
        When rows without geometry are dropped, or U+0000 is replaced.

    Examples
    --------
    >>> write_incidents(gdf, "out/incidents.geojson")  # doctest: +SKIP
    PosixPath('/.../out/incidents.geojson')
    """
    target = check_output_path(path, driver=driver)
    fmt = format_for(target, driver)
    prepared = _prepare(gdf, fmt, target)
    try:
        with temporary_sibling(target, suffix=target.suffix) as tmp:
            if fmt is GPKG and _has_other_layers(target, layer):
                # The copy keeps the GeoPackage's other layers; ours is replaced in it.
                shutil.copyfile(target, tmp)
            fmt.write(prepared, tmp, layer, dict(kwargs))
    except ENGINE_ERRORS as err:
        raise ExportError(f"{target}: could not write {fmt.name}: {err}") from err
    return target


def _has_other_layers(path: Path, layer: str) -> bool:
    """Whether ``path`` is a GeoPackage holding a layer other than ``layer``."""
    if not path.is_file():
        return False
    try:
        names = layer_names(path)
    except ENGINE_ERRORS:
        return False  # not a readable GeoPackage: nothing there to keep
    return bool(set(names) - {layer})


def read_incidents(path: str | os.PathLike[str], *, driver: str | None = None,
                   layer: str = "incidents") -> gpd.GeoDataFrame:
    """Read a file written by :func:`write_incidents` back into a GeoDataFrame.

    ``layer`` names the layer of a GeoPackage that holds several; a file with one
    layer is read whatever its name.

    Columns of the incident schema get their documented dtypes back (GeoJSON and CSV do
    not store them); a file with no rows gets the full schema, since an empty GeoJSON
    cannot carry one.

    Raises
    ------
    InputError
        The file is missing, unreadable, or not of the format its extension names.
    """
    source = Path(path)
    fmt = format_for(source, driver, reading=True)
    if not source.is_file():
        raise InputError("no such file", path=source)
    try:
        gdf = fmt.read(source, layer)
    except InputError:
        raise
    except (*ENGINE_ERRORS, ValueError, UnicodeDecodeError) as err:
        # One line: GDAL's messages may hold several.
        message = " ".join(str(err).split())
        raise InputError(f"cannot read as {fmt.name}: {message}", path=source,
                         line=line_in_message(err)) from err
    return _conform(gdf, source, fmt, layer)


def _prepare(gdf: gpd.GeoDataFrame, fmt: Format, target: Path) -> gpd.GeoDataFrame:
    """Return a copy of ``gdf`` that every format can store as the docs promise."""
    if not isinstance(gdf, gpd.GeoDataFrame):
        raise ExportError(f"{target}: expected a GeoDataFrame, got {type(gdf).__name__}")
    if gdf.crs is None:
        raise ExportError(f"{target}: the frame has no CRS; set it first, e.g. "
                          "gdf.set_crs('EPSG:4326') for lon/lat degrees")
    out = gdf.to_crs(CRS) if not gdf.crs.equals(CRS) else gdf.copy()
    missing = out.geometry.isna() | out.geometry.is_empty
    if missing.any():
        warnings.warn(f"{target}: dropped {int(missing.sum())} row(s) without geometry",
                      UserWarning, stacklevel=3)
        out = out.loc[~missing]
    _check_coordinates(out, target)
    if fmt is CSV and not out.geometry.geom_type.eq("Point").all():
        raise ExportError(f"{target}: CSV holds points only (lat/lon columns); "
                          "use .geojson or .gpkg for other geometries")
    for name in out.columns:
        if name == out.geometry.name:
            continue
        out[name] = _prepare_column(out[name], fmt, target)
    return out


def _check_coordinates(gdf: gpd.GeoDataFrame, target: Path) -> None:
    if gdf.empty:
        return
    west, south, east, north = gdf.total_bounds
    bounds_ok = -180 <= west <= east <= 180 and -90 <= south <= north <= 90
    if not (all(map(math.isfinite, (west, south, east, north))) and bounds_ok):
        raise ExportError(f"{target}: coordinates ({west}, {south}, {east}, {north}) "
                          "are not valid lon/lat degrees")


def _prepare_column(column: pd.Series, fmt: Format, target: Path) -> pd.Series:
    if fmt.date_fields and column.name in DATE_COLUMNS:
        dates = _iso_dates(column)
        if dates is not None:
            return dates
    if fmt.dates_as_text and _is_dates(column):
        return column.map(lambda v: v.isoformat() if pd.notna(v) else None
                          ).astype("string")
    if not (pd.api.types.is_string_dtype(column) or column.dtype == object):
        return column
    texts = column[column.map(lambda v: isinstance(v, str))]
    bad = texts[~texts.map(_encodable)]
    if not bad.empty:
        raise ExportError(f"{target}: column {column.name!r}, row {bad.index[0]!r}: text "
                          "is not valid Unicode (lone surrogates) and cannot be UTF-8")
    if fmt.gdal:
        with_nul = texts.str.contains(_NUL, regex=False)
        if with_nul.any():
            warnings.warn(f"{target}: replaced U+0000 with U+FFFD in {int(with_nul.sum())}"
                          f" value(s) of column {column.name!r}; {fmt.name} cannot "
                          "store it", UserWarning, stacklevel=4)
            column = column.copy()
            column[with_nul[with_nul].index] = texts[with_nul].str.replace(
                _NUL, _NUL_REPLACEMENT, regex=False)
    return column


def _is_dates(column: pd.Series) -> bool:
    if pd.api.types.is_datetime64_any_dtype(column):
        return True
    if column.dtype != object:
        return False
    values = column.dropna()
    return not values.empty and values.map(
        lambda v: isinstance(v, dt.date | dt.time)).all()


def _iso_dates(column: pd.Series) -> pd.Series | None:
    """ISO date text (YYYY-MM-DD) as Arrow dates, missing kept missing; ``None`` when a
    value is not such a date (the column is then written as the text it is)."""
    dates: list[dt.date | None] = []
    for value in column:
        if pd.isna(value):
            dates.append(None)
        elif isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                dates.append(dt.date.fromisoformat(value))
            except ValueError:
                return None
        else:
            return None
    return pd.Series(pd.array(dates, dtype=pd.ArrowDtype(pa.date32())), index=column.index,
                     name=column.name)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _conform(gdf: gpd.GeoDataFrame, source: Path, fmt: Format, layer: str
             ) -> gpd.GeoDataFrame:
    """Give incident-schema (and report) columns their documented dtypes back; a value
    that has none is an error naming its line or row."""
    if gdf.empty:
        template = empty_incidents()
        for name in INCIDENT_COLUMNS:
            if name not in gdf.columns:
                gdf[name] = template[name]
        others = [c for c in gdf.columns if c not in INCIDENT_COLUMNS]
        gdf = gdf[[*INCIDENT_COLUMNS, *others]]
    for name, (dtype, _) in {**INCIDENT_COLUMNS, **REPORT_COLUMNS}.items():
        if name in gdf.columns and str(gdf[name].dtype) != dtype:
            bad = first_bad_value(gdf[name], dtype)
            if bad is not None:
                raise bad_value_error(source, fmt.name, name, dtype, *bad,
                                      layer=layer if fmt is GPKG else None)
            gdf[name] = gdf[name].astype(dtype)
    _check_sources(gdf, source, fmt, layer)
    if gdf.crs is None:
        gdf = gdf.set_crs(CRS)
    elif not gdf.crs.equals(CRS):  # a file made elsewhere: the frame is lon/lat
        gdf = gdf.to_crs(CRS)
    return gdf


def _check_sources(gdf: gpd.GeoDataFrame, source: Path, fmt: Format, layer: str) -> None:
    """A merged file's ``sources`` are JSON arrays of ids; any other value is an error
    naming its line or row (grouping the file again would fail on it)."""
    if "sources" not in gdf.columns:
        return
    bad = first_bad_value(gdf["sources"], "id list")
    if bad is not None:
        raise bad_value_error(source, fmt.name, "sources", "id list", *bad,
                              layer=layer if fmt is GPKG else None)
