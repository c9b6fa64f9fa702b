"""The ACLED type of an event: one event per kind of trigger in a clause, escalations
folded together (:func:`collapse`), and the type that depends on who did what to whom,
and on the whole report: killings typed by their victims (armed men killed is a clash,
protesters killed is force against protesters), force by soldiers or police against
people during unrest (excessive force against protesters, unless the victims were armed
or rioting), arson and police casualties during unrest (a violent demonstration).

Length: the type hangs on who acts and who suffers, each read by the same few patterns
(the forces, a crowd, gunmen; armed victims, outsiders); split, each part would import
the other's patterns back.
"""

from __future__ import annotations

import re

from geo.events import tallies
from geo.events.apart import CROWD_APART, told_apart
from geo.events.clauses import Span
from geo.events.counts import CountMention
from geo.events.draft import STATE_ACTORS, EventDraft
from geo.events.merge import SEVERITY
from geo.events.rules import (
    ACTORS,
    ARMED_GROUPS,
    BATTLES,
    CIVILIAN_PEOPLE,
    CROWD,
    NON_PARTICIPANTS,
    PROTESTS,
    RIOTS,
    RULES,
    VIOLENCE,
    WORKING_CROWDS,
    Rule,
)
from geo.events.scope import unarmed_subject
from geo.lexicon import NUMBER_WORDS, SPEECH_VERBS, alternation

_ARMED_VICTIMS = re.compile(r"\b(?:police|army|state forces|armed|militants?|"
                            r"criminals|bandits|rebels|fighters|soldiers|gunmen|"
                            r"insurgents|unidentified armed group|gangs?|combatants)\b")
# The country's forces as the subject of the clause: "soldiers", "security forces".
_STATE_FORCES = (r"(?:police(?:men|women)?|(?:riot\s+)?police\s+officers|soldiers|troops|"
                 r"the army|the military|security forces|government forces|gendarmes|"
                 r"paratroopers|national guard(?:smen)?|"
                 r"(?:coast|border|municipal|security|prison)\s+guards?|guardsmen|rangers)")
# ... right before the verb, with nothing said in between ("police said two died").
_FORCES_SUBJECT = re.compile(rf"\b{_STATE_FORCES}\s+(?!{alternation(SPEECH_VERBS)}\b)"
                             r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_KILLING = re.compile(r"killed|killing|shot(?: dead)?|shooting(?: dead)?|gunned down|"
                      r"wounded|wounding|injured|injuring", re.IGNORECASE)
_KILLING_WORD = re.compile(rf"\b(?:{_KILLING.pattern})\b", re.IGNORECASE)
# "police opened fire, killing four": the forces fired, the participle tells the toll.
_FORCES_FIRED = re.compile(rf"\b{_STATE_FORCES}\s+(?:\w+\s+){{0,2}}?(?:opened fire|fired|"
                           r"shot)\b[^.;]{0,80}?,\s+(?:killing|wounding|injuring)\s+$",
                           re.IGNORECASE)
_COUNT_REACH = 40
# "riot police and men in plain clothes opened fire late on Monday on people who had
# gathered": the forces, named before the firing within the clause, fired on a crowd
# whatever word names it ("said" in between makes them the source, not the shooters).
_FORCES_OPENED_FIRE = re.compile(
    rf"\b{_STATE_FORCES}\b(?:(?!\b(?:{alternation(SPEECH_VERBS)}|were|was|had been)\b)"
    r"[^,;.]){0,60}?\b(?:opened fire|shot (?:dead|at|into)|fired (?:live|on|into))\b",
    re.IGNORECASE)
_BY_FORCES = re.compile(rf"\s+(?:\w+\s+){{0,4}}?by\s+(?:the\s+)?(?:\w+\s+)?"
                        rf"{_STATE_FORCES}\b", re.IGNORECASE)
# "five people were killed when security forces broke up a march": the forces acted.
_WHEN_FORCES = re.compile(rf"\s+(?:[\w,.]+\s+){{0,6}}?(?:when|as)\s+(?:the\s+)?(?:\w+\s+)?"
                          rf"{_STATE_FORCES}\s+(?!{alternation(SPEECH_VERBS)}\b)", re.IGNORECASE)
_SINGULAR_PASSIVE = re.compile(r"\bwas\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "was killed by rioters", "beaten by a mob".
_BY_CROWD = re.compile(r"\s+(?:\w+\s+){0,3}?by\s+(?:the\s+|a\s+)?[\"“‘']?(?:rioters|"
                       r"protesters|demonstrators|mobs?|crowds?|youths|looters)\b",
                       re.IGNORECASE)
# "A protester was shot", "two demonstrators were killed": the victims marched.
_PROTESTER_KILLED = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|mourners?)\s+"
                               r"(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?$",
                               re.IGNORECASE)
