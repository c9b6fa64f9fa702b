"""Session 22, typing (issue 18): a protest that others set on is two events, the
protest and an attack on civilians that takes its casualties; an attack by the country's
forces or by another crowd is not. Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events
from geo.events.kinds import protest_attacked

PUBLISHED = date(2024, 5, 16)  # a Thursday


def _rows(text: str, name: str) -> list[tuple[str, int | None, int | None]]:
    mentions = mentions_at(text, {name: town(name)})
    return sorted((e.event_type, e.counts.fatalities, e.counts.injured)
                  for e in detect_events(text, mentions, None, PUBLISHED))


@pytest.mark.parametrize("text", [
    "Supporters of the mayor armed with sticks attacked a group of teachers who were "
    "protesting outside the town hall in Brelowa on Wednesday, injuring seven of them, "
    "witnesses said.",
    "Men hired by a quarry owner attacked villagers holding a sit-in at the quarry gate "
    "in Brelowa on Tuesday, injuring seven, police said.",
    "Ruling party youths on motorbikes attacked a rally of nurses outside the hospital "
    "in Brelowa on Monday, injuring seven.",
    "A driver ploughed his van into a march of farmers in Brelowa on Sunday, "
    "injuring seven people.",
])
def test_a_protest_set_on_by_others_is_a_protest_and_an_attack(text):
    assert _rows(text, "Brelowa") == [("Protests", None, None),
                                      ("Violence against civilians", None, 7)]


def test_the_attack_keeps_its_dead_and_its_wounded():
    text = ("In Kostrava, vigilantes armed with machetes attacked students who were "
            "protesting outside the governor's office on Monday, killing one student and "
            "wounding four, police said.")
    assert _rows(text, "Kostrava") == [("Protests", None, None),
                                       ("Violence against civilians", 1, 4)]


@pytest.mark.parametrize("text", [
    # the country's forces: force against protesters, as before
    "Riot police attacked students who were marching to parliament in Brelowa on Monday.",
    # a crowd against a crowd: its riot
    "Protesters attacked a rally of the ruling party in Brelowa on Saturday.",
    "A mob attacked marchers in Brelowa on Saturday.",
    # no protest set on
    "Gunmen attacked a bus in Brelowa on Saturday.",
])
def test_no_attack_on_a_protest_by_others(text):
    assert protest_attacked(text, (0, len(text))) is None


def test_a_protest_that_turned_violent_is_still_the_riot():
    text = ("Hundreds of protesters marched to the governor's office in Kostrava on "
            "Tuesday and set fire to its gate, injuring two guards.")
    assert [t for t, _, _ in _rows(text, "Kostrava")] == ["Riots"]
