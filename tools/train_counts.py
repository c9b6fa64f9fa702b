"""Learn which row each count belongs to, and judge it beside the hand rules:
``python -m tools.train_counts`` (the three evidence-annotated dev files) or
``--candidates PAIRS.jsonl`` (pairs written by ``tools/count_candidates.py``).

Every (count mention, candidate row) pair of a report is scored by a small model over
the language-neutral features of :data:`tools.count_features.FEATURES`; best pairs first,
each count goes to a row when the score passes one half, one count of a role per row
(:func:`decode`). Judged on reports left out (grouped K-fold: no report is in both the
training and the scored part) and on a language left out (trained on the other two),
beside the rules on the very same pairs:

- pair precision, recall and F1 of the attachments (a pair is right as
  :func:`tools.count_candidates.is_right` says);
- ``count_acc``: gold figures told right on the row tied to their event (as the
  evaluation's count accuracy, over every gold figure, tied or not);
- ``events_right``: gold events tied to a row whose four figures are all the gold's
  (none missing, none spurious), of the gold events tied to a row;
- ``counted_right``: the same, of the tied gold events that have a figure;
- ``spurious``: figures on tied rows that the gold event does not have.

Deterministic (fixed seeds, no sampling in the folds).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from geo.model import COUNT_FIELDS
from tools.count_candidates import build_reports, to_json
from tools.count_features import FEATURES
from tools.count_models import Boosted, Choice, Logistic

_DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
DEV = tuple(str(_DATA / f"events_{name}_dev.jsonl") for name in ("multi", "ru", "fr"))
#: Reports written in session 15 after the rules were fitted (tests/data/README.md).
FRESH = str(_DATA / "events_counts_fresh.jsonl")
_FOLDS = 5
_THRESHOLD = 0.5


def load(candidates: str | None, files: Sequence[str]) -> list[dict]:
    """Reports as :func:`tools.count_candidates.to_json` writes them."""
    if candidates:
        return [json.loads(line) for line in Path(candidates).read_text().splitlines()
                if line.strip()]
    return [to_json(r) for r in build_reports(files)]


def matrix(reports: Sequence[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features (:func:`expand`), labels and the report index of every pair
    (:func:`count_ids`: its count)."""
    x = [p[2] for r in reports for p in r["pairs"]]
    y = [p[3] for r in reports for p in r["pairs"]]
    g = [i for i, r in enumerate(reports) for _ in r["pairs"]]
    return (expand(np.asarray(x, dtype=float).reshape(-1, len(FEATURES))),
            np.asarray(y, dtype=int), np.asarray(g, dtype=int))


#: The features that say where a count lies against a row: they tell only of a row
#: that can carry the count's role, so each is also given times ``role_fits``.
GATED = tuple(f for f in FEATURES if f not in (
    "role_fits", "cumulative", "since_day", "estimate", "told_again", "has_group",
    "at_least", "approximate", "log_value", "is_fatalities", "is_injured", "is_arrested",
    "is_checkpoints", "same_field_counts", "row_counts_before"))


def expand(x: np.ndarray) -> np.ndarray:
    """The pair features, then each of :data:`GATED` times ``role_fits``."""
    fits = x[:, FEATURES.index("role_fits")][:, None]
    return np.hstack([x, x[:, [FEATURES.index(f) for f in GATED]] * fits])


MODELS: dict[str, Callable[[], Logistic | Choice | Boosted]] = {
    "logistic": Logistic, "choice": Choice, "boosted": Boosted}


def orphans(reports: Sequence[dict]) -> np.ndarray:
    """Per pair: its count tells a gold event no row is tied to. No row is right for
    it, though one may well be meant: such pairs are left out of training."""
    return np.asarray([r["counts"][p[0]].get("orphan", False) for r in reports
                       for p in r["pairs"]], dtype=bool)


def count_ids(reports: Sequence[dict]) -> np.ndarray:
    """One id per count mention of every report, for every pair."""
    ids, base = [], 0
    for report in reports:
        ids += [base + p[0] for p in report["pairs"]]
        base += len(report["counts"])
    return np.asarray(ids, dtype=int)


