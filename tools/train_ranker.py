"""Learn the candidate ranking from the development corpora: ``python -m tools.train_ranker
CORPUS.jsonl ...`` writes ``geo/data/ranker-v5.json``, learned from every document of the
corpora (``--even-only``: the even ones; ``python -m tools.loco`` trains its own models,
leaving out what it scores). The odd split is then no check of the shipped model: judge
changes with ``tools/loco.py``.

The model is a conditional logit (a listwise softmax over each gold toponym's candidate
places): P(candidate) ∝ exp(w · features), fitted by L-BFGS on the log-likelihood of the
right candidates (those within 161 km of the gold point and no more than
:data:`tools.rank_data.FINER_KM` farther from it than the nearest candidate: the city, not
the province around it, where the gold point is the city's) with an L2 penalty, on
standardised features, then refined on a smooth stand-in for top-1 accuracy
(:func:`_top1_loss`: the likelihood alone lets unwinnable toponyms pull the weights); the
weights are stored unstandardised, so resolution stays one dot
product per candidate (:class:`geo.resolve.Weights`). Deterministic: no sampling, fixed
start (zeros). Each corpus weighs the same in the objective, whatever its size. The rows
are read in a first pass with every weight 0 (:func:`fit_ranker`): no hand-set weight
enters.

:func:`fit_ascent` is the coordinate ascent that fitted the hand-set weights before: the
baseline of ``tools/loco.py``, on rows read in those weights' first pass, as it was
measured before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from geo.evaluate import ACC_KM
from geo.pipeline import Parser
from geo.resolve import FEATURES, Resolver, Weights
from geo.resolve.weights import MODEL
from tools.rank_data import FINER_KM, Corpus, Rows, load_corpus, rows_of

#: L2 penalty on the standardised weights (chosen leave-one-corpus-out from 0.0001,
#: 0.001, 0.01: see docs/benchmarks.md).
L2 = 0.001
#: Temperature of the smooth top-1 loss the logit's solution is refined on (chosen
#: leave-one-corpus-out from 1, 0.5, 0.25; 0 skips the refinement).
SMOOTH = 0.5
VERSION = 5
#: Every weight 0: the first pass then takes each name's first gazetteer reading (the
#: gazetteer orders them by kind, then population).
NEUTRAL = Weights(**dict.fromkeys(FEATURES, 0.0))
#: Weights set, not fitted. ``outgrown``, ``capital_abroad``: they hold
#: few such names (Gaza the city against Mozambique's province; Washington the capital in
#: a text on places abroad), so the fit leaves them below a big division's prior. Each is
#: high enough to outweigh that prior (:class:`geo.resolve.Weights` says what they mean).
#: ``focus``: no corpus gives a publication's country, so no fit can weigh it; 0.75 tips
#: a bare name between close readings to the publication's country (Dublin, California,
#: for an American paper) but not a world city (Paris stays France, which 0.86 would tip).
FIXED = {"outgrown": -16.0, "capital_abroad": 16.0, "focus": 0.75}


def fit_logit(parts: Sequence[Rows], *, l2: float = L2,
              fixed: dict[str, float] | None = None, smooth: float = SMOOTH) -> dict[str, float]:
    """Fit the conditional logit on ``parts`` (one :class:`Rows` per corpus, each
    weighing the same); return the weight of each feature of :data:`FEATURES`.
    ``fixed`` features keep the given weight (not fitted)."""
    fixed = FIXED if fixed is None else fixed
    free = [i for i, name in enumerate(FEATURES) if name not in fixed]
    x_all = np.concatenate([p.x for p in parts])
    mean, scale = x_all.mean(axis=0), x_all.std(axis=0)
    scale[scale < 1e-9] = 1.0
    pinned = np.array([fixed.get(name, 0.0) for name in FEATURES])
    data = []
    for part in parts:
        z = (part.x - mean) / scale
        offset = part.x @ pinned
        groups = np.repeat(np.arange(part.groups), np.diff(part.starts))
        data.append((z[:, free], offset, groups, part.right, part.groups))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for z, offset, groups, right, n in data:
            e = _group_exp(z @ w + offset, groups, n)
            all_sum = np.bincount(groups, e, n)
            right_sum = np.bincount(groups, e * right, n)
            ll = np.log(right_sum) - np.log(all_sum)
            p_all = e / all_sum[groups]
            p_right = np.where(right, e / right_sum[groups], 0.0)
            total -= ll.sum() / n
            grad -= (p_right - p_all) @ z / n
        total += l2 * (w @ w)
        grad += 2 * l2 * w
        return total, grad

    result = minimize(loss, np.zeros(len(free)), jac=True, method="L-BFGS-B",
                      options={"maxiter": 500})
    if smooth:
        result = minimize(_top1_loss(data, l2, smooth), result.x, jac=True,
                          method="L-BFGS-B", options={"maxiter": 500})
    w = np.zeros(len(FEATURES))
    w[free] = result.x / scale[free]
    w += pinned
    return {name: round(float(v), 4) for name, v in zip(FEATURES, w, strict=True)}


def _group_exp(scores: np.ndarray, groups: np.ndarray, n: int) -> np.ndarray:
    """exp(score) shifted by each toponym's best score, so that no exponent overflows."""
    top = np.full(n, -np.inf)
    np.maximum.at(top, groups, scores)
    return np.exp(scores - top[groups])


