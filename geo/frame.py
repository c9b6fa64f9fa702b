"""Incidents → GeoDataFrame, and the column schema every other part relies on.

``maps`` and the exporters read column names from :data:`INCIDENT_COLUMNS`; change a
column here and everything downstream follows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import geopandas as gpd
import pandas as pd

from geo import plural
from geo.model import COUNT_FIELDS, Incident
from geo.text import replace_lone_surrogates

CRS = "EPSG:4326"

#: Column → (pandas dtype, meaning). Order is the output order; ``geometry`` comes last.
INCIDENT_COLUMNS: dict[str, tuple[str, str]] = {
    "incident_id": (
        "string",
        "Stable id: a hash of source, event type, place and evidence.",
    ),
    "source": ("string", "Document id or file the incident was read from (a file's "
                         "name without its endings; \"FILE:ID\" where another file "
                         "gave that id first)."),
    "language": ("string", "ISO 639-1 code of the language the source is written in (en, "
                           "ru, fr); evidence is quoted in it. An event grouped from "
                           "sources in several languages lists them, sorted and joined by "
                           "commas (\"en,ru\")."),
    "event_date": (
        "string",
        "ISO 8601 date (YYYY-MM-DD), empty when the text gives none; a Date field in "
        "GeoPackage, text elsewhere.",
    ),
    "event_date_end": ("string", "Last day (YYYY-MM-DD) of an event reported over several "
                                 "days (\"since Sunday\", \"from 3 to 5 January\"); "
                                 "event_date is the first. Empty for one day. A Date field "
                                 "in GeoPackage, like event_date."),
    "time_precision": (
        "Int64",
        "ACLED time precision: 1 day, 2 about a week (a weekend, a range of up to a "
        "week, an undated event dated by its story or report), 3 month (or a longer "
        "range).",
    ),
    "status": ("string", "occurred; with keep_all also negated, planned, threatened or "
                         "reported-denied (an event the text says did not happen), or "
                         "doubtful (told as happened; a learned model doubts it is a "
                         "real incident at a real site)."),
    "event_type": ("string", "ACLED event type, e.g. Protests, Riots, Battles."),
    "sub_event_type": (
        "string",
        "ACLED sub-event type, e.g. Peaceful protest, Arrests.",
    ),
    "plover": ("string", "PLOVER event category, e.g. PROTEST, ASSAULT, COERCE."),
    "subtype": (
        "string",
        "Our own sub-type: checkpoint, curfew, state_of_emergency, "
        "arson, troop_deployment (empty when none applies).",
    ),
    "category": ("string", "Map layer: unrest, violence, security or checkpoint."),
    "actor1": (
        "string",
        "Main actor: protesters, rioters, police, army, state forces...",
    ),
    "actor2": ("string", "Second actor where stated."),
    "location_name": ("string", "The place as resolved (gazetteer name)."),
    "location_text": ("string", "The place mention as written in the text."),
    "country": ("string", "ISO 3166-1 alpha-2 code of the country."),
    "admin1": ("string", "First-level division, where known."),
    "geo_precision": (
        "Int64",
        "1 the named place, 2 part of or near it, 3 region/country.",
    ),
    "place_id": ("string", "Gazetteer id of the place (e.g. geonames:1526384)."),
    "place_kind": ("string", "Gazetteer kind: city, airport, admin1, country, ..."),
    "fatalities": ("Int64", "People killed, where stated."),
    "injured": ("Int64", "People injured, where stated."),
    "arrested": ("Int64", "People arrested, where stated."),
    "checkpoints": ("Int64", "Number of checkpoints, where stated."),
    "count_qualifier": ("string", "The vaguest of the row's count qualifiers: exact, "
                                  "at_least or approximate."),
    "fatalities_qualifier": ("string", "exact, at_least or approximate: how the "
                                       "fatalities figure was given (\"about 40\")."),
    "injured_qualifier": ("string", "The same for injured."),
    "arrested_qualifier": ("string", "The same for arrested."),
    "checkpoints_qualifier": ("string", "The same for checkpoints."),
    "counts_shared": ("boolean", "The counts were reported for a list of places together "
                                 "(\"3 killed in Lyon and Lille\"); they are on the "
                                 "list's first row only."),
    "victim_group": ("string", "Whose casualties the counts are (e.g. police)."),
    "evidence": ("string", "The sentence(s) the incident was read from."),
    "evidence_spans": (
        "string",
        "Character spans of the evidence, as 'start-end;...'.",
    ),
    "confidence": ("float64", "0..1, how sure the extractor is."),
}

#: The columns :func:`geo.corroborate.merge_reports` adds when it groups the reports of
#: one event from several articles into one row (``incidentmap merge``, ``run``).
REPORT_COLUMNS: dict[str, tuple[str, str]] = {
    "n_sources": ("Int64", "How many sources (articles, documents) reported the event."),
    "sources": ("string", "Their ids (the `source` of each report) as a JSON array, in "
                          "the order of their reports' dates: [\"afp-12\", \"bbc-7\"]."),
    **{f"{name}_max": ("Int64", f"The highest {name} figure a source gave; `{name}` "
                                "holds the lowest.") for name in COUNT_FIELDS},
    "counts_conflict": ("string", "The counts the sources disagree on, as their range "
                                  "(\"fatalities 12-26; injured 40-52\"); empty when they "
                                  "agree."),
}

#: Columns of ISO 8601 dates held as text; GeoPackage stores them as Date fields.
DATE_COLUMNS = ("event_date", "event_date_end")

#: Which map layer each ACLED event type falls in (``subtype`` may override it).
CATEGORY_BY_EVENT_TYPE = {
    "Protests": "unrest",
    "Riots": "unrest",
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Strategic developments": "security",
}


def category_of(event_type: str, subtype: str = "") -> str:
    """Return the map layer of an incident: ``checkpoint`` wins, else by event type."""
    if subtype == "checkpoint":
        return "checkpoint"
    return CATEGORY_BY_EVENT_TYPE.get(event_type, "security")


def joined_languages(values: Iterable[object]) -> str | None:
    """The ``language`` of an event grouped from reports in these languages: their codes
    (a grouped row's "en,ru" counts as two) sorted and joined by commas, ``"en,ru"``;
    ``None`` when none is known."""
    codes = {code for value in values if isinstance(value, str) for code in value.split(",")}
    return ",".join(sorted(codes - {""})) or None


def empty_incidents() -> gpd.GeoDataFrame:
    """Return a GeoDataFrame with the full incident schema and no rows."""
    frame = pd.DataFrame(
        {name: pd.Series(dtype=dtype) for name, (dtype, _) in INCIDENT_COLUMNS.items()}
    )
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=CRS), crs=CRS)


def to_geodataframe(
    incidents: Iterable[Incident], *, source: str = "", language: str = ""
) -> gpd.GeoDataFrame:
    """Turn incidents into a GeoDataFrame (EPSG:4326, Point geometry, documented columns).

    Incidents without a resolved place are dropped: a row on a map must be somewhere.
    Lone UTF-16 surrogates (invalid Unicode that JSON input can carry) become U+FFFD, one
    character for one, so that every text column can be stored and exported.
    ``language`` (an ISO 639-1 code) fills the ``language`` column.
    """
    return documents_to_geodataframe([(incidents, source, language)])


def documents_to_geodataframe(
    documents: Iterable[tuple[Iterable[Incident], str, str]],
) -> gpd.GeoDataFrame:
    """The incidents of many documents, each given with its ``source`` and ``language``,
    as one frame:
    the frames :func:`to_geodataframe` makes of each, joined by
    :func:`concat_incidents`, built at once (a frame costs milliseconds to build, far
    more than the few rows of one article)."""
    rows, points = [], []
    for incidents, source, language in documents:
        for incident in incidents:
            place = incident.location.place if incident.location else None
            if place is None:
                continue
            row = _row(incident, source, language or None)
            rows.append({key: replace_lone_surrogates(value) if isinstance(value, str)
                         else value for key, value in row.items()})
            points.append(place.point)
    if not rows:
        return empty_incidents()
    frame = pd.DataFrame(rows, columns=list(INCIDENT_COLUMNS))
    frame = frame.astype({name: dtype for name, (dtype, _) in INCIDENT_COLUMNS.items()})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(points, crs=CRS), crs=CRS)


def _row(incident: Incident, source: str, language: str | None) -> dict:
    mention = incident.location
    place = mention.place
    counts = incident.counts
    spans = ";".join(f"{start}-{end}" for start, end in incident.evidence)
    return {
        "incident_id": _incident_id(source, incident, place.id, spans),
        "source": source,
        "language": language,
        "event_date": incident.event_date.isoformat() if incident.event_date else None,
        "event_date_end": (incident.event_date_end.isoformat()
                           if incident.event_date_end else None),
        "time_precision": incident.time_precision,
        "status": incident.status,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "plover": incident.plover,
        "subtype": incident.subtype,
        "category": category_of(incident.event_type, incident.subtype),
        "actor1": incident.actor1,
        "actor2": incident.actor2,
        "location_name": place.name,
        "location_text": mention.text,
        "country": place.country,
        "admin1": place.admin1,
        "geo_precision": incident.geo_precision,
        "place_id": place.id,
        "place_kind": place.kind,
        "fatalities": counts.fatalities,
        "injured": counts.injured,
        "arrested": counts.arrested,
        "checkpoints": counts.checkpoints,
        "count_qualifier": counts.qualifier,
        "fatalities_qualifier": counts.fatalities_qualifier,
        "injured_qualifier": counts.injured_qualifier,
        "arrested_qualifier": counts.arrested_qualifier,
        "checkpoints_qualifier": counts.checkpoints_qualifier,
        "counts_shared": incident.counts_shared,
        "victim_group": counts.victim_group,
        "evidence": incident.evidence_text,
        "evidence_spans": spans,
        "confidence": incident.confidence,
    }


def _incident_id(source: str, incident: Incident, place_id: str, spans: str) -> str:
    key = "|".join(
        (
            source,
            incident.event_type,
            incident.sub_event_type,
            incident.subtype,
            place_id,
            spans,
        )
    )
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def columns_markdown() -> str:
    """Return the column reference as a Markdown table (``docs/columns.md`` holds it)."""
    lines = [
        "# Incident columns",
        "",
        "Every incidents GeoDataFrame (and every GeoJSON/GPKG/Parquet/CSV export) has these",
        "columns, in this order, plus a Point `geometry` in EPSG:4326 (longitude, latitude).",
        "Generated from `geo/frame.py`; a test keeps this file in step with it.",
        "",
        "| column | type | meaning |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{name}` | {dtype} | {meaning} |"
              for name, (dtype, meaning) in INCIDENT_COLUMNS.items()]
    lines += ["", *_REPORTS_SECTION, "", "| column | type | meaning |", "| --- | --- | --- |"]
    lines += [f"| `{name}` | {dtype} | {meaning} |"
              for name, (dtype, meaning) in REPORT_COLUMNS.items()]
    return "\n".join(lines) + "\n"


_REPORTS_SECTION = (
    "## Events reported by several sources (`incidentmap merge`, `run`)",
    "",
    "`incidentmap merge` and `incidentmap run` (unless `--no-merge`) group the reports of",
    "one event from several articles into one row (`geo.corroborate.merge_reports`, or",
    "`gdf.incidents.merge_reports()`): same status, event type, sub-event type (a protest's",
    "may differ; the most severe is kept) and subtype, places within 25 km (rows placed at",
    "a country or a region: the same country or region), dates within a day (widened by",
    "their time precision), one row per source. The row keeps the most precise report's",
    "place, date and type, and adds the columns below.",
    "",
    "- **Counts.** When sources disagree, each count column holds the lowest figure given",
    "  (ACLED's conservative rule, so totals are not inflated) with that report's",
    "  qualifier, `*_max` the highest, and `counts_conflict` says which counts differ.",
    "- **Evidence.** Every source's evidence is kept: for an event with several sources,",
    "  `evidence` and `evidence_spans` hold one line per source, `[source] text`.",
    "- **Languages.** `language` lists the languages of the group's sources, sorted and",
    "  joined by commas (`en,ru`); a group whose sources share one language keeps it.",
    "- **Ids.** `incident_id` of a group is a hash of its reports' ids (a report alone",
    "  keeps its own); `source` is the source of the report whose place and date are kept.",
)


def concat_incidents(frames: Iterable[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Join incident frames into one (the empty schema when all are empty)."""
    frames = [frame for frame in frames if not frame.empty]
    if not frames:
        return empty_incidents()
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs=CRS)


