"""Can a small learned model decide which rows of a report tell one event better than
the merge rules? ``python -m tools.train_merge [--cache FILE]`` prints the out-of-fold
table (and ``--output FILE`` writes the model fitted on every pair).

Pairs: every two rows of a report left for the merge (the trace's "detected" stage,
:mod:`tools.evidence_alignment`) at one place (the merge's
:func:`~geo.events.merge.same_place`, or within ``eval-events``' tolerance: rows farther
apart are never one event), each *right* for gold events there (tied to their evidence,
of their kind, place and status). Label: one event (both right for one gold event, and
for no other) or two (right for gold events that are not shared); a pair with a row
right for none, or an overlap that says neither, is left out. The rules' decision:
whether the pair ends in one row of the report's output (after ``merge``,
``merge_told_apart`` and the summaries; for Russian and French, their whole merge).

Features (:data:`FEATURES`) are language-neutral: the pair's types, sub-types and our
sub-types, statuses, places (the same, one within the other, how far apart, placed from
context, at a country), dates (the same, stated or from context, how far apart, spans),
counts (agreeing, both counted, one figure equal), actors (the same, one side), evidence
(one sentence; how many sentences apart), weak and summary rows, and the merge rules'
own pairwise predicate :func:`geo.events.merge.same_event`.

The model is a logistic regression with an L2 penalty on standardised features, fitted
by L-BFGS from zeros (deterministic; scikit-learn and LightGBM are not in the
environment). It is judged out of fold, leave-reports-out (:data:`FOLDS` folds of whole
reports) and leave-one-language-out, by pair accuracy and the F1 of "one event", next to
the rules' decisions on the same pairs. ``--end-to-end FILE ...`` runs ``eval-events`` on
those files with the rules' merge and with the model (fitted on every pair) allowed to
veto a join of two rows of one kind (:func:`vetoed`): the model is not in the library.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

from gazetteer.geometry import haversine_km
from geo.evaluate.events import TOLERANCE_KM, evaluate_events
from geo.events import merge as merge_rules
from geo.events.counts import combine
from geo.events.draft import EventDraft
from geo.events.merge import (
    same_actor,
    same_counts,
    same_date,
    same_event,
    same_place,
    same_side,
    shared_evidence,
)
from geo.model import COUNT_FIELDS
from geo.pipeline import Parser
from tools.evidence_alignment import (
    BLIND,
    DEV,
    SIDE,
    Row,
    quote_spans,
    read_reports,
    right_for,
    run_report,
)
from tools.logistic import fit_logistic, standardise

TYPES = ("Protests", "Riots", "Strategic developments", "Violence against civilians",
         "Battles", "Explosions/Remote violence")
FEATURES = (
    "same_type", "same_sub", "same_subtype", *(f"type:{t}" for t in TYPES),
    "same_status", "both_occurred",
    "same_place_id", "same_place_rule", "km_log", "place_from_context", "precision_gap",
    "at_country",
    "same_day", "both_dated", "dates_stated", "day_gap", "from_story", "date_span",
    "same_counts", "both_counted", "figure_equal",
    "same_actor", "same_side", "shared_evidence", "sentence_gap",
    "weak", "counts_shared", "another_crowd", "rule_same_event")
#: L2 penalty on the standardised weights (set, not chosen: a few hundred pairs).
L2 = 0.1
#: Folds of whole reports for the leave-reports-out check.
FOLDS = 10
VERSION = 1


def features(a: EventDraft, b: EventDraft) -> dict[str, float]:
    """The pair's features (see the module doc), symmetric but for the rules' order."""
    pa = a.location.place if a.location is not None else None
    pb = b.location.place if b.location is not None else None
    km = haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) if pa and pb else 20000.0
    dated = None not in (a.event_date, b.event_date)
    ca, cb = combine(a.counts), combine(b.counts)
    types = [a.event_type, b.event_type]
    return {
        "same_type": float(a.event_type == b.event_type),
        "same_sub": float(a.sub_event_type == b.sub_event_type),
        "same_subtype": float(a.rule.subtype == b.rule.subtype),
        **{f"type:{t}": float(types.count(t)) for t in TYPES},
        "same_status": float(a.status == b.status),
        "both_occurred": float(a.status == b.status == "occurred"),
        "same_place_id": float(bool(pa and pb and pa.id == pb.id)),
        "same_place_rule": float(same_place(a, b)),
        "km_log": math.log1p(km),
        "place_from_context": float(a.place_from_context) + float(b.place_from_context),
        "precision_gap": float(abs(a.geo_precision - b.geo_precision)),
        "at_country": float(bool(pa and pa.kind == "country")) + float(
            bool(pb and pb.kind == "country")),
        "same_day": float(dated and a.event_date == b.event_date),
        "both_dated": float(dated),
        "dates_stated": float(not a.date_from_context) + float(not b.date_from_context),
        "day_gap": math.log1p(min(60, abs((a.event_date - b.event_date).days))) if dated
        else 0.0,
        "from_story": float(a.date_from_story) + float(b.date_from_story),
        "date_span": float(a.event_date_end is not None) + float(b.event_date_end is not None),
        "same_counts": float(same_counts(a, b) and same_date(a, b)),
        "both_counted": float(bool(a.counts and b.counts)),
        "figure_equal": float(any(getattr(ca, f) is not None and getattr(ca, f) == getattr(
            cb, f) for f in COUNT_FIELDS)),
        "same_actor": float(same_actor(a, b)),
        "same_side": float(same_side(a, b)),
        "shared_evidence": float(shared_evidence(a, b)),
        "sentence_gap": math.log1p(abs(a.sentence - b.sentence)),
        "weak": float(a.rule.weak) + float(b.rule.weak),
        "counts_shared": float(a.counts_shared or b.counts_shared),
        "another_crowd": float(a.another_crowd or b.another_crowd),
        "rule_same_event": float(same_event(a, b)),
    }


def at_one_place(values: dict[str, float]) -> bool:
    """Whether a pair's rows are at one place (by their features)."""
    return bool(values["same_place_rule"]) or values["km_log"] <= math.log1p(TOLERANCE_KM)