def decode(report: dict, scores: Sequence[float], threshold: float = _THRESHOLD
           ) -> set[tuple[int, int]]:
    """Pairs whose score passes ``threshold``, best first, each count to one row and each
    row one count of a role: a row carries one figure per role (the larger of two would
    win, and a second count of a role is another incident's or a total)."""
    chosen: set[tuple[int, int]] = set()
    counted: set[int] = set()
    filled: set[tuple[int, str]] = set()
    ranked = sorted(zip(scores, report["pairs"], strict=True), key=lambda s: -s[0])
    for score, (count, row, *_) in ranked:
        role = report["counts"][count]["field"]
        if score < threshold:
            break
        if count not in counted and (row, role) not in filled:
            chosen.add((count, row))
            counted.add(count)
            filled.add((row, role))
    return chosen


def rules_attached(report: dict) -> set[tuple[int, int]]:
    return {(p[0], p[1]) for p in report["pairs"] if p[4]}


def score(reports: Sequence[dict], attached: Sequence[set[tuple[int, int]]]) -> dict:
    """Pair and event figures of one attachment per report."""
    tp = predicted = positive = 0
    figures = figures_ok = spurious = tied = tied_ok = counted = counted_ok = 0
    for report, chosen in zip(reports, attached, strict=True):
        right = {(p[0], p[1]) for p in report["pairs"] if p[3]}
        tp += len(chosen & right)
        predicted += len(chosen)
        positive += len(right)
        values: dict[int, dict[str, int]] = {}
        for count, row in chosen:
            mention = report["counts"][count]
            field = values.setdefault(row, {})
            field[mention["field"]] = max(field.get(mention["field"], 0), mention["value"])
        tied_rows = {gi: int(ri) for ri, gi in report["aligned"].items()}
        for gi, gold in enumerate(report["gold"]):
            row = tied_rows.get(gi)
            got = values.get(row, {}) if row is not None else {}
            figures += sum(gold[f] is not None for f in COUNT_FIELDS)
            figures_ok += sum(gold[f] is not None and got.get(f) == gold[f]
                              for f in COUNT_FIELDS)
            if row is None:
                continue
            tied += 1
            spurious += sum(gold[f] is None and f in got for f in COUNT_FIELDS)
            right = all(got.get(f) == gold[f] for f in COUNT_FIELDS)
            tied_ok += right
            if any(gold[f] is not None for f in COUNT_FIELDS):
                counted += 1
                counted_ok += right
    precision = tp / predicted if predicted else 0.0
    recall = tp / positive if positive else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "count_acc": round(figures_ok / figures, 3) if figures else 0.0,
            "events_right": round(tied_ok / tied, 3) if tied else 0.0,
            "counted_right": round(counted_ok / counted, 3) if counted else 0.0,
            "spurious": spurious, "figures": figures, "tied_events": tied}


