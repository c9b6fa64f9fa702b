"""Dates of session 9: words pointing back after a day the narrative just named, a year
given earlier in the sentence, nights that run into a day, lengths told with their days,
spans before a date ("after two days of rioting"), a statement's day for what it tells,
and the date in the trigger's own part of the clause.

The sentences are made up for these tests; the places are invented towns.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.dates import find_dates
from geo.events.detect import detect_events
from geo.events.timeline import event_date

FRIDAY = date(2022, 1, 7)  # the publication date of every example
SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2022, 1, d) for d in range(2, 7))

KORVA = Place("test:korva", "Korva", 10.0, 20.0, "city", country="ZZ")
DELMAR = Place("test:delmar", "Delmar", 11.0, 21.0, "city", country="ZZ")
TABLE = {"Korva": (KORVA, "named", "location", "city"),
         "Delmar": (DELMAR, "named", "location", "city")}


def _at(text, place=DELMAR, published=FRIDAY):
    parsed = FakeParser(TABLE)(text)
    return {(e.event_date, e.event_date_end) for e in
            detect_events(text, parsed.mentions, None, published)
            if e.location is not None and e.location.place == place}


def _by_type(text):
    parsed = FakeParser(TABLE)(text)
    return {e.event_type: (e.event_date, e.event_date_end)
            for e in detect_events(text, parsed.mentions, None, FRIDAY)}


def _found(text, reference=None):
    return [(m.date, m.last) for m in find_dates(text, FRIDAY, reference=reference)]


def test_words_pointing_back_count_from_the_day_just_named():
    text = ("Teachers struck in Korva on Thursday.\n\nTension has risen since 3 January, "
            "when the council cut wages. That night riot police arrested 40 people in "
            "Delmar.")
    assert _at(text) == {(MONDAY, None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("In May 2019, a strike set off riots from May 4 to May 9 in the port.",
     (date(2019, 5, 4), date(2019, 5, 9))),
    ("The unrest ended last year with the burning of the town hall on 12 October.",
     (date(2021, 10, 12), None)),
])
def test_a_day_without_a_year_takes_the_year_of_its_sentence(text, expected):
    assert _found(text)[-1] == expected


def test_a_year_of_another_month_or_sentence_is_not_taken():
    assert _found("In May 2019 the mayor resigned. Riots broke out on 4 June.") == [
        (date(2019, 5, 1), None), (date(2021, 6, 4), None)]


@pytest.mark.parametrize("phrase", ["until the early hours of Thursday",
                                    "into the small hours of Thursday"])
def test_a_night_into_a_day_is_the_day_it_began(phrase):
    assert _found(f"Youths fought police {phrase}.") == [(WEDNESDAY, None)]


@pytest.mark.parametrize("text", [
    "Rioters and police fought for two nights running on Monday and Tuesday.",
    "Mobs looted shops for two days, on Monday and Tuesday, witnesses said.",
])
def test_a_length_told_with_its_days_runs_from_the_first(text):
    assert _found(text, reference=WEDNESDAY)[0] == (MONDAY, TUESDAY)


def test_every_night_since_ends_on_the_last_night_before_publication():
    assert _found("Youths have clashed with police every night since Monday.") == [
        (MONDAY, THURSDAY)]
    assert _found("Youths have clashed with police since Monday.") == [(MONDAY, FRIDAY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops patrolled Korva on Thursday after two days of rioting in Delmar.",
     (TUESDAY, WEDNESDAY)),
    ("Troops were sent to Korva on Thursday after a third night of rioting in Delmar.",
     (MONDAY, WEDNESDAY)),
    ("Troops were sent to Korva on Thursday after a night of rioting in Delmar.",
     (WEDNESDAY, None)),
])
def test_a_span_after_which_something_happened_ends_the_day_before(text, expected):
    assert _by_type(text) == {"Riots": expected, "Strategic developments": (THURSDAY, None)}


def test_a_day_before_a_night_is_that_nights_day():
    text = ("Masked men fought police in Korva until the early hours of Thursday, after a "
            "day on which thousands marched through Delmar.")
    assert set(_by_type(text).values()) == {(WEDNESDAY, None)}


def test_a_gap_in_an_aside_dates_the_aside_not_the_clause_after_it():
    text = "On 9 January, two days after the vote, soldiers fired on crowds in Delmar."
    assert _at(text, published=date(2022, 1, 12)) == {(date(2022, 1, 9), None)}


def test_a_statements_day_bounds_the_event_it_tells():
    text = ("Crowds burned tyres in Korva on Monday.\n\nPolice said on Wednesday that "
            "they had arrested six suspects in Delmar.")
    parsed = FakeParser(TABLE)(text)
    (event,) = [e for e in detect_events(text, parsed.mentions, None, FRIDAY)
                if e.location is not None and e.location.place == DELMAR]
    assert (event.event_date, event.time_precision) == (WEDNESDAY, 2)
    # The statement's day is not the story's: what follows stays on Monday.
    later = text + " Looters ransacked a market in Korva."
    assert (MONDAY, None) in _at(later, KORVA)


def test_a_date_in_the_triggers_own_part_of_the_clause_wins():
    text = ("The mayor imposed a curfew at dawn on Thursday, after crowds stoned the town "
            "hall on Wednesday.")
    trigger = text.index("stoned")
    time = event_date(text, (0, len(text)), (0, len(text)), trigger, FRIDAY)
    assert time.date == WEDNESDAY
    time = event_date(text, (0, len(text)), (0, len(text)), text.index("curfew"), FRIDAY)
    assert time.date == THURSDAY


def test_for_days_gives_way_to_a_day():
    text = ("The siege began on Sunday, when students who had held the campus for days "
            "hurled petrol bombs at police in Delmar.")
    assert _at(text) == {(SUNDAY, None)}


def test_an_events_date_before_an_attribution_is_no_statements_day():
    text = ("Rioters burned buses in Korva on Tuesday and officials said 80 people were "
            "detained across Delmar.")
    parsed = FakeParser(TABLE)(text)
    (held,) = [e for e in detect_events(text, parsed.mentions, None, FRIDAY)
               if e.event_type == "Strategic developments"]
    assert held.event_date != TUESDAY


def test_a_campaign_of_a_week_or_more_goes_on_to_the_date():
    text = "The minister resigned on Thursday after 12 days of protests in Delmar."
    assert _at(text) == {(THURSDAY, None)}


def test_a_sources_account_in_a_later_paragraph_stands_at_the_latest_day():
    text = ("Troops were deployed in Korva on Thursday.\n\nOn Tuesday night, youths "
            "burned tyres in Korva.\n\nThe army said soldiers had been sent to Delmar.")
    assert _at(text) == {(THURSDAY, None)}
    # In the paragraph that named the day, the account stays on that day.
    text = ("Troops were deployed in Korva on Thursday.\n\nOn Tuesday night, youths "
            "burned tyres in Korva. The army said soldiers had been sent to Delmar.")
    assert _at(text) == {(TUESDAY, None)}


def test_earlier_on_a_day_before_a_statement_dates_the_statement():
    text = ("Earlier on Thursday, the governor said that order had returned to Delmar "
            "after days of clashes.")
    trigger = text.index("clashes")
    time = event_date(text, (0, len(text)), (0, len(text)), trigger, FRIDAY)
    assert (time.date, time.precision) == (FRIDAY, 2)
