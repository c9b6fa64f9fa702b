"""Session 19, distinct events at one place: a crowd told gathered in some manner
("gathered peacefully outside", "gathered again quietly in") and counted by a "hundred"
is a protest of its own, beside the arrests or the clash the report tells at that place;
a festive crowd stays none. Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 10, 16)  # a Wednesday


def _rows(text: str, names: list[str]) -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name, e.event_type, e.sub_event_type, str(e.event_date))
                  for e in detect_events(text, mentions, None, PUBLISHED)
                  if e.location is not None)


def test_a_crowd_gathered_peacefully_is_a_protest_beside_the_arrests_of_another_day():
    text = ("Police arrested 14 dock workers in Varnessa on Monday after a scuffle at the "
            "port gates. On Tuesday, several hundred people gathered peacefully outside the "
            "town hall in Varnessa.")
    rows = _rows(text, ["Varnessa"])
    assert ("Varnessa", "Protests", "Peaceful protest", "2024-10-15") in rows
    assert ("Varnessa", "Strategic developments", "Arrests", "2024-10-14") in rows


def test_a_crowd_gathered_again_in_a_square_is_a_protest():
    text = "A few hundred people gathered again quietly in the main square of Oldmere on Tuesday."
    assert [r[1:3] for r in _rows(text, ["Oldmere"])] == [("Protests", "Peaceful protest")]


def test_a_festive_crowd_gathered_joyfully_is_no_protest():
    text = ("Thousands of fans gathered joyfully in the centre of Oldmere on Tuesday to "
            "celebrate the league title.")
    assert _rows(text, ["Oldmere"]) == []
