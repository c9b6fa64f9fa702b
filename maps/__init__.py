"""Draw incident GeoDataFrames as layered, offline-capable, safely escaped Folium maps.

>>> import maps
>>> maps.save(gdf, "map.html", offline=True)  # doctest: +SKIP

Importing the package also registers the ``incidents`` DataFrame accessor
(``gdf.incidents.map()``).
"""

from . import accessor as _accessor  # noqa: F401 - registers gdf.incidents
from .errors import MapInputError, MapWriteError
from .render import render, save

__all__ = ["MapInputError", "MapWriteError", "render", "save"]
