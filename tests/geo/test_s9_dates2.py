"""Dates of session 9, second pass: a past year or month in an event's own clause ("in
2016", "last year", "two years ago") dates that event with a coarse precision and leaves
the story's day alone; a statement's month dates what it tells; words pointing back
still count from the event told just before; running totals since a day are ranges.

The sentences are made up for these tests; the places are invented towns.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.dates import find_dates
from geo.events.detect import detect_events

FRIDAY = date(2022, 1, 7)  # the publication date of every example
TUESDAY, WEDNESDAY, THURSDAY = (date(2022, 1, d) for d in range(4, 7))

KORVA = Place("test:korva", "Korva", 10.0, 20.0, "city", country="ZZ")
DELMAR = Place("test:delmar", "Delmar", 11.0, 21.0, "city", country="ZZ")
TABLE = {"Korva": (KORVA, "named", "location", "city"),
         "Delmar": (DELMAR, "named", "location", "city")}


def _times(text, place):
    parsed = FakeParser(TABLE)(text)
    return {(e.event_date, e.event_date_end, e.time_precision) for e in
            detect_events(text, parsed.mentions, None, FRIDAY)
            if e.location is not None and e.location.place == place}


def _one(text):
    (found,) = find_dates(text, FRIDAY)
    return found.date, found.last, found.precision


@pytest.mark.parametrize(("text", "expected"), [
    ("who organised the strikes in 2016", (date(2016, 1, 1), date(2016, 12, 31), 3)),
    ("riots broke out in late 2019", (date(2019, 1, 1), date(2019, 12, 31), 3)),
    ("held a sit-in last year", (date(2021, 1, 1), date(2021, 12, 31), 3)),
    ("was shot three years ago", (date(2019, 1, 1), date(2019, 12, 31), 3)),
    ("marched two months ago", (date(2021, 11, 1), None, 3)),
])
def test_a_past_year_or_month_dates_coarsely(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize("text", ["elected in 2022", "due in 2024", "since 2019",
                                  "the budget for 2018-2019"])
def test_this_year_a_future_one_or_a_running_one_dates_nothing(text):
    assert find_dates(text, FRIDAY) == []


def test_last_years_before_a_noun_dates_only_that_noun():
    (found,) = find_dates("after last year's floods", FRIDAY)
    assert found.attributive


def test_an_old_event_in_a_clause_of_its_own_takes_its_year():
    text = ("Riot police fired tear gas at students in Delmar on Wednesday. Among those "
            "held was a teacher who led the bread riots in Korva in 2017.")
    assert _times(text, DELMAR) == {(WEDNESDAY, None, 1)}
    assert _times(text, KORVA) == {(date(2017, 1, 1), date(2017, 12, 31), 3)}


def test_a_year_of_another_clause_does_not_date_the_event():
    text = "Police in Delmar fired tear gas on crowds opposing a land law passed in 2015."
    assert _times(text, DELMAR) == {(FRIDAY, None, 2)}


def test_a_day_within_the_period_says_more():
    text = ("The fuel protests ended last year with the burning of the Delmar customs "
            "house on 14 October.")
    assert {t[0] for t in _times(text, DELMAR)} == {date(2021, 10, 14)}


def test_a_past_period_leaves_the_storys_day_where_it_was():
    text = ("Protesters clashed with police in Korva on Tuesday. Two years ago, soldiers "
            "shot dead four marchers there. Later that day, youths set fire to cars in "
            "Delmar.")
    assert _times(text, DELMAR) == {(TUESDAY, None, 1)}


def test_that_evening_is_the_day_of_the_event_told_just_before():
    text = ("Dockers struck in Korva on Thursday. On Tuesday, farmers blocked roads in "
            "Korva. That evening police arrested 12 farmers in Delmar.")
    assert _times(text, DELMAR) == {(TUESDAY, None, 1)}


def test_arrests_since_a_day_run_to_publication():
    text = "Police said 85 people had been arrested in Delmar since Tuesday."
    assert _times(text, DELMAR) == {(TUESDAY, FRIDAY, 2)}


def test_a_statements_month_dates_what_it_tells():
    text = ("Police dispersed a march in Korva on Thursday. An emergency declared in "
            "October stayed in force for six weeks, with a night curfew in Delmar.")
    assert _times(text, DELMAR) == {(date(2021, 10, 1), None, 3)}
