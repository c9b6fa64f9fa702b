"""Calls to protest, session 17 (issue 18), from the review's fresh sentences: what a call
asks for is planned also where the tagger reads "to march" as the month ("called on
supporters to march in X on Friday"), and "urged" calls as "called" does ("urged
residents to join a march on Saturday"). A march told beside the call stays occurred.
Towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _rows(text: str, names: list[str]) -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name if e.location is not None and
                   e.location.place is not None else None, e.sub_event_type, e.status,
                   e.event_date)
                  for e in detect_events(text, mentions, None, PUBLISHED, keep_all=True))


def test_a_call_to_march_read_as_the_month_is_planned():
    rows = _rows("The opposition leader called on supporters to march in Velmora on "
                 "Friday.", ["Velmora"])
    assert rows == [("Velmora", "Peaceful protest", "planned", date(2024, 5, 17))]


def test_an_urged_march_is_planned():
    rows = _rows("Union leaders urged residents to join a march on Saturday in Pellasca.",
                 ["Pellasca"])
    assert rows == [("Pellasca", "Peaceful protest", "planned", date(2024, 5, 18))]


def test_a_march_told_beside_the_call_happened():
    rows = _rows("Thousands marched in Ostrevan on Monday after leaders called on them "
                 "to march.", ["Ostrevan"])
    assert ("Ostrevan", "Peaceful protest", "occurred", date(2024, 5, 13)) in rows
