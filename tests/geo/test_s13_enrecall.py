"""Session 13, English incident recall and false rows: clashes typed by who fights,
no fight where nobody fights, deaths by natural disasters, arriving troops, past years
and decades, a crowd far from its verb, protest camps taken down, lists with asides,
and a crowd's clash with police as one riot. Fresh sentences of an invented country."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser, detected, located_at

from gazetteer.place import Place
from geo.events.detect import detect_events

MONDAY = date(2024, 3, 4)
LAND = Place("test:VV", "Veland", 20.0, 20.0, "country", country="VV")
HARBOUR = Place("test:harbour", "Kestrow", 21.0, 21.0, "city", country="VV",
                population=300_000)
MILLTOWN = Place("test:mill", "Brannock", 22.0, 20.5, "city", country="VV",
                 population=60_000)
UPLAND = Place("test:up", "Tarvale", 19.0, 19.0, "city", country="VV", population=30_000)
TABLE = {
    "Veland": (LAND, "named", "location", "country"),
    "Kestrow": (HARBOUR, "named", "location", "city"),
    "Brannock": (MILLTOWN, "named", "location", "city"),
    "Tarvale": (UPLAND, "named", "location", "city"),
}


def _events(text, keep_all=False):
    return detected(text, TABLE, MONDAY, keep_all=keep_all)



def test_clashes_in_a_report_of_protests_naming_no_armed_group_are_a_riot():
    text = ("Nurses marched through Brannock on Monday to demand back pay. "
            "Clashes broke out later near the hospital in Brannock.")
    events = _events(text)
    assert located_at(events, MILLTOWN) and all(e.event_type != "Battles" for e in events)


def test_clashes_with_gunmen_stay_an_armed_clash():
    text = ("Nurses marched through Brannock on Monday. In Tarvale, gunmen clashed "
            "with soldiers for two hours on Monday.")
    assert any(e.event_type == "Battles" for e in located_at(_events(text), UPLAND))


def test_a_clash_where_nobody_fights_is_no_event():
    text = ("The clash between the two sides in Kestrow on Monday was billed as a "
            "battle between the league's two best bowling attacks, and the visitors "
            "shot out their hosts for 120.")
    assert _events(text) == []


def test_deaths_told_with_a_cyclone_as_their_cause_are_no_incident():
    text = ("Teachers marched in Kestrow on Monday. The north was hit last month by "
            "a cyclone, which killed 40 people around Tarvale.")
    assert located_at(_events(text), UPLAND) == []


def test_troops_arriving_are_a_deployment():
    text = "Foreign troops began arriving in Veland on Monday at the president's request."
    assert any(e.subtype == "troop_deployment" for e in _events(text))


def test_a_past_year_with_its_month_makes_background():
    text = "The riots of March 2011 in Kestrow are still remembered by the city's traders."
    assert _events(text) == []


def test_years_after_makes_background():
    text = "Ten years after protests toppled the government in Kestrow, the port is calm."
    assert _events(text) == []


def test_a_toll_in_a_clause_on_a_past_decade_is_background():
    text = ("Officials cite the war of the 1990s, in which 50,000 people died around "
            "Tarvale, as a reason for caution.")
    assert _events(text) == []


def test_a_crowd_far_from_its_verb_still_protests():
    text = ("Thousands of demonstrators, many of them teachers brought in by bus from "
            "the northern provinces, gathered in Brannock on Monday.")
    assert any(e.event_type == "Protests" for e in located_at(_events(text), MILLTOWN))


def test_a_festive_crowd_far_from_its_verb_is_none():
    text = ("Thousands of supporters, many of them waving flags of the national team, "
            "gathered in Brannock on Monday to celebrate the victory.")
    assert _events(text) == []


def test_dismantling_a_protest_camp_is_an_intervention():
    text = "Police dismantled a two-week-old protest camp in Kestrow on Monday."
    assert [e.sub_event_type for e in located_at(_events(text), HARBOUR)] == [
        "Protest with intervention"]


def test_a_list_goes_on_past_an_aside_and_a_source_at_the_end():
    text = ("Peaceful marches were held on Monday in Kestrow, on the coast, and in "
            "Tarvale, local radio said.")
    events = _events(text)
    assert located_at(events, HARBOUR) and located_at(events, UPLAND)


def test_a_clash_with_police_in_the_clause_of_the_dispersal_is_one_riot():
    text = ("Police fired tear gas at protesters outside the town hall in Brannock on "
            "Monday in clashes that lasted into the night.")
    assert [e.event_type for e in located_at(_events(text), MILLTOWN)] == ["Riots"]


def test_a_dispersal_told_after_the_riot_in_its_own_sentence_is_that_riot():
    text = ("In Tarvale, youths hurled stones at the police station on Monday, and "
            "police fired tear gas to push them back.")
    assert [e.event_type for e in located_at(_events(text), UPLAND)] == ["Riots"]


def test_an_arrest_told_as_a_habit_is_no_event():
    text = ("The opposition leader, who has been arrested several times in Kestrow since "
            "he entered politics, spoke to supporters on Monday.")
    assert [e for e in _events(text) if e.sub_event_type == "Arrests"] == []


def test_a_continent_is_no_incident_site():
    continent = Place("test:cont", "Westrica", 0.0, 0.0, "region", country="",
                      feature_code="CONT")
    table = dict(TABLE, Westrica=(continent, "named", "location", "region"))
    text = "A curfew was imposed on Monday in Westrica's smallest kingdom, Veland."
    parsed = FakeParser(table)(text)
    events = detect_events(text, parsed.mentions, None, MONDAY)
    assert events and all(e.location.place != continent for e in events)


def test_riots_at_one_place_on_one_day_told_twice_are_one_row():
    text = ("Rioters set fire to the customs office in Kestrow on Monday. Later, youths "
            "hurled stones at police near the harbour in Kestrow on Monday.")
    assert [e.event_type for e in located_at(_events(text), HARBOUR)] == ["Riots"]


def test_a_clock_time_ending_a_sentence_ends_it():
    text = ("Veland's government imposed a dusk-to-dawn curfew across the country on "
            "Monday and ordered shops to close at 3 p.m. Troops were deployed in Kestrow "
            "and Tarvale on Tuesday.")
    parsed = FakeParser(TABLE)(text)
    # as the sentence splitter reads it: "a.m." taken for an abbreviation, one sentence
    events = detect_events(text, parsed.mentions, [(0, len(text))], MONDAY)
    curfews = [e for e in events if e.subtype == "curfew"]
    assert [e.location.place for e in curfews] == [LAND]


def test_a_police_force_named_for_its_area_is_no_site():
    county = Place("test:county", "Dunmoor", 21.5, 22.5, "admin2", country="VV")
    table = dict(TABLE, Dunmoor=(county, "named", "location", "admin2"))
    text = ("Rioters attacked a hostel in Kestrow on Monday. Two officers were injured "
            "there, Dunmoor Police said.")
    parsed = FakeParser(table)(text)
    events = detect_events(text, parsed.mentions, None, MONDAY)
    assert located_at(events, HARBOUR) and not located_at(events, county)


def test_a_police_station_named_for_its_town_is_a_site():
    text = "Rioters set fire to the Brannock Police Station on Monday."
    assert located_at(_events(text), MILLTOWN)


def test_a_movements_marches_described_by_a_copula_are_no_new_event():
    text = ("The movement was born in Kestrow a decade ago. Its weekly marches were "
            "famous for their calm, and its leaders were invited to talks.")
    assert [e for e in _events(text) if e.event_type == "Protests"] == []
