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


# A map of several countries: spots with several incidents (of several layers, dated and
# not), a spot ~450 m from another, country-wide and region-wide incidents, and a region
# (no outline: a circle) lying over a spot and inside its country.
# (category, place, kind, country, lon, lat, precision, date, fatalities)
_MULTI = [
    *[(category, "Bishkek", "city", "KG", 74.59, 42.87, 1, date, None)
      for category, date in (("unrest", "2022-01-10"), ("violence", "2022-01-11"),
                             ("security", "2022-01-11"), ("checkpoint", None))],
    *[(category, "Almaty", "city", "KZ", 76.9115, 43.25249, 1, date, deaths)
      for category, date, deaths in (("unrest", "2022-01-05", None),
                                     ("violence", "2022-01-05", 18),
                                     ("security", "2022-01-07", None))],
    ("security", "Almaty International Airport", "airport", "KZ", 77.0405, 43.3521, 1,
     "2022-01-06", None),
    ("unrest", "Almaty", "city", "KZ", 76.95, 43.24, 2, "2022-01-06", None),
    ("unrest", "Tashkent", "city", "UZ", 69.24, 41.31, 1, "2022-01-08", None),
    ("security", "Tashkent", "city", "UZ", 69.24, 41.31, 1, "2022-01-09", None),
    ("violence", "Samarkand", "city", "UZ", 66.96, 39.65, 1, "2022-01-09", 2),
    *[(category, "Paris", "city", "FR", 2.3522, 48.8566, 1, date, None)
      for category, date in (("unrest", "2022-01-08"), ("unrest", "2022-01-09"),
                             ("security", "2022-01-09"))],
    ("unrest", "Lyon", "city", "FR", 4.8357, 45.764, 1, "2022-01-10", None),
    ("violence", "Marseille", "city", "FR", 5.3698, 43.2965, 2, None, 1),
    ("unrest", "Kyiv", "city", "UA", 30.5234, 50.4501, 1, "2022-01-03", None),
    ("checkpoint", "Kyiv", "city", "UA", 30.5234, 50.4501, 1, "2022-01-04", None),
    ("violence", "Kharkiv", "city", "UA", 36.2304, 49.9935, 1, "2022-01-04", 3),
    *[(category, "Kazakhstan", "country", "KZ", 67.0, 48.0, 3, date, None)
      for category, date in (("security", "2022-01-05"), ("security", "2022-01-07"),
                             ("checkpoint", "2022-01-06"))],
    *[(category, "Kyrgyzstan", "country", "KG", 74.0, 41.5, 3, "2022-01-11", None)
      for category in ("security", "unrest")],
    *[(category, "France", "country", "FR", 2.5, 46.5, 3, date, None)
      for category, date in (("security", "2022-01-09"), ("unrest", None))],
    ("security", "Ukraine", "country", "UA", 31.0, 49.0, 3, "2022-01-04", None),
    ("security", "Île-de-France", "admin1", "FR", 2.5, 48.7, 3, "2022-01-09", None),
]


def multi_country_incidents() -> gpd.GeoDataFrame:
    """About thirty incidents in five countries (see ``_MULTI``), each with its own
    evidence sentence."""
    rows = []
    for i, (category, place, kind, country, lon, lat, precision, date,
            deaths) in enumerate(_MULTI):
        rows.append({
            "incident_id": f"m{i}", "source": f"https://example.org/news/{i}",
            "category": category, "event_type": category.title(), "location_name": place,
            "place_kind": kind, "country": country, "lon": lon, "lat": lat,
            "geo_precision": precision, "event_date": date, "fatalities": deaths,
            "evidence": f"Report {i}: {category} in {place} (sentence {i * 7 + 3})."})
    return make_incidents(rows)


def hostile_strings() -> list[str]:
    """The shared corpus of hostile strings (tests/data/hostile_strings.json)."""
    return json.loads(HOSTILE_PATH.read_text(encoding="utf-8"))["strings"]
