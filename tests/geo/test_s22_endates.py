"""English dates, session 22: an undated clause goes on with the story's day when what
follows it in its sentence is a word pointing back ("overnight", "later that day") or a
noun's day ("Thursday's vote"), and takes the day of a "when" clause after it.

The sentences are made up for these tests; the towns are invented.
"""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events

SUNDAY = date(2024, 4, 14)  # the publication date of every example
SATURDAY, FRIDAY, THURSDAY = date(2024, 4, 13), date(2024, 4, 12), date(2024, 4, 11)

BRASK = Place("test:brask", "Brask", 10.0, 20.0, "city", country="ZZ")
TOLVEN = Place("test:tolven", "Tolven", 12.0, 22.0, "city", country="ZZ")
TABLE = {"Brask": (BRASK, "named", "location", "city"),
         "Tolven": (TOLVEN, "named", "location", "city")}


def _days(text: str, town: str = "Brask") -> set[tuple[str, date | None]]:
    parsed = FakeParser(TABLE)(text)
    return {(e.event_type, e.event_date)
            for e in detect_events(text, parsed.mentions, None, SUNDAY)
            if e.location is not None and e.location.place.name == town}


def test_a_clause_before_a_later_overnight_goes_on_with_the_story():
    text = ("Farmers marched in Tolven on Friday, officials said on Sunday.\n\n"
            "Youths set fire to a bus in Brask, and police detained 12 people there "
            "overnight.")
    days = _days(text)
    assert ("Riots", FRIDAY) in days
    assert ("Riots", SUNDAY) not in days


def test_a_clause_before_a_later_same_day_goes_on_with_the_story():
    text = ("Farmers marched in Tolven on Friday, officials said on Sunday.\n\n"
            "Students burned tyres in Brask, and police detained 12 people there "
            "later that day.")
    assert {day for _, day in _days(text)} == {FRIDAY}


def test_a_when_clause_after_an_undated_one_dates_it():
    text = ("Police detained 40 people in Brask and 12 officers were hurt when a march "
            "turned into a riot on Thursday night, the minister said on Saturday.")
    days = _days(text)
    assert ("Strategic developments", THURSDAY) in days
    assert ("Strategic developments", SATURDAY) not in days
