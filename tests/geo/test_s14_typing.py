"""Who acts and who suffers types an incident (session 14, `typing`): gunmen who fire on
a crowd attack civilians (the country's forces doing it use excessive force against
protesters); a reporter or passer-by killed at a protest is an attack of its own beside
the protest, which keeps its type; a crowd that turns on people (migrants, traders) is
mob violence, one that attacks a building a violent demonstration. English, Russian and
French.

The sentences are made up for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluate.events import evaluate_events
from geo.events.lexical_folds import named_killer
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.extract import extract_incidents
from geo.model import Document

PUBLISHED = "2025-05-10"
TYPING_DEV = Path(__file__).resolve().parents[1] / "data" / "events_typing_dev.jsonl"


def _rows(parser, text: str, language: str = "en") -> list[tuple]:
    parsed = parser(Document(text, published=PUBLISHED, language=language))
    return sorted((i.event_type, i.sub_event_type, i.counts.fatalities, i.counts.injured)
                  for i in extract_incidents(parsed, published=PUBLISHED))


ATTACK = ("Violence against civilians", "Attack")
PEACEFUL = ("Protests", "Peaceful protest", None, None)


@pytest.mark.parametrize(("text", "language"), [
    ("Unidentified gunmen opened fire on a crowd of mourners in Kumasi on Friday, "
     "killing three.", "en"),
    ("В пятницу в Самарканде неизвестные открыли огонь по толпе, погибли три человека.",
     "ru"),
    ("Vendredi à Garoua, des hommes armés ont ouvert le feu sur la foule, tuant trois "
     "personnes.", "fr"),
])
def test_gunmen_firing_on_a_crowd_attack_civilians(real_parser, text, language):
    assert _rows(real_parser, text, language) == [(*ATTACK, 3, None)]


def test_soldiers_firing_on_a_crowd_use_excessive_force(real_parser):
    text = "Soldiers opened fire on a crowd of mourners in Kumasi on Friday, killing three."
    assert _rows(real_parser, text) == [
        ("Protests", "Excessive force against protesters", 3, None)]


@pytest.mark.parametrize(("text", "language"), [
    ("A radio reporter was shot dead in Arusha on Friday while covering a march by "
     "teachers.", "en"),
    ("В пятницу в Бухаре застрелен фотограф, снимавший митинг пенсионеров.", "ru"),
    ("Vendredi à Mopti, un photographe a été tué alors qu'il couvrait une manifestation "
     "de commerçants.", "fr"),
])
def test_a_reporter_killed_at_a_protest_is_an_attack_beside_it(real_parser, text,
                                                               language):
    assert _rows(real_parser, text, language) == [PEACEFUL, (*ATTACK, 1, None)]


def test_a_crowd_that_turns_on_migrants_is_mob_violence(real_parser):
    text = "Villagers armed with clubs attacked migrant farmers in Mbeya on Friday."
    assert _rows(real_parser, text) == [("Riots", "Mob violence", None, None)]


def test_a_crowd_that_attacks_a_building_is_a_violent_demonstration(real_parser):
    text = "Protesters attacked the town hall in Mbeya on Friday."
    assert _rows(real_parser, text) == [("Riots", "Violent demonstration", None, None)]


def test_fresh_typing_reports_hold(gazetteer):
    # Written before the rules changed (28 English, 8 Russian, 8 French short reports;
    # two English annotations later aligned with the dev files' conventions: a crowd's
    # looting is looting, its attack on shops a violent demonstration): the rules of
    # that time scored recall .66, type .68, type precision .723; these .88, .90, .90.
    assert all(json.loads(line)["events"]
               for line in TYPING_DEV.read_text(encoding="utf-8").splitlines())
    report = evaluate_events(TYPING_DEV)
    assert report["incident_recall"] >= 0.84, report
    assert report["type_accuracy"] >= 0.86, report
    assert report["type_precision"] >= 0.87, report
    assert report["duplicates"] == 0, report


def test_one_victim_of_looters_is_an_attack_on_him(real_parser):
    text = ("Crowds looted shops in Mbale on Friday. Looters shot dead a night watchman in "
            "Mbale overnight.")
    assert ATTACK in {row[:2] for row in _rows(real_parser, text)}


def test_a_dispersal_in_which_a_protester_died_is_excessive_force(real_parser):
    text = ("В пятницу в Оше полиция применила слезоточивый газ, чтобы разогнать митинг; "
            "один участник акции погиб.")
    assert ("Protests", "Excessive force against protesters") in {
        row[:2] for row in _rows(real_parser, text, "ru")}


def test_a_rally_broken_up_with_demonstrators_killed_is_excessive_force(real_parser):
    text = ("Police used tear gas and batons to break up a rally in Mbale on Friday, and two "
            "demonstrators were killed.")
    assert _rows(real_parser, text) == [
        ("Protests", "Excessive force against protesters", 2, None)]


def test_gunmen_firing_at_a_street_party_make_no_protest(real_parser):
    text = ("Two people were killed in Mbale on Friday when unidentified gunmen fired at a "
            "crowd gathered for a street party.")
    assert _rows(real_parser, text) == [(*ATTACK, 2, None)]


def test_an_outsider_told_before_the_crowd_makes_the_dead_an_attacks():
    def named(text: str) -> bool:
        return named_killer(FRENCH.words(text), FRENCH)
    assert named("Un reporter a été tué alors qu'il couvrait une manifestation.")
    assert not named("Des manifestants ont blessé un passant.")