# The object of a killing verb that is no crowd: "killed five gunmen".
_ARMED_WORDS = (r"(?:militants?|gunmen|rebels|insurgents|bandits|fighters|jihadists|"
                r"attackers|assailants)")
_ARMED_AFTER = re.compile(rf"\s+(?:(?!by\b)\S+\s+){{0,3}}?{_ARMED_WORDS}\b", re.IGNORECASE)
_VICTIMS_AFTER = re.compile(rf"\s+(?:(?!by\b)\S+\s+){{0,3}}?(?:{_ARMED_WORDS}|rioters|"
                            r"looters)\b", re.IGNORECASE)


#: A trigger found in a clause: its rule, its match and the status of its event.
Hit = tuple[Rule, re.Match, str]
# ", a day after police fired", ", two nights before the vote": what follows is told as
# another day's event than the one before it in the clause.
_OTHER_DAY = re.compile(rf",\s+(?:just\s+|only\s+)?(?:the|{alternation((*NUMBER_WORDS, 'a', 'an'))}"
                        r"|\d+)\s+(?:days?|nights?|weeks?)\s+(?:after|before)\b", re.IGNORECASE)


def collapse(hits: list[Hit], actors: list[str], clause: Span,
              sentence: int, crowd_in_sentence: bool = False) -> list[EventDraft]:
    """One event per kind of trigger in a clause, escalations folded together.

    A protest folds into its clause's riot, unless :func:`geo.events.apart.told_apart`
    reads it as told before or after the violence ("hours before the clash, hundreds
    had marched peacefully").

    A clause's part told as another day's ("marched peacefully on Saturday, a day after
    police fired tear gas at them") is collapsed apart: its events are not the day's
    before it, however alike (:data:`_OTHER_DAY`).

    ``crowd_in_sentence``: the sentence names a crowd and no armed group, so its
    clashes are the crowd's ("clashes were reported in X, where protesters threw
    stones")."""
    if not hits:
        return []
    text = hits[0][1].string
    parts: dict[int, list[Hit]] = {}
    for hit in hits:
        parts.setdefault(_part(text, clause, hit[1].start()), []).append(hit)
    protest = protest_attacked(text, clause)
    events = [event for part in parts.values()
              for event in _collapse_part(part, actors, clause, sentence, crowd_in_sentence,
                                          protest is not None)]
    if protest is not None:
        for event in events:
            if event.event_type == VIOLENCE and event.rule.weak:
                # "..., injuring 12": the casualties of the attack, not of the protest
                event.rule = ATTACK
    return events


def _part(text: str, clause: Span, at: int) -> int:
    """Which of a clause's parts told as different days (:data:`_OTHER_DAY`) holds
    ``at``."""
    return sum(m.start() < at for m in _OTHER_DAY.finditer(text, *clause))


def told_on_other_days(text: str, a: int, b: int) -> bool:
    """Whether a day's gap (:data:`_OTHER_DAY`) stands between the positions ``a`` and
    ``b`` of one sentence: "marched on Saturday, a day after clashes in which one man
    was killed and 18 were injured" gives the dead and the injured to the clashes."""
    low, high = min(a, b), max(a, b)
    return _OTHER_DAY.search(text, low, high) is not None


# Shooting told in a clash's sentence that makes it a battle, whoever the other side is:
# fire between two sides, or the forces' own men shot ("an officer was shot dead"); a
# crowd's own dead shot by the forces are no sign of it.
_GUNFIRE = re.compile(r"\b(?:firefights?|gunfights?|gun\s?battles?|exchanges? of fire|"
                      r"exchanged fire|returned fire)\b|"
                      r"\b(?:officers?|policem[ae]n|policewom[ae]n|soldiers?|troops|gendarmes?|"
                      r"rangers?|guards?|constables?)\b(?:\W+\w+){0,4}?\W+(?:was|were)\s+"
                      r"(?:shot|gunned)|\bopened\s+fire\s+on\s+(?:the\s+)?(?:\w+\s+)?"
                      r"(?:police|officers|soldiers|troops|gendarmes|rangers)\b", re.IGNORECASE)