def held_out_scores(reports: Sequence[dict], make: Callable[[], Logistic | Choice | Boosted],
                    splits: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[list[float]]:
    """Each pair's score from a model trained without its part."""
    x, y, groups = matrix(reports)
    orphan = orphans(reports)
    out = np.zeros(len(y))
    for every, test in splits:
        train = every[~orphan[every]]
        model = make()
        if isinstance(model, Choice):
            model.fit(x[train], y[train], count_ids(reports)[train])
        else:
            model.fit(x[train], y[train])
        out[test] = model.predict(x[test])
    per_report: list[list[float]] = [[] for _ in reports]
    for value, group in zip(out, groups, strict=True):
        per_report[group].append(float(value))
    return per_report


def grouped_splits(reports: Sequence[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Reports left out, in :data:`_FOLDS` folds (the pairs of one report stay together)."""
    _, _, groups = matrix(reports)
    fold = groups % _FOLDS
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(_FOLDS)]


def language_splits(reports: Sequence[dict]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per language: train on the others, score it."""
    _, _, groups = matrix(reports)
    language = np.asarray([reports[g]["language"] for g in groups])
    return {lang: (np.flatnonzero(language != lang), np.flatnonzero(language == lang))
            for lang in sorted(set(language))}


def evaluate(reports: list[dict], models: Sequence[str] = tuple(MODELS)) -> dict:
    """The rules' and each model's figures (of ``models``, names of :data:`MODELS`):
    grouped CV, and each language left out."""
    table: dict = {"rules": {}, "cv": {}, "lolo": {}}
    languages = sorted({r["language"] for r in reports})
    table["rules"]["all"] = score(reports, [rules_attached(r) for r in reports])
    for lang in languages:
        part = [r for r in reports if r["language"] == lang]
        table["rules"][lang] = score(part, [rules_attached(r) for r in part])
    folds = grouped_splits(reports)
    lolo = language_splits(reports)
    for name in models:
        make = MODELS[name]
        scores = held_out_scores(reports, make, folds)
        attached = [decode(r, s) for r, s in zip(reports, scores, strict=True)]
        table["cv"][name] = {"all": score(reports, attached)}
        for lang in languages:
            keep = [i for i, r in enumerate(reports) if r["language"] == lang]
            table["cv"][name][lang] = score([reports[i] for i in keep],
                                            [attached[i] for i in keep])
        table["lolo"][name] = {}
        for lang, split in lolo.items():
            scores = held_out_scores(reports, make, [split])
            keep = [i for i, r in enumerate(reports) if r["language"] == lang]
            table["lolo"][name][lang] = score(
                [reports[i] for i in keep], [decode(reports[i], scores[i]) for i in keep])
    return table


def fresh_scores(reports: list[dict], fresh: list[dict],
                 models: Sequence[str] = tuple(MODELS)) -> dict:
    """The rules' and each model's figures on reports no model and no rule was fitted
    on, each model trained on every pair of ``reports``."""
    table = {"rules": score(fresh, [rules_attached(r) for r in fresh])}
    x, y, _ = matrix(reports)
    keep = ~orphans(reports)
    fx, _, groups = matrix(fresh)
    for name in models:
        model = MODELS[name]()
        if isinstance(model, Choice):
            model.fit(x[keep], y[keep], count_ids(reports)[keep])
        else:
            model.fit(x[keep], y[keep])
        scores = model.predict(fx)
        table[name] = score(fresh, [decode(r, scores[groups == i])
                                    for i, r in enumerate(fresh)])
    return table


def print_table(table: dict) -> None:
    keys = ("precision", "recall", "f1", "count_acc", "events_right", "counted_right",
            "spurious")
    print(f"{'':28}" + "".join(f"{k:>14}" for k in keys))
    for lang, row in table["rules"].items():
        print(f"{'rules ' + lang:28}" + "".join(f"{row[k]:>14}" for k in keys))
    for name, rows in table["cv"].items():
        for lang, row in rows.items():
            print(f"{'cv ' + name + ' ' + lang:28}" + "".join(f"{row[k]:>14}" for k in keys))
    for name, rows in table["lolo"].items():
        for lang, row in rows.items():
            print(f"{'lolo ' + name + ' ' + lang:28}" + "".join(f"{row[k]:>14}" for k in keys))
    for name, row in table.get("fresh", {}).items():
        print(f"{'fresh ' + name:28}" + "".join(f"{row[k]:>14}" for k in keys))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=list(DEV))
    parser.add_argument("--candidates", help="pairs written by tools/count_candidates.py")
    parser.add_argument("--fresh", nargs="*", default=[FRESH],
                        help="reports no rule was fitted on: models trained on all of the "
                             "others are scored on them beside the rules")
    parser.add_argument("--json", help="write the table here")
    args = parser.parse_args(argv)
    reports = load(args.candidates, args.files or DEV)
    table = evaluate(reports)
    if args.fresh:
        table["fresh"] = fresh_scores(reports, load(None, args.fresh))
    print_table(table)
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1) + "\n")


if __name__ == "__main__":
    main()
