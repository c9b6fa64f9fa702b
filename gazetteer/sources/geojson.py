"""A GeoJSON layer of the user's own places: points, or areas reduced to a point.

Each feature needs a ``name`` property (``Name`` and ``title`` are accepted too);
``kind``, ``alternate_names`` (a list or a ``|``-separated string), ``parent``,
``country``, ``admin1``, ``population`` and ``id`` are optional. Areas and lines
are placed at shapely's ``representative_point()``, which always lies inside.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shapely.errors import GEOSException
from shapely.geometry import shape

from ..errors import SourceFormatError
from ..place import Place

_NAME_KEYS = ("name", "Name", "NAME", "title")


def read_geojson(path: str | Path, *, layer: str, kind: str | None = None) -> Iterator[Place]:
    """Yield one place per named feature of a GeoJSON FeatureCollection.

    Raises
    ------
    SourceFormatError
        For invalid JSON (with its line), or a feature (counted from 1) with no
        name or a bad geometry.
    """
    source = Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as err:
        raise SourceFormatError("no such file", path=source) from err
    except json.JSONDecodeError as err:
        raise SourceFormatError(f"invalid JSON ({err.msg})", path=source,
                                line=err.lineno) from err
    except UnicodeDecodeError as err:
        raise SourceFormatError(f"not UTF-8 text ({err.reason})", path=source) from err
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise SourceFormatError("not a GeoJSON FeatureCollection", path=source)
    for number, feature in enumerate(features, start=1):
        yield _place(feature, number, source, layer, kind)


def _place(feature: Any, number: int, source: Path, layer: str, kind: str | None) -> Place:
    where = f"feature {number}"
    if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
        raise SourceFormatError(f"{where} has no geometry", path=source)
    props = feature.get("properties") or {}
    name = next((str(props[k]) for k in _NAME_KEYS if props.get(k)), "")
    if not name.strip():
        raise SourceFormatError(f"{where} has no name property", path=source)
    try:
        geometry = shape(feature["geometry"])
        point = geometry if geometry.geom_type == "Point" else geometry.representative_point()
        alternates = props.get("alternate_names") or ()
        if isinstance(alternates, str):
            alternates = [a.strip() for a in alternates.split("|")]
        return Place(id=f"layer:{layer}:{props.get('id') or feature.get('id') or number}",
                     name=name.strip(), lat=point.y, lon=point.x,
                     kind=props.get("kind") or kind or "landmark",
                     country=str(props.get("country") or "").upper(),
                     admin1=str(props.get("admin1") or ""),
                     population=int(props.get("population") or 0),
                     alternate_names=tuple(a for a in alternates if a),
                     source=f"layer:{layer}", parent=str(props.get("parent") or ""))
    except (GEOSException, ValueError, TypeError, AttributeError, KeyError,
            OverflowError) as err:
        raise SourceFormatError(f"{where}: {err}", path=source) from err
