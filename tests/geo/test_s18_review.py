"""Session 18, what the code review of the session's rules found, mended: a figure of
something that is no count ("the number of shops that closed rose to 40") updates no
toll; a seat that sends forces "to disperse" a protest is still its site; people who "were
blocked" on a road protest nothing; a crowd that forces a police barrier («ont forcé un
barrage de police») makes no checkpoint; a saint's name before a capitalised word is a
landmark's ("St. Peter's Square"), no town.
Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, places_found, town

from geo.events.detect import detect_events

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _events(text: str, names: list[str], language: str = "en"):
    mentions = mentions_at(text, {name: town(name) for name in names})
    return [e for e in detect_events(text, mentions, None, PUBLISHED, keep_all=True,
                                     language=language) if e.location is not None]


def test_a_figure_of_something_else_updates_no_toll():
    text = ("Police shot dead three protesters in Varnessa on Monday. The number of shops "
            "that closed rose to 40 by Tuesday.")
    deaths = {e.counts.fatalities for e in _events(text, ["Varnessa"])}
    assert 3 in deaths and 40 not in deaths


def test_a_seat_that_sends_police_to_disperse_a_protest_is_its_site():
    text = ("Authorities in Varnessa deployed riot police to disperse the protest, "
            "arresting 200 people on Sunday.")
    assert {e.location.place.name for e in _events(text, ["Varnessa"])} == {"Varnessa"}


def test_people_blocked_on_a_road_protest_nothing():
    text = ("Hundreds of people were blocked on the road near Marlowe after a bridge "
            "collapsed on Sunday.")
    assert all(e.event_type != "Protests" for e in _events(text, ["Marlowe"]))


def test_a_crowd_that_forces_a_police_barrier_mans_no_checkpoint():
    text = "Samedi, les manifestants ont forcé un barrage de police à Valmorin."
    assert all(e.sub_event_type != "Other" or e.event_type != "Strategic developments"
               for e in _events(text, ["Valmorin"], "fr"))


@pytest.mark.slow
def test_a_saints_name_before_a_capitalised_word_is_a_landmarks(real_parser):
    found = places_found(real_parser, "Pilgrims gathered in St. Peter's Square on Sunday.",
                         "en")
    assert "St. Peter's" not in found
