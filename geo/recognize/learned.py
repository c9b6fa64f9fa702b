"""The learned recognizer's model: a logistic regression over the features of
:mod:`geo.recognize.features` that decides which proposed spans are toponyms.

Trained by ``python -m tools.train_recognizer`` on the development corpora's gold spans
and shipped as plain JSON (``geo/data/recognizer-v1.json``: feature names, weights on
the raw feature values, intercept, threshold, training commit and gazetteer revision).
Scoring is a dot product, so running it needs neither scikit-learn nor scipy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from geo.recognize.candidate import Candidate
from geo.recognize.features import FEATURES

MODEL = Path(__file__).resolve().parents[1] / "data" / "recognizer-v1.json"


def judged(cand: Candidate) -> bool:
    """Whether the model decides on a span; the others are kept as the rules find them.

    It judges names that the NER or the gazetteer propose. Demonyms are not: one corpus
    marks them as toponyms and another never does, so no model learns one convention
    from both (and events read a nationality as an actor's country). Nor are the
    patterns of :mod:`.phrases` (streets, natural features, "the town hall"): only local
    news marks streets, so a model trained on the other corpora learns to drop them.
    """
    return cand.kind == "named" and cand.source in ("ner", "gazetteer")


class ModelMismatch(ValueError):
    """A recognizer model file whose features are not the code's :data:`FEATURES`."""


@dataclass(frozen=True)
class RecognitionModel:
    """Weights of a logistic regression over :data:`FEATURES`; a span is kept when its
    probability of being a toponym reaches ``threshold``."""

    weights: tuple[float, ...]
    intercept: float
    threshold: float = 0.5

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ModelMismatch(f"{len(self.weights)} weights for {len(FEATURES)} features")

    def probability(self, vector: Sequence[float]) -> float:
        """The model's probability that a span with these feature values is a toponym."""
        z = self.intercept + sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def keeps(self, vector: Sequence[float]) -> bool:
        """Whether a span with these feature values is taken for a toponym."""
        return self.probability(vector) >= self.threshold


def load(path: str | Path = MODEL) -> RecognitionModel:
    """Read a model file; its feature list must be the code's, in the same order."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        missing = sorted(set(FEATURES) - set(data["features"]))
        extra = sorted(set(data["features"]) - set(FEATURES))
        raise ModelMismatch(f"{path}: its features differ from the code's (missing "
                            f"{missing}, unknown {extra}, or reordered): retrain it with "
                            "python -m tools.train_recognizer")
    weights = tuple(float(data["weights"][name]) for name in FEATURES)
    return RecognitionModel(weights, float(data["intercept"]), float(data["threshold"]))
