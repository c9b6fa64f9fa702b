"""Train and judge a learned decision over the rows the event detector emits: which
occurred rows are real incidents at a real site (:mod:`geo.events.keep`).

Each report of the three dev files runs as ``incidentmap eval-events`` runs it (every
status kept, then the occurred rows scored); each occurred row carries its features
(:func:`geo.events.keep.describe`) and its label: whether ``eval-events`` pairs it with a
gold event at that event's place. A logistic regression (:mod:`tools.logistic`) scores
the rows; a row scored below a threshold is dropped and the report scored again, so each
threshold gives what ``eval-events`` would count: gold events found, right rows lost,
and the false rows left (``unreal``, ``non_site``, ``trap``: rows of reports with no gold
event, ``duplicate``, and every row paired with no gold event at its place). Judged on
held-out reports only:

- grouped cross-validation: five folds of reports;
- leave one language out: trained on two of English, Russian and French, judged on the
  third.

    python -m tools.train_keep [--rows /tmp/keep/rows.pkl] [--rebuild]
                               [--save geo/data/keep-v1.json --threshold P]
                               [--judge FILE ...]

The rows are cached (``--rows``) and rebuilt when the library or a dev file has changed
since (:mod:`tools.fresh_rows`), or with ``--rebuild``.

``--judge FILE ...`` trains on every dev row and judges on another annotated file (totals
only: safe on a held-out file). ``--save`` writes the model trained on every dev row and
the threshold, as the JSON :mod:`geo.events.keep` reads.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np

from geo.evaluate.events import false_rows, pair_events, same_place
from geo.events.detect import detect_events
from geo.events.draft import EventDraft, incidents_into
from geo.events.keep import doubtable
from geo.model import Document
from geo.pipeline import Parser
from tools.date_candidates import DEV_FILES
from tools.fresh_rows import cached_rows, every_report
from tools.logistic import fit_logistic, standardise

DEFAULT_ROWS = Path("/tmp/keep/rows.pkl")
FOLDS = 5
L2 = 1e-2
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
FALSE = ("unreal", "non_site", "trap", "duplicate", "unpaired")


def report_rows(record: dict, parser: Parser, name: str) -> dict:
    """One report's gold, its occurred placed rows (incidents) and their features."""
    published: date | None = record["published"]
    parsed = parser(Document(record["text"], published=published,
                             language=record["language"]))
    drafts: list[EventDraft] = []
    every = detect_events(record["text"], parsed.mentions, getattr(parsed, "sentences", None),
                          published, keep_all=True, learned_keep=False,
                          language=getattr(parsed.document, "language", "") or "",
                          trace=incidents_into(drafts))
    rows = [(incident, draft.features) for incident, draft in zip(every, drafts, strict=True)
            if incident.status == "occurred" and incident.location is not None
            and incident.location.place is not None]
    return {"report": record.get("id"), "file": name,
            "language": getattr(parsed.document, "language", "") or "en",
            "gold": [g for g in record["events"] if g.get("status", "occurred") == "occurred"],
            "unreal": [g for g in record["events"] if g.get("status", "occurred") != "occurred"],
            "non_sites": record.get("non_sites") or [], "rows": rows}


def score_report(report: dict, kept: Sequence[bool]) -> Counter:
    """What ``eval-events`` counts on a report when only the ``kept`` rows are output."""
    predicted = [row for (row, _), keep in zip(report["rows"], kept, strict=True) if keep]
    gold = report["gold"]
    tally: Counter = Counter(gold=len(gold), rows=len(predicted))
    pairs = pair_events(gold, predicted)
    found = [p for g, p in pairs if p is not None and same_place(g, p.location.place)]
    tally["found"] = len(found)
    tally["unpaired"] = len(predicted) - len(found)
    if not gold:
        tally["trap"] = len(predicted)
    tally.update(false_rows(gold, report["unreal"], report["non_sites"], predicted))
    return tally


def labels(report: dict) -> list[int]:
    """Whether each row is paired with a gold event at its place, all rows output."""
    predicted = [row for row, _ in report["rows"]]
    right = {id(p) for g, p in pair_events(report["gold"], predicted)
             if p is not None and same_place(g, p.location.place)}
    return [int(id(p) in right) for p in predicted]


def counted_false(report: dict) -> list[bool]:
    """Whether each row is one ``eval-events`` names false (unreal, non-site, trap,
    duplicate) when every row is output: alone among them, the others kept."""
    every = [True] * len(report["rows"])
    base = score_report(report, every)
    named = base["unreal"] + base["non_site"] + base["trap"] + base["duplicate"]
    out = []
    for n in range(len(every)):
        alone = score_report(report, [k != n for k in range(len(every))])
        out.append(alone["unreal"] + alone["non_site"] + alone["trap"] + alone["duplicate"]
                   < named)
    return out


