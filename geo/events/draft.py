"""An event while it is being built from a report's clauses, and how a finished one
becomes an :class:`~geo.model.Incident` (its actors, PLOVER code and counts)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from geo.events.clauses import Span
from geo.events.counts import CountMention, combine
from geo.events.rules import ACTORS, PROTESTS, RIOTS, STRATEGIC, Rule
from geo.lexicon import alternation
from geo.model import Incident, Mention, Status
from geo.resolve.roles import FORCES

#: The country's own forces: one report may name them "police", then "security forces".
DOMESTIC_FORCES = ("police", "army", "state forces")
STATE_ACTORS = (*DOMESTIC_FORCES, "foreign troops")
_FOREIGN_FORCES = re.compile(rf"\W*(?:\w+\W+){{0,2}}?{alternation(FORCES)}\b", re.IGNORECASE)
_FROM = re.compile(rf"\b{alternation(FORCES)}\s+from\s+$", re.IGNORECASE)


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
    #: Of those, dated to a day the story's narrative stated before it (its current
    #: day), not to a statement's day or the report's.
    date_from_story: bool = False
    #: The story's current day when it was dated (for studies of dating in ``tools/``).
    story_day: date | None = None
    #: Dated by the part of the day that follows a night the story stands on ("в ночь
    #: на четверг ... Днём ..."): the morning after, which the learned choice of
    #: :mod:`geo.events.date_choice` cannot read (its narrative keeps no night).
    after_night: bool = False
    #: A measure told standing, with no day of its own ("на въездах выставлены
    #: блокпосты"): dated by the report's day, which the learned choice keeps.
    standing: bool = False
    #: Dated only by a past year or month: background to the report, not its news.
    background: bool = False
    #: Its clause sets its crowd apart from one told before ("a few blocks away",
    #: "a peaceful crowd"): a dispersal of that crowd is no detail of a riot.
    another_crowd: bool = False
    #: The row's evidence for the learned keeping of rows (:mod:`geo.events.keep`).
    features: dict[str, float] = field(default_factory=dict)


#: A tool's look at a report's rows between stages (``trace`` of
#: :func:`geo.events.detect.detect_events`): called with the stage's name and the rows
#: it leaves. English: "triggered" (the rows of each sentence's triggers, not yet
#: folded, placed or dated), "drafted" (every row read, one per place), "detected"
#: (those left for the merge), "merge", "merge_told_apart", "summaries"; Russian and
#: French: "drafted", "detected" (one riot a day), "merge" (the whole merge); both, last,
#: "incidents" (the rows kept, as dated, that become the incidents).
Trace = Callable[[str, list[EventDraft]], None]


def incidents_into(rows: list[EventDraft]) -> Trace:
    """A trace that puts into ``rows`` the drafts the incidents are made from (the stage
    ``"incidents"``), one per incident in the same order."""
    def keep(stage: str, drafts: list[EventDraft]) -> None:
        if stage == "incidents":
            rows.extend(drafts)
    return keep


def traced(trace: Trace | None, stage: str, rows: list[EventDraft]) -> list[EventDraft]:
    """``rows``, shown first to ``trace`` (when there is one) as what ``stage`` leaves."""
    if trace is not None:
        trace(stage, rows)
    return rows


def clause_actors(text: str, clause: Span, clause_mentions: Sequence[Mention],
                  country: str) -> list[str]:
    """Who acts or suffers in a clause, in text order: the :data:`ACTORS` it names, and
    foreign troops ("Russian troops", "forces from X")."""
    found: list[tuple[int, str]] = []
    for name, pattern in ACTORS:
        match = pattern.search(text, *clause)
        if match:
            found.append((match.start(), name))
    for mention in clause_mentions:
        if mention.place is None:
            continue
        foreign = mention.place.country and mention.place.country != country
        after = _FOREIGN_FORCES.match(text, mention.end, clause[1])
        before = _FROM.search(text[max(clause[0], mention.start - 30):mention.start])
        if foreign and (after or before):
            found.append((mention.start, "foreign troops"))
    ordered = [name for _, name in sorted(found)]
    if "foreign troops" in ordered:
        ordered = [n for n in ordered if n != "army"]  # "Russian troops" is not ours
    return list(dict.fromkeys(ordered))


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


def told_on_other_days(a: EventDraft, b: EventDraft) -> bool:
    """Whether two rows at one place are dated, one to the day the story had reached,
    the other to another day its own words state: "Crowds marched in X on Friday. Some
    set fire to barricades." and "On Sunday night, masked men set fire to a party office
    in X" are two events, though the first is dated only from the story (and so is one
    the story dates to a night, to the morning after, beside another day's)."""
    story, stated = (a, b) if a.date_from_story else (b, a)
    return story.date_from_story and not stated.date_from_context and \
        None not in (a.location, b.location, a.event_date, b.event_date) and \
        a.location.place.id == b.location.place.id and stated.event_date_end is None and \
        not story.event_date <= stated.event_date <= (story.event_date_end or story.event_date)


def surer_day(same: EventDraft, event: EventDraft) -> bool:
    """Whether ``event``'s day is surer than ``same``'s, both inferred at one
    precision: the story's day beats a day the event came by or the report's
    ("mourning on Friday after six were killed", then "The shooting began on Thursday.
    ... gunmen exchanged fire" is Thursday's)."""
    return event.date_from_story and same.date_from_context and \
        not same.date_from_story and event.time_precision == same.time_precision
