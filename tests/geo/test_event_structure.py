"""Issue 18, items 1, 3, 4 and 6: lists of places, coreference of places, counts per
incident and places that are no sites, on hand-built mentions of an invented country."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser, detected, located_at

from gazetteer.place import Place
from geo.events.detect import detect_events

MONDAY = date(2024, 3, 4)
LAND = Place("test:ZZ", "Zedland", 10.0, 10.0, "country", country="ZZ")
CAPITAL = Place("test:cap", "Carbury", 10.0, 11.0, "city", country="ZZ",
                feature_code="PPLC", population=900_000)
PORT = Place("test:port", "Saltmouth", 11.0, 12.0, "city", country="ZZ",
             population=200_000)
TOWN = Place("test:town", "Fernley", 12.0, 10.5, "city", country="ZZ",
             population=40_000)
HILLS = Place("test:hills", "Oakridge", 9.0, 9.0, "city", country="ZZ",
              population=30_000)
PROVINCE = Place("test:prov", "Upper Marsh", 11.5, 11.5, "admin1", country="ZZ")
ABROAD = Place("test:abroad", "Lindow", 50.0, 0.0, "city", country="YY")
TABLE = {
    "Zedland": (LAND, "named", "location", "country"),
    "Carbury": (CAPITAL, "named", "location", "city"),
    "Saltmouth": (PORT, "named", "location", "city"),
    "Fernley": (TOWN, "named", "location", "city"),
    "Oakridge": (HILLS, "named", "location", "city"),
    "Upper Marsh": (PROVINCE, "named", "location", "admin1"),
    "Lindow": (ABROAD, "named", "location", "city"),
    "the capital": (CAPITAL, "nominal", "location", "city"),
    "Marshton": (Place("test:marsh", "Marshton", 11.6, 11.4, "admin1", country="ZZ",
                       admin1="Marshton"),
                 "named", "location", "admin1"),
}


def _events(text, keep_all=False):
    return detected(text, TABLE, MONDAY, keep_all=keep_all)



def test_a_list_with_repeated_prepositions_gives_one_incident_per_place():
    text = ("Police fired on protesters in the capital Carbury and in the northern "
            "town of Fernley on Sunday.")
    events = _events(text)
    assert located_at(events, CAPITAL) and located_at(events, TOWN)


def test_a_list_one_clause_after_the_trigger_is_still_one_row_per_place():
    text = ("Protests went on for a second day, with crowds out in Saltmouth, "
            "Fernley and Oakridge.")
    events = _events(text)
    assert all(located_at(events, p) for p in (PORT, TOWN, HILLS))


def _counts(event):
    return (event.counts.fatalities, event.counts.injured, event.counts.arrested)


def test_a_count_per_place_gives_each_place_its_own_count():
    text = ("Clashes broke out on Sunday; five people were killed in Saltmouth and "
            "three in the Carbury suburb of Fernley, the red cross said.")
    events = _events(text)
    assert _counts(located_at(events, PORT)[0])[0] == 5
    assert _counts(located_at(events, TOWN)[0])[0] == 3
    assert not any(e.counts.fatalities == 8 for e in events)


def test_casualties_told_in_the_next_sentence_join_the_event_before():
    text = ("Police fired tear gas at protesters in Fernley on Sunday. "
            "One man was killed and 40 people were injured, the hospital said.")
    events = _events(text)
    assert len(events) == 1
    assert _counts(events[0])[:2] == (1, 40)


def test_casualties_of_another_kind_of_victim_stay_apart():
    text = ("Gunmen clashed with troops in Zedland on Sunday, leaving 12 fighters dead. "
            "The army reported 4 killed in its ranks.")
    events = _events(text)
    assert sorted(e.counts.fatalities for e in events) == [4, 12]


def test_a_town_counted_later_in_the_report_keeps_one_row():
    text = ("Soldiers opened fire on protesters in Saltmouth and Fernley on Sunday. "
            "Officials met in Carbury. "
            "Six people were killed in Fernley, a doctor said.")
    events = located_at(_events(text), TOWN)
    assert len(events) == 1 and events[0].counts.fatalities == 6


def test_the_city_and_there_refer_back_to_the_last_town_named():
    text = ("Thousands marched in Fernley on Sunday. Officials met in Upper Marsh. "
            "Later, rioters set fire to cars in the city.")
    riot = next(e for e in _events(text) if e.event_type == "Riots")
    assert riot.location.place == TOWN and riot.location.text == "the city"
    assert riot.geo_precision == 1
    text = "Protesters gathered in Saltmouth on Sunday. Police arrested 12 people there."
    arrests = next(e for e in _events(text) if e.sub_event_type == "Arrests")
    assert arrests.location.place == PORT and arrests.location.text == "there"


def test_existential_there_is_no_place():
    text = "Protesters gathered in Saltmouth. In Zedland there were clashes on Sunday."
    # A report of protest naming no armed group: its clashes are a riot (session 13).
    clash = next(e for e in _events(text) if e.event_type == "Riots")
    assert clash.location.place == LAND


def test_the_outskirts_of_the_city_are_part_of_it_and_the_region_is_an_area():
    text = ("Crowds rallied in Oakridge on Sunday. Two policemen were found dead on the "
            "outskirts of the city.")
    weak = [e for e in _events(text) if e.counts.fatalities == 2]
    assert weak and weak[0].location.place == HILLS and weak[0].geo_precision == 2
    text = ("A curfew was declared in Upper Marsh on Sunday. Troops were deployed "
            "across the region.")
    deployed = next(e for e in _events(text) if e.subtype == "troop_deployment")
    assert deployed.location.place == PROVINCE and deployed.geo_precision == 3


def test_a_place_set_in_the_city_by_apposition_is_not_the_city():
    text = ("Riots broke out in Carbury on Sunday. A bank in Fernley, in the north of "
            "the city, was set on fire.")
    arson = next(e for e in _events(text) if e.subtype == "arson")
    assert arson.location.place in (TOWN, CAPITAL)
    references = [e for e in _events(text) if e.location.text == "the city"]
    assert all(e.location.place == CAPITAL for e in references)


def test_police_hurt_in_unrest_with_no_armed_group_are_the_riot():
    text = ("Protesters marched in Saltmouth on Sunday. Officials met in Carbury. "
            "Officials met again in Lindow. Nine police officers were injured in "
            "Fernley, the ministry said.")
    hurt = next(e for e in _events(text) if e.counts.injured == 9)
    assert hurt.event_type == "Riots"


def test_bases_speakers_places_and_destinations_are_no_sites():
    text = ("Riot police fired tear gas at protesters in Saltmouth on Sunday. "
            "A Lindow-based rights group condemned the violence. "
            "Rights groups in Lindow and Carbury urged an inquiry into the deaths. "
            "The opposition leader said in a video recorded in Lindow that she had "
            "fled to Carbury before her arrest.")
    events = _events(text, keep_all=True)
    assert events and not located_at(events, ABROAD)
    assert not any(e.location.text == "Carbury" for e in events)


def test_an_event_named_only_as_the_time_of_another_is_background():
    text = ("Protests spread across Saltmouth on Sunday against the president, who "
            "took office after the arrest of his rival.")
    assert not [e for e in _events(text) if e.sub_event_type == "Arrests"]


def test_the_capital_named_twice_is_one_item_of_a_list():
    text = ("Security forces fired on protesters in the capital Carbury and in the "
            "southern city of Oakridge on Sunday.")
    events = _events(text)
    assert located_at(events, CAPITAL) and located_at(events, HILLS)


def test_a_place_that_only_locates_another_is_not_the_site():
    text = "Protesters burned tyres in Fernley, in the northern region of Upper Marsh."
    riot = next(e for e in _events(text) if e.event_type == "Riots")
    assert riot.location.place == TOWN
    text = "In Oakridge, the main city in the south of Zedland, crowds looted shops."
    looting = next(e for e in _events(text) if e.sub_event_type.startswith("Looting"))
    assert looting.location.place == HILLS


def test_a_march_in_a_town_is_not_the_crackdown_placed_in_the_country():
    text = ("Police fired live rounds at protesters in Zedland on Sunday. "
            "In Fernley, thousands marched peacefully on Sunday.")
    events = _events(text)
    assert [e.sub_event_type for e in located_at(events, TOWN)] == ["Peaceful protest"]


def test_an_event_someone_condemns_is_no_new_event():
    text = ("Riots broke out in Saltmouth on Sunday. A rights group condemned the "
            "repression of the demonstrations.")
    assert [e.event_type for e in _events(text)] == ["Riots"]


def test_a_foreign_capital_is_not_the_capital_of_the_report():
    abroad_capital = Place("test:acap", "Farholm", 50.0, 1.0, "city", country="YY",
                           feature_code="PPLC")
    table = dict(TABLE, **{"the capital": (abroad_capital, "nominal", "location",
                                            "city")})
    text = ("Protesters marched in Fernley and Saltmouth in Zedland on Sunday. "
            "Rioters burned cars in the capital.")
    parsed = FakeParser(table)(text)
    events = detect_events(text, parsed.mentions, None, MONDAY)
    assert not [e for e in events if e.location.place == abroad_capital]


def test_a_reference_point_is_not_the_site():
    text = "Protesters in Oakridge, 30 km south of Carbury, blocked roads on Sunday."
    protest = next(e for e in _events(text) if e.event_type == "Protests")
    assert protest.location.place == HILLS


def test_a_city_abroad_is_no_fallback_for_an_unplaced_event():
    text = ("Protests spread across Zedland on Sunday. Exiled activists met in Lindow. "
            "Police detained 40 people, the ministry said.")
    arrests = next(e for e in _events(text) if e.sub_event_type == "Arrests")
    assert arrests.location.place == LAND


def test_unrest_that_spreads_reaches_each_new_place():
    text = ("Thousands protested in Carbury on Sunday. "
            "They spread during the afternoon to Fernley and Oakridge.")
    events = _events(text)
    assert all(located_at(events, p) and located_at(events, p)[0].event_type == "Protests"
               for p in (TOWN, HILLS))
    text = "Officials met in Carbury on Sunday. It spread to Fernley."
    assert not _events(text)


def test_a_countrys_embassy_is_not_the_country():
    text = "In Saltmouth, protesters burned tyres and attacked the Yland and Zedland embassies."
    riot = next(e for e in _events(text) if e.event_type == "Riots")
    assert riot.location.place == PORT


def test_a_fronted_place_sets_the_scene_of_its_clause():
    text = ("In Fernley, protesters blocked roads for a third day, causing fuel "
            "shortages in Saltmouth.")
    protest = next(e for e in _events(text) if e.event_type == "Protests")
    assert protest.location.place == TOWN


def test_firing_on_supporters_or_mourners_is_force_against_protesters():
    text = ("Five people were killed when troops opened fire on supporters of the "
            "opposition leader in Oakridge on Friday.")
    (event,) = _events(text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.counts.fatalities == 5


def test_two_speakers_of_an_aside_do_not_cut_the_sentence():
    text = ("Troops opened fire on protesters at a toll gate in Fernley on Tuesday, "
            "witnesses and a rights group said, killing at least 9 people.")
    (event,) = _events(text)
    assert event.counts.fatalities == 9 and event.location.place == TOWN


def test_a_plan_the_sentence_calls_off_is_negated():
    text = ("Marches were planned in Fernley and Oakridge on Thursday, but organisers "
            "called them off after talks.")
    events = _events(text, keep_all=True)
    assert events and {e.status for e in events} == {"negated"}


def test_the_protests_referred_back_to_are_no_new_row():
    text = ("Thousands protested in Fernley on Sunday. "
            "The president said his rivals were exploiting the protests.")
    assert len(_events(text)) == 1
    text = ("Thousands protested in Fernley on Sunday. "
            "Protests also broke out in Oakridge.")
    assert len(_events(text)) == 2


def test_a_province_in_a_list_of_towns_is_one_of_the_list():
    text = "Riots broke out on Sunday in Saltmouth, Marshton, Fernley and Oakridge."
    names = {e.location.text for e in _events(text)}
    assert names == {"Saltmouth", "Marshton", "Fernley", "Oakridge"}
    text = "Riots broke out on Sunday in Fernley, Upper Marsh."
    assert {e.location.text for e in _events(text)} == {"Fernley"}


def test_holding_people_hostage_is_an_abduction():
    text = "Inmates held guards and cooks hostage in prisons in Fernley and Oakridge."
    events = _events(text)
    assert {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}
    assert located_at(events, TOWN) and located_at(events, HILLS)
