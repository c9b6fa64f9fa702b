"""Session 15, learned merge: the trace of the rows between stages
(:func:`geo.events.detect.detect_events`'s ``trace``), where a gold event is lost read
from its evidence (tools/evidence_alignment.py) and the pairs and model of
tools/train_merge.py. Our own sentences and places."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

import pytest

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.draft import EventDraft
from geo.events.merge import same_event
from geo.events.rules import RULES
from geo.model import Document
from tools.evidence_alignment import (
    Row,
    Tracer,
    diagnose,
    eval_classes,
    quote_spans,
    read_reports,
    run_report,
    tabulate,
    type_confusions,
)
from tools.train_merge import (
    FEATURES,
    features,
    fit,
    label,
    out_of_fold,
    pairs_of_report,
    predict,
    scores,
    vetoed,
)

TEXT = ("Hundreds of cocoa farmers marched through Tamale on Tuesday to demand higher "
        "prices. Later that day, youths set fire to tyres and clashed with police in Tamale, "
        "and 14 people were arrested. In Kumasi, traders staged a sit-in outside the central "
        "market. The regional minister said talks with the farmers would resume next month.")
TAMALE = {"location": "Tamale", "lat": 9.40, "lon": -0.85, "date": "2025-03-04"}
KUMASI = {"location": "Kumasi", "lat": 6.69, "lon": -1.62, "date": "2025-03-04"}


def _gold(kind: str, sub: str, where: dict, *quotes: str, **more) -> dict:
    return {"event_type": kind, "sub_event_type": sub, "subtype": "", **where, **more,
            "evidence": list(quotes)}


def _record() -> dict:
    return {"id": "t1", "text": TEXT, "published": date(2025, 3, 5), "language": "en",
            "file": "test", "events": [
                _gold("Protests", "Peaceful protest", TAMALE, "cocoa farmers marched"),
                _gold("Riots", "Violent demonstration", TAMALE, "clashed with police"),
                _gold("Protests", "Peaceful protest", KUMASI, "traders staged a sit-in"),
                # told only by a sentence no rule reads as an event
                _gold("Protests", "Peaceful protest", TAMALE, "talks with the farmers"),
                # a riot the report tells only as a sit-in
                _gold("Riots", "Violent demonstration", KUMASI, "traders staged a sit-in")]}


@pytest.mark.slow
def test_the_trace_sees_each_stage_and_changes_no_row(real_parser):
    parsed = real_parser(Document(TEXT, published=date(2025, 3, 5), language="en"))
    args = (TEXT, parsed.mentions, parsed.sentences, date(2025, 3, 5))
    plain = detect_events(*args, keep_all=True)
    tracer = Tracer(TEXT)
    traced = detect_events(*args, keep_all=True, trace=tracer)
    assert list(tracer.stages) == ["triggered", "drafted", "detected", "merge", "merge_told_apart",
                                   "summaries", "incidents"]
    # the spans the trace adds lie past the text; the rows are the same otherwise
    for a, b in zip(plain, traced, strict=True):
        assert a.evidence == tuple(s for s in b.evidence if s[1] <= len(TEXT))
        assert (a.event_type, a.subtype, a.location, a.event_date, a.counts, a.status) == (
            b.event_type, b.subtype, b.location, b.event_date, b.counts, b.status)
    # each drafted row is held by one row of the last stage
    held = [k for row in tracer.stages["summaries"] for k in row.holds]
    assert sorted(held) == list(range(len(tracer.stages["drafted"])))


@pytest.mark.slow
def test_each_gold_event_is_found_or_lost_where_its_evidence_says(real_parser):
    record = _record()
    tracer, final, mentions = run_report(record, real_parser)
    lost = dict(diagnose(record, tracer.stages, final, mentions))
    assert lost[0] == lost[1] == lost[2] == "found"
    assert lost[3] == "no draft on its evidence"
    assert lost[4] == "draft of another type, right for another gold event"
    assert type_confusions(record, tracer.stages, list(lost.items())) == {
        "Riots -> Protests": 1}
    assert set(eval_classes(record, final, mentions)) == {3, 4}


@pytest.mark.slow
def test_a_casualty_sentence_folded_into_the_clash_before_is_a_trigger_folded_away(
        real_parser):
    text = "Youths clashed with police in Tamale on Tuesday. Two people were killed."
    record = {"id": "t2", "text": text, "published": date(2025, 3, 5), "language": "en",
              "events": [_gold("Riots", "Violent demonstration", TAMALE, "Youths clashed"),
                         _gold("Violence against civilians", "Attack", TAMALE,
                               "Two people were killed.")]}
    tracer, final, mentions = run_report(record, real_parser)
    assert diagnose(record, tracer.stages, final, mentions) == [
        (0, "found"), (1, "trigger read, folded away before placing")]


@pytest.mark.slow
def test_the_pairs_of_a_report_carry_their_label_and_the_rules_decision(real_parser):
    pairs = pairs_of_report(_record(), real_parser)
    # the farmers' march and the youths' riot (read twice: a riot, and one with arson)
    # in Tamale: the march and each reading are two events, kept apart; the two readings
    # are one, merged
    assert sorted((p["label"], p["rules"]) for p in pairs) == [
        (False, False), (False, False), (True, True)]
    assert all(set(p["features"]) == set(FEATURES) for p in pairs)


def _place(name: str, lat: float, lon: float) -> Place:
    return Place(f"test:{name}", name, lat, lon, "city", country="GH")


def _row(kind: str, where: Place, evidence: tuple, holds: set[int]) -> Row:
    return Row(kind, "Peaceful protest", "", "occurred", where, "2025-03-04", evidence,
               frozenset(holds), 0)


def test_two_rows_folded_by_the_merge_lose_the_second_event():
    tamale = _place("Tamale", 9.40, -0.85)
    text = "Farmers marched in Tamale. Teachers also rallied in Tamale."
    record = {"text": text, "events": [
        _gold("Protests", "Peaceful protest", TAMALE, "Farmers marched"),
        _gold("Protests", "Peaceful protest", TAMALE, "Teachers also rallied")]}
    first, second = ((0, 26),), ((27, len(text)),)
    merged = _row("Protests", tamale, first + second, {0, 1})
    stages = {"drafted": [_row("Protests", tamale, first, {0}),
                          _row("Protests", tamale, second, {1})],
              "detected": [_row("Protests", tamale, first, {0}),
                           _row("Protests", tamale, second, {1})],
              "merge": [merged], "merge_told_apart": [merged], "summaries": [merged]}
    final = [SimpleNamespace(event_type="Protests", sub_event_type="Peaceful protest",
                             subtype="", status="occurred", event_date=date(2025, 3, 4),
                             location=SimpleNamespace(place=tamale))]
    lost = dict(diagnose(record, stages, final, []))
    assert sorted(lost.values()) == ["folded by merge into another gold event's row",
                                     "found"]
    table = tabulate([("en", r) for r in lost.values()])
    assert table["all"]["gold"] == 2 and table["en"]["found"] == 1


def test_quotes_are_found_verbatim_and_side_files_give_evidence(tmp_path):
    assert quote_spans("Crowds gathered in Tamale.", ["in Tamale", "in Accra"]) == [(16, 25)]
    dev = tmp_path / "dev.jsonl"
    events = [{"event_type": "Protests", "sub_event_type": "Peaceful protest",
               "location": "Tamale", "lat": 9.4, "lon": -0.85},
              {"event_type": "Riots", "sub_event_type": "Violent demonstration",
               "location": "Tamale", "lat": 9.4, "lon": -0.85, "evidence": ["Crowds"]}]
    dev.write_text("\n".join(json.dumps(r) for r in (
        {"id": "a", "text": "Crowds gathered in Tamale.", "events": events},
        {"id": "b", "text": "Nothing happened.", "events": []})), encoding="utf-8")
    side = tmp_path / "side.jsonl"
    side.write_text(json.dumps({"id": "a", "events": [
        {"index": 0, "event_type": "Protests", "location": "Tamale",
         "evidence": ["Crowds gathered"]},
        # stale: the gold event there is no longer of this type
        {"index": 1, "event_type": "Battles", "location": "Tamale", "evidence": ["x"]}]}),
        encoding="utf-8")
    stale: list[str] = []
    reports = read_reports([dev], [side], stale)
    assert [r["id"] for r in reports] == ["a"] and stale == ["a #1"]
    assert [g["evidence"] for g in reports[0]["events"]] == [["Crowds gathered"], ["Crowds"]]
    with pytest.raises(SystemExit):
        read_reports([tmp_path / "events_heldout.jsonl"])


def _draft(name: str, sentence: int, clause: tuple[int, int]) -> EventDraft:
    rule = next(r for r in RULES if r.name == name)
    return EventDraft(rule, rule.event_type, rule.sub_event_type, clause, clause, sentence,
                      evidence=[clause], event_date=date(2025, 3, 4), time_precision=1)


def test_pair_features_name_what_the_two_rows_share():
    name = RULES[0].name
    a, b, c = _draft(name, 0, (0, 20)), _draft(name, 0, (0, 20)), _draft(name, 3, (60, 90))
    one, two = features(a, b), features(a, c)
    assert set(one) == set(FEATURES)
    assert one["shared_evidence"] == 1.0 and two["shared_evidence"] == 0.0
    assert one["same_type"] == 1.0 and one["same_day"] == 1.0
    assert two["sentence_gap"] > one["sentence_gap"] == 0.0


def test_a_pair_is_one_event_only_when_both_rows_are_right_for_it_alone():
    tamale = _place("Tamale", 9.40, -0.85)
    golds = [_gold("Protests", "Peaceful protest", TAMALE, "q"),
             _gold("Protests", "Peaceful protest", TAMALE, "r")]
    quotes = [[(0, 10)], [(20, 30)]]
    a, b = _row("Protests", tamale, ((0, 5),), {0}), _row("Protests", tamale, ((2, 8),), {1})
    c = _row("Protests", tamale, ((21, 25),), {2})
    both = _row("Protests", tamale, ((5, 25),), {3})
    riot = _row("Riots", tamale, ((0, 5),), {4})
    assert label(golds, quotes, a, b) is True
    assert label(golds, quotes, a, c) is False
    assert label(golds, quotes, a, both) is None  # right for both gold events
    assert label(golds, quotes, a, riot) is None  # right for none


def _pairs(n: int) -> list[dict]:
    pairs = []
    for k in range(n):
        same = k % 3 == 0
        values = dict.fromkeys(FEATURES, 0.0)
        values["shared_evidence"] = float(same)
        values["sentence_gap"] = float(k % 5)  # noise
        pairs.append({"report": f"r{k % 7}", "language": "en", "label": same,
                      "rules": False, "features": values})
    return pairs


def test_the_model_learns_the_feature_that_decides_and_is_judged_out_of_fold():
    pairs = _pairs(60)
    model = fit(pairs)
    weights = dict(zip(model["features"], model["weights"], strict=True))
    assert weights["shared_evidence"] > 5 * abs(weights["sentence_gap"])
    assert predict(model, pairs) == [p["label"] for p in pairs]
    assert fit(pairs) == model  # deterministic
    decided = out_of_fold(pairs, [p["report"] for p in pairs])
    assert scores([p["label"] for p in pairs], decided)["f1"] == 1.0
    assert scores([True, False, False], [False, False, True]) == {
        "accuracy": 0.333, "precision": 0.0, "recall": 0.0, "f1": 0.0, "joined": 1,
        "split": 1}


def test_the_veto_only_says_no_to_a_join_the_rules_would_make():
    name = RULES[0].name
    a, b = _draft(name, 0, (0, 20)), _draft(name, 1, (21, 40))
    never = {"features": list(FEATURES), "mean": [0.0] * len(FEATURES),
             "scale": [1.0] * len(FEATURES), "weights": [0.0] * len(FEATURES), "bias": -5.0}
    always = dict(never, bias=5.0)
    assert same_event(a, b)
    assert not vetoed(never)(a, b) and vetoed(always)(a, b)
    b.status = "planned"  # the rules keep these apart; the model is not asked
    assert not vetoed(always)(a, b)