def label(golds: Sequence[dict], quotes: Sequence[Sequence[tuple[int, int]]],
          a: Row, b: Row) -> bool | None:
    """One event (``True``), two (``False``) or unknown (``None``), from the gold events
    each row is right for."""
    right_a = {n for n, g in enumerate(golds) if quotes[n] and right_for(g, quotes[n], a)}
    right_b = {n for n, g in enumerate(golds) if quotes[n] and right_for(g, quotes[n], b)}
    if not right_a or not right_b:
        return None
    if right_a == right_b and len(right_a) == 1:
        return True
    return False if not right_a & right_b else None


def pairs_of_report(record: dict, parser: Any) -> list[dict]:
    """The labelled pairs of one report, with the rules' decision."""
    golds = record["events"]
    quotes = [quote_spans(record["text"], g.get("evidence") or []) for g in golds]
    found: list[tuple[int, int, dict[str, float], bool]] = []

    def at_detected(drafts: list[EventDraft], rows: list[Row]) -> None:
        for i, j in combinations(range(len(drafts)), 2):
            truth = label(golds, quotes, rows[i], rows[j])
            if truth is not None:
                values = features(drafts[i], drafts[j])
                if at_one_place(values):
                    found.append((i, j, values, truth))

    tracer, _, _ = run_report(record, parser, at_detected)
    detected, last = tracer.stages["detected"], list(tracer.stages.values())[-1]
    out = []
    for i, j, values, truth in found:
        held_i, held_j = detected[i].holds, detected[j].holds
        merged = any(r.holds & held_i and r.holds & held_j for r in last)
        out.append({"report": f"{record['file']}:{record['id']}",
                    "language": record["language"] or "en", "label": truth,
                    "rules": merged, "features": values})
    return out


def collect(paths: Sequence[str], side: Sequence[str], parser: Any) -> list[dict]:
    return [pair for record in read_reports(paths, side)
            for pair in pairs_of_report(record, parser)]


def _matrix(pairs: Sequence[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[p["features"][f] for f in FEATURES] for p in pairs], dtype=float)
    return x.reshape(len(pairs), len(FEATURES)), np.array([p.get("label", False) for p in pairs],
                                                          dtype=float)


def fit(pairs: Sequence[dict], l2: float = L2) -> dict[str, Any]:
    """The logistic regression P(one event | features): means, scales, weights, bias."""
    x, y = _matrix(pairs)
    mean, scale = standardise(x)
    w = fit_logistic((x - mean) / scale, y, l2=l2 / 2)
    return {"features": list(FEATURES), "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(), "weights": w[:-1].round(6).tolist(),
            "bias": round(float(w[-1]), 6)}


def probability(model: dict[str, Any], pairs: Sequence[dict]) -> list[float]:
    """P(one event) of each pair."""
    x, _ = _matrix(pairs)
    z = (x - np.array(model["mean"])) / np.array(model["scale"]) @ np.array(
        model["weights"]) + model["bias"]
    return [float(v) for v in 1.0 / (1.0 + np.exp(-z))]


def predict(model: dict[str, Any], pairs: Sequence[dict]) -> list[bool]:
    return [p > 0.5 for p in probability(model, pairs)]


def scores(truth: Sequence[bool], decided: Sequence[bool]) -> dict[str, float]:
    """Pair accuracy, the precision, recall and F1 of "one event", and the two errors:
    two events made one (``joined``), one event left in two rows (``split``)."""
    both = sum(t and d for t, d in zip(truth, decided, strict=True))
    precision = both / max(1, sum(decided))
    recall = both / max(1, sum(truth))
    return {"accuracy": round(sum(t == d for t, d in zip(truth, decided, strict=True))
                              / max(1, len(truth)), 3),
            "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(2 * precision * recall / max(1e-9, precision + recall), 3),
            "joined": sum(d and not t for t, d in zip(truth, decided, strict=True)),
            "split": sum(t and not d for t, d in zip(truth, decided, strict=True))}


