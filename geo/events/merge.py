"""Merging the rows of one report that describe the same event: same type, place, date
and counts, and the same actor, or at the very same place and date actors that may be
one or evidence that overlaps (a protest seen peaceful, then dispersed, is one protest).

The first pass, the second (rows the first kept apart by order) and the folds of
dispersals and denials share the same predicates (one place, one day, the same counts,
actors that may be one), so they stay in one module; the rows that only sum up or
refer back to others are :mod:`geo.events.summaries`."""

from __future__ import annotations

from geo.events.counts import combine, repeats_figures, vague_below
from geo.events.draft import DOMESTIC_FORCES, EventDraft, main_actor, surer_day, told_on_other_days
from geo.events.rules import PROTESTS, RIOTS
from geo.model import COUNT_FIELDS

_MEASURES = frozenset({"curfew", "state_of_emergency"})
#: Troops once deployed stay: seen again on a later day, they are that deployment.
_DEPLOYMENTS = frozenset({"troop_deployment"})
# A merged protest keeps the most severe of its descriptions.
SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1,
             "Excessive force against protesters": 2}


def merge(events: list[EventDraft], *, dating_flags: bool = False) -> list[EventDraft]:
    """Fold the rows that tell one event into the first of them. ``dating_flags``
    (Russian and French): a row that takes another's date takes whether that date was
    stated too, so that a day stated later is not joined as one "from context"."""
    merged: list[EventDraft] = []
    for event in events:
        plan = _plan_called_off(merged, event)
        if plan is not None:
            plan.status = "negated"
            plan.evidence = sorted(set(plan.evidence + event.evidence))
            continue
        toll = _toll_told_again(merged, event)
        if toll is not None:
            toll.evidence = sorted(set(toll.evidence + event.evidence))
            continue
        same = _told_again(merged, event) or next(
            (m for m in merged if same_event(m, event)), None)
        if same is None:
            merged.append(event)
            continue
        _join(same, event, dating_flags=dating_flags)
    return _without_dispersals_of_told_riots(_without_denials_of_told_events(merged))


def merge_told_apart(events: list[EventDraft]) -> list[EventDraft]:
    """Merge again the rows :func:`merge` kept apart only by the order it met them in:
    a row joins the first kept one of its very type and sub-type that is the same event
    (:func:`same_event`), as the evidence and counts the first pass gathered now show.
    "Rioters torched banks in X on Sunday", "youths fought police in X", "12 officers
    were injured" are one riot once the second row has joined the first; a protest seen
    peaceful is not folded here into a crackdown told elsewhere in the report.

    A crowd's riot and its burning at one place and day are one riot too, told in
    sentences apart ("rioters set fire to tents", then "others threw bricks at police
    lines; three officers were taken to hospital"): ACLED codes one demonstration a
    place and day, here with its arson."""
    kept: list[EventDraft] = []
    for event in events:
        same = next((m for m in kept if m.sub_event_type == event.sub_event_type
                     and (same_event(m, event) or _one_riot(m, event))), None)
        if same is None:
            kept.append(event)
        else:
            _join(same, event)
    return kept


def _one_riot(a: EventDraft, b: EventDraft) -> bool:
    """A riot and an arson riot (or two of either) at the very place and day, with
    figures that do not disagree."""
    return a.event_type == b.event_type == RIOTS and a.status == b.status and \
        {a.rule.subtype, b.rule.subtype} <= {"", "arson"} and \
        at_one_place_and_day(a, b) and same_counts(a, b)


def _join(same: EventDraft, event: EventDraft, *, dating_flags: bool = False) -> None:
    """Fold ``event`` into ``same``, the row it tells again."""
    if SEVERITY.get(event.sub_event_type, -1) > SEVERITY.get(
            same.sub_event_type, -1):
        same.sub_event_type = event.sub_event_type
    # A place taken from the story's context does not narrow a wider place the
    # text states ("detained across the island", then a detail in the story's city).
    if event.geo_precision < same.geo_precision and not (
            event.place_from_context and not same.place_from_context):
        same.location, same.geo_precision = event.location, event.geo_precision
    # Troops deployed on Thursday, seen patrolling on Friday: deployed Thursday.
    later_sighting = same.rule.subtype in _DEPLOYMENTS and None not in (
        event.event_date, same.event_date) and event.event_date > same.event_date
    if event.time_precision is not None and not later_sighting and (
            same.time_precision is None or event.time_precision < same.time_precision
            or _began_earlier(same, event) or surer_day(same, event)):
        same.event_date, same.time_precision = event.event_date, event.time_precision
        same.event_date_end = event.event_date_end
        same.date_from_story = event.date_from_story
        if dating_flags:
            same.date_from_context = event.date_from_context
    if event.rule.subtype and not same.rule.subtype:  # the finer reading
        same.rule = event.rule
    same.counts.extend(event.counts)
    same.actors = list(dict.fromkeys(same.actors + event.actors))
    same.evidence = sorted(set(same.evidence + event.evidence))
    same.confidence = min(0.95, max(same.confidence, event.confidence) + 0.05)


