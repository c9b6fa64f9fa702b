"""The learned type of a row, and the second event its sentence tells.

The detectors type each row by hand rules (:mod:`geo.events.kinds`,
:mod:`geo.events.lexical`); those stay the model's input (the row's rules type, trigger
and sub-type are features, :mod:`tools.type_features`). Two multinomial logistic
models read the rows the detector keeps: one the row's kind (ACLED type; for strategic
developments the sub-type), one the kind of another event its sentences tell at its
place that no row tells (a protest beside its riot, the arrests after it), or none. A
row takes the model's kind only where the model is sure (its probability at least the
file's ``retype_at``), and a second row is added only where that model is as sure
(``second_at``); elsewhere the rules' type stands. Curfews, states of emergency and
deployments (strategic "Other") are neither retyped nor added: their sub-types are the
rules'.

Trained on the rows of the three dev files tied to their gold events by evidence:
``python -m tools.train_types --rebuild --save OUT.json`` (docs/benchmarks.md, "Learned
typing, session 16", for how it was judged). Out of sample it did not beat the rules in
any language, so the library does not use it: it stays here, with the training, as the
measured way a saved model would be applied (the end-to-end figures of that section came
from branch ``s16-typing`` at ``bded26c``, where the detectors called
:func:`choose_types`). The file says for which languages it would be used (``languages``).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from geo.events.draft import EventDraft
from geo.events.rules import PROTESTS, RIOTS, RULES, STRATEGIC, VIOLENCE
from geo.events.vocabulary import Vocabulary
from tools.type_features import Cues, row_features, row_kind

__all__ = ["KINDS", "SECOND_KINDS", "TypeModel", "choose_types"]

#: The kinds the model tells apart; the last gathers every other one.
KINDS = (PROTESTS, RIOTS, VIOLENCE, "Battles", "Arrests", "Looting/property destruction",
         "Other")
#: The kinds of a second event; the last is none.
SECOND_KINDS = (PROTESTS, RIOTS, VIOLENCE, "Arrests", "Looting/property destruction", "none")
#: What a row given a kind becomes: its type and the sub-type ACLED uses most for it.
_TYPED = {PROTESTS: (PROTESTS, "Peaceful protest"), RIOTS: (RIOTS, "Violent demonstration"),
          VIOLENCE: (VIOLENCE, "Attack"), "Battles": ("Battles", "Armed clash"),
          "Arrests": (STRATEGIC, "Arrests"),
          "Looting/property destruction": (STRATEGIC, "Looting/property destruction")}


@dataclass(frozen=True)
class Softmax:
    """Class probabilities: ``softmax(((x - mean) / scale) @ weights + bias)``."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: np.ndarray

    @classmethod
    def from_json(cls, data: dict) -> Softmax:
        return cls(*(np.array(data[k], dtype=float) for k in ("mean", "scale", "weights",
                                                                "bias")))

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        score = ((x - self.mean) / self.scale) @ self.weights + self.bias
        score -= score.max(axis=1, keepdims=True)
        p = np.exp(score)
        return p / p.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class TypeModel:
    """The two models, their feature names and where they are used."""

    features: tuple[str, ...]
    kind: Softmax
    second: Softmax
    languages: frozenset[str]
    retype_at: float
    second_at: float

    @classmethod
    def from_json(cls, data: dict) -> TypeModel:
        if tuple(data["kinds"]) != KINDS or tuple(data["second_kinds"]) != SECOND_KINDS:
            raise ValueError("the model's kinds are not this code's")
        return cls(tuple(data["features"]), Softmax.from_json(data["kind"]),
                   Softmax.from_json(data["second"]), frozenset(data["languages"]),
                   float(data["retype_at"]), float(data["second_at"]))

    def matrix(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        """The rows' features (one the model does not know is left out)."""
        return np.array([[r.get(name, 0.0) for name in self.features] for r in rows],
                        dtype=float).reshape(len(rows), len(self.features))


def choose_types(text: str, drafts: list[EventDraft], language: str, published: date | None,
                 vocabulary: Vocabulary | None, model: TypeModel) -> list[EventDraft]:
    """``drafts`` with the occurred rows retyped where the model is sure, and the second
    rows it is sure of added after them (for the model's languages only)."""
    occurred = [d for d in drafts if d.status == "occurred" and d.location is not None
                and d.location.place is not None]
    if language not in model.languages or not occurred:
        return drafts
    cues = Cues(text, published, vocabulary)
    x = model.matrix([row_features(d, drafts, cues) for d in occurred])
    kinds, seconds = model.kind.probabilities(x), model.second.probabilities(x)
    added: list[EventDraft] = []
    for draft, p, q in zip(occurred, kinds, seconds, strict=True):
        rules = row_kind(draft.event_type, draft.sub_event_type)
        best = KINDS[int(p.argmax())]
        if p.max() >= model.retype_at and best != rules and best in _TYPED and \
                rules in _TYPED:
            _retype(draft, best)
        other = int(q[:-1].argmax())
        kind = SECOND_KINDS[other]
        told = {row_kind(d.event_type, d.sub_event_type) for d in (*drafts, *added)
                if d.status == "occurred" and d.location is not None
                and d.location.place is not None
                and d.location.place.id == draft.location.place.id}
        if q[other] >= model.second_at and kind not in told:
            second = copy.copy(draft)
            second.counts, second.evidence = [], list(draft.evidence)
            _retype(second, kind)
            added.append(second)
    return [*drafts, *added]


def _retype(draft: EventDraft, kind: str) -> None:
    event_type, sub_event_type = _TYPED[kind]
    draft.event_type, draft.sub_event_type = event_type, sub_event_type
    if draft.rule.event_type != event_type or draft.rule.subtype:
        # (its trigger's rule gives the row its PLOVER code, actor and our sub-type)
        draft.rule = next(r for r in RULES if (r.event_type, r.sub_event_type) == (
            event_type, sub_event_type) and not r.subtype and not r.weak)
