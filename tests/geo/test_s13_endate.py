"""Dates of session 13: words pointing back count from the day named before them, a
weekday of last week, asides told by the parse, a clause opened by "where" after two
days, and rows of one place dated to different days of the story.

The sentences are made up for these tests; the places are invented towns.
"""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.dates import find_dates
from geo.events.detect import detect_events

FRIDAY = date(2022, 1, 7)  # the publication date of every example but one
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2022, 1, d) for d in range(3, 7))

KORVA = Place("test:korva", "Korva", 10.0, 20.0, "city", country="ZZ")
DELMAR = Place("test:delmar", "Delmar", 11.0, 21.0, "city", country="ZZ")
TABLE = {"Korva": (KORVA, "named", "location", "city"),
         "Delmar": (DELMAR, "named", "location", "city")}


def _events(text, published=FRIDAY):
    parsed = FakeParser(TABLE)(text)
    return [e for e in detect_events(text, parsed.mentions, None, published)
            if e.location is not None]


def _days(text, place=DELMAR, published=FRIDAY):
    return {(e.event_date, e.event_date_end) for e in _events(text, published)
            if e.location.place == place}


def test_a_word_pointing_back_is_not_moved_by_a_later_event_of_its_sentence():
    text = ("Youths set fire to a clinic in Korva on Tuesday. The next day, riot police "
            "broke up a banned march in Korva, and rioters looted shops in Delmar.")
    assert _days(text) == {(WEDNESDAY, None)}


def test_a_word_pointing_back_counts_from_a_day_named_earlier_in_its_sentence():
    found = find_dates("a curfew came on Tuesday and troops the same day", FRIDAY,
                       reference=MONDAY, named=[(len("a curfew came on Tuesday"), TUESDAY)])
    assert [(m.date, m.kind) for m in found] == [(TUESDAY, "weekday"), (TUESDAY, "same_day")]


def test_a_weekday_of_last_week_is_one_expression():
    monday = date(2022, 1, 10)
    assert [(m.date, m.last) for m in find_dates("on Tuesday last week", monday)] == [
        (date(2022, 1, 4), None)]
    # In a Friday dispatch the Tuesday of last week is not this week's.
    assert [m.date for m in find_dates("on Tuesday last week", FRIDAY)] == [
        date(2021, 12, 28)]
    assert [(m.date, m.last) for m in find_dates("from Monday to Wednesday last week",
                                                 monday)] == [(MONDAY, WEDNESDAY)]


def test_an_event_the_same_day_as_a_weekday_of_last_week():
    text = ("The council imposed a curfew in Korva on Tuesday last week and deployed the "
            "army in Delmar the same day.")
    assert _days(text, published=date(2022, 1, 10)) == {(TUESDAY, None)}


def test_a_clause_on_a_day_is_no_aside_and_moves_the_story():
    text = ("Crowds looted shops in Korva on Thursday.\n\nThe unrest began on Tuesday, "
            "when about 300 protesters, many of them from the hills, gathered outside the "
            "town hall in Delmar to demand the resignation of the mayor. They set fire to "
            "a guard post.")
    assert {e.event_date for e in _events(text) if e.location.place == DELMAR} == {TUESDAY}


def test_a_day_in_a_clause_on_a_noun_does_not_move_the_story():
    text = ("Rioters looted shops in Korva on Thursday. Smoke still rose from warehouses "
            "burned the day before. Police fired tear gas at a crowd in Delmar in the "
            "afternoon.")
    assert _days(text) == {(THURSDAY, None)}


def test_a_where_clause_takes_the_last_day_before_it():
    text = ("Miners rallied in Korva on Monday, and again on Wednesday, marching to the "
            "governor's office in Delmar, where police fired tear gas to push them back.")
    assert (WEDNESDAY, None) in _days(text)
    assert (MONDAY, None) not in _days(text)


def test_the_story_day_and_another_stated_day_are_two_events():
    text = ("Thousands of people marched through Delmar on Tuesday evening. Some threw "
            "stones and set fire to barricades near the town hall.\n\n"
            "On Thursday night, masked men set fire to the offices of the ruling party "
            "in Delmar, police said.")
    fires = {e.event_date for e in _events(text)
             if e.location.place == DELMAR and e.subtype == "arson"}
    assert fires == {TUESDAY, THURSDAY}


def test_the_story_day_beats_the_day_an_event_came_by():
    text = ("Delmar held a day of mourning on Friday after four people were killed in "
            "hours of gunfire between rival gangs in Delmar. The shooting began on "
            "Wednesday morning near the market. Gunmen on both sides then exchanged fire "
            "with rifles for about five hours.")
    assert {e.event_date for e in _events(text) if e.event_type == "Battles"} == {WEDNESDAY}


def test_an_event_that_lasted_until_a_day_is_a_range():
    assert _days("Riots broke out in Delmar on Tuesday night and lasted until Thursday "
                 "morning.") == {(TUESDAY, THURSDAY)}
    assert _days("Protests in Delmar, which began on Monday, continued until "
                 "Wednesday.") == {(MONDAY, WEDNESDAY)}
    # Holding someone until a day is no event going on.
    assert _days("Police detained a teacher in Delmar on Monday and held him until "
                 "Thursday.") == {(MONDAY, None)}


def test_a_span_of_unrest_on_its_days():
    text = ("Police arrested 30 people in Delmar during two days of riots on Tuesday and "
            "Wednesday.")
    assert _days(text) == {(TUESDAY, WEDNESDAY)}
    # After a comma the day is the next clause's.
    assert _days("Riots shook Delmar after three days of protests, on Monday.") == {
        (MONDAY, None)}


def test_earlier_in_the_week_and_a_night_before_the_join():
    assert [(m.date, m.last) for m in find_dates("clashed earlier in the week", FRIDAY)] == [
        (MONDAY, THURSDAY)]
    monday = date(2022, 1, 10)
    assert [(m.date, m.last) for m in find_dates("rioted from Friday night until Sunday",
                                                 monday)] == [(FRIDAY, date(2022, 1, 9))]


def test_a_fronted_past_year_is_every_conjuncts():
    text = ("Crowds rioted in Korva on Thursday.\n\nIn 2019, protesters burned the town "
            "hall in Delmar, and police shot dead two of them.")
    # Background told by its year alone is no incident of the report.
    assert _days(text) == set()
