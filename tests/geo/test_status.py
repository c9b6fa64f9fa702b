"""Polarity and modality of candidate incidents (issue 18): ``status``."""

from __future__ import annotations

import pytest

from geo.extract import extract_incidents, incidents
from geo.model import parse_published
from geo.pipeline import default_parser


# Issue 18: polarity and modality. Each candidate incident carries a status; only
# occurred ones are incidents unless keep_all is asked for.
def _statuses(text: str, published: str = "2023-03-24") -> dict[str, str]:
    found = extract_incidents(default_parser()(text), published=parse_published(published),
                              keep_all=True)
    return {(i.subtype or i.sub_event_type): i.status for i in found}


@pytest.mark.parametrize(("text", "key", "status"), [
    ("The president ruled out a curfew in Lyon on Monday.", "curfew", "negated"),
    ("Unions in Lyon threatened to hold protests if wages were not raised.",
     "Peaceful protest", "threatened"),
    ("A march is planned for Friday in Lyon.", "Peaceful protest", "planned"),
    ("The army denied that troops were deployed in Lyon on Monday.",
     "troop_deployment", "reported-denied"),
    ("Police imposed a curfew in Lyon on Monday.", "curfew", "occurred"),
])
def test_status_of_a_candidate_incident(text, key, status):
    assert _statuses(text)[key] == status


def test_only_occurred_incidents_by_default():
    text = ("Police imposed a curfew in Lyon on Monday. The mayor ruled out a state of "
            "emergency in Lyon.")
    assert list(incidents(text, published="2023-03-24")["status"]) == ["occurred"]
    every = incidents(text, published="2023-03-24", keep_all=True)
    assert sorted(every["status"]) == ["negated", "occurred"]


def test_a_planned_weekday_is_the_next_one():
    frame = incidents("Unions called a day of protests in Lyon for Tuesday.",
                      published="2023-03-24", keep_all=True)
    assert list(frame["event_date"]) == ["2023-03-28"]


def test_one_incident_per_listed_place_counts_kept_once():
    frame = incidents("On Monday, 12 people were injured in protests in Lyon, Lille, Nantes "
                      "and Rennes.", published="2023-03-24")
    protests = frame  # a protest with injuries is coded a riot: one row per place
    assert sorted(protests["location_name"]) == ["Lille", "Lyon", "Nantes", "Rennes"]
    assert protests["injured"].sum() == 12
    assert protests["counts_shared"].all()


def test_a_running_total_is_no_incidents_count():
    frame = incidents("Police fired on protesters in Lyon on Monday, killing 3. The death "
                      "toll since the protests began has risen to 44.", published="2023-03-24")
    assert frame["fatalities"].sum() == 3
