"""The features of a (count mention, candidate row) pair for a learned count attachment
(``tools/count_candidates.py`` builds the pairs, ``tools/train_counts.py`` learns from
them). Language-neutral: they read offsets, sentences, place mentions, the rows' types,
places and days, and the cues the count finders set, never a word of the text."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from geo.events.counts import CountMention
from geo.events.dates import find_dates
from geo.events.detect import VOCABULARIES
from geo.events.draft import EventDraft
from geo.events.lexical_dates import find_dates as find_lexical_dates
from geo.events.tallies import takes_casualties
from geo.model import Mention
from geo.resolve.context import opens_dateline

Span = tuple[int, int]

#: The features of a pair, in the order of :attr:`tools.count_candidates.Pair.features`.
FEATURES = (
    "same_sentence", "same_clause", "sentence_gap", "sentence_after", "sentence_before",
    "in_evidence", "trigger_is_count", "char_gap", "count_after_trigger",
    "place_in_sentence", "place_near_count", "other_place_nearer", "other_place_in_sentence",
    "cumulative", "since_day", "estimate", "told_again", "has_group", "at_least",
    "approximate", "rows_in_sentence", "rows_with_evidence", "role_fits",
    "fitting_rows_in_sentence", "nearest_fitting", "nearest_fitting_before", "weak_row",
    "country_level", "by_dateline", "place_from_context", "date_span", "log_value",
    "is_fatalities", "is_injured", "is_arrested", "is_checkpoints", "same_field_counts",
    "row_counts_before", "no_fitting_row_here", "fold_host", "sentence_names_place",
    "place_first_after", "place_last_before", "rows_between", "row_is_other_count",
    "day_is_row_day", "day_is_other_day", "stretch_day_is_row_day", "stretch_day_is_other_day",
)
# A count this near a name of the row's place is said at it ("two were killed in X").
_NEAR = 60



def inside(span: Span, outer: Span) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def role_fits(count: CountMention, row: EventDraft) -> bool:
    """Can a row of this type carry a count of this role (as ACLED codes them)?"""
    if count.field == "checkpoints":
        return row.rule.subtype == "checkpoint"
    if count.field == "arrested":
        return row.sub_event_type == "Arrests"
    return takes_casualties(row.event_type)


def days_named(text: str, spans: list[Span], language: str, published: date | None
               ) -> list[tuple[int, date]]:
    """The days the report names (offset, day), read against the publication date:
    a count's phrase may date it apart from its row ("two more died on Sunday")."""
    vocabulary = VOCABULARIES.get(language)
    if vocabulary is None:
        found = find_dates(text, published)
    else:
        words = vocabulary.words(text)
        found = [d for span in spans for d in find_lexical_dates(
            [w for w in words if span[0] <= w.start < span[1]], vocabulary, published)]
    return [(d.start, d.date) for d in found if d.precision == 1
            and not getattr(d, "attributive", False)]


class PairFeatures:
    """What the features of one report's pairs read: sentences, places, rows, days."""

    def __init__(self, text: str, spans: list[Span], mentions: Sequence[Mention],
                 rows: list[EventDraft], days: list[tuple[int, date]]) -> None:
        self.text, self.spans, self.rows, self.days = text, spans, rows, days
        self.places = [m for m in mentions if m.place is not None and m.role == "location"]

    def sentence_of(self, position: int) -> int:
        return next((n for n, (a, b) in enumerate(self.spans) if a <= position < b),
                    len(self.spans))

    def features(self, count: CountMention, row: EventDraft,
                 counts: Sequence[CountMention]) -> list[float]:
        sentence = self.sentence_of(count.start)
        span = self.spans[sentence] if sentence < len(self.spans) else (count.start, count.end)
        gap = sentence - row.sentence
        here = [m for m in self.places if span[0] <= m.start < span[1]]
        own = row.location.place.id
        own_at = [abs(m.start - count.start) for m in here if m.place.id == own]
        other_at = [abs(m.start - count.start) for m in here if m.place.id != own]
        nearest_own = min(own_at, default=math.inf)
        fitting = [r for r in self.rows if role_fits(count, r)]
        fitting_here = [r for r in fitting if r.sentence == sentence]
        by_distance = sorted(fitting, key=lambda r: abs(r.trigger[0] - count.start))
        before = [r for r in fitting if r.trigger[0] <= count.start]
        nearest_before = max(before, key=lambda r: r.trigger[0]) if before else None
        # The places of the count's own stretch: after it up to the next count, and
        # before it back to the count before (or the sentence's edges).
        starts = sorted(c.start for c in counts if span[0] <= c.start < span[1])
        ends = sorted(c.end for c in counts if span[0] <= c.end <= span[1])
        stop = next((a for a in starts if a > count.start), span[1])
        back = max((e for e in ends if e <= count.start), default=span[0])
        after = [m for m in here if count.end <= m.start < stop]
        ahead = [m for m in here if back <= m.start < count.start]
        lo, hi = sorted((row.trigger[0], count.start))
        day_here = {d for at, d in self.days if span[0] <= at < span[1]}
        day_stretch = {d for at, d in self.days if back <= at < stop}
        others = [c for c in counts if c is not count]
        return [
            float(gap == 0),
            float(row.clause[0] <= count.start < row.clause[1]),
            float(min(abs(gap), 5)),
            float(gap > 0),
            float(gap < 0),
            float(any(a <= count.start < b for a, b in row.evidence)),
            float(overlap(row.trigger, (count.start, count.end))),
            min(abs(count.start - row.trigger[0]), 400) / 100 if gap == 0 else 4.0,
            float(count.start >= row.trigger[0]),
            float(bool(own_at)),
            float(nearest_own <= _NEAR),
            float(bool(other_at) and min(other_at) < nearest_own),
            float(bool(other_at)),
            float(count.cumulative),
            float(count.since_day),
            float(count.estimate),
            float(count.told_again_at is not None),
            float(bool(count.group)),
            float(count.qualifier == "at_least"),
            float(count.qualifier == "approximate"),
            float(sum(r.sentence == sentence for r in self.rows)),
            float(sum(any(a <= count.start < b for a, b in r.evidence) for r in self.rows)),
            float(role_fits(count, row)),
            float(len(fitting_here)),
            float(bool(by_distance) and by_distance[0] is row),
            float(nearest_before is row),
            float(row.rule.weak),
            float(row.geo_precision == 3),
            float(opens_dateline(row.location.start, self.text)),
            float(row.place_from_context),
            float(row.event_date_end is not None),
            math.log10(1 + count.value),
            float(count.field == "fatalities"),
            float(count.field == "injured"),
            float(count.field == "arrested"),
            float(count.field == "checkpoints"),
            float(sum(c.field == count.field and span[0] <= c.start < span[1] for c in counts)),
            float(sum(c.field == count.field and c.start < count.start for c in counts)),
            float(not fitting_here),
            float(not fitting_here and nearest_before is row),
            float(bool(here)),
            float(bool(after) and after[0].place.id == own),
            float(bool(ahead) and ahead[-1].place.id == own),
            float(min(sum(lo < r.trigger[0] < hi for r in fitting), 5)),
            float(any(overlap(row.trigger, (c.start, c.end)) for c in others)),
            float(row.event_date in day_here),
            float(bool(day_here) and row.event_date not in day_here),
            float(row.event_date in day_stretch),
            float(bool(day_stretch) and row.event_date not in day_stretch),
        ]
