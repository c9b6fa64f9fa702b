"""Events from sentences: what happened, where, when, how many, and who did it.

The input is plain: the text, its place mentions (with roles and resolved places), its
sentence spans and the publication date, so this module does not depend on how the
geoparser found them. First, places that are no incident site (a group's base, a
speaker's seat, a destination) lose their site role (:mod:`geo.events.sites`), and
phrases that refer back to a place ("in the city", "there") become mentions of it
(:mod:`geo.events.coref`). Each sentence is cut into clauses at the joints where news
prose changes event ("..., where", "and that", "; ", ", with"); in each clause the
trigger lexicon of :mod:`geo.events.rules` proposes events, context refines their type
(:mod:`geo.events.kinds`), and counts and actors attach to them. Bare casualty reports
then join the event they count (:mod:`geo.events.tallies`), events are dated in text
order against the story's current day (:mod:`geo.events.timeline`) and placed, and
mentions of the same event across the article are merged, keeping every evidence span.

This is English's detector. A document in Russian or French (``language="ru"``/``"fr"``,
the parsed document's language) goes to :func:`geo.events.lexical.detect_lexical_events`
instead, before any of the work above, so English text takes exactly this path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from geo.events import coref, keep, kinds, places, sites, tallies
from geo.events.clauses import (
    Span,
    in_a_past_year,
    sentence_spans,
    split_at_clock_times,
    split_clauses,
    tells_again,
)
from geo.events.counts import COUNT_WORD, UPDATE_NOUN, CountMention, find_counts
from geo.events.draft import EventDraft, Trace, clause_actors, to_incident, traced
from geo.events.lexical import detect_lexical_events
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN
from geo.events.merge import merge, merge_told_apart
from geo.events.rules import (
    ANY_TRIGGER,
    PROTESTS,
    RIOTS,
    RULES,
)
from geo.events.scope import (
    CAUSE_LINKS,
    counts_people_taken,
    dated_before,
    killed_by_people,
    may_hold_crowd_verbs,
    subject_counts,
    told_as_cause,
)
from geo.events.status import trigger_status
from geo.events.summaries import without_references, without_summaries
from geo.events.timeline import StoryTime, filed_on
from geo.events.triggers import WEAK, clause_hits, harmless
from geo.lexicon import SPEECH_VERBS, alternation
from geo.model import Incident, Mention

__all__ = ["detect_events"]

#: The languages read by the lexicon-driven detector (:mod:`geo.events.lexical`), by
#: their ISO 639-1 codes; English ("en", or "" when not known) has the detector below.
VOCABULARIES = {"ru": RUSSIAN, "fr": FRENCH}

# A clause coordinated by "and"/"with" shares the time of the clause before it, unless
# it is someone's statement ("and police said ...").
_COORDINATED = re.compile(rf"\W*(?:with|and)\b(?!\s+(?:\w+\s+){{0,3}}?"
                          rf"{alternation(SPEECH_VERBS)})", re.IGNORECASE)
# A link to what came before, between an event's trigger and a count after it: the
# count may be the event's cause (:func:`geo.events.scope.told_as_cause`).
_CAUSE_LINK = re.compile(rf"\b{alternation(tuple(CAUSE_LINKS))}\b", re.IGNORECASE)
# A sentence that carries the unrest of the one before to new places.
_SPREAD = re.compile(r"\W*(?:they|it|the unrest|the movement)\s+(?:\w+\s+){0,2}?"
                     r"(?P<verb>spread|spilled over|extended|moved on)\b(?:\s+[\w,]+){0,5}?"
                     r"\s+(?:to|into)\b", re.IGNORECASE)


def detect_events(
    text: str,
    mentions: Sequence[Mention],
    sentences: Iterable | None = None,
    published: date | None = None,
    *,
    keep_all: bool = False,
    language: str = "",
    trace: Trace | None = None,
    learned_dates: bool = True,
    learned_keep: bool = True,
) -> list[Incident]:
    """Find the incidents a text reports.

    Parameters
    ----------
    text
        The document text; every offset refers to it.
    mentions
        Place mentions with resolved places and roles (``location``, ``actor``, ...).
        Only ``location`` mentions can become incident sites.
    sentences
        Sentence spans as ``(start, end)`` pairs or objects with ``start``/``end``
        (or spaCy's ``start_char``/``end_char``); split here when ``None``.
    published
        The publication date that relative dates ("on Wednesday") resolve against.
        Without it, events keep no date unless the text gives one with its year.
    keep_all
        Also return the events the text says did not happen, with their ``status``
        (negated, planned, threatened, reported-denied, doubtful); by default only
        occurred ones.
    trace
        Called with each stage's name and the rows it leaves (``"drafted"``, ``"detected"``,
        ``"merge"`` ..., last ``"incidents"``: the drafts the incidents are made from, one
        per incident in the same order), for the studies in ``tools/``
        (:func:`geo.events.draft.incidents_into`); the incidents do not change.
    learned_dates
        Russian and French rows take the day a learned model chooses
        (:mod:`geo.events.date_choice`); ``False`` keeps the hand rules' day (the
        model's training rows are read so). English rows always keep their rules.
    learned_keep
        An occurred row that a learned model doubts is a real incident at a real site
        becomes ``doubtful`` (:mod:`geo.events.keep`): out of the default output, kept
        with ``keep_all``; ``False`` leaves every row as the rules told it (the model's
        training rows are read so).

    Returns
    -------
    list of Incident
        One per distinct event, in text order; events with no place at all keep
        ``location=None`` (:func:`geo.frame.to_geodataframe` drops them).
    """
    if language not in ("", "en"):
        vocabulary = VOCABULARIES.get(language)
        if vocabulary is None:
            return []
        return detect_lexical_events(text, mentions, sentences, published, vocabulary,
                                     keep_all=keep_all, trace=trace,
                                     learned_dates=learned_dates, learned_keep=learned_keep)
    spans = split_at_clock_times(text, sentence_spans(text, sentences))
    mentions = sites.without_non_sites(text, mentions, spans)
    index = places.MentionIndex(coref.with_references(text, mentions, published))
    events: list[EventDraft] = []
    counted: set[str] = set()  # the kinds of count the report has told so far
    updates: list[CountMention] = []  # tolls told again at a new figure
    for number, sentence in enumerate(spans):
        found: list[EventDraft] = []
        # Most sentences hold no trigger and no count: one search rules them out.
        if ANY_TRIGGER.search(text, *sentence) or COUNT_WORD.search(text, *sentence) or \
                UPDATE_NOUN.search(text, *sentence) or may_hold_crowd_verbs(text, sentence):
            for clause in split_clauses(text, sentence):
                here = _clause_events(text, clause, sentence, number, index, published,
                                      counted, found, updates)
                if not here and found and tells_again(text, clause):
                    told = found[-1]  # "... and in Y on Saturday": the same event again
                    here = [EventDraft(told.rule, told.event_type, told.sub_event_type,
                                       clause, clause, number, status=told.status)]
                found.extend(here)
        if not found:
            found = _continuation(text, sentence, number, events)
        events.extend(_fold_casualties(text, found))
    # A sentence naming its site, even one not placed, tells an incident of its own.
    with_site = {n: any(places.is_site(m) for m in index.within(*span))
                 or places.names_an_unknown_site(text, index, span) for n, span in enumerate(spans)}
    # Force by the state against the crowd, told in a sentence of its own ("Police
    # shot dead two people."), makes the protest it folds into one of excessive force.
    forced = {id(count) for event in events if kinds.force_against_crowd(text, event, events)
              for count in event.counts}
    protests = {id(event) for event in events if event.event_type == PROTESTS}
    events = tallies.fold_into_previous(traced(trace, "triggered", events), with_site)
    for event in events:
        if (id(event) in protests and any(id(c) in forced for c in event.counts)) or \
                kinds.fired_on_crowd(text, event, spans[event.sentence]):
            event.event_type, event.sub_event_type = PROTESTS, "Excessive force against protesters"
    events = without_references(text, events, with_site)
    kinds.refine_in_document(text, events)
    # A report published the day after its dateline's day was written on that day.
    story = StoryTime(filed_on(text, published))
    for event in list(events):
        _attach_date(text, event, spans[event.sentence], story)
        _attach_location(text, event, spans, index)
        event.evidence = [spans[event.sentence]]
        event.another_crowd = kinds.tells_another_crowd(text, event.clause)
        events.extend(tallies.split_by_count_place(text, event, index,
                                                   spans[event.sentence][1]))
        events.extend(_one_per_place(text, event, index, spans[event.sentence]))
    # An event told by its year alone ("who led the protests in 2016") is background
    # that the report recalls; the incidents are what it reports.
    events = tallies.fold_into_same_place([e for e in traced(trace, "drafted", events)
                                           if not e.background])
    events = traced(trace, "merge", merge(traced(trace, "detected", events)))
    events = traced(trace, "merge_told_apart", merge_told_apart(events))
    events = traced(trace, "summaries", without_summaries(events, by_counts=True))
    # (before the unreal rows go: they are evidence too, in either mode)
    keep.describe(text, events, mentions, spans, published)
    if learned_keep:
        keep.doubt(events)
    kept = [event for event in events if keep_all or event.status == "occurred"]
    tallies.take_updated_figures(text, kept, updates, spans, index)
    kept = traced(trace, "incidents", kept)
    return [to_incident(text, event) for event in kept]


def _clause_events(text: str, clause: Span, sentence_span: Span, sentence: int,
                   index: places.MentionIndex, published: date | None,
                   counted: set[str], before: list[EventDraft],
                   updates: list[CountMention]) -> list[EventDraft]:
    """A clause's events and counts; ``counted``: the kinds of count told so far,
    ``before``: the events of the sentence's earlier clauses; ``updates`` gathers the
    tolls told again at a new figure."""
    hits = clause_hits(text, clause, sentence_span, published and published.year)
    actors = clause_actors(text, clause, index.within(*clause), index.main_country)
    events = kinds.collapse(hits, actors, clause, sentence,
                       kinds.crowd_fight(text, sentence_span))
    # A running total ("the toll rose to 46") is no incident's count, nor is a figure a
    # source puts a toll already told at ("a councillor put the toll at 19"); but an
    # estimate of a new event is that event's toll, the event named before the figure in
    # its clause ("put the toll from the raid on Y at 9") or in its sentence, uncounted
    # ("gunmen raided a village in Y; officials put the toll at 9").
    found = find_counts(text, *clause, context=sentence_span[0])
    found += subject_counts(text, sentence_span, clause, found)
    counted.update(c.field for c in found if not c.estimate)
    found = [c for c in found if not (c.estimate and c.field in counted) or any(
        e.trigger[0] < c.start for e in events) or (before and not any(
            other.field == c.field for e in before for other in e.counts))]
    counted.update(c.field for c in found)
    updates.extend(c for c in found if c.updates)
    found = tallies.totals_of_their_event(events, found, index.within(*clause))
    events = tallies.without_totalled(text, clause, events, found)
    for count in (c for c in found if not c.cumulative):
        if tallies.shares_a_told_toll(text, index, count, clause[1]):
            continue
        target = tallies.count_target([e for e in events if not kinds.told_on_other_days(
            text, e.trigger[0], count.start)], count)
        rule = None
        if target is not None and target.event_type in (PROTESTS, RIOTS) and \
                count.field == "fatalities" and \
                _CAUSE_LINK.search(text, target.trigger[1], count.start) and \
                told_as_cause(text, sentence_span, (count.start, count.end), target.trigger):
            # "riots erupted after two teenagers were killed": their cause, a killing of
            # its own (none when a car or a storm killed them)
            if harmless(text, clause) or not killed_by_people(text, sentence_span,
                                                              (count.start, count.end)):
                continue
            target, rule = None, kinds.ATTACK
        # A toll of a past year ("the war of the 1990s, in which 200,000 died") is
        # background, as its trigger would be.
        elif target is None and count.field in ("fatalities", "injured") and \
                not harmless(text, clause) and not in_a_past_year(
                    text, clause, (count.start, count.end), published and published.year) \
                and not dated_before(text, sentence_span, (count.start, count.end),
                                     published and published.year):
            rule = WEAK
        elif target is None and count.field == "arrested" and counts_people_taken(
                text, sentence_span, count.start, count.end):
            rule = _ARREST  # "17 people were being held in X": the arrest it tells
        if rule is not None:
            target = EventDraft(rule, rule.event_type, rule.sub_event_type,
                                (count.start, count.end), clause, sentence,
                                status=trigger_status(text, clause, sentence_span,
                                                      count.start, count.end))
            events.append(target)
        if target is not None:
            target.counts.append(count)
            kinds.type_by_count(text, clause, target, [count])
    events.extend(filter(None, [kinds.attack_apart(text, clause, e, events) for e in events]))
    for event in events:
        event.actors = actors
        # A bare "killed" is a weaker sign of an event than "clashes", unless counted.
        event.confidence = 0.5 if event.rule.weak and not event.counts else 0.7
        if event.rule.weak:
            kinds.type_by_victims(text, event)
        elif event.event_type == PROTESTS and event.sub_event_type == "Peaceful protest" \
                and any(c.field in ("fatalities", "injured") for c in event.counts):
            # A protest with casualties and no word of the police: it turned violent.
            event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"
    return events


def _continuation(text: str, sentence: Span, number: int,
                  events: list[EventDraft]) -> list[EventDraft]:
    """"They spread to X and Y": the unrest of the sentence before, at new places."""
    match = _SPREAD.match(text, *sentence)
    before = [e for e in events if e.sentence == number - 1 and e.status == "occurred"
              and e.event_type in (PROTESTS, RIOTS)]
    if match is None or not before:
        return []
    first = before[0]
    return [EventDraft(first.rule, first.event_type, first.sub_event_type,
                       match.span("verb"), sentence, number)]


def _fold_casualties(text: str, events: list[EventDraft]) -> list[EventDraft]:
    """Give a bare casualty clause's counts to the sentence's event, if it has one.

    "Police fired rubber bullets at crowds; 34 people were wounded" is one event.
    """
    hosts = [e for e in events if not e.rule.weak and tallies.takes_casualties(e.event_type)]
    if not hosts:
        return events
    kept = []
    for event in events:
        host = next((h for h in hosts if h.status == event.status
                     and not kinds.told_on_other_days(text, h.trigger[0], event.trigger[0])),
                    None)
        if event.rule.weak and host is not None:
            host.counts.extend(event.counts)
            kinds.type_by_count(text, event.clause, host, event.counts)
        else:
            kept.append(event)
    return kept


_ARREST = next(rule for rule in RULES if rule.sub_event_type == "Arrests")


def _one_per_place(text: str, event: EventDraft, index: places.MentionIndex,
                   sentence: Span) -> list[EventDraft]:
    """Copies of an event for the other places of the list its place is in ("protests
    in Lyon, Lille and Nantes"). The counts stay on the first place's row only, and
    every row of the list is marked ``counts_shared`` when there are counts."""
    if event.location is None or event.geo_precision == 2:
        return []
    # The list is read in the clause that holds the place: "protests continued, with
    # crowds in X, Y and Z" names the places one clause after the trigger.
    clause = event.clause
    if not clause[0] <= event.location.start < clause[1]:
        clause = next((c for c in split_clauses(text, sentence)
                       if c[0] <= event.location.start < c[1]), clause)
    group = places.coordinated(text, index, clause, event.location)
    if len(group) < 2:
        return []
    shared = bool(event.counts)
    event.counts_shared = shared
    copies = []
    for mention in group:
        if mention is event.location:
            continue
        copy = replace(event, location=mention, geo_precision=places.geo_precision(mention),
                       counts=[], actors=list(event.actors), evidence=list(event.evidence),
                       counts_shared=shared)
        copies.append(copy)
    if group[0] is not event.location:  # the counts go with the list's first place
        first = next(c for c in copies if c.location is group[0])
        first.counts, event.counts = event.counts, []
    return copies


def _attach_date(text: str, event: EventDraft, sentence: Span, story: StoryTime) -> None:
    # Events are dated in text order: words like "the next day" count from the date of
    # the last event the story dated, which ``story`` keeps.
    time = story.date_event(text, event.clause, sentence, event.trigger[0],
                            coordinated=bool(_COORDINATED.match(text, event.clause[0])),
                            occurred=event.status == "occurred")
    event.event_date, event.time_precision = time.date, time.precision
    event.story_day = time.reference
    event.date_from_context = not time.stated
    event.date_from_story = time.kind == "story_day"
    # Without a publication date no year is known to be past.
    event.background = time.past_period and story.published is not None
    event.event_date_end = time.end
    # A weekday of an event still to come is the next one, not the last.
    when, published = event.event_date, story.published
    if event.status in ("planned", "threatened") and published and when and \
            event.time_precision == 1 and 0 < (published - when).days < 7:
        event.event_date = when + timedelta(days=7)


def _attach_location(text: str, event: EventDraft, spans: list[Span],
                     index: places.MentionIndex) -> None:
    sentence = spans[event.sentence]
    mention = places.link_location(text, index, event.clause, sentence,
                                   event.trigger[0])
    if mention is not None:
        event.location, event.geo_precision = mention, places.geo_precision(mention)
        event.confidence += 0.1
        return
    unknown_site = places.names_an_unknown_site(text, index, event.clause)
    focus = None
    # The story's place in focus is its last city named before this sentence; a
    # clause about the whole country ("across the country") stays at the country.
    if not unknown_site and not places.COUNTRYWIDE.search(text, *event.clause):
        focus = places.story_focus(text, index, spans, event.sentence)
    event.place_from_context = True
    if focus is not None:
        event.location, event.geo_precision = focus, 2
    elif index.main is not None and not (unknown_site
                                         and places.geo_precision(index.main) < 3):
        # A site the text names but we cannot place is somewhere in the main country,
        # not in or near the main city: without the country, the event stays unplaced.
        event.location = index.main
        event.geo_precision = 3 if places.geo_precision(index.main) == 3 else 2
        event.confidence -= 0.2