def _without_dispersals_of_told_riots(events: list[EventDraft]) -> list[EventDraft]:
    """Fold a crowd's dispersal into the riot an earlier sentence, or an earlier clause
    of its own, told at the same place and day: "protesters clashed with police in X on
    Thursday", then "in X, police dispersed a crowd that tried to enter the prefecture"
    is a detail of that riot, as is "..., and police fired tear gas" after the fight
    (ACLED codes the confrontation once, as the riot). A dispersal told first may be
    what came before a riot, and stays; so does one of a crowd its sentence sets apart
    ("a few blocks away, police fired tear gas at a peaceful crowd")."""
    kept: list[EventDraft] = []
    for event in events:
        riot = None if event.sub_event_type != "Protest with intervention" \
            or event.another_crowd else next(
            (r for r in events if r.event_type == RIOTS and r.status == event.status
             and (r.sentence, r.trigger[0]) < (event.sentence, event.trigger[0])
             and at_one_place_and_day(r, event)
             and (same_counts(r, event) or _repeats_its_figures(r, event))), None)
        if riot is None:
            kept.append(event)
        else:
            riot.counts.extend(event.counts)
            riot.evidence = sorted(set(riot.evidence + event.evidence))
    return kept


def _repeats_its_figures(told: EventDraft, detail: EventDraft) -> bool:
    """Whether a detail gives figures, each one the told event's ("one man was killed
    and 18 were injured" in the riot, then police fire "on the protesters" with the same
    dead and injured): the same people, whichever word names them."""
    return bool(detail.counts) and repeats_figures(told.counts, detail.counts)


def _without_denials_of_told_events(events: list[EventDraft]) -> list[EventDraft]:
    """Fold a denial into the event the report tells as fact at the same place and day
    ("witnesses said troops fired on marchers in X", then "the army denied that live
    rounds had been used in X"): the denial is one side's word on that event, not a
    second row. A denial of what the report does not otherwise tell stays."""
    kept: list[EventDraft] = []
    for event in events:
        told = None if event.status != "reported-denied" else next(
            (m for m in events if m.status == "occurred"
             and (m.event_type, m.sub_event_type, m.rule.subtype) == (
                 event.event_type, event.sub_event_type, event.rule.subtype)
             and at_one_place_and_day(m, event)), None)
        if told is None:
            kept.append(event)
        else:
            told.evidence = sorted(set(told.evidence + event.evidence))
    return kept


def _began_earlier(same: EventDraft, event: EventDraft) -> bool:
    """A measure told twice dates from when it was first imposed."""
    return same.rule.subtype in _MEASURES and event.time_precision == same.time_precision \
        and None not in (event.event_date, same.event_date) \
        and event.event_date < same.event_date


def _plan_called_off(merged: list[EventDraft], event: EventDraft) -> EventDraft | None:
    """The plan a later sentence calls off: "a curfew would be imposed in the city from
    Friday", then "the curfew would not go ahead". A negated measure of the kind and
    place of an earlier planned or threatened one is that plan, now negated (one
    curfew per place, as in :func:`same_event`; a protest banned is no called-off
    march)."""
    if event.status != "negated" or event.location is None or \
            event.rule.subtype not in _MEASURES:
        return None
    return next((m for m in merged if m.status in ("planned", "threatened")
                 and (m.event_type, m.rule.subtype) == (event.event_type,
                                                        event.rule.subtype)
                 and m.sentence < event.sentence and m.location is not None
                 and m.location.place.id == event.location.place.id), None)


def _toll_told_again(merged: list[EventDraft], event: EventDraft) -> EventDraft | None:
    """The event a bare casualty report repeats: "police opened fire on the crowd,
    killing five", then "five people had been shot dead near the square", at the very
    place and day, with every figure the same. A bare report's type is only guessed
    from the rest of the report (:func:`geo.events.kinds.refine_in_document`), so it
    does not make a second event of another kind; it is one more source for the toll."""
    if not (event.rule.weak and event.counts):
        return None
    return next((m for m in merged if not m.rule.weak and m.status == event.status
                 and m.sentence < event.sentence and at_one_place_and_day(m, event)
                 and repeats_figures(m.counts, event.counts)), None)