def summarize(frame: gpd.GeoDataFrame, *, articles: int | None = None) -> str:
    """Describe incidents in a few lines: totals by type and by place (and, given the
    number of ``articles`` read, "0 incidents in 3 articles." when there are none)."""
    if frame.empty:
        return (f"0 incidents in {plural(articles, 'article')}." if articles is not None
                else "No incidents found.")
    lines = [plural(len(frame), "incident")]
    several = int((frame["n_sources"].fillna(1) > 1).sum()) if "n_sources" in frame else 0
    if several:  # grouped across articles (geo.corroborate)
        lines.append(f"  {several:,} reported by several sources (n_sources, sources)")
    by_type = frame.groupby(["event_type", "sub_event_type"], dropna=False).size()
    lines.append("By type:")
    lines += [f"  {kind} / {sub}: {n}" for (kind, sub), n in by_type.items()]
    by_place = frame.groupby("location_name", dropna=False).size().sort_values(
        ascending=False)
    lines.append("By place:")
    lines += [f"  {place}: {n}" for place, n in by_place.head(15).items()]
    totals = {column: stated_total(frame, column)
              for column in COUNT_FIELDS}
    lines.append("Counts stated: " + ", ".join(f"{k} {v:,}" for k, v in totals.items()))
    # Reports repeat and nest figures ("dozens dead", then "18 police killed"): where
    # an article gives exact figures, its vague ones ("dozens" = 12) are left out.
    lines.append("  (the sum over incidents of each article's exact figures, else its "
                 "estimates, less the parts of a national or regional figure on its day: "
                 "figures may overlap; running totals are not counted; see *_qualifier)")
    return "\n".join(lines)


