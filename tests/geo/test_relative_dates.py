"""Relative dates, nights and ranges: each expression class, its traps, and the
story's current day that words like "the next day" count from.

The sentences are made up for these tests; the places are invented towns.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.dates import find_dates
from geo.events.detect import detect_events
from geo.events.timeline import StoryTime
from geo.extract import incidents

FRIDAY = date(2022, 1, 7)  # the publication date of every example
TUESDAY = date(2022, 1, 4)  # a story's current day

KORVA = Place("test:korva", "Korva", 10.0, 20.0, "city", country="ZZ")
DELMAR = Place("test:delmar", "Delmar", 11.0, 21.0, "city", country="ZZ")
TABLE = {"Korva": (KORVA, "named", "location", "city"),
         "Delmar": (DELMAR, "named", "location", "city")}


def _one(text, published=FRIDAY, reference=None):
    (found,) = find_dates(text, published, reference=reference)
    return found.date, found.last, found.precision


@pytest.mark.parametrize(("text", "expected"), [
    # Words that point back count from the story's current day (here Tuesday).
    ("the next day", date(2022, 1, 5)),
    ("the following morning", date(2022, 1, 5)),
    ("a day later", date(2022, 1, 5)),
    ("the day before", date(2022, 1, 3)),
    ("two days later", date(2022, 1, 6)),
    ("three days earlier", date(2022, 1, 1)),
    ("later that day", TUESDAY),
    ("that evening", TUESDAY),
    ("hours later", TUESDAY),
    ("overnight", TUESDAY),
])
def test_words_pointing_back_count_from_the_story(text, expected):
    assert _one(text, reference=TUESDAY) == (expected, None, 1)


def test_words_pointing_back_use_publication_when_the_story_has_no_date_yet():
    assert _one("the day before") == (date(2022, 1, 6), None, 1)
    # A dispatch's bare "overnight" is its last night, which began the day before
    # publication (session 16: annotators date it so).
    assert _one("overnight") == (date(2022, 1, 6), None, 1)
    assert find_dates("an overnight curfew", FRIDAY) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("yesterday", date(2022, 1, 6)),
    ("today", FRIDAY),
    ("this morning", FRIDAY),
    ("last night", date(2022, 1, 6)),
])
def test_words_of_the_reporters_present_ignore_the_story(text, expected):
    assert _one(text, reference=TUESDAY) == (expected, None, 1)


def test_vague_and_ordinal_counts_are_coarser():
    assert _one("several days later", reference=TUESDAY)[2] == 2
    assert _one("a week later", reference=TUESDAY) == (date(2022, 1, 11), None, 2)
    assert _one("on the third night of protests", reference=TUESDAY) == (TUESDAY, None, 2)


@pytest.mark.parametrize("text", [
    "Sunday night", "on Sunday night", "late on Sunday night", "overnight Sunday",
    "overnight on Sunday", "in the night of Sunday to Monday",
    "the night from Sunday into Monday", "overnight into Monday",
])
def test_a_night_is_the_day_it_starts_on(text):
    assert _one(text) == (date(2022, 1, 2), None, 1)


@pytest.mark.parametrize(("text", "first", "last", "precision"), [
    ("since Sunday", date(2022, 1, 2), FRIDAY, 2),
    ("since 28 December", date(2021, 12, 28), FRIDAY, 3),
    ("over the weekend", date(2022, 1, 1), date(2022, 1, 2), 2),
    ("from Monday to Wednesday", date(2022, 1, 3), date(2022, 1, 5), 2),
    ("between Monday and Wednesday", date(2022, 1, 3), date(2022, 1, 5), 2),
    ("from Thursday to Sunday", date(2021, 12, 30), date(2022, 1, 2), 2),
    ("between 3 and 5 January", date(2022, 1, 3), date(2022, 1, 5), 2),
    ("from 3 to 5 January", date(2022, 1, 3), date(2022, 1, 5), 2),
    ("on Tuesday and Wednesday", date(2022, 1, 4), date(2022, 1, 5), 2),
    ("on 3 and 4 January", date(2022, 1, 3), date(2022, 1, 4), 2),
    ("January 3-5", date(2022, 1, 3), date(2022, 1, 5), 2),
    ("from 30 December to 2 January", date(2021, 12, 30), date(2022, 1, 2), 2),
    ("this week", date(2022, 1, 3), FRIDAY, 2),
    ("all week", date(2022, 1, 3), FRIDAY, 2),
    ("earlier this week", date(2022, 1, 3), date(2022, 1, 6), 2),
])
def test_ranges(text, first, last, precision):
    assert _one(text) == (first, last, precision)


def test_spans_of_unrest_end_on_the_storys_current_day():
    assert _one("four nights of protests", reference=TUESDAY) == (
        date(2022, 1, 1), TUESDAY, 2)
    assert _one("three days of clashes") == (date(2022, 1, 5), FRIDAY, 2)
    assert _one("ten days of protests") == (date(2021, 12, 29), FRIDAY, 3)


@pytest.mark.parametrize("text", [
    "a three-day curfew", "a 24-hour strike", "the 2019 protests", "since 2019",
    "after Friday prayers", "the day before the vote", "a two-week ban",
])
def test_lengths_years_and_set_phrases_date_nothing(text):
    assert find_dates(text, FRIDAY) == []


@pytest.mark.parametrize("text", ["Sunday's election", "the 3 January ruling",
                                  "the Dec. 30 vote"])
def test_a_date_modifying_a_noun_dates_only_that_noun(text):
    (found,) = find_dates(text, FRIDAY)
    assert found.attributive


def test_a_date_after_the_is_not_always_a_modifier():
    (found,) = find_dates("the 3 January, when crowds gathered", FRIDAY)
    assert not found.attributive


def test_story_time_moves_on_with_each_dated_event_that_occurred():
    text = "Riots on Tuesday. A march is planned for Thursday. The next day, arrests."
    story = StoryTime(FRIDAY)
    riots = story.date_event(text, (0, 17), (0, 17), 0)
    planned = story.date_event(text, (18, 50), (18, 50), 20, occurred=False)
    arrests = story.date_event(text, (51, 74), (51, 74), 66)
    assert (riots.date, riots.stated) == (TUESDAY, True)
    assert planned.date == date(2022, 1, 6)
    assert arrests.date == date(2022, 1, 5)  # the day after the riots, not the march


def _events(text, published=FRIDAY):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, published)


def test_the_next_day_follows_the_previous_events_date():
    first, second = _events("Crowds marched in Korva on Monday. The next day, police "
                            "fired tear gas at protesters in Delmar.")
    assert (first.event_date, first.time_precision) == (date(2022, 1, 3), 1)
    assert (second.location.place, second.event_date, second.time_precision) == (
        DELMAR, TUESDAY, 1)


def test_two_days_later_counts_from_the_last_dated_event_not_publication():
    _riot, troops = _events("Rioters torched shops in Korva on Sunday night. Two days "
                            "later, troops were deployed in Delmar.")
    assert (_riot.event_date, troops.event_date) == (date(2022, 1, 2), TUESDAY)


def test_a_range_since_a_weekday_runs_to_publication():
    (sit_in,) = _events("Protesters have blocked the main road into Korva since "
                        "Sunday.")
    assert (sit_in.event_date, sit_in.event_date_end, sit_in.time_precision) == (
        date(2022, 1, 2), FRIDAY, 2)


def test_a_curfews_length_is_no_range():
    (curfew,) = _events("The governor imposed a three-day curfew in Korva on Monday.")
    assert (curfew.subtype, curfew.event_date, curfew.event_date_end,
            curfew.time_precision) == ("curfew", date(2022, 1, 3), None, 1)


def test_an_election_day_is_not_the_protests_day():
    (protest,) = _events("Thousands protested in Korva against the result of Sunday's "
                         "election.")
    assert (protest.event_date, protest.time_precision) == (FRIDAY, 2)


def test_the_frame_has_the_last_day_of_a_range():
    frame = incidents("Demonstrators rallied in Korva from Monday to Wednesday.",
                      published=FRIDAY, parser=FakeParser(TABLE))
    assert list(frame.event_date) == ["2022-01-03"]
    assert list(frame.event_date_end) == ["2022-01-05"]
    assert list(frame.time_precision) == [2]


def test_two_days_out_of_order_are_two_days_not_a_range():
    days = find_dates("rallies on Friday and Monday", FRIDAY)
    assert [(m.date, m.last) for m in days] == [(FRIDAY, None), (date(2022, 1, 3), None)]


def test_the_frame_has_both_days_of_an_event_on_two_days():
    frame = incidents("Farmers marched in Korva on Tuesday and Wednesday.",
                      published=FRIDAY, parser=FakeParser(TABLE))
    assert list(frame.event_date) == ["2022-01-04"]
    assert list(frame.event_date_end) == ["2022-01-05"]


def test_a_day_of_protests_is_no_date():
    assert find_dates("a day of protests", FRIDAY) == []


STORY = "Police fired tear gas at protesters in Korva on Monday. "


def _dates_at_delmar(text):
    return {(e.event_date, e.time_precision) for e in _events(text)
            if e.location is not None and e.location.place == DELMAR}


def test_an_undated_event_in_the_storys_narrative_keeps_its_day():
    assert _dates_at_delmar(STORY + "In Delmar, crowds burned tyres and looted shops.") \
        == {(date(2022, 1, 3), 2)}


@pytest.mark.parametrize("second", [
    "More than 40 people have been arrested in Delmar.",  # a state at publication
    "Crowds burned tyres in Delmar on Thursday.",  # its own date
])
def test_perfect_tenses_and_own_dates_do_not_carry_on(second):
    dates = _dates_at_delmar(STORY + second)
    assert dates and (date(2022, 1, 3), 2) not in dates


def test_an_old_date_is_background_not_the_storys_day():
    assert _dates_at_delmar("Protests began in Korva on 2 December. In Delmar, crowds "
                            "burned tyres.") == {(FRIDAY, 2)}


def test_a_declared_measure_is_an_event_not_reported_words():
    assert _dates_at_delmar(STORY + "The governor declared a curfew in Delmar.") == {
        (date(2022, 1, 3), 2)}


def test_a_running_total_since_a_day_does_not_move_the_storys_day():
    text = (STORY + "Officials said 40 people had been detained in Korva since "
            "Saturday. In Delmar, crowds burned tyres.")
    assert _dates_at_delmar(text) == {(date(2022, 1, 3), 2)}


def test_a_date_naming_another_event_does_not_date_the_protest():
    (protest,) = _events("Crowds protested in Korva against the 3 January ruling.")
    assert (protest.event_date, protest.time_precision) == (FRIDAY, 2)


def test_an_event_that_occurred_is_not_dated_after_its_report():
    (arrests,) = _events("The next day, police arrested 20 people in Korva.")
    assert (arrests.event_date, arrests.time_precision) == (FRIDAY, 2)


@pytest.mark.parametrize("text", ["the day after Christmas", "the day after police "
                                  "fired", "the night before the vote"])
def test_the_day_after_something_counts_from_that_thing(text):
    assert find_dates(text, FRIDAY, reference=TUESDAY) == []


def test_the_day_after_ending_a_phrase_points_back():
    assert _one("The day after, crowds returned.", reference=TUESDAY)[0] == date(2022, 1, 5)
