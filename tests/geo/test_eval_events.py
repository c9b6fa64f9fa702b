"""eval-events scoring: the dev set with oracle mentions, and the file contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_parser import FakeParser, oracle_table

from geo.errors import InputError
from geo.evaluate.events import evaluate_events

DEV = Path(__file__).resolve().parents[1] / "data" / "events_dev.jsonl"


def test_dev_set_is_large_and_well_formed():
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 60
    types = {e["event_type"] for r in records for e in r["events"]}
    assert len(types) == 6
    subtypes = {e["subtype"] for r in records for e in r["events"]}
    assert {"checkpoint", "curfew", "state_of_emergency", "arson",
            "troop_deployment"} <= subtypes
    assert any(not r["events"] for r in records)  # traps


def test_dev_set_scores_with_oracle_mentions():
    # Mentions given perfectly: this isolates the event side from the geoparser.
    report = evaluate_events(DEV, parser=FakeParser(oracle_table(DEV)))
    assert report["documents"] >= 60
    assert report["trap_false_positives"] == 0
    for key in ("type_accuracy", "location_acc25", "date_accuracy", "count_accuracy"):
        assert 0.0 <= report[key] <= 1.0


def test_perfect_and_empty_predictions(tmp_path):
    path = tmp_path / "gold.jsonl"
    gold = {"event_type": "Riots", "sub_event_type": "Violent demonstration",
            "subtype": "", "location": "Almaty", "lat": 43.25, "lon": 76.92,
            "date": "2022-01-05", "fatalities": 3, "injured": None,
            "arrested": None, "checkpoints": None}
    path.write_text(json.dumps({"id": "1", "published": "2022-01-07", "events": [gold],
                                "text": "Riots in Almaty on Wednesday killed 3 people."}))
    report = evaluate_events(path, parser=FakeParser())
    assert (report["type_accuracy"], report["location_acc25"], report["date_accuracy"],
            report["count_accuracy"]) == (1.0, 1.0, 1.0, 1.0)
    path.write_text(json.dumps({"id": "1", "published": None, "events": [gold],
                                "text": "Nothing happened."}))
    assert evaluate_events(path, parser=FakeParser())["type_accuracy"] == 0.0


def test_bad_lines_name_the_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "events": []}\n{"published": "x", "text": "a"}\n')
    with pytest.raises(InputError, match="line 2"):
        evaluate_events(path, parser=FakeParser())


def test_a_gold_range_is_scored_on_both_days(tmp_path):
    path = tmp_path / "gold.jsonl"
    gold = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
            "subtype": "", "location": "Almaty", "lat": 43.25, "lon": 76.92,
            "date": "2022-01-03", "date_end": "2022-01-05"}
    lines = [{"id": str(n), "published": "2022-01-07", "events": [gold], "text": text}
             for n, text in enumerate(["Crowds rallied in Almaty from Monday to Wednesday.",
                                       "Crowds rallied in Almaty on Monday."])]
    path.write_text("\n".join(json.dumps(line) for line in lines))
    report = evaluate_events(path, parser=FakeParser())
    # Both start on Monday; only the first ends on Wednesday.
    assert (report["date_accuracy"], report["date_range_accuracy"]) == (1.0, 0.5)


def test_no_gold_range_means_no_range_score(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "1", "published": "2022-01-07", "events": [],
                                "text": "Nothing happened."}))
    assert evaluate_events(path, parser=FakeParser())["date_range_accuracy"] is None


def test_errors_are_sorted_by_where_they_were_lost(tmp_path):
    path = tmp_path / "gold.jsonl"
    riot = {"event_type": "Riots", "sub_event_type": "Violent demonstration",
            "subtype": "", "location": "Almaty", "lat": 43.25, "lon": 76.92,
            "date": "2022-01-05", "fatalities": 3, "injured": None,
            "arrested": 20, "checkpoints": None}
    unseen = dict(riot, location="Taraz", lat=42.9, lon=71.37)
    lines = [{"id": "1", "published": "2022-01-07", "events": [riot, unseen],
              "text": "Riots in Almaty on Tuesday killed 3 people and injured 9."},
             {"id": "2", "published": "2022-01-07", "events": [riot],
              "text": "Riots in Almaty were planned for Wednesday."}]
    path.write_text("\n".join(json.dumps(line) for line in lines))
    report = evaluate_events(path, parser=FakeParser())
    assert report["misses"] == {"place_not_resolved": 1, "told_unreal": 1}
    assert report["date_errors"] == {"day_early": 1}
    assert report["count_errors"] == {"missing": 1, "spurious": 1}
