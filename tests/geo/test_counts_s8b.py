"""Issue 18 item 6, second pass: counts on the trigger that governs them, running
totals, and a country's total with its parts. Sentences are invented, written from how
wire copy commonly puts these; places are those of an invented country.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import detected, located_at

from gazetteer.place import Place
from geo.events.counts import find_counts

PUBLISHED = date(2025, 5, 12)  # a Monday
LAND = Place("s8b:PP", "Pellamar", 10.0, 10.0, "country", country="PP")
CAPITAL = Place("s8b:cap", "Ostrava Nova", 10.0, 11.0, "city", country="PP",
                feature_code="PPLC", population=900_000)
RIVER = Place("s8b:river", "Kelmouth", 11.0, 12.0, "city", country="PP",
              population=120_000)
MILL = Place("s8b:mill", "Brannock", 12.0, 10.5, "city", country="PP",
             population=40_000)
TABLE = {
    "Pellamar": (LAND, "named", "location", "country"),
    "across the country": (LAND, "area", "location", "country"),
    "Ostrava Nova": (CAPITAL, "named", "location", "city"),
    "Kelmouth": (RIVER, "named", "location", "city"),
    "Brannock": (MILL, "named", "location", "city"),
}


def _counts(text):
    return [(c.field, c.value, c.qualifier, c.cumulative) for c in find_counts(text)]


def _events(text):
    return detected(text, TABLE, PUBLISHED)


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
    "Security forces shot dead three people during a protest in Kelmouth on Sunday.",
    "Protesters blocked roads in Kelmouth on Sunday when police opened fire, killing four.",
    "Crowds rallied in Kelmouth on Sunday as troops killed seven demonstrators.",
    "Students marched in Kelmouth on Sunday and five of them were killed by police.",
])
def test_a_protest_counted_by_the_forces_killing_is_excessive_force(text):
    rows = located_at(_events(text), RIVER)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Protests", EXCESSIVE)]
    assert rows[0].counts.fatalities


def test_a_protest_counted_with_no_word_of_the_forces_is_still_a_riot():
    text = "Demonstrators clashed with rivals in Kelmouth on Sunday, leaving two people dead."
    rows = located_at(_events(text), RIVER)
    assert [(e.event_type, e.counts.fatalities) for e in rows] == [("Riots", 2)]


@pytest.mark.parametrize("text", [
    "Two more marchers died in Ostrava Nova on Sunday, bringing the death toll to 31.",
    "Two people were killed in Ostrava Nova on Sunday, raising the total to 31.",
    "Two protesters died of their wounds in Ostrava Nova on Sunday, taking the toll to 31.",
])
def test_the_total_a_new_count_is_carried_to_is_a_running_total(text):
    counts = _counts(text)
    assert counts[0][:2] == ("fatalities", 2) and not counts[0][3]
    assert all(c[3] for c in counts[1:])
    assert [e.counts.fatalities for e in located_at(_events(text), CAPITAL)] == [2]


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
    text = ("Police fired on marchers in Brannock on Sunday, killing three. "
            "That brought to 40 the number of people killed since the unrest began.")
    assert [e.counts.fatalities for e in located_at(_events(text), MILL)] == [3]


@pytest.mark.parametrize("joint", ["including", "among them"])
def test_a_country_total_keeps_its_value_and_its_parts_go_to_their_towns(joint):
    text = (f"Police detained 3,700 people across the country on Sunday, {joint} 1,300 "
            "in Ostrava Nova and 500 in Kelmouth.")
    assert [(c.field, c.value) for c in find_counts(text)] == [
        ("arrested", 3700), ("arrested", 1300), ("arrested", 500)]
    events = _events(text)
    assert [e.counts.arrested for e in located_at(events, LAND)] == [3700]
    assert [e.counts.arrested for e in located_at(events, CAPITAL)] == [1300]
    assert [e.counts.arrested for e in located_at(events, RIVER)] == [500]


def test_a_part_given_at_a_town_leaves_the_countrys_total_in_place():
    text = ("More than 2,000 people were arrested across Pellamar on Sunday, among them "
            "400 in Brannock.")
    events = _events(text)
    assert [e.counts.arrested for e in located_at(events, LAND)] == [2000]
    assert [e.counts.arrested for e in located_at(events, MILL)] == [400]



@pytest.mark.parametrize(("text", "field"), [
    ("A police officer was later found dead in a burned patrol car.", "fatalities"),
    ("A 19-year-old student was shot dead near the market on Sunday.", "fatalities"),
    ("An elderly woman died after inhaling tear gas, her family said.", "fatalities"),
    ("A photographer for a local paper was wounded by a rubber bullet.", "injured"),
    ("A prominent activist has been detained by police, her lawyer said.", "arrested"),
])
def test_one_victim_told_with_an_article_counts_one(text, field):
    assert [(c.field, c.value) for c in find_counts(text)] == [(field, 1)]


@pytest.mark.parametrize("text", [
    "Not a single person was hurt in the march.",
    "A man who was wounded last year spoke to the crowd.",
    "A bomb was defused near the station.",
])
def test_an_article_with_no_victim_of_the_verb_counts_nothing(text):
    assert find_counts(text) == []


def test_a_victim_in_a_counted_list_is_not_counted_again():
    text = "Six people, including a police officer, were killed."
    assert [(c.field, c.value) for c in find_counts(text)] == [("fatalities", 6)]


@pytest.mark.parametrize(("text", "field"), [
    ("The blast killed a soldier and wounded two others.", "fatalities"),
    ("Police shot dead a 17-year-old boy during the march.", "fatalities"),
    ("Officers arrested a student leader outside the campus on Monday.", "arrested"),
])
def test_one_victim_as_the_object_of_the_verb_counts_one(text, field):
    assert (field, 1) in [(c.field, c.value) for c in find_counts(text)]


@pytest.mark.parametrize("text", [
    "Troops detained a group of protesters.",
    "The blast killed a number of people.",
])
def test_a_collective_after_an_article_is_no_single_victim(text):
    assert find_counts(text) == []


def test_a_protest_where_police_killed_one_is_excessive_force():
    text = "Students marched in Kelmouth on Sunday, and police shot dead a teenager."
    rows = located_at(_events(text), RIVER)
    assert [(e.sub_event_type, e.counts.fatalities) for e in rows] == [(EXCESSIVE, 1)]


@pytest.mark.parametrize("text", [
    "Health officials put the death toll at 12.",
    "Protesters raised a number of demands, and 3 were killed.",
])
def test_an_estimate_or_a_number_of_demands_is_no_running_total(text):
    assert [c.cumulative for c in find_counts(text)] == [False]


def test_the_total_that_stands_at_a_figure_is_a_running_total():
    assert _counts("The total now stands at 46 dead.") == [("fatalities", 46, "exact", True)]


def test_people_taken_into_custody_by_an_active_verb_are_arrests():
    assert [(c.field, c.value) for c in find_counts("Police took 20 people into custody.")] \
        == [("arrested", 20)]


@pytest.mark.parametrize("second", [
    "Soldiers shot dead three people, witnesses said.",
    "Three people were shot dead by police, witnesses said.",
    "Police opened fire, killing two.",
])
def test_the_forces_killing_told_in_the_next_sentence_makes_excessive_force(second):
    text = "Thousands of students marched in Kelmouth on Sunday. " + second
    rows = located_at(_events(text), RIVER)
    assert [(e.event_type, e.sub_event_type) for e in rows] == [("Protests", EXCESSIVE)]


def test_deaths_told_in_the_next_sentence_with_no_word_of_the_forces_make_a_riot():
    text = "Thousands of students marched in Kelmouth on Sunday. Two people were killed."
    rows = located_at(_events(text), RIVER)
    assert [(e.event_type, e.counts.fatalities) for e in rows] == [("Riots", 2)]


def test_a_total_since_protests_began_on_a_day_keeps_that_protest_without_the_count():
    text = "The death toll since the protests began in Ostrava Nova on Tuesday rose to 104."
    rows = _events(text)
    assert [(e.event_type, e.counts.fatalities) for e in rows] == [("Protests", None)]
