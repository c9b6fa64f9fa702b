"""Dates, session 14: a trailing attribution's day is the statement's, not the event's;
"depuis lundi" / "с понедельника" run to the time of writing, or to the story's day
when told in the French imparfait. Our own sentences about invented towns."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser
from placed_mentions import mentions_at

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.lexical_dates import find_dates
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN

FRIDAY = date(2022, 1, 7)
WEDNESDAY, THURSDAY = date(2022, 1, 5), date(2022, 1, 6)

ORLEN = Place("test:orlen", "Orlen", 10.0, 20.0, "city", country="ZZ")
TABLE = {"Orlen": (ORLEN, "named", "location", "city")}


def _english(text: str) -> list:
    parsed = FakeParser(TABLE)(text)
    return [e for e in detect_events(text, parsed.mentions, None, FRIDAY)
            if e.location is not None]


def _place(name: str, lat: float = 10.0) -> Place:
    return Place(f"t:{name.lower()}", name, lat, 10.0, "city", "ZZ", population=300000)


def _lexical(text: str, places: dict[str, Place], language: str) -> list:
    return detect_events(text, mentions_at(text, places), None, FRIDAY, language=language)


def test_a_trailing_statements_day_leaves_an_arrest_on_the_storys_day():
    text = ("ORLEN, Jan 7 (Wire) — Hundreds of farmers blocked the ring road in Orlen on "
            "Thursday to protest against a new land tax.\n\n"
            "Riot police cleared the road with batons in the evening and detained 23 "
            "farmers, the regional governor said on Friday.")
    arrests = [e for e in _english(text) if e.sub_event_type == "Arrests"]
    assert arrests and {e.event_date for e in arrests} == {THURSDAY}


def test_a_statement_fronting_its_sentence_still_dates_an_undated_arrest():
    text = ("Dock workers marched through Orlen on Wednesday.\n\n"
            "Police said on Friday that they had detained six men over the march.")
    arrests = [e for e in _english(text) if e.sub_event_type == "Arrests"]
    assert arrests and {e.event_date for e in arrests} == {FRIDAY}


def test_depuis_in_the_passe_compose_runs_to_publication():
    text = ("Des émeutes ont éclaté mercredi soir à Brévanne.\n\n« Plus de 80 personnes ont "
            "été interpellées depuis mercredi à Brévanne », a déclaré jeudi le préfet.")
    events = _lexical(text, {"Brévanne": _place("Brévanne")}, "fr")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and {(e.event_date, e.event_date_end) for e in arrests} == {
        (WEDNESDAY, FRIDAY)}


def test_depuis_in_the_imparfait_runs_to_the_storys_day():
    text = ("Le cortège a enfin pu repartir jeudi de Valmont. Depuis mercredi, des "
            "centaines de manifestants bloquaient la route à l'entrée de Valmont.")
    events = _lexical(text, {"Valmont": _place("Valmont")}, "fr")
    spans = {(e.event_date, e.event_date_end) for e in events
             if e.event_date_end is not None}
    assert spans == {(WEDNESDAY, THURSDAY)}


def test_s_ponedelnika_in_the_present_runs_to_publication():
    text = ("В среду в Заречье прошёл митинг. С четверга жители Заречья проводят пикеты "
            "у здания администрации.")
    events = _lexical(text, {"Заречье": _place("Zarechye"),
                             "Заречья": _place("Zarechye")}, "ru")
    spans = {(e.event_date, e.event_date_end) for e in events
             if e.event_date_end is not None}
    assert spans == {(THURSDAY, FRIDAY)}


def test_a_part_of_the_day_after_an_opening_night_is_the_morning_after():
    text = ("Неизвестные в ночь на четверг подожгли здание суда в Сосновке. Днём на "
            "площади Сосновки собрались сотни человек, полиция разогнала толпу "
            "слезоточивым газом.")
    places = {"Сосновке": _place("Sosnovka"), "Сосновки": _place("Sosnovka")}
    days = {e.sub_event_type: e.event_date for e in _lexical(text, places, "ru")}
    assert days.get("Protest with intervention") == THURSDAY


def test_a_part_of_the_day_without_a_night_stays_on_the_storys_day():
    text = ("В среду в Сосновке прошёл митинг. Вечером полиция задержала в Сосновке "
            "15 человек.")
    events = _lexical(text, {"Сосновке": _place("Sosnovka")}, "ru")
    assert {e.event_date for e in events} == {WEDNESDAY}


def test_a_past_year_with_its_preposition_dates_a_background_event():
    ru_text = "В 2014 году полиция открыла огонь по демонстрантам в Сосновке."
    fr_text = "En 2015, la police a tiré sur des manifestants à Valmont."
    for text, vocabulary, year in ((ru_text, RUSSIAN, 2014), (fr_text, FRENCH, 2015)):
        found = find_dates(vocabulary.words(text), vocabulary, FRIDAY)
        assert [(d.kind, d.date, d.last) for d in found] == [
            ("year", date(year, 1, 1), date(year, 12, 31))]
    # Since session 15 (roles) an event its year alone dates is background, no row, as
    # in English ("who led the protests in 2016").
    assert _lexical(ru_text, {"Сосновке": _place("Sosnovka")}, "ru") == []
    assert _lexical(fr_text, {"Valmont": _place("Valmont")}, "fr") == []


def test_since_a_year_dates_nothing():
    events = _lexical("Depuis 2015, des manifestants bloquent chaque semaine le port de "
                      "Valmont.", {"Valmont": _place("Valmont")}, "fr")
    assert all(e.event_date is None or e.event_date.year == FRIDAY.year for e in events)


def test_a_past_month_on_another_noun_does_not_date_the_event():
    text = ("ORLEN, Jan 7 (Wire) — Supporters of the party that lost an election in "
            "November rallied outside parliament in Orlen.")
    assert {e.event_date for e in _english(text)} == {FRIDAY}
