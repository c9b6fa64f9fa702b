"""Issue 18 (session 9, second pass on places): a casualty sentence that names a
district the gazetteer lacks ("in the X district") is not moved to the story's city;
a body that tells its own plan ("unions in X said they would strike") plans it where
it sits. Invented places and fresh sentences."""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.sites import without_non_sites
from geo.pipeline import Parser

SUNDAY = date(2025, 6, 15)
MERAVIA = Place("test:MV", "Meravia", 10.0, 30.0, "country", country="MV")
TOLSK = Place("test:tol", "Tolsk", 10.5, 30.5, "city", country="MV", population=900_000,
              feature_code="PPLC")
KESTREL = Place("test:kes", "Kestrel", 9.2, 31.4, "city", country="MV", population=80_000)
TABLE = {
    "Meravia": (MERAVIA, "named", "location", "country"),
    "Tolsk": (TOLSK, "named", "location", "city"),
    "Kestrel": (KESTREL, "named", "location", "city"),
}


def _places(text: str, event_type: str, *, keep_all: bool = False) -> list[str | None]:
    parsed = FakeParser(TABLE)(text)
    events = detect_events(text, parsed.mentions, None, SUNDAY, keep_all=keep_all)
    return [e.location.place.name if e.location is not None and e.location.place else None
            for e in events if e.event_type == event_type]


# -- a district the gazetteer lacks ------------------------------------------------

@pytest.mark.parametrize("where", ["the Brannock district", "the Brannock District",
                                   "the Brannock province"])
def test_a_death_in_an_unknown_district_is_not_at_the_story_city(where):
    text = ("Thousands of people marched peacefully through Tolsk on Friday. On Saturday "
            f"soldiers shot dead four villagers in {where}, residents said.")
    assert "Tolsk" not in _places(text, "Violence against civilians")


def test_a_bearing_before_region_is_no_name_of_its_own():
    """"in the Northern region" is part of the country the story is in: it does not
    stop the story's city from placing the event as an unknown name would."""
    text = ("Riot police fired tear gas at marchers in Kestrel on Friday. Four people "
            "were shot dead in the Northern region on Saturday, police said.")
    assert None not in _places(text, "Violence against civilians") + \
        _places(text, "Protests")


# -- a body that tells its own plan ------------------------------------------------

def _role(text: str, name: str, role: str) -> str:
    parsed = FakeParser(TABLE)(text)
    mentions = [m if m.text != name else type(m)(m.start, m.end, m.text, m.kind, role,
                                                    m.place, m.precision, m.score)
                for m in parsed.mentions]
    return next(m for m in without_non_sites(text, mentions) if m.text == name).role


@pytest.mark.parametrize("text", [
    "Bus drivers' unions in Kestrel said they would walk out on Wednesday.",
    "Student groups in Kestrel said that they planned to march on Thursday.",
    "Farmers' associations in Kestrel threatened to block the highway next week.",
])
@pytest.mark.parametrize("read_as", ["location", "actor"])
def test_a_bodys_seat_is_where_its_own_plan_would_happen(text, read_as):
    assert _role(text, "Kestrel", read_as) == "location"


@pytest.mark.parametrize("text", [
    "Rights groups in Kestrel said police had beaten dozens of detainees.",
    "Teachers' unions in Kestrel urged the government to resume talks.",
])
def test_a_bodys_seat_is_still_no_site_when_it_speaks_of_others(text):
    assert _role(text, "Kestrel", "location") == "actor"


def test_the_plan_of_unions_in_a_town_is_placed_there():
    text = ("Thousands of people marched peacefully through Tolsk on Friday. Dock "
            "workers' unions in Kestrel said they would hold a general strike on Monday.")
    assert _places(text, "Protests", keep_all=True)[-1] == "Kestrel"


# -- the scene a sentence opens with (real parser: a clause of its own) --------------

@pytest.fixture(scope="module")
def parser(gazetteer, nlp) -> Parser:
    return Parser(gazetteer, nlp=nlp)


def _real_places(parser: Parser, text: str) -> set[str]:
    parsed = parser(text)
    return {e.location.place.name for e in detect_events(text, parsed.mentions,
                                                          parsed.sentences, SUNDAY)
            if e.location is not None}


def test_an_area_owning_a_building_does_not_move_the_event_out_of_the_opening_city(parser):
    text = ("In Guadalajara, protesters stormed the Casa Jalisco, the Jalisco governor's "
            "residence, and burned two cars on Friday.")
    assert _real_places(parser, text) == {"Guadalajara"}


def test_an_area_the_event_spreads_to_is_still_its_site(parser):
    text = ("In Guadalajara, protesters marched on Monday, and riots spread to Jalisco "
            "state later that night.")
    assert _real_places(parser, text) == {"Guadalajara", "Jalisco"}
