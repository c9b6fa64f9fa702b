"""Rows of one place told as different days (session 14, `rows`): a clause's part told
as another day's event (", a day after police fired tear gas") is collapsed apart from
the event before it, keeps its own date, and its counts and bare casualties stay with
it; a detail dated by the story's day refers back to that day's event, not to the
latest one of its kind.

The sentences are made up for these tests.
"""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events

SUNDAY = date(2019, 3, 10)
KIGALI = Place("geonames:202061", "Kigali", -1.95, 30.06, "city", country="RW",
               admin1="Kigali", population=1_100_000)
TABLE = {"Kigali": (KIGALI, "named", "location", "city")}


def _rows(text: str) -> list[tuple[str, str, str, int | None, int | None]]:
    parsed = FakeParser(TABLE)(text)
    return sorted((str(e.event_date), e.event_type, e.sub_event_type,
                   e.counts.fatalities, e.counts.injured)
                  for e in detect_events(text, parsed.mentions, None, SUNDAY))


def test_a_march_told_a_day_after_a_dispersal_is_a_row_of_its_own_day():
    text = ("Several thousand teachers held a peaceful rally in Kigali on Sunday, a day "
            "after riot police used tear gas to break up their sit-in outside the "
            "education ministry.")
    assert _rows(text) == [
        ("2019-03-09", "Protests", "Protest with intervention", None, None),
        ("2019-03-10", "Protests", "Peaceful protest", None, None)]


def test_the_casualties_of_the_day_before_stay_with_its_event():
    text = ("Hundreds of traders marched through Kigali on Sunday, two days after "
            "clashes with police in which one trader was killed and 9 people were "
            "injured.")
    rows = _rows(text)
    assert ("2019-03-08", "Riots", "Violent demonstration", 1, 9) in rows
    assert ("2019-03-10", "Protests", "Peaceful protest", None, None) in rows


def test_one_clause_with_no_day_gap_is_still_one_protest():
    text = ("Several thousand teachers rallied in Kigali on Sunday and riot police used "
            "tear gas to disperse them.")
    assert [row[1:3] for row in _rows(text)] == [("Protests", "Protest with intervention")]


def test_a_detail_of_the_story_day_joins_that_day_event_not_the_latest():
    text = ("Several thousand teachers held a peaceful rally in Kigali on Sunday, a day "
            "after riot police used tear gas to break up their sit-in outside the "
            "education ministry. On Saturday, the sit-in had drawn about 2,000 people. "
            "Police fired tear gas and charged the crowd with batons.")
    assert _rows(text) == [
        ("2019-03-09", "Protests", "Protest with intervention", None, None),
        ("2019-03-10", "Protests", "Peaceful protest", None, None)]


def test_a_dispersal_repeating_every_figure_of_the_riot_is_that_riot():
    text = ("Youths hurled stones at police outside the parliament in Kigali on Sunday; "
            "one man was killed and 9 people were injured. Police fired tear gas and "
            "rubber bullets at the protesters, and one protester was killed and 9 were "
            "injured, the ministry said.")
    assert [row[1:] for row in _rows(text)] == [("Riots", "Violent demonstration", 1, 9)]
