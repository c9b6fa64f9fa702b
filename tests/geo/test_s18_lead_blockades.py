"""Session 18, English road blockades by people counted: "several hundred people blocked
the highway" is a protest as "farmers blocked the highway" is, while people a police
cordon strands are no protesters. Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _rows(text: str, name: str) -> set[tuple[str, str]]:
    mentions = mentions_at(text, {name: town(name)})
    return {(e.event_type, e.location.place.name)
            for e in detect_events(text, mentions, None, PUBLISHED)
            if e.location is not None}


def test_people_counted_who_block_a_highway_protest():
    text = ("Several hundred people blocked the main highway outside Marlowe on Sunday, "
            "demanding clean water.")
    assert _rows(text, "Marlowe") == {("Protests", "Marlowe")}


def test_people_a_police_cordon_strands_are_no_protesters():
    text = ("Police sealed off streets in central Marlowe and hundreds of people were "
            "unable to pass.")
    assert ("Protests", "Marlowe") not in _rows(text, "Marlowe")
