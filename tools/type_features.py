"""Language-neutral features of a row's type, read by the learned typing
(:mod:`tools.type_choice`) and by its training (``tools/train_types.py``).

A row (an :class:`~geo.events.draft.EventDraft` as the detector leaves it) is described
by what the hand rules made of it (its type, sub-type, trigger rule and our sub-type),
by the trigger kinds its sentences hold before any of them is folded into another (a
protest, a riot, a killing, looting, arson, arrests, force ...: the English rules'
names, which the Russian and French vocabularies' triggers also carry), by whether
each of those was told as happened, by its actors, by the kinds of count it holds, by
the kinds of the other rows told in its sentences and (English) by whether its clause
sets its crowd apart ("a peaceful crowd").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from geo.events.clauses import Span, split_clauses
from geo.events.draft import EventDraft
from geo.events.lexical_hits import sentence_hits
from geo.events.lexical_status import trigger_status
from geo.events.rules import STRATEGIC
from geo.events.triggers import clause_hits
from geo.events.vocabulary import Vocabulary

__all__ = ["Cues", "row_features", "row_kind"]

Cue = tuple[str, bool]  # a trigger kind, and whether it was told as happened


def row_kind(event_type: str, sub_event_type: str) -> str:
    """The kind the evaluation matches on: the type, or for strategic developments
    (arrests, looting, other) the sub-type."""
    return sub_event_type if event_type == STRATEGIC else event_type


class Cues:
    """The trigger kinds each sentence of one report holds (read once a sentence)."""

    def __init__(self, text: str, published: date | None,
                 vocabulary: Vocabulary | None = None) -> None:
        self.text = text
        self.year = published.year if published else None
        self.vocabulary = vocabulary
        self.words = vocabulary.words(text) if vocabulary is not None else []
        self.keys = frozenset(k for w in self.words for k in w.keys)
        self.seen: dict[Span, list[Cue]] = {}

    def of(self, span: Span) -> list[Cue]:
        if span not in self.seen:
            self.seen[span] = self._read(span)
        return self.seen[span]

    def _read(self, span: Span) -> list[Cue]:
        if self.vocabulary is None:
            return [(rule.name, status == "occurred")
                    for clause in split_clauses(self.text, span)
                    for rule, _, status in clause_hits(self.text, clause, span, self.year)]
        sentence = [w for w in self.words if span[0] <= w.start < span[1]]
        crowd = any(w.any_of(self.vocabulary.crowd) for w in sentence)
        return [(trigger.with_crowd if trigger.with_crowd and crowd else trigger.rule,
                 trigger_status(sentence, first, last, self.vocabulary) == "occurred")
                for trigger, first, last in sentence_hits(sentence, self.vocabulary,
                                                          self.keys, self.keys)]


def _spans(draft: EventDraft, length: int) -> list[Span]:
    # (a tool's trace may mark rows with spans past the text: no sentence)
    return [s for s in draft.evidence if s[1] <= length] or [draft.clause]


def row_features(draft: EventDraft, rows: Sequence[EventDraft], cues: Cues) -> dict[str, float]:
    """The features of ``draft``'s type, ``rows`` the report's other rows."""
    features = {f"type={draft.event_type}": 1.0, f"sub={draft.sub_event_type}": 1.0,
                f"rule={draft.rule.name}": 1.0}
    if draft.rule.subtype:
        features[f"subtype={draft.rule.subtype}"] = 1.0
    spans = _spans(draft, len(cues.text))
    for span in spans:
        for name, occurred in cues.of(span):
            features[f"cue={name}" if occurred else f"cue_unreal={name}"] = 1.0
    for actor in draft.actors:
        features[f"actor={actor}"] = 1.0
    for count in draft.counts:
        features[f"count={count.field}"] = 1.0
    place = draft.location.place.id if draft.location and draft.location.place else None
    for other in rows:
        if other is draft or other.status != "occurred" or not set(
                _spans(other, len(cues.text))) & set(spans):
            continue
        kind = row_kind(other.event_type, other.sub_event_type)
        here = other.location is not None and other.location.place is not None and \
            other.location.place.id == place
        features[f"beside={kind}"] = 1.0
        if here:
            features[f"beside_here={kind}"] = 1.0
    features["sentences"] = float(len(spans))
    features["place_from_context"] = float(draft.place_from_context)
    # (English: its clause sets its crowd apart, "a peaceful crowd", "blocks away")
    features["another_crowd"] = float(draft.another_crowd)
    # What each cue says depends on what the rules made of the row ("a protest" beside
    # a riot row is its start; beside an arrest row, the crowd arrested): a linear model
    # reads that only from products.
    rules = row_kind(draft.event_type, draft.sub_event_type)
    features.update({f"{rules}&{name}": 1.0 for name in list(features)
                     if name.startswith(_CROSSED)})
    return features


_CROSSED = ("cue=", "cue_unreal=", "actor=", "count=", "beside_here=", "another_crowd")
