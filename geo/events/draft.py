"""An event while it is being built from a report's clauses, and how a finished one
becomes an :class:`~geo.model.Incident` (its actors, PLOVER code and counts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geo.events.clauses import Span
from geo.events.counts import CountMention, combine
from geo.events.rules import PROTESTS, RIOTS, STRATEGIC, Rule
from geo.model import Incident, Mention, Status

#: The country's own forces: one report may name them "police", then "security forces".
DOMESTIC_FORCES = ("police", "army", "state forces")
STATE_ACTORS = (*DOMESTIC_FORCES, "foreign troops")


@dataclass(slots=True)
class EventDraft:
    """An event while it is being built (mutable; becomes an Incident at the end)."""

    rule: Rule
    event_type: str
    sub_event_type: str
    trigger: Span
    clause: Span
    sentence: int
    counts: list[CountMention] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    location: Mention | None = None
    geo_precision: int = 3
    event_date: date | None = None
    event_date_end: date | None = None
    time_precision: int | None = None
    confidence: float = 0.0
    evidence: list[Span] = field(default_factory=list)
    status: Status = "occurred"
    counts_shared: bool = False
    #: Placed from context (the story's city, the country), not by a place its own
    #: sentence names.
    place_from_context: bool = False
    #: Dated from context (the story's day, publication), not by its own words.
    date_from_context: bool = False


def main_actor(event: EventDraft) -> str:
    if event.rule.actor and event.event_type in (PROTESTS, RIOTS):
        return event.rule.actor
    victims = {c.group for c in event.counts}
    for actor in event.actors:
        if actor not in victims and actor != "civilians":
            if event.event_type == STRATEGIC and actor not in STATE_ACTORS:
                continue
            return actor
    return event.rule.actor


def second_actor(event: EventDraft, actor1: str) -> str:
    victims = [c.group for c in event.counts if c.group]
    others = [a for a in event.actors if a != actor1]
    if victims and victims[0] != actor1:
        return victims[0]
    return others[0] if others else ""


def plover(event: EventDraft) -> str:
    # A clash re-typed as a riot is a protest in PLOVER's terms, as riots are.
    if event.event_type == RIOTS and event.sub_event_type == "Violent demonstration" \
            and not event.rule.subtype:
        return "PROTEST"
    return event.rule.plover


def to_incident(text: str, event: EventDraft) -> Incident:
    actor1 = main_actor(event)
    evidence_text = " … ".join(text[a:b].strip() for a, b in event.evidence)
    return Incident(
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        location=event.location,
        geo_precision=event.geo_precision,
        plover=plover(event),
        subtype=event.rule.subtype,
        event_date=event.event_date,
        event_date_end=event.event_date_end,
        time_precision=event.time_precision,
        counts=combine(event.counts),
        actor1=actor1,
        actor2=second_actor(event, actor1),
        evidence=tuple(event.evidence),
        evidence_text=evidence_text,
        confidence=round(max(0.05, min(0.95, event.confidence)), 2),
        status=event.status,
        counts_shared=event.counts_shared,
    )