def stated_total(frame: gpd.GeoDataFrame, column: str) -> int:
    """The sum of ``column`` over the incidents: per article its exact figures, or its
    estimates where it gives none (an article's "dozens" nests its "18 police")."""
    qualifier = f"{column}_qualifier"
    if qualifier not in frame.columns:  # a frame written before per-count qualifiers
        return int(frame[column].fillna(0).sum())
    total = 0
    for _, rows in frame[frame[column].notna()].groupby("source", dropna=False):
        exact = rows[rows[qualifier] != "approximate"]
        total += int(_without_nested_parts(exact if len(exact) else rows, column)[column].sum())
    return total


def _without_nested_parts(rows: gpd.GeoDataFrame, column: str) -> gpd.GeoDataFrame:
    """An article's rows less the parts of a national or regional figure it also gives
    ("3,700 detained across the country, 1,300 of them in X"; "83 arrested across a
    province, 54 of them in its capital"): the places inside that country or province
    on that day whose figures add up to no more than the wider one."""
    if "place_kind" not in rows.columns:
        return rows
    nested: set = set()
    wide_kinds = ("country", "admin1") if {"admin1", "location_name"} <= set(rows.columns) \
        else ("country",)
    for label, wide in rows[rows["place_kind"].isin(wide_kinds)].iterrows():
        inside = (rows["country"] == wide["country"]) & (rows["event_date"] == wide["event_date"])
        if wide["place_kind"] == "country":
            inside &= rows["place_kind"] != "country"
        else:
            inside &= ~rows["place_kind"].isin(wide_kinds) & (
                rows["admin1"] == wide["location_name"])
        parts = rows[inside & (rows.index != label)]
        if len(parts) and parts[column].sum() <= wide[column]:
            nested.update(parts.index)
    return rows.drop(index=list(nested))
