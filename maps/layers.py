"""Map data: incidents as compact columns, grouped into sites (one spot) and areas.

A folium ``Marker`` per incident does not scale (100,000 DOM nodes and a page of generated
JavaScript). Instead every incident becomes one entry of parallel arrays — layer,
precision class, fatalities, date and popup-fragment indices — in one JSON blob that
``assets/incidentmap.js`` draws on canvas.

Incidents are grouped so that each can be reached with the mouse:

- a **site** is one spot (coordinates equal to about 10 m); all incidents there, of every
  layer, are one marker with a count, and its popup lists them all;
- an **area** is a country, region or input polygon; all area-wide incidents on it are one
  shape, filled by count, whose popup lists them all.

Rows are ordered so that each site's and each area's incidents are consecutive (sites
first, then areas) and by date inside each; sites and areas carry only their size ``n``.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .escape import html_text
from .popups import StringTable, popup_columns

__all__ = ["LAYERS", "LayerStyle", "build_payload", "layer_styles", "precision_classes"]


@dataclass(frozen=True, slots=True)
class LayerStyle:
    """How one category looks: its name in the layer control and legend, colour, shape."""

    label: str
    note: str
    color: str
    shape: str = "circle"


#: The four categories of ``geo.frame`` in drawing order (checkpoints on top).
#: Colours are from the Okabe-Ito palette, readable with colour-blindness.
LAYERS: dict[str, LayerStyle] = {
    "unrest": LayerStyle("Unrest", "protests, riots", "#E69F00"),
    "violence": LayerStyle("Violence", "clashes, attacks, deaths", "#D55E00"),
    "security": LayerStyle("Security operations",
                           "arrests, troops, curfews, emergencies", "#0072B2"),
    "checkpoint": LayerStyle("Checkpoints", "roadblocks, checkpoints", "#3D2B56",
                             "diamond"),
}
_OTHER_COLOR = "#6E6E6E"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Kinds of place whose precision-3 incidents are drawn as the country's outline.
_COUNTRY_KINDS = frozenset({"country"})
# Kinds of place that are an extent, not a spot: an incident "in Almaty" is somewhere in
# the city, and its marker gets a ring saying so.
_BROAD_KINDS = frozenset({"city", "admin2", "admin1", "country", "region"})
# Areas' points to ~1 m; sites join incidents equal to ~10 m, which geoparsed places never
# split, and are drawn there.
_COORD_DIGITS = 5
_SITE_DIGITS = 4
_CIRCLE_DEGREES = 0.9  # the 100 km circle drawn for an area without an outline

#: Precision classes (``q`` in the data): what a marker or area claims about the place.
EXACT, CITY, NEAR, AREA = 0, 1, 2, 3


def layer_styles(categories: list[str],
                 names: dict[str, str] | None = None) -> dict[str, LayerStyle]:
    """Return the style of each category present, known ones first, in drawing order.

    A category outside the schema still gets a (grey) layer of its own named after the
    value, so no incident silently disappears; ``names`` relabels any layer.
    """
    names = names or {}
    styles = {}
    for key in [*LAYERS, *sorted(set(categories) - set(LAYERS))]:
        if key not in categories:
            continue
        style = LAYERS.get(key, LayerStyle(key, "", _OTHER_COLOR))
        label = names.get(key, style.label)
        # Folium's layer control is keyed by name: a duplicate would drop a layer.
        taken = {other.label for other in styles.values()}
        unique, n = label, 1
        while unique in taken:
            n += 1
            unique = f"{label} ({n})"
        styles[key] = LayerStyle(unique, style.note, style.color, style.shape)
    return styles


def precision_classes(frame: pd.DataFrame) -> np.ndarray:
    """Return each row's precision class: EXACT, CITY (a ring), NEAR (dashed) or AREA.

    AREA rows are precision 3 (region or country) and rows whose geometry is a polygon;
    NEAR is precision 2 ("part of or near"); CITY a precision-1 place that is an extent
    (a city, a district); everything else (an airport, a landmark, given coordinates) is
    EXACT.
    """
    precision = np.array(_ints(frame, "geo_precision", default=1))
    kinds = np.array(_strings(frame, "place_kind"), dtype=object)
    polygon = np.isin(frame.geometry.geom_type.to_numpy(), ["Polygon", "MultiPolygon"])
    out = np.where(np.isin(kinds, list(_BROAD_KINDS)), CITY, EXACT)
    out = np.where(precision == 2, NEAR, out)
    return np.where((precision == 3) | polygon, AREA, out).astype("int64")


def build_payload(frame: gpd.GeoDataFrame, styles: dict[str, LayerStyle],
                  shapes: dict[str, dict]) -> dict:
    """Return the JSON-ready data of every layer; text fields are escaped fragments.

    ``frame`` must already be clean (EPSG:4326, valid non-empty geometries, a ``category``
    column). ``shapes`` maps ISO2 codes to country outlines; areas whose country has no
    outline fall back to a circle.

    Keys: ``layers`` (style and count per category), ``rows`` (per incident: ``l`` layer,
    ``q`` precision class, ``f`` fatalities, ``d`` date index, ``de`` the index of the
    last day when some row is a range, and the popup fields of
    :func:`maps.popups.popup_columns`), ``sites`` (``lat``, ``lon``, ``n``), ``areas``
    (``shape``, ``lat``, ``lon``, ``n``, ``kind``, largest first), ``shapes`` (the
    outlines the areas use), ``dates`` and ``strings``.
    """
    table = StringTable()
    raw_dates = _day_strings(frame)
    # An event over several days ("since Sunday") has its last day too; the slider
    # reaches it, and "only that day" shows the event on each day of its range.
    raw_ends = [end if _ISO_DATE.fullmatch(end) and _ISO_DATE.fullmatch(start)
                and end > start else "" for start, end in
                zip(raw_dates, _day_strings(frame, "event_date_end"), strict=True)]
    dates = sorted({value for value in raw_dates + raw_ends if _ISO_DATE.fullmatch(value)})
    date_index = {value: i for i, value in enumerate(dates)}
    day = np.array([date_index.get(value, -1) for value in raw_dates], dtype="int64")
    last_day = np.array([date_index.get(end, first) for end, first in
                         zip(raw_ends, day.tolist(), strict=True)], dtype="int64")
    # Undated incidents sort after dated ones in a site's or an area's list.
    day_key = np.where(day < 0, len(dates), day)
    q = precision_classes(frame)
    points = shapely.get_coordinates(frame.geometry.representative_point().values)

    is_area = q == AREA
    used_shapes: dict[str, dict] = {}
    area_rows = np.flatnonzero(is_area)
    areas, area_of_row = _areas(frame.iloc[area_rows], points[area_rows], shapes,
                                used_shapes)
    point_rows = np.flatnonzero(~is_area)
    sites, site_of_row = _sites(points[point_rows])
    order = np.concatenate([
        point_rows[np.lexsort((day_key[point_rows], site_of_row))],
        area_rows[np.lexsort((day_key[area_rows], area_of_row))],
    ]).astype("int64")

    ordered = frame.iloc[order]
    layer_of = {key: number for number, key in enumerate(styles)}
    rows = {
        "l": [layer_of[value] for value in ordered["category"].tolist()],
        "q": q[order].tolist(),
        "f": [max(value, 0) for value in _ints(ordered, "fatalities", default=0)],
        "d": day[order].tolist(),
    }
    if any(raw_ends):  # ``de``, the last day's index, only where a range needs it
        rows["de"] = last_day[order].tolist()
    rows.update(popup_columns(ordered, table))
    for area in areas:
        area["pl"] = rows["pl"][len(point_rows) + area.pop("first")]
    counts = ordered["category"].value_counts()
    layers = [_style_json(style, int(counts.get(key, 0))) for key, style in styles.items()]
    return {"strings": table.strings, "dates": [html_text(d) for d in dates],
            "layers": layers, "rows": rows, "sites": sites, "areas": areas,
            "shapes": used_shapes}


def _style_json(style: LayerStyle, count: int) -> dict:
    return {"label": html_text(style.label), "note": html_text(style.note),
            "color": style.color, "shape": style.shape, "count": count}


def _sites(points: np.ndarray) -> tuple[dict[str, list], np.ndarray]:
    """Group points equal to ~10 m; return the sites and each point's site number."""
    if not len(points):
        return {"lat": [], "lon": [], "n": []}, np.zeros(0, dtype="int64")
    keys = np.round(points[:, ::-1], _SITE_DIGITS)  # (lat, lon)
    _, inverse, counts = np.unique(keys, axis=0, return_inverse=True,
                                   return_counts=True)
    inverse = inverse.reshape(-1)
    # The site's position is its first incident's, to ~10 m like the grouping: a marker
    # is a symbol, not a survey point, and each digit costs 200 kB on a 100,000-spot map.
    _, first = np.unique(inverse, return_index=True)
    coords = np.round(points[first], _SITE_DIGITS)
    return {"lat": coords[:, 1].tolist(), "lon": coords[:, 0].tolist(),
            "n": counts.tolist()}, inverse


