"""Session 14 fixes: a casualty total "since <day>" that tells its clause's only incident
keeps the incident (a nation's total stays a total); Russian and French numbers joined by
"или"/"ou" (a choice), "между"/"entre" (a range) or shared out ("соответственно",
"respectivement") are not added up, and shared-out numbers go each to its place of the
list; a past year in a clause on another noun dates no event, and a year is no day for
"накануне". Sentences are invented; places are those of an invented country."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser
from placed_mentions import mentions_at

from gazetteer.place import Place
from geo.events.counts import find_counts
from geo.events.detect import detect_events
from geo.events.lexical_counts import find_counts as find_lexical_counts
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN

SATURDAY = date(2025, 11, 15)
TOWN = Place("f14:town", "Quillan Ford", 12.0, 33.0, "city", country="QQ",
             population=90_000)
LAND = Place("f14:QQ", "Quillandia", 12.0, 33.0, "country", country="QQ")
TABLE = {"Quillan Ford": (TOWN, "named", "location", "city"),
         "Quillandia": (LAND, "named", "location", "country")}


def _place(name: str) -> Place:
    return Place(f"f14:{name.lower()}", name, 12.5, 33.5, "city", "QQ", population=200_000)


def _english(text: str) -> list:
    parsed = FakeParser(TABLE)(text)
    return [(e.sub_event_type, e.event_date, e.event_date_end, e.counts.fatalities,
             e.counts.injured)
            for e in detect_events(text, parsed.mentions, None, SATURDAY)]


def _lexical(text: str, places: dict[str, Place], language: str) -> list:
    return detect_events(text, mentions_at(text, places), None, SATURDAY, language=language)


def _ru(text: str) -> list:
    return [(c.field, c.value) for c in find_lexical_counts(RUSSIAN.words(text), RUSSIAN)]


def _fr(text: str) -> list:
    return [(c.field, c.value) for c in find_lexical_counts(FRENCH.words(text), FRENCH)]


def test_an_injury_total_since_a_day_keeps_the_only_incident_of_its_clause():
    rows = _english("Some 45 people have been injured since Wednesday in riots "
                    "in Quillan Ford.")
    assert rows == [("Violent demonstration", date(2025, 11, 12), SATURDAY, None, 45)]


def test_a_death_toll_since_a_day_keeps_the_only_incident_of_its_clause():
    rows = _english("At least 14 people have been killed since Monday in clashes between "
                    "miners and security guards in Quillan Ford.")
    assert [(r[1], r[2], r[3]) for r in rows] == [(date(2025, 11, 10), SATURDAY, 14)]


def test_a_nations_total_since_a_day_stays_a_total():
    rows = _english("At least 22 people have been killed in Quillandia since Monday in "
                    "clashes between police and striking miners, the government said.")
    assert all(r[3] is None for r in rows)


def test_a_total_since_a_day_told_apart_from_the_incident_is_no_incident_count():
    rows = _english("Dockers and police fought in Quillan Ford on Friday. Some 70 people "
                    "have been injured since Tuesday, doctors said.")
    assert rows and all(r[4] is None for r in rows)
    # and a total beside a count of one incident stays out of its sum
    found = find_counts("Three people were injured on Friday and 70 have been injured "
                        "since Tuesday in clashes in the port.")
    assert [(c.value, c.cumulative) for c in found] == [(3, False), (70, True)]


def test_numbers_joined_by_or_are_a_choice_not_a_sum():
    assert _ru("Ранены 3 или 4 пожарных.") == [("injured", 3), ("injured", 4)]
    assert _fr("Sept ou huit gardiens ont été blessés.") == [("injured", 8)]


def test_numbers_of_a_range_take_its_upper_bound():
    assert _ru("Задержаны между 15 и 25 студентами.") == [("arrested", 25)]
    assert _fr("Entre 40 et 60 grévistes ont été interpellés.") == [("arrested", 60)]


def test_numbers_shared_out_are_not_added_up():
    assert _ru("Ранены 7 и 4 человека соответственно.") == [("injured", 7), ("injured", 4)]
    assert _fr("Respectivement 5 et 3 personnes ont été blessées.") == [("injured", 5),
                                                                        ("injured", 3)]
    # a list of people joined by "и"/"et" still adds up
    assert _ru("Погибли трое шахтёров и двое охранников.") == [("fatalities", 5)]
    assert _fr("Quatre ouvriers et deux vigiles ont été blessés.") == [("injured", 6)]


def test_numbers_shared_out_go_each_to_its_place_of_the_list():
    places = {"Заозёрске": _place("Zaozersk"), "Верхнереченске": _place("Verkhnerechensk")}
    text = ("В среду в Заозёрске и Верхнереченске полиция разогнала пикеты, задержаны 9 "
            "и 4 человека соответственно.")
    arrests = {e.location.place.name: e.counts.arrested
               for e in _lexical(text, places, "ru") if e.sub_event_type == "Arrests"}
    assert arrests == {"Zaozersk": 9, "Verkhnerechensk": 4}
    places = {"Morvèze": _place("Morvèze"), "Saint-Aurel": _place("Saint-Aurel")}
    text = "Les gendarmes ont interpellé 6 et 11 grévistes respectivement à Morvèze et à " \
        "Saint-Aurel mardi."
    arrests = {e.location.place.name: e.counts.arrested
               for e in _lexical(text, places, "fr") if e.sub_event_type == "Arrests"}
    assert arrests == {"Morvèze": 6, "Saint-Aurel": 11}


def test_a_past_year_on_another_noun_dates_no_event():
    ru = _lexical("Союз, созданный в 2016 году, провёл пикет в Заозёрске.",
                  {"Заозёрске": _place("Zaozersk")}, "ru")
    fr = _lexical("Le syndicat, créé en 2016, a organisé un sit-in à Morvèze.",
                  {"Morvèze": _place("Morvèze")}, "fr")
    relative = _lexical("Des habitants ont manifesté contre le préfet qui avait été nommé "
                        "en 2020 à Morvèze.", {"Morvèze": _place("Morvèze")}, "fr")
    for events in (ru, fr, relative):
        assert events and all(e.event_date is None or e.event_date.year == 2025
                              for e in events)


def test_a_year_is_no_story_day_for_the_day_before():
    text = ("В 2019 году в Заозёрске прошли беспорядки. Накануне вечером полиция "
            "задержала шестерых активистов в Заозёрске.")
    events = _lexical(text, {"Заозёрске": _place("Zaozersk")}, "ru")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.event_date.year == 2025 for e in arrests)
