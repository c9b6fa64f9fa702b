"""Tolls and riots a Russian or French report tells over several sentences
(:mod:`geo.events.lexical`): a sentence that only counts the dead or hurt gives its
counts to the event that caused them, told just before or just after at that place; the
riots of one place and day are one; casualties retype the event that has them (by the
forces' fire: excessive force; else a protest turned violent); and the rows of one event
are merged (:func:`merged`).
"""

from __future__ import annotations

from datetime import date

from geo.events.draft import EventDraft
from geo.events.merge import merge
from geo.events.rules import PROTESTS, RIOTS, RULES, VIOLENCE
from geo.events.summaries import without_summaries
from geo.events.tallies import takes_casualties
from geo.events.vocabulary import Vocabulary, Word

__all__ = ["attacks_apart", "fold_bare_tolls", "fold_toll_told_before", "merged", "named_killer",
           "one_riot_a_day", "told_of_unrest", "type_by_force"]

# Who, named in a toll's sentence, makes its dead or hurt the unrest's.
_UNREST_ACTORS = frozenset({"protesters", "rioters", "police"})


_ATTACK = next(rule for rule in RULES if rule.name == "attack")


def type_by_force(event: EventDraft, firing: bool, unrest: bool,
                  riot_toll: bool = False, killer: bool = False) -> None:
    """Deaths or wounds by the forces' fire in unrest are excessive force against the
    crowd; a protest with casualties and no fire told turned violent; a ``riot_toll``
    (:func:`told_of_unrest`) is the unrest's. Fire on a crowd by a ``killer`` of their
    own (:func:`named_killer`), with no forces told firing, is their attack on it."""
    casualties = any(c.field in ("fatalities", "injured") for c in event.counts)
    if event.rule.name == "excessive_force" and killer and not firing:
        event.event_type, event.sub_event_type = VIOLENCE, "Attack"
    elif event.rule.weak and firing and unrest:
        event.event_type, event.sub_event_type = PROTESTS, "Excessive force against protesters"
    elif event.rule.weak and riot_toll and event.counts:
        # the dead or hurt of unrest, with no one told firing: the unrest's, a violent
        # demonstration (as ACLED codes deaths in riots), not an attack on civilians
        event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"
    elif (event.event_type == PROTESTS and casualties and firing) or (
            event.sub_event_type == "Protest with intervention"
            and any(c.field == "fatalities" for c in event.counts)):
        # fire on the crowd, or a dispersal in which protesters died
        event.sub_event_type = "Excessive force against protesters"
    elif event.event_type == PROTESTS and event.sub_event_type == "Peaceful protest" \
            and casualties:
        event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"


def attacks_apart(events: list[EventDraft], killer: bool) -> list[EventDraft]:
    """The killings a sentence tells at a protest whose killer is named or whose
    victims took no part in it (``killer``: :func:`named_killer`): attacks of their own,
    with the protest's casualty counts; the protest keeps its type."""
    found = []
    for event in events:
        hurt = [c for c in event.counts if c.field in ("fatalities", "injured")]
        if killer and event.event_type == PROTESTS and not event.rule.weak and hurt:
            event.counts = [c for c in event.counts if c not in hurt]
            found.append(EventDraft(_ATTACK, VIOLENCE, "Attack", (hurt[0].start, hurt[0].end),
                                    event.clause, event.sentence, counts=hurt,
                                    actors=list(event.actors), confidence=event.confidence,
                                    status=event.status))
    return found


def named_killer(sentence: list[Word], vocabulary: Vocabulary) -> bool:
    """Whether a sentence names who killed or hurt on their own account ("des
    inconnus", "des hommes armés", "неизвестные", "боевики"; not a crowd or the forces
    armed: "des manifestants armés de bâtons", "les forces armées", "l'armée"), or
    tells first a victim who took no part in any unrest, the crowd only after ("un
    journaliste a été tué alors qu'il couvrait la manifestation"; not "des manifestants
    ont blessé un passant"): its dead are an attack's, no crowd's."""
    outsider = next((n for n, w in enumerate(sentence) if w.any_of(vocabulary.outsiders)),
                    None)
    if outsider is not None and not any(w.any_of(vocabulary.crowd) or w.any_of(vocabulary.forces)
                                        for w in sentence[:outsider]):
        return True
    return any(w.any_of(vocabulary.killers) and not w.any_of(vocabulary.forces) and not (
        n and (sentence[n - 1].any_of(vocabulary.crowd)
               or sentence[n - 1].any_of(vocabulary.forces)))
        for n, w in enumerate(sentence))


def told_of_unrest(actors: set[str], sites: set[str], before: list[EventDraft],
                   number: int) -> bool:
    """Whether the dead or hurt sentence ``number`` of a report of unrest counts (no
    killer named) are the unrest's: told of the crowd or the police, of no place of
    their own (ids: ``sites``), of a place where unrest was told, or not right after
    unrest told at another place ("Des heurts à X. Deux personnes ont été tuées à Y"
    moves the story to a killing at Y)."""
    unrest = [e for e in before if e.status == "occurred" and e.location is not None
              and e.event_type in (PROTESTS, RIOTS)]
    return bool(actors & _UNREST_ACTORS) or not sites or any(
        e.location.place.id in sites for e in unrest) or not any(
        e.sentence == number - 1 for e in unrest)


