"""Blockades, session 17 (issue 18): the trades that block roads to press a demand
(farmers, truckers, miners, teachers) are a crowd, so their blockade is a protest and the
force used to clear it an intervention; a road blocked by a landslide is none, nor one
that strands motorists. Towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _rows(text: str, names: list[str]) -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name if e.location is not None and
                   e.location.place is not None else None, e.event_type, e.sub_event_type)
                  for e in detect_events(text, mentions, None, PUBLISHED))


def test_farmers_blocking_a_highway_protest():
    rows = _rows("Farmers blocked the highway near Karvelo with tractors on Monday.",
                 ["Karvelo"])
    assert rows == [("Karvelo", "Protests", "Peaceful protest")]


def test_truckers_blocking_a_crossing_protest():
    rows = _rows("Truckers blocked the main road out of Dunmarra on Tuesday over fuel "
                 "prices.", ["Dunmarra"])
    assert rows == [("Dunmarra", "Protests", "Peaceful protest")]


def test_water_cannon_on_miners_is_an_intervention():
    rows = _rows("Police used water cannon on miners outside the company's offices in "
                 "Tesslin on Monday.", ["Tesslin"])
    assert ("Tesslin", "Protests", "Protest with intervention") in rows


def test_a_landslide_blocking_roads_is_no_protest():
    assert _rows("A landslide blocked roads near Ostrava Nova on Tuesday, stranding "
                 "motorists and villagers.", ["Ostrava Nova"]) == []
