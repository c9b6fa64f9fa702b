"""Reported speech, session 17 (issue 18): a place in what a speaker says is the site of
what is said ("officials said the clashes in X", "a group said police in X arrested"),
not where it was said ("said in X", "told reporters in X", "a news conference in X").
Towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _rows(text: str, names: list[str]) -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name if e.location is not None and
                   e.location.place is not None else None, e.event_type, e.counts.arrested)
                  for e in detect_events(text, mentions, None, PUBLISHED))


@pytest.mark.parametrize(("text", "row"), [
    ("Officials said the clashes in Varnholt on Tuesday left two people dead.",
     ("Varnholt", "Battles", None)),
    ("A rights group said police in Orsanne arrested 25 people on Monday.",
     ("Orsanne", "Strategic developments", 25)),
    ("The ministry said the protest in Kelmora on Friday had not been authorised.",
     ("Kelmora", "Protests", None)),
])
def test_a_place_in_what_is_said_is_the_site(text, row):
    assert row in _rows(text, [row[0]])


@pytest.mark.parametrize("text", [
    "Police told reporters in Brannock that 12 people were arrested in Sulvane on Monday.",
    "The spokesman said in Brannock on Monday that 12 people were arrested in Sulvane.",
    "The governor said at a news conference in Brannock that 12 people were arrested in "
    "Sulvane on Monday.",
])
def test_where_it_was_said_is_no_site(text):
    rows = _rows(text, ["Brannock", "Sulvane"])
    assert ("Sulvane", "Strategic developments", 12) in rows
    assert all(row[0] != "Brannock" for row in rows)