def _told_again(merged: list[EventDraft], event: EventDraft) -> EventDraft | None:
    """The event a detail refers back to: a row with neither a place nor a date of its
    own ("Witnesses said soldiers fired into the crowd.") is the latest event of its
    very kind told before it, if any. A protest is of one kind whatever its sub-type:
    the march told first may since have become one of excessive force."""
    if not (event.place_from_context and event.date_from_context):
        return None
    told = [m for m in reversed(merged) if (
        m.event_type, m.rule.subtype, m.status) == (
        event.event_type, event.rule.subtype, event.status)
        and (m.sub_event_type == event.sub_event_type or m.event_type == PROTESTS)
        and m.sentence < event.sentence and same_counts(m, event)
        and same_date(m, event) and _same_scene(m, event)]
    # The story's day it was dated to picks, of those, the event told of that day
    # ("rallied on Saturday, a day after police fired tear gas", then "police fired
    # tear gas into the crowd" is Friday's).
    return next((m for m in told if m.event_date == event.event_date), None) or next(
        iter(told), None)


def _same_scene(told: EventDraft, detail: EventDraft) -> bool:
    """Whether a detail placed from context may still be at the told event: the
    story's city is the told event's place (or wider), or the detail repeats the told
    event's very figures ("the 29 people arrested ..."). Once the story has moved to
    another city, an unplaced detail is of that city."""
    if told.location is None or detail.location is None or same_place(told, detail):
        return True
    told_figures, figures = combine(told.counts), combine(detail.counts)
    return any(getattr(figures, name) is not None
               and getattr(figures, name) == getattr(told_figures, name)
               for name in COUNT_FIELDS)


def same_event(a: EventDraft, b: EventDraft) -> bool:
    if (a.event_type, a.rule.subtype, a.status) != (b.event_type, b.rule.subtype,
                                                     b.status):
        return _read_twice(a, b)
    # One curfew or state of emergency per place: imposed, then extended, is one
    # measure told twice.
    if a.rule.subtype in _MEASURES:
        return a.location is not None and b.location is not None and \
            a.location.place.id == b.location.place.id
    # A row placed only from context at the very town, day and sub-type of another is
    # the same event told again ("Police said two more died."), whatever its counts.
    # (Across a whole country, two tolls of one day may be two events.)
    if (a.place_from_context or b.place_from_context) and \
            max(a.geo_precision, b.geo_precision) < 3 and \
            a.sub_event_type == b.sub_event_type and at_one_place_and_day(a, b):
        ca, cb = combine(a.counts), combine(b.counts)
        return not (ca.victim_group and cb.victim_group
                    and ca.victim_group != cb.victim_group)
    # Peaceful, dispersed, fired upon: one protest seen at different moments, at one
    # place (a march in a city is not the crackdown the report puts in the country).
    if a.sub_event_type != b.sub_event_type and (
            a.event_type != PROTESTS or a.location is None or b.location is None
            or a.location.place.id != b.location.place.id):
        return False
    if not same_actor(a, b) and not (
            (same_side(a, b) or shared_evidence(a, b)) and at_one_place_and_day(a, b)) \
            and not (a.event_type in (PROTESTS, RIOTS) and _day_of_told_span(a, b)):
        return False
    return same_place(a, b) and same_date(a, b) and same_counts(a, b) and \
        not wider_figure(a, b) and not (
            a.rule.subtype not in _DEPLOYMENTS and told_on_other_days(a, b))


def wider_figure(a: EventDraft, b: EventDraft) -> bool:
    """Whether one row is a figure the text states for a wider place than the other's:
    "83 detained across the province on Friday" or "600 arrested across the country
    since Monday" is not one city's event when the wider row tells a figure the city's
    does not, or another span of time. (A wider row placed only from context, the story's
    country, may still be the city's event told again.)"""
    if a.location is None or b.location is None or \
            a.location.place.id == b.location.place.id:
        return False
    coarse, fine = (a, b) if a.geo_precision > b.geo_precision else (b, a)
    if coarse.geo_precision == fine.geo_precision or coarse.place_from_context:
        return False
    if coarse.event_date_end != fine.event_date_end:
        return True
    wide, narrow = combine(coarse.counts), combine(fine.counts)
    return any(getattr(wide, name) is not None and getattr(narrow, name) is None
               for name in COUNT_FIELDS)


def _read_twice(a: EventDraft, b: EventDraft) -> bool:
    """One sentence read by two rules as one sub-type of event at one place and day
    ("youths torched bus shelters and clashed with police": a riot, and an arson
    riot): one row, whatever our own finer sub-type (measures stay apart). Riots at
    one place on one day are one riot wherever the report tells them (ACLED codes a
    place's day of rioting once), unless a sentence sets its crowd apart."""
    return (a.event_type, a.sub_event_type, a.status) == (
        b.event_type, b.sub_event_type, b.status) and a.event_type in (PROTESTS, RIOTS) \
        and (shared_evidence(a, b) or (a.event_type == RIOTS and not b.another_crowd)) \
        and at_one_place_and_day(a, b) and same_counts(a, b)