_FULL_STOP = re.compile(r"[.!?](?:\s|$)")


def _sentence_end(text: str, start: int) -> int:
    stop = _FULL_STOP.search(text, start)
    return stop.end() if stop else len(text)


# The other side of a clash, right after it: "clashed with riot police", "clashes with
# the security forces", "fought running battles with police" (a crowd's, no gunfight),
# "battled riot police".
_WITH_FORCES = re.compile(rf"(?:\s+(?:running|pitched|street)\s+(?:street\s+)?battles)?"
                          rf"\s+(?:with\s+)?(?:the\s+)?(?:\w+\s+)?{_STATE_FORCES}\b",
                          re.IGNORECASE)
# The two sides told together: "clashes between fishermen and the coast guard", "taxi
# drivers and police fought pitched battles".
_CROWD_WORD = rf"(?:{CROWD.pattern}|\b{alternation(WORKING_CROWDS + CIVILIAN_PEOPLE)}\b)"
_FORCE_SIDE = rf"(?:the\s+)?(?:[\w-]+\s+)?{_STATE_FORCES}\b"
_CROWD_AGAINST_FORCES = re.compile(
    rf"\bbetween\s+(?:[\w-]+\s+){{0,3}}?{_CROWD_WORD}\s+and\s+{_FORCE_SIDE}|"
    rf"\bbetween\s+{_FORCE_SIDE}\s+and\s+(?:[\w-]+\s+){{0,3}}?{_CROWD_WORD}|"
    # "villagers and soldiers fought off an attack" fight a third party together
    rf"{_CROWD_WORD}\s+and\s+{_FORCE_SIDE}\s+(?:\w+\s+)?(?:clashed|(?:fought|battled)\s+"
    rf"(?:each\s+other|(?:pitched|running|street)\s+battles))\b",
    re.IGNORECASE)


def _collapse_part(hits: list[Hit], actors: list[str], clause: Span,
                   sentence: int, crowd_in_sentence: bool,
                   attacked: bool = False) -> list[EventDraft]:
    """``attacked``: the clause tells others setting on a protest
    (:func:`protest_attacked`); their violence is an attack on civilians, and the
    protest stays an event of its own."""
    names = {rule.name for rule, _, status in hits if status == "occurred"}
    crowd = (bool({"protesters", "rioters"} & set(actors)) or names & {"protest", "riot"}
             or crowd_in_sentence) and "unidentified armed group" not in actors
    townsfolk = "civilians" in actors and "unidentified armed group" not in actors
    spans = {r.name: m.span() for r, m, _ in hits}
    mob = any(r.name == "crowd_violence" and _CROWD_ON_PEOPLE.search(m.group())
              and _PEOPLE_AFTER.match(m.string, m.end(), clause[1]) for r, m, _ in hits)
    events: list[EventDraft] = []
    for rule, match, status in hits:
        event_type, sub_type = rule.event_type, rule.sub_event_type
        if (rule.name in ("clash", "overtake", "regain") and crowd) or \
                (rule.name == "clash" and ((
                    _WITH_FORCES.match(match.string, match.end(), clause[1])
                    and (townsfolk or unarmed_subject(match.string, clause, match.span())))
                    or _CROWD_AGAINST_FORCES.search(match.string, *clause))
                 and not _GUNFIRE.search(match.string, clause[0],
                                         _sentence_end(match.string, clause[1]))):
            # crowds that "overran the police station" riot; they take no territory,
            # and forces that retake a building from a crowd win no battle; residents
            # or villagers who clash with the police bear no arms of a party to a battle
            event_type, sub_type = RIOTS, "Violent demonstration"
        if rule.subtype == "arson" and crowd:
            event_type, sub_type = RIOTS, "Violent demonstration"
        if mob and (event_type, sub_type) == (RIOTS, "Violent demonstration"):
            # a crowd that attacks people (traders, migrants, a minority's shops), not
            # the police: ACLED's mob violence
            sub_type = "Mob violence"
        if rule.name == "excessive_force" and _shooter(match.string, clause, match.start()) == \
                "unidentified armed group":
            # gunmen who fire on mourners or a crowd attack civilians; only the
            # country's forces use force against protesters
            event_type, sub_type = VIOLENCE, "Attack"
        if attacked and rule.name in _ASSAULTS:
            event_type, sub_type = VIOLENCE, "Attack"
        if event_type == PROTESTS and "arrest" in names:
            sub_type = max(sub_type, "Protest with intervention", key=SEVERITY.get)
        if status == "occurred" and not (attacked and rule.event_type == PROTESTS) and (
                _superseded(rule, match, names, spans) or (
                rule.event_type == PROTESTS and rule.name != "excessive_force" and crowd
                and "clash" in names)) and not (rule.event_type == PROTESTS and told_apart(
                    match.string, clause, match.span(), _crowd_violence(hits, crowd))):
            continue  # a crowd's clash with police is its riot, dispersal and all
        if rule.weak and any(not r.weak and tallies.takes_casualties(r.event_type)
                             and s == status for r, _, s in hits):
            continue
        same = next((e for e in events if e.event_type == event_type
                     and e.status == status and e.rule.subtype == rule.subtype
                     and (e.sub_event_type == sub_type or event_type == PROTESTS)), None)
        if same is not None:
            if SEVERITY.get(sub_type, -1) > SEVERITY.get(same.sub_event_type, -1):
                same.sub_event_type = sub_type
            continue
        events.append(EventDraft(rule, event_type, sub_type, match.span(), clause, sentence,
                                 status=status))
    return events


