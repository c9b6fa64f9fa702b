"""Triggers the lexicon's patterns (:mod:`geo.events.rules`) do not settle alone: a
casualty word told with a cause that is no violence, and a crowd's protest whose
subject stands too far from its verb for a pattern, read from the dependency parse."""

from __future__ import annotations

import re

from geo.events.clauses import Span
from geo.events.kinds import Hit
from geo.events.rules import FESTIVE, HARMLESS_DEATH, HARMLESS_KILLER, RULES
from geo.events.scope import crowd_verbs
from geo.events.status import is_purpose, trigger_status

__all__ = ["WEAK", "crowd_hits", "harmless", "harmless_at"]

#: The bare casualty trigger ("killed", "injured"), the weak rule of the lexicon.
WEAK = next(rule for rule in RULES if rule.weak)
_PROTEST = next(rule for rule in RULES if rule.name == "protest")
_WORD = re.compile(r"\w+")


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