def _top1_loss(data: list, l2: float, temperature: float):
    """A smooth stand-in for the share of toponyms ranked wrong: the mean of
    sigmoid(-margin / temperature), margin the soft maximum of the right candidates'
    scores less that of the wrong ones'. Bounded: a toponym no weighting can get right
    (a gold point at an unknown hamlet) stops pulling the weights once it is lost."""

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for z, offset, groups, right, n in data:
            e = _group_exp(z @ w + offset, groups, n)
            right_sum = np.bincount(groups, e * right, n)
            wrong_sum = np.bincount(groups, e * ~right, n)
            margin = np.log(right_sum) - np.log(wrong_sum)
            sig = 1 / (1 + np.exp(margin / temperature))
            total += sig.sum() / n
            dmargin = -sig * (1 - sig) / temperature / n
            ds = np.where(right, e / right_sum[groups], -e / wrong_sum[groups])
            grad += (dmargin[groups] * ds) @ z
        total += l2 * (w @ w)
        grad += 2 * l2 * w
        return total, grad

    return loss


#: The weights :func:`fit_ascent` leaves alone, as the hand-set method did: the corpora are
#: neutral on a city sharing its name with its own division and hold few outgrown
#: divisions or capitals abroad.
UNFITTED = frozenset({"namesake", "seat_namesake", "outgrown", "capital_abroad"})


def fit_ascent(parts: Sequence[Rows], start: Weights, *, rounds: int = 3,
               fitted: frozenset[str] | None = None) -> dict[str, float]:
    """Coordinate ascent on the share of toponyms whose top candidate is right (the mean
    over ``parts``), each weight in turn on a grid from -4 to 6 by 0.25, from ``start``;
    :data:`UNFITTED` weights and those of the added features stay put."""
    if fitted is None:
        fitted = frozenset(FEATURES[:FEATURES.index("capital_abroad") + 1]) - UNFITTED
    vector = np.array([getattr(start, name) for name in FEATURES], dtype=float)
    heads = [p.starts[:-1] for p in parts]

    def objective(v: np.ndarray) -> float:
        total = 0.0
        for part, head in zip(parts, heads, strict=True):
            s = part.x @ v
            right_best = np.maximum.reduceat(np.where(part.right, s, -np.inf), head)
            wrong_best = np.maximum.reduceat(np.where(part.right, -np.inf, s), head)
            total += np.mean(right_best > wrong_best)  # a tie is not a hit
        return total / len(parts)

    best_score = objective(vector)
    for _ in range(rounds):
        for i, name in enumerate(FEATURES):
            if name not in fitted:
                continue
            for trial in sorted({*np.arange(-4.0, 6.25, 0.25), vector[i]}):
                candidate = vector.copy()
                candidate[i] = trial
                score = objective(candidate)
                if score > best_score + 1e-9:
                    vector, best_score = candidate, score
    return {name: round(float(v), 3) for name, v in zip(FEATURES, vector, strict=True)}


