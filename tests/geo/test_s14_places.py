"""Places, session 14: recognition of the classes that failed on unseen text. Russian
towns named by an adjective ("в Жуковском"), French departments after an article ("dans
le Var"), two places around "de" in French, multi-word demonyms in English, and
airports named by a person's name alone after "at". Our own sentences; the scored set of
these classes is tests/data/geoparse_places.jsonl (test_s14_places_set.py)."""

from __future__ import annotations

import pytest
from placed_mentions import places_found

pytestmark = pytest.mark.slow




def test_a_russian_town_named_by_an_adjective(real_parser):
    found = places_found(real_parser, "Мост обрушился в Жуковском, а пожар начался в "
                    "Прохладном.", "ru")
    assert found["Жуковском"][1:] == ("Zhukovsky", "city", "RU")
    assert found["Прохладном"][1:] == ("Prokhladnyy", "city", "RU")


def test_a_russian_adjective_before_its_noun_is_no_town(real_parser):
    found = places_found(real_parser, "Переговоры прошли в Белом доме, а концерт — в Большом "
                    "театре.", "ru")
    assert "Белом" not in found and "Большом" not in found


def test_a_french_department_after_an_article(real_parser):
    found = places_found(real_parser, "Les gendarmes de la Gironde et ceux de la Somme ont "
                    "été envoyés dans le Lot-et-Garonne.", "fr")
    assert found["Gironde"][1:] == ("Gironde", "admin2", "FR")
    assert found["Somme"][1:] == ("Somme", "admin2", "FR")
    assert found["Lot-et-Garonne"][1:] == ("Lot-et-Garonne", "admin2", "FR")


def test_a_french_place_and_the_place_after_de(real_parser):
    found = places_found(real_parser, "Des pêcheurs de Saint-Louis du Sénégal ont bloqué le "
                    "pont jeudi.", "fr")
    assert found["Saint-Louis"][1:] == ("Saint-Louis", "city", "SN")
    assert found["Sénégal"][1:] == ("Senegal", "country", "SN")


def test_a_demonym_of_several_words_is_one_mention(real_parser):
    found = places_found(real_parser, "A Papua New Guinean trader and two Costa Rican "
                    "surfers were rescued off the reef.", "en")
    assert found["Papua New Guinean"] == ("demonym", "Papua New Guinea", "country", "PG")
    assert found["Costa Rican"] == ("demonym", "Costa Rica", "country", "CR")
    assert "Papua" not in found and "Guinean" not in found


def test_an_airport_by_a_person_s_name_after_at(real_parser):
    found = places_found(real_parser, "Dozens of travellers spent the night at Indira Gandhi "
                    "after fog grounded every flight.", "en")
    assert found["Indira Gandhi"][1:] == ("Indira Gandhi International Airport",
                                          "airport", "IN")


def test_a_person_after_at_is_no_airport(real_parser):
    found = places_found(real_parser, "The senator took aim at Boris Johnson in a speech in "
                    "Leeds.", "en")
    assert "Boris Johnson" not in found


def test_russian_names_in_the_plural_and_towns_on_their_river(real_parser):
    found = places_found(real_parser, "Свет отключили в Мытищах, а паводок дошёл до "
                    "Франкфурта-на-Одере и Ростова-на-Дону.", "ru")
    assert found["Мытищах"][1:] == ("Mytishchi", "city", "RU")
    assert found["Франкфурта-на-Одере"][1:] == ("Frankfurt (Oder)", "city", "DE")
    assert found["Ростова-на-Дону"][1:] == ("Rostov-on-Don", "city", "RU")


def test_an_institution_or_a_longer_name_after_at_is_no_airport(real_parser):
    found = places_found(real_parser, "Students at Ohio State University marched on Friday, "
                    "and guards at Blue Grass Army Depot were put on alert.", "en")
    assert not any(kind == "airport" for _, _, kind, _ in found.values())


def test_a_compass_point_after_an_article_is_no_region(real_parser):
    found = places_found(real_parser, "Les orages ont frappé tout l'Ouest jeudi, et des crues "
                    "ont touché le Morbihan.", "fr")
    assert "Ouest" not in found
    assert found["Morbihan"][1:] == ("Morbihan", "admin2", "FR")


def test_a_possessive_adjective_or_a_station_is_no_town(real_parser):
    found = places_found(real_parser, "Колонна прошла от площади Ленина к станции метро "
                    "«Пушкинская» в Самаре.", "ru")
    assert found.get("Ленина", ("street",))[0] != "named" or found["Ленина"][1] == "Samara"
    assert found.get("Пушкинская", ("demonym",))[0] == "demonym"
