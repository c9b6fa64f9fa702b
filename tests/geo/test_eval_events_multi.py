"""eval-events on the multi-paragraph reports of issue 18, with the real geoparser.

The floors are what the rules measured when they were set (docs/benchmarks.md, "Events
on multi-paragraph reports (issue 18)"); the issue's targets are higher. The held-out
file is scored here and nowhere read while rules change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluate.events import evaluate_events

DATA = Path(__file__).resolve().parents[1] / "data"
DEV, HELDOUT = DATA / "events_multi_dev.jsonl", DATA / "events_heldout.jsonl"


def test_multi_paragraph_sets_are_well_formed():
    records = [json.loads(line) for path in (DEV, HELDOUT)
               for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 25
    assert sum(1 for r in records if not r["events"]) >= 5
    assert len({r["country"] for r in records}) >= 25
    statuses = {e["status"] for r in records for e in r["events"]}
    assert {"occurred", "negated", "planned", "threatened", "reported-denied"} <= statuses


# (file, floors measured at commit time, rounded down)
FLOORS = {
    DEV: {"incident_recall": 0.65, "type_accuracy": 0.85, "count_accuracy": 0.33,
          "date_accuracy": 0.62, "status_accuracy": 0.60},
    HELDOUT: {"incident_recall": 0.52, "type_accuracy": 0.75, "count_accuracy": 0.30,
              "date_accuracy": 0.35, "status_accuracy": 0.45},
}
CEILINGS = {
    # duplicates 2: a riot told in a report's lede and again, undated, in a later
    # paragraph was two rows already; since the later one takes the story's day
    # (relative dates, issue 18) both rows have the same date and the count sees it.
    DEV: {"unreal_false_positives": 6, "non_site_false_positives": 6, "duplicates": 2,
          "trap_false_positives": 1},
    HELDOUT: {"unreal_false_positives": 2, "non_site_false_positives": 1,
              "duplicates": 0, "trap_false_positives": 1},
}


@pytest.mark.parametrize("path", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_multi_paragraph_scores_hold(path, gazetteer):
    report = evaluate_events(path)
    for key, floor in FLOORS[path].items():
        assert report[key] >= floor, (key, report[key])
    for key, ceiling in CEILINGS[path].items():
        assert report[key] <= ceiling, (key, report[key])