def importance(parts: Sequence[Rows], weights: dict[str, float]) -> dict[str, float]:
    """Each feature's weight times its standard deviation within a toponym's candidates
    (pooled over the corpora): how far it moves a score between rival candidates."""
    spread = np.zeros(len(FEATURES))
    count = 0
    for part in parts:
        groups = np.repeat(np.arange(part.groups), np.diff(part.starts))
        sizes = np.diff(part.starts)
        means = np.array([np.bincount(groups, part.x[:, j], part.groups) / sizes
                          for j in range(len(FEATURES))]).T
        spread += ((part.x - means[groups]) ** 2).sum(axis=0)
        count += len(part.x)
    sd = np.sqrt(spread / max(count, 1))
    return {name: round(float(abs(weights[name]) * sd[j]), 4)
            for j, name in enumerate(FEATURES)}


def fit_ranker(corpora: Sequence[Corpus], gazetteer, *, l2: float = L2,
               even_only: bool = False, without: Sequence[str] = (),
               ) -> tuple[Weights, list[Rows]]:
    """The model learned from ``corpora`` (their even documents with ``even_only``), and
    its training rows; the features named in ``without`` weigh 0 (an ablation).

    The rows are read in a first pass with every weight 0 (:data:`NEUTRAL`: each name's
    first gazetteer reading), so that no hand-set weight enters. Reading them again in
    the first pass of the model so fitted and refitting was tried: leave-one-corpus-out
    it scores lower (docs/benchmarks.md, "Learned ranking, session 8")."""
    resolver = Resolver(gazetteer, weights=NEUTRAL)
    parts = [rows_of(resolver, c, range(0, len(c.records), 2) if even_only else None)
             for c in corpora]
    fixed = FIXED | dict.fromkeys(without, 0.0)
    return Weights(**fit_logit(parts, l2=l2, fixed=fixed)), parts


def main(argv: list[str] | None = None) -> None:
    """Train the ranking model on the given corpora's documents and write it."""
    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("corpora", nargs="+")
    args.add_argument("-o", "--output", type=Path, default=MODEL)
    args.add_argument("--l2", type=float, default=L2)
    args.add_argument("--even-only", action="store_true",
                      help="train on the even documents only (the odd split stays a check)")
    args.add_argument("--without", nargs="*", default=(), choices=FEATURES, metavar="FEATURE",
                      help="features that weigh 0 (an ablation)")
    ns = args.parse_args(argv)
    # The shipped model plays no part: its file may be the one being retrained.
    parser = Parser(weights=NEUTRAL)
    corpora = [load_corpus(p, parser, end_to_end=False) for p in ns.corpora]
    fitted, parts = fit_ranker(corpora, parser.gazetteer, l2=ns.l2, even_only=ns.even_only,
                               without=ns.without)
    weights = {name: getattr(fitted, name) for name in FEATURES}
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=Path(__file__).parent, check=False).stdout.strip()
    model = {
        "version": VERSION,
        "model": "conditional logit over each mention's candidates (tools/train_ranker.py)",
        "trained_on": [Path(p).name for p in ns.corpora],
        "documents": "even" if ns.even_only else "all",
        "rows": {Path(p).stem: part.groups for p, part in zip(ns.corpora, parts, strict=True)},
        "l2": ns.l2, "smooth": SMOOTH, "commit": commit, "features": list(FEATURES),
        "labels": f"right: within {ACC_KM:g} km of the gold point and {FINER_KM:g} km of the "
                  "nearest candidate",
        "weights": weights,
        "importance": importance(parts, weights),
        "refine": fitted.refine,
        "first_pass": "every weight 0 (each name's first gazetteer reading)",
    }
    ns.output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
