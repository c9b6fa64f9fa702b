"""Fixes after the session-11 review, each with fresh news-style sentences:

- two former city names side by side are both the big cities ("Madras and Calcutta"):
  one's small US namesake does not vouch for the other's;
- "a crowd of 2000 people" tells no year for "the capital";
- only a distance "away" sets a crowd apart ("took away their banners" does not).
"""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from geo.events.detect import detect_events
from geo.model import Document

NAY_PYI_TAW = "geonames:6611854"


def _countries(parser, text: str) -> dict[str, str]:
    return {m.text: m.place.country for m in parser(text).mentions if m.place is not None}


def test_two_former_city_names_side_by_side_are_the_big_cities(real_parser):
    found = _countries(real_parser, "Students in Madras and Calcutta protested on Monday.")
    assert found == {"Madras": "IN", "Calcutta": "IN"}


def test_a_crowd_size_is_no_year_for_the_capital(real_parser):
    text = "A crowd of 2000 people marched through the Burmese capital on Sunday."
    parsed = real_parser(Document(text, published=date(2023, 3, 1)))
    capital = [m for m in parsed.mentions if "capital" in m.text]
    assert [m.place.id for m in capital] == [NAY_PYI_TAW]


def test_taking_something_away_sets_no_crowd_apart():
    text = ("Protesters clashed with police in Almaty on Friday. Later on Friday in Almaty, "
            "police dispersed demonstrators and took away their banners.")
    parsed = FakeParser()(text)
    rows = detect_events(text, parsed.mentions, None, date(2022, 1, 7))
    assert len(rows) == 1, rows