def out_of_fold(pairs: Sequence[dict], groups: Sequence[str]) -> list[bool]:
    """Each pair's decision by a model fitted without its group (the rules' where the
    rest holds only one label)."""
    decided = [p["rules"] for p in pairs]
    for group in sorted(set(groups)):
        train = [p for p, g in zip(pairs, groups, strict=True) if g != group]
        if len({p["label"] for p in train}) < 2:
            continue
        model = fit(train)
        test = [n for n, g in enumerate(groups) if g == group]
        for n, d in zip(test, predict(model, [pairs[n] for n in test]), strict=True):
            decided[n] = d
    return decided


def evaluation(pairs: Sequence[dict]) -> list[dict]:
    """The out-of-fold table, by check and language: the rules against the model."""
    order = {name: n for n, name in enumerate(dict.fromkeys(p["report"] for p in pairs))}
    table = []
    for check, groups in (("leave reports out", [str(order[p["report"]] % FOLDS)
                                                  for p in pairs]),
                          ("leave one language out", [p["language"] for p in pairs])):
        decided = out_of_fold(pairs, groups)
        for language in ("en", "ru", "fr", "all"):
            keep = [n for n, p in enumerate(pairs) if language in ("all", p["language"])]
            if not keep:
                continue
            truth = [pairs[n]["label"] for n in keep]
            table.append({"check": check, "language": language, "pairs": len(keep),
                          "one_event": sum(truth),
                          "rules": scores(truth, [pairs[n]["rules"] for n in keep]),
                          "model": scores(truth, [decided[n] for n in keep])})
    return table


def vetoed(model: dict[str, Any], below: float = 0.5
           ) -> Callable[[EventDraft, EventDraft], bool]:
    """The merge rules' :func:`~geo.events.merge.same_event`, where the model may say
    no (P(one event) under ``below``) to two rows of one type, sub-type and status the
    rules would join."""
    def same(a: EventDraft, b: EventDraft) -> bool:
        if not same_event(a, b):
            return False
        if (a.event_type, a.rule.subtype, a.status) != (b.event_type, b.rule.subtype,
                                                         b.status):
            return True
        return probability(model, [{"features": features(a, b)}])[0] >= below
    return same


#: The figures the end-to-end check prints.
FIGURES = ("incident_recall", "type_accuracy", "type_precision", "date_accuracy",
           "count_accuracy", "status_accuracy", "duplicates")


def end_to_end(model: dict[str, Any], paths: Sequence[str], below: float = 0.5) -> list[str]:
    """``eval-events`` on each file, the rules' merge → the model's veto (in sample
    when the model was fitted on these files)."""
    lines = []
    for path in paths:
        base = evaluate_events(path)
        with mock.patch.object(merge_rules, "same_event", vetoed(model, below)):
            veto = evaluate_events(path)
        lines.append(f"{Path(path).name}: " + ", ".join(
            f"{f} {base[f]} → {veto[f]}" for f in FIGURES))
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", default=[*DEV, *BLIND])
    ap.add_argument("--side", nargs="*", default=list(SIDE))
    ap.add_argument("--cache", type=Path, help="keep the pairs here; read them back if there")
    ap.add_argument("--output", type=Path, help="write the model fitted on every pair here")
    ap.add_argument("--end-to-end", nargs="*", metavar="FILE",
                    help="eval-events on these files with the model's veto in the merge")
    ap.add_argument("--veto-below", type=float, default=0.5,
                    help="the P(one event) under which the model vetoes a join")
    ns = ap.parse_args(argv)
    if ns.cache is not None and ns.cache.exists():
        pairs = [p for p in json.loads(ns.cache.read_text(encoding="utf-8"))
                 if at_one_place(p["features"])]
    else:
        pairs = collect(ns.files, ns.side, Parser())
        if ns.cache is not None:
            ns.cache.write_text(json.dumps(pairs), encoding="utf-8")
    print("| check | language | pairs | one event | accuracy, rules → model | "
          "F1 one event, rules → model | two made one, rules → model | "
          "one left in two, rules → model |\n| --- | --- | ---: | ---: | ---: | ---: | "
          "---: | ---: |")
    for row in evaluation(pairs):
        rules, model = row["rules"], row["model"]
        print(f"| {row['check']} | {row['language']} | {row['pairs']} | {row['one_event']} | "
              f"{rules['accuracy']:.3f} → {model['accuracy']:.3f} | "
              f"{rules['f1']:.3f} → {model['f1']:.3f} | {rules['joined']} → "
              f"{model['joined']} | {rules['split']} → {model['split']} |")
    model = {"version": VERSION, "pairs": len(pairs), "l2": L2, **fit(pairs)}
    if ns.output is not None:
        ns.output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    for line in end_to_end(model, ns.end_to_end or [], ns.veto_below):
        print(line)


if __name__ == "__main__":
    main()
