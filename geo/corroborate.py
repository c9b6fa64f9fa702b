"""Reports of one event by several articles, grouped into one row.

Ten articles about one riot give ten rows; :func:`merge_reports` makes them one, which
says how many sources reported it, keeps each source's id and evidence, and keeps the
range of the counts they gave. Two rows report one event when they have

* the same ``status`` (what did not happen never joins what did), ACLED event type,
  sub-event type, ``subtype`` and ``victim_group`` where both name one. A protest's
  sub-event type may differ (peaceful, then dispersed): the most severe is kept;
* places within ``radius_km`` of each other. A row placed at a country or a region
  (``geo_precision`` 3) joins only rows placed at the same country or region: where in
  it the event happened is unknown, so it is not pinned to one city's reports;
* dates within ``window_days`` of each other, each widened by its time precision
  (about a week: ±3 days; a month: ±15 days). Undated rows join only undated rows;
* different sources. An article's own rows are distinct events already (the events step
  joined its repeats: ``geo.events.merge``), so a group holds one report per source.

Grouping is greedy, in date order. Each row joins the open group whose first report
(its anchor) suits it best (fewest conflicting counts, then nearest, then closest in
time), or starts a group. Comparing with the anchor, not with every member, keeps a week
of daily protests in one city from chaining into one event. Groups are found through a
grid of cells about ``radius_km`` wide and closed once the date sweep has passed them,
so the work grows with the rows, not with their pairs (docs/benchmarks.md, "Merging
across articles").
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from gazetteer.geometry import cells_near, grid_cell, haversine_km
from geo.events.merge import SEVERITY
from geo.events.rules import PROTESTS
from geo.frame import CRS, INCIDENT_COLUMNS, REPORT_COLUMNS, empty_incidents, joined_languages
from geo.model import COUNT_FIELDS, DEFAULT_RADIUS_KM, DEFAULT_WINDOW_DAYS, QUALIFIERS

__all__ = ["DEFAULT_RADIUS_KM", "DEFAULT_WINDOW_DAYS", "merge_reports", "source_list"]

#: How far a date of each ACLED time precision may be from the event (1 day, 2 about a
#: week, 3 a month), in days either side.
PRECISION_SLACK_DAYS = {1: 0, 2: 3, 3: 15}
_COARSE = 3  # geo_precision of a row placed at a region or a country


def merge_reports(frame: gpd.GeoDataFrame, *, radius_km: float = DEFAULT_RADIUS_KM,
                  window_days: int = DEFAULT_WINDOW_DAYS) -> gpd.GeoDataFrame:
    """Group the rows of ``frame`` that report one event into one row each.

    Parameters
    ----------
    frame
        Incidents with the :data:`geo.frame.INCIDENT_COLUMNS` schema, from several
        articles (a frame this function returned may be merged again with others).
    radius_km
        How far apart two reports' places may be (default 25 km). Rows placed at a
        country or region compare by that country or region instead.
    window_days
        How many days apart two reports' dates may be (default 1), beyond the slack of
        their time precisions.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per event, in the order of each event's first row in ``frame``: the
        columns of ``frame`` (the place, date and type of its most precise report) plus
        :data:`geo.frame.REPORT_COLUMNS` (``n_sources``, ``sources``, the ``*_max``
        counts and ``counts_conflict``). Empty input gives the empty schema.

    Raises
    ------
    ValueError
        ``radius_km`` or ``window_days`` is negative or not finite.
    """
    if not (0 <= radius_km < math.inf and 0 <= window_days < math.inf):
        raise ValueError(f"radius_km and window_days must be finite and not negative, "
                         f"not {radius_km} and {window_days}")
    columns = [name for name in frame.columns if name != frame.geometry.name]
    columns += [name for name in REPORT_COLUMNS if name not in columns]
    if frame.empty:
        return _empty(columns)
    if frame.crs is not None and not frame.crs.equals(CRS):
        frame = frame.to_crs(CRS)
    if "incident_id" in frame.columns:  # one report read twice counts once
        frame = frame[~(frame["incident_id"].notna()
                        & frame["incident_id"].duplicated())]
    frame = frame.reset_index(drop=True)
    reports = list(_reports(frame))
    groups = sorted(_group(reports, radius_km, window_days), key=lambda g: min(g.members))
    plain = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    table = plain.iloc[[group.best for group in groups]].reset_index(drop=True)
    for name, values in _report_values(groups, reports).items():
        table[name] = values
    _merge_fields(table, groups, reports, plain)
    table = table[columns].astype(_dtypes(columns))
    geometry = frame.geometry.iloc[[group.best for group in groups]].reset_index(drop=True)
    return gpd.GeoDataFrame(table, geometry=geometry.set_crs(CRS, allow_override=True),
                            crs=CRS)


def source_list(sources: str | None) -> list[str]:
    """The source ids of a merged row's ``sources`` value: a JSON array, so that an id
    may hold any character."""
    if sources is None or pd.isna(sources) or sources == "":
        return []
    return [str(name) for name in json.loads(sources)]


# --- one row as a report ------------------------------------------------------------

@dataclass
class _Report:
    position: int
    kind: tuple[str, ...]  # status, type, sub-event type (none for protests), subtype
    sources: frozenset[str]
    lat: float | None
    lon: float | None
    area: str  # the country or region of a coarse row; "" for a precise one
    start: int | None  # day numbers of the date, widened by its precision
    end: int | None
    precision: tuple[float, float, float]  # geo, time, -confidence: lower is better
    low: dict[str, float]  # count → lowest figure given
    high: dict[str, float]  # count → highest figure given
    victims: str


def _reports(frame: gpd.GeoDataFrame) -> Iterator[_Report]:
    def column(name: str) -> list:
        return _values(frame, name)

    text = {name: [value or "" for value in column(name)]
            for name in ("status", "event_type", "sub_event_type", "subtype", "source",
                         "country", "place_id", "place_kind", "location_name",
                         "victim_group")}
    geo_precision, time_precision = column("geo_precision"), column("time_precision")
    confidence, merged_sources = column("confidence"), column("sources")
    starts, ends = column("event_date"), column("event_date_end")
    counts = {name: column(name) for name in COUNT_FIELDS}
    highs = {name: column(f"{name}_max") for name in COUNT_FIELDS}
    shapes = frame.geometry.values
    # A row without a point cannot be compared by place: it stays a group of its own.
    xs, ys = shapely.get_x(shapes), shapely.get_y(shapes)
    placed = (shapely.get_type_id(shapes) == 0) & np.isfinite(xs) & np.isfinite(ys)
    for i in range(len(frame)):
        event_type = text["event_type"][i]
        kind = (text["status"][i] or "occurred", event_type,
                "" if event_type == PROTESTS else text["sub_event_type"][i],
                text["subtype"][i])
        coarse = geo_precision[i] is not None and geo_precision[i] >= _COARSE
        place = text["place_id"][i] or text["location_name"][i]
        area = ("country:" + text["country"][i] if text["place_kind"][i] == "country"
                else "place:" + place) if coarse else ""
        start, end = _days(starts[i], ends[i], time_precision[i])
        sources = source_list(merged_sources[i]) or [text["source"][i]]
        low = {name: counts[name][i] for name in COUNT_FIELDS if counts[name][i] is not None}
        high = {name: max(value, highs[name][i] if highs[name][i] is not None else value)
                for name, value in low.items()}
        yield _Report(
            position=i, kind=kind, sources=frozenset(sources),
            lat=float(ys[i]) if placed[i] else None, lon=float(xs[i]) if placed[i] else None,
            area=area, start=start, end=end,
            precision=(geo_precision[i] or _COARSE, time_precision[i] or 4,
                       -(confidence[i] or 0.0)),
            low=low, high=high, victims=text["victim_group"][i])


def _days(start: str | None, end: str | None, precision: int | None
          ) -> tuple[int | None, int | None]:
    """The first and last day the report's date allows, as day numbers."""
    try:
        first = date.fromisoformat(str(start)[:10]).toordinal()
    except ValueError:
        return None, None
    try:
        last = date.fromisoformat(str(end)[:10]).toordinal() if end else first
    except ValueError:
        last = first
    slack = PRECISION_SLACK_DAYS.get(precision or 1, 0)
    return first - slack, max(first, last) + slack


