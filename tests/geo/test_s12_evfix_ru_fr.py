"""Russian and French events: the review's open findings (session 12), on our own
sentences. The detector tests build their mentions by hand, as the geoparser would."""

from __future__ import annotations

from datetime import date

import pytest

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.model import Mention

# Wednesday 15 March 2023
PUBLISHED = date(2023, 3, 15)


def _place(name: str, country: str) -> Place:
    return Place(f"t:{name.lower()}", name, 10.0, 10.0, "city", country, population=400000)


def _events(text, surface, name, country, language, keep_all=False):
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, place=_place(name, country))
    return detect_events(text, [mention], None, PUBLISHED, keep_all=keep_all,
                         language=language)


# --- a place before a source's attribution is the event's, not a speaker ------------

def test_a_place_then_a_date_then_an_attribution_is_the_site():
    for source in ("a déclaré la gendarmerie", "selon les organisateurs"):
        text = f"Des grévistes ont manifesté devant la mairie de Tulle mardi, {source}."
        events = _events(text, "Tulle", "Tulle", "FR", "fr")
        assert [e.location.text for e in events] == ["Tulle"], source


def test_a_place_that_speaks_in_its_own_clause_still_speaks():
    text = "Bamako a condamné les violences."
    assert all(e.location is None or e.location.text != "Bamako"
               for e in _events(text, "Bamako", "Bamako", "ML", "fr", keep_all=True))


# --- a negation in a later clause does not negate the trigger -----------------------

def test_a_negation_in_the_next_clause_leaves_the_protest_occurred():
    text = "Пикет в Твери завершился спокойно, никто не был задержан."
    events = _events(text, "Твери", "Tver", "RU", "ru")
    assert [(e.sub_event_type, e.status) for e in events] == [("Peaceful protest", "occurred")]


def test_a_negation_across_a_bracketed_aside_still_negates():
    text = "Столкновений в Твери (по словам очевидцев) не было."
    assert _events(text, "Твери", "Tver", "RU", "ru") == []


# --- "ne … personne", "personne ne": nobody was arrested ----------------------------

def test_nobody_arrested_is_no_arrest():
    for text in ("Les gendarmes n'ont arrêté personne à Vannes dimanche.",
                 "À Vannes, personne n'a été appréhendé dimanche."):
        assert _events(text, "Vannes", "Vannes", "FR", "fr") == [], text
        negated = _events(text, "Vannes", "Vannes", "FR", "fr", keep_all=True)
        assert [(e.status, e.counts.arrested) for e in negated] == [("negated", None)], text


def test_a_person_as_a_noun_is_no_negation():
    text = "À Vannes, une personne a été appréhendée dimanche."
    events = _events(text, "Vannes", "Vannes", "FR", "fr")
    assert [(e.sub_event_type, e.counts.arrested) for e in events] == [("Arrests", 1)]


# --- a date in digits is one date, no count -----------------------------------------

def test_a_date_in_digits_dates_the_event_and_counts_nothing():
    for text, surface, name, language in (
            ("В Тюмени 09.03.2023 задержаны 12 активистов.", "Тюмени", "Tyumen", "ru"),
            ("Le 09/03/2023, 12 militants ont été interpellés à Brest.", "Brest", "Brest",
             "fr")):
        events = _events(text, surface, name, "RU" if language == "ru" else "FR", language)
        assert [(e.event_date, e.counts.arrested) for e in events] == \
            [(date(2023, 3, 9), 12)], text


def test_an_impossible_date_in_digits_is_no_date():
    text = "В Тюмени 31.02.2023 задержаны 12 активистов."
    events = _events(text, "Тюмени", "Tyumen", "RU", "ru")
    assert [(e.event_date, e.counts.arrested) for e in events] == [(PUBLISHED, 12)]


# --- an announced action on a day after publication is planned, dated that day ------

