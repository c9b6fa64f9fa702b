"""Session 21, mends (helper mends): English classes a reviewer found on fresh reports.

1. A crowd of workers that fights coast guards, border guards or police ("clashed with
   coast guards", "fought running battles with police", "battled riot police") riots;
   armed men who do so fight a battle.
2. A deployment told after the main event with "there" ("soldiers were sent there",
   "the army sent two platoons there") is a second event at the same place; "there" after
   "at X in <country>" is X, not the country.
3. "The capital of <country>" is that country's capital city.
4. A road named by where it leads ("the highway to Y") is no site, and "35 km from Y"
   only locates.
5. A city of the report's own country outranks a foreign country read by a shortened
   name ("Salvador" in a report on Brazil).
6. "There" after "In X, on the Y coast" is X; police who tell their own arrests ("police
   in X said they had arrested 42") made them in X.

The event sentences are made up and their towns invented; the resolver's sentences name
real places."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from placed_mentions import mentions_at, occurred_kinds, rows_at_towns, town

from gazetteer.place import Place
from geo.events import places
from geo.events.detect import detect_events
from geo.events.scope import parse_sentence
from geo.extract import extract_incidents
from geo.model import Document, Mention

WEDNESDAY = date(2024, 11, 6)

needs_parser = pytest.mark.skipif(parse_sentence("Two men were held.") is None,
                                  reason="no spaCy model")


_rows = partial(rows_at_towns, published=WEDNESDAY)
_kinds = occurred_kinds


# --- 1. a crowd of workers against the forces ---------------------------------------

@needs_parser
@pytest.mark.parametrize("text", [
    "Fishermen clashed with coast guards in Olvesk on Monday after boats were seized.",
    "Taxi drivers fought running battles with police in Olvesk on Monday.",
    "Hundreds of miners battled riot police in Olvesk on Monday.",
    "Dockers fought police in Olvesk on Monday over the new port rules.",
    "Smugglers' porters clashed with border guards in Olvesk on Monday.",
    "Clashes between fishermen and the coast guard left five people hurt in Olvesk.",
    "Taxi drivers and police fought pitched battles in Olvesk on Monday.",
    "Street battles between motorcycle taxi drivers and police broke out in Olvesk.",
    "Vendors clashed with municipal guards in Olvesk on Monday.",
])
def test_a_crowd_of_workers_that_fights_the_forces_riots(text):
    kinds = _kinds(_rows(text, "Olvesk"))
    assert ("Riots", "Violent demonstration") in kinds
    assert not any(kind == "Battles" for kind, _ in kinds)


@needs_parser
@pytest.mark.parametrize("text", [
    "Gunmen battled troops in Olvesk on Monday.",
    "Rebels fought running battles with soldiers in Olvesk on Monday.",
    "Smugglers exchanged fire with border guards in Olvesk on Monday.",
    "Clashes between rebels and the army killed five people in Olvesk on Monday.",
])
def test_armed_men_who_fight_the_forces_fight_a_battle(text):
    assert ("Battles", "Armed clash") in _kinds(_rows(text, "Olvesk"))


def test_a_blaze_battled_is_no_event():
    assert not _kinds(_rows("Firefighters battled a blaze in Olvesk on Monday.", "Olvesk"))


# --- 2. a second event told with "there" -------------------------------------------

@needs_parser
@pytest.mark.parametrize("second", [
    "Soldiers were sent there on Tuesday to guard the harbour.",
    "The army sent two platoons there on Tuesday to guard the depot.",
    "Troops were rushed there on Tuesday.",
])
def test_a_deployment_sent_there_is_a_second_event_at_the_place(second):
    text = "Fishermen clashed with police in Olvesk on Monday. " + second
    rows = [r for r in _rows(text, "Olvesk") if r.subtype == "troop_deployment"]
    assert [(r.location.place.name, r.event_date) for r in rows] == [
        ("Olvesk", date(2024, 11, 5))]


@needs_parser
def test_there_after_a_town_in_its_country_is_the_town():
    text = ("Fishermen clashed with police at Olvesk in Ruritania on Tuesday. Troops were "
            "sent there the same evening, and 17 fishermen were detained overnight.")
    rows = [r for r in _rows(text, "Olvesk", country=True)
            if r.event_type == "Strategic developments"]
    assert {r.location.place.name for r in rows} == {"Olvesk"}


def test_there_after_a_country_alone_is_the_country():
    text = "Protests spread across Ruritania on Monday. Troops were deployed there on Tuesday."
    rows = [r for r in _rows(text, country=True) if r.subtype == "troop_deployment"]
    assert [r.location.place.name for r in rows] == ["Ruritania"]


# --- 4. a road's far end, a distance ---------------------------------------------------

@needs_parser
def test_the_far_end_of_a_road_is_no_site_for_there():
    text = ("In Olvesk, riders blocked the highway to Brenmark for several hours on Monday. "
            "Police rounded up 30 riders there on Tuesday.")
    rows = [r for r in _rows(text, "Olvesk", "Brenmark")
            if r.sub_event_type == "Arrests"]
    assert [r.location.place.name for r in rows] == ["Olvesk"]


def test_a_distance_from_a_place_only_locates():
    text = "Trouble spread to Olvesk, 35 km from Brenmark, on Wednesday."
    start = text.index("Brenmark")
    mention = Mention(start, start + len("Brenmark"), "Brenmark", place=town("Brenmark"))
    assert places.locates_only(text, mention)


# --- 3 and 5. the resolver -------------------------------------------------------------

def _placed(parser, text: str, published: date = WEDNESDAY) -> dict:
    parsed = parser(Document(text, published=published, language="en"))
    return {m.text: m.place for m in parsed.mentions}


@pytest.mark.parametrize(("text", "country", "city"), [
    ("Drivers fought running battles with police in the capital of Togo on Wednesday.",
     "TG", "Lomé"),
    ("In the capital of Lebanon, several hundred people marched to parliament.",
     "LB", "Beirut"),
])
def test_the_capital_of_a_country_is_its_city(real_parser, text, country, city):
    place = _placed(real_parser, text)["the capital"]
    assert (place.name, place.country, place.kind) == (city, country, "city")


def test_the_capital_of_a_state_is_not_a_country_s(real_parser):
    place = _placed(real_parser, "Columbus, the capital of Ohio, was calm on Monday.").get(
        "the capital")
    assert place is None or place.country == "US"


@needs_parser
def test_an_event_in_the_capital_of_a_country_is_in_its_city(real_parser):
    text = ("Motorcycle-taxi drivers fought running battles with police in the capital of "
            "Togo on Wednesday, a day after the price of petrol went up.")
    parsed = real_parser(Document(text, published=WEDNESDAY, language="en"))
    rows = extract_incidents(parsed, published=WEDNESDAY)
    assert [(r.event_type, r.location.place.name) for r in rows] == [("Riots", "Lomé")]


def test_a_city_of_the_report_s_country_outranks_a_shortened_country(real_parser):
    text = ("Brazilian police fired tear gas at protesters in Rio de Janeiro on Monday. "
            "Thousands of people also marched through the centre of Salvador on Thursday.")
    place = _placed(real_parser, text)["Salvador"]
    assert (place.kind, place.country) == ("city", "BR")


def test_a_shortened_country_stays_without_a_city_of_the_report_s_country(real_parser):
    text = ("Police in Houston, Texas, arrested 20 people on Monday. Relatives in "
            "Salvador said they had lost touch with them.")
    assert _placed(real_parser, text)["Salvador"].country != "US"


@needs_parser
def test_there_after_a_town_on_a_coast_is_the_town():
    text = ("In Olvesk, on the Caribbean coast, crowds broke into supermarkets on Friday. "
            "Police arrested 52 people there.")
    coast = Place("t:caribbean", "Caribbean", 15.0, -75.0, "region", "")
    found = mentions_at(text, {"Olvesk": town("Olvesk"), "Caribbean": coast})
    rows = [r for r in detect_events(text, found, None, WEDNESDAY, keep_all=True,
                                     language="en") if r.sub_event_type == "Arrests"]
    assert [r.location.place.name for r in rows] == ["Olvesk"]


@needs_parser
def test_police_who_tell_their_own_arrests_made_them_in_their_town():
    text = ("Protesters burned a county office in Brenmark on Tuesday night. Police in "
            "Olvesk said they had arrested 42 people overnight for looting shops.")
    found = [m if m.text != "Olvesk" else Mention(m.start, m.end, m.text, role="actor",
                                                  place=m.place)
             for m in mentions_at(text, {"Olvesk": town("Olvesk"),
                                         "Brenmark": town("Brenmark")})]
    rows = [r for r in detect_events(text, found, None, WEDNESDAY, keep_all=True,
                                     language="en") if r.sub_event_type == "Arrests"]
    assert [r.location.place.name for r in rows] == ["Olvesk"]


def test_police_who_only_speak_in_a_town_name_no_site_there():
    text = ("Protesters burned a county office in Brenmark on Tuesday night. Police in "
            "Olvesk said the looters had fled.")
    found = [m if m.text != "Olvesk" else Mention(m.start, m.end, m.text, role="actor",
                                                  place=m.place)
             for m in mentions_at(text, {"Olvesk": town("Olvesk"),
                                         "Brenmark": town("Brenmark")})]
    rows = detect_events(text, found, None, WEDNESDAY, keep_all=True, language="en")
    assert "Olvesk" not in {r.location.place.name for r in rows if r.location}
