"""Train and judge a learned choice of an event's date among its candidate days
(:mod:`tools.date_candidates`), beside the hand rules on the same rows.

Each row's candidates are scored by a small linear model, fitted with numpy and scipy
(no other dependency): pointwise (a logistic regression of each candidate's label), or
listwise (a conditional logit: a softmax over the row's candidates), the latter also
with the products of where the nearest expression stands and its kind, or of the row's
own facts and each candidate's sources; and two stacked on the rules (their day one
more feature), which could only correct them. The row takes its best-scored day.
Judged on held-out reports only:

- grouped cross-validation: five folds of reports (a report's rows never straddle train
  and test);
- leave one language out: trained on two of English, Russian and French, judged on the
  third.

    python -m tools.train_dates [--candidates /tmp/ldates/candidates.jsonl] [--rebuild]
                                [--save geo/data/dates-v1.json [--model pointwise|clogit]]
                                [--judge FILE ...]

builds the candidates first when the file is missing (or with ``--rebuild``) and prints
the baseline (:mod:`tools.date_candidates`), then one table per judgement: rows, the
rules' share right, each model's, and their shares one day late. ``--judge FILE ...``
also trains each model on every dev row and judges it on another annotated file (totals
only: safe on a held-out file). ``--save`` writes one model blind to the rules' day
(``--model``: pointwise, the default, or clogit) trained on every dev row, as the JSON
that :mod:`geo.events.date_choice` reads for Russian and French rows.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from tools.date_candidates import (
    DEFAULT_OUT,
    DEV_FILES,
    baseline_table,
    build,
    outcome,
)
from tools.date_candidates import format_table as format_baseline
from tools.logistic import fit_logistic, standardise

FOLDS = 5
# The weight decay of every model (on standardised features).
L2 = 1e-3


@dataclass
class Rows:
    """Candidates as a matrix: one line per candidate, ``group`` the row it is of."""

    names: list[str]
    x: np.ndarray
    y: np.ndarray
    group: np.ndarray
    days: list[date]
    rows: list[dict]

    @classmethod
    def load(cls, rows: list[dict]) -> Rows:
        names = sorted({k for r in rows for c in r["candidates"] for k in c["features"]})
        names.append("is_rules")  # the hand rules' day, for the stacked models only
        x, y, group, days = [], [], [], []
        for n, row in enumerate(rows):
            for c in row["candidates"]:
                x.append([c["features"].get(k, 0.0) for k in names[:-1]]
                         + [float(c["day"] == row["rule"])])
                y.append(c["label"])
                group.append(n)
                days.append(date.fromisoformat(c["day"]))
        return cls(names, np.array(x, dtype=float), np.array(y, dtype=int),
                   np.array(group), days, rows)

    def lines(self, rows: np.ndarray) -> np.ndarray:
        return np.isin(self.group, rows)


def fit_conditional_logit(x: np.ndarray, y: np.ndarray, group: np.ndarray, *,
                          l2: float = L2) -> np.ndarray:
    """Weights (on standardised features) of a softmax over each row's candidates that
    puts its mass on the gold day: the rows with no gold candidate teach nothing."""
    rows, group = np.unique(group, return_inverse=True)
    n = len(rows)
    taught = np.bincount(group, y, n) > 0
    keep = taught[group]
    x, y, group = x[keep], y[keep].astype(float), group[keep]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        score = x @ w
        top = np.full(n, -np.inf)
        np.maximum.at(top, group, score)
        e = np.exp(score - top[group])
        every, right = np.bincount(group, e, n), np.bincount(group, e * y, n)
        used = every > 0
        total = -(np.log(right[used]) - np.log(every[used])).sum() / used.sum()
        grad = -((np.where(y > 0, e / np.maximum(right[group], 1e-300), 0.0)
                  - e / every[group]) @ x) / used.sum()
        return total + l2 * (w @ w), grad + 2 * l2 * w

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B",
                    options={"maxiter": 1000}).x


def fit_pointwise(x: np.ndarray, y: np.ndarray, group: np.ndarray, *,
                  l2: float = L2) -> np.ndarray:
    """Weights (on standardised features, the bias last) of a logistic regression of
    each candidate's label on its features, ignoring which row it is of."""
    return fit_logistic(x, y, l2=l2)


