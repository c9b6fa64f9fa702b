"""Incidents → a layered Folium map, and the map → one HTML file.

The map is a newsroom graphic: a headline box, one toggleable layer per category, a legend
with counts, a date slider, a scale bar, and popups that quote the sentence each incident
was read from. Everything drawn from data goes through :mod:`maps.escape` (see
:mod:`maps.popups` and :mod:`maps.layers`); folium only receives finished fragments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import shapely
from branca.element import Element, MacroElement
from folium.template import Template

from gazetteer import Gazetteer
from gazetteer.files import atomic_write

from .clean import clean
from .errors import MapWriteError
from .escape import html_text, script_json
from .labels import place_labels
from .layers import build_payload, layer_styles
from .offline import use_assets
from .outlines import country_shapes

__all__ = ["OFFLINE_BASE", "render", "save"]

_OUTLINES = "outlines"
#: The default of ``offline`` for :func:`render`, :func:`save`, the ``.incidents.map()``
#: accessor and the CLI: a map fetches nothing unless asked (``offline=False``,
#: ``--online``), as nothing else in incidentmap goes online unasked.
DEFAULT_OFFLINE = True
#: The name of the offline base map in the layer control.
OFFLINE_BASE = "Outlines and places (offline)"
_DEFAULT_TILES = "OpenStreetMap"
# Degrees added around a lone point so that fitting bounds does not zoom to the street.
_MIN_SPAN = 0.5
_AREA_CIRCLE_DEGREES = 0.9  # the 100 km fallback circle of incidentmap.js


class _IncidentData(Element):
    """The data blob, written as is: not through a template (see :class:`_IncidentOverlay`)."""

    def __init__(self, payload: str) -> None:
        super().__init__()
        self._name = "IncidentData"
        self.payload = payload

    def render(self, **kwargs: object) -> str:
        return (f'<script type="application/json" id="{self.get_name()}">'
                f"{self.payload}</script>")


class _IncidentOverlay(MacroElement):
    """The call that draws the data blob into the category feature groups.

    The blob is a separate element because branca compiles every macro's output as a
    Jinja template again: for tens of megabytes of data that costs seconds.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
