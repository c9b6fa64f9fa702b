"""Events from Russian and French reports (issue 20, item 4), on our own sentences.

The mentions are built by hand, with hand-made places, as the geoparser would give them,
so these tests read the event detector alone (:mod:`geo.events.lexical`).
"""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.lexical_counts import find_counts
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN

PAVLODAR = Place("t:pavlodar", "Pavlodar", 52.29, 76.97, "city", "KZ", population=330000)
KARAGANDA = Place("t:karaganda", "Karagandy", 49.80, 73.10, "city", "KZ", population=497000)
KAZAKHSTAN = Place("t:kz", "Kazakhstan", 48.0, 68.0, "country", "KZ")
MOSCOW = Place("t:moscow", "Moscow", 55.75, 37.62, "city", "RU", population=10000000)
LYON = Place("t:lyon", "Lyon", 45.75, 4.85, "city", "FR", population=500000)
GRENOBLE = Place("t:grenoble", "Grenoble", 45.17, 5.72, "city", "FR", population=158000)
PARIS = Place("t:paris", "Paris", 48.85, 2.35, "city", "FR", population=2100000)
GENEVA = Place("t:geneva", "Geneva", 46.20, 6.15, "city", "CH", population=200000)

# Monday 11 March 2024
MONDAY = date(2024, 3, 11)


def _events(text, places, language, published=MONDAY, keep_all=False):
    return detect_events(text, mentions_at(text, places), None, published,
                         keep_all=keep_all, language=language)


def _one(events):
    assert len(events) == 1, events
    return events[0]


# --- Russian ---------------------------------------------------------------------------

def test_a_russian_rally_is_a_peaceful_protest_at_its_city_on_its_weekday():
    text = "В субботу в Павлодаре прошёл митинг против повышения тарифов на отопление."
    event = _one(_events(text, {"Павлодаре": PAVLODAR}, "ru"))
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.location.place is PAVLODAR
    assert event.event_date == date(2024, 3, 9)
    assert event.plover == "PROTEST"
    assert "митинг" in event.evidence_text  # the evidence stays in the original


def test_russian_counts_by_lemma_and_number_words():
    text = ("Двенадцать человек погибли и около двухсот получили ранения в ходе беспорядков "
            "в Караганде. В городе задержаны более тысячи участников акции протеста.")
    events = _events(text, {"Караганде": KARAGANDA}, "ru")
    riot = next(e for e in events if e.event_type == "Riots")
    assert (riot.counts.fatalities, riot.counts.injured) == (12, 200)
    assert riot.counts.injured_qualifier == "approximate"
    arrests = next(e for e in events if e.sub_event_type == "Arrests")
    assert (arrests.counts.arrested, arrests.counts.arrested_qualifier) == (1000, "at_least")
    assert arrests.location.place is KARAGANDA  # the story's city


@pytest.mark.parametrize(("phrase", "value"), [
    ("двенадцать человек погибли", 12), ("погибли 7 человек", 7),
    ("задержаны не менее 40 человек", 40), ("двести пятьдесят человек задержаны", 250),
    ("задержаны 1.500 человек", 1500), ("задержаны 1,5 тысячи человек", 1500),
])
def test_russian_number_phrases(phrase, value):
    assert [c.value for c in find_counts(RUSSIAN.words(phrase), RUSSIAN)] == [value]


def test_a_casualty_in_the_singular_counts_one():
    text = "Во вторник в Павлодаре погиб протестующий."
    assert _one(_events(text, {"Павлодаре": PAVLODAR}, "ru")).counts.fatalities == 1
    text = "Lors des heurts de mardi à Lyon, un policier a été blessé."
    assert _one(_events(text, {"Lyon": LYON}, "fr")).counts.injured == 1


def test_vague_russian_amounts_are_no_count():
    assert find_counts(RUSSIAN.words("задержаны сотни человек"), RUSSIAN) == []


@pytest.mark.parametrize(("phrase", "counts"), [
    ("погиб один человек, ранены пятеро", [("fatalities", 1), ("injured", 5)]),
    ("один из задержанных", []),
    ("l'un des blessés", []),
    ("un mort et deux blessés", [("fatalities", 1), ("injured", 2)]),
])
def test_one_counts_a_person_not_one_of_a_count(phrase, counts):
    vocabulary = RUSSIAN if phrase[0] in "пои" else FRENCH
    found = find_counts(vocabulary.words(phrase), vocabulary)
    assert [(c.field, c.value) for c in found] == counts


def test_a_russian_rally_that_did_not_take_place_is_negated():
    text = "Митинг в Павлодаре не состоялся из-за сильного мороза."
    assert _events(text, {"Павлодаре": PAVLODAR}, "ru") == []
    event = _one(_events(text, {"Павлодаре": PAVLODAR}, "ru", keep_all=True))
    assert event.status == "negated"


