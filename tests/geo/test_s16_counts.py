"""Session 16, counts on the right incident: per-place counts with the verb left out
("в X задержаны 40 человек, в Y — 25", "à X 40 interpellés, à Y 25"), a number of "them"
counted by the verb before it ("задержала семерых из них"), a death told as the cause of
the unrest ("après la mort d'un adolescent", "после гибели двух рабочих"), the police's
and the crowd's casualties told bare in one sentence (one sum), "sought medical help"
as the injured, and a vague figure then the exact one told of the same event. Sentences
are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.counts import find_counts
from geo.events.detect import detect_events

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _rows(text: str, names: list[str], language: str = "en") -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name, e.event_type, e.counts.fatalities,
                   e.counts.injured, e.counts.arrested)
                  for e in detect_events(text, mentions, None, PUBLISHED, language=language)
                  if e.location is not None)


def _arrested(rows: list[tuple]) -> dict[str, int | None]:
    return {name: arrested for name, kind, _, _, arrested in rows
            if kind == "Strategic developments"}


def test_a_russian_place_with_its_own_number_and_no_verb_takes_that_number():
    text = "В Кряжине полиция задержала 40 человек, в Ольховце — 25."
    assert _arrested(_rows(text, ["Кряжине", "Ольховце"], "ru")) == {
        "Кряжине": 40, "Ольховце": 25}


def test_a_russian_list_of_places_each_with_its_number_after_a_dash():
    text = "В среду в Кряжине задержаны 40 человек, в Ольховце — 25 человек, в Суворне — 12."
    assert _arrested(_rows(text, ["Кряжине", "Ольховце", "Суворне"], "ru")) == {
        "Кряжине": 40, "Ольховце": 25, "Суворне": 12}


def test_a_french_place_with_its_own_number_is_no_scene_of_the_first_count():
    text = "Mardi, à Vernoux, 40 personnes ont été interpellées, à Brévinac 25."
    assert _arrested(_rows(text, ["Vernoux", "Brévinac"], "fr")) == {
        "Vernoux": 40, "Brévinac": 25}


def test_a_number_of_them_after_the_arrest_verb_is_its_count():
    text = ("В Кряжине около двухсот человек перекрыли трассу, полиция задержала семерых "
            "из них.")
    assert _arrested(_rows(text, ["Кряжине"], "ru")) == {"Кряжине": 7}


def test_some_of_those_detained_are_still_no_new_count():
    text = "В Кряжине задержаны 30 человек, двое из задержанных госпитализированы."
    assert _arrested(_rows(text, ["Кряжине"], "ru")) == {"Кряжине": 30}


def test_a_french_death_told_as_the_cause_of_the_riot_is_no_toll():
    text = ("Des heurts ont éclaté lundi soir à Vernoux, un quartier de l'est, après la mort "
            "d'un adolescent lors d'un contrôle routier.")
    assert [row[2] for row in _rows(text, ["Vernoux"], "fr")] == [None]


def test_a_french_protester_killed_in_the_clashes_still_counts():
    text = "Un manifestant a été tué lundi à Vernoux lors d'affrontements avec la police."
    assert [row[2] for row in _rows(text, ["Vernoux"], "fr")] == [1]


def test_a_russian_death_told_as_the_cause_is_no_toll():
    text = "В Кряжине после гибели двух рабочих на шахте жители перекрыли трассу."
    assert [row[2] for row in _rows(text, ["Кряжине"], "ru")] == [None]


def test_both_sides_casualties_told_bare_in_one_sentence_are_one_sum():
    text = ("Police fired tear gas at students in Carrowmore on Tuesday. Twenty-one students "
            "were treated for injuries, and six officers were hurt by bottles, police said.")
    assert [row[3] for row in _rows(text, ["Carrowmore"])] == [27]


@pytest.mark.xfail(strict=True, reason="a vague figure of another group ('several others "
                   "had minor injuries') still makes a second row of its own (10)")
def test_a_vague_other_group_adds_nothing():
    text = ("Police fired tear gas at students in Carrowmore on Tuesday. Four officers were "
            "taken to hospital, and several others had minor injuries, police said.")
    assert [row[3] for row in _rows(text, ["Carrowmore"])] == [4]


def test_people_who_sought_medical_help_are_the_injured():
    for sentence, value in (("Doctors said 73 people sought medical help.", 73),
                            ("Forty-two people needed medical care.", 42),
                            ("Hospital staff said 19 people were treated, most of them "
                             "for tear gas.", 19)):
        assert [(c.field, c.value) for c in find_counts(sentence)] == [("injured", value)]
    assert find_counts("About 200 people were treated with respect.") == []


def test_a_vague_figure_then_the_exact_one_is_one_event_with_the_exact_figure():
    text = ("Riot police fired tear gas at marchers in Carrowmore on Tuesday, and dozens were "
            "hurt. Hospital officials said 11 officers and 20 protesters were treated for "
            "injuries in Carrowmore.")
    assert [row[3] for row in _rows(text, ["Carrowmore"])] == [31]


def test_a_french_vague_number_after_the_arrest_verb_counts():
    text = "La police a annoncé avoir interpellé une vingtaine de personnes mardi à Vernoux."
    assert _arrested(_rows(text, ["Vernoux"], "fr")) == {"Vernoux": 20}


def test_a_french_age_in_tens_is_no_toll():
    text = ("Un homme d'une cinquantaine d'années est mort mardi soir à Vernoux lors "
            "d'affrontements entre des jeunes et la police.")
    assert [row[2] for row in _rows(text, ["Vernoux"], "fr")] == [1]


def test_an_epidemics_daily_deaths_are_no_toll_of_the_unrest():
    assert find_counts("The ministry reported 412 new cases and 9 deaths on Monday.") == []
    text = ("Riot police fired tear gas at crowds defying the curfew in Carrowmore on Monday. "
            "The health ministry reported 412 new cases and 9 deaths that day.")
    assert [row[2] for row in _rows(text, ["Carrowmore"]) if row[2] is not None] == []


def test_a_days_own_clashes_are_the_event_told_before():
    text = ("Police fired tear gas at strikers in Carrowmore on Tuesday. Seventeen people were "
            "hurt in Tuesday's clashes, the police said.")
    assert [row[3] for row in _rows(text, ["Carrowmore"])] == [17]
