"""Which incident each count belongs to, when a sentence or a report spreads them out.

News prose gives counts apart from the event they count: in a sentence of their own
("Police fired on the crowd. Two people were killed, the hospital said."), or one per
place in one sentence ("four people were killed in X and two in Y"). A bare casualty
clause makes a *weak* event (:mod:`geo.events.rules`); here it joins the event it
counts, and a clause that counts per place gives one incident per place, each with its
own count.

Length: the readings of where and when a count happened (its place phrase, its day,
the counts joined to it, the totals later places break down) share the stretch of
words after the count; split apart, one reading's change of that stretch would
silently change the others.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from geo.events import places
from geo.events.counts import (
    RUNNING_TOTAL,
    SUMMED,
    CountMention,
    is_increment,
    repeats_figures,
)
from geo.events.dates import NAMED_DAY_KINDS, find_dates
from geo.events.draft import EventDraft
from geo.events.rules import PROTESTS, RIOTS, VIOLENT_TYPES
from geo.lexicon import alternation
from geo.model import Mention
from geo.resolve.context import opens_dateline

# What may stand between a count and the place it happened at: "killed in X",
# "two in the Dakar suburb of Y", "injured at the port of Z".
_TO_PLACE = re.compile(rf"[^,;]{{0,40}}?\b{alternation(places.AT_PLACE)}\s+(?:the\s+)?"
                       r"(?:[\w'-]+\s+){0,4}?$", re.IGNORECASE)
# An area mention that carries its own preposition: "across the country".
_AREA_AFTER_COUNT = re.compile(r"[^,;]{0,40}?\s$")
_PLACE_REACH = 80
# Where a count's own place phrase ends: the next comma or clause word.
_STRETCH_STOP = re.compile(r"[,;]|\s(?:and|but|while|after|when)\s")
# "the X suburb of Y": Y is the place, X only locates it.
_PART_OF = re.compile(r"\s+(?:suburb|district|neighbou?rhood|city|town|port|area|"
                      r"region)?\s*of\s+")
# A report of casualties is about the last event told, within this many sentences.
_FOLD_REACH = 2
# The other side's casualties of one clash are told in the sentence of the first side's
# or the next ("11 officers were hurt. Doctors treated 23 protesters."); further on, a
# figure of the other side is as likely another clash's.
_SIDES_REACH = 1
# How far after "in the" the noun of a definite description may start ("in the
# night's clashes").
_DESCRIPTION_REACH = 20
# "since the protests began on Tuesday": the total dates the day the events it counts
# started, which is an event of its own ("began in March" is no day).
_DATED_START = re.compile(r"\s+(?:began|started|erupted|broke\s+out)\s+(?:in\s+(?-i:[A-Z])"
                          r"[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+)?(?:on|last)\s+\w",
                          re.IGNORECASE)
# Between two counts of one predicate: the first's words, then "and" ("were shot dead
# and"), with no clause word or comma.
_JOINED_COUNTS = re.compile(r"(?:\s+(?!(?:when|after|before|while|as|but|then|in|at|on)\b)"
                            r"[^\W\d][\w'’-]*){0,5}\s+and\s+", re.IGNORECASE)
# "31 of them in the capital": the share of a figure told before.
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)
# How many sentences apart an updated toll and the count it updates may be.
_UPDATE_SENTENCES = 6
_SHARE = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|killed|injured|wounded|victims|"
                    r"casualties|arrested|detained|detainees)\b", re.IGNORECASE)


def take_updated_figures(text: str, events: Sequence[EventDraft],
                         updates: Sequence[CountMention],
                         spans: Sequence[tuple[int, int]],
                         index: places.MentionIndex) -> None:
    """A toll told again at a new figure ("the toll had climbed to 14", "the number rose
    to 41 by Sunday") gives the row of the count it updates its last figure: the count
    of its kind told nearest before it within a few sentences (an added "four more" is
    no such count), else the nearest after it (a lead's toll, its parts told below),
    at the place its sentence names if it names a row's place; with no count before
    or after, its own sentence's event, if it has no such count. A total its sentence
    brings another day's added count to ("four more were killed on Wednesday, bringing
    the total to 22") is the story's, no update of one day's count."""
    starts = [span[0] for span in spans]
    rows = [e for e in events if e.status == "occurred" and e.location is not None]
    for update in sorted(updates, key=lambda c: c.start):
        sentence = bisect_right(starts, update.start) - 1
        named = {m.place.id for m in index.within(*spans[sentence])
                 if m.place is not None and places.is_site(m)}
        added_days = {row.event_date for row in rows for count in row.counts
                      if count.field == update.field and is_increment(text, count)
                      and spans[sentence][0] <= count.start < spans[sentence][1]}
        candidates = [(row, count) for row in rows if role_fits(row, update)
                      and not added_days - {row.event_date}
                      for count in row.counts if count.field == update.field
                      and not count.cumulative and count.value < update.value
                      and abs(bisect_right(starts, count.start) - 1 - sentence)
                      <= _UPDATE_SENTENCES and not is_increment(text, count)]
        if named:  # "the number of wounded in X rose to 6": X's count
            candidates = [(row, c) for row, c in candidates if row.location.place is not None
                          and row.location.place.id in named]
        before = [pair for pair in candidates if pair[1].start < update.start]
        chosen = max(before, key=lambda p: p[1].start) if before else min(
            candidates, key=lambda p: p[1].start, default=None)
        if chosen is not None:
            chosen[0].counts.append(replace(update, cumulative=False, updates=False))
        elif update.cumulative:
            # no count told before: the figure is the count of its own sentence's event
            # ("the number of arrests reached 17"), when that event has none
            own = next((row for row in rows if role_fits(row, update) and any(
                a <= update.start < b for a, b in row.evidence) and not any(
                    c.field == update.field for c in row.counts)), None)
            if own is not None:
                own.counts.append(replace(update, cumulative=False, updates=False))


def role_fits(event: EventDraft, count: CountMention) -> bool:
    """Can the event carry the count: checkpoints a checkpoint, arrests an arrest,
    casualties violence or a protest?"""
    if count.field == "arrested":
        return event.sub_event_type == "Arrests"
    if count.field == "checkpoints":
        return event.rule.subtype == "checkpoint"
    return takes_casualties(event.event_type)


def takes_casualties(event_type: str) -> bool:
    """Can an event of this type have fatalities and injured (violence, a protest)?"""
    return event_type in VIOLENT_TYPES or event_type == PROTESTS


def count_target(events: list[EventDraft], count: CountMention) -> EventDraft | None:
    """The event of a clause a count belongs to: the one of its kind (checkpoints to a
    checkpoint, arrests to arrests, casualties to violence or a protest), one that
    happened before one that did not; ``None`` when none fits."""
    ordered = sorted(events, key=lambda e: e.status != "occurred")
    return next((e for e in ordered if role_fits(e, count)), None)


def count_place(text: str, index: places.MentionIndex, count: CountMention,
                end: int) -> Mention | None:
    """The site a count is said to happen at, right after it: "two in Y"; of "the
    suburb of Y" or "the port city of Y", the last name before the next comma."""
    stretch_end = min(end, count.end + _PLACE_REACH)
    stop = _STRETCH_STOP.search(text, count.end, stretch_end)
    if stop is not None:
        stretch_end = stop.start()
    sites = [m for m in index.within(count.end, stretch_end) if places.is_site(m)]
    chosen = None
    for mention in sites:
        if chosen is None and not _TO_PLACE.fullmatch(text, count.end, mention.start) and \
                not (mention.kind == "area"
                     and _AREA_AFTER_COUNT.fullmatch(text, count.end, mention.start)):
            break
        if chosen is not None and not _PART_OF.fullmatch(text, chosen.end, mention.start):
            break
        chosen = mention
    return chosen


def shares_a_told_toll(text: str, index: places.MentionIndex, count: CountMention,
                       end: int) -> bool:
    """Is the count a share of victims told already, with no place of its own ("three
    of the dead were bystanders", "two of those detained were released")? Then it is
    no new incident's count; "seven of the dead were shot in X" is X's."""
    return _SHARE.match(text, count.end) is not None and \
        count_place(text, index, count, end) is None


def split_by_count_place(text: str, event: EventDraft, index: places.MentionIndex,
                         sentence_end: int) -> list[EventDraft]:
    """Copies of an event for the other places its counts are given at ("four killed
    in X and two in Y"): each place keeps its own counts; the event keeps its place's
    counts and those with no place. The copies are weak, as a bare casualty report
    is: :func:`fold_into_same_place` may give their counts to the event told there."""
    if event.location is None or not event.counts:
        return []
    days = split_by_count_day(text, event, sentence_end) if len(event.counts) > 1 else []
    for day in days:
        _to_count_place(text, index, day, sentence_end)
    at = {id(c): count_place(text, index, c, sentence_end) for c in event.counts}
    _share_joined_place(text, index, event.counts, at)
    _without_broken_down_totals(text, event, at)
    located = {m.place.id: m for m in at.values() if m is not None}
    if len(located) == 1 and None not in at.values():
        _count_wide(event, next(iter(located.values())))
        _count_narrow(event, next(iter(located.values())))
    own = event.location.place.id
    # "2,000 were arrested across Quorland, among them 400 in X": a count with no place
    # of its own stays with the event; the part given at another place is that place's.
    part_elsewhere = None in at.values() and bool(located) and own not in located
    if len(located) < 2 and not part_elsewhere:
        return days
    if own not in located and not part_elsewhere:
        first = next(m for c in event.counts if (m := at[id(c)]) is not None)
        event.location, event.geo_precision = first, places.geo_precision(first)
        own = first.place.id
    copies = []
    for place_id, mention in located.items():
        if place_id == own:
            continue
        counts = [c for c in event.counts
                  if at[id(c)] is not None and at[id(c)].place.id == place_id]
        # A copy is a bare casualty report at its place ("... and two in Y"): like one,
        # it joins the event the report tells at that place, if any.
        copies.append(replace(event, rule=replace(event.rule, weak=True), location=mention,
                              geo_precision=places.geo_precision(mention),
                              counts=counts, actors=list(event.actors),
                              evidence=list(event.evidence)))
    moved = {id(c) for copy in copies for c in copy.counts}
    event.counts = [c for c in event.counts if id(c) not in moved]
    return days + copies


def _without_broken_down_totals(text: str, event: EventDraft,
                                at: dict[int, Mention | None]) -> None:
    """"Police detained 52 people, 31 of them in the capital and 21 in Y": a figure
    with no place of its own, broken down by the shares told after it, is the total over
    their places; the event at a share's place counts that share, not the total."""
    if event.location.place is None:
        return
    own = event.location.place.id
    shares = {c.field for c in event.counts if (m := at[id(c)]) is not None
              and m.place.id == own and _OF_THEM.match(text, c.end)}
    event.counts = [c for c in event.counts if at[id(c)] is not None
                    or c.field not in shares or c.end > min(
                        d.start for d in event.counts if d.field == c.field
                        and at[id(d)] is not None)]


def _share_joined_place(text: str, index: places.MentionIndex, counts: list[CountMention],
                        at: dict[int, Mention | None]) -> None:
    """"Three people were killed and dozens injured in X": counts joined by "and" in
    one predicate share the place told after the last of them."""
    ordered = sorted(counts, key=lambda c: c.start)
    for count, after in reversed(list(pairwise(ordered))):
        if at[id(count)] is None and at[id(after)] is not None and \
                _JOINED_COUNTS.fullmatch(text, count.end, after.start) and \
                not any(places.is_site(m) for m in index.within(count.end, after.start)):
            at[id(count)] = at[id(after)]


def _to_count_place(text: str, index: places.MentionIndex, copy: EventDraft,
                    sentence_end: int) -> None:
    """A day's copy whose counts are all given at one place ("five killed in X on
    Sunday and two in Y on Monday") is that place's."""
    at = [count_place(text, index, c, sentence_end) for c in copy.counts]
    if at and None not in at and len({m.place.id for m in at}) == 1:
        copy.location, copy.geo_precision = at[0], places.geo_precision(at[0])


def _count_wide(event: EventDraft, mention: Mention) -> None:
    """An event whose every count is said to be over the whole country ("3,000 were
    arrested across the country") is the country's, not the dateline city's."""
    if mention.kind == "area" and places.geo_precision(mention) == 3 and \
            event.location.place.id != mention.place.id:
        event.location, event.geo_precision = mention, 3


def _count_narrow(event: EventDraft, mention: Mention) -> None:
    """An event placed at an area whose every count is said to be at one site within
    it ("three people were shot dead and dozens injured in X", the sentence naming the
    country after) is the site's."""
    if places.geo_precision(event.location) == 3 and places.geo_precision(mention) < 3 and \
            mention.place.country == event.location.place.country:
        event.location, event.geo_precision = mention, places.geo_precision(mention)


def split_by_count_day(text: str, event: EventDraft, sentence_end: int
                       ) -> list[EventDraft]:
    """Copies of an event for the other days its counts of one kind are given on.

    "2,000 people were detained on Monday, after 3,000 were detained on Sunday night"
    tells two arrests: the event keeps the count of its own day (or the one with no
    day), and each other day's count gets a row dated that day. Only a kind counted
    twice is split: one count with a day is the event's, whatever its date.
    """
    if event.event_date is None:
        return []
    kinds = [c.field for c in event.counts]
    by_day: dict[date, list[CountMention]] = {}
    for count in event.counts:
        # A source's figure ("put the toll at eight on Friday") is dated by its
        # telling, not by the dead it counts.
        if kinds.count(count.field) < 2 or count.estimate:
            continue
        day = _count_day(text, count, event.event_date, sentence_end)
        if day is not None and day != event.event_date:
            by_day.setdefault(day, []).append(count)
    copies = [replace(event, counts=counts, event_date=day, event_date_end=None,
                      time_precision=1, actors=list(event.actors),
                      evidence=list(event.evidence))
              for day, counts in by_day.items()]
    moved = {id(c) for copy in copies for c in copy.counts}
    event.counts = [c for c in event.counts if id(c) not in moved]
    return copies


def _count_day(text: str, count: CountMention, event_day: date,
               sentence_end: int) -> date | None:
    """The day named in a count's own phrase ("3,000 were detained on Sunday night"),
    read against the event's day; ``None`` when the phrase names none."""
    stretch_end = min(sentence_end, count.end + _PLACE_REACH)
    stop = _STRETCH_STOP.search(text, count.end, stretch_end)
    if stop is not None:
        stretch_end = stop.start()
    # A weekday is the one nearest the event's day, before or after it: "killed on
    # Saturday and two on Sunday". (The publication date is not known here; a report
    # is written after its events, and half a week either way holds any weekday once.)
    # Words counted from the story's day ("that day", "the next day") are not read here:
    # against the shifted anchor they would name another day.
    anchor = event_day + timedelta(days=3)
    days = [d for d in find_dates(text, anchor, count.end, stretch_end)
            if d.precision == 1 and not d.attributive and d.kind in NAMED_DAY_KINDS]
    return days[0].date if days else None


def take_counts(host: EventDraft, report: EventDraft) -> None:
    """Give ``report``'s counts to ``host``. A peaceful protest that gets casualties
    turned violent: it is coded as the riot."""
    host.counts.extend(report.counts)
    if host.event_type == PROTESTS and host.sub_event_type == "Peaceful protest" and \
            any(c.field in ("fatalities", "injured") for c in report.counts):
        host.event_type, host.sub_event_type = RIOTS, "Violent demonstration"


def fold_into_previous(events: list[EventDraft], sentence_sites: dict[int, bool]
                       ) -> list[EventDraft]:
    """Give a bare casualty report's counts to the event told just before it.

    "Police fired tear gas at the crowd. One man was killed, the ministry said." is
    one incident. A weak event folds into the latest earlier event that can take
    casualties, within :data:`_FOLD_REACH` sentences, when its own sentence names no
    site and that event has no count of the same kind yet (then it is another
    incident: "26 militants were killed ... 18 police were killed").
    """
    kept: list[EventDraft] = []
    folded: dict[int, int] = {}  # a count folded into its host: the sentence that told it
    for event in events:
        host = _host(kept, event, folded) if (event.rule.weak or _told_again(event)) and \
            event.counts and not sentence_sites.get(event.sentence) else None
        if host is None:
            kept.append(event)
            continue
        if _other_side(host, event, folded):
            both = next(c for c in host.counts if c.field == event.counts[0].field)
            host.counts[host.counts.index(both)] = replace(
                both, value=both.value + event.counts[0].value, group="")
        else:
            take_counts(host, event)
            folded.update((id(c), event.sentence) for c in event.counts)
        host.actors = list(dict.fromkeys(host.actors + event.actors))
    return kept


def _other_side(host: EventDraft, event: EventDraft, folded: dict[int, int]) -> bool:
    """Are ``event``'s casualties the police's when those its host has of that kind,
    told in the same sentence or the one before, are the crowd's, or the other way
    round ("34 students were treated for injuries, and five officers were hurt";
    "Police said 11 officers were hurt. Doctors treated 23 protesters.")? Both sides
    of one clash are its one count, as "eight officers and 14 protesters were hurt" is."""
    if len(event.counts) != 1 or event.counts[0].field not in ("fatalities", "injured"):
        return False
    count = event.counts[0]
    same = [c for c in host.counts if c.field == count.field]
    # (a vague "several others" adds to no sum)
    return len(same) == 1 and \
        0 <= event.sentence - folded.get(id(same[0]), host.sentence) <= _SIDES_REACH and \
        (same[0].group == "police") != (count.group == "police") and \
        "approximate" not in (same[0].qualifier, count.qualifier)


def _told_again(event: EventDraft) -> bool:
    """Is the event only the definite description its counts name the events they
    count by ("60 people had been injured in the clashes")? Then it is a casualty
    report, like a bare one, about the events told before."""
    return all(c.told_again_at is not None
               and 0 <= event.trigger[0] - c.told_again_at < _DESCRIPTION_REACH
               for c in event.counts)


def _host(kept: list[EventDraft], event: EventDraft, folded: dict[int, int]
          ) -> EventDraft | None:
    earlier = [e for e in kept if e.sentence < event.sentence
               and event.sentence - e.sentence <= _FOLD_REACH
               and not e.rule.weak and takes_casualties(e.event_type) and e.status == event.status]
    if not earlier:
        return None
    host = max(earlier, key=lambda e: (e.sentence, e.trigger[0]))
    return host if _fits(host, event) or _other_side(host, event, folded) else None


def _takes(host: EventDraft, report: EventDraft) -> bool:
    """Can ``host`` take every kind ``report`` counts? Casualties go to violence or a
    protest, arrests to an arrest: "54 of them in X" of arrests is no count of the
    clashes told at X."""
    for count in report.counts:
        if count.field == "arrested" and host.sub_event_type != "Arrests":
            return False
        if count.field == "checkpoints" and host.rule.subtype != "checkpoint":
            return False
        if count.field in ("fatalities", "injured") and not takes_casualties(host.event_type):
            return False
    return True


def _same_day(host: EventDraft, event: EventDraft) -> bool:
    """A count dated to the day ("on Friday, four were killed in X") joins only an
    event of that day; an undated one joins the event it follows up."""
    if event.time_precision != 1:
        return True
    # An event dated from the story's day ("where a crowd also set fire ...") at the
    # count's very day is of that day.
    return host.event_date == event.event_date


def _fits(host: EventDraft, event: EventDraft) -> bool:
    """Can ``event``'s counts join ``host``'s: no count of the same kind there yet, and
    no other victims named?"""
    if {c.field for c in host.counts} & {c.field for c in event.counts}:
        return False
    groups = {c.group for c in host.counts if c.group}
    theirs = {c.group for c in event.counts if c.group}
    return not (groups and theirs and not groups & theirs)


def without_totals(events: list[EventDraft]) -> None:
    """Drop the casualty counts that the reports told after them break down by place.

    "Nine protesters were killed on Thursday" then "seven of the dead were shot in X,
    one in Y and another in Z" tells three incidents; the nine is their total, not a
    fourth count. A count is such a total when later counts of its kind, on its day,
    at two places or more, add up to no more than it, and the total's row is either a
    country or region or one of those places (the capital whose own dead are counted
    after). Arrests are left alone: an arrest total "since Monday" is an event of its
    own in ACLED's coding.
    """
    for event in events:
        totals = [c for c in event.counts if c.field in ("fatalities", "injured")]
        if event.location is None or not totals:
            continue
        for total in totals:
            parts = [(e, c) for e in events if e is not event and e.location is not None
                     and _on_its_days(e, event) and e.status == event.status
                     for c in e.counts if c.field == total.field and c.start > total.end]
            sites = {e.location.place.id for e, _ in parts}
            own = event.location.place.id
            if sum(c.value for _, c in parts) > total.value:
                continue
            # "Three days of clashes in which 11 were killed", then the dead of each
            # day: a span's count that later days break down is their total.
            if (len(sites) >= 2 and (event.geo_precision > 1 or own in sites
                                     or _by_dateline(event.location))) or (
                    event.event_date_end is not None and parts):
                event.counts = [c for c in event.counts if c is not total]


def _by_dateline(mention: Mention) -> bool:
    """Is the row placed by the report's dateline ("YANGON — Troops shot dead 38
    people ..."), where it was filed: a toll there, broken down by place after, is the
    country's, not the dateline city's."""
    return opens_dateline(mention.start, mention.text)


def _on_its_days(event: EventDraft, total: EventDraft) -> bool:
    """Is ``event`` on the day of ``total``'s row, or within its span of days?"""
    if total.event_date_end is None or None in (event.event_date, total.event_date):
        return event.event_date == total.event_date
    return total.event_date <= event.event_date <= total.event_date_end


def fold_into_same_place(events: list[EventDraft]) -> list[EventDraft]:
    """Give a bare casualty report at a place ("eight people were killed in X") to the
    event the report already told at that town, on a date that does not contradict
    it ("security forces fired on protesters in X, Y and Z ..."), when that event has
    no count of the same kind: the last such event told before the report, else the
    first after it.

    Totals that such reports break down come off first (:func:`without_totals`).
    """
    without_totals(events)
    # Only at a town or a point: a country holds many events.
    hosts = [e for e in events if not e.rule.weak and e.geo_precision == 1]
    kept: list[EventDraft] = []
    for event in events:
        host = None
        if event.rule.weak and event.counts and event.geo_precision == 1:
            here = [e for e in hosts if e.status == event.status and _takes(e, event)
                    and e.location.place.id == event.location.place.id
                    and _same_day(e, event)]
            # The toll of an event told there already, told again by another source.
            again = next((e for e in here if repeats_figures(e.counts, event.counts)), None)
            if again is not None:
                again.evidence = sorted(set(again.evidence + event.evidence))
                continue
            fitting = [e for e in here if _fits(e, event)]
            # The report is about the last event told there before it, else the first.
            earlier = [e for e in fitting if e.trigger[0] < event.trigger[0]]
            host = earlier[-1] if earlier else next(iter(fitting), None)
        if host is None:
            kept.append(event)
            continue
        take_counts(host, event)
        host.evidence = sorted(set(host.evidence + event.evidence))
    return kept


def totals_of_their_event(events: list[EventDraft], found: list[CountMention],
                          mentions: Sequence[Mention]) -> list[CountMention]:
    """A total "since <day>" told before the only incident of its clause ("80 people
    have been injured since Sunday in clashes in X") is that incident's count over the
    days since: it is no running total there, and the event stays. A clause that also
    counts one incident of that kind, or names a country (a nation's toll: "killed in
    X since Thursday in clashes"), keeps it a total, out of the incidents' sums."""
    if any(m.place is not None and m.place.kind == "country" for m in mentions):
        return found
    return [replace(c, cumulative=False) if c.since_day and any(
        not e.rule.weak and e.trigger[0] >= c.end and takes_casualties(e.event_type)
        for e in events) and not any(o.field == c.field and not o.cumulative for o in found)
        else c for c in found]


def without_totalled(text: str, clause: tuple[int, int], events: list[EventDraft],
                     found: list[CountMention]) -> list[EventDraft]:
    """The events a running total names are the total, not incidents: "at least 40
    people have been killed since the protests began", "in all, 300 were detained",
    "that brought the number of those arrested to 1,200". Only a trigger told after the
    total's start goes: "crowds marched in X in protests that have left 40 dead since
    March" still tells the march. An arrest count "since Monday" is an event of its
    own (ACLED codes it); only a summing one ("in all") is dropped. "Since the protests
    began on Tuesday" dates their start: that event stays."""
    running = RUNNING_TOTAL.search(text, *clause)
    counts = [c for c in found if not c.cumulative]
    if (found and not counts) or running is not None:
        # A bare "killed" that only tells the total is no incident either.
        events = [e for e in events if not e.rule.weak]
    starts = [c.start for c in found if c.cumulative
              and not any(o.field == c.field for o in counts)
              and (c.field != "arrested" or SUMMED.search(text, *clause))]
    if running is not None:  # "that brought the number of those arrested to ..."
        starts.append(running.start())
    if not starts:
        return events
    first = min(starts)
    return [e for e in events if e.trigger[0] < first or _DATED_START.match(
        text, e.trigger[1]) or not (takes_casualties(e.event_type)
                                    or e.sub_event_type == "Arrests")]
