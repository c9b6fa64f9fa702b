"""Issue 18, items 1, 3 and 7: the city a story is in is not one it lists in passing; a
bare foreign name is no site; protests and riots told without the usual trigger words;
a casualty report placed from context is no second event. Invented places."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events

FRIDAY = date(2025, 11, 14)
KALDOR = Place("test:KA", "Kaldoria", 5.0, 5.0, "country", country="KA")
MERRIN = Place("test:mer", "Merrinvale", 5.1, 5.1, "city", country="KA",
               feature_code="PPLC", population=1_000_000)
TOLL = Place("test:tol", "Tolbridge", 6.0, 4.0, "city", country="KA", population=80_000)
ASHER = Place("test:ash", "Ashcombe", 4.0, 6.0, "city", country="KA", population=70_000)
FOREIGN = Place("test:for", "Vesk", 60.0, 15.0, "city", country="FO", population=9_000)
TABLE = {
    "Kaldoria": (KALDOR, "named", "location", "country"),
    "Merrinvale": (MERRIN, "named", "location", "city"),
    "Tolbridge": (TOLL, "named", "location", "city"),
    "Ashcombe": (ASHER, "named", "location", "city"),
    "Vesk": (FOREIGN, "named", "location", "city"),
}


def _events(text):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, FRIDAY)


def test_cities_listed_in_passing_do_not_become_the_story_city():
    text = ("Riot police fired tear gas at crowds in Merrinvale on Thursday. Smaller "
            "marches were held in Tolbridge and Ashcombe. Later, officers detained "
            "sixty people near the parliament.")
    arrests = next(e for e in _events(text) if e.sub_event_type == "Arrests")
    assert arrests.location.place == MERRIN


def test_a_bare_foreign_name_is_no_site_but_a_stated_one_is():
    text = ("Supporters of the Vesk movement rallied in Merrinvale on Thursday. "
            "Exiles marched in Vesk on Thursday.")
    places = {e.location.place for e in _events(text) if e.event_type == "Protests"}
    assert places == {MERRIN, FOREIGN}


def test_a_crowd_trying_to_storm_a_building_is_a_riot():
    text = "Hundreds of protesters tried to storm the governor's office in Tolbridge."
    assert [e.event_type for e in _events(text)] == ["Riots"]


def test_people_gathering_to_demand_something_is_a_protest():
    text = ("Teachers gathered outside the ministry in Merrinvale on Thursday to demand "
            "their unpaid wages.")
    assert [e.event_type for e in _events(text)] == ["Protests"]


def test_a_casualty_report_placed_from_context_is_no_second_event():
    text = ("Rioters hurled stones at police in Tolbridge on Thursday, and three "
            "people were killed. The mayor said one more person had died of wounds "
            "on Thursday.")
    riots = [e for e in _events(text) if e.event_type == "Riots"]
    assert len(riots) == 1


def test_clashes_where_protesters_threw_stones_are_a_riot():
    text = ("Clashes broke out on Thursday in Tolbridge and Ashcombe, where protesters "
            "threw stones at the town halls.")
    types = {(e.event_type, e.location.place) for e in _events(text)}
    assert ("Riots", TOLL) in types and ("Riots", ASHER) in types
    assert not any(t == "Battles" for t, _ in types)


def test_clashes_with_gunmen_named_stay_a_battle():
    text = ("Clashes broke out on Thursday in Tolbridge between soldiers and gunmen, "
            "as protesters fled the market.")
    assert "Battles" in {e.event_type for e in _events(text)}


def test_soldiers_who_arrive_and_fire_into_a_crowd_are_the_shooting_only():
    text = ("Crowds marched in Merrinvale on Thursday. Soldiers arrived at dusk and "
            "fired into the crowd.")
    kinds = {(e.event_type, e.sub_event_type) for e in _events(text)}
    assert ("Protests", "Excessive force against protesters") in kinds
    assert ("Strategic developments", "Other") not in kinds


def test_a_detail_with_no_place_or_date_of_its_own_is_the_event_told_before():
    text = ("Soldiers opened fire on marchers in Tolbridge on Thursday. Witnesses said "
            "the soldiers opened fire on the marchers without warning.")
    force = [e for e in _events(text)
             if e.sub_event_type == "Excessive force against protesters"]
    assert len(force) == 1 and force[0].location.place == TOLL
    assert len(force[0].evidence) == 2


def test_a_curfew_imposed_then_extended_is_one_measure_from_its_first_day():
    text = ("The government imposed a curfew in Merrinvale on Wednesday after riots. "
            "The curfew in Merrinvale was extended on Thursday.")
    curfews = [e for e in _events(text) if e.subtype == "curfew"]
    assert len(curfews) == 1 and curfews[0].event_date == date(2025, 11, 12)


def test_the_place_a_statement_is_made_at_is_no_site():
    text = ("Rioters burned cars in Tolbridge on Thursday. The president, speaking on "
            "Friday at the Ashcombe palace, said the protests were organised abroad.")
    assert {e.location.place for e in _events(text)} == {TOLL}


def test_the_streets_of_a_named_city_are_that_city():
    text = ("Riots broke out in Ashcombe on Wednesday. Soldiers were deployed on the "
            "streets of Merrinvale on Thursday.")
    table = dict(TABLE, **{"the streets": (ASHER, "nominal", "location", "city")})
    parsed = FakeParser(table)(text)
    deployment = next(e for e in detect_events(text, parsed.mentions, None, FRIDAY)
                      if e.subtype == "troop_deployment")
    assert deployment.location.place == MERRIN


def test_a_killing_by_rioters_is_their_riot_whoever_died():
    text = ("Students marched in Tolbridge on Wednesday. A militia member was killed by "
            "rioters in Tolbridge on Thursday.")
    killed = [e for e in _events(text) if e.event_date == date(2025, 11, 13)]
    assert [e.event_type for e in killed] == ["Riots"]


def test_crowds_breaking_through_gates_and_troops_ordered_onto_streets():
    text = ("Demonstrators broke through the gates of the assembly in Tolbridge on "
            "Thursday, and the president ordered soldiers onto the streets of Tolbridge.")
    kinds = {(e.event_type, e.subtype) for e in _events(text)}
    assert ("Riots", "") in kinds and ("Strategic developments", "troop_deployment") in kinds


def test_an_event_of_another_year_at_the_same_place_is_another_event():
    text = ("Students rallied in Tolbridge on Thursday. Police fired tear gas to disperse "
            "them. On May 3, 2015, police had fired on marchers in Tolbridge, killing "
            "nine people.")
    years = sorted(e.event_date.year for e in _events(text) if e.event_type == "Protests")
    assert years == [2015, 2025]


def test_gunmen_who_were_killed_are_no_gunmen_attack():
    text = ("Four soldiers and six gunmen had been killed in a shootout in Ashcombe on "
            "Thursday.")
    assert "Violence against civilians" not in {e.event_type for e in _events(text)}


def test_gunmen_blocking_roads_with_burning_vehicles_destroy_property():
    text = "Gunmen blocked roads with burning vehicles in Ashcombe on Thursday."
    assert [e.subtype for e in _events(text)] == ["arson"]


def test_a_city_named_as_a_reference_point_is_no_story_city():
    text = ("Rebels raided an army post in Ashcombe, a farming town some 45 kilometres "
            "south of the provincial capital, Merrinvale, early on Thursday. Soldiers "
            "seized dozens of rifles.")
    seized = next(e for e in _events(text) if e.sub_event_type == "Disrupted weapons use")
    assert seized.location.place == ASHER


def test_an_attempt_to_arrest_is_no_arrest():
    text = "Police made an attempt to arrest the mayor in Ashcombe on Thursday."
    assert not [e for e in _events(text) if e.sub_event_type == "Arrests"]


def test_a_running_death_toll_is_no_incident():
    text = ("Riots broke out in Tolbridge on Thursday. The rights commission said the "
            "death toll from the unrest since March had risen to 31 across the country.")
    assert [e.event_type for e in _events(text)] == ["Riots"]


def test_a_death_toll_that_rose_when_people_were_killed_keeps_the_killing():
    text = ("The death toll rose sharply on Thursday, when soldiers killed four gunmen in "
            "Ashcombe.")
    assert _events(text)


def test_a_city_and_the_region_it_lies_in_are_no_list():
    table = dict(TABLE, **{"Greyfen": (Place("test:grey", "Greyfen", 5.5, 5.5, "admin1",
                                             country="KA"), "named", "location",
                                       "admin1")})
    text = ("Rioters burned cars near the station of Tolbridge, in the northern region "
            "of Greyfen, on Thursday.")
    parsed = FakeParser(table)(text)
    places = {e.location.place.name
              for e in detect_events(text, parsed.mentions, None, FRIDAY)}
    assert places == {"Tolbridge"}


def test_police_who_tried_to_detain_someone_made_no_arrest():
    text = "Police tried to detain the union leader in Ashcombe on Thursday."
    assert not [e for e in _events(text) if e.sub_event_type == "Arrests"]
