"""eval-events on the Russian and French dev reports of issue 20, with the real geoparser.

The floors and ceilings are what the detector (:mod:`geo.events.lexical`) measured on
the dev files when they were set, rounded a little down (up for the ceilings); issue
20's targets on held-out reports are higher (recall .85, counts .80, no incident at an
actor's or a source's place). The held-out files (nobody changing the rules reads them;
the lead scores them in aggregate) have floors a little below their scores when set, so
that a change which helps dev but loses unseen reports fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluate.events import evaluate_events

DATA = Path(__file__).resolve().parents[1] / "data"
RUSSIAN, FRENCH = DATA / "events_ru_dev.jsonl", DATA / "events_fr_dev.jsonl"
RUSSIAN_HELDOUT, FRENCH_HELDOUT = (DATA / "events_ru_heldout.jsonl",
                                   DATA / "events_fr_heldout.jsonl")

FLOORS = {
    # Since session 13: 25 and 24 dev reports (eight harder ones joined each file), 13
    # and 13 held-out ones (h13-ru-*, h13-fr-* joined).
    # (Russian raised in session 14 by rurows, 32 reports: recall .859, type .887,
    # date .785, status .817, location .86.)
    RUSSIAN: {"incident_recall": 0.84, "type_accuracy": 0.87, "count_accuracy": 0.78,
              "date_accuracy": 0.77, "status_accuracy": 0.80, "location_acc25": 0.84},
    FRENCH: {"incident_recall": 0.84, "type_accuracy": 0.92, "count_accuracy": 0.70,
             "date_accuracy": 0.81, "status_accuracy": 0.79, "location_acc25": 0.845},
    RUSSIAN_HELDOUT: {"incident_recall": 0.68, "type_accuracy": 0.77, "count_accuracy": 0.39,
                      "date_accuracy": 0.57, "status_accuracy": 0.64, "location_acc25": 0.67},
    FRENCH_HELDOUT: {"incident_recall": 0.74, "type_accuracy": 0.80, "count_accuracy": 0.63,
                     "date_accuracy": 0.67, "status_accuracy": 0.69, "location_acc25": 0.73},
}
CEILINGS = {
    RUSSIAN: {"unreal_false_positives": 1, "non_site_false_positives": 2, "duplicates": 1,
              "trap_false_positives": 2},
    # (French unreal false positives 9 -> 11 in session 14, rurows: a row dated to the
    # story's day no longer merges into another day's event, which shows two status
    # misreadings it used to hide: a ban read as a protest held, and a condemnation's
    # "revendications des manifestants" read as a protest.)
    FRENCH: {"unreal_false_positives": 11, "non_site_false_positives": 3, "duplicates": 1,
             "trap_false_positives": 1},
    RUSSIAN_HELDOUT: {"unreal_false_positives": 4, "non_site_false_positives": 6,
                      "duplicates": 1, "trap_false_positives": 1},
    FRENCH_HELDOUT: {"unreal_false_positives": 4, "non_site_false_positives": 1,
                     "duplicates": 1, "trap_false_positives": 2},
}


@pytest.mark.parametrize("path", [RUSSIAN, FRENCH], ids=["ru", "fr"])
def test_dev_files_say_their_language(path):
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    assert len(records) >= 15
    assert {r["language"] for r in records} == {path.stem.split("_")[1]}


@pytest.mark.parametrize("path", [RUSSIAN, FRENCH, RUSSIAN_HELDOUT, FRENCH_HELDOUT],
                         ids=["ru", "fr", "ru-heldout", "fr-heldout"])
def test_russian_and_french_scores_hold(path, gazetteer):
    report = evaluate_events(path)
    for key, floor in FLOORS[path].items():
        assert report[key] >= floor, (key, report[key])
    for key, ceiling in CEILINGS[path].items():
        assert report[key] <= ceiling, (key, report[key])
