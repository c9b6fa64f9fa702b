"""Train and judge a learned type of an event row (and of a second event its sentence
tells), beside the hand rules on the same rows.

Training rows: each row the pipeline keeps for a dev report (``detect_events``' last
stage, "incidents", as ``eval-events`` runs it), tied to the gold event it tells by
evidence (:func:`tools.date_candidates.tie_drafts_to_gold_by_evidence`: its sentence
overlaps the event's quotes, at the event's place). Its features are
:func:`tools.type_features.row_features`; its labels:

- ``kind``: the gold event's kind (ACLED type; for strategic developments its sub-type,
  as the evaluation matches);
- ``second``: the kind of another occurred gold event its sentences tell at its place
  (its quotes overlap the row's evidence) of another kind, that no row of the report
  is tied to, else ``none``.

Each model is a multinomial logistic regression (numpy/scipy) over standardised
features. Judged on held-out reports only: five folds of reports, and leave one
language out; ``--judge FILE ...`` trains on every dev row and judges another annotated
file (totals only).

    python -m tools.train_types [--rows /tmp/ltypes/rows.jsonl] [--rebuild]
                                [--save OUT.json] [--judge FILE ...]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from gazetteer.geometry import haversine_km
from geo.evaluate.events import TOLERANCE_KM
from geo.events.detect import VOCABULARIES
from tools.date_candidates import (
    DEV_FILES,
    report_drafts,
    rows_of_files,
    tie_drafts_to_gold_by_evidence,
)
from tools.evidence_alignment import overlaps, quote_spans
from tools.fresh_rows import is_fresh, mark_fresh
from tools.type_choice import KINDS, SECOND_KINDS
from tools.type_features import Cues, row_features, row_kind

DEFAULT_ROWS = Path("/tmp/ltypes/rows.jsonl")
FOLDS = 5
L2 = 1e-2
#: The probabilities at which the judged models override the rules (retype) or add a
#: second row.
RETYPE_AT = (0.5, 0.6, 0.7, 0.8)
SECOND_AT = (0.5, 0.6, 0.7, 0.8)


def report_rows(record: dict, parser) -> Iterator[dict]:
    """The rows of one report tied to their gold events, with features and labels."""
    text = record["text"]
    published, language, drafts = report_drafts(record, parser)
    gold = [g for g in record["events"] if g.get("status", "occurred") == "occurred"]
    if not any(g.get("evidence") for g in gold):
        return
    pairs = tie_drafts_to_gold_by_evidence(text, drafts, gold)
    tied_to = {id(g) for _, g in pairs}
    quotes = {id(g): quote_spans(text, g.get("evidence") or ()) for g in gold}
    cues = Cues(text, published, VOCABULARIES.get(language))
    for draft, event in pairs:
        kind = row_kind(event["event_type"], event["sub_event_type"])
        place = draft.location.place
        second = [row_kind(g["event_type"], g["sub_event_type"]) for g in gold
                  if id(g) not in tied_to and g.get("lat") is not None
                  and row_kind(g["event_type"], g["sub_event_type"]) != kind
                  and overlaps(draft.evidence, quotes[id(g)])
                  and haversine_km(g["lat"], g["lon"], place.lat, place.lon) <= TOLERANCE_KM]
        yield {"report": record["id"], "language": language,
               "rules": row_kind(draft.event_type, draft.sub_event_type), "kind": kind,
               "second": second[0] if second else "none",
               "features": row_features(draft, drafts, cues),
               # (the learned row keeping's facts about the row: its place, day, counts)
               "keep": dict(draft.features)}


def build(paths: Sequence[Path]) -> Iterator[dict]:
    return rows_of_files(paths, report_rows)


class Data:
    """Rows as a matrix, with the kinds as class indices."""

    def __init__(self, rows: list[dict], names: list[str] | None = None,
                 keep: bool = False) -> None:
        if keep:  # the row keeping's facts beside the type's own features
            rows = [{**r, "features": {**r["features"], **{
                f"keep:{k}": v for k, v in r.get("keep", {}).items()}}} for r in rows]
        self.rows = rows
        self.names = names or sorted({k for r in rows for k in r["features"]})
        self.x = np.array([[r["features"].get(n, 0.0) for n in self.names] for r in rows],
                          dtype=float).reshape(len(rows), len(self.names))
        self.kind = np.array([_index(KINDS, r["kind"]) for r in rows])
        self.rules = np.array([_index(KINDS, r["rules"]) for r in rows])
        self.second = np.array([_index(SECOND_KINDS, r["second"]) for r in rows])
        self.report = np.array([r["report"] for r in rows])
        self.language = np.array([r["language"] for r in rows])


def _index(classes: Sequence[str], kind: str) -> int:
    return classes.index(kind) if kind in classes else len(classes) - 1


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    return mean, scale


def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int, l2: float = L2
                ) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features × classes) and biases of a multinomial logistic regression."""
    n, f = x.shape
    target = np.zeros((n, classes))
    target[np.arange(n), y] = 1.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = flat[:f * classes].reshape(f, classes), flat[f * classes:]
        score = x @ w + b
        score -= score.max(axis=1, keepdims=True)
        log_p = score - np.log(np.exp(score).sum(axis=1, keepdims=True))
        p = np.exp(log_p)
        total = -(target * log_p).sum() / n + l2 * (w * w).sum()
        diff = (p - target) / n
        return total, np.concatenate([(x.T @ diff + 2 * l2 * w).ravel(), diff.sum(axis=0)])

    flat = minimize(loss, np.zeros(f * classes + classes), jac=True, method="L-BFGS-B",
                    options={"maxiter": 2000}).x
    return flat[:f * classes].reshape(f, classes), flat[f * classes:]


