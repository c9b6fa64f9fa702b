"""Whether an English clause that tells a crowd's violence also tells a protest of its
own: "hours before the clash, several hundred people had marched peacefully", "the riot
broke out after a rally outside parliament", "after a march that had passed off
peacefully, youths set fire to the palace door". News often tells the gathering and the
violence that came before or after it in one clause; a protest that turned violent
("protesters burned tyres and blocked roads") is the riot alone, as ACLED codes it.

:func:`geo.events.kinds.collapse` folds a clause's protest into its crowd's violence
(the riot, arson, looting, a crowd's clash) unless :func:`told_apart` says the protest
is an event of its own. That decision is a small logistic regression over the features
of :func:`features` (the words between the two triggers, the protest's manner, whether
the violence is named as a told event), trained by ``tools/train_apart.py`` on the
English dev reports' clauses, labelled by their gold events' evidence, and kept in
:data:`MODEL_FILE` (feature names, means, scales, weights); it is read once.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

import numpy as np

__all__ = ["CROWD_APART", "FEATURES", "MODEL_FILE", "features", "probability", "told_apart"]

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "apart-v1.json"

#: Words that set a crowd apart from another: its manner ("a peaceful crowd", "marched
#: peacefully") or another spot ("a few blocks away", "elsewhere in the city", "another
#: group").
CROWD_APART = re.compile(r"\b(?:peaceful(?:ly)?|elsewhere|(?:blocks?|streets?|metres|meters|"
                         r"km|kilomet(?:re|er)s|miles)\s+away|another (?:crowd|group|"
                         r"march|rally|gathering|part|district|neighbou?rhood|square))\b",
                         re.IGNORECASE)
# Words that put two happenings one after the other ("hours before", "after a rally",
# "then", "until"): what lies between the two triggers.
_SEQUENCE = re.compile(r"\b(?:before|after|afterwards|earlier|later|then|until|since|"
                       r"following|once|subsequently)\b", re.IGNORECASE)
# Words of a gathering that became the violence ("a rally that turned into a riot",
# "the march degenerated into clashes"): one event, the riot.
_TURN = re.compile(r"\b(?:turn(?:ed|ing|s)|became|becoming|degenerat\w+|escalat\w+|"
                   r"erupt\w*|descend\w*|spiral\w*|broke up|breaking up)\b", re.IGNORECASE)
# Words that tell a gathering went off without trouble.
_CALM = re.compile(r"\b(?:passed off|without (?:incident|trouble|violence)|ended "
                   r"(?:calmly|quietly|without))\b", re.IGNORECASE)
# The violence named as an event told elsewhere: "the riot", "that clash".
_DEFINITE = re.compile(r"\b(?:the|this|those|these)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

FEATURES = ("sequence_between", "turn_between", "protest_first", "calm", "apart_words",
            "violence_definite", "word_gap")


def features(text: str, clause: tuple[int, int], protest: tuple[int, int],
             violence: tuple[int, int]) -> dict[str, float]:
    """The features of a protest trigger (its span) beside the nearest trigger of a
    crowd's violence in its clause."""
    first, second = sorted((protest, violence))
    between = text[first[1]:second[0]]
    return {
        "sequence_between": float(_SEQUENCE.search(between) is not None),
        "turn_between": float(_TURN.search(between) is not None),
        "protest_first": float(protest[0] < violence[0]),
        "calm": float(_CALM.search(text, *clause) is not None),
        "apart_words": float(CROWD_APART.search(text, *clause) is not None),
        "violence_definite": float(_DEFINITE.search(text, clause[0], violence[0]) is not None),
        "word_gap": math.log1p(len(between.split())),
    }


@cache
def _model() -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE}: its features are not {FEATURES}")
    return (np.array(data["mean"], dtype=float), np.array(data["scale"], dtype=float),
            np.array(data["weights"], dtype=float), float(data["bias"]))


def probability(values: dict[str, float]) -> float:
    """The model's probability that the protest is an event of its own."""
    mean, scale, weights, bias = _model()
    x = (np.array([values[name] for name in FEATURES]) - mean) / scale
    return float(1.0 / (1.0 + math.exp(-(x @ weights + bias))))


def told_apart(text: str, clause: tuple[int, int], protest: tuple[int, int],
               violence: list[tuple[int, int]]) -> bool:
    """Whether the protest at ``protest`` is an event apart from the crowd's violence
    told in its clause (``violence``: those triggers' spans; the nearest is read)."""
    # (words read by both rules, "a violent demonstration", tell one event)
    if not violence or any(a < protest[1] and protest[0] < b for a, b in violence):
        return False
    nearest = min(violence, key=lambda span: abs(span[0] - protest[0]))
    return probability(features(text, clause, protest, nearest)) >= 0.5