def crossed(x: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """``x`` with the products of each level and each kind of the nearest expression
    ("a weekday in the clause", "the next day in the sentence before")."""
    levels = [i for i, name in enumerate(names) if name.startswith("level_")]
    kinds = [i for i, name in enumerate(names) if name.startswith("kind_")]
    pairs = [x[:, a] * x[:, b] for a in levels for b in kinds]
    return np.hstack([x, np.array(pairs).T]) if pairs else x


def in_context(x: np.ndarray, names: Sequence[str]) -> np.ndarray:
    """``x`` with the products of each fact of the row's own words (``ctx_``: its clause
    names a day, it is in the past perfect ...) and each candidate's source, level and
    kind: the same for every candidate of a row, a fact can only weigh so."""
    facts = [i for i, name in enumerate(names) if name.startswith("ctx_")]
    sources = [i for i, name in enumerate(names)
               if name.startswith(("is_", "level_", "kind_"))]
    pairs = [x[:, a] * x[:, b] for a in facts for b in sources]
    return np.hstack([x, np.array(pairs).T]) if pairs else x


def conditional_logit(names: Sequence[str]) -> Callable:
    def fit(x: np.ndarray, y: np.ndarray, group: np.ndarray) -> Callable:
        mean, scale = standardise(x)
        w = fit_conditional_logit((x - mean) / scale, y, group)
        return lambda z: ((z - mean) / scale) @ w
    return fit


def pointwise(names: Sequence[str]) -> Callable:
    def fit(x: np.ndarray, y: np.ndarray, group: np.ndarray) -> Callable:
        mean, scale = standardise(x)
        w = fit_pointwise((x - mean) / scale, y, group)
        return lambda z: ((z - mean) / scale) @ w[:-1]
    return fit


def with_products(expand: Callable[[np.ndarray, Sequence[str]], np.ndarray]
                  ) -> Callable[[Sequence[str]], Callable]:
    """A conditional logit on ``expand``'s products of the features."""
    def make(names: Sequence[str]) -> Callable:
        def fit(x: np.ndarray, y: np.ndarray, group: np.ndarray) -> Callable:
            inner = conditional_logit(names)(expand(x, names), y, group)
            return lambda z: inner(expand(z, names))
        return fit
    return make


def without_rules(make: Callable[[Sequence[str]], Callable]
                  ) -> Callable[[Sequence[str]], Callable]:
    """``make``'s model blind to the rules' day (the last feature): one that could
    replace them."""
    def blind(names: Sequence[str]) -> Callable:
        def fit(x: np.ndarray, y: np.ndarray, group: np.ndarray) -> Callable:
            inner = make(names[:-1])(x[:, :-1], y, group)
            return lambda z: inner(z[:, :-1])
        return fit
    return blind


#: The models judged, each made from the feature names: four that could replace the
#: rules, and two stacked on them (the rules' day one more feature), which could only
#: correct them.
MODELS: dict[str, Callable[[Sequence[str]], Callable]] = {
    "pointwise": without_rules(pointwise), "clogit": without_rules(conditional_logit),
    "clogit×kind": without_rules(with_products(crossed)),
    "clogit×ctx": without_rules(with_products(in_context)),
    "pointwise+rules": pointwise, "clogit+rules": conditional_logit}


def chosen_days(data: Rows, score: np.ndarray, lines: np.ndarray) -> dict[int, date]:
    """Each row's best-scored candidate day."""
    best: dict[int, tuple[float, date]] = {}
    for at in np.flatnonzero(lines):
        row = int(data.group[at])
        if row not in best or score[at] > best[row][0]:
            best[row] = (float(score[at]), data.days[at])
    return {row: day for row, (_, day) in best.items()}


def judge(data: Rows, splits: Sequence[tuple[str, np.ndarray, np.ndarray]]
          ) -> list[dict]:
    """Per split (and in total): rows, the rules' and each model's outcomes."""
    table = []
    total: dict = {"split": "all"}
    for name, train, test in splits:
        line = {"split": name}
        tested = data.lines(test)
        for model_name, make in MODELS.items():
            trained = data.lines(train)
            score = np.full(len(data.y), -np.inf)
            fit = make(data.names)
            score[tested] = fit(data.x[trained], data.y[trained], data.group[trained])(
                data.x[tested])
            days = chosen_days(data, score, tested)
            _tally(line, model_name, days, data)
            _tally(total, model_name, days, data)
        rules = {int(n): _day(data.rows[n]["rule"]) for n in test}
        _tally(line, "rules", rules, data)
        _tally(total, "rules", rules, data)
        table.append(line)
    table.append(total)
    return table


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _tally(line: dict, name: str, days: dict[int, date | None], data: Rows) -> None:
    line.setdefault("rows", 0)
    if name == "rules":
        line["rows"] += len(days)
    for row, day in days.items():
        result = outcome(day, date.fromisoformat(data.rows[row]["gold"]))
        line[f"{name}:{result}"] = line.get(f"{name}:{result}", 0) + 1


def judge_file(data: Rows, rows: list[dict]) -> list[dict]:
    """The models trained on every row of ``data``, judged on ``rows`` (from another
    file), and the rules on them: totals only."""
    both = Rows.load(data.rows + rows)
    trained, tested = np.arange(len(data.rows)), np.arange(len(data.rows), len(both.rows))
    return judge(both, [("all", trained, tested)])[:1]


def grouped_splits(data: Rows) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """Five folds of reports, the same for every model."""
    reports = sorted({r["report"] for r in data.rows})
    fold_of = {report: n % FOLDS for n, report in enumerate(reports)}
    folds = np.array([fold_of[r["report"]] for r in data.rows])
    rows = np.arange(len(data.rows))
    return [(f"fold {n + 1}", rows[folds != n], rows[folds == n]) for n in range(FOLDS)]


def language_splits(data: Rows) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """Each language judged by a model trained on the others."""
    languages = np.array([r["language"] for r in data.rows])
    rows = np.arange(len(data.rows))
    return [(f"{lang} held out", rows[languages != lang], rows[languages == lang])
            for lang in sorted(set(languages))]


def format_table(title: str, table: list[dict]) -> str:
    models = ["rules", *MODELS]
    head = "| " + " | ".join([title, "rows", *(f"{m} right" for m in models),
                              *(f"{m} late 1" for m in models)]) + " |"
    lines = [head, "|" + "---|" * (2 + 2 * len(models))]
    for line in table:
        rows = line["rows"]
        right = [f"{line.get(f'{m}:right', 0) / rows:.3f}" for m in models]
        late = [f"{line.get(f'{m}:late1', 0) / rows:.3f}" for m in models]
        lines.append("| " + " | ".join([line["split"], str(rows), *right, *late]) + " |")
    return "\n".join(lines)


def save_model(data: Rows, path: Path, kind: str = "pointwise") -> None:
    """A model blind to the rules' day (``pointwise`` or ``clogit``) trained on every
    row, as plain numbers: feature names, means, scales and weights (read by
    :class:`geo.events.date_choice.DateModel`; a pointwise model's bias is left out:
    it moves every candidate of a row alike)."""
    x = data.x[:, :-1]  # blind to the rules' day
    mean, scale = standardise(x)
    fit = fit_pointwise if kind == "pointwise" else fit_conditional_logit
    w = fit((x - mean) / scale, data.y, data.group)[:x.shape[1]]
    path.write_text(json.dumps({
        "version": 1, "model": kind, "rows": len(data.rows),
        "trained_by": f"python -m tools.train_dates --rebuild --save {path} "
                      f"--model {kind} (rows of {', '.join(p.name for p in DEV_FILES)})",
        "features": data.names[:-1], "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(), "weights": w.round(6).tolist()}, indent=1) + "\n",
        encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--candidates", type=Path, default=DEFAULT_OUT)
    args.add_argument("--rebuild", action="store_true")
    args.add_argument("--save", type=Path)
    args.add_argument("--model", choices=("pointwise", "clogit"), default="pointwise",
                      help="the model --save writes")
    args.add_argument("--judge", type=Path, nargs="*", default=[],
                      help="annotated files the models, trained on every dev row, are "
                           "judged on (totals only)")
    options = args.parse_args(argv)
    if options.rebuild or not options.candidates.is_file():
        options.candidates.parent.mkdir(parents=True, exist_ok=True)
        with open(options.candidates, "w", encoding="utf-8") as out:
            for row in build(DEV_FILES):
                out.write(json.dumps(row.as_json(), ensure_ascii=False) + "\n")
    rows = [json.loads(line) for line in options.candidates.read_text(
        encoding="utf-8").splitlines() if line.strip()]
    data = Rows.load(rows)
    print(format_baseline(baseline_table(rows)))
    print()
    print(format_table("grouped CV (reports)", judge(data, grouped_splits(data))))
    print()
    print(format_table("leave one language out", judge(data, language_splits(data))))
    for path in options.judge:
        print()
        print(format_table(f"trained on dev, judged on {path.name}",
                           judge_file(data, [row.as_json() for row in build([path])])))
    if options.save:
        save_model(data, options.save, options.model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
