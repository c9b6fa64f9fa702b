"""Whether a row the detector emits is a real incident at a real site: the language-neutral
evidence about each row, and the learned decision read from ``geo/data/keep-v1.json``.

The rules give each row its place, status and type; what they leave are rows at places
that are no site (an actor, a speaker's seat, a home, a destination) and rows of events
that did not happen or that the report only recalls. Each row is described by facts that
hold in any language: the place's precision and kind, how near its mention stands to the
trigger, how often and where the report names the place, the row's day against the
publication day, its counts, the other rows at its place, quotation marks in its
sentence, the rows told not to have happened around it. ``tools/train_keep.py`` fits a
logistic regression on the occurred rows of the three dev files: those ``eval-events`` pairs
with a gold event at its place against those it names false (at an unreal event, at a place
that is no site, in a report with no event, a duplicate). An occurred row it scores below
the file's threshold becomes ``doubtful``: out of the default output, like a row told not
to have happened, and shown with ``keep_all`` (docs/benchmarks.md, "Learned row keeping,
session 20", for how it was judged).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import numpy as np

from geo.events.clauses import Span
from geo.events.draft import EventDraft
from geo.events.rules import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VIOLENCE
from geo.model import Mention

__all__ = ["MODEL_FILE", "KeepModel", "describe", "doubt", "doubtable", "keep_model"]

MODEL_FILE = Path(__file__).resolve().parents[1] / "data" / "keep-v1.json"

_TYPES = (PROTESTS, RIOTS, BATTLES, EXPLOSIONS, VIOLENCE, STRATEGIC)
_PRECISIONS = ("point", "part_of_city", "city", "admin1", "country", "region")
_KINDS = ("named", "nominal", "area", "demonym")
# Quotation marks of English, Russian and French news: a sentence quoting someone.
_QUOTE = re.compile(r"[\"«»“”„]")
_WORD = re.compile(r"\w+")


def _place_id(mention: Mention | None) -> str | None:
    return mention.place.id if mention is not None and mention.place is not None else None


def _within(mention: Mention, span: Span) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]


def describe(text: str, rows: Sequence[EventDraft], mentions: Sequence[Mention],
             spans: Sequence[Span], published: date | None) -> None:
    """Give each placed occurred row of ``rows`` (every status: the rows told not to
    have happened are evidence too) its ``features``, in place."""
    placed = [m for m in mentions if m.place is not None]
    by_place = Counter(m.place.id for m in placed)
    countries = Counter(m.place.country for m in placed if m.place.country)
    main_country = countries.most_common(1)[0][0] if countries else ""
    first_at: dict[str, int] = {}
    for m in sorted(placed, key=lambda m: m.start):
        first_at.setdefault(m.place.id, m.start)
    lede = spans[0] if spans else (0, min(len(text), 200))
    in_lede = {m.place.id for m in placed if _within(m, lede)}
    # (other roles the resolver or the rules gave the place: an actor, a home, no site)
    roles = Counter(m.place.id for m in placed if m.role != "location")
    unreal = [r for r in rows if r.status != "occurred"]
    unreal_sentences = {r.sentence for r in unreal}
    unreal_places = {_place_id(r.location) for r in unreal}
    rows = [r for r in rows if r.status == "occurred"]
    rows_at = Counter(_place_id(r.location) for r in rows)
    kinds_at = Counter((_place_id(r.location), r.event_type) for r in rows)
    per_sentence = Counter(r.sentence for r in rows)
    n_sentences = max(1, len(spans))
    for row in rows:
        where = row.location
        if where is None or where.place is None:
            continue
        place = where.place
        sentence = spans[row.sentence] if 0 <= row.sentence < len(spans) else row.clause
        f: dict[str, float] = {f"type_{n}": float(row.event_type == t)
                               for n, t in enumerate(_TYPES)}
        f |= {f"precision_{p}": float(where.precision == p) for p in _PRECISIONS}
        f |= {f"mention_{k}": float(where.kind == k) for k in _KINDS}
        f["place_country"] = float(place.kind == "country")
        f["place_admin"] = float(place.kind in ("admin1", "admin2", "region"))
        f["place_city"] = float(place.kind == "city")
        f["log_population"] = math.log10(1 + place.population)
        f["from_context"] = float(row.place_from_context)
        # (a mention past the clause or sentence: carried from elsewhere in the report)
        f["in_clause"] = float(_within(where, row.clause))
        f["in_sentence"] = float(_within(where, sentence))
        gap = text[min(where.end, row.trigger[1]):max(where.start, row.trigger[0])]
        f["log_words_to_trigger"] = math.log1p(len(_WORD.findall(gap))) \
            if f["in_sentence"] else 3.0
        f["before_trigger"] = float(where.start < row.trigger[0])
        f["share_of_mentions"] = by_place[place.id] / max(1, len(placed))
        f["log_mentions"] = math.log1p(by_place[place.id])
        f["in_lede"] = float(place.id in in_lede)
        f["first_mention_at"] = first_at.get(place.id, where.start) / max(1, len(text))
        f["main_country"] = float(place.country == main_country)
        f["sentence_at"] = row.sentence / n_sentences
        f["first_sentence"] = float(row.sentence == 0)
        f["quoted"] = float(bool(_QUOTE.search(text, *sentence)))
        f["places_in_sentence"] = math.log1p(sum(_within(m, sentence) for m in placed))
        f["rows_in_sentence"] = math.log1p(per_sentence[row.sentence] - 1)
        f["rows_at_place"] = math.log1p(rows_at[place.id] - 1)
        f["same_type_at_place"] = float(kinds_at[(place.id, row.event_type)] > 1)
        f["log_rows"] = math.log1p(len(rows))
        f["other_roles"] = roles[place.id] / by_place[place.id] if by_place[place.id] else 0.0
        f["unreal_in_sentence"] = float(row.sentence in unreal_sentences)
        f["unreal_at_place"] = float(place.id in unreal_places)
        f["unreal_share"] = len(unreal) / (len(unreal) + len(rows))
        f["dated"] = float(row.event_date is not None)
        back = (published - row.event_date).days if published and row.event_date else 0
        f["days_back"] = math.log1p(max(0, back))
        f["after_published"] = float(back < 0)
        f["other_year"] = float(bool(published and row.event_date
                                     and row.event_date.year != published.year and back > 31))
        f["date_from_context"] = float(row.date_from_context)
        f["ranged"] = float(row.event_date_end is not None)
        f["evidence"] = math.log1p(len(row.evidence))
        f["counted"] = float(bool(row.counts))
        f["counts_shared"] = float(row.counts_shared)
        f["weak"] = float(row.rule.weak)
        f["confidence"] = row.confidence
        row.features = f


@dataclass(frozen=True)
class KeepModel:
    """The probability that a row is right: a logistic regression over standardised
    features, and the threshold below which a row is doubtful."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    @classmethod
    def from_json(cls, data: dict) -> KeepModel:
        return cls(tuple(data["features"]), np.array(data["mean"], dtype=float),
                   np.array(data["scale"], dtype=float), np.array(data["weights"], dtype=float),
                   float(data["bias"]), float(data["threshold"]))

    def probability(self, features: dict[str, float]) -> float:
        """A feature the model does not know is left out; one it knows that the row lacks
        counts 0."""
        x = np.array([features.get(name, 0.0) for name in self.features], dtype=float)
        margin = float(((x - self.mean) / self.scale) @ self.weights) + self.bias
        return 1.0 / (1.0 + math.exp(-margin))


@cache
def keep_model(path: Path = MODEL_FILE) -> KeepModel:
    """The model saved at ``path``, read once."""
    return KeepModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def doubtable(features: dict[str, float]) -> bool:
    """Whether the model may doubt a row with these features: one that counts no one.
    A toll or an arrest count is what a map's totals add up; the counted rows the dev
    files name false are few (40 of 163), the model finds almost none of them, and the
    counted rows it doubts are mostly an official's nationwide toll ("the ministry said
    26 were killed"), which a report's reader wants kept."""
    return bool(features) and not features.get("counted")


def doubt(rows: Sequence[EventDraft], model: KeepModel | None = None) -> None:
    """Mark ``doubtful`` (in place) each described occurred row (:func:`doubtable`) that
    ``model`` scores below its threshold."""
    model = model or keep_model()
    for row in rows:
        if row.status == "occurred" and doubtable(row.features) and \
                model.probability(row.features) < model.threshold:
            row.status = "doubtful"
