"""Session 18, Russian and French recall: foreign towns' names in the prepositional case
that the dictionary does not know or reads as another noun («в Валеве» is Valjevo, «в
Пече» is Pécs); road blockades by workers of a trade and their tractors, on more kinds
of road («les éleveurs ont bloqué avec leurs tracteurs la rocade», «торговцы перекрыли
автодорогу»). Sentences are our own; the event tests' towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events
from geo.languages import ru
from geo.model import Document

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _rows(text: str, names: list[str], language: str) -> set[tuple[str, str, str]]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return {(e.event_type, e.location.place.name, e.status)
            for e in detect_events(text, mentions, None, PUBLISHED, keep_all=True,
                                   language=language) if e.location is not None}


# -- Russian names ------------------------------------------------------------------------

def test_a_neuter_town_the_dictionary_does_not_know_is_read_before_a_surname_guess():
    assert ru.nominatives("Валеве")[0] == "валево"
    assert ru.nominatives("Пожареве")[0] == "пожарево"


def test_a_consonant_town_in_the_prepositional_case_is_read_without_its_ending():
    # "Пече" is another noun's form to the dictionary; the town's reading comes after
    assert "печ" in ru.nominatives("Пече")


def test_a_known_place_keeps_its_dictionary_reading():
    assert ru.nominatives("Москве") == ("москва",)


@pytest.mark.slow
def test_foreign_towns_in_the_prepositional_case_are_found(real_parser):
    parsed = real_parser(Document("Вечером в Пече и в Валеве прошли митинги студентов.",
                                  language="ru"))
    assert [(m.place.name, m.place.country) for m in parsed.mentions] == [
        ("Pécs", "HU"), ("Valjevo", "RS")]


# -- blockades by trades ------------------------------------------------------------------

def test_breeders_blocking_a_ring_road_with_tractors_protest():
    text = ("Mardi, des dizaines d'éleveurs ont bloqué avec leurs tracteurs la rocade de "
            "Villebrune pour dénoncer le prix du lait.")
    assert ("Protests", "Villebrune", "occurred") in _rows(text, ["Villebrune"], "fr")


def test_tractors_blocking_a_ring_road_protest():
    text = "Mercredi, près de deux cents tracteurs ont bloqué le ring de Villebrune."
    assert ("Protests", "Villebrune", "occurred") in _rows(text, ["Villebrune"], "fr")


def test_the_jobless_blocking_a_railway_protest():
    text = ("Lundi, des chômeurs ont bloqué la voie ferrée près de Villebrune, réclamant "
            "des emplois.")
    assert ("Protests", "Villebrune", "occurred") in _rows(text, ["Villebrune"], "fr")


def test_a_ring_road_blocked_by_an_accident_is_no_protest():
    text = "Mardi, un accident a bloqué pendant trois heures la rocade de Villebrune."
    assert not _rows(text, ["Villebrune"], "fr")


def test_traders_blocking_a_highway_protest():
    text = "В четверг торговцы рынка перекрыли автодорогу у Озерска, требуя снизить аренду."
    assert ("Protests", "Озерска", "occurred") in _rows(text, ["Озерска"], "ru")


# -- background years -----------------------------------------------------------------------

def test_a_past_year_after_that_dates_its_clause_as_background():
    text = ("Профсоюз напомнил, что в 2017 году рабочие завода уже выходили на митинг в "
            "Озерске.")
    assert not _rows(text, ["Озерске"], "ru")


def test_a_past_year_after_but_dates_its_clause_as_background():
    text = ("Le calme est revenu, mais en 2017 des ouvriers avaient manifesté pendant une "
            "semaine à Villebrune.")
    assert not _rows(text, ["Villebrune"], "fr")


def test_a_past_year_in_a_participle_clause_still_dates_nothing():
    text = ("В среду партия, основанная в 2012 году, провела митинг в Озерске.")
    assert ("Protests", "Озерске", "occurred") in _rows(text, ["Озерске"], "ru")