#: The triggers of an assault on people: the attack on a protest by others.
_ASSAULTS = frozenset({"mob", "crowd_violence", "attack"})
#: The triggers of a crowd's violence that a protest told in their clause folds into.
_CROWD_VIOLENCE = frozenset({"riot", "mob", "crowd_violence", "arson", "looting"})


def _crowd_violence(hits: list[Hit], crowd: bool) -> list[Span]:
    """The spans of a clause's occurred triggers of a crowd's violence (a clash too,
    when the clause's actors are a crowd)."""
    return [match.span() for rule, match, status in hits if status == "occurred" and (
        rule.name in _CROWD_VIOLENCE or (crowd and rule.name == "clash"))]


_CROWD_ON_PEOPLE = re.compile(r"\b(?:attacked|beat|stoned|stormed)$", re.IGNORECASE)
# The people a crowd turned on: "attacked Rwandan traders" (not their shops: a
# crowd's damage is its violent demonstration).
_PEOPLE_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?{alternation(CIVILIAN_PEOPLE)}\b",
                           re.IGNORECASE)


def _shooter(text: str, clause: Span, at: int) -> str:
    """Who is named last before ``at`` in its clause: the subject of the firing."""
    named = [(m.end(), name) for name, pattern in ACTORS
             for m in pattern.finditer(text, clause[0], at)]
    return max(named)[1] if named else ""


# "a photographer was shot dead while covering the march", "a man watching from his
# balcony was killed by a stray bullet": someone outside the crowd was killed, or by
# nobody the report can name.
_OUTSIDER_KILLED = re.compile(
    rf"\b{alternation(NON_PARTICIPANTS)}\b[^;:]{{0,80}}?\b(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:shot|killed|stabbed|beaten|hacked|gunned|wounded|injured)\b|"
    r"\b(?:was|were)\s+(?:shot|killed|stabbed|gunned down)\b[^;:]{0,40}?\b(?:while|as)\s+"
    rf"(?:he|she|they)\s+(?:was|were)\s+(?:covering|filming|watching|reporting)|"
    r"\bby\s+(?:an?\s+)?(?:stray\s+bullets?|unidentified|unknown|masked|gunm[ae]n|"
    r"(?:man|men)\s+on\s+(?:a\s+)?motor)", re.IGNORECASE)


def attack_apart(text: str, clause: Span, event: EventDraft,
                 events: list[EventDraft]) -> EventDraft | None:
    """A killing told within a protest's clause whose victim took no part in it, or
    whose killer the report cannot name ("a reporter covering the march was shot dead"),
    or the protest's people hurt by others who set on them (:func:`protest_attacked`):
    ACLED's attack on civilians, an event of its own beside a protest that keeps its
    type. Takes the protest's casualty counts; ``events``: the clause's events, whose
    attack on the protest, when one was read, takes them instead of a new row."""
    hurt = [c for c in event.counts if c.field in ("fatalities", "injured")]
    if event.event_type != PROTESTS or not hurt:
        return None
    attacked = protest_attacked(text, clause) is not None
    if not attacked and not _OUTSIDER_KILLED.search(text, *clause):
        return None
    event.counts = [c for c in event.counts if c not in hurt]
    # (a bare casualty word's row gives way to the new one, as to any counted event)
    told = next((e for e in events if e.event_type == VIOLENCE and not e.rule.weak),
                None) if attacked else None
    if told is not None:
        told.counts.extend(hurt)
        return None
    return EventDraft(ATTACK, VIOLENCE, "Attack", (hurt[0].start, hurt[0].end), clause,
                      event.sentence, counts=hurt, status=event.status)


