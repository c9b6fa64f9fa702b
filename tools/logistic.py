"""The one L2-penalised logistic regression of the training tools (numpy and scipy:
scikit-learn is no dependency of the project), and the standardisation every model of
``tools/`` fits on.

The recognition model (``tools/train_recognizer.py``), the learned dates
(``tools/train_dates.py``), the learned merge (``tools/train_merge.py``) and the count
attachment (``tools/count_models.py``) each fit it on their own rows.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

__all__ = ["fit_logistic", "standardise"]


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each feature's mean and scale (1 for a constant one)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    return mean, scale


def fit_logistic(z: np.ndarray, y: np.ndarray, *, l2: float,
                 weight: np.ndarray | None = None) -> np.ndarray:
    """Weights of a logistic regression of ``y`` on the (standardised) features ``z``,
    the bias last: they minimise the mean log loss, each row weighing ``weight`` (1 by
    default), plus ``l2`` times the squared norm of the weights (the bias is free)."""
    weight = np.ones(len(y)) if weight is None else weight
    y = np.asarray(y, dtype=float)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        margin = z @ w + b
        p = 1.0 / (1.0 + np.exp(-margin))
        nll = weight * (np.logaddexp(0.0, margin) - y * margin)
        grad = weight * (p - y)
        value = nll.sum() / len(y) + l2 * (w @ w)
        return value, np.append(z.T @ grad / len(y) + 2 * l2 * w, grad.sum() / len(y))

    return minimize(loss, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B",
                    options={"maxiter": 2000}).x