def test_a_planned_russian_strike_is_planned_on_the_coming_friday():
    text = "Профсоюз шахтёров планирует провести забастовку в Караганде в пятницу."
    event = _one(_events(text, {"Караганде": KARAGANDA}, "ru", keep_all=True))
    assert event.status == "planned"
    assert event.event_date == date(2024, 3, 15)


def test_the_night_before_a_date_begins_the_day_before():
    text = "В ночь на 9 марта в Караганде произошли столкновения протестующих с полицией."
    event = _one(_events(text, {"Караганде": KARAGANDA}, "ru"))
    assert event.event_type == "Riots"  # clashes in unrest
    assert (event.event_date, event.event_date_end) == (date(2024, 3, 8), date(2024, 3, 9))


def test_the_night_from_saturday_to_sunday_is_saturdays():
    text = "В ночь с субботы на воскресенье в Павлодаре толпа разгромила витрины магазинов."
    event = _one(_events(text, {"Павлодаре": PAVLODAR}, "ru"))
    assert event.event_date == date(2024, 3, 9)


def test_the_day_before_counts_back_from_the_story():
    text = "Накануне в Павлодаре прошла акция протеста против закрытия завода."
    assert _one(_events(text, {"Павлодаре": PAVLODAR}, "ru")).event_date == date(2024, 3, 10)


def test_a_speaking_capital_and_a_ministrys_country_are_no_sites():
    text = ("Москва заявила о поддержке властей. Полиция разогнала митинг в Караганде, "
            "сообщили в МВД Казахстана.")
    events = _events(text, {"Москва": MOSCOW, "Караганде": KARAGANDA,
                            "Казахстана": KAZAKHSTAN}, "ru")
    assert {e.location.place.id for e in events} == {KARAGANDA.id}
    assert _one(events).sub_event_type == "Protest with intervention"


def test_an_unplaced_event_in_the_region_is_the_regions():
    region = Place("t:karaganda-r", "Karaganda", 48.5, 73.5, "admin1", "KZ")
    text = ("В Карагандинской области неспокойно. В Караганде прошёл митинг. "
            "В регион переброшены подразделения армии.")
    events = _events(text, {"Карагандинской области": region, "Караганде": KARAGANDA}, "ru")
    deployment = next(e for e in events if e.subtype == "troop_deployment")
    assert deployment.location.place is region


def test_russian_measures_keep_the_english_subtypes():
    text = "Власти ввели комендантский час и режим чрезвычайного положения в Караганде."
    events = _events(text, {"Караганде": KARAGANDA}, "ru")
    assert {(e.event_type, e.subtype) for e in events} == {
        ("Strategic developments", "curfew"), ("Strategic developments", "state_of_emergency")}


def test_a_list_of_russian_cities_gives_a_row_each():
    text = "В воскресенье шествия прошли в Павлодаре и Караганде."
    events = _events(text, {"Павлодаре": PAVLODAR, "Караганде": KARAGANDA}, "ru")
    assert {e.location.place.id for e in events} == {PAVLODAR.id, KARAGANDA.id}


# --- French ----------------------------------------------------------------------------

def test_a_french_march_on_a_weekday_evening():
    text = "Mardi soir, plusieurs centaines de personnes ont manifesté à Grenoble."
    event = _one(_events(text, {"Grenoble": GRENOBLE}, "fr"))
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.event_date == date(2024, 3, 5)
    assert event.counts.arrested is None  # "plusieurs centaines" is no count


def test_the_night_from_saturday_to_sunday_in_french():
    text = ("Dans la nuit de samedi à dimanche, des heurts ont opposé des jeunes aux "
            "policiers à Lyon.")
    event = _one(_events(text, {"Lyon": LYON}, "fr"))
    assert event.event_type == "Riots"
    assert (event.event_date, event.event_date_end) == (date(2024, 3, 9), date(2024, 3, 10))


@pytest.mark.parametrize(("phrase", "value", "qualifier"), [
    ("une vingtaine de personnes ont été interpellées", 20, "approximate"),
    ("seize manifestants ont été blessés", 16, "exact"),
    ("quelque 2 000 personnes ont été interpellées", 2000, "approximate"),
    ("au moins trois morts", 3, "at_least"),
    ("quatre-vingt-deux blessés", 82, "exact"),
])
def test_french_number_phrases(phrase, value, qualifier):
    counts = find_counts(FRENCH.words(phrase), FRENCH)
    assert [(c.value, c.qualifier) for c in counts] == [(value, qualifier)]


def test_french_arrests_counted_at_their_city_not_at_a_speakers_base():
    text = ("Selon une ONG basée à Genève, trente manifestants ont été interpellés à Lyon "
            "mardi. Paris a condamné ces arrestations.")
    events = _events(text, {"Genève": GENEVA, "Lyon": LYON, "Paris": PARIS}, "fr")
    assert {e.location.place.id for e in events} == {LYON.id}
    arrests = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrests.counts.arrested == 30


