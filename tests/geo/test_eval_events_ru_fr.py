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
    # (25 and 24 reports since session 13: eight harder ones joined each file; set
    # again on the merged tree)
    RUSSIAN: {"incident_recall": 0.77, "type_accuracy": 0.83, "count_accuracy": 0.76,
              "date_accuracy": 0.71, "status_accuracy": 0.74, "location_acc25": 0.76},
    FRENCH: {"incident_recall": 0.83, "type_accuracy": 0.90, "count_accuracy": 0.69,
             "date_accuracy": 0.80, "status_accuracy": 0.78, "location_acc25": 0.83},
    RUSSIAN_HELDOUT: {"incident_recall": 0.58, "type_accuracy": 0.69, "count_accuracy": 0.41,
                      "date_accuracy": 0.44, "status_accuracy": 0.51, "location_acc25": 0.55},
    FRENCH_HELDOUT: {"incident_recall": 0.68, "type_accuracy": 0.74, "count_accuracy": 0.75,
                     "date_accuracy": 0.57, "status_accuracy": 0.60, "location_acc25": 0.64},
}
CEILINGS = {
    RUSSIAN: {"unreal_false_positives": 1, "non_site_false_positives": 2, "duplicates": 1,
              "trap_false_positives": 2},
    FRENCH: {"unreal_false_positives": 10, "non_site_false_positives": 3, "duplicates": 1,
             "trap_false_positives": 2},
    RUSSIAN_HELDOUT: {"unreal_false_positives": 3, "non_site_false_positives": 5,
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