def matrix(reports: Sequence[dict], names: Sequence[str], named_only: bool = False
           ) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels; ``named_only``: of the right rows and the rows ``eval-events``
    names false only (rows paired with no gold event for another reason left out)."""
    x, y = [], []
    for r in reports:
        named = counted_false(r) if named_only else [True] * len(r["rows"])
        for (_, f), label, used in zip(r["rows"], labels(r), named, strict=True):
            if label or used:
                x.append([f.get(n, 0.0) for n in names])
                y.append(label)
    return np.array(x, dtype=float).reshape(-1, len(names)), np.array(y, dtype=int)


def fit(reports: Sequence[dict], names: Sequence[str], named_only: bool = False) -> dict:
    x, y = matrix(reports, names, named_only)
    mean, scale = standardise(x)
    w = fit_logistic((x - mean) / scale, y, l2=L2)
    return {"features": list(names), "mean": mean.tolist(), "scale": scale.tolist(),
            "weights": w[:-1].tolist(), "bias": float(w[-1])}


def probabilities(model: dict, report: dict) -> np.ndarray:
    """Each row's probability of being right; 1 for a row the library never doubts
    (:func:`geo.events.keep.doubtable`)."""
    if not report["rows"]:
        return np.zeros(0)
    x = np.array([[f.get(n, 0.0) for n in model["features"]] for _, f in report["rows"]])
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    p = 1.0 / (1.0 + np.exp(-(z @ np.array(model["weights"]) + model["bias"])))
    return np.where([doubtable(f) for _, f in report["rows"]], p, 1.0)


def judge(splits: Sequence[tuple[list[dict], list[dict]]], names: Sequence[str],
          named_only: bool = False) -> dict[float, Counter]:
    """Per threshold, the tallies of every test report under its split's model, and
    the right rows lost and false rows removed against keeping every row."""
    table: dict[float, Counter] = {t: Counter() for t in THRESHOLDS}
    for train, test in splits:
        model = fit(train, names, named_only)
        for report in test:
            p = probabilities(model, report)
            base = score_report(report, [True] * len(p))
            right = labels(report)
            for t in THRESHOLDS:
                kept = [bool(v >= t) for v in p]
                tally = score_report(report, kept)
                tally["right_dropped"] = sum(1 for k, r in zip(kept, right, strict=True)
                                             if r and not k)
                tally["false_dropped"] = sum(1 for k, r in zip(kept, right, strict=True)
                                             if not r and not k)
                tally["found_lost"] = base["found"] - tally["found"]
                table[t].update(tally)
    return table


def format_table(title: str, table: dict[float, Counter]) -> str:
    head = ["threshold", "gold", "found", "recall", "rows", "right dropped", "false dropped",
            "unreal", "non-site", "trap", "duplicate", "unpaired"]
    lines = [f"{title}", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for t, c in table.items():
        lines.append("| " + " | ".join(str(v) for v in (
            t, c["gold"], c["found"], f"{c['found'] / max(1, c['gold']):.3f}", c["rows"],
            c["right_dropped"], c["false_dropped"], c["unreal"], c["non_site"], c["trap"],
            c["duplicate"], c["unpaired"])) + " |")
    return "\n".join(lines)


def grouped(reports: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    return [([r for n, r in enumerate(reports) if n % FOLDS != k],
             [r for n, r in enumerate(reports) if n % FOLDS == k]) for k in range(FOLDS)]


def by_language(reports: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    languages = sorted({r["language"] for r in reports})
    return [([r for r in reports if r["language"] != lang],
             [r for r in reports if r["language"] == lang]) for lang in languages]


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--rows", type=Path, default=DEFAULT_ROWS)
    args.add_argument("--rebuild", action="store_true")
    args.add_argument("--save", type=Path)
    args.add_argument("--threshold", type=float, default=0.2)
    args.add_argument("--named-only", action="store_true",
                      help="--save and --judge a model of right vs named false rows")
    args.add_argument("--judge", type=Path, nargs="*", default=[],
                      help="annotated files the model, trained on every dev row, is judged "
                           "on (totals only)")
    options = args.parse_args(argv)
    reports = cached_rows(options.rows, DEV_FILES, report_rows, options.rebuild)
    names = sorted({n for r in reports for _, f in r["rows"] for n in f})
    for named_only in (False, True):
        what = "right vs named false" if named_only else "right vs every other row"
        print(format_table(f"grouped CV (reports), {what}",
                           judge(grouped(reports), names, named_only)))
        print()
        print(format_table(f"leave one language out, {what}",
                           judge(by_language(reports), names, named_only)))
        print()
    model = fit(reports, names, options.named_only)
    for path in options.judge:
        print()
        print(format_table(f"trained on dev, judged on {path.name} (totals)",
                           judge([(reports, list(every_report([path], report_rows)))], names,
                                 options.named_only)))
    if options.save:
        options.save.write_text(json.dumps({
            "version": 1, "rows": sum(len(r["rows"]) for r in reports),
            "trained_by": f"python -m tools.train_keep --rebuild "
                          f"{'--named-only ' if options.named_only else ''}--save {options.save} "
                          f"--threshold {options.threshold} "
                          f"(rows of {', '.join(p.name for p in DEV_FILES)})",
            "threshold": options.threshold,
            "features": model["features"],
            "mean": [round(v, 6) for v in model["mean"]],
            "scale": [round(v, 6) for v in model["scale"]],
            "weights": [round(v, 6) for v in model["weights"]],
            "bias": round(model["bias"], 6)}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