def test_a_speaking_capital_and_an_embassys_country_are_no_sites_in_french():
    dakar = Place("t:dakar", "Dakar", 14.69, -17.44, "city", "SN", population=2500000)
    washington = Place("t:washington", "Washington", 38.9, -77.04, "city", "US",
                       population=700000)
    france = Place("t:france", "France", 46.0, 2.0, "country", "FR")
    text = ("Washington a appelé au calme après les heurts à Dakar. L'ambassade de France "
            "à Dakar a été visée par des manifestants.")
    events = _events(text, {"Washington": washington, "Dakar": dakar, "France": france}, "fr")
    assert {e.location.place.id for e in events} == {dakar.id}
    assert all(e.status == "occurred" for e in events)  # a call for calm plans nothing


def test_a_bodys_own_plan_is_at_its_seat():
    text = "Активисты в Павлодаре заявили, что в субботу выйдут на площадь."
    event = _one(_events(text, {"Павлодаре": PAVLODAR}, "ru", keep_all=True))
    assert (event.location.place, event.status) == (PAVLODAR, "planned")


def test_a_french_protest_that_did_not_happen_is_negated():
    text = "Aucune manifestation n'a eu lieu samedi à Grenoble, selon la préfecture."
    event = _one(_events(text, {"Grenoble": GRENOBLE}, "fr", keep_all=True))
    assert event.status == "negated"


def test_a_french_strike_called_off_is_negated():
    text = "La grève prévue mardi à Lyon a été annulée."
    assert _one(_events(text, {"Lyon": LYON}, "fr", keep_all=True)).status == "negated"


def test_a_french_call_to_march_is_planned():
    text = "Les syndicats appellent à manifester jeudi à Lyon contre la réforme."
    event = _one(_events(text, {"Lyon": LYON}, "fr", keep_all=True))
    assert event.status == "planned"
    assert event.event_date == date(2024, 3, 14)


def test_the_eve_and_since_monday():
    text = ("Des rassemblements ont lieu à Grenoble depuis lundi. La veille, un cortège "
            "avait défilé à Lyon.")
    events = _events(text, {"Grenoble": GRENOBLE, "Lyon": LYON}, "fr",
                     published=date(2024, 3, 13))
    grenoble = next(e for e in events if e.location.place is GRENOBLE)
    assert (grenoble.event_date, grenoble.event_date_end) == (date(2024, 3, 11),
                                                              date(2024, 3, 13))
    lyon = next(e for e in events if e.location.place is LYON)
    assert lyon.event_date == date(2024, 3, 12)


def test_french_curfew_and_state_of_emergency():
    text = "Le gouvernement a instauré un couvre-feu et décrété l'état d'urgence à Lyon."
    events = _events(text, {"Lyon": LYON}, "fr")
    assert {e.subtype for e in events} == {"curfew", "state_of_emergency"}


def test_the_capital_is_the_reports_own_capital():
    paris = Place("t:paris-c", "Paris", 48.85, 2.35, "city", "FR", population=2100000,
                  feature_code="PPLC")
    text = ("Des heurts ont éclaté à Lyon samedi. Dans la capitale, quarante personnes ont "
            "été interpellées dimanche.")
    events = _events(text, {"Lyon": LYON, "Paris": paris}, "fr")
    assert not any(e.location.place is paris for e in events)  # not named: not placed there
    text += " Le préfet de police de Paris a annoncé des renforts."
    arrests = next(e for e in _events(text, {"Lyon": LYON, "Paris": paris}, "fr")
                   if e.sub_event_type == "Arrests")
    assert (arrests.location.place, arrests.counts.arrested) == (paris, 40)


def test_fans_celebrating_are_no_protest():
    text = "Des milliers de supporters se sont rassemblés à Lyon pour fêter la victoire."
    assert _events(text, {"Lyon": LYON}, "fr") == []


def test_impossible_dates_date_nothing():
    for text, language in (("31 февраля в Павлодаре прошёл митинг.", "ru"),
                           ("Le 45 janvier, une manifestation a eu lieu à Lyon.", "fr")):
        events = _events(text, {"Павлодаре": PAVLODAR, "Lyon": LYON}, language,
                         published=date(2025, 1, 10))
        assert [e.event_date for e in events] == [date(2025, 1, 10)]  # the report's day


# --- Dispatch --------------------------------------------------------------------------

def test_english_takes_the_english_path_and_other_languages_give_nothing():
    text = "Police fired tear gas at protesters in Lyon on Saturday."
    mentions = mentions_at(text, {"Lyon": LYON})
    english = detect_events(text, mentions, None, MONDAY)
    assert detect_events(text, mentions, None, MONDAY, language="en") == english
    assert english and english[0].sub_event_type == "Protest with intervention"
    assert detect_events(text, mentions, None, MONDAY, language="de") == []