def probabilities(model: dict, x: np.ndarray) -> np.ndarray:
    score = ((x - model["mean"]) / model["scale"]) @ model["weights"] + model["bias"]
    score -= score.max(axis=1, keepdims=True)
    p = np.exp(score)
    return p / p.sum(axis=1, keepdims=True)


def train(x: np.ndarray, y: np.ndarray, classes: int) -> dict:
    mean, scale = standardise(x)
    w, b = fit_softmax((x - mean) / scale, y, classes)
    return {"mean": mean, "scale": scale, "weights": w, "bias": b}


def judge(data: Data, splits: list[tuple[str, np.ndarray, np.ndarray]],
          by_language: bool = False) -> list[dict]:
    """Per split and in all: rows, the rules' kinds right, the model's (argmax, and
    overriding the rules only at each of :data:`RETYPE_AT`); second events: rows with
    one, rows the model adds one to at each of :data:`SECOND_AT`, and how many of those
    are right (the kind of the event no row told). ``by_language``: each split's test
    rows tallied by language (one fit a split)."""
    lines, total = [], Counter()
    for name, trained, tested in splits:
        kind = train(data.x[trained], data.kind[trained], len(KINDS))
        second = train(data.x[trained], data.second[trained], len(SECOND_KINDS))
        p = probabilities(kind, data.x[tested])
        q = probabilities(second, data.x[tested])
        groups = [(lang, data.language[tested] == lang) for lang in sorted(
            set(data.language))] if by_language else [(name, np.ones(len(tested), bool))]
        for group, among in groups:
            line = _tally(p[among], q[among], data.kind[tested][among],
                          data.rules[tested][among], data.second[tested][among])
            lines.append({"split": group, **line})
            total.update(line)
    lines.append({"split": "all", **total})
    return lines


def _tally(p: np.ndarray, q: np.ndarray, gold: np.ndarray, rules: np.ndarray,
           told: np.ndarray) -> Counter:
    line: Counter = Counter()
    none = SECOND_KINDS.index("none")
    line["rows"] = len(gold)
    line["rules"] = int((rules == gold).sum())
    line["argmax"] = int((p.argmax(axis=1) == gold).sum())
    for at in RETYPE_AT:
        chosen = np.where(p.max(axis=1) >= at, p.argmax(axis=1), rules)
        line[f"retype@{at}"] = int((chosen == gold).sum())
        line[f"changed@{at}"] = int((chosen != rules).sum())
    line["second"] = int((told != none).sum())
    q_other = q.copy()
    q_other[:, none] = 0.0
    best = q_other.argmax(axis=1)
    for at in SECOND_AT:
        added = q_other.max(axis=1) >= at
        line[f"added@{at}"] = int(added.sum())
        line[f"added_right@{at}"] = int((added & (best == told)).sum())
    return line


def grouped_splits(data: Data) -> list[tuple[str, np.ndarray, np.ndarray]]:
    reports = sorted(set(data.report))
    fold_of = {report: n % FOLDS for n, report in enumerate(reports)}
    folds = np.array([fold_of[r] for r in data.report])
    rows = np.arange(len(data.rows))
    return [(f"fold {n + 1}", rows[folds != n], rows[folds == n]) for n in range(FOLDS)]


