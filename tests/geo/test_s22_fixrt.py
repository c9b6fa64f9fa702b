"""Review fixes of session 22 (`fixrt`): a hamlet in a division the text names keeps its
name against a city of it in another division; a "when" that asks ("residents asked
when the road would reopen", "did not know when"), or one whose day dates another noun,
does not date the clause before it. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.model import Document

WEDNESDAY = date(2024, 3, 6)  # the publication date of every example
SUNDAY, MONDAY = date(2024, 3, 3), date(2024, 3, 4)

BRASK = Place("test:brask", "Brask", 10.0, 20.0, "city", country="ZZ")
TABLE = {"Brask": (BRASK, "named", "location", "city")}


def _days(text: str) -> set[tuple[str, date | None]]:
    parsed = FakeParser(TABLE)(text)
    return {(e.sub_event_type, e.event_date)
            for e in detect_events(text, parsed.mentions, None, WEDNESDAY)
            if e.location is not None and e.location.place.name == "Brask"}


@pytest.mark.parametrize("text", [
    "Police detained 30 people in Brask, and residents asked when the road closed on "
    "Sunday would reopen.",
    "Police arrested 15 people in Brask, and officials said they did not know when the "
    "curfew imposed on Sunday would be lifted.",
    "Soldiers detained 22 students in Brask, and it was unclear when the bridge shut "
    "on Sunday was reopened.",
])
def test_a_when_that_asks_does_not_date_the_event(text):
    days = {day for kind, day in _days(text) if kind == "Arrests"}
    assert days == {WEDNESDAY}


def test_a_when_clause_of_the_event_still_dates_it():
    text = ("Police detained 25 people in Brask and nine officers were hurt when a rally "
            "turned violent on Monday.")
    assert ("Arrests", MONDAY) in _days(text)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "admin1"), [
    ("Ohio farmers protested in Huntsville on Monday against a planned gas pipeline.",
     "Huntsville", "Ohio"),
    # The division is named for another place in it: the city of the name stays.
    ("In Surabaya, protesters stormed the East Java governor's office. Clashes were also "
     "reported in Bandung and Medan.", "Bandung", "Jawa Barat"),
])
def test_a_hamlet_in_a_named_division_alone(real_parser, text, word, admin1):
    parsed = real_parser(Document(text, language="en"))
    places = [m.place for m in parsed.mentions if m.text == word]
    assert places and all(p is not None and p.admin1 == admin1 for p in places)
