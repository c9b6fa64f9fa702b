"""How fast reports are grouped across articles (``incidentmap bench merge``).

A synthetic frame stands for a large batch run: events spread over the world and over a
month, each reported by one to seven articles whose places are a few kilometres apart
and whose dates differ by up to a day; half the events have a death toll, which one
report in five gives differently. The time of :func:`geo.corroborate.merge_reports` (the
best of three runs, so other jobs on the machine matter less) is measured on ``rows``
rows and on four times as many: a linear cost gives a ratio of about 4, a quadratic one
about 16.
"""

from __future__ import annotations

import json
import random
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from gazetteer.files import atomic_write
from geo.corroborate import merge_reports
from geo.frame import CRS, INCIDENT_COLUMNS, category_of

__all__ = ["bench_merge", "synthetic_reports"]

RUNS = 3
_TYPES = (("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"),
          ("Battles", "Armed clash"), ("Strategic developments", "Arrests"))


def bench_merge(out_path: str | Path, *, rows: int = 10_000) -> dict[str, Any]:
    """Time the grouping of ``rows`` and of ``4 * rows`` synthetic reports; write and
    return the figures."""
    timings = {}
    for size in (rows, 4 * rows):
        frame = synthetic_reports(size)
        seconds, merged = _best_of(frame)
        timings[size] = {"rows": size, "events": len(merged), "seconds": round(seconds, 3),
                         "rows_per_second": round(size / seconds)}
    result = {"benchmark": "merge", "runs": list(timings.values()),
              "ratio_for_4x_rows": round(timings[4 * rows]["seconds"]
                                         / timings[rows]["seconds"], 2)}
    with atomic_write(out_path) as handle:
        json.dump(result, handle, indent=2)
    return result


def synthetic_reports(rows: int, *, seed: int = 18) -> gpd.GeoDataFrame:
    """About ``rows`` reports of ``rows / 4`` events (a fixed seed: the same every run)."""
    rng = random.Random(seed)
    records, points, start = [], [], date(2024, 3, 1)
    event = 0
    while len(records) < rows:
        event += 1
        lat, lon = rng.uniform(-50, 60), rng.uniform(-120, 150)
        day = start + timedelta(days=rng.randrange(30))
        kind, sub = rng.choice(_TYPES)
        killed = rng.choice((None, rng.randrange(1, 40)))
        for article in rng.sample(range(rows), rng.randint(1, 7)):
            source = f"article-{article:06d}"
            records.append({
                "incident_id": f"{source}-{event}", "source": source,
                "event_date": (day + timedelta(days=rng.choice((0, 0, 1)))).isoformat(),
                "time_precision": 1, "status": "occurred", "event_type": kind,
                "sub_event_type": sub, "category": category_of(kind),
                "location_name": f"place {event}", "country": "XX", "geo_precision": 1,
                "place_id": f"p{event}", "place_kind": "city",
                "fatalities": killed if killed is None or rng.random() < .8 else killed + 2,
                "evidence": f"Report {event} by {source}.", "evidence_spans": "0-20",
                "confidence": .6})
            # A few kilometres apart: each article names another district.
            points.append((lon + rng.uniform(-.03, .03), lat + rng.uniform(-.03, .03)))
    table = pd.DataFrame(records[:rows], columns=list(INCIDENT_COLUMNS)).astype(
        {name: dtype for name, (dtype, _) in INCIDENT_COLUMNS.items()})
    xs, ys = zip(*points[:rows], strict=True)
    return gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(xs, ys, crs=CRS), crs=CRS)


def _best_of(frame: gpd.GeoDataFrame) -> tuple[float, gpd.GeoDataFrame]:
    best, merged = float("inf"), frame
    for _ in range(RUNS):
        started = time.perf_counter()
        merged = merge_reports(frame)
        best = min(best, time.perf_counter() - started)
    return best, merged
