"""The triggers of a clause (:func:`clause_hits`): each rule's pattern
(:mod:`geo.events.rules`) with what it does not settle alone: a casualty word told with a
cause that is no violence, an aim, an attempt, a habit, a market's rally, events told
before ("the protests", "its marches"), and a crowd's protest whose subject stands too
far from its verb for a pattern, read from the dependency parse."""

from __future__ import annotations

import re

from geo.events.clauses import Span, in_a_past_year, told_as_habit
from geo.events.kinds import Hit
from geo.events.rules import (
    FESTIVE,
    GATHERING,
    HARMLESS_DEATH,
    HARMLESS_KILLER,
    PROTESTS,
    RIOTS,
    RULES,
    SYMBOLIC_AFTER,
)
from geo.events.scope import (
    Scope,
    crowd_verbs,
    dated_before,
    names_a_charge,
    only_what_a_thing_is_for,
)
from geo.events.status import is_purpose, trigger_status
from geo.lexicon import TALLY_NOUNS, alternation

__all__ = ["WEAK", "clause_hits", "crowd_hits", "harmless", "harmless_at"]

#: The bare casualty trigger ("killed", "injured"), the weak rule of the lexicon.
WEAK = next(rule for rule in RULES if rule.weak)
_PROTEST = next(rule for rule in RULES if rule.name == "protest")
_WORD = re.compile(r"\w+")
# "an attempt to arrest him", "tried to detain": the act tried is not told as done
# (a crowd that "tried to storm" a building is rioting, by its own trigger).
_ATTEMPT = re.compile(r"\b(?:attempts?|tried|trying)\s+to\s+$", re.IGNORECASE)
# "shares rallied", "the peso rallied": a market rally is no rally of people.
_MARKET_RALLY = re.compile(r"\b(?:shares|stocks|bonds|equities|markets?|prices|"
                           r"currenc(?:y|ies)|index|indices|dollar|euro|peso|pound|rupee|"
                           r"lira|yen|yuan|rand|naira)\s+(?:\w+\s+){0,3}?rall(?:y|ies|ied)$",
                           re.IGNORECASE)
# "the killing was aimed at ...", "his death": a killing told before, named again.
# ..., and "most of the dead were killed in X": a share of a toll told before.
_TOLD_KILLING = re.compile(r"\b(?:(?:the|this|that|his|her|their)\s+(?:\w+\s+)?"
                           r"(?:killings?|deaths?|dead)|(?:most|many|all|some|half|the "
                           r"majority|the rest) of (?:the (?:dead|victims|casualties)|them|"
                           r"those)\s+(?:\w+\s+){0,2}\w+)$", re.IGNORECASE)
_TALLIED = re.compile(rf"\b{alternation(TALLY_NOUNS)}\s+of\s+$", re.IGNORECASE)
_DAMAGE = frozenset({"arson", "crowd_violence"})  # not "burned an effigy"
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)
# "its weekly marches", "their protests": events of a movement or people told before.
_POSSESSIVE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "counter-protests", "anti-riot": the words before a trigger are read from its
# hyphenated word's start.
_PREFIX = re.compile(r"[\w]+-$")


def harmless(text: str, clause: Span) -> bool:
    """Does the clause tell deaths or injuries by no violence ("died in an accident")?"""
    return any(harmless_at(text, clause, m.span()) for m in WEAK.pattern.finditer(text, *clause))


def harmless_at(text: str, clause: Span, trigger: Span) -> bool:
    """Is the casualty word at ``trigger`` told with a cause that is no violence, after
    it ("died in an accident") or as its subject ("a cyclone which killed 30")?"""
    return HARMLESS_DEATH.match(text, trigger[1], clause[1]) is not None or \
        HARMLESS_KILLER.search(text, max(clause[0], trigger[0] - 80), trigger[0]) is not None


def crowd_hits(text: str, clause: Span, sentence: Span) -> list[Hit]:
    """A protest the trigger patterns miss because its crowd, the verb's subject, stands
    far from the verb ("Thousands of demonstrators, many of them students from the
    provinces, gathered in X"): read from the parse. Festive crowds are none."""
    for start, end in crowd_verbs(text, clause, sentence):
        if FESTIVE.search(text, max(clause[0], start - 20), clause[1]) or \
                is_purpose(text, clause, start):
            continue
        status = trigger_status(text, clause, sentence, start, end)
        return [(_PROTEST, _WORD.match(text, start), status)]
    return []


def clause_hits(text: str, clause: Span, sentence: Span, year: int | None) -> list[Hit]:
    """Each rule's first trigger in the clause that happened, else its first that did
    not (with its status); triggers naming only an aim ("to quell protests") are none."""
    hits = []
    for rule in RULES:
        if rule.needs is not None and not rule.needs.search(text, *sentence):
            continue
        unreal: Hit | None = None
        told: Hit | None = None  # "the protests continued, when 1,000 people gathered"
        for match in rule.pattern.finditer(text, *clause):
            if rule.weak and not text.startswith(" of ", match.end()) and _TOLD_KILLING.search(
                    text, max(clause[0], match.start() - 40), match.end()):  # not "... of three"
                continue
            if rule.weak and (harmless_at(text, clause, match.span()) or _TALLIED.search(
                    text, max(clause[0], match.start() - 12), match.start())):
                continue  # "died in an accident", "the number of deaths since 2010"
            if in_a_past_year(text, clause, match.span(), year) or \
                    dated_before(text, sentence, match.span(), year) or \
                    told_as_habit(text, clause, match.span()) or \
                    is_purpose(text, clause, match.start()) or _ATTEMPT.search(
                    text, max(clause[0], match.start() - 16), match.start()) or (
                    rule.name == "protest" and _MARKET_RALLY.search(
                        text, max(clause[0], match.start() - 40), match.end())) or (
                    rule.name == "protest" and GATHERING.search(match.group()) and FESTIVE.search(
                        text, max(clause[0], match.start() - 20), clause[1])) or (
                    rule.name in _DAMAGE and SYMBOLIC_AFTER.match(
                        text, match.end(), clause[1])) or \
                    names_a_charge(text, sentence, match.span()):
                continue
            prefix = _PREFIX.search(text, max(clause[0], match.start() - 20), match.start())
            status = trigger_status(text, clause, sentence,
                                    prefix.start() if prefix else match.start(), match.end())
            definite = _DEFINITE.search(text, max(clause[0], match.start() - 8),
                                        match.start())
            if definite and Scope(text, sentence, *match.span()).ranked():
                continue  # "the protests are the largest in decades": told ones
            if _POSSESSIVE.search(text, max(clause[0], match.start() - 24), match.start()) \
                    and Scope(text, sentence, *match.span()).described():
                continue  # "its marches were remarkable for their discipline"
            if only_what_a_thing_is_for(text, clause[0], sentence, match.span(),
                                        against=rule.event_type not in (PROTESTS, RIOTS)):
                continue  # "listed locations for protests", "marched against kidnappings"
            if status == "occurred" and told is None and definite:
                told = (rule, match, status)  # a later, new one tells more
            elif status == "occurred":
                hits.append((rule, match, status))
                break
            else:
                unreal = unreal or (rule, match, status)
        else:
            if told is not None or unreal is not None:
                hits.append(told or unreal)
    if not any(rule.event_type in (PROTESTS, RIOTS) for rule, _, _ in hits):
        hits.extend(crowd_hits(text, clause, sentence))
    return hits
