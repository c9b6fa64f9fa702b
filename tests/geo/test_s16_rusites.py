"""Session 16, Russian and French sites and recall: places a report names only as a
source's seat («selon une source sécuritaire à X»), a press conference's venue, an
origin («dont beaucoup viennent de X»), a home («житель X», «un habitant de X»), a
destination («доставили в отделение полиции в X», «doit rejoindre la base de X») or a
district of a town («dans le quartier de X, à Y»); «L'ONG» read as no town; Russian
protests told by a square, a counted crowd gathering or supporters blocking a road.
Sentences are invented; towns are invented places (the recognizer test excepted)."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, places_found, town

from geo.events.detect import detect_events

PUBLISHED = date(2025, 9, 18)  # a Thursday


def _rows(text: str, names: list[str], language: str) -> list[tuple[str, str, str]]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return [(e.event_type, e.location.place.name, e.status) for e in detect_events(
        text, mentions, None, PUBLISHED, keep_all=True, language=language)
        if e.location is not None]


def _sites(text: str, names: list[str], language: str) -> set[str]:
    return {place for _, place, _ in _rows(text, names, language)}


def test_a_security_source_s_town_is_no_site():
    text = ("Des heurts ont éclaté mardi à Valmont entre des jeunes et la police. Deux "
            "personnes ont été interpellées, selon une source sécuritaire à Corbelle.")
    assert _sites(text, ["Valmont", "Corbelle"], "fr") == {"Valmont"}


def test_a_press_conference_s_town_is_no_site():
    text = ("Des heurts ont éclaté mardi à Valmont. Le ministre, lors d'une conférence de "
            "presse à Corbelle, a fait état de pillages de boutiques.")
    assert "Corbelle" not in _sites(text, ["Valmont", "Corbelle"], "fr")


def test_where_demonstrators_come_from_is_no_site():
    text = ("Des heurts ont éclaté mardi à Valmont. Le rassemblement des vendeurs, dont "
            "beaucoup viennent de Corbelle, a été dispersé à coups de gaz lacrymogène.")
    assert _sites(text, ["Valmont", "Corbelle"], "fr") == {"Valmont"}


def test_one_resident_s_town_is_his_home():
    text = ("В Заречинске в субботу прошёл митинг против закрытия завода. 47-летний житель "
            "Озерска въехал на автомобиле в толпу, трое участников акции ранены. "
            "Водитель задержан.")
    assert _sites(text, ["Заречинске", "Озерска"], "ru") == {"Заречинске"}


def test_residents_of_a_town_who_protest_protest_there():
    text = "Жители Озерска в субботу вышли на улицы, протестуя против закрытия завода."
    assert _sites(text, ["Озерска"], "ru") == {"Озерска"}


def test_a_french_resident_s_town_is_his_home():
    text = ("À Valmont, un habitant de Corbelle a été interpellé mardi lors de la "
            "manifestation.")
    assert "Corbelle" not in _sites(text, ["Valmont", "Corbelle"], "fr")


def test_a_police_station_s_town_is_where_detainees_were_taken():
    text = ("В Заречинске в пятницу прошёл пикет медиков. По словам полиции, задержанных "
            "доставили в отделение полиции в Озерске.")
    assert _sites(text, ["Заречинске", "Озерске"], "ru") == {"Заречинске"}


def test_a_convoy_s_destination_is_no_site():
    text = ("Le convoi, parti mardi, doit rejoindre la base de Corbelle. Samedi matin, des "
            "manifestants ont bloqué la route à Valmont. Les gendarmes ont dispersé la "
            "foule.")
    assert "Corbelle" not in _sites(text, ["Valmont", "Corbelle"], "fr")


def test_a_district_before_its_town_is_the_town_s_part():
    text = ("Des heurts ont opposé mardi des jeunes aux policiers dans le quartier de "
            "Belcour, à Valmont.")
    assert _sites(text, ["Belcour", "Valmont"], "fr") == {"Valmont"}


def test_students_blocking_a_crossroads_protest():
    text = "В Заречинске в среду студенты перекрыли центральный перекрёсток города."
    assert ("Protests", "Заречинске", "occurred") in _rows(text, ["Заречинске"], "ru")


def test_a_police_cordon_is_no_protest():
    text = "В Заречинске в среду полиция перекрыла дорогу к аэропорту."
    assert _rows(text, ["Заречинске"], "ru") == []


def test_a_crowd_on_a_square_protests():
    text = "В Заречинске в воскресенье на площадь перед мэрией пришли тысячи людей."
    assert ("Protests", "Заречинске", "occurred") in _rows(text, ["Заречинске"], "ru")


def test_the_gathering_s_verb_in_the_past_is_no_plan():
    text = ("В пятницу в Заречинске на главной площади собрались сторонники назначенного "
            "губернатора.")
    assert ("Protests", "Заречинске", "occurred") in _rows(text, ["Заречинске"], "ru")


def test_an_acronym_after_an_elided_article_is_no_town(real_parser):
    found = places_found(real_parser, "L'ONG réclame une enquête sur les violences à "
                         "Bouaké.", "fr")
    assert "L'ONG" not in found and "ONG" not in found
    assert found["Bouaké"][1] == "Bouaké"


def test_a_place_ending_a_sentence_is_no_speaker_of_the_next_one():
    text = ("Des heurts ont éclaté lundi à Valmont. Selon la police, trois personnes ont "
            "été blessées.")
    assert _sites(text, ["Valmont"], "fr") == {"Valmont"}


def test_a_town_that_speaks_is_still_no_site():
    text = "Valmont a condamné les violences commises contre les manifestants."
    assert _rows(text, ["Valmont"], "fr") == []
