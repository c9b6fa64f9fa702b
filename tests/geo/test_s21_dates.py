"""Dates, session 21: lists of days in a row as one range in Russian and French, «накануне»
and «la veille» counted from the day named before them, a night's undated rows, standing
checkpoints, "after Sunday's match" and "on Thursday night and Friday" in English.

The sentences are made up for these tests; the towns are invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser
from placed_mentions import mentions_at, town

from gazetteer.place import Place
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.lexical_dates import find_dates

SUNDAY = date(2024, 4, 14)  # the publication date of every example
SATURDAY, FRIDAY, THURSDAY = date(2024, 4, 13), date(2024, 4, 12), date(2024, 4, 11)
WEDNESDAY, TUESDAY, MONDAY = date(2024, 4, 10), date(2024, 4, 9), date(2024, 4, 8)


def _spans(text: str, language: str) -> list[tuple[date, date | None]]:
    vocabulary = VOCABULARIES[language]
    return [(d.date, d.last) for d in find_dates(vocabulary.words(text), vocabulary, SUNDAY)]


@pytest.mark.parametrize(("text", "language", "first", "last"), [
    ("В пятницу и субботу жители перекрывали дорогу.", "ru", FRIDAY, SATURDAY),
    ("Во вторник и в среду шахтёры провели митинги.", "ru", TUESDAY, WEDNESDAY),
    ("Mardi et mercredi, des jeunes ont brûlé des pneus.", "fr", TUESDAY, WEDNESDAY),
    ("Des marches ont eu lieu jeudi, vendredi et samedi.", "fr", THURSDAY, SATURDAY),
])
def test_days_in_a_row_joined_by_a_conjunction_are_one_range(text, language, first, last):
    assert _spans(text, language) == [(first, last)]


@pytest.mark.parametrize(("text", "language"), [
    ("Во вторник и четверг прошли пикеты.", "ru"),
    ("Des heurts ont éclaté lundi et jeudi.", "fr"),
])
def test_days_not_in_a_row_stay_two_days(text, language):
    assert all(last is None for _, last in _spans(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("В четверг полиция задержала десять человек после драки, случившейся накануне.", "ru"),
    ("Jeudi, dix personnes ont été interpellées pour des pillages commis la veille.", "fr"),
])
def test_the_day_before_counts_from_the_day_named_before_it(text, language):
    assert _spans(text, language)[-1] == (WEDNESDAY, None)


def _rows(text: str, language: str, name: str) -> list:
    return [e for e in detect_events(text, mentions_at(text, {name: town(name)}), None,
                                     SUNDAY, language=language)
            if e.location is not None]


def test_a_nights_undated_arrests_run_to_the_morning_after():
    text = ("В ночь на субботу толпа подожгла кафе в Заречье. "
            "Полиция задержала двенадцать человек.")
    arrests = [e for e in _rows(text, "ru", "Заречье") if e.sub_event_type == "Arrests"]
    assert [(e.event_date, e.event_date_end) for e in arrests] == [(FRIDAY, SATURDAY)]


def test_a_checkpoint_told_standing_is_of_the_reports_day():
    text = ("В пятницу жители Заречья перекрыли трассу. "
            "На въездах в Заречье выставлены блокпосты.")
    rows = _rows(text, "ru", "Заречье")
    assert {e.event_date for e in rows if e.subtype == "checkpoint"} == {SUNDAY}
    assert {e.event_date for e in rows if e.event_type == "Protests"} == {FRIDAY}


BRASK = Place("test:brask", "Brask", 10.0, 20.0, "city", country="ZZ")
TABLE = {"Brask": (BRASK, "named", "location", "city")}


def _english(text: str) -> list[tuple[date, date | None]]:
    parsed = FakeParser(TABLE)(text)
    return [(e.event_date, e.event_date_end)
            for e in detect_events(text, parsed.mentions, None, SUNDAY)]


def test_what_followed_a_match_is_that_days():
    assert set(_english("Police said on Sunday they had detained nine fans after supporters "
                        "fought with officers in Brask after Friday's match.")) == {
        (FRIDAY, None)}


def test_what_followed_an_election_is_not_dated_by_it():
    assert (FRIDAY, None) not in _english(
        "Crowds burned tyres in Brask after Friday's election.")


def test_a_night_and_the_day_after_are_one_range():
    assert set(_english("Police arrested 30 people in Brask on Thursday night and "
                        "Friday.")) == {(THURSDAY, FRIDAY)}
