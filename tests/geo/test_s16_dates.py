"""English dates, session 16: a dispatch's "overnight", the night before a source's day,
"last week, on Thursday", and a gap counted back from the story's day.

The sentences are made up for these tests; the places are invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.dates import find_dates
from geo.events.detect import detect_events

WEDNESDAY = date(2023, 3, 15)  # the publication date of every example
TUESDAY, MONDAY = date(2023, 3, 14), date(2023, 3, 13)

ORLAN = Place("test:orlan", "Orlan", 10.0, 20.0, "city", country="ZZ")
VESK = Place("test:vesk", "Vesk", 11.0, 21.0, "city", country="ZZ")
TABLE = {"Orlan": (ORLAN, "named", "location", "city"),
         "Vesk": (VESK, "named", "location", "city")}


def _days(text: str, place: Place = VESK) -> set[date]:
    parsed = FakeParser(TABLE)(text)
    return {e.event_date for e in detect_events(text, parsed.mentions, None, WEDNESDAY)
            if e.location is not None and e.location.place == place}


@pytest.mark.parametrize("text", [
    "Youths torched two buses in Vesk overnight, as anger over the fare rise spread.",
    "ORLAN, March 15 (Wire) — Rioters looted a row of shops in Vesk overnight.",
    "Overnight, masked men set fire to the tax office in Vesk.",
])
def test_a_dispatchs_overnight_began_the_day_before_publication(text):
    assert _days(text) == {TUESDAY}


def test_an_overnight_curfew_names_no_night():
    assert find_dates("Officials imposed an overnight curfew on the port.", WEDNESDAY) == []


def test_overnight_is_the_night_before_the_sources_day():
    # The story went back to Monday, but the source speaks on Wednesday: the night just
    # ended began on Tuesday.
    text = ("Dockers clashed with police in Orlan on Monday.\n\n"
            "Police in Vesk detained 30 strike leaders overnight, the governor said on "
            "Wednesday.")
    assert _days(text) == {TUESDAY}


@pytest.mark.parametrize(("text", "day"), [
    ("Last week, on Thursday, miners marched in Vesk.", date(2023, 3, 9)),
    ("Over the past week, on Monday, miners marched in Vesk.", MONDAY),
    ("In the last week, on Monday, miners marched in Vesk.", MONDAY),
    ("Last week on Friday, miners marched in Vesk.", date(2023, 3, 10)),
])
def test_a_weekday_after_last_week_is_that_weeks(text, day):
    assert [m.date for m in find_dates(text, WEDNESDAY) if m.kind == "weekday"] == [day]


def test_a_gap_after_the_storys_event_counts_back_from_its_day():
    text = ("A car bomb killed four soldiers in Orlan on Monday.\n\n"
            "The bombing came two days after gunmen shot dead a judge in Vesk.")
    assert _days(text) == {date(2023, 3, 11)}


@pytest.mark.parametrize(("text", "day"), [
    # The lede tells the day after the night: the night began the day before it.
    ("Rioters stormed the town hall in Vesk overnight and freed two prisoners, and the "
     "governor resigned on Tuesday.", MONDAY),
    ("Dockers marched in Vesk on Monday night and stayed at the gates overnight.", MONDAY),
])
def test_a_ledes_overnight_is_the_night_before_the_day_it_tells(text, day):
    assert _days(text) == {day}


def test_a_night_in_another_part_of_the_clause_is_its_own():
    text = ("Police fired tear gas on Wednesday to scatter crowds who had looted shops in "
            "Vesk overnight.")
    assert _days(text) == {TUESDAY}


def test_a_where_clause_on_a_dated_noun_is_at_its_time():
    text = ("The standoff came a week after last Friday's battle for the campus in Vesk, "
            "where police fired tear gas at students.")
    assert _days(text) == {date(2023, 3, 10)}


def test_the_dateline_day_is_the_reporters_today():
    # Written on Tuesday (its dateline), published on Wednesday: "on Wednesday" is the
    # week before, and an undated report is Tuesday's.
    text = "ORLAN, March 14 (Wire) — Dockers marched in Vesk on Wednesday."
    assert _days(text) == {date(2023, 3, 8)}
    assert _days("ORLAN, March 14 (Wire) — Police in Vesk detained 12 dockers.") == {
        TUESDAY}
    assert _days("ORLAN, March 15 (Wire) — Police in Vesk detained 12 dockers.") == {
        WEDNESDAY}


def test_a_gap_fronting_its_sentence_dates_what_came_before():
    text = ("A car bomb killed four soldiers in Orlan on Monday.\n\n"
            "Two days after the bombing, students marched in Vesk.")
    assert _days(text) == {MONDAY}


def test_an_undated_lede_happened_by_its_sources_day():
    # Published on Wednesday; the source spoke on Tuesday: not the publication day.
    assert _days("Police fired tear gas at protesters in Vesk, witnesses said on Tuesday.") \
        == {TUESDAY}
    # With a story day to go on with, the story's day stays.
    assert _days("Dockers rallied in Orlan on Monday. In Vesk, crowds looted shops, police "
                 "said on Tuesday.") == {MONDAY}
