"""Errors raised by the map side."""

from __future__ import annotations

from gazetteer.errors import IncidentMapError

__all__ = ["MapInputError", "MapWriteError"]


class MapInputError(IncidentMapError, ValueError):
    """Incidents that cannot be drawn: not a GeoDataFrame, no ``category`` column, or
    coordinates in an unknown reference system."""


class MapWriteError(IncidentMapError, OSError):
    """The HTML file cannot be written (folder missing or read-only)."""
