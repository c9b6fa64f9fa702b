"""Rows of one report merged only when they are one event of one kind (issue 18): a
riot and a peaceful march at one town and day, an arrest and a protest, stay two rows;
a bare toll that repeats an event's figures is that event again, whatever kind the
report around it suggests; and a protest fired on by the country's forces is force
against protesters, not a riot, when its casualties are told after it.

The sentences are made up for these tests.
"""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from geo.events.detect import detect_events

FRIDAY = date(2022, 1, 7)


def _rows(text: str) -> list[tuple[str, str, int | None]]:
    parsed = FakeParser()(text)
    return sorted((e.event_type, e.sub_event_type, e.counts.fatalities)
                  for e in detect_events(text, parsed.mentions, None, FRIDAY))


def test_a_riot_and_a_peaceful_march_at_one_town_and_day_stay_two_rows():
    text = ("Demonstrators stormed the regional assembly in Almaty on Tuesday. Several "
            "thousand people also marched peacefully through another district of Almaty "
            "on Tuesday.")
    assert _rows(text) == [("Protests", "Peaceful protest", None),
                           ("Riots", "Violent demonstration", None)]


def test_an_arrest_and_a_protest_at_one_town_and_day_stay_two_rows():
    text = ("Police detained 40 people in Almaty on Tuesday. Thousands of people rallied "
            "in Almaty on Tuesday against the fuel price rise.")
    assert [kind for kind, _, _ in _rows(text)] == ["Protests", "Strategic developments"]


def test_a_bare_toll_repeating_the_figures_of_a_shooting_is_that_shooting_again():
    text = ("Crowds broke into the regional assembly in Almaty on Tuesday, and police "
            "opened fire on the marchers outside, killing four people. A rights group "
            "said four people had been shot dead near the assembly in Almaty on Tuesday.")
    assert _rows(text) == [("Protests", "Excessive force against protesters", 4),
                           ("Riots", "Violent demonstration", None)]


def test_a_bare_toll_with_other_figures_stays_a_row_of_its_own():
    text = ("Police opened fire on marchers in Almaty on Tuesday, killing four people. "
            "Two people were killed near the bus station in Almaty on Tuesday, the "
            "ministry said.")
    assert len(_rows(text)) == 2


def test_a_vigil_fired_on_by_police_with_its_toll_told_after_is_force_against_it():
    text = ("Hundreds of people gathered for a vigil in Almaty on Tuesday, and police "
            "and men in civilian clothes opened fire late that night on those who stayed. "
            "Officials said four people had died.")
    assert _rows(text) == [("Protests", "Excessive force against protesters", 4)]



def test_a_crowd_dispersed_a_few_blocks_from_a_riot_is_a_protest_of_its_own():
    text = ("Protesters set fire to the town hall in Almaty on Tuesday. A few blocks away, "
            "police fired tear gas at a much larger, peaceful crowd outside the theatre.")
    assert _rows(text) == [("Protests", "Protest with intervention", None),
                           ("Riots", "Violent demonstration", None)]


def test_a_dispersal_of_the_rioting_crowd_stays_a_detail_of_the_riot():
    text = ("Youths clashed with police in Almaty on Tuesday. In Almaty, police dispersed "
            "a crowd that had tried to force its way into the governor's office.")
    assert _rows(text) == [("Riots", "Violent demonstration", None)]
