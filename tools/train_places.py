"""Train and judge a learned choice of a row's place among its candidates
(:mod:`tools.place_candidates`), beside the hand rules on the same rows.

Each row's candidates are scored by a conditional logit (a softmax over the row's
candidates, :func:`tools.train_dates.fit_conditional_logit`): ``blind``, without the
rules' choice, which could replace them; ``stacked``, with it (one more feature), which
could only correct them; ``area``, the blind model (reading also whether a place lies in
the rules' country) let change only the rows the rules put at a country (to a place in
it) or a region. The row
takes its best-scored candidate, never one that is no site (an actor, a source, a
home, a destination) unless the rules chose it. Judged on
held-out reports only:

- grouped cross-validation: five folds of reports (a report's rows never straddle train
  and test);
- leave one language out: trained on two of English, Russian and French, judged on the
  third.

    python -m tools.train_places [--candidates /tmp/lplaces/candidates.jsonl] [--rebuild]
                                 [--judge FILE ...] [--save /tmp/lplaces/places-v1.json]

``--judge FILE ...`` trains on every dev row and judges on other annotated files
(totals only: safe on a blind file). ``--save`` writes the ``area`` model trained on
every dev row (features, means, scales, weights, as ``geo/data/dates-v1.json``); the
pipeline reads none: the rules place every row (docs/benchmarks.md, "Learned place
choice, session 16").
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from tools.fresh_rows import is_fresh, mark_fresh
from tools.logistic import standardise
from tools.place_candidates import DEFAULT_OUT, DEV, baseline_table, build
from tools.train_dates import fit_conditional_logit

FOLDS = 5
# The weight decay (on standardised features): stronger than the dates' (L2 = 1e-3),
# the rules are right on 95% of rows and a few rows could otherwise set a weight.
L2 = 1e-2
MODELS = ("blind", "stacked", "area")


class Rows:
    """Candidates as a matrix: one line per candidate, ``group`` the row it is of."""

    def __init__(self, rows: list[dict], names: Sequence[str] | None = None) -> None:
        self.names = list(names) if names is not None else sorted(
            {k for r in rows for c in r["candidates"] for k in c["features"]})
        self.rows = rows
        x, y, group = [], [], []
        for n, row in enumerate(rows):
            for c in row["candidates"]:
                x.append([c["features"].get(k, 0.0) for k in self.names])
                y.append(c["label"])
                group.append(n)
        self.x = np.array(x, dtype=float).reshape(-1, len(self.names))
        self.y = np.array(y, dtype=int)
        self.group = np.array(group, dtype=int)

    def column(self, name: str) -> np.ndarray:
        return self.x[:, self.names.index(name)]


def fit(data: Rows, lines: np.ndarray, model: str, l2: float = L2
        ) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """The model's feature names, means, scales and weights, fitted on ``lines``."""
    # (the blind model reads nothing of the rules' choice; the area model, only whether
    # a place lies in the country they chose)
    hidden = {"blind": ("rules", "inside_rules"), "area": ("rules",)}.get(model, ())
    keep = [i for i, n in enumerate(data.names) if n not in hidden]
    x = data.x[lines][:, keep]
    mean, scale = standardise(x)
    w = fit_conditional_logit((x - mean) / scale, data.y[lines], data.group[lines], l2=l2)
    return [data.names[i] for i in keep], mean, scale, w


def scorer(data: Rows, fitted: tuple) -> Callable[[np.ndarray], np.ndarray]:
    names, mean, scale, w = fitted
    keep = [data.names.index(n) for n in names]
    return lambda lines: ((data.x[lines][:, keep] - mean) / scale) @ w


def choose(data: Rows, lines: np.ndarray, scores: np.ndarray, area_only: bool = False
           ) -> dict[int, int]:
    """Each row's chosen candidate line (of ``lines``): the best-scored that is a site
    or the rules' choice; with ``area_only``, only in rows the rules put at a country or
    a region (the others keep the rules' choice)."""
    allowed = (data.column("non_site") == 0) | (data.column("rules") == 1)
    if area_only:
        rules = data.column("rules") == 1
        country = np.isin(data.group, data.group[rules & (data.column("kind_country") == 1)])
        region = np.isin(data.group, data.group[rules & (data.column("kind_region") == 1)])
        # a country is refined to a place in it; a region to any site
        allowed &= rules | region | (country & (data.column("inside_rules") == 1))
    best: dict[int, tuple[float, int]] = {}
    for line, score in zip(np.flatnonzero(lines), scores, strict=True):
        if not allowed[line]:
            continue
        g = int(data.group[line])
        if g not in best or score > best[g][0]:
            best[g] = (float(score), int(line))
    return {g: line for g, (_, line) in best.items()}


