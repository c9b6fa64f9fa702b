"""Session 21, Russian and French recall: a picket «of solidarity» is held at the place
after it; a road blocked by people who state a grievance is a protest; strikers blocking a
depot protest; an armed attack on a post of the forces is a clash; the dead a memorial
gathering mourns are its cause, not its toll, so the gathering stays a peaceful protest;
protesters shot, or killed by the forces, where no riot was told, are force against the
crowd; a town after a street's kind word in the plural ("микрорайонов X") is a town, not a
street of the dateline's city. Sentences are invented; towns are invented places, but for
the real towns a real parser reads."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, places_found, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 10, 16)  # a Wednesday


def _rows(text: str, towns: dict[str, str], language: str) -> list[tuple]:
    """(place, type, sub-event type, fatalities) of every occurred row."""
    mentions = mentions_at(text, {surface: town(name) for surface, name in towns.items()})
    return sorted((e.location.place.name, e.event_type, e.sub_event_type, e.counts.fatalities)
                  for e in detect_events(text, mentions, None, PUBLISHED, language=language)
                  if e.location is not None and e.status == "occurred")


def test_a_picket_of_solidarity_is_held_at_the_place_after_it() -> None:
    rows = _rows("Во вторник около ста человек вышли на пикет солидарности в Лесногорске.",
                 {"Лесногорске": "Lesnogorsk"}, "ru")
    assert [r[:3] for r in rows] == [("Lesnogorsk", "Protests", "Peaceful protest")]


def test_a_rally_in_support_of_people_held_elsewhere_is_not_at_their_place() -> None:
    # (the phrase of support still names whom the crowd backs, not where it met)
    rows = _rows("Во вторник прошёл митинг в поддержку задержанных в Лесногорске активистов.",
                 {"Лесногорске": "Lesnogorsk"}, "ru")
    assert not rows


def test_drivers_who_state_a_grievance_and_block_a_road_protest() -> None:
    rows = _rows("Водители автобусов, недовольные задержкой зарплаты, во вторник перекрыли "
                 "трассу у Верхнеборска.", {"Верхнеборска": "Verkhneborsk"}, "ru")
    assert [r[:3] for r in rows] == [("Verkhneborsk", "Protests", "Peaceful protest")]


def test_police_closing_a_road_is_no_protest() -> None:
    rows = _rows("Полиция во вторник перекрыла трассу у Верхнеборска, требуя от водителей "
                 "объезжать место аварии.", {"Верхнеборска": "Verkhneborsk"}, "ru")
    assert not rows


def test_strikers_blocking_bus_depots_protest_in_each_town() -> None:
    rows = _rows("Mardi, des grévistes ont bloqué les dépôts de bus à Valmorin et à Castelbrune.",
                 {"Valmorin": "Valmorin", "Castelbrune": "Castelbrune"}, "fr")
    assert [r[:3] for r in rows] == [("Castelbrune", "Protests", "Peaceful protest"),
                                     ("Valmorin", "Protests", "Peaceful protest")]


def test_an_armed_attack_on_a_gendarmerie_post_is_a_clash() -> None:
    rows = _rows("À Valmorin, des hommes armés ont attaqué mardi un poste de gendarmerie, "
                 "tuant trois gendarmes.", {"Valmorin": "Valmorin"}, "fr")
    assert [r[:3] for r in rows] == [("Valmorin", "Battles", "Armed clash")]


def test_a_white_march_for_one_dead_stays_a_peaceful_protest() -> None:
    rows = _rows("Une marche blanche a réuni mardi un millier de personnes à Valmorin, en "
                 "mémoire d'une lycéenne morte dans un accident de la route.",
                 {"Valmorin": "Valmorin"}, "fr")
    assert rows == [("Valmorin", "Protests", "Peaceful protest", None)]


def test_a_memorial_action_where_people_died_earlier_counts_no_dead() -> None:
    rows = _rows("Во вторник сотни жителей вышли на молчаливую акцию памяти в Лесногорске, "
                 "где весной при пожаре в торговом центре погибли 12 человек.",
                 {"Лесногорске": "Lesnogorsk"}, "ru")
    assert rows == [("Lesnogorsk", "Protests", "Peaceful protest", None)]


def test_deaths_in_the_course_of_clashes_stay_their_toll_beside_a_mourning_word() -> None:
    # (the dead of the clashes told with «в ходе» are theirs, whatever is mourned)
    rows = _rows("Во вторник в Лесногорске после траурного митинга погибли два человека в ходе "
                 "столкновений с полицией.", {"Лесногорске": "Lesnogorsk"}, "ru")
    assert any(r[3] == 2 for r in rows)


def test_a_protester_shot_dead_where_no_riot_was_told_is_force_against_the_crowd() -> None:
    rows = _rows("Un manifestant a été tué par balle mardi à Valmorin, dans le nord du pays.",
                 {"Valmorin": "Valmorin"}, "fr")
    assert rows == [("Valmorin", "Protests", "Excessive force against protesters", 1)]


def test_protesters_the_police_killed_are_force_against_the_crowd() -> None:
    rows = _rows("Во вторник в Лесногорске полиция убила двух протестующих.",
                 {"Лесногорске": "Lesnogorsk"}, "ru")
    assert rows == [("Lesnogorsk", "Protests", "Excessive force against protesters", 2)]


def test_protesters_shot_after_a_riot_told_there_are_the_riots_toll() -> None:
    rows = _rows("Des jeunes ont affronté mardi les forces de l'ordre à coups de pierres à "
                 "Valmorin. Deux manifestants ont été tués par balles, selon un médecin.",
                 {"Valmorin": "Valmorin"}, "fr")
    assert rows == [("Valmorin", "Riots", "Violent demonstration", 2)]


def test_protesters_dead_in_a_stampede_are_no_force() -> None:
    rows = _rows("Trois manifestants sont morts mardi dans une bousculade à Valmorin, a indiqué "
                 "la police.", {"Valmorin": "Valmorin"}, "fr")
    assert all(r[2] != "Excessive force against protesters" for r in rows)


@pytest.mark.slow
def test_a_town_after_a_plural_kind_of_street_is_the_town(real_parser):
    found = places_found(real_parser, "ОМСК, 9 октября — Жители нескольких микрорайонов "
                         "Новосибирска во вторник перекрыли дорогу.", "ru")
    assert found["Новосибирска"][1:] == ("Novosibirsk", "city", "RU")
