"""Learned dates (session 15): the rows tied to gold events by evidence, their candidate
days (tools/date_candidates.py), and the models that choose among them
(tools/train_dates.py). Fresh sentences, hand-built mentions."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.date_choice import DateModel
from geo.events.date_features import Narrative, row_candidates
from geo.events.detect import detect_events
from geo.events.draft import incidents_into
from tools.date_candidates import (
    baseline_table,
    outcome,
    quote_spans,
    report_rows,
    tie_drafts_to_gold_by_evidence,
    tie_drafts_to_gold_by_place,
)
from tools.train_dates import Rows, fit_conditional_logit, grouped_splits, judge, save_model

THURSDAY = date(2023, 3, 16)
TAMALE = Place("geonames:2294877", "Tamale", 9.40, -0.85, "city", country="GH")
BOLGATANGA = Place("geonames:2302821", "Bolgatanga", 10.79, -0.85, "city", country="GH")
TABLE = {"Tamale": (TAMALE, "named", "location", "city"),
         "Bolgatanga": (BOLGATANGA, "named", "location", "city")}
TEXT = ("Traders blocked roads in Tamale on Tuesday in protest at a new levy on market "
        "stalls.\n\nThe next day, police fired tear gas at hundreds of traders who "
        "marched in Bolgatanga.")
BLOCKADE = "Traders blocked roads in Tamale on Tuesday in protest at a new levy on market stalls."
MARCH = "The next day, police fired tear gas at hundreds of traders who marched in Bolgatanga."


def _gold(event_type: str, place: Place, day: str, quote: str) -> dict:
    return {"event_type": event_type, "lat": place.lat, "lon": place.lon, "date": day,
            "status": "occurred", "evidence": [quote]}


def _record(events: list[dict]) -> dict:
    return {"id": "t-1", "published": THURSDAY.isoformat(), "text": TEXT, "events": events}


def test_quote_spans_skip_a_quote_the_text_does_not_hold():
    assert quote_spans(TEXT, [MARCH, "Nobody was hurt."]) == [
        (TEXT.index(MARCH), TEXT.index(MARCH) + len(MARCH))]


def test_detect_events_hands_back_one_draft_per_incident_without_changing_them():
    parsed = FakeParser(TABLE)(TEXT)
    drafts: list = []
    with_hook = detect_events(TEXT, parsed.mentions, None, THURSDAY, trace=incidents_into(drafts))
    assert with_hook == detect_events(TEXT, parsed.mentions, None, THURSDAY)
    assert [d.event_date for d in drafts] == [i.event_date for i in with_hook]
    assert all(TEXT[slice(*d.trigger)] for d in drafts)


def test_rows_are_tied_to_the_gold_event_their_evidence_tells_at_its_place():
    events = [_gold("Protests", TAMALE, "2023-03-14", BLOCKADE),
              _gold("Protests", BOLGATANGA, "2023-03-15", MARCH)]
    rows = report_rows(_record(events), FakeParser(TABLE))
    assert {row.gold for row in rows} == {date(2023, 3, 14), date(2023, 3, 15)}
    for row in rows:
        assert sum(c.label for c in row.candidates) == 1  # each day once
        assert row.rule == row.gold


def test_a_gold_event_at_another_place_ties_no_row():
    parsed = FakeParser(TABLE)(TEXT)
    drafts: list = []
    detect_events(TEXT, parsed.mentions, None, THURSDAY, trace=incidents_into(drafts))
    far = _gold("Protests", TAMALE, "2023-03-15", MARCH)  # the march's words, wrong town
    assert tie_drafts_to_gold_by_evidence(TEXT, drafts, [far]) == []


def test_words_pointing_back_count_from_the_day_the_narrative_named():
    story = Narrative.read(TEXT, None, THURSDAY)
    assert story.day_before == [None, date(2023, 3, 14)]
    assert any(m.kind == "next_day" and m.date == date(2023, 3, 15) for m in story.mentions)


def test_candidates_say_where_their_expression_stands():
    story = Narrative.read(TEXT, None, THURSDAY)
    trigger = TEXT.index("fired")
    sentence = (TEXT.index(MARCH), len(TEXT))
    by_day = {c.day: c.features for c in row_candidates(story, trigger, sentence, None)}
    assert by_day[date(2023, 3, 15)]["level_clause"] == 1.0  # "The next day"
    assert by_day[date(2023, 3, 14)]["is_narrative"] == 1.0
    assert by_day[THURSDAY]["is_published"] == 1.0


def test_an_after_offers_the_day_before_the_date_it_follows():
    text = "On Saturday, a day after police shot a driver, youths stoned a station in Kumasi."
    story = Narrative.read(text, None, date(2023, 4, 3))
    trigger = text.index("shot")
    by_day = {c.day: c.features for c in row_candidates(story, trigger, (0, len(text)), None)}
    assert by_day[date(2023, 3, 31)]["is_shifted_back"] == 1.0


def test_outcomes_and_the_baseline_table():
    assert [outcome(date(2023, 1, 2), date(2023, 1, 2)), outcome(date(2023, 1, 3),
            date(2023, 1, 2)), outcome(None, date(2023, 1, 2))] == ["right", "late1", "other"]
    rows = [{"language": "en", "gold": "2023-01-02", "rule": "2023-01-03",
             "candidates": [{"label": True}]}]
    table = baseline_table(rows)
    assert (table["all"]["rows"], table["all"]["late1"], table["en"]["covered"]) == (1, 1, 1)


def _synthetic(reports: int = 10) -> Rows:
    """Rows of three candidates where the first feature marks the gold day."""
    rows = []
    for n in range(reports * 2):
        candidates = [{"day": f"2023-01-0{k + 1}", "label": k == n % 3,
                       "features": {"mark": float(k == n % 3), "noise": float((n + k) % 2)}}
                      for k in range(3)]
        rows.append({"report": f"r{n // 2}", "language": "en" if n % 4 else "fr",
                     "gold": candidates[n % 3]["day"], "rule": "2023-01-01",
                     "candidates": candidates})
    return Rows.load(rows)


def test_the_conditional_logit_learns_which_feature_marks_the_gold_day():
    data = _synthetic()
    weights = fit_conditional_logit(data.x[:, :-1], data.y, data.group)
    assert weights[data.names.index("mark")] > 1.0


def test_grouped_folds_never_split_a_report():
    data = _synthetic()
    for _, train, test in grouped_splits(data):
        trained = {data.rows[n]["report"] for n in train}
        assert trained.isdisjoint(data.rows[n]["report"] for n in test)


def test_judging_counts_every_row_once_and_learns_the_mark():
    data = _synthetic()
    total = judge(data, grouped_splits(data))[-1]
    assert total["rows"] == len(data.rows)
    assert total["clogit:right"] == len(data.rows)
    assert np.isclose(total["rules:right"], len(data.rows) / 3, atol=1)


def test_without_evidence_a_row_is_tied_to_the_one_gold_event_of_its_type_there():
    parsed = FakeParser(TABLE)(TEXT)
    drafts: list = []
    detect_events(TEXT, parsed.mentions, None, THURSDAY, trace=incidents_into(drafts))
    blockade = next(d for d in drafts if d.location.place == TAMALE)
    one = {"event_type": blockade.event_type, "lat": TAMALE.lat, "lon": TAMALE.lon,
           "date": "2023-03-14"}
    assert tie_drafts_to_gold_by_place([blockade], [one]) == [(blockade, one)]
    # Two such events there: which one the row tells is not known, so it is left untied.
    assert tie_drafts_to_gold_by_place([blockade], [one, {**one, "date": "2023-03-13"}]) == []


def test_a_date_whose_phrase_hangs_on_the_trigger_attaches_to_it():
    text = ("Farmers who had marched in Kisumu in 2019 blocked the main road into the "
            "town on Monday.")
    story = Narrative.read(text, None, date(2023, 5, 10))
    candidates = row_candidates(story, text.index("blocked"), (0, len(text)), None)
    by_day = {c.day: c.features for c in candidates}
    assert by_day[date(2023, 5, 8)]["attaches"] == 1.0
    assert (by_day[date(2019, 1, 1)]["attaches"], by_day[date(2019, 1, 1)]["other_clause"]) \
        == (0.0, 1.0)  # the march's year, in the clause of "who"


def test_each_draft_keeps_the_story_day_it_was_dated_against():
    parsed = FakeParser(TABLE)(TEXT)
    drafts: list = []
    detect_events(TEXT, parsed.mentions, None, THURSDAY, trace=incidents_into(drafts))
    march = next(d for d in drafts if d.location.place == BOLGATANGA)
    assert march.story_day == date(2023, 3, 14)  # "The next day" counts from Tuesday


def test_the_saved_model_names_its_features_and_leaves_the_rules_day_out(tmp_path):
    data = _synthetic()
    path = tmp_path / "dates.json"
    for kind in ("pointwise", "clogit"):
        save_model(data, path, kind)
        saved = json.loads(path.read_text(encoding="utf-8"))
        assert saved["features"] == data.names[:-1]  # not "is_rules"
        assert len(saved["weights"]) == len(saved["mean"]) == len(saved["features"])
        assert saved["model"] == kind
        assert DateModel.from_json(saved).features == tuple(saved["features"])