def judge(data: Rows, test: np.ndarray, score: Callable, area_only: bool = False) -> Counter:
    """Rows, the rules' right ones, the model's, and where they differ."""
    lines = np.isin(data.group, test)
    chosen = choose(data, lines, score(lines), area_only)
    tally: Counter = Counter()
    for g in test:
        row = data.rows[g]
        rules = bool(row["rules_right"])
        line = chosen.get(int(g))
        model = bool(data.y[line]) if line is not None else rules
        if line is None or data.x[line, data.names.index("rules")] == 1:
            model = rules  # the rules' own choice (maybe a list copy's place)
        tally["rows"] += 1
        tally["rules"] += rules
        tally["model"] += model
        tally["won"] += model and not rules
        tally["lost"] += rules and not model
    return tally


def folds(data: Rows) -> list[np.ndarray]:
    reports = sorted({r["report"] for r in data.rows})
    fold = {rep: zlib.crc32(rep.encode()) % FOLDS for rep in reports}
    groups = np.arange(len(data.rows))
    return [groups[[fold[r["report"]] == k for r in data.rows]] for k in range(FOLDS)]


def cross_validate(data: Rows, splits: dict[str, np.ndarray], model: str) -> dict[str, Counter]:
    """Per split (test rows): fitted on every other row, judged on these; ``all`` summed."""
    out: dict[str, Counter] = {}
    everything = np.arange(len(data.rows))
    for name, test in splits.items():
        train = np.isin(data.group, np.setdiff1d(everything, test))
        tally = judge(data, test, scorer(data, fit(data, train, model)), model == "area")
        out[name] = tally
        out.setdefault("all", Counter()).update(tally)
    return out


def by_language(data: Rows, tallies: dict[str, Counter], splits: dict[str, np.ndarray],
                model: str) -> dict[str, Counter]:
    """Re-tallied per language (the folds mix languages)."""
    out: dict[str, Counter] = {}
    everything = np.arange(len(data.rows))
    for test in splits.values():
        train = np.isin(data.group, np.setdiff1d(everything, test))
        score = scorer(data, fit(data, train, model))
        for language in ("en", "fr", "ru"):
            mine = np.array([g for g in test if data.rows[g]["language"] == language], dtype=int)
            if len(mine):
                out.setdefault(language, Counter()).update(
                    judge(data, mine, score, model == "area"))
    return out


def format_table(title: str, tallies: dict[str, Counter]) -> str:
    lines = [f"{title}", "| split | rows | rules right | model right | won | lost |",
             "|---|---|---|---|---|---|"]
    for key in sorted(tallies, key=lambda k: (k == "all", k)):
        t = tallies[key]
        lines.append(f"| {key} | {t['rows']} | {t['rules'] / t['rows']:.3f} | "
                     f"{t['model'] / t['rows']:.3f} | {t['won']} | {t['lost']} |")
    return "\n".join(lines)


def save(data: Rows, path: Path, model: str = "area") -> dict:
    names, mean, scale, w = fit(data, np.ones(len(data.y), dtype=bool), model)
    saved = {"version": 1, "model": model, "l2": L2, "trained_on": [Path(p).name for p in DEV],
             "rows": len(data.rows), "features": names, "mean": mean.round(6).tolist(),
             "scale": scale.round(6).tolist(), "weights": w.round(6).tolist()}
    path.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
    return saved


def load(path: Path, files: Sequence[str], rebuild: bool) -> list[dict]:
    if rebuild or not is_fresh(path, files):
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = list(build(files))
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
        mark_fresh(path, files)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if not r["one_of_several"]]


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--candidates", type=Path, default=DEFAULT_OUT)
    args.add_argument("--rebuild", action="store_true")
    args.add_argument("--judge", nargs="*", default=[])
    args.add_argument("--save", type=Path)
    options = args.parse_args(argv)
    rows = load(options.candidates, DEV, options.rebuild)
    print(baseline_table(rows))
    data = Rows(rows)
    languages = {lang: np.array([n for n, r in enumerate(rows) if r["language"] == lang])
                 for lang in ("en", "fr", "ru")}
    report_folds = {f"fold {k}": f for k, f in enumerate(folds(data))}
    for model in MODELS:
        print(format_table(f"\n{model}: grouped {FOLDS}-fold CV by report, per language",
                           by_language(data, {}, report_folds, model)))
        print(format_table(f"\n{model}: leave one language out",
                           cross_validate(data, languages, model)))
    for path in options.judge:
        other = Rows([r for r in build([path], ()) if not r["one_of_several"]], data.names)
        if not other.rows:
            continue
        for model in MODELS:
            score = scorer(other, fit(data, np.ones(len(data.y), dtype=bool), model))
            tallies = {lang: judge(other, np.array(
                [n for n, r in enumerate(other.rows) if r["language"] == lang]), score,
                model == "area")
                for lang in ("en", "fr", "ru")
                if any(r["language"] == lang for r in other.rows)}
            print(format_table(f"\n{model} trained on dev, judged on {Path(path).name}",
                               tallies))
    if options.save:
        saved = save(data, options.save)
        print("\n" + "\n".join(f"{n:24}{w:+.3f}" for n, w in
                               zip(saved["features"], saved["weights"], strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