# --- grouping -----------------------------------------------------------------------

@dataclass
class _Group:
    anchor: _Report
    members: list[int] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    low: dict[str, float] = field(default_factory=dict)
    high: dict[str, float] = field(default_factory=dict)
    best: int = 0  # the position of the most precise report

    def add(self, report: _Report, reports: list[_Report]) -> None:
        self.members.append(report.position)
        self.sources |= report.sources
        for name, value in report.low.items():
            self.low[name] = min(value, self.low.get(name, value))
        for name, value in report.high.items():
            self.high[name] = max(value, self.high.get(name, value))
        if len(self.members) == 1 or report.precision < reports[self.best].precision:
            self.best = report.position

    def conflicts(self, report: _Report) -> int:
        """How many of the report's counts fall outside the group's ranges."""
        return sum(1 for name, value in report.low.items() if name in self.low and not (
            self.low[name] <= value <= self.high[name]))


def _group(reports: list[_Report], radius_km: float, window_days: int) -> list[_Group]:
    cell_km = max(radius_km, 1.0)  # no smaller: cells of a metre would be too many
    buckets: dict[tuple, list[_Group]] = {}
    groups: list[_Group] = []
    undated = 1 << 62  # undated rows sort last and meet only each other
    order = sorted(reports, key=lambda r: (r.start is None, r.start or 0, r.precision,
                                           r.position))
    for report in order:
        if report.lat is None and not report.area:
            keys: list[tuple] = []  # nowhere: it stays alone
        elif report.area:
            keys = [(report.kind, report.start is None, report.area)]
        else:
            keys = [(report.kind, report.start is None, *c)
                    for c in _near(grid_cell(report.lat, report.lon, cell_km), cell_km)]
        start = undated if report.start is None else report.start
        best = best_score = None
        for key in keys:
            bucket = buckets.get(key)
            if not bucket:
                continue
            # The sweep is in date order: a group that ended too long ago is closed.
            bucket[:] = [g for g in bucket if g.anchor.start is None
                         or g.anchor.end + window_days >= start]
            for group in bucket:
                score = _fit(group, report, radius_km, window_days)
                if score is not None and (best_score is None or score < best_score):
                    best, best_score = group, score
        if best is None:
            best = _Group(anchor=report)
            groups.append(best)
            home = (keys[0] if report.area else
                    (report.kind, report.start is None,
                     *grid_cell(report.lat, report.lon, cell_km)))
            if keys:
                buckets.setdefault(home, []).append(best)
        best.add(report, reports)
    return groups


