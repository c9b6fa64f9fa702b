"""Incident frames built row by row, for the tests of grouping reports across articles
(no parsing: a row is a dict of the schema's columns)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.frame import CRS, INCIDENT_COLUMNS

LYON = (45.764, 4.836)
VILLEURBANNE = (45.771, 4.880)  # ~4 km from Lyon
GRENOBLE = (45.188, 5.724)  # ~95 km from Lyon
PARIS = (48.857, 2.352)


def report(source: str, place: tuple[float, float] = LYON, day: str = "2024-03-05",
           **fields: object) -> dict:
    """One row of an incidents frame; ``fields`` override the defaults."""
    lat, lon = place
    row = {
        "incident_id": f"{source}-{fields.get('event_type', 'Riots')}-{lat}-{day}",
        "source": source, "event_date": day, "time_precision": 1, "status": "occurred",
        "event_type": "Riots", "sub_event_type": "Violent demonstration",
        "category": "unrest", "location_name": "Lyon", "country": "FR",
        "geo_precision": 1, "place_id": f"p{lat}", "place_kind": "city",
        "evidence": f"{source} says there were riots.", "evidence_spans": "0-30",
        "confidence": 0.6, "lat": lat, "lon": lon,
    }
    row.update(fields)
    return row


def frame(*rows: dict) -> gpd.GeoDataFrame:
    rows = [dict(row) for row in rows]
    points = [Point(row.pop("lon"), row.pop("lat")) for row in rows]
    table = pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS)).astype(
        {name: dtype for name, (dtype, _) in INCIDENT_COLUMNS.items()})
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(points, crs=CRS), crs=CRS)
