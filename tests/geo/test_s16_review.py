"""Session 16's review: classes a read-only reviewer's fresh paragraphs found worse after
the session's rounds, each mended and pinned here with sentences of our own. Towns are
invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _rows(text: str, names: list[str], language: str = "en") -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name if e.location is not None and
                   e.location.place is not None else None, e.event_type, e.counts.fatalities,
                   e.counts.arrested)
                  for e in detect_events(text, mentions, None, PUBLISHED, language=language))


def test_a_death_in_the_course_of_the_riot_is_its_toll_in_russian():
    text = ("После гибели трёх человек в ходе беспорядков в Верхнеборске во вторник "
            "власти ввели комендантский час.")
    assert ("Верхнеборске", "Riots", 3, None) in _rows(text, ["Верхнеборске"], "ru")


def test_a_death_in_the_course_of_the_clashes_is_their_toll_in_french():
    text = ("Après la mort de quatre personnes lors des affrontements de lundi à Montcalier, "
            "l'opposition a appelé à la grève.")
    assert [row[2] for row in _rows(text, ["Montcalier"], "fr") if row[0]] == [4]


def test_a_toll_told_before_the_death_that_followed_it_stays():
    text = ("В ходе столкновений в Верхнеборске в понедельник погибли трое, после гибели "
            "одного из них толпа подожгла здание полиции.")
    assert [row[2] for row in _rows(text, ["Верхнеборске"], "ru") if row[0]] == [3]


def test_a_riots_toll_beside_infections_told_without_a_figure_counts():
    text = ("Five people were killed in riots over the quarantine in Pellmoor on Monday, "
            "as infections kept rising.")
    assert [row[2] for row in _rows(text, ["Pellmoor"])] == [5]


def test_those_still_in_custody_are_no_second_arrest():
    text = ("Police arrested 60 people in Pellmoor on Monday, and 25 of them were still in "
            "custody on Tuesday.")
    assert [row[3] for row in _rows(text, ["Pellmoor"]) if row[1] != "Protests"] == [60]


def test_marchers_who_feared_arrest_still_marched():
    text = "Students who feared arrest marched through Pellmoor on Sunday regardless."
    assert ("Pellmoor", "Protests") in [row[:2] for row in _rows(text, ["Pellmoor"])]


def test_police_from_a_town_acting_there_keep_it_as_the_site():
    text = "Riot police from Pellmoor fired tear gas at protesters on Monday."
    assert [row[0] for row in _rows(text, ["Pellmoor"])] == ["Pellmoor"]


def test_a_car_driven_into_a_group_is_an_attack_not_an_accident():
    text = ("A man crashed his van into a group of worshippers outside a church in Pellmoor "
            "on Sunday, killing two.")
    assert [row[2] for row in _rows(text, ["Pellmoor"])] == [2]
