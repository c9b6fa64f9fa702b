"""Session 18, French and Russian checkpoints and deployments: a roadblock of the army,
the police or the gendarmerie is a checkpoint («des barrages de gendarmerie», «les soldats
ont dressé des barrages»), as English "set up roadblocks" is, while the crowd's stays a blockade;
troops that «ont pris position» are deployed, as English "took up positions", but a
stance taken («a pris position contre») is none; Russian posts of the police or the army
(«выставлены полицейские посты») are checkpoints, an office («пост мэра») is none; people
counted who block a road protest, in both languages and in English ("several hundred
people blocked the highway"); a road the police close is none.
Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _rows(text: str, names: list[str], language: str = "fr") -> set[tuple[str, str, str]]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return {(e.event_type, e.sub_event_type, e.location.place.name)
            for e in detect_events(text, mentions, None, PUBLISHED, language=language)
            if e.location is not None}


def test_a_gendarmerie_roadblock_is_a_checkpoint():
    text = ("Des barrages de gendarmerie ont été installés mercredi aux entrées de "
            "Valmorin, a indiqué la préfecture.")
    assert ("Strategic developments", "Other", "Valmorin") in _rows(text, ["Valmorin"])


def test_soldiers_who_set_up_roadblocks_man_checkpoints():
    text = "Mardi, les soldats ont dressé des barrages à toutes les entrées de Kerbala-sur-Mer."
    assert _rows(text, ["Kerbala-sur-Mer"]) == {
        ("Strategic developments", "Other", "Kerbala-sur-Mer")}


def test_a_crowds_roadblocks_stay_a_protest():
    text = ("Des manifestants ont dressé des barrages mardi à Valmorin avant d'être "
            "dispersés par la police.")
    rows = _rows(text, ["Valmorin"])
    assert rows and all(kind == "Protests" for kind, _, _ in rows)


def test_armoured_vehicles_that_took_up_positions_are_deployed():
    text = "Des blindés de l'armée ont pris position lundi autour du palais à Valmorin."
    assert ("Strategic developments", "Other", "Valmorin") in _rows(text, ["Valmorin"])


def test_a_stance_taken_is_no_deployment():
    text = "Le député de Valmorin a pris position contre la réforme des retraites mardi."
    assert _rows(text, ["Valmorin"]) == set()


def test_police_posts_at_a_towns_entries_are_checkpoints():
    text = ("На въездах в Заречинск во вторник выставлены шесть полицейских постов, "
            "сообщили в МВД.")
    assert _rows(text, ["Заречинск"], "ru") == {
        ("Strategic developments", "Other", "Заречинск")}


def test_troops_that_set_up_posts_make_one_row():
    text = "В среду военные выставили посты на всех дорогах, ведущих в Заречинск."
    assert len(_rows(text, ["Заречинск"], "ru")) == 1


def test_an_office_is_no_post_of_the_forces():
    text = "Он занимал пост мэра Заречинска с 2019 года, а в среду ушёл в отставку."
    assert _rows(text, ["Заречинска"], "ru") == set()


def test_people_counted_who_block_a_road_protest():
    text = ("В воскресенье около четырёхсот человек перекрыли трассу у Заречинска, "
            "требуя вернуть воду.")
    assert _rows(text, ["Заречинска"], "ru") == {("Protests", "Peaceful protest", "Заречинска")}


def test_a_road_the_police_close_is_no_protest():
    text = "Полиция перекрыла улицы в центре Заречинска, сотни человек не могли пройти."
    assert _rows(text, ["Заречинска"], "ru") == set()


def test_people_counted_who_bar_a_road_protest_in_french():
    text = ("Plusieurs centaines de personnes ont bloqué la route nationale à l'entrée de "
            "Valmorin dimanche.")
    assert _rows(text, ["Valmorin"]) == {("Protests", "Peaceful protest", "Valmorin")}


def test_a_road_the_gendarmes_close_is_no_protest_in_french():
    text = ("Les gendarmes ont bloqué les rues du centre de Valmorin, des centaines de "
            "personnes n'ont pas pu passer.")
    assert _rows(text, ["Valmorin"]) == set()


def test_people_counted_who_block_a_highway_protest_in_english():
    text = ("Several hundred people blocked the main highway outside Marlowe on Sunday, "
            "demanding clean water.")
    assert _rows(text, ["Marlowe"], "en") == {("Protests", "Peaceful protest", "Marlowe")}


def test_people_a_police_cordon_strands_are_no_protesters():
    text = ("Police sealed off streets in central Marlowe and hundreds of people were "
            "unable to pass.")
    assert all(kind != "Protests" for kind, _, _ in _rows(text, ["Marlowe"], "en"))
