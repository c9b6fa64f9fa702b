"""Session 18, tolls told again at a new figure: "the toll had climbed to 9", "the number
rose to 52 by Sunday", "the figure had climbed to 31", "bringing the number held in the
town to 17", «число раненых возросло до 11», «le nombre d'interpellations a atteint 23».
The row of the count told before takes the last figure; a total of the story ("since the
protests began", "from five days of unrest", «с начала протестов», «depuis le début»)
and another day's added count ("four more ... on Tuesday, bringing the total to 40")
update no row. Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.counts import find_counts
from geo.events.detect import detect_events
from geo.events.lexical_counts import find_counts as lexical_counts
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN

PUBLISHED = date(2023, 5, 19)  # a Friday


def _rows(text: str, names: list[str], language: str = "en") -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name, e.sub_event_type, e.counts.fatalities,
                   e.counts.injured, e.counts.arrested)
                  for e in detect_events(text, mentions, None, PUBLISHED, language=language)
                  if e.location is not None)


def _updates(text: str) -> list[tuple[str, int]]:
    return [(c.field, c.value) for c in find_counts(text, context=0) if c.updates]


def test_a_toll_that_climbed_updates_the_count_told_before():
    text = ("Soldiers fired on a crowd that had blocked the main road in Varnessa on "
            "Wednesday, killing five people. By Thursday night the toll had climbed to nine, "
            "a hospital director said.")
    rows = _rows(text, ["Varnessa"])
    assert [row[2] for row in rows if row[2] is not None] == [9]


def test_a_bare_number_that_rose_counts_what_the_count_before_it_counted():
    assert _updates("Police detained 40 people in Ostrava Nova on Saturday night, and the "
                    "number rose to 52 by Sunday.") == [("arrested", 52)]
    text = ("Police arrested 22 dockers who had blocked the port gates in Kelmira on "
            "Thursday. By Friday morning the figure had climbed to 31, the union said.")
    rows = _rows(text, ["Kelmira"])
    assert [row[4] for row in rows if row[4] is not None] == [31]


def test_a_number_held_brought_to_a_figure_on_the_same_day_is_that_count():
    text = ("Rioters burned a customs post in Tarvenne on Thursday, and 13 people were "
            "arrested. Four more were detained later in the day, bringing the number held "
            "in the town to 17.")
    rows = _rows(text, ["Tarvenne"])
    assert 17 in [row[4] for row in rows]
    assert 13 not in [row[4] for row in rows]


def test_the_toll_of_several_days_or_since_a_day_is_no_update():
    assert _updates("The death toll from five days of unrest in the south rose to 48 on "
                    "Monday.") == []
    assert _updates("The number of people arrested since the strike began on Monday "
                    "climbed to 260.") == []


def test_a_total_that_another_days_added_count_brings_updates_no_row():
    text = ("Two protesters were shot dead in Brennick on Monday. On Tuesday, four more "
            "people were killed in clashes in Brennick, bringing the total to six.")
    rows = _rows(text, ["Brennick"])
    assert sorted(row[2] for row in rows if row[2] is not None) == [2, 4]
    text = ("Two protesters were shot dead in Brennick on Monday. Three people were killed "
            "in clashes in Brennick on Tuesday, taking the total to five.")
    rows = _rows(text, ["Brennick"])
    assert sorted(row[2] for row in rows if row[2] is not None) == [2, 3]


def test_a_russian_tally_that_rose_updates_the_count_told_before():
    text = ("В среду в Кордане полиция задержала 19 человек после столкновений у мэрии. "
            "В четверг число задержанных в Кордане достигло 27.")
    rows = _rows(text, ["Кордане"], "ru")
    assert 27 in [row[4] for row in rows]
    assert 19 not in [row[4] for row in rows]


def test_a_russian_or_french_tally_of_the_story_updates_no_count():
    sentences = ((RUSSIAN, "С начала протестов число задержанных в стране возросло до 400."),
                 (FRENCH, "Depuis le début du mouvement, le nombre de blessés est passé à 90."))
    for vocabulary, sentence in sentences:
        assert not any(c.updates for c in lexical_counts(vocabulary.words(sentence),
                                                          vocabulary))
    rising = "Число раненых в Кордане к вечеру среды возросло до 11."
    assert [(c.field, c.value) for c in lexical_counts(RUSSIAN.words(rising), RUSSIAN)
            if c.updates] == [("injured", 11)]


def test_a_french_count_that_reached_a_figure_with_none_before_is_its_events():
    text = ("Des heurts ont opposé des jeunes aux gendarmes mardi soir à Valmorin. "
            "Le nombre d'interpellations a atteint 23 mercredi matin, selon le parquet.")
    rows = _rows(text, ["Valmorin"], "fr")
    assert 23 in [row[4] for row in rows]


def test_a_russian_or_french_total_broken_down_by_city_leaves_each_city_its_share():
    text = ("Полиция задержала в субботу 52 человека, из них 31 — в Кордане и 21 — в "
            "Листвене, сообщило министерство.")
    arrested = {row[0]: row[4] for row in _rows(text, ["Кордане", "Листвене"], "ru")
                if row[1] == "Arrests"}
    assert arrested == {"Кордане": 31, "Листвене": 21}
    text = ("Quarante personnes ont été interpellées samedi, dont 25 à Valmorin et 15 à "
            "Pradelle, selon la préfecture.")
    arrested = {row[0]: row[4] for row in _rows(text, ["Valmorin", "Pradelle"], "fr")
                if row[1] == "Arrests"}
    assert arrested == {"Valmorin": 25, "Pradelle": 15}
