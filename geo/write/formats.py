"""The one extension → format table that writing and reading incidents share, and each
format's writer and reader (pyogrio for GeoJSON and GeoPackage, pyarrow for GeoParquet,
pandas for CSV)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pyogrio
from pyogrio.errors import DataLayerError, DataSourceError, FieldError, GeometryError

from geo.errors import ExportError, InputError
from geo.frame import CRS, INCIDENT_COLUMNS, REPORT_COLUMNS
from geo.write.locate import bad_value_error, first_bad_value, line_in_message

_LAT, _LON = "lat", "lon"
# Failures of the engines that mean "this could not be written/read", not a bug here.
ENGINE_ERRORS = (OSError, DataSourceError, DataLayerError, FieldError, GeometryError)


@dataclass(frozen=True)
class Format:
    name: str
    write: Callable[[gpd.GeoDataFrame, Path, str, dict[str, Any]], None]
    read: Callable[[Path, str], gpd.GeoDataFrame]
    # GDAL formats cannot hold U+0000 in strings; JSON-like text formats cannot hold dates.
    gdal: bool
    dates_as_text: bool
    # The schema's date columns (ISO text in the frame) are written as Date fields.
    date_fields: bool = False


def _write_geojson(gdf: gpd.GeoDataFrame, tmp: Path, layer: str,
                   kwargs: dict[str, Any]) -> None:
    # RFC7946=YES makes GDAL write lon/lat, no "crs" member, and right-hand polygons;
    # 6 decimals is ~0.1 m, the precision RFC 7946 section 11.2 suggests. Text that
    # happens to be JSON (``sources``, an article's '["quote"]') stays text: GDAL would
    # write it as an array, which reads back as another string.
    options = {"RFC7946": "YES", "COORDINATE_PRECISION": 6, "WRITE_BBOX": "NO",
               "AUTODETECT_JSON_STRINGS": "NO"}
    options.update(kwargs.pop("layer_options", {}))
    pyogrio.write_dataframe(gdf, tmp, driver="GeoJSON", layer=layer,
                            layer_options=options, **kwargs)


def _write_gpkg(gdf: gpd.GeoDataFrame, tmp: Path, layer: str,
                kwargs: dict[str, Any]) -> None:
    options = {"SPATIAL_INDEX": "YES"}
    options.update(kwargs.pop("layer_options", {}))
    # GeoPackage 1.2, not the 1.4 that pyogrio's bundled GDAL (3.9+) writes by default:
    # older GDAL (3.6 in Debian 12's ogrinfo) and the QGIS built on it warn that 1.4 "may
    # only be partially supported", and nothing here needs 1.3 or 1.4.
    dataset = {"VERSION": "1.2", **kwargs.pop("dataset_options", {})}
    # Through Arrow: its date32 columns become Date fields, which pyogrio's other path
    # cannot write (it makes them text).
    pyogrio.write_dataframe(gdf, tmp, driver="GPKG", layer=layer, use_arrow=True,
                            dataset_options=dataset, layer_options=options, **kwargs)


def _write_parquet(gdf: gpd.GeoDataFrame, tmp: Path, layer: str,
                   kwargs: dict[str, Any]) -> None:
    # GeoParquet has no layers; ``layer`` is accepted so callers need not care.
    gdf.to_parquet(tmp, **kwargs)


def _write_csv(gdf: gpd.GeoDataFrame, tmp: Path, layer: str,
               kwargs: dict[str, Any]) -> None:
    table = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    table[_LAT] = gdf.geometry.y
    table[_LON] = gdf.geometry.x
    # CRLF as RFC 4180 says; it also makes the csv module quote a lone "\r" in a
    # value, which it leaves bare with "\n" (and readers then split the row there).
    # newline="" hands line endings to pandas untranslated.
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        table.to_csv(handle, index=False, lineterminator="\r\n", **kwargs)


def layer_names(path: Path) -> list[str]:
    return [str(name) for name, _ in pyogrio.list_layers(path)]


def _read_gdal(path: Path, layer: str) -> gpd.GeoDataFrame:
    # A GeoPackage with other layers beside ours is read at ours; one layer is ours.
    names = layer_names(path)
    if len(names) > 1 and layer not in names:
        raise DataLayerError(f"no layer {layer!r}; the file has {', '.join(names)}")
    # datetime_as_string: GDAL would otherwise turn ISO date strings into datetimes.
    return pyogrio.read_dataframe(path, layer=layer if len(names) > 1 else None,
                                  datetime_as_string=True)


def _read_parquet(path: Path, layer: str) -> gpd.GeoDataFrame:
    return gpd.read_parquet(path)


def _read_csv(path: Path, layer: str) -> gpd.GeoDataFrame:
    known = {name: dtype for name, (dtype, _) in {**INCIDENT_COLUMNS,
                                                  **REPORT_COLUMNS}.items()}
    # Only an empty cell is missing: "NA", "null" or "nan" in article text is text.
    options = {"encoding": "utf-8", "keep_default_na": False, "na_values": [""]}
    try:
        table = pd.read_csv(path, dtype=known, **options)
    except pd.errors.ParserError as err:
        raise InputError(f"cannot read as CSV: {err}".strip(), path=path,
                         line=line_in_message(err)) from err
    except (ValueError, TypeError) as err:  # a value that is not of its column's type
        text = pd.read_csv(path, dtype=str, **options)
        for name, dtype in known.items():
            bad = first_bad_value(text[name], dtype) if name in text else None
            if bad is not None:
                raise bad_value_error(path, "CSV", name, dtype, *bad) from err
        raise InputError(f"cannot read as CSV: {err}", path=path) from err
    if _LAT not in table or _LON not in table:
        raise InputError(f"CSV has no {_LAT!r}/{_LON!r} columns", path=path)
    for name, limit in ((_LAT, 90), (_LON, 180)):
        degrees = pd.to_numeric(table[name], errors="coerce")
        bad = ~degrees.abs().le(limit)  # also missing and not a number
        if bad.any():
            position = int(bad.to_numpy().argmax())
            raise bad_value_error(path, "CSV", name, "degrees", position,
                                  table[name].iloc[position])
    points = gpd.points_from_xy(table.pop(_LON), table.pop(_LAT), crs=CRS)
    return gpd.GeoDataFrame(table, geometry=points, crs=CRS)


GEOJSON = Format("GeoJSON", _write_geojson, _read_gdal, gdal=True, dates_as_text=True)
GPKG = Format("GPKG", _write_gpkg, _read_gdal, gdal=True, dates_as_text=False,
              date_fields=True)
PARQUET = Format("GeoParquet", _write_parquet, _read_parquet, gdal=False,
                   dates_as_text=False)
CSV = Format("CSV", _write_csv, _read_csv, gdal=False, dates_as_text=True)

#: File extension → format. The one table both the writer and the reader use.
FORMATS: dict[str, Format] = {
    ".geojson": GEOJSON,
    ".json": GEOJSON,
    ".gpkg": GPKG,
    ".parquet": PARQUET,
    ".geoparquet": PARQUET,
    ".csv": CSV,
}
# ``driver=`` names, case-folded; "parquet" is accepted as an alias of "GeoParquet".
FORMAT_BY_NAME = {fmt.name.casefold(): fmt for fmt in FORMATS.values()}
FORMAT_BY_NAME["parquet"] = PARQUET


def format_for(path: Path, driver: str | None, *, reading: bool = False) -> Format:
    """The format ``driver`` names, else the one of the extension of ``path``.

    An unknown one is an :class:`ExportError` for an output, an :class:`InputError`
    naming the file for a file being read (``reading``).
    """
    if driver is not None:
        fmt = FORMAT_BY_NAME.get(driver.casefold())
        names = ", ".join(sorted({f.name for f in FORMATS.values()}))
        problem = f"unknown driver {driver!r}; use one of {names}"
    else:
        fmt = FORMATS.get(path.suffix.casefold())
        problem = (f"unknown {'incidents file' if reading else 'output'} format "
                   f"{path.suffix!r}; use one of " + ", ".join(FORMATS))
    if fmt is not None:
        return fmt
    if reading:
        raise InputError(problem, path=path)
    raise ExportError(f"{path}: {problem}")
