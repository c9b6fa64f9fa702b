"""The ``incidents`` DataFrame accessor: ``gdf.incidents.map()``, ``.by_day()``, ``.to_gis()``,
``.merge_reports()``.

Registered on import of :mod:`maps`. As geopandas' ``Series.geo`` does, the constructor
checks the frame and raises :class:`AttributeError` when it is not incidents, so
``hasattr(df, "incidents")`` tells incident frames from others; methods only delegate.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import pandas as pd

from geo.corroborate import DEFAULT_RADIUS_KM, DEFAULT_WINDOW_DAYS, merge_reports
from geo.write.incidents import write_incidents

from .clean import check_schema
from .errors import MapInputError
from .render import render

__all__ = ["IncidentsAccessor"]


@pd.api.extensions.register_dataframe_accessor("incidents")
class IncidentsAccessor:
    """Incident-specific methods of a GeoDataFrame with the ``geo.frame`` schema."""

    def __init__(self, frame: pd.DataFrame) -> None:
        try:
            check_schema(frame)
        except MapInputError as err:
            raise AttributeError(f"not an incidents frame: {err}") from err
        self._frame = frame

    def map(self, **options: Any) -> folium.Map:
        """Return :func:`maps.render` of the incidents; ``options`` are passed through."""
        return render(self._frame, **options)

    def to_gis(self, path: str | os.PathLike[str], **options: Any) -> Path:
        """Write the incidents for GIS (.geojson, .gpkg, .parquet or .csv, by the ending).

        A thin call of :func:`geo.write.incidents.write_incidents`: atomic, validated first.
        """
        return write_incidents(self._frame, path, **options)

    def merge_reports(self, *, radius_km: float = DEFAULT_RADIUS_KM,
                      window_days: int = DEFAULT_WINDOW_DAYS) -> gpd.GeoDataFrame:
        """One row per event: the reports of one event by several articles grouped, with
        ``n_sources``, ``sources`` and the range of their counts.

        A thin call of :func:`geo.corroborate.merge_reports` (see it for the rules).
        """
        return merge_reports(self._frame, radius_km=radius_km, window_days=window_days)

    def by_day(self) -> pd.DataFrame:
        """Count incidents per day and category, for a quick timeline or a bar chart.

        Returns
        -------
        pandas.DataFrame
            Index ``event_date`` (a :class:`~pandas.DatetimeIndex` of the dated days only),
            one integer column per category, zero where a day has none.
        """
        frame = self._frame
        dates = (pd.to_datetime(frame["event_date"], errors="coerce", format="%Y-%m-%d")
                 if "event_date" in frame.columns
                 else pd.Series(pd.NaT, index=frame.index))
        table = pd.crosstab(dates.rename("event_date"),
                            frame["category"].astype("object").rename("category"))
        table.columns = table.columns.astype(str)
        return table.astype("int64")
