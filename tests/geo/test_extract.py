"""incidents(): the sample article end to end with the stand-in geoparser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_parser import FakeParser

from geo.errors import DateError
from geo.extract import incidents, incidents_from_files
from geo.frame import INCIDENT_COLUMNS

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kazakhstan-2022-01-07.txt"


@pytest.fixture(scope="module", params=["stand-in parser", "real parser"])
def sample(request):
    # The stand-in parser checks the event rules alone; the real one, end to end, that
    # the geoparser gives them the places they need.
    if not SEED.exists():
        pytest.skip(f"sample article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    if request.param == "real parser":
        request.getfixturevalue("gazetteer")  # built once per test session
        return incidents(text, published="2022-01-07", source="kz")
    return incidents(text, published="2022-01-07", source="kz", parser=FakeParser())


def _one(frame, **where):
    rows = frame
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) >= 1, where
    return rows.iloc[0]


def test_sample_has_the_reported_incidents(sample):
    protest = _one(sample, event_type="Protests")
    assert (protest.event_date, protest.geo_precision, protest.country) == (
        "2022-01-02", 3, "KZ")
    assert _one(sample, event_type="Riots", subtype="").location_name == "Almaty"
    arson = _one(sample, subtype="arson")
    assert (arson.location_name, arson.event_date) == ("Almaty", "2022-01-05")
    assert "presidential residence" in arson.evidence
    retaken = _one(sample, sub_event_type="Government regains territory")
    assert retaken.place_kind == "airport"
    assert _one(sample, subtype="checkpoint").checkpoints == 70
    arrests = _one(sample, sub_event_type="Arrests")
    assert (arrests.arrested, arrests.count_qualifier) == (3800, "at_least")
    assert _one(sample, victim_group="armed criminals").fatalities == 26
    police = _one(sample, victim_group="police")
    assert (police.fatalities, police.injured) == (18, 748)
    for subtype in ("state_of_emergency", "curfew"):
        assert _one(sample, subtype=subtype).geo_precision == 3


def test_sample_has_no_incident_in_trap_places(sample):
    assert not set(sample.location_name) & {"Moscow", "France", "China", "Brussels"}
    assert set(sample.country) == {"KZ"}


def test_frame_schema_and_crs(sample):
    assert list(sample.columns[:-1]) == list(INCIDENT_COLUMNS)
    assert sample.crs.to_epsg() == 4326
    assert sample.incident_id.is_unique


def test_text_without_events_gives_the_empty_schema():
    frame = incidents("The weather was mild in Almaty.", parser=FakeParser())
    assert frame.empty and list(frame.columns[:-1]) == list(INCIDENT_COLUMNS)


def test_bad_published_is_a_clear_error():
    with pytest.raises(DateError, match="not an ISO 8601 date"):
        incidents("Riots in Almaty.", published="last Friday", parser=FakeParser())


def test_incidents_from_files_reads_the_sidecar_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Protesters rallied in Almaty on Wednesday.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"published": "2022-01-07"}))
    frame = incidents_from_files([article], parser=FakeParser())
    assert list(frame.event_date) == ["2022-01-05"]
    assert list(frame.source) == ["a"]
