"""Issue 18, items 3 and 4 (session 9): which place an incident is at. A titled person's
name, an organisation's name, a visitor's whereabouts and a reference point ("40 km
north of X") are no incident sites; a home attacked is one; "the streets of the
capital" is the capital; a place the geoparser cannot find does not send its event to
another town, nor end a list of places. Invented places and fresh sentences."""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.sites import without_non_sites
from geo.pipeline import Parser
from geo.recognize import Candidate
from geo.resolve.roles import is_person_name, role_of

SUNDAY = date(2025, 6, 15)
MERAVIA = Place("test:MV", "Meravia", 10.0, 30.0, "country", country="MV")
TOLSK = Place("test:tol", "Tolsk", 10.5, 30.5, "city", country="MV", population=900_000,
              feature_code="PPLC")
DORVAN = Place("test:dor", "Dorvan", 11.5, 30.2, "city", country="MV", population=120_000)
KESTREL = Place("test:kes", "Kestrel", 9.2, 31.4, "city", country="MV", population=80_000)
OSSORY = Place("test:oss", "Ossory", 9.9, 29.1, "admin1", country="MV")
HALDEN = Place("test:hal", "Halden", 48.0, 2.0, "city", country="HX", population=2_000_000)
TABLE = {
    "Meravia": (MERAVIA, "named", "location", "country"),
    "Tolsk": (TOLSK, "named", "location", "city"),
    "Dorvan": (DORVAN, "named", "location", "city"),
    "Kestrel": (KESTREL, "named", "location", "city"),
    "Ossory": (OSSORY, "named", "location", "admin1"),
    "Halden": (HALDEN, "named", "location", "city"),
    "the capital": (TOLSK, "nominal", "location", "city"),
    "the streets": (DORVAN, "nominal", "location", "part_of_city"),
    # A name the geoparser took for a place but found in no gazetteer.
    "Varrowmere": (None, "named", "location", None),
}


def _events(text: str):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, SUNDAY)


def _places(events, event_type: str) -> list[str]:
    return [e.location.place.name for e in events
            if e.event_type == event_type and e.location is not None]


# -- reference points and places the gazetteer lacks --------------------------------

def test_a_reference_point_after_an_unknown_town_is_no_site():
    """"in X, 40 km north of Y": Y only says where X is, even when X is unknown; the
    event stays in the country (an honest area) rather than at Y."""
    text = ("Meravia has seen weeks of unrest. Gunmen shot dead three farmers in "
            "Varrowmere, about 40 km north of Dorvan, on Saturday.")
    events = _events(text)
    assert "Dorvan" not in _places(events, "Violence against civilians")
    assert all(e.geo_precision == 3 for e in events
               if e.event_type == "Violence against civilians")


def test_a_reference_point_before_a_where_clause_is_not_its_antecedent():
    text = ("Meravia has seen weeks of unrest. The worst damage was in Kestrel, 250 km "
            "south of the capital, where rioters burned a police station on Saturday.")
    assert _places(_events(text), "Riots") == ["Kestrel"]


def test_a_where_clause_keeps_its_town_over_a_country_named_in_it():
    """"in X, where crowds stormed the offices of Radio <country>": the town, not the
    country a broadcaster's name holds."""
    text = ("Trouble came on Saturday in Kestrel, where crowds stormed the studios of "
            "Radio Meravia and set them on fire.")
    assert "Meravia" not in _places(_events(text), "Riots")


def test_an_unplaced_place_in_a_list_does_not_end_the_list():
    text = ("Smaller rallies were held on Saturday in Dorvan, in the market town of "
            "Varrowmere and in Kestrel, witnesses said.")
    assert sorted(_places(_events(text), "Protests")) == ["Dorvan", "Kestrel"]


# -- no sites: visitors, bodies' names ------------------------------------------------

def test_where_a_visitor_is_is_no_site():
    text = ("Riot police fired tear gas at marchers in Tolsk on Saturday. The interior "
            "minister, who was attending a summit in Halden, said 40 people had been "
            "arrested.")
    assert "Halden" not in _places(_events(text), "Strategic developments")


