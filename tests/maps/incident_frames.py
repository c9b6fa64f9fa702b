"""Incident GeoDataFrames built in code, with the schema of ``geo.frame``.

Shared by tests/maps and tests/browser, whose conftests load it by path.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.frame import CRS, INCIDENT_COLUMNS

HOSTILE_PATH = Path(__file__).parents[1] / "data" / "hostile_strings.json"

# (category, event_type, sub_event_type, subtype, place, kind, country, lon, lat,
#  precision, date, fatalities, evidence)
_ROWS = [
    ("unrest", "Protests", "Peaceful protest", "", "Almaty", "city", "KZ", 76.945, 43.238,
     1, "2022-01-04", None, "Thousands protested in Almaty against fuel prices."),
    ("violence", "Riots", "Violent demonstration", "arson", "Almaty", "city", "KZ",
     76.95, 43.24, 2, "2022-01-05", 18, "Rioters set fire to the mayor's office."),
    ("security", "Strategic developments", "Arrests", "", "Almaty International Airport",
     "airport", "KZ", 77.0405, 43.3521, 1, "2022-01-06", None,
     "Troops retook the airport from protesters."),
    ("security", "Strategic developments", "Change to group/activity",
     "state_of_emergency", "Kazakhstan", "country", "KZ", 67.0, 48.0, 3, "2022-01-05",
     None, "A state of emergency was declared nationwide."),
    ("checkpoint", "Strategic developments", "Other", "checkpoint", "Nur-Sultan", "city",
     "KZ", 71.43, 51.13, 1, None, None, "Checkpoints were set up at the city entrances."),
]


def make_incidents(rows: list[dict] | None = None, *, crs: str | None = CRS,
                   n: int | None = None) -> gpd.GeoDataFrame:
    """Return a GeoDataFrame with every schema column.

    ``rows`` are dicts of column values plus ``lon``/``lat`` (or ``geometry``); missing
    columns are empty. Without ``rows`` the five default incidents are used, repeated up
    to ``n`` rows when ``n`` is given.
    """
    if rows is None:
        rows = [_default_row(i, row) for i, row in enumerate(_ROWS)]
        if n is not None:
            rows = [dict(rows[i % len(rows)], incident_id=str(i)) for i in range(n)]
    geometries = [row["geometry"] if "geometry" in row else Point(row["lon"], row["lat"])
                  for row in rows]
    frame = pd.DataFrame({name: _series([row.get(name) for row in rows], dtype)
                          for name, (dtype, _) in INCIDENT_COLUMNS.items()})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometries), crs=crs)


def _series(values: list, dtype: str) -> pd.Series:
    try:
        return pd.Series(values, dtype=dtype)
    except UnicodeEncodeError:
        # Arrow-backed strings refuse lone surrogates; a frame read by other means can
        # still hold them, as plain Python objects.
        return pd.Series(values, dtype="object")


def _default_row(i: int, values: tuple) -> dict:
    (category, event_type, sub, subtype, place, kind, country, lon, lat, precision, date,
     fatalities, evidence) = values
    return {"incident_id": f"i{i}", "source": "https://example.org/news/kz",
            "category": category, "event_type": event_type, "sub_event_type": sub,
            "subtype": subtype, "location_name": place, "place_kind": kind,
            "country": country, "lon": lon, "lat": lat, "geo_precision": precision,
            "event_date": date, "fatalities": fatalities, "evidence": evidence,
            "count_qualifier": "at_least" if fatalities else None}




def hostile_strings() -> list[str]:
    """The shared corpus of hostile strings (tests/data/hostile_strings.json)."""
    return json.loads(HOSTILE_PATH.read_text(encoding="utf-8"))["strings"]
