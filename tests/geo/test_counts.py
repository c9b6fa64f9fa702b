"""Counts from news wording: numerals, words, vague quantities, qualifiers, victims."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events.counts import combine, find_counts, parse_number


@pytest.mark.parametrize(("phrase", "expected"), [
    ("26", (26, "exact")),
    ("more than 3,800", (3800, "at_least")),
    ("at least 1.5 million", (1_500_000, "at_least")),
    ("dozens", (12, "approximate")),
    ("hundreds", (100, "approximate")),
    ("a thousand", (1000, "approximate")),
    ("twenty-six", (26, "exact")),
    ("about 40", (40, "approximate")),
    ("an", None),
])
def test_parse_number(phrase, expected):
    assert parse_number(phrase) == expected


def _counts(text):
    return {(c.field, c.value, c.qualifier, c.group) for c in find_counts(text)}


def test_counts_take_the_nearest_count_word():
    text = "The army reported having 18 killed and 748 wounded in their ranks."
    assert _counts(text) == {("fatalities", 18, "exact", "army"),
                             ("injured", 748, "exact", "army")}


def test_counts_before_the_number_and_victims_between():
    assert _counts("Police fired on the crowd, killing 12.") == {
        ("fatalities", 12, "exact", "")}
    assert _counts("Officials said 26 armed men had been killed.") == {
        ("fatalities", 26, "exact", "armed men")}
    assert _counts("Guards set up 40 roadblocks.") == {("checkpoints", 40, "exact", "")}


def test_numbers_without_a_count_word_are_not_counts():
    assert find_counts("The 81-year-old ruled from 1989 to 2019 with 20,000 men.") == []


def test_combine_keeps_the_vaguest_qualifier():
    counts = combine(find_counts("dozens dead and more than a thousand injured"))
    assert (counts.fatalities, counts.injured, counts.qualifier) == (12, 1000,
                                                                     "approximate")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_find_counts_never_fails_and_offsets_hold(text):
    for count in find_counts(text):
        assert 0 <= count.start < count.end <= len(text)
        assert count.value >= 0


def test_a_number_inside_a_longer_token_is_no_count():
    for text in ("1e308 were injured.", "3,5 were injured.", "v2.5 were injured."):
        assert _counts(text) == set(), text
    assert _counts("3,500 were injured.") == {("injured", 3500, "exact", "")}


def test_a_gapped_number_repeats_the_count_before_it():
    text = "Four people were killed in Northvale and two in Southvale."
    found = find_counts(text)
    assert [(c.field, c.value) for c in found] == [("fatalities", 4), ("fatalities", 2)]
    # Across a clause cut, the sentence is the context.
    text = "Nine died in Northvale, officials said, and at least three at Southvale."
    start = text.index("and at least")
    found = find_counts(text, start, len(text), context=0)
    assert [(c.field, c.value, c.qualifier) for c in found] == [
        ("fatalities", 3, "at_least")]


def test_a_number_with_no_count_before_it_is_no_count():
    assert find_counts("The march drew 500 in Northvale and 300 in Southvale.") == []


def test_a_superlative_since_is_no_running_total():
    text = ("Nine people were killed on Sunday, the deadliest day since the protests "
            "began.")
    assert [(c.value, c.cumulative) for c in find_counts(text)] == [(9, False)]
    text = "Nine people have been killed since the protests began."
    assert [(c.value, c.cumulative) for c in find_counts(text)] == [(9, True)]