def test_a_region_opening_an_organisations_name_is_no_site():
    text = ("Protests continued in Dorvan on Saturday. Police arrested 14 members of the "
            "Ossory Farmers Union on Sunday.")
    assert _places(_events(text), "Strategic developments") == ["Dorvan"]


# -- homes ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rioters set fire to the senator's family home in Kestrel on Saturday.",
    "The activist was detained at her home in Kestrel before dawn.",
])
def test_a_home_attacked_or_raided_is_the_site(text):
    start = text.index("Kestrel")
    role = role_of(text, Candidate(start, start + 7, "Kestrel", "named", "Kestrel"), KESTREL)
    assert role == "location"


def test_where_someone_lives_is_still_a_home():
    text = "The opposition leader, who lives in Halden, called for a strike."
    start = text.index("Halden")
    role = role_of(text, Candidate(start, start + 6, "Halden", "named", "Halden"), HALDEN)
    assert role == "residence"


# -- nominal phrases made precise -----------------------------------------------------

def test_the_streets_of_the_capital_are_the_capital():
    """"the streets" alone reads as the last city named (Dorvan here); followed by
    "of the capital" it is the capital."""
    text = ("The singer was buried in Dorvan on Friday. On Saturday thousands of "
            "mourners marched onto the streets of the capital and clashed with police.")
    events = _events(text)
    assert "Dorvan" not in _places(events, "Riots") + _places(events, "Protests")


# -- person names ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Prime Minister Kestrel Adebayo resigned. Kestrel, who took office in 2020, "
     "blamed the opposition.", "Kestrel"),
    ("President Ana Luisa Dorvan da Costa met ministers. Dorvan later toured the "
     "damaged square.", "Dorvan"),
])
def test_a_titled_persons_name_alone_is_that_person(text, word):
    start = text.index(word, text.index(word) + 1)
    assert is_person_name(text, start, start + len(word))
    role = role_of(text, Candidate(start, start + len(word), word, "named", word), DORVAN)
    assert role == "actor"


def test_a_persons_name_after_a_preposition_of_place_is_the_place():
    text = "Governor Paul Kestrel visited the flood zone. Police fired tear gas in Kestrel."
    start = text.rindex("Kestrel")
    assert not is_person_name(text, start, start + len("Kestrel"))


# -- "the capital", with the real gazetteer -------------------------------------------

@pytest.fixture(scope="module")
def parser(gazetteer, nlp) -> Parser:
    return Parser(gazetteer, nlp=nlp)


def test_the_capital_is_of_the_country_the_report_is_about(parser):
    """A country named last in passing (a trading partner) does not own "the capital"
    of a report about another country."""
    text = ("BANGKOK — Thousands of students rallied in Bangkok, Chiang Mai and Khon Kaen "
            "on Saturday against the Thai government. Thailand's exports to Japan fell "
            "for a third month. Police said they would not impose a curfew in the "
            "capital.")
    capital = next(m for m in parser(text).mentions if m.text == "the capital")
    assert capital.place is not None and capital.place.name == "Bangkok"


# -- phrases referring back -----------------------------------------------------------

def test_the_town_after_an_unknown_town_is_not_the_reference_point():
    text = ("Meravia has seen weeks of unrest. Rioters burned a bus in Varrowmere, north "
            "of the capital, on Saturday. Another man was shot dead in the town.")
    events = _events(text)
    assert "Tolsk" not in [e.location.place.name for e in events if e.location]


def test_the_port_city_of_x_is_x():
    text = ("Riots broke out in Tolsk on Saturday. Two more people were killed in the "
            "port city of Kestrel on Sunday.")
    sunday = [e for e in _events(text) if e.event_date == SUNDAY]
    assert [e.location.place.name for e in sunday] == ["Kestrel"]


def test_where_a_speaker_speaks_from_is_no_site():
    text = ("The exiled opposition leader, speaking from Halden, called for a general "
            "strike, and thousands marched in Tolsk on Saturday.")
    parsed = FakeParser(TABLE)(text)
    halden = next(m for m in without_non_sites(text, parsed.mentions) if m.text == "Halden")
    assert halden.role == "actor"
