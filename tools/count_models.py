"""Small models of a count's row, in numpy and scipy (scikit-learn and LightGBM are no
dependencies of the project): a logistic regression per pair, a conditional logit over
each count's rows and "none", and gradient-boosted trees. ``tools/train_counts.py`` judges
them."""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

from tools.logistic import fit_logistic, standardise


class Logistic:
    """L2-penalised logistic regression on standardised features, fitted by L-BFGS
    (scipy, as ``tools/train_ranker.py``: no new dependency); the weights are kept
    unstandardised, so scoring is one dot product."""

    def __init__(self, l2: float = 1.0) -> None:
        self.l2 = l2
        self.weights = np.zeros(0)
        self.bias = 0.0

    def fit(self, x: np.ndarray, y: np.ndarray) -> Logistic:
        # (the penalty of the summed loss, ``l2 / 2``, per row of the mean loss)
        mean, scale = standardise(x)
        theta = fit_logistic((x - mean) / scale, y, l2=self.l2 / 2 / max(1, len(y)))
        self.weights = theta[:-1] / scale
        self.bias = float(theta[-1] - np.sum(theta[:-1] * mean / scale))
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(x @ self.weights + self.bias)))


class Choice:
    """A conditional logit over each count's rows and "none": P(row) ∝ exp(w · x_row),
    P(none) ∝ 1, fitted on the likelihood of a right row (any of them) or of none when
    the count has no right row, with an L2 penalty on standardised features. A count
    goes to its best row when that row beats "none" (w · x > 0): the choice among a
    count's rows is what the data tell, not a pair's score against all pairs."""

    def __init__(self, l2: float = 1.0) -> None:
        self.l2 = l2
        self.weights = np.zeros(0)
        self.bias = 0.0

    def fit(self, x: np.ndarray, y: np.ndarray, counts: np.ndarray) -> Choice:
        mean, scale = standardise(x)
        z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
        _, group = np.unique(counts, return_inverse=True)
        n = group.max() + 1
        has_right = np.bincount(group, weights=y, minlength=n) > 0

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            u = z @ theta
            top = np.maximum(np.zeros(n), np.full(n, -np.inf))
            np.maximum.at(top, group, u)
            e = np.exp(u - top[group])
            every = np.bincount(group, weights=e, minlength=n) + np.exp(-top)
            right = np.where(has_right, np.bincount(group, weights=e * y, minlength=n),
                             np.exp(-top))
            value = -np.sum(np.log(right) - np.log(every))
            p_all = e / every[group]
            p_right = np.where(y > 0, e / right[group], 0.0) * has_right[group]
            grad = z.T @ (p_all - p_right)
            value += 0.5 * self.l2 * theta[1:] @ theta[1:]
            grad[1:] += self.l2 * theta[1:]
            return float(value), grad

        theta = minimize(loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B").x
        self.weights = theta[1:] / scale
        self.bias = float(theta[0] - np.sum(theta[1:] * mean / scale))
        return self

    def predict(self, x: np.ndarray) -> np.ndarray:
        """A pair's score against "none": above one half, the row beats it."""
        return 1 / (1 + np.exp(-(x @ self.weights + self.bias)))


class Boosted:
    """Gradient-boosted trees of depth :attr:`depth` on the logistic loss, in numpy
    (scikit-learn and LightGBM are not dependencies of the project): the features
    are few-valued, so every split point of every feature is tried. A tree is a list of
    leaves, each a list of (feature, threshold, above) tests and a value."""

    def __init__(self, rounds: int = 150, rate: float = 0.1, depth: int = 3,
                 min_leaf: int = 10, l2: float = 1.0) -> None:
        self.rounds, self.rate, self.depth, self.min_leaf, self.l2 = \
            rounds, rate, depth, min_leaf, l2
        self.base = 0.0
        self.trees: list[list[tuple[list[tuple[int, float, bool]], float]]] = []

    def fit(self, x: np.ndarray, y: np.ndarray) -> Boosted:
        prior = min(max(y.mean(), 1e-3), 1 - 1e-3)
        self.base = float(np.log(prior / (1 - prior)))
        margin = np.full(len(y), self.base)
        cuts = [np.unique(x[:, j])[:-1] for j in range(x.shape[1])]
        for _ in range(self.rounds):
            p = 1 / (1 + np.exp(-margin))
            grad, hess = p - y, np.maximum(p * (1 - p), 1e-6)
            leaves = self._grow(x, grad, hess, np.arange(len(y)), [], cuts, self.depth)
            for tests, value in leaves:
                margin[self._inside(x, tests)] += value
            self.trees.append(leaves)
        return self

    def _grow(self, x: np.ndarray, grad: np.ndarray, hess: np.ndarray, rows: np.ndarray,
              tests: list[tuple[int, float, bool]], cuts: list[np.ndarray], depth: int
              ) -> list[tuple[list[tuple[int, float, bool]], float]]:
        g, h = grad[rows].sum(), hess[rows].sum()
        leaf = [(tests, float(-self.rate * g / (h + self.l2)))]
        if depth == 0 or len(rows) < 2 * self.min_leaf:
            return leaf
        best, split = 0.0, None
        for j, values in enumerate(cuts):
            column = x[rows, j]
            for cut in values:
                above = column > cut
                n = above.sum()
                if n < self.min_leaf or len(rows) - n < self.min_leaf:
                    continue
                ga, ha = grad[rows][above].sum(), hess[rows][above].sum()
                gain = ga * ga / (ha + self.l2) + (g - ga) ** 2 / (h - ha + self.l2) - \
                    g * g / (h + self.l2)
                if gain > best:
                    best, split = gain, (j, float(cut), above)
        if split is None:
            return leaf
        j, cut, above = split
        return self._grow(x, grad, hess, rows[above], [*tests, (j, cut, True)], cuts,
                          depth - 1) + \
            self._grow(x, grad, hess, rows[~above], [*tests, (j, cut, False)], cuts, depth - 1)

    @staticmethod
    def _inside(x: np.ndarray, tests: list[tuple[int, float, bool]]) -> np.ndarray:
        keep = np.ones(len(x), dtype=bool)
        for j, cut, above in tests:
            keep &= (x[:, j] > cut) == above
        return keep

    def predict(self, x: np.ndarray) -> np.ndarray:
        margin = np.full(len(x), self.base)
        for leaves in self.trees:
            for tests, value in leaves:
                margin[self._inside(x, tests)] += value
        return 1 / (1 + np.exp(-margin))
