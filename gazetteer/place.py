"""The value type for a place in the gazetteer."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from shapely.geometry import Point

from .errors import IncidentMapError

# What a place is. Ordered roughly from the largest to the smallest area.
KINDS = (
    "region",  # continents and world regions ("Central Asia", "the Middle East")
    "country",
    "admin1",  # first-level divisions: states, provinces, oblasts, regions
    "admin2",  # counties and districts
    "city",  # populated places
    "airport",
    "landmark",  # town halls, police stations, ministries... (usually user layers)
    "checkpoint",
)


class PlaceError(IncidentMapError, ValueError):
    """A place with impossible values (latitude beyond ±90, an unknown kind, ...)."""


@dataclass(frozen=True, slots=True)
class Place:
    """One place: an immutable, hashable, picklable record.

    ``id`` is prefixed by its source (``"geonames:1526384"``, ``"iata:ALA"``,
    ``"layer:city-halls:3"``). ``country`` is the ISO 3166-1 alpha-2 code (empty for
    regions), ``admin1`` the first-level division's name where known.
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str = ""
    admin1: str = ""
    population: int = 0
    alternate_names: tuple[str, ...] = ()
    feature_code: str = ""
    source: str = ""
    parent: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise PlaceError(f"place {self.id!r} has an empty name")
        if not -90.0 <= self.lat <= 90.0:
            raise PlaceError(f"place {self.id!r}: latitude {self.lat} is outside ±90")
        if not -180.0 <= self.lon <= 180.0:
            raise PlaceError(f"place {self.id!r}: longitude {self.lon} is outside ±180")
        if self.kind not in KINDS:
            raise PlaceError(
                f"place {self.id!r}: kind {self.kind!r} is not one of {', '.join(KINDS)}"
            )

    @property
    def point(self) -> Point:
        """The place as a shapely Point — the one spot where (lat, lon) becomes (x=lon, y=lat)."""
        return Point(self.lon, self.lat)

    def to_dict(self) -> dict[str, Any]:
        """Return the place as a plain dict (geopy's ``Location.raw``)."""
        data = dataclasses.asdict(self)
        data["alternate_names"] = list(self.alternate_names)
        return data


class PlacePoint(NamedTuple):
    """A place's id, name, point, kind and population: what a map needs to label it.

    Cheap to fetch in the tens of thousands (:meth:`gazetteer.Gazetteer.prominent_places`);
    ``Gazetteer.get(point.id)`` returns the whole :class:`Place`.
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    population: int