def same_actor(a: EventDraft, b: EventDraft) -> bool:
    """Whether the main actors agree: the same, or one of the two names none."""
    actor_a, actor_b = main_actor(a), main_actor(b)
    return not actor_a or not actor_b or actor_a == actor_b


def same_side(a: EventDraft, b: EventDraft) -> bool:
    """Whether the main actors may be one: a demonstration's crowd, whichever word named
    it ("protesters" in the lede, "rioters" further down), or the country's own forces
    (the forces imposing one curfew are "police", then "security forces")."""
    if a.event_type in (PROTESTS, RIOTS):
        return True
    return main_actor(a) in DOMESTIC_FORCES and main_actor(b) in DOMESTIC_FORCES


def at_one_place_and_day(a: EventDraft, b: EventDraft) -> bool:
    """The very same place and date: what lets actors named differently be one event
    (a wider match, a region and its city or a week and its day, would join distinct
    events told by distinct actors)."""
    return (a.location is not None and b.location is not None
            and a.location.place.id == b.location.place.id
            and a.event_date == b.event_date)


def _day_of_told_span(a: EventDraft, b: EventDraft) -> bool:
    """Whether one row is a day, at the very place, of the days of unrest the other
    tells ("protests since Tuesday" in a city, then "in the city on Thursday, youths
    torched bus shelters"): the crowd of those days, whichever word named it."""
    if a.location is None or b.location is None or \
            a.location.place.id != b.location.place.id:
        return False
    span, day = (a, b) if a.event_date_end is not None else (b, a)
    return span.event_date_end is not None and day.event_date_end is None and \
        None not in (span.event_date, day.event_date) and \
        span.event_date <= day.event_date <= span.event_date_end


def shared_evidence(a: EventDraft, b: EventDraft) -> bool:
    """Whether the two were read from overlapping text: one sentence, read twice."""
    return any(start < b_end and b_start < end
               for start, end in a.evidence for b_start, b_end in b.evidence)


def same_place(a: EventDraft, b: EventDraft) -> bool:
    if a.location is None or b.location is None:
        return a.location is b.location
    pa, pb = a.location.place, b.location.place
    if pa.id == pb.id:
        return True
    coarse, fine = (pa, pb) if a.geo_precision >= b.geo_precision else (pb, pa)
    if max(a.geo_precision, b.geo_precision) < 3 or coarse.country != fine.country:
        return False
    return coarse.kind != "admin1" or coarse.admin1 == fine.admin1 or (
        coarse.name == fine.admin1)


def same_date(a: EventDraft, b: EventDraft) -> bool:
    if a.time_precision == 1 and b.time_precision == 1:
        return a.event_date == b.event_date
    if a.event_date is None or b.event_date is None:
        return True
    # A date known only "within about a week" (precision 2) or "within a month" (3)
    # may be any day that close to the other, but not another year's event.
    reach = max(_PRECISION_DAYS.get(p, 0) for p in (a.time_precision, b.time_precision))
    if a.event_date_end is not None or b.event_date_end is not None:
        span, day = (a, b) if a.event_date_end is not None else (b, a)
        # A day before a span the text states ("gathered each night since Thursday",
        # "the wave began on Wednesday"), or one it states after the span, is another
        # day's event (an undated detail, dated by the report, may be of the span).
        if day.event_date_end is None and not span.date_from_context and (
                day.event_date < span.event_date or (not day.date_from_context
                and day.event_date > span.event_date_end)):
            return False
        return abs((a.event_date - b.event_date).days) <= reach
    # Two days the text states are two days ("on Tuesday night", then "on Wednesday"),
    # whatever the precision: a day at precision 2 is still that day.
    if not (a.date_from_context or b.date_from_context) and \
            max(a.time_precision or 3, b.time_precision or 3) <= 2:
        return a.event_date == b.event_date
    # A row dated only from context (the story's day, or the report's when the story
    # names none: an undated lede) may be any day within reach of the other.
    return abs((a.event_date - b.event_date).days) <= reach


#: How far a date of each ACLED time precision may be from the day (geo.events.dates).
_PRECISION_DAYS = {1: 0, 2: 7, 3: 31}


def same_counts(a: EventDraft, b: EventDraft) -> bool:
    ca, cb = combine(a.counts), combine(b.counts)
    for name in COUNT_FIELDS:
        va, vb = getattr(ca, name), getattr(cb, name)
        if va is not None and vb is not None and va != vb and not (
                vague_below(va, getattr(ca, f"{name}_qualifier"), vb)
                or vague_below(vb, getattr(cb, f"{name}_qualifier"), va)):
            return False
    return not (ca.victim_group and cb.victim_group
                and ca.victim_group != cb.victim_group)
