"""The learned choice of an English row's place when the rules put it at a country or a
region: "Police in X fired tear gas to break up a march" in a report datelined from
X's capital, "teachers marched through the capital", where the rules keep the country.

The rules (:mod:`geo.events.places`) place every row first; their choice stays for
every row they put at a town, a province or a district, and for every row of a list of
places ("protests in A, B and C"). A row they put at a country or a region takes,
among its candidates (:func:`geo.events.place_features.row_candidates`: the places of
its sentence, of the two before, the report's recent and most-told places, the
dateline's), the one a linear model scores best: of a country, a place in it; never
one whose mention nearest the row is no site (an actor, a source, a home, a
destination).

The model is trained on the rows of the three dev files tied to their gold events by
evidence: ``python -m tools.train_places --rebuild --save geo/data/places-v1.json``
(docs/benchmarks.md, "Learned place choice, session 16", for how it was chosen and
judged). It reads nothing of the rules' choice but that it is an area, and whether a
place lies in it. Out of sample it
moved English rows right more often than wrong, Russian rows the other way and French
rows not at all; so English only.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np

from geo.events import places
from geo.events.clauses import Span
from geo.events.date_choice import DateModel
from geo.events.draft import EventDraft
from geo.events.lexical_places import dateline_end
from geo.events.place_features import row_candidates
from geo.model import Mention

__all__ = ["MODEL_FILE", "choose_area_places", "place_model"]

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "places-v1.json"
_AREAS = ("country", "region")


@cache
def place_model(path: Path = MODEL_FILE) -> DateModel:
    """The model saved at ``path`` (a linear score of a candidate, as the dates'), read once."""
    return DateModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def choose_area_places(text: str, drafts: Sequence[EventDraft], mentions: Sequence[Mention],
                       sentences: Sequence[Span], published: date | None,
                       model: DateModel | None = None) -> None:
    """Give each draft the rules put at a country or a region, alone on its trigger, the
    candidate place ``model`` scores best (in place); ``mentions``: the report's after
    the role rules; ``sentences``: its sentence spans."""
    model = model or place_model()
    ordered = sorted(mentions, key=lambda m: m.start)
    triggers = Counter(d.trigger[0] for d in drafts)
    dateline = dateline_end(text)
    for draft in drafts:
        rules = draft.location
        # (only rows that happened: the model was trained on them)
        if rules is None or rules.place is None or rules.place.kind not in _AREAS or \
                triggers[draft.trigger[0]] > 1 or draft.status != "occurred":
            continue
        sentence = draft.evidence[0] if draft.evidence else draft.clause
        candidates = [c for c in row_candidates(text, ordered, sentences, draft.trigger[0],
                                                draft.clause, sentence, rules, dateline,
                                                published, draft.event_type)
                      if c.features["rules"] or (c.mention.role == "location"
                      and (rules.place.kind == "region" or c.features["inside_rules"]))]
        if not candidates:
            continue
        best = candidates[int(np.argmax(model.scores(candidates)))]
        if best.features["rules"]:
            continue
        told_here = sentence[0] <= best.mention.start < sentence[1]
        draft.location = best.mention
        draft.geo_precision = places.geo_precision(best.mention) if told_here else 2
        draft.place_from_context = not told_here