@functools.lru_cache(maxsize=4096)
def _near(cell: tuple[int, int], cell_km: float) -> list[tuple[int, int]]:
    return cells_near(*cell, cell_km)


def _fit(group: _Group, report: _Report, radius_km: float, window_days: int
         ) -> tuple[int, float, int] | None:
    """How well ``report`` fits ``group`` (lower is better), or None if it cannot join."""
    anchor = group.anchor
    gap = 0
    if anchor.start is not None:
        gap = max(0, report.start - anchor.end, anchor.start - report.end)
        if gap > window_days:
            return None
    distance = 0.0
    if not report.area:
        distance = haversine_km(anchor.lat, anchor.lon, report.lat, report.lon)
        if distance > radius_km:
            return None
    if group.sources & report.sources:
        return None
    if anchor.victims and report.victims and anchor.victims != report.victims:
        return None
    return group.conflicts(report), distance, gap


# --- one row per group --------------------------------------------------------------

def _report_values(groups: list[_Group], reports: list[_Report]) -> dict[str, list]:
    """The columns every merged row gets: its sources, the highest counts, conflicts."""
    sources = [list(dict.fromkeys(s for i in group.members
                                  for s in sorted(reports[i].sources)))
               for group in groups]
    return {
        "n_sources": [len(names) for names in sources],
        "sources": [json.dumps(names, ensure_ascii=False) for names in sources],
        **{f"{name}_max": [group.high.get(name) for group in groups]
           for name in COUNT_FIELDS},
        "counts_conflict": [_conflicts(group) for group in groups],
    }