# Others who set on a protest: the assault, then within a few words the protest or its
# people ("attacked a group of traders who were protesting", "attacked students marching
# to the palace", "beat journalists covering the protest", "drove his car into a crowd of
# protesters").
_ASSAULT_ON_PROTEST = re.compile(
    r"\b(?:attacked|assaulted|beat|set upon|ambushed|stormed|stabbed|"
    r"(?:drove|ploughed|plowed|rammed)\s+(?:[\w'’-]+\s+){0,3}?into)\s+"
    rf"(?:(?!{alternation(SPEECH_VERBS)}\b)[\w'’-]+\s+){{0,6}}?"
    r"(?:who\s+(?:were|had\s+been)\s+)?(?P<protest>protesters|demonstrators|marchers|"
    r"picketers|strikers|sit-in|(?:protest|rally|march|picket|vigil)(?:s|\s+camps?)?|"
    r"protesting|marching|demonstrating|rallying|picketing|"
    r"holding\s+an?\s+(?:sit-in|vigil|rally|protest|picket))\b", re.IGNORECASE)
# Attackers that make the assault no attack on civilians: the country's forces (their
# force against protesters) or another crowd (its riot).
_NOT_CIVILIAN_ATTACKERS = re.compile(
    rf"\b(?:{_STATE_FORCES}|protesters|demonstrators|rioters|mobs?|crowds?)\b", re.IGNORECASE)


def protest_attacked(text: str, clause: Span) -> Span | None:
    """Where a clause names the protest or its people that others than the country's
    forces or another crowd set on ("supporters of the governor armed with sticks
    attacked traders who were protesting"; "vigilantes attacked students marching to the
    palace"): the protest is an event of its own, and the assault ACLED's attack on
    civilians."""
    found = _ASSAULT_ON_PROTEST.search(text, *clause)
    if found is None or _NOT_CIVILIAN_ATTACKERS.search(text, clause[0], found.start()):
        return None
    return found.span("protest")


def _superseded(rule: Rule, match: re.Match, names: set[str],
                spans: dict[str, Span]) -> bool:
    """Is this trigger covered by a more telling one in the same clause?"""
    if rule.name == "clash" and names & {"regain", "overtake"}:
        return True  # "retook the town after heavy fighting" is the retaking
    if rule.event_type == PROTESTS and names & _CROWD_VIOLENCE:
        return True  # a protest that turned violent is coded as the riot
    if (rule.subtype == "arson" or rule.name == "attack") and "mob" in names:
        return True  # a mob's burning, or its attack on people, is its mob violence
    if rule.name == "explosive" and "weapons" in names:
        return True  # "defused an explosive device"
    if rule.name == "grenade" and names & {"clash", "intervention"}:
        return True  # grenades fired in a gunfight, or by police at a crowd, are its arms
    if rule.subtype == "troop_deployment" and "excessive_force" in names:
        return True  # "soldiers arrived and fired into the crowd": the shooting
    # A crowd's burning is told by its arson; gunmen storming a police post, by the fight.
    over = {name for name, (a, b) in spans.items() if a < match.end() and match.start() < b}
    return {"crowd_violence": "arson", "attack": "clash"}.get(rule.name) in over


def type_by_victims(text: str, event: EventDraft) -> None:
    """Type a bare killing by its victims: armed men is a clash, protesters is force
    against protesters; but a killing by a crowd is its riot, whoever died."""
    group = next((c.group for c in event.counts if c.group), "")
    if _BY_CROWD.match(text, event.trigger[1], event.clause[1]):
        event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"
    elif _ARMED_VICTIMS.search(group) or _ARMED_AFTER.match(  # "killed ten militants"
            text, event.trigger[1], min(event.clause[1], event.trigger[1] + 50)):
        event.event_type, event.sub_event_type = BATTLES, "Armed clash"
    elif group == "protesters" or _PROTESTER_KILLED.search(
            text, max(event.clause[0], event.trigger[0] - 40), event.trigger[0]):
        event.event_type = PROTESTS
        event.sub_event_type = "Excessive force against protesters"