def merged(table: list[dict]) -> list[dict]:
    """Lines of one name added up (the last, ``all``, kept)."""
    by_name: dict[str, Counter] = {}
    for line in table[:-1]:
        by_name.setdefault(line["split"], Counter()).update(
            {k: v for k, v in line.items() if k != "split"})
    return [{"split": name, **tally} for name, tally in by_name.items()] + table[-1:]


def language_splits(data: Data) -> list[tuple[str, np.ndarray, np.ndarray]]:
    rows = np.arange(len(data.rows))
    return [(f"{lang} held out", rows[data.language != lang], rows[data.language == lang])
            for lang in sorted(set(data.language))]


def format_table(title: str, table: list[dict]) -> str:
    head = [title, "rows", "rules right", "argmax right",
            *(f"retype@{a} right (changed)" for a in RETYPE_AT), "second told",
            *(f"added@{a} (right)" for a in SECOND_AT)]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for line in table:
        n = max(line["rows"], 1)
        cells = [line["split"], str(line["rows"]), f"{line['rules'] / n:.3f}",
                 f"{line['argmax'] / n:.3f}",
                 *(f"{line[f'retype@{a}'] / n:.3f} ({line[f'changed@{a}']})" for a in RETYPE_AT),
                 str(line["second"]),
                 *(f"{line[f'added@{a}']} ({line[f'added_right@{a}']})" for a in SECOND_AT)]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def save_model(data: Data, path: Path, languages: Sequence[str], retype_at: float,
               second_at: float) -> None:
    """Both models trained on every dev row, as plain numbers (read by
    :class:`tools.type_choice.TypeModel`)."""
    kind = train(data.x, data.kind, len(KINDS))
    second = train(data.x, data.second, len(SECOND_KINDS))

    def plain(model: dict) -> dict:
        return {key: np.round(value, 6).tolist() for key, value in model.items()}

    path.write_text(json.dumps({
        "version": 1, "rows": len(data.rows), "languages": list(languages),
        "retype_at": retype_at, "second_at": second_at,
        "trained_by": f"python -m tools.train_types --rebuild --save {path} "
                      f"(rows of {', '.join(p.name for p in DEV_FILES)})",
        "features": data.names, "kinds": list(KINDS), "second_kinds": list(SECOND_KINDS),
        "kind": plain(kind), "second": plain(second)}, indent=1) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--rows", type=Path, default=DEFAULT_ROWS)
    args.add_argument("--rebuild", action="store_true")
    args.add_argument("--save", type=Path)
    args.add_argument("--languages", nargs="*", default=[],
                      help="the languages whose rows the saved model types")
    args.add_argument("--retype-at", type=float, default=0.8)
    args.add_argument("--second-at", type=float, default=0.8)
    args.add_argument("--judge", type=Path, nargs="*", default=[])
    args.add_argument("--keep-features", action="store_true",
                      help="add the learned row keeping's features (geo.events.keep)")
    options = args.parse_args(argv)
    if options.rebuild or not is_fresh(options.rows, DEV_FILES):
        options.rows.parent.mkdir(parents=True, exist_ok=True)
        with open(options.rows, "w", encoding="utf-8") as out:
            for row in build(DEV_FILES):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        mark_fresh(options.rows, DEV_FILES)
    rows = [json.loads(line) for line in options.rows.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    data = Data(rows, keep=options.keep_features)
    confusions = Counter(f"{r['kind']} <- {r['rules']}" for r in rows if r["kind"] != r["rules"])
    seconds = Counter(f"{r['second']} beside {r['kind']}" for r in rows if r["second"] != "none")
    print(f"{len(rows)} tied rows; rules wrong on {sum(confusions.values())}: "
          f"{dict(confusions.most_common(8))}")
    print(f"second events no row tells: {dict(seconds.most_common(8))}\n")
    print(format_table("grouped CV (reports)", judge(data, grouped_splits(data))))
    print()
    print(format_table("grouped CV, by language",
                       merged(judge(data, grouped_splits(data), by_language=True))))
    print()
    print(format_table("leave one language out", judge(data, language_splits(data))))
    for path in options.judge:
        other = list(build([path]))
        both = Data(rows + other, keep=options.keep_features)
        trained = np.arange(len(rows))
        tested = np.arange(len(rows), len(rows) + len(other))
        print()
        print(format_table(f"judged on {path.name}",
                           judge(both, [("all", trained, tested)])[:1]))
    if options.save:
        save_model(data, options.save, options.languages, options.retype_at,
                   options.second_at)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
