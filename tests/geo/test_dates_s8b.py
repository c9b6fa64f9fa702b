"""Date ranges in the ordinary ways news words them (a length of days up to the
reporter's day or the story's, a length from a day, two days joined, a week), and
undated details of a report, which stay on the story's day.

The sentences are made up for these tests; the places are real cities, no corpus's.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.dates import find_dates
from geo.events.detect import detect_events

FRIDAY = date(2022, 1, 7)  # the publication date of every example


def _day(n: int) -> date:
    return date(2022, 1, n) if n > 0 else date(2021, 12, 31 + n)


def _ranges(text: str, reference: date | None = None) -> list[tuple[date, date | None]]:
    return [(m.date, m.last) for m in find_dates(text, FRIDAY, reference=reference)]


@pytest.mark.parametrize(("text", "first"), [
    ("Clashes over the past two days have left five dead in Dhaka.", 6),
    ("Over the past three days, riot police have arrested 200 people.", 5),
    ("In the last two days, police in Caracas detained 40 people.", 6),
    ("Hundreds have been arrested in the past week, activists said.", 1),
    ("The previous four nights saw looting across Durban.", 4),
    ("Dozens were hurt during the last several days of unrest in Quetta.", 5),
])
def test_the_past_days_run_to_publication(text, first):
    assert _ranges(text) == [(_day(first), FRIDAY)]


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Riots raged in Marseille for two nights from Saturday.", 1, 2),
    ("Looting went on in Kingston from Saturday for three days.", 1, 3),
    ("Strikes paralysed Lima for two days starting on Monday.", 3, 4),
    ("Crowds rallied in Tirana on both Saturday and Sunday.", 1, 2),
    ("Taxi drivers blocked roads in Nairobi over Tuesday and Wednesday.", 4, 5),
    ("Roads into Kumasi were blocked between Friday and Monday.", 0, 3),
    ("The strike ran from Monday through Wednesday.", 3, 5),
    ("Shops in Beirut stayed shut from Tuesday until Thursday.", 4, 6),
    ("Protests have continued since Monday in Santiago.", 3, 7),
    ("Violence flared in the townships throughout the week.", 3, 7),
    ("Roads around Yaounde were blocked Saturday through Monday.", 1, 3),
    ("Crowds gathered in Minsk on Friday, Saturday and Sunday.", 0, 2),
    ("Marches were held in Caracas on Monday, Tuesday, and Wednesday.", 3, 5),
    ("Farmers marched in Delhi on Friday and Saturday.", 0, 1),
    ("Protests have spread across Iraq since the weekend.", 1, 7),
    ("At least 40 people have died since the protests began on Tuesday.", 4, 7),
    ("Some 300 people have been held since the unrest erupted on Monday.", 3, 7),
    ("Police have arrested 90 people since the start of the week.", 3, 7),
])
def test_a_range_between_two_days_or_from_a_day(text, first, last):
    assert _ranges(text) == [(_day(first), _day(last))]


@pytest.mark.parametrize("text", [
    "Protests continued in Abuja for four days.",
    "Miners in Potosi have been on strike for four straight days.",
    "Four nights of rioting have shaken the suburbs of Lyon.",
])
def test_a_length_of_unrest_ends_on_the_storys_day(text):
    assert _ranges(text, reference=_day(6)) == [(_day(3), _day(6))]


def test_a_week_of_protests_is_a_range():
    assert _ranges("A week of protests has shaken Colombo.") == [(_day(1), FRIDAY)]


@pytest.mark.parametrize("text", [
    "The activist was detained for two days in Harare.",
    "A curfew was imposed on Bamako for three nights.",
    "The airport in Goma was closed for two days.",
    "A three-day curfew was declared in Kandy.",
])
def test_how_long_a_measure_lasts_is_no_range(text):
    assert all(last is None for _, last in _ranges(text, reference=_day(6)))


def test_two_days_in_a_list_of_events_stay_apart():
    assert _ranges("Clashes broke out on Monday, and a strike began on Tuesday.") == [
        (_day(3), None), (_day(4), None)]


def test_a_vague_length_dates_the_storys_day_loosely():
    [mention] = find_dates("Clashes went on for several days in Juba.", FRIDAY,
                           reference=_day(5))
    assert (mention.date, mention.last, mention.precision) == (_day(5), None, 2)


KORVA = Place("test:korva", "Korva", 10.0, 20.0, "city", country="ZZ")
DELMAR = Place("test:delmar", "Delmar", 11.0, 21.0, "city", country="ZZ")
TABLE = {"Korva": (KORVA, "named", "location", "city"),
         "Delmar": (DELMAR, "named", "location", "city")}
LEDE = "Riot police fired tear gas at protesters in Korva on Tuesday.\n\n"


def _in_delmar(text: str) -> set[tuple[date, int]]:
    parsed = FakeParser(TABLE)(text)
    return {(e.event_date, e.time_precision)
            for e in detect_events(text, parsed.mentions, None, FRIDAY)
            if e.location is not None and e.location.place == DELMAR}


@pytest.mark.parametrize("detail", [
    "The mayor said one more person died in Delmar.",
    "Police later said 40 people had been detained in Delmar.",
    "Witnesses said police opened fire on the crowd in Delmar.",
    "Clashes also broke out in Delmar, local media reported.",
    "In Delmar, protesters set fire to a police station, witnesses told reporters.",
    "The interior minister told parliament that rioters had looted shops in Delmar.",
])
def test_an_undated_detail_is_on_the_storys_day(detail):
    assert _in_delmar(LEDE + detail) == {(_day(4), 2)}


def test_overnight_after_the_lede_is_the_ledes_night():
    assert _in_delmar(LEDE + "Overnight, looters ransacked shops in Delmar.") == {
        (_day(4), 1)}
