"""incidentmap's gazetteer: an offline database of places and a geopy-compatible geocoder.

>>> from gazetteer import Gazetteer
>>> Gazetteer.open().lookup("Alma-Ata")  # doctest: +SKIP
Place(id='geonames:1526384', name='Almaty', ...)
"""

from .build import build, build_places, default_path
from .errors import (
    GazetteerCorrupt,
    GazetteerError,
    GazetteerMissing,
    GazetteerStale,
    IncidentMapError,
    PlaceNotFound,
    SourceFormatError,
    UnknownCountryError,
)
from .geocoder import OfflineGeocoder
from .lookup import Gazetteer
from .normalize import fold
from .place import KINDS, Place, PlacePoint

__all__ = [
    "KINDS",
    "Gazetteer",
    "GazetteerCorrupt",
    "GazetteerError",
    "GazetteerMissing",
    "GazetteerStale",
    "IncidentMapError",
    "OfflineGeocoder",
    "Place",
    "PlaceNotFound",
    "PlacePoint",
    "SourceFormatError",
    "UnknownCountryError",
    "build",
    "build_places",
    "default_path",
    "fold",
]
