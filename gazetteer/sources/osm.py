"""Landmarks from an OpenStreetMap extract (``.osm.pbf``/``.osm``; optional ``osmium`` extra).

Keeps named objects that news reports place events at: town and city halls,
police stations, courthouses, prisons, government offices and ministries,
embassies, military sites, fire stations and aerodromes. Nodes are placed where
they are, ways at the mean of their nodes; multipolygon relations are not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import SourceFormatError
from ..place import Place, PlaceError

# (key, value or None for any value) → kind. Order matters only for documentation.
_WANTED: dict[tuple[str, str | None], str] = {
    ("aeroway", "aerodrome"): "airport",
    ("amenity", "townhall"): "landmark",
    ("amenity", "police"): "landmark",
    ("amenity", "courthouse"): "landmark",
    ("amenity", "prison"): "landmark",
    ("amenity", "fire_station"): "landmark",
    ("amenity", "embassy"): "landmark",
    ("office", "government"): "landmark",
    ("office", "diplomatic"): "landmark",
    ("government", None): "landmark",
    ("military", None): "landmark",
    ("barrier", "border_control"): "checkpoint",
}
_ALT_KEYS = ("name:en", "int_name", "official_name", "short_name", "alt_name", "old_name")


def read_osm(path: str | Path, *, layer: str, kind: str | None = None) -> Iterator[Place]:
    """Yield named landmarks from an OSM extract.

    Raises
    ------
    SourceFormatError
        When ``osmium`` is missing (names the extra to install) or the file cannot
        be read.
    """
    try:
        # pyosmium is optional (the osm extra).
        import osmium
    except ImportError as err:
        raise SourceFormatError("reading .osm.pbf needs pyosmium: "
                                "pip install 'incidentmap[osm]'", path=path) from err
    source = Path(path)
    if not source.is_file():
        raise SourceFormatError("no such file", path=source)
    try:
        for obj in osmium.FileProcessor(str(source)).with_locations():
            place = _place(obj, layer, kind)
            if place is not None:
                yield place
    except RuntimeError as err:  # libosmium reports unreadable files this way
        raise SourceFormatError(f"cannot read OSM data ({err})", path=source) from err


def _kind_of(tags: Any) -> str | None:
    for (key, value), kind in _WANTED.items():
        if key in tags and (value is None or tags[key] == value):
            return kind
    return None


def _place(obj: Any, layer: str, kind: str | None) -> Place | None:
    tags = obj.tags
    name = tags.get("name", "")
    found_kind = _kind_of(tags) if name else None
    if found_kind is None:
        return None
    if obj.is_node():
        if not obj.location.valid():
            return None
        lat, lon, ref = obj.location.lat, obj.location.lon, f"node/{obj.id}"
    elif obj.is_way():
        points = [(n.location.lat, n.location.lon) for n in obj.nodes if n.location.valid()]
        if not points:
            return None
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        ref = f"way/{obj.id}"
    else:
        return None
    alternates = tuple(part.strip() for key in _ALT_KEYS if key in tags
                       for part in tags[key].split(";") if part.strip())
    codes = [tags[k] for k in ("iata", "icao") if k in tags]
    try:
        return Place(id=f"osm:{ref}", name=name, lat=lat, lon=lon,
                     kind=kind or found_kind, alternate_names=alternates,
                     feature_code=_feature(tags), source=f"layer:{layer}",
                     extra={"codes": codes} if codes else {})
    except PlaceError:
        return None  # OSM has the odd out-of-range node; one bad object is skipped


def _feature(tags: Any) -> str:
    for key in ("amenity", "aeroway", "office", "government", "military", "barrier"):
        if key in tags:
            return f"{key}={tags[key]}"
    return ""
