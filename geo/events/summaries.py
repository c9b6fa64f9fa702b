"""Rows that only sum up or refer back to others of the report: a country's row that
sums up the same day's rows of its cities (:func:`without_summaries`), and "the
protests" told again with nothing of their own (:func:`without_references`). Both are
read with :mod:`geo.events.merge`'s predicates of one event (the same actor or side)."""

from __future__ import annotations

import re

from geo.events.draft import EventDraft
from geo.events.merge import same_actor, same_side
from geo.events.rules import PROTESTS, RIOTS, STRATEGIC
from geo.events.scope import names_nothing_of_its_own

# "the protests", "the unrest", 'the "marches of millions"': a definite description of
# events already told.
_DEFINITE = re.compile(r"\b(?:the|these|those|that)\s+[\"“‘']?$", re.IGNORECASE)


def without_summaries(events: list[EventDraft], *,
                      by_counts: bool = False) -> list[EventDraft]:
    """Drop a row placed at a whole country when the report also places the same kind
    of event on the same day at cities of that country: "at least 25 people were
    killed in clashes across the country on Thursday" sums up the rows of its cities.
    Its evidence joins the first of them; its counts, a total, are not added again.

    ``by_counts`` (English): only when the cities' rows tell each kind of count the
    country's row tells (:func:`_sums_up`)."""
    kept: list[EventDraft] = []
    for event in events:
        # A total over a period ("70 arrested since Monday") is a row of its own.
        summary = _at_country(event) and event.event_date_end is None
        parts = [] if not summary else [
            other for other in events if other is not event and not _at_country(other)
            and other.location is not None and _same_kind(event, other)
            and other.location.place.country == event.location.place.country
            and (same_actor(event, other) or same_side(event, other))
            and other.event_date == event.event_date]
        if parts and by_counts and not _sums_up(event, parts):
            parts = []
        if parts:
            parts[0].evidence = sorted(set(parts[0].evidence + event.evidence))
        else:
            kept.append(event)
    return kept


def _sums_up(summary: EventDraft, parts: list[EventDraft]) -> bool:
    """Whether the country's row may be the sum of its cities' rows: its very sub-type
    told at a city ("nine killed in riots across X", then riots in two cities), or a
    figure of each kind it tells. Four shot dead by the police "in the Y district" of an
    unplaced suburb is no sum of marches told elsewhere that day without a death."""
    fields = {c.field for c in summary.counts}
    told = {c.field for part in parts for c in part.counts}
    return fields <= told or any(p.sub_event_type == summary.sub_event_type for p in parts)


def _at_country(event: EventDraft) -> bool:
    return event.location is not None and event.location.place.kind == "country"


def _same_kind(a: EventDraft, b: EventDraft) -> bool:
    """The same type and status and, but for the crowd's events (a day of unrest told
    by city), the same sub-type: a retaken airport is no summary of clashes. A
    strategic development of the whole country (a national curfew, the arrests of the
    whole unrest) is one of its own."""
    if a.event_type == STRATEGIC or (a.event_type, a.rule.subtype, a.status) != (
            b.event_type, b.rule.subtype, b.status):
        return False
    return a.event_type in (PROTESTS, RIOTS) or a.sub_event_type == b.sub_event_type


def without_references(text: str, events: list[EventDraft],
                       sentence_sites: dict[int, bool]) -> list[EventDraft]:
    """Drop the events a sentence only refers back to: "the protests", "the unrest"
    with no place of their own, once an event of that type has been told ("her
    opponents are exploiting the protests"), or in a clause that names no place, person
    or day of its own ("the protests erupted after the president said a curfew would be
    imposed in X")."""
    kept: list[EventDraft] = []
    for event in events:
        earlier = next((e for e in kept if _same_unrest(e, event)
                        and e.status == event.status and e.sentence < event.sentence),
                       None)
        if earlier is not None and not event.counts and \
                _DEFINITE.search(text, max(0, event.trigger[0] - 12), event.trigger[0]) \
                and (not sentence_sites.get(event.sentence) or names_nothing_of_its_own(
                    text, event.clause, *event.trigger)):
            continue
        kept.append(event)
    return kept


def _same_unrest(a: EventDraft, b: EventDraft) -> bool:
    """Same type, where protests and riots are one unrest ("the protests" may be the
    riots told before)."""
    unrest = (PROTESTS, RIOTS)
    return a.event_type == b.event_type or (a.event_type in unrest
                                            and b.event_type in unrest)
