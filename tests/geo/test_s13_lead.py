"""Session 13, lead's fixes after merging: a narrative day the small parser misreads."""

from __future__ import annotations

import pytest

import geo


@pytest.mark.parametrize("opening", ["The unrest escalated on Monday.",
                                     "The protests spread on Monday."])
def test_a_day_the_story_moves_to_dates_the_next_sentences_events(opening):
    # The small parser reads "The unrest escalated on Monday." as a noun with a
    # participle: that is still the story's day, not an aside.
    text = (f"{opening} In Kisumu, protesters set fire to the offices of the ruling "
            "party. Two people were killed in Kisumu that day and three in Nakuru.")
    rows = geo.incidents(text, published="2025-03-12")
    assert set(rows["event_date"].astype(str)) == {"2025-03-10"}
    assert dict(zip(rows["location_name"], rows["fatalities"], strict=True)) == {
        "Kisumu": 2, "Nakuru": 3}