def _areas(rows: gpd.GeoDataFrame, points: np.ndarray, shapes: dict[str, dict],
           used_shapes: dict[str, dict]) -> tuple[list[dict], np.ndarray]:
    """Group area-wide rows by area, largest area first; return areas and row → area."""
    kinds, countries = _strings(rows, "place_kind"), _strings(rows, "country")
    by_key: dict[str, dict] = {}
    keys = []
    for i, geometry in enumerate(rows.geometry.values):
        polygon = geometry.geom_type in ("Polygon", "MultiPolygon")
        shape_key = _shape_key(geometry, polygon, kinds[i], countries[i].upper(),
                               shapes, used_shapes)
        lon, lat = points[i]
        key = shape_key or f"{lat:.2f},{lon:.2f}"
        if key not in by_key:
            kind = ("shape" if polygon else "country" if shape_key else
                    "country" if kinds[i] in _COUNTRY_KINDS else "region")
            by_key[key] = {"shape": shape_key, "lat": round(float(lat), _COORD_DIGITS),
                           "lon": round(float(lon), _COORD_DIGITS), "n": 0, "kind": kind,
                           "size": _size(shape_key, used_shapes)}
        by_key[key]["n"] += 1
        keys.append(key)
    # Largest first: drawn at the bottom, so a region shows over its country.
    ranked = sorted(by_key, key=lambda key: -by_key[key]["size"])
    number = {key: n for n, key in enumerate(ranked)}
    areas = []
    for key in ranked:
        area = by_key[key]
        del area["size"]
        areas.append(area)
    area_of_row = np.array([number[key] for key in keys], dtype="int64")
    # "first" becomes the area's first row in the ordered data (rows are sorted by area).
    starts = np.cumsum([0] + [area["n"] for area in areas])[:-1]
    for area, start in zip(areas, starts, strict=True):
        area["first"] = int(start)
    return areas, area_of_row


