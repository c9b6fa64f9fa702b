"""Issue 18 item 6, second pass: counts on the trigger that governs them, running
totals, and a country's total with its parts. Sentences are invented, written from how
wire copy commonly puts these; places are those of an invented country.
"""

from __future__ import annotations

import pytest
from test_counts_s8 import CAPITAL, LAND, MILL, RIVER, _at, _counts, _events

from geo.events.counts import find_counts

EXCESSIVE = "Excessive force against protesters"


@pytest.mark.parametrize(("text", "value"), [
    ("Soldiers shot dead 10 people near the bridge.", 10),
    ("Gunmen shot and killed three farmers overnight.", 3),
    ("Police shot dead at least four men at the market.", 4),
    ("Unknown assailants gunned down two officials on the road.", 2),
])
def test_shot_dead_before_a_number_counts_the_dead(text, value):
    assert [(c.field, c.value) for c in find_counts(text)] == [("fatalities", value)]


@pytest.mark.parametrize("text", [
    "Security forces shot dead three people during a protest in Dunmere on Sunday.",
    "Protesters blocked roads in Dunmere on Sunday when police opened fire, killing four.",
    "Crowds rallied in Dunmere on Sunday as troops killed seven demonstrators.",
    "Students marched in Dunmere on Sunday and five of them were killed by police.",
])
def test_a_protest_counted_by_the_forces_killing_is_excessive_force(text):
    rows = _at(_events(text), RIVER)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Protests", EXCESSIVE)]
    assert rows[0].counts.fatalities


def test_a_protest_counted_with_no_word_of_the_forces_is_still_a_riot():
    text = "Demonstrators clashed with rivals in Dunmere on Sunday, leaving two people dead."
    rows = _at(_events(text), RIVER)
    assert [(e.event_type, e.counts.fatalities) for e in rows] == [("Riots", 2)]


@pytest.mark.parametrize("text", [
    "Two more marchers died in Velmora on Sunday, bringing the death toll to 31.",
    "Two people were killed in Velmora on Sunday, raising the total to 31.",
    "Two protesters died of their wounds in Velmora on Sunday, taking the toll to 31.",
])
def test_the_total_a_new_count_is_carried_to_is_a_running_total(text):
    counts = _counts(text)
    assert counts[0][:2] == ("fatalities", 2) and not counts[0][3]
    assert all(c[3] for c in counts[1:])
    assert [e.counts.fatalities for e in _at(_events(text), CAPITAL)] == [2]


@pytest.mark.parametrize("text", [
    "The deaths bring to 113 the number of people killed since the protests began.",
    "At least 40 people have been killed since the protests began in March.",
    "In all, 300 people were detained, police said.",
    "The new deaths took the toll to 58, according to a rights group.",
    "That brought the number of those arrested to 1,200, the ministry said.",
    "The death toll from the unrest has risen to 46 across the country, officials said.",
])
def test_a_clause_that_only_tells_a_running_total_makes_no_row(text):
    assert _events(text) == []


def test_a_running_total_adds_to_no_row_told_before_it():
    text = ("Police fired on marchers in Harrowgate on Sunday, killing three. "
            "That brought to 40 the number of people killed since the unrest began.")
    assert [e.counts.fatalities for e in _at(_events(text), MILL)] == [3]


@pytest.mark.parametrize("joint", ["including", "among them"])
def test_a_country_total_keeps_its_value_and_its_parts_go_to_their_towns(joint):
    text = (f"Police detained 3,700 people across the country on Sunday, {joint} 1,300 "
            "in Velmora and 500 in Dunmere.")
    assert [(c.field, c.value) for c in find_counts(text)] == [
        ("arrested", 3700), ("arrested", 1300), ("arrested", 500)]
    events = _events(text)
    assert [e.counts.arrested for e in _at(events, LAND)] == [3700]
    assert [e.counts.arrested for e in _at(events, CAPITAL)] == [1300]
    assert [e.counts.arrested for e in _at(events, RIVER)] == [500]
