"""The incident schema: empty frames, conversion, and the documented column list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gazetteer.place import Place
from geo.frame import (
    INCIDENT_COLUMNS,
    category_of,
    columns_markdown,
    empty_incidents,
    to_geodataframe,
)
from geo.model import Counts, Incident, Mention

ROOT = Path(__file__).resolve().parents[2]


def test_docs_columns_match_schema() -> None:
    assert (ROOT / "docs" / "columns.md").read_text(encoding="utf-8") == columns_markdown()


def test_empty_frame_has_full_schema() -> None:
    frame = empty_incidents()
    assert list(frame.columns) == [*INCIDENT_COLUMNS, "geometry"]
    assert frame.crs.to_epsg() == 4326 and frame.empty


def test_incident_row_and_point_order() -> None:
    place = Place(id="geonames:1526384", name="Almaty", lat=43.25, lon=76.92,
                  kind="city", country="KZ", admin1="Almaty")
    text = "Riots in Almaty"
    mention = Mention(start=9, end=15, text="Almaty", place=place, precision="city")
    incident = Incident(event_type="Riots", sub_event_type="Violent demonstration",
                        location=mention, geo_precision=1, event_date=date(2022, 1, 5),
                        counts=Counts(fatalities=3, qualifier="at_least"),
                        evidence=((0, len(text)),), evidence_text=text, confidence=0.8)
    unplaced = Incident(event_type="Protests", sub_event_type="Peaceful protest",
                        location=None, geo_precision=3)
    frame = to_geodataframe([incident, unplaced], source="doc1")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row.geometry.x, row.geometry.y) == (76.92, 43.25)
    assert row.event_date == "2022-01-05" and row.fatalities == 3
    assert row.category == "unrest" and row.evidence_spans == "0-15"
    assert row.source == "doc1" and len(row.incident_id) == 16


def test_category_checkpoint_wins() -> None:
    assert category_of("Strategic developments", "checkpoint") == "checkpoint"
    assert category_of("Battles") == "violence"
    assert category_of("Something new") == "security"


def test_lone_surrogates_become_replacement_characters() -> None:
    place = Place(id="x:1", name="Almaty", lat=43.25, lon=76.92, kind="city")
    text = "Riots in Almaty \ud800"
    mention = Mention(start=9, end=15, text="Almaty", place=place)
    incident = Incident(event_type="Riots", sub_event_type="Violent demonstration",
                        location=mention, geo_precision=1, evidence=((0, len(text)),),
                        evidence_text=text)
    row = to_geodataframe([incident], source="id\udfff").iloc[0]
    assert (row.source, row.evidence) == ("id\ufffd", "Riots in Almaty \ufffd")