def refine_in_document(text: str, events: list[EventDraft]) -> None:
    """Types that depend on the whole article: arson during unrest is a riot; clashes
    in a report of unrest that names no armed group anywhere are the crowd's, and one
    "clash" in a text that names no fighters and counts no victims (a match, a debate)
    is none ("clashes were reported in X" still tells a fight)."""
    if not any(e.counts for e in events) and not any(
            pattern.search(text) for name, pattern in ACTORS if name != "civilians"):
        events[:] = [e for e in events if not (
            e.rule.name == "clash" and text[slice(*e.trigger)].lower() == "clash")]
    unrest = any(e.event_type in (PROTESTS, RIOTS) for e in events)
    if unrest and not _names_armed_group(text, (0, len(text))):
        for event in events:
            if event.rule.name == "clash" and event.event_type == BATTLES \
                    and not _soldiers_without_crowd(text, event.clause):
                event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"
    battles = any(e.event_type == BATTLES and not e.rule.weak for e in events)
    # Police hurt during unrest, with no armed group named anywhere, were hurt by the
    # crowd: that is the riot, not an armed clash.
    armed = battles or any(c.group and c.group not in STATE_ACTORS
                           and _ARMED_VICTIMS.search(c.group)
                           for e in events for c in e.counts)
    for event in events:
        if force_against_crowd(text, event, events):
            event.event_type = PROTESTS
            event.sub_event_type = "Excessive force against protesters"
        if event.rule.weak and event.event_type == BATTLES and unrest and not armed \
                and {c.group for c in event.counts if c.group} <= set(STATE_ACTORS):
            event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"
        if event.rule.subtype == "arson" and (
                unrest or {"protesters", "rioters"} & set(event.actors)):
            event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"
        if event.rule.weak and event.event_type == VIOLENCE and not (
                "civilians" in event.actors or any(c.group for c in event.counts)
                or _one_person_killed(text, event)):
            if battles:
                event.event_type, event.sub_event_type = BATTLES, "Armed clash"
            elif unrest:
                event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"


_ONE_VICTIM = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\b(?!\s+(?:of|and)\b)",
                         re.IGNORECASE)


def _one_person_killed(text: str, event: EventDraft) -> bool:
    """"X, 34, was shot dead as he drove home": one person killed, told on its own
    and by nobody's hand, is an attack on him, not a share of the unrest around."""
    start, end = event.trigger
    if _BY_FORCES.match(text, end, event.clause[1]) or _BY_CROWD.match(text, end,
                                                                       event.clause[1]):
        return False
    # The trigger may hold the auxiliary itself ("was shot"); "looters shot dead a
    # security guard" tells one victim by its article.
    one = _ONE_VICTIM.match(text, end, event.clause[1])
    return all(c.value == 1 for c in event.counts) and (
        text.startswith("was ", start)
        or _SINGULAR_PASSIVE.search(text, max(event.clause[0], start - 24), start) is not None
        or (one is not None and not _ARMED_VICTIMS.search(one.group())))


def force_against_crowd(text: str, event: EventDraft, events: list[EventDraft]) -> bool:
    """Soldiers or police killing or wounding people in a report of unrest, not in a
    fight with an armed group nor against rioters: ACLED's excessive force against
    protesters."""
    return event.rule.weak and event.event_type == VIOLENCE and \
        _by_state_forces(text, event) and not _armed_or_rioting(text, event) and \
        any(e.event_type in (PROTESTS, RIOTS) for e in events)


def _by_state_forces(text: str, event: EventDraft) -> bool:
    """Whether the clause says the country's forces did the killing: they are the
    subject before an active verb ("soldiers shot dead ten people") or the agent
    after a passive one ("were killed by police")."""
    start, end = event.trigger
    if any(count_by_forces(text, event.clause, c.start, c.end) for c in event.counts
           if c.field in ("fatalities", "injured")):
        return True  # "soldiers shot dead three people": the count tells who did it
    if not _KILLING.fullmatch(text, start, end):
        return False  # "died", "deaths": nobody is said to have done it
    if _BY_FORCES.match(text, end, event.clause[1]):
        return True
    subject = _FORCES_SUBJECT.search(text, max(event.clause[0], start - 60), start)
    return subject is not None and not _PASSIVE.search(text, event.clause[0], start)