def fold_bare_tolls(events: list[EventDraft], before: list[EventDraft],
                    number: int, day: date | None = None,
                    sites: frozenset[str] | set[str] = frozenset()) -> list[EventDraft]:
    """A sentence that only counts the dead or hurt ("Погибли 12 человек.") gives its
    counts to the event the sentence before told, if it takes them, the story has not
    moved to another ``day`` since ("Jeudi, des heurts à X. Vendredi, la contestation a
    gagné le pays. Trois personnes ont été tuées à X": Friday's dead) and the toll names
    none of its own ``sites`` (place ids) but the event's ("Quatre morts à X. Deux
    autres ont été tués à Y": Y's own)."""
    if not any(e.rule.weak for e in events) or any(
            not e.rule.weak and takes_casualties(e.event_type) for e in events):
        return events
    that_day = [e for e in reversed(before) if e.sentence >= number - 2
                and not e.rule.weak and e.status == "occurred"
                and takes_casualties(e.event_type)
                and (day is None or e.event_date is None or e.event_date == day)]
    hosts = [e for e in that_day
             if not sites or e.location is None or e.location.place.id in sites]
    # the dead of violence told just before, rather than of a peaceful crowd's blockade
    host = next((e for e in hosts if e.event_type != PROTESTS
                 or e.sub_event_type == "Excessive force against protesters"),
                hosts[0] if hosts else None)
    if host is None:
        violence = next((e for e in that_day if e.event_type != PROTESTS
                         or e.sub_event_type == "Excessive force against protesters"), None)
        for event in events:
            if event.rule.weak and violence is not None:
                # the same day's dead at another place died of the same violence
                event.event_type, event.sub_event_type = (violence.event_type,
                                                          violence.sub_event_type)
        return events
    for event in events:
        if event.rule.weak:
            host.counts.extend(event.counts)
    type_by_force(host, False, False)
    return [e for e in events if not e.rule.weak]


def fold_toll_told_before(events: list[EventDraft], scenes: list[EventDraft],
                          number: int) -> list[EventDraft]:
    """A sentence that only counts the dead or hurt, then one that tells the violence
    at that place ("Quatre manifestants ont été tués vendredi à Bamako. Les forces de
    sécurité ont tiré sur la foule."): the counts are that event's. The tolls folded."""
    tolls = [e for e in events if e.sentence == number - 1]
    host = next((e for e in scenes if not e.rule.weak and e.status == "occurred"
                 and takes_casualties(e.event_type) and e.location is not None), None)
    # a toll: a casualty word alone, or the crowd it counts ("Quatre manifestants ont
    # été tués" tells the dead, not yet what killed them)
    if host is None or not tolls or not all(
            (e.rule.weak or any(c.start <= e.trigger[0] < c.end for c in e.counts))
            and e.counts and all(c.field in ("fatalities", "injured") for c in e.counts)
            and e.status == "occurred" and e.location is not None and (
                host.place_from_context
                or e.location.place.id == host.location.place.id) for e in tolls):
        return []
    for toll in tolls:
        host.counts.extend(toll.counts)
        host.evidence = sorted(set(host.evidence + toll.evidence))
        if host.date_from_context and not toll.date_from_context:
            host.event_date, host.event_date_end = toll.event_date, toll.event_date_end
            host.time_precision, host.date_from_context = toll.time_precision, False
        if host.place_from_context and not toll.place_from_context:
            host.location, host.geo_precision = toll.location, toll.geo_precision
            host.place_from_context = False
    type_by_force(host, False, False)
    return tolls


def one_riot_a_day(events: list[EventDraft]) -> list[EventDraft]:
    """The riots of one place and day are one (ACLED codes a riot per place and day):
    "des affrontements ont opposé jeunes et policiers ... une mairie a été incendiée" is
    a riot with arson. Another reading of the words that tell an armed clash ("напали
    на пост полиции": an attack, and the attack on the forces) is that clash."""
    kept: list[EventDraft] = []
    for event in events:
        clash = next((k for k in events if k.sub_event_type == "Armed clash"
                      and k.trigger[0] == event.trigger[0]), event)
        if clash is not event and event.rule.name in ("attack", "crowd_violence"):
            clash.counts.extend(event.counts)
            continue
        first = next((k for k in kept if event.sub_event_type == "Violent demonstration"
                      == k.sub_event_type and k.status == event.status
                      and None not in (k.location, event.location)
                      and k.location.place.id == event.location.place.id
                      and k.event_date == event.event_date), None)
        if first is None:
            kept.append(event)
            continue
        if event.rule.subtype and not first.rule.subtype:
            first.rule = event.rule
        first.counts.extend(event.counts)
        first.evidence = sorted(set(first.evidence + event.evidence))
    return kept


def merged(events: list[EventDraft]) -> list[EventDraft]:
    """The report's rows, those of one event merged and a country's that its cities'
    sum up dropped. A country's row with no figure of its own that its cities' rows
    of the day sum up ("акции прошли в ста городах", then Moscow's and Vladivostok's)
    goes before the merge, or it would take in each city's event and end at the last
    city named; a country's figure ("3700 задержаны по всей стране") stays a row of
    its own until the merge has gathered its cities' figures."""
    summed = without_summaries(events)
    events = [e for e in events if e.counts or any(e is s for s in summed)]
    return without_summaries(merge(events, dating_flags=True))
