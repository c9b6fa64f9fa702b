"""Train and judge the decision of :mod:`geo.events.apart`: is a protest told in a clause
with a crowd's violence an event of its own? ``python -m tools.train_apart [FILE ...]
[--side SIDE ...] [--save geo/data/apart-v1.json] [--rows ROWS.json]``.

Rows: every occurred protest trigger of an English dev report that the rules would fold
into a crowd's violence told in its clause (the English detector run as it is, with
:func:`geo.events.apart.told_apart` answering as the rules did before it: never apart).
Label, from the gold events' evidence (:mod:`tools.evidence_alignment`): the clause
tells a peaceful protest or one dispersed, as a gold event of its own (a quote of such
an occurred gold event overlaps the clause); a protest that turned into the riot, or a
crowd fired upon, is not one.

Judged out of fold beside the rules (never apart): five folds of whole reports, and
leave one block of reports out (the dev file's ids by hundreds: the reports of one
session or writer, told their own way). ``--save`` writes the model fitted on every row.
Russian and French have their own detector (:mod:`geo.events.lexical`), which has no
such fold; their rows are unchanged by this decision.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

from geo.events import apart, kinds
from geo.pipeline import Parser
from tools.evidence_alignment import SIDE, overlaps, quote_spans, read_reports, run_report
from tools.logistic import fit_logistic, standardise

FILES = ("tests/data/events_multi_dev.jsonl", "tests/data/events_counts_fresh.jsonl")
FOLDS = 5
L2 = 1e-2
#: The gold protests a clause may tell beside a riot (force against a crowd is the
#: crowd's riot or the forces' fire, told by other rules).
_APART = ("Peaceful protest", "Protest with intervention")


def rows_of_report(record: dict, parser: Any) -> list[dict]:
    """The report's candidate rows: features, label, and where they were read."""
    seen: dict[tuple, dict] = {}
    text = record["text"]

    def record_row(text_: str, clause: tuple[int, int], protest: tuple[int, int],
                   violence: list[tuple[int, int]]) -> bool:
        if violence and text_ == text and not any(a < protest[1] and protest[0] < b
                                                  for a, b in violence):
            nearest = min(violence, key=lambda span: abs(span[0] - protest[0]))
            seen.setdefault((clause, protest), {
                "report": record["id"], "clause": clause, "protest": protest,
                "violence": nearest, "features": apart.features(text, clause, protest, nearest)})
        return False

    with mock.patch.object(kinds, "told_apart", record_row):
        run_report(record, parser)
    golds = [(g, quote_spans(text, g.get("evidence") or [])) for g in record["events"]
             if g.get("status", "occurred") == "occurred" and g["event_type"] == "Protests"
             and g["sub_event_type"] in _APART]
    for row in seen.values():
        row["label"] = any(overlaps(quotes, [row["clause"]]) for _, quotes in golds)
    return list(seen.values())


def _matrix(rows: Sequence[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[row["features"][name] for name in apart.FEATURES] for row in rows])
    return x, np.array([row["label"] for row in rows], dtype=float)


def fit(rows: Sequence[dict], l2: float = L2) -> dict[str, Any]:
    """The model on these rows, as :data:`geo.events.apart.MODEL_FILE` holds it."""
    x, y = _matrix(rows)
    mean, scale = standardise(x)
    theta = fit_logistic((x - mean) / scale, y, l2=l2)
    return {"features": list(apart.FEATURES), "mean": mean.tolist(),
            "scale": scale.tolist(), "weights": theta[:-1].tolist(), "bias": float(theta[-1])}


def predict(model: dict[str, Any], rows: Sequence[dict]) -> list[bool]:
    x, _ = _matrix(rows)
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    return list(z @ np.array(model["weights"]) + model["bias"] >= 0.0)


def out_of_fold(rows: Sequence[dict], groups: Sequence[str]) -> list[bool]:
    decided: list[bool] = [False] * len(rows)
    for group in sorted(set(groups)):
        train = [r for r, g in zip(rows, groups, strict=True) if g != group]
        test = [n for n, g in enumerate(groups) if g == group]
        if not any(r["label"] for r in train):
            continue
        for n, value in zip(test, predict(fit(train), [rows[n] for n in test]), strict=True):
            decided[n] = value
    return decided


def scores(truth: Sequence[bool], decided: Sequence[bool]) -> str:
    hits = sum(t and d for t, d in zip(truth, decided, strict=True))
    wrong = sum(d and not t for t, d in zip(truth, decided, strict=True))
    right = sum(t == d for t, d in zip(truth, decided, strict=True))
    return (f"accuracy {right / len(truth):.3f}  apart found {hits}/{sum(truth)}  "
            f"apart wrongly {wrong}")


def _block(report: str) -> str:
    number = re.search(r"\d+", report)
    return str(int(number.group()) // 100) if number else report


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", default=list(FILES))
    ap.add_argument("--side", nargs="*", default=list(SIDE),
                    help="evidence side files (tools.evidence_alignment)")
    ap.add_argument("--save", type=Path, help="write the model fitted on every row here")
    ap.add_argument("--rows", type=Path, help="also write the rows (features, label) here")
    opts = ap.parse_args(argv)
    parser = Parser()
    reports = [record for record in read_reports(opts.files, opts.side)
               if (record.get("language") or "en") == "en"]
    rows = [row for record in reports for row in rows_of_report(record, parser)]
    if opts.rows:
        opts.rows.write_text(json.dumps(rows) + "\n", encoding="utf-8")
    truth = [row["label"] for row in rows]
    print(f"{len(rows)} rows, {sum(truth)} protests told apart")
    print(f"{'rules (never apart)':28}{scores(truth, [False] * len(rows))}")
    ids = sorted({row["report"] for row in rows})
    order = {report: n % FOLDS for n, report in enumerate(ids)}
    for name, groups in (("leave reports out", [str(order[r["report"]]) for r in rows]),
                         ("leave a block out", [_block(r["report"]) for r in rows])):
        print(f"{name:28}{scores(truth, out_of_fold(rows, groups))}")
    model = fit(rows)
    print("weights:", {name: round(w, 3) for name, w in zip(apart.FEATURES, model["weights"],
                                                             strict=True)})
    if opts.save:
        opts.save.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