incidentmap.draw({{ this._parent.get_name() }},
  [{% for group in this.groups %}{{ group.get_name() }}, {% endfor %}],
  JSON.parse(document.getElementById({{ this.data.get_name()|tojson }}).textContent),
  {base: {{ this.base.get_name() }},
   tiles: {{ this.tiles.get_name() if this.tiles else "null" }},
   heat: {{ this.heat.get_name() if this.heat else "null" }}});
{% endmacro %}
""")

    def __init__(self, data: _IncidentData, groups: list[folium.FeatureGroup],
                 base: folium.FeatureGroup, tiles: folium.TileLayer | None,
                 heat: folium.FeatureGroup | None) -> None:
        super().__init__()
        self._name = "IncidentOverlay"
        self.data, self.groups, self.base, self.heat = data, groups, base, heat
        self.tiles = tiles


# The licences of the gazetteer's data ask for credit wherever a map is published
# (README, "Data sources").
DATA_ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), '
    '<a href="https://github.com/dr5hn/countries-states-cities-database">'
    "countries-states-cities database</a> (ODbL), OurAirports; outlines: "
    '<a href="https://www.naturalearthdata.com/">Natural Earth</a>')


class _DataAttribution(MacroElement):
    """Credits the gazetteer's sources in the map's attribution line (fixed text)."""

    _template = Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "DataAttribution"
        self.text = DATA_ATTRIBUTION


def render(
    gdf: gpd.GeoDataFrame,
    *,
    offline: bool = DEFAULT_OFFLINE,
    tiles: str | Any | None = None,
    heatmap: bool = False,
    title: str | None = None,
    layer_names: dict[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> folium.Map:
    """Draw incidents as a layered Folium map.

    Parameters
    ----------
    gdf
        Incidents with the columns of ``geo.frame.INCIDENT_COLUMNS`` (only ``category``
        and a geometry are required). Any CRS; reprojected to EPSG:4326.
    offline
        Inline Leaflet and every asset in the page and use the offline base map (country
        outlines and place labels embedded in the page), so the saved file works from
        ``file://`` with no network and fetches nothing (the default). ``False`` links
        Leaflet's pinned CDN copy and shows OpenStreetMap tiles, falling back to the
        offline base when they cannot load.
    tiles
        ``None`` for the default (OpenStreetMap online, the offline base offline),
        ``"outlines"`` for the offline base map, or anything :class:`folium.TileLayer`
        accepts (online). Online maps embed the offline base too and switch to it by
        themselves when tiles cannot load.
    heatmap
        Add a heat-map layer of all incidents.
    title
        Headline shown on the map and as the page title (escaped like all text).
    layer_names
        Relabel layers, e.g. ``{"security": "Police and army"}``.
    gazetteer
        Where the base map's place labels come from (with its user layers); the default
        gazetteer when ``None``, as the parser's.

    Returns
    -------
    folium.Map
        Save it with :func:`save`; ``_repr_html_`` works in notebooks.

    Raises
    ------
    maps.errors.MapInputError
        ``gdf`` is not a GeoDataFrame, has no ``category`` column, or has no CRS and
        coordinates that are not longitude/latitude.
    ValueError
        ``offline=True`` with a tile server: tiles cannot be had without a network.

    Examples
    --------
    >>> m = render(gdf, offline=True, title="Unrest in Kazakhstan")  # doctest: +SKIP
    >>> save(m, "kazakhstan.html")  # doctest: +SKIP
    """
    if offline and tiles not in (None, _OUTLINES):
        raise ValueError(f"offline maps cannot load tiles from {tiles!r}; "
                         "use tiles=None or 'outlines'")
    frame = clean(gdf)
    outlines = offline or tiles == _OUTLINES
    # The offline base is always embedded: online, it is what shows when tiles fail.
    shapes = country_shapes()
    styles = layer_styles(sorted(set(frame["category"])), layer_names)
    payload = build_payload(frame, styles, shapes)
    payload["shapes"] = {**shapes, **payload["shapes"]}
    payload["title"] = html_text(title or "Incidents")
    payload["subtitle"] = html_text(_subtitle(frame, payload))
    bounds = _bounds(frame, payload)
    # The page fits these itself, without animation, before it says it is ready.
    payload["bounds"] = bounds
    payload["labels"] = place_labels(_data_box(bounds), _anchors(payload), gazetteer)

    m = folium.Map(location=(20, 0), zoom_start=2, tiles=None, prefer_canvas=True,
                   control_scale=True, world_copy_jump=True)
    m.get_root().title = html_text(title or "Incidents")
    base, tile_layer = _base_layers(m, tiles, outlines)
    # Leaflet's layer control puts names into innerHTML, so they go in escaped.
    groups = [folium.FeatureGroup(name=html_text(style.label)).add_to(m)
              for style in styles.values()]
    heat = folium.FeatureGroup(name="Heat map").add_to(m) if heatmap else None
    data = _IncidentData(script_json(payload))
    m.get_root().html.add_child(data)
    m.add_child(_IncidentOverlay(data, groups, base, tile_layer, heat))
    m.add_child(_DataAttribution())
    folium.LayerControl(collapsed=False).add_to(m)  # last: it lists the layers above
    use_assets(m, offline=offline)
    return m


def save(gdf_or_map: gpd.GeoDataFrame | folium.Map, path: str | Path, *,
         offline: bool | None = None, **render_options: Any) -> Path:
    """Write a map (or the map of a GeoDataFrame) to one HTML file, atomically.

    Parameters
    ----------
    gdf_or_map
        A map from :func:`render`, or incidents to render first.
    path
        The HTML file; the folder must exist. A crash leaves the old file intact.
    offline
        Inline every asset. ``None`` keeps a map's setting (and means
        :data:`DEFAULT_OFFLINE` when rendering a GeoDataFrame).
    **render_options
        Passed to :func:`render` when ``gdf_or_map`` is a GeoDataFrame.

    Returns
    -------
    pathlib.Path
        The written file.
    """
    if isinstance(gdf_or_map, folium.Map):
        m = gdf_or_map
        if offline is not None:
            use_assets(m, offline=offline)
    else:
        m = render(gdf_or_map, offline=DEFAULT_OFFLINE if offline is None else offline,
                   **render_options)
    target = Path(path)
    html = m.get_root().render()
    try:
        with atomic_write(target, "w", encoding="utf-8") as handle:
            handle.write(html)
    except OSError as err:
        raise MapWriteError(f"cannot write the map to {target}: {err.strerror or err}; "
                            "check that the folder exists and is writable") from err
    return target


def _base_layers(m: folium.Map, tiles: Any,
                 outlines: bool) -> tuple[folium.FeatureGroup, folium.TileLayer | None]:
    """The offline base (outlines and place labels) and, online, the tile layer.

    Online, both are in the layer control with the tiles shown; the page switches to the
    offline base by itself when tiles cannot load.
    """
    tile_layer = None
    if not outlines:
        tile_layer = folium.TileLayer(tiles or _DEFAULT_TILES, overlay=False, control=True)
        tile_layer.add_to(m)
    base = folium.FeatureGroup(name=OFFLINE_BASE, overlay=False, control=True,
                               show=outlines).add_to(m)
    return base, tile_layer


def _data_box(bounds: list[list[float]] | None) -> tuple[float, float, float, float] | None:
    if bounds is None:
        return None
    (south, west), (north, east) = bounds
    return west, south, east, north


def _anchors(payload: dict) -> np.ndarray:
    """Longitude/latitude of every site and area: small places are labelled near them."""
    sites, areas = payload["sites"], payload["areas"]
    lon = [*sites["lon"], *(area["lon"] for area in areas)]
    lat = [*sites["lat"], *(area["lat"] for area in areas)]
    return np.column_stack([np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)])


def _subtitle(frame: gpd.GeoDataFrame, payload: dict) -> str:
    if frame.empty:
        return "No incidents to show"
    text = f"{len(frame):,} incident{'s' if len(frame) != 1 else ''}"
    dates = payload["dates"]
    if dates:
        text += f" · {dates[0]}" + (f" to {dates[-1]}" if len(dates) > 1 else "")
    return text


def _bounds(frame: gpd.GeoDataFrame, payload: dict) -> list[list[float]] | None:
    """South-west and north-east corners around every point, area circle and shape."""
    boxes = [shapely.bounds(frame.geometry.values)] if len(frame) else []
    for area in payload["areas"]:
        if area["shape"] is None:
            pad = _AREA_CIRCLE_DEGREES
            boxes.append(np.array([[area["lon"] - pad, area["lat"] - pad,
                                    area["lon"] + pad, area["lat"] + pad]]))
        else:
            shape = shapely.geometry.shape(payload["shapes"][area["shape"]])
            boxes.append(np.array([shape.bounds]))
    if not boxes:
        return None
    stacked = np.vstack(boxes)
    west, south = stacked[:, 0].min(), stacked[:, 1].min()
    east, north = stacked[:, 2].max(), stacked[:, 3].max()
    pad_x = max(0.0, _MIN_SPAN - (east - west)) / 2
    pad_y = max(0.0, _MIN_SPAN - (north - south)) / 2
    return [[max(south - pad_y, -85.0), west - pad_x], [min(north + pad_y, 85.0),
                                                        east + pad_x]]