def test_an_announced_action_on_a_later_day_is_planned_for_that_day():
    for text, surface, name, country, language in (
            ("Les enseignants ont annoncé une marche le 28 mars à Poitiers.", "Poitiers",
             "Poitiers", "FR", "fr"),
            ("Дальнобойщики объявили забастовку 27 марта в Перми.", "Перми", "Perm", "RU",
             "ru")):
        assert _events(text, surface, name, country, language) == [], text
        planned = _events(text, surface, name, country, language, keep_all=True)
        assert [(e.status, e.event_date) for e in planned] == \
            [("planned", date(2023, 3, 28 if language == "fr" else 27))], text


def test_an_action_on_a_day_before_publication_occurred():
    text = "Les enseignants ont défilé le 11 mars à Poitiers."
    events = _events(text, "Poitiers", "Poitiers", "FR", "fr")
    assert [(e.status, e.event_date) for e in events] == [("occurred", date(2023, 3, 11))]


# --- no unrest: rescuers sent, a military parade, an accidental fire, a parade ------

@pytest.mark.parametrize("text, surface, name, country, language", [
    ("В Барнаул направлены подразделения спасателей и техника.", "Барнаул", "Barnaul", "RU",
     "ru"),
    ("Un défilé militaire a eu lieu à Toulon dimanche.", "Toulon", "Toulon", "FR", "fr"),
    ("Un incendie a détruit un hangar à Nantes lundi.", "Nantes", "Nantes", "FR", "fr"),
    ("В Туле прошёл марш кадетов.", "Туле", "Tula", "RU", "ru"),
    ("Под Сочи случился сход селя.", "Сочи", "Sochi", "RU", "ru"),
    ("À Vichy, la marche des affaires reste lente.", "Vichy", "Vichy", "FR", "fr"),
])
def test_no_unrest_is_no_incident(text, surface, name, country, language):
    assert _events(text, surface, name, country, language, keep_all=True) == []


@pytest.mark.parametrize("text, surface, name, country, language, sub_event_type", [
    ("В Барнаул направлены подразделения армии.", "Барнаул", "Barnaul", "RU", "ru",
     "Other"),
    ("Un incendie criminel a détruit la mairie à Nantes lundi.", "Nantes", "Nantes", "FR",
     "fr", "Looting/property destruction"),
    ("В Туле прошёл марш оппозиции.", "Туле", "Tula", "RU", "ru", "Peaceful protest"),
    ("В Туле прошёл сход жителей.", "Туле", "Tula", "RU", "ru", "Peaceful protest"),
    ("À Vichy, une marche contre la fermeture de l'hôpital a eu lieu.", "Vichy", "Vichy",
     "FR", "fr", "Peaceful protest"),
])
def test_the_same_words_with_unrest_are_an_incident(text, surface, name, country, language,
                                                    sub_event_type):
    events = _events(text, surface, name, country, language)
    assert [e.sub_event_type for e in events] == [sub_event_type]


# --- "не без": two negations cancel ---------------------------------------------------

def test_not_without_arrests_is_arrests():
    text = "Пикет в Твери не обошёлся без задержаний."
    events = _events(text, "Твери", "Tver", "RU", "ru", keep_all=True)
    assert events and all(e.status == "occurred" for e in events)


def test_without_arrests_is_none():
    text = "Пикет в Твери прошёл без задержаний."
    events = _events(text, "Твери", "Tver", "RU", "ru", keep_all=True)
    assert [(e.sub_event_type, e.status) for e in events] == [
        ("Peaceful protest", "occurred"), ("Arrests", "negated")]


def test_units_in_a_report_of_troops_are_troops():
    text = "Власти объявили о вводе войск. Первые подразделения прибыли в Барнаул в среду."
    events = _events(text, "Барнаул", "Barnaul", "RU", "ru")
    assert [(e.sub_event_type, e.location.text) for e in events
            if e.location is not None] == [("Other", "Барнаул")]
