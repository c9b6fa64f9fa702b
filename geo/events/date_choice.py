"""The learned choice of a Russian or French row's day among the days its report offers.

The lexical detector (:mod:`geo.events.lexical`) dates each row by hand rules first
(:class:`geo.events.lexical_story.Story`); those rules stay as the model's input: the day
they gave the row before is one of its candidates' features (``is_previous_row``), the
story's day they keep is another (``is_story_day``), and the rows of one event are
merged by those days before any choice. Then each occurred row takes the candidate day
(:func:`geo.events.date_features.row_candidates`) that a linear model scores best.

The model is trained on the rows of the three dev files (English, Russian, French)
tied to their gold events by evidence, and only on those: ``tools/train_dates.py
--rebuild --save geo/data/dates-v1.json`` (docs/benchmarks.md, "Learned dates,
session 15", for how it was chosen and judged; the blind files stay out of it). It is
a pointwise logistic regression over standardised features; its file holds the feature
names, their means, scales and weights, and is read once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np

from geo.events.date_features import Candidate, Narrative, row_candidates
from geo.events.draft import EventDraft
from geo.events.vocabulary import Vocabulary

__all__ = ["MODEL_FILE", "DateModel", "choose_dates", "date_model"]

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "dates-v1.json"


@dataclass(frozen=True)
class DateModel:
    """A linear score of a candidate day: ``((x - mean) / scale) @ weights``."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    @classmethod
    def from_json(cls, data: dict) -> DateModel:
        return cls(tuple(data["features"]), np.array(data["mean"], dtype=float),
                   np.array(data["scale"], dtype=float), np.array(data["weights"], dtype=float))

    def scores(self, candidates: Sequence[Candidate]) -> np.ndarray:
        """Each candidate's score (a feature the model does not know is left out; one it
        knows that the candidate lacks counts 0)."""
        x = np.array([[c.features.get(name, 0.0) for name in self.features]
                      for c in candidates], dtype=float)
        return ((x - self.mean) / self.scale) @ self.weights


@cache
def date_model(path: Path = MODEL_FILE) -> DateModel:
    """The model saved at ``path``, read once."""
    return DateModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def choose_dates(text: str, drafts: Sequence[EventDraft], published: date | None,
                 vocabulary: Vocabulary, model: DateModel | None = None) -> None:
    """Give each occurred draft the candidate day ``model`` scores best (in place).

    The drafts come dated by the rules; in text order, each row's candidates are read
    with the rules' day of the row before it, as the model was trained. A row whose best
    day is the rules' keeps everything, and so do a row the rules gave a range, one
    merged from several sentences, one dated by the morning after a night and one of a
    report that names no date; another takes
    that single day, as precise as the expression in reach that names it, else to the
    week (ACLED's precision of the story's or the publication day, as the rules date
    such rows)."""
    # Only rows that happened: the model was trained on them; a plan's or a denial's
    # day stays the rules' (a weekday to come is the next one).
    occurred = sorted((d for d in drafts if d.status == "occurred"), key=lambda d: d.trigger[0])
    if not occurred:
        return
    model = model or date_model()
    story = Narrative.read(text, vocabulary, published)
    previous: date | None = None
    for draft in occurred:
        before, previous = previous, draft.event_date or previous
        # A range the rules read ("depuis lundi", "в ночь на субботу") keeps its two
        # days: the model, trained on single days, chooses a start and drops the end.
        # A row merged from several sentences keeps the day the merge took from the
        # most precise of them: its candidates are read from its first trigger only.
        # A row dated by the morning after a night keeps it: the candidates read no night.
        # A checkpoint told standing, with no day of its own, keeps the report's day.
        if draft.event_date_end is not None or len(draft.evidence) > 1 or draft.after_night \
                or draft.standing:
            continue
        candidates = row_candidates(story, draft.trigger[0], draft.clause, before,
                                    draft.story_day)
        # A report naming no date dates its rows by publication, the annotators'
        # convention (geo/evaluate/events.py) that the dev rows, all dated, cannot teach.
        if not candidates or not candidates[0].features["ctx_text_dated"]:
            continue
        # A weekday or date named in the row's own clause is its day ("во вторник ... в
        # Караганде", "mercredi à Sfax"): the dev rows hold too few sentences telling two
        # days for the model to let the clause outweigh the story's day.
        if any(c.day == draft.event_date and _named_in_clause(c) for c in candidates):
            continue
        best = candidates[int(np.argmax(model.scores(candidates)))]
        if best.day == draft.event_date:
            continue
        named = not best.features.get("level_none")
        draft.event_date = best.day
        draft.time_precision = int(best.features.get("precision") or 2) if named else 2
        draft.date_from_context = not named


def _named_in_clause(candidate: Candidate) -> bool:
    return bool(candidate.features.get("in_clause")) and bool(
        candidate.features.get("kind_weekday") or candidate.features.get("kind_calendar"))
