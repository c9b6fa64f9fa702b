"""Dates from news wording, resolved against the publication date (relative words
that point back into the story: tests/geo/test_relative_dates.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.errors import DateError
from geo.events.dates import find_dates
from geo.model import parse_published

FRIDAY = date(2022, 1, 7)


@pytest.mark.parametrize(("text", "expected", "precision"), [
    ("a protest that erupted Sunday", date(2022, 1, 2), 1),
    ("set on fire on Wednesday", date(2022, 1, 5), 1),
    ("Earlier on Friday", FRIDAY, 1),
    ("last Friday", date(2021, 12, 31), 1),
    ("since Sunday", date(2022, 1, 2), 2),  # a range, to publication
    ("yesterday", date(2022, 1, 6), 1),
    ("three days ago", date(2022, 1, 4), 1),
    ("last week", date(2021, 12, 31), 2),
    ("after days of violence", FRIDAY, 2),
    ("on 5 January", date(2022, 1, 5), 1),
    ("Jan. 5", date(2022, 1, 5), 1),
    ("December 28", date(2021, 12, 28), 1),
    ("May 3, 2021", date(2021, 5, 3), 1),
    ("in March", date(2021, 3, 1), 3),
])
def test_relative_and_explicit_dates(text, expected, precision):
    (found,) = find_dates(text, FRIDAY)
    assert (found.date, found.precision) == (expected, precision)


def test_no_publication_date_means_no_invented_date():
    assert find_dates("on Wednesday, yesterday and last week", None) == []
    (found,) = find_dates("on 5 January 2022", None)
    assert found.date == date(2022, 1, 5)


def test_parse_published_rejects_bad_values_clearly():
    assert parse_published("2022-01-07") == FRIDAY
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        parse_published("07/01/2022")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_find_dates_never_fails(text):
    for found in find_dates(text, FRIDAY):
        assert 0 <= found.start < found.end <= len(text)
