"""Learned count attachment (session 15): the drafts hook of the detector, the count-row
pairs of tools/count_candidates.py labelled by gold evidence, and the models and figures
of tools/train_counts.py. Sentences and places are fresh (Namibia is in no dev file)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from gazetteer.place import Place
from geo.events.counts import CountMention
from geo.events.detect import detect_events
from geo.events.draft import EventDraft, incidents_into, to_incident
from geo.events.rules import RULES
from geo.model import Document, Mention
from tools.count_candidates import (
    align_rows_to_gold_by_evidence,
    at_gold_place,
    build_report,
    is_right,
)
from tools.count_features import FEATURES, role_fits
from tools.count_models import Boosted, Choice, Logistic
from tools.train_counts import FRESH, decode, evaluate, score

_TEXT = ("OSHAKATI, Namibia — Police fired rubber bullets at taxi drivers protesting against "
         "new fuel levies in Oshakati on Tuesday. Two drivers were killed and 11 injured, a "
         "nurse at the state hospital said. In Rundu, about 300 students marched peacefully "
         "to the town council on Wednesday.")
_FIRST, _SECOND, _THIRD = (
    "Police fired rubber bullets at taxi drivers protesting against new fuel levies in "
    "Oshakati on Tuesday.",
    "Two drivers were killed and 11 injured, a nurse at the state hospital said.",
    "In Rundu, about 300 students marched peacefully to the town council on Wednesday.")


def _gold(location: str, lat: float, lon: float, evidence: list[str], **counts) -> dict:
    figures = {f: counts.get(f) for f in ("fatalities", "injured", "arrested", "checkpoints")}
    return {"event_type": "Protests", "sub_event_type": "Excessive force against protesters",
            "location": location, "lat": lat, "lon": lon, "date": "2025-03-04",
            "evidence": evidence, **figures}


_PROTEST = next(r for r in RULES if r.event_type == "Protests")


def _place(name: str, lat: float, lon: float, country: str = "NA") -> Place:
    return Place(id=name, name=name, lat=lat, lon=lon, country=country, kind="city")


def _row(text: str, phrase: str, place: Place, sentence: int = 0) -> EventDraft:
    at = text.index(phrase)
    row = EventDraft(_PROTEST, "Protests", "Excessive force against protesters",
                     (at, at + len(phrase)), (at, at + len(phrase)), sentence)
    row.location = Mention(at, at + len(phrase), phrase, place=place)
    row.evidence = [(at, at + len(phrase))]
    return row


@pytest.fixture(scope="module")
def parsed(real_parser):
    return real_parser(Document(_TEXT, published=date(2025, 3, 6), language="en"))


def test_the_fresh_reports_quote_their_evidence_verbatim():
    for line in Path(FRESH).read_text(encoding="utf-8").splitlines():
        report = json.loads(line)
        for event in report["events"]:
            assert event["evidence"]
            assert all(report["text"].count(q) == 1 for q in event["evidence"])


def test_the_traced_drafts_are_what_the_incidents_are_made_from(parsed):
    drafts = []
    every = detect_events(_TEXT, parsed.mentions, parsed.sentences, date(2025, 3, 6),
                          keep_all=True, trace=incidents_into(drafts))
    assert every == [to_incident(_TEXT, d) for d in drafts]
    assert any(c.value == 2 for d in drafts for c in d.counts)


def test_a_count_in_its_events_quotes_with_its_figure_is_right(parsed):
    record = {"id": "t", "text": _TEXT, "language": "", "events": [
        _gold("Oshakati", -17.79, 15.70, [_FIRST, _SECOND], fatalities=2, injured=11),
        _gold("Rundu", -17.92, 19.77, [_THIRD])]}
    report = build_report(record, parsed)
    assert sorted(report.aligned.values()) == [0, 1]
    oshakati = next(i for i, g in report.aligned.items() if g == 0)
    right = {(report.counts[p.count].value, p.row) for p in report.pairs if p.label}
    assert right == {(2, oshakati), (11, oshakati)}
    assert all(len(p.features) == len(FEATURES) for p in report.pairs)
    # the rules give both counts to the Oshakati row too
    assert {(report.counts[p.count].value, p.row) for p in report.pairs if p.rules} == right


def test_a_figure_the_gold_does_not_give_is_no_right_count():
    text = "Riot police detained 40 people in Rundu. Four of them were later released."
    count = CountMention(text.index("40"), text.index("40") + 2, "arrested", 40, "exact")
    event = _gold("Rundu", -17.92, 19.77, ["Riot police detained 40 people in Rundu."],
                  arrested=36)
    assert not is_right(text, count, event)
    assert is_right(text, count, {**event, "arrested": 40})
    # out of the event's quotes, the same figure is no count of it
    assert not is_right(text, count, {**event, "arrested": 40, "evidence": [
        "Four of them were later released."]})


def test_rows_are_tied_one_to_one_at_the_gold_place():
    text = "Crowds clashed with police in Oshakati. Crowds clashed with police in Rundu."
    oshakati = _row(text, "clashed with police in Oshakati", _place("osh", -17.79, 15.70))
    rundu = _row(text, "clashed with police in Rundu", _place("run", -17.92, 19.77), 1)
    again = _row(text, "clashed with police in Oshakati", _place("osh", -17.79, 15.70))
    gold = [_gold("Rundu", -17.92, 19.77, ["Crowds clashed with police in Rundu."]),
            _gold("Oshakati", -17.79, 15.70, ["Crowds clashed with police in Oshakati."])]
    assert align_rows_to_gold_by_evidence(text, [oshakati, rundu, again], gold) in (
        {0: 1, 1: 0}, {2: 1, 1: 0})
    # a row at another place is tied to nothing, though its sentence is quoted
    assert align_rows_to_gold_by_evidence(text, [rundu], gold[1:]) == {}


def test_a_country_gold_place_matches_rows_in_that_country():
    row = _row("Unrest in Rundu.", "Rundu", _place("run", -17.92, 19.77))
    assert at_gold_place({"location": "Namibia", "lat": None}, row.location)
    assert not at_gold_place({"location": "Botswana", "lat": None}, row.location)


def test_arrests_fit_only_an_arrest_row():
    text = "Police detained 12 marchers in Rundu."
    count = CountMention(16, 18, "arrested", 12, "exact")
    row = _row(text, "marchers in Rundu", _place("run", -17.92, 19.77))
    assert not role_fits(count, row)
    assert role_fits(CountMention(16, 18, "injured", 12, "exact"), row)


def _synthetic(seed: int, reports: int = 12) -> list[dict]:
    """Reports of three counts and three rows each: the right row of a count is the one
    with ``same_clause`` set; a third of the counts have none (``cumulative``)."""
    rng = np.random.default_rng(seed)
    out = []
    for n in range(reports):
        pairs, counts = [], []
        for c in range(3):
            total = c == 2
            counts.append({"start": c, "end": c + 1, "field": "fatalities",
                           "value": c + 1, "orphan": False})
            right = int(rng.integers(0, 3))
            for r in range(3):
                x = [0.0] * len(FEATURES)
                x[FEATURES.index("same_clause")] = float(r == right)
                x[FEATURES.index("cumulative")] = float(total)
                x[FEATURES.index("role_fits")] = 1.0
                x[FEATURES.index("log_value")] = float(rng.random())
                pairs.append([c, r, x, int(r == right and not total), 0])
        gold = [{"fatalities": 1, "injured": None, "arrested": None, "checkpoints": None}]
        out.append({"id": f"s{n}", "language": "en" if n % 2 else "fr", "counts": counts,
                    "rows": 3, "aligned": {"0": 0}, "gold": gold,
                    "pairs": pairs})
    return out


@pytest.mark.parametrize("model", [Logistic, Choice, lambda: Boosted(rounds=20)])
def test_each_model_learns_the_deciding_feature(model):
    from tools.train_counts import count_ids, matrix
    reports = _synthetic(1)
    x, y, _ = matrix(reports)
    fitted = model()
    if isinstance(fitted, Choice):
        fitted.fit(x, y, count_ids(reports))
    else:
        fitted.fit(x, y)
    scores = fitted.predict(x)
    assert ((scores > 0.5) == (y == 1)).mean() > 0.95


def test_decode_gives_each_count_its_best_row_or_none_and_a_row_one_count_a_role():
    counts = [{"field": "injured"}, {"field": "injured"}, {"field": "fatalities"}]
    report = {"counts": counts, "pairs": [[0, 0, [], 0, 0], [0, 1, [], 1, 0],
                                          [1, 1, [], 0, 0], [2, 1, [], 0, 0]]}
    # count 1 would be row 1's second count of the injured; count 2 fits beside them
    assert decode(report, [0.6, 0.9, 0.8, 0.7]) == {(0, 1), (2, 1)}
    assert decode(report, [0.6, 0.9, 0.8, 0.4]) == {(0, 1)}


def test_the_figures_count_right_missing_and_spurious_counts():
    report = _synthetic(2, reports=1)[0]
    report["pairs"] = [[0, 0, [], 1, 1], [1, 0, [], 0, 1]]
    figures = score([report], [{(0, 0), (1, 0)}])
    # the right count is there, with a count of the same role and a larger value
    assert figures["precision"] == 0.5 and figures["recall"] == 1.0
    assert figures["count_acc"] == 0.0 and figures["events_right"] == 0.0
    assert score([report], [{(0, 0)}])["counted_right"] == 1.0


def test_the_table_has_rules_cv_and_each_language_left_out():
    table = evaluate(_synthetic(3, reports=10), models=("logistic",))
    assert set(table) == {"rules", "cv", "lolo"}
    assert set(table["lolo"]["logistic"]) == {"en", "fr"}
    assert table["cv"]["logistic"]["all"]["f1"] > 0.9
