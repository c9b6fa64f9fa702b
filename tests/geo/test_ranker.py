"""The learned ranking: the conditional logit of tools/train_ranker.py and the shipped
model file it writes (geo/data/ranker-v5.json)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from geo.errors import InputError
from geo.resolve import FEATURES, Weights
from geo.resolve.weights import MODEL, shipped
from tools.rank_data import Rows
from tools.train_ranker import VERSION, fit_logit


def _rows(seed: int) -> Rows:
    """Toponyms of three candidates each, where the right one has the larger
    ``population`` feature and ``exact`` is noise."""
    rng = np.random.default_rng(seed)
    x = np.zeros((300, len(FEATURES)))
    x[:, FEATURES.index("population")] = rng.random(300)
    x[:, FEATURES.index("exact")] = rng.integers(0, 2, 300)
    right = np.zeros(300, dtype=bool)
    for g in range(100):
        right[3 * g + int(np.argmax(x[3 * g:3 * g + 3, 0]))] = True
    return Rows(x, right, np.arange(0, 301, 3))


def test_the_logit_learns_which_feature_decides():
    weights = fit_logit([_rows(1), _rows(2)], fixed={})
    assert weights["population"] > 5 * abs(weights["exact"])
    assert weights == fit_logit([_rows(1), _rows(2)], fixed={})  # deterministic


def test_the_shipped_model_names_only_known_features_and_loads():
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    assert data["version"] == VERSION and set(data["weights"]) <= set(FEATURES)
    assert shipped() == Weights.from_json(MODEL)
    assert shipped().population == data["weights"]["population"]


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps({"weights": {"no_such_feature": 1.0}}), encoding="utf-8")
    with pytest.raises(InputError, match="not a ranking model"):
        Weights.from_json(bad)