def _merge_fields(table: pd.DataFrame, groups: list[_Group], reports: list[_Report],
                  plain: pd.DataFrame) -> None:
    """Fill the rows of events with several reports from all of them, in place."""
    several = [k for k, group in enumerate(groups) if len(group.members) > 1]
    if not several:
        return
    columns = {name: _values(plain, name) for name in _MERGED_FIELDS}
    updates = {k: _merged_row(groups[k], reports, columns) for k in several}
    for name in _MERGED_FIELDS:
        if name not in table.columns:
            continue
        values = table[name].astype(object).tolist()
        for k, row in updates.items():
            values[k] = row[name]
        table[name] = pd.Series(values, dtype=object)


#: The fields of an event's row that come from all its reports.
_MERGED_FIELDS = (
    "incident_id", "evidence", "evidence_spans", "actor1", "actor2", "victim_group",
    "sub_event_type", *COUNT_FIELDS, *(f"{name}_qualifier" for name in COUNT_FIELDS),
    "count_qualifier", "counts_shared", "confidence", "language")


def _values(plain: pd.DataFrame, name: str) -> list:
    """The column's values, missing ones as ``None`` (all ``None`` without the column)."""
    if name not in plain.columns:
        return [None] * len(plain)
    return plain[name].astype(object).where(plain[name].notna(), None).tolist()


def _merged_row(group: _Group, reports: list[_Report], columns: dict[str, list]) -> dict:
    def each(name: str) -> list:
        return [columns[name][i] for i in group.members]

    best = group.best
    row = {"incident_id": _group_id(each("incident_id")),
           "sub_event_type": columns["sub_event_type"][best]}
    for text in ("evidence", "evidence_spans"):
        row[text] = "\n".join(_evidence_lines(each(text), reports, group.members))
    for actor in ("actor1", "actor2", "victim_group"):
        row[actor] = columns[actor][best] or next(filter(None, each(actor)), None)
    if reports[best].kind[1] == PROTESTS:
        row["sub_event_type"] = max((s or "" for s in each("sub_event_type")),
                                    key=lambda s: SEVERITY.get(s, -1))
    for name in COUNT_FIELDS:
        row[name] = group.low.get(name)
        qualifier = f"{name}_qualifier"
        # The lowest figure keeps the qualifier of a report that gave it.
        givers = [q for value, q in zip(each(name), each(qualifier), strict=True)
                  if value == row[name] and q in QUALIFIERS]
        row[qualifier] = None if row[name] is None else min(
            givers, key=QUALIFIERS.index, default=columns[qualifier][best])
    stated = [row[f"{name}_qualifier"] for name in COUNT_FIELDS
              if row[f"{name}_qualifier"] in QUALIFIERS]
    row["count_qualifier"] = (max(stated, key=QUALIFIERS.index) if stated
                              else columns["count_qualifier"][best])
    row["counts_shared"] = any(bool(v) for v in each("counts_shared"))
    row["confidence"] = max((v or 0.0) for v in each("confidence"))
    row["language"] = joined_languages(each("language"))
    return row



def _conflicts(group: _Group) -> str | None:
    ranges = [f"{name} {group.low[name]:.0f}-{group.high[name]:.0f}"
              for name in COUNT_FIELDS
              if name in group.low and group.low[name] != group.high[name]]
    return "; ".join(ranges) or None


def _evidence_lines(texts: list, reports: list[_Report], positions: list[int]
                    ) -> Iterator[str]:
    """One line per source, ``[source] text``; a merged row's lines are kept as they are."""
    for text, position in zip(texts, positions, strict=True):
        sources = reports[position].sources
        yield (text or "") if len(sources) > 1 else f"[{next(iter(sources))}] {text or ''}"


def _group_id(ids: list) -> str:
    key = "|".join(sorted(str(value or "") for value in ids))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _dtypes(columns: list[str]) -> dict[str, str]:
    known = {**INCIDENT_COLUMNS, **REPORT_COLUMNS}
    return {name: known[name][0] for name in columns if name in known}


def _empty(columns: list[str]) -> gpd.GeoDataFrame:
    """No rows, with the incident schema, the input's other columns and the report
    columns."""
    frame = empty_incidents()
    columns = [*INCIDENT_COLUMNS, *(name for name in columns if name not in INCIDENT_COLUMNS)]
    for name in columns:
        if name not in frame.columns:
            frame[name] = pd.Series(dtype=_dtypes([name]).get(name, "object"))
    return frame[[*columns, frame.geometry.name]]