def fired_on_crowd(text: str, event: EventDraft, sentence: Span) -> bool:
    """Whether a protest that took casualties was fired on by the country's forces, by
    its own sentence ("crowds gathered for a vigil, and police opened fire on them";
    "three died", told after): force against the crowd, not a protest turned riot (a
    crowd that threw stones is read as a riot by its own words, not as a protest)."""
    return event.rule.event_type == PROTESTS and event.event_type == RIOTS and \
        any(c.field in ("fatalities", "injured") for c in event.counts) and \
        _FORCES_OPENED_FIRE.search(text, *sentence) is not None


def tells_another_crowd(text: str, clause: Span) -> bool:
    """Whether a clause sets its crowd apart from one told before: "a few blocks away,
    police fired tear gas at a much larger, peaceful crowd" is not the crowd that
    stormed the building."""
    return CROWD_APART.search(text, *clause) is not None


def type_by_count(text: str, clause: tuple[int, int], event: EventDraft,
                  counts: list[CountMention]) -> None:
    """A protest counted by the killing or wounding its forces did ("soldiers shot dead
    ten marchers"), or dispersed with protesters' dead counted, is force against the crowd, not
    the riot a toll alone makes it."""
    if event.event_type == PROTESTS and any(
            c.field in ("fatalities", "injured") and count_by_forces(text, clause, c.start, c.end)
            for c in counts):
        event.sub_event_type = "Excessive force against protesters"
    elif event.sub_event_type == "Protest with intervention" and any(
            c.field == "fatalities" and c.group == "protesters" for c in counts):
        # protesters dead in its dispersal: the force used on them was excessive
        event.sub_event_type = "Excessive force against protesters"


def count_by_forces(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the killing or wounding that a count at ``start:end`` tells was done by
    the country's forces: "soldiers shot dead ten people", "police opened fire,
    killing four", "six of them were killed by police"."""
    low, high = max(clause[0], start - _COUNT_REACH), min(clause[1], end + _COUNT_REACH)
    before = list(_KILLING_WORD.finditer(text, low, start))
    after = _KILLING_WORD.search(text, end, high)
    if before:
        verb = before[-1]
        if _FORCES_FIRED.search(text, clause[0], start):
            return True
        subject = _FORCES_SUBJECT.search(text, max(clause[0], verb.start() - 60),
                                         verb.start())
        if subject is not None and not _PASSIVE.search(text, clause[0], verb.start()):
            return True
    return after is not None and (_BY_FORCES.match(text, after.end(), clause[1]) or
                                  _WHEN_FORCES.match(text, after.end(), clause[1])) is not None


def _armed_or_rioting(text: str, event: EventDraft) -> bool:
    """Whether the victims were armed or rioting, by their counts' group or by the
    words right after the verb ("killed five gunmen")."""
    groups = {c.group for c in event.counts if c.group}
    if any(_ARMED_VICTIMS.search(g) or g == "rioters" for g in groups):
        return True
    end = event.trigger[1]
    victims = _VICTIMS_AFTER.match(text, end, min(event.clause[1], end + 50))
    return victims is not None


_CROWD = dict(ACTORS)["protesters"], dict(ACTORS)["rioters"]
#: The rule of an attack, for the killings told apart from another event.
ATTACK = next(rule for rule in RULES if rule.name == "attack")
_ARMED_GROUP = dict(ACTORS)["unidentified armed group"]
# An armed side by its general names, those an attack's subject takes too: "separatist
# fighters", "two clans", "an ethnic armed organisation".
_ARMED_SIDE = re.compile(rf"\b{alternation(ARMED_GROUPS)}\b", re.IGNORECASE)
_ARMY = dict(ACTORS)["army"]


def _names_armed_group(text: str, span: tuple[int, int]) -> bool:
    return bool(_ARMED_GROUP.search(text, *span) or _ARMED_SIDE.search(text, *span))


def _soldiers_without_crowd(text: str, clause: tuple[int, int]) -> bool:
    """Whether a clash's own clause names soldiers and no crowd: the army's fight is
    with someone armed, whatever unrest the report tells elsewhere."""
    return bool(_ARMY.search(text, *clause)) and not any(p.search(text, *clause)
                                                         for p in _CROWD)


def crowd_fight(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence's fighting is a crowd's: it names protesters or rioters and
    no armed group ("clashes were reported in X, where protesters threw stones")."""
    return any(p.search(text, *sentence) for p in _CROWD) and \
        not _names_armed_group(text, sentence)
