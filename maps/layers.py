"""Map layers: one per incident category, drawn from compact columnar data.

A folium ``Marker`` per incident does not scale (100,000 DOM nodes and a page of generated
JavaScript). Instead each category's incidents become parallel arrays — coordinates,
precision, fatalities, date and popup-fragment indices — in one JSON blob that
``assets/incidentmap.js`` turns into canvas circle markers inside the category's
``FeatureGroup``. Area-wide incidents (precision 3) are grouped by area, so a country is
drawn once per layer however many nationwide measures fall on it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .escape import html_text
from .popups import StringTable, popup_columns

__all__ = ["LAYERS", "LayerStyle", "build_payload", "layer_styles"]


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
_COORD_DIGITS = 5  # ~1 m; more digits only make the file bigger


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


def build_payload(frame: gpd.GeoDataFrame, styles: dict[str, LayerStyle],
                  shapes: dict[str, dict]) -> dict:
    """Return the JSON-ready data of every layer; text fields are escaped fragments.

    ``frame`` must already be clean (EPSG:4326, valid non-empty geometries, a ``category``
    column). ``shapes`` maps ISO2 codes to country outlines; areas whose country has no
    outline fall back to a circle.
    """
    table = StringTable()
    dates = sorted({value for value in _strings(frame, "event_date")
                    if _ISO_DATE.fullmatch(value)})
    date_index = {value: i for i, value in enumerate(dates)}
    used_shapes: dict[str, dict] = {}
    layers, areas = [], []
    for number, (key, style) in enumerate(styles.items()):
        rows = frame[frame["category"] == key]
        layer = _style_json(style, len(rows))
        layer.update(_columns(rows, table, date_index))
        layer["a"] = _areas(rows, number, shapes, used_shapes, areas)
        layers.append(layer)
    return {"strings": table.strings, "dates": [html_text(d) for d in dates],
            "layers": layers, "areas": areas, "shapes": used_shapes}


def _style_json(style: LayerStyle, count: int) -> dict:
    return {"label": html_text(style.label), "note": html_text(style.note),
            "color": style.color, "shape": style.shape, "count": count}


def _columns(rows: gpd.GeoDataFrame, table: StringTable,
             date_index: dict[str, int]) -> dict[str, list]:
    points = shapely.get_coordinates(rows.geometry.representative_point().values)
    precision = _ints(rows, "geo_precision", default=1)
    precision = [p if p in (1, 2, 3) else 1 for p in precision]
    columns = {
        "lat": np.round(points[:, 1], _COORD_DIGITS).tolist(),
        "lon": np.round(points[:, 0], _COORD_DIGITS).tolist(),
        "p": precision,
        "f": [max(value, 0) for value in _ints(rows, "fatalities", default=0)],
        "d": [date_index.get(value, -1) for value in _strings(rows, "event_date")],
    }
    columns.update(popup_columns(rows, table))
    return columns


def _areas(rows: gpd.GeoDataFrame, layer: int, shapes: dict[str, dict],
           used_shapes: dict[str, dict], areas: list[dict]) -> list[int]:
    """Group precision-3 rows by area; return each row's area number (-1 for points)."""
    out = [-1] * len(rows)
    by_key: dict[str, int] = {}
    precision = _ints(rows, "geo_precision", default=1)
    kinds, countries = _strings(rows, "place_kind"), _strings(rows, "country")
    for i, geometry in enumerate(rows.geometry.values):
        polygon = geometry.geom_type in ("Polygon", "MultiPolygon")
        if precision[i] != 3 and not polygon:
            continue
        shape_key = _shape_key(geometry, polygon, kinds[i], countries[i].upper(),
                               shapes, used_shapes)
        point = geometry.representative_point()
        key = shape_key or f"{point.x:.2f},{point.y:.2f}"
        if key not in by_key:
            by_key[key] = len(areas)
            areas.append({"layer": layer, "shape": shape_key,
                          "lat": round(point.y, _COORD_DIGITS),
                          "lon": round(point.x, _COORD_DIGITS), "m": []})
        areas[by_key[key]]["m"].append(i)
        out[i] = by_key[key]
    return out


def _shape_key(geometry, polygon: bool, kind: str, country: str,
               shapes: dict[str, dict], used_shapes: dict[str, dict]) -> str | None:
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