def _shape_key(geometry, polygon: bool, kind: str, country: str, shapes: dict[str, dict],
               used_shapes: dict[str, dict]) -> str | None:
    """The area's outline key, or None for a circle."""
    if polygon:
        # An input polygon is its own area; a digest of its WKB keys identical shapes
        # together and, unlike hash(), is the same in every run.
        key = "g" + hashlib.sha1(geometry.wkb).hexdigest()[:12]
        used_shapes.setdefault(key, shapely.geometry.mapping(geometry))
        return key
    if kind in _COUNTRY_KINDS and country in shapes:
        used_shapes.setdefault(country, shapes[country])
        return country
    return None


def _size(shape_key: str | None, used_shapes: dict[str, dict]) -> float:
    """An area's size in square degrees, to draw larger areas first."""
    if shape_key is None:
        return math.pi * _CIRCLE_DEGREES ** 2
    return shapely.geometry.shape(used_shapes[shape_key]).area


def _day_strings(frame: pd.DataFrame, column: str = "event_date") -> list[str]:
    """Each row's date as YYYY-MM-DD where it is one ("" or the text as written if not).

    A frame read back from a GeoPackage or GeoJSON holds dates as datetimes; a time of
    day does not change the day an incident is listed under.
    """
    if column in frame.columns and pd.api.types.is_datetime64_any_dtype(frame[column]):
        return frame[column].dt.strftime("%Y-%m-%d").fillna("").tolist()
    return [value[:10] if _ISO_DATE.match(value) and value[10:11] in ("", " ", "T")
            else value for value in _strings(frame, column)]


def _ints(frame: pd.DataFrame, name: str, *, default: int) -> list[int]:
    if name not in frame.columns:
        return [default] * len(frame)
    values = pd.to_numeric(frame[name], errors="coerce")
    return values.fillna(default).round().astype("int64").tolist()


def _strings(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame.columns:
        return [""] * len(frame)
    # A list, not .astype(str): pandas' Arrow strings refuse lone surrogates.
    return [str(value) for value in frame[name].astype("object").where(
        frame[name].notna(), "").tolist()]
