"""Session 15, roles: places a report names that are no incident site, read from the
sentence's structure, in English, Russian and French — where a person described in
passing comes from ("a 24-year-old nurse from X, who said ..."), where a statement was
made ("a précisé à X que ..."), a square named by an adjective ("на Заречной площади")
— and events a Russian or French report dates by a past year alone (background, no
row). Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events
from geo.events.lexical_roles import without_non_places
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN
from geo.events.sites import without_non_sites

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _sites(text: str, names: list[str], language: str = "en") -> set[str]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return {e.location.place.name for e in detect_events(
        text, mentions, None, PUBLISHED, language=language) if e.location is not None}


def _role(text: str, name: str) -> str:
    mentions = mentions_at(text, {name: town(name)})
    return without_non_sites(text, mentions)[0].role


def test_a_person_described_by_age_and_who_comes_from_the_town_named():
    text = ("Police fired tear gas at protesters in Carrowmore on Tuesday. A 24-year-old "
            "nurse from Dunmallow, who said she had been beaten by officers, was treated "
            "in hospital.")
    assert _role(text, "Dunmallow") == "origin"
    assert "Dunmallow" not in _sites(text, ["Carrowmore", "Dunmallow"])


def test_a_speaker_from_a_town_comes_from_it():
    text = "A fisherman from Port Ellery told reporters that soldiers had burned his boat."
    assert _role(text, "Port Ellery") == "origin"


def test_a_road_from_a_town_is_no_person_and_stays_a_site():
    text = "The highway from Dunmallow to Carrowmore was blocked by protesters on Tuesday."
    assert _role(text, "Dunmallow") == "location"


def test_police_arresting_people_from_a_town_may_arrest_them_there():
    text = "Police arrested five men from Dunmallow on Tuesday."
    assert _role(text, "Dunmallow") == "location"


def test_french_place_after_a_verb_of_saying_is_where_it_was_said():
    text = ("VALMONT, 14 mars (AFP) — Le ministère de l'Intérieur a précisé jeudi à Valmont "
            "que 45 manifestants avaient été interpellés à Corbière depuis lundi.")
    sites = _sites(text, ["VALMONT", "Valmont", "Corbière"], "fr")
    assert "Corbière" in sites and "Valmont" not in sites and "VALMONT" not in sites


def test_french_announcement_in_a_town_still_places_its_measure_there():
    text = "Le préfet a annoncé mercredi à Corbière un couvre-feu de 20h à 6h."
    assert "Corbière" in _sites(text, ["Corbière"], "fr")


def test_russian_event_told_by_a_past_year_alone_is_background():
    text = ("ОЛЬХОВКА, 14 марта — Жители Ольховки во вторник вышли на митинг против "
            "закрытия больницы.\n\nВ 2009 году в Заречье полиция разогнала митинг "
            "фермеров.")
    sites = _sites(text, ["ОЛЬХОВКА", "Ольховки", "Заречье"], "ru")
    assert "Ольховки" in sites and "Заречье" not in sites


def test_french_event_told_by_a_past_year_alone_is_background():
    text = ("En 2015, des manifestants avaient incendié la mairie de Corbière. Jeudi, "
            "quelques centaines de personnes ont défilé dans le calme à Valmont.")
    sites = _sites(text, ["Corbière", "Valmont"], "fr")
    assert sites == {"Valmont"}


def test_russian_square_named_by_an_adjective_is_no_town():
    text = ("Сотни жителей собрались в воскресенье на Заречной площади в Ольховке, "
            "требуя отставки мэра.")
    sites = _sites(text, ["Заречной", "Ольховке"], "ru")
    assert sites == {"Ольховке"}


def test_russian_club_named_like_a_town_in_guillemets_is_no_place():
    text = ("ОЛЬХОВКА, 14 марта — «Заречье» в среду обыграло гостей со счётом 3:1, а "
            "болельщики из Заречья встретили команду на вокзале.")
    mentions = mentions_at(text, {"Заречье": town("Заречье"), "Заречья": town("Заречье")})
    kept = without_non_places(mentions, RUSSIAN.words(text), RUSSIAN)
    assert [m.text for m in kept] == ["Заречья"]


def test_russian_forward_who_scores_is_no_attack():
    text = ("ОЛЬХОВКА, 14 марта — На 80-й минуте нападающий хозяев Игорь Мельников забил "
            "победный гол.")
    assert _sites(text, ["ОЛЬХОВКА"], "ru") == set()


def test_russian_attackers_on_people_still_attack():
    text = ("ОЛЬХОВКА, 14 марта — В среду в Ольховке неизвестные, нападающие на прохожих "
            "с ножами, ранили троих человек.")
    assert "Ольховке" in _sites(text, ["ОЛЬХОВКА", "Ольховке"], "ru")


def test_a_season_of_a_past_year_dates_background():
    text = ("Police fired tear gas at protesters in Carrowmore on Tuesday. Police had "
            "dispersed a march in Dunmallow in the summer of 2013.")
    assert _sites(text, ["Carrowmore", "Dunmallow"]) == {"Carrowmore"}


def test_a_birthplace_told_as_an_epithet_is_a_home():
    text = ("Police fired tear gas at protesters in Carrowmore on Tuesday. The "
            "Dunmallow-born activist was arrested at the protest.")
    assert _role(text, "Dunmallow") == "residence"
    assert "Dunmallow" not in _sites(text, ["Carrowmore", "Dunmallow"])


def test_a_prison_or_hospital_someone_is_sent_to_is_no_site():
    text = ("Police fired tear gas at protesters in Carrowmore on Tuesday and detained "
            "their leader, who was later transferred to a prison in Dunmallow.")
    assert _role(text, "Dunmallow") == "residence"
    assert "Dunmallow" not in _sites(text, ["Carrowmore", "Dunmallow"])


RU_LEAD = ("ОЛЬХОВКА, 14 марта — Полиция во вторник разогнала митинг в Ольховке и задержала "
           "12 человек. ")
FR_LEAD = ("VALMONT, 14 mars (AFP) — La police a dispersé mardi une manifestation à Valmont "
           "et interpellé 12 personnes. ")


def _elsewhere(lead: str, sentence: str, names: list[str], language: str) -> set[str]:
    return _sites(lead + sentence, names, language) - set(names[:2])


def test_russian_hospital_or_colony_someone_is_sent_to_is_no_site():
    names = ["ОЛЬХОВКА", "Ольховке", "Заречье"]
    for sentence in ("Раненого активиста доставили в больницу в Заречье.",
                     "Одного из задержанных этапировали в колонию в Заречье."):
        assert _elsewhere(RU_LEAD, sentence, names, "ru") == set()


def test_french_flight_and_transfer_are_destinations():
    names = ["VALMONT", "Valmont", "Corbière"]
    for sentence in ("Des militants ont fui vers Corbière après la dispersion.",
                     "Un blessé a été évacué vers un hôpital de Corbière.",
                     "L'un des interpellés a été transféré à la prison de Corbière."):
        assert _elsewhere(FR_LEAD, sentence, names, "fr") == set()


def test_a_summit_venue_and_a_courts_seat_are_no_sites():
    assert _elsewhere(RU_LEAD, "Выступая на саммите в Заречье, президент назвал "
                      "протестующих провокаторами.", ["ОЛЬХОВКА", "Ольховке", "Заречье"],
                      "ru") == set()
    assert _elsewhere(RU_LEAD, "Суд в Заречье арестовал троих задержанных на 15 суток.",
                      ["ОЛЬХОВКА", "Ольховке", "Заречье"], "ru") == set()


def test_a_crowd_at_a_court_is_at_its_town():
    text = ("ОЛЬХОВКА, 14 марта — Во вторник у здания суда в Заречье собрались сотни "
            "сторонников арестованного мэра, полиция задержала 12 человек.")
    assert "Заречье" in _sites(text, ["ОЛЬХОВКА", "Заречье"], "ru")


def test_a_past_year_on_the_subject_dates_what_it_ended_in():
    text = ("The teachers' union, whose marches in Dunmallow in 2016 ended in tear gas and "
            "dozens of arrests, said on Tuesday it would call a new strike.")
    assert _sites(text, ["Dunmallow"]) == set()


def test_a_courts_verdict_names_charges_not_events():
    ru = ("ОЛЬХОВКА, 14 марта — Суд в Ольховке в среду признал двух активистов виновными "
          "в нападении на полицейских во время митинга и приговорил их к трём годам.")
    fr = ("VALMONT, 14 mars (AFP) — Le tribunal l'a reconnu coupable de violences commises "
          "lors de la répression de manifestants à Valmont en janvier.")
    assert _sites(ru, ["ОЛЬХОВКА", "Ольховке"], "ru") == set()
    assert _sites(fr, ["VALMONT", "Valmont"], "fr") == set()


def test_a_court_set_on_fire_is_an_event_at_its_town():
    text = ("VALMONT, 14 mars (AFP) — Le tribunal de Valmont a été incendié mardi soir par "
            "des manifestants en colère.")
    assert _sites(text, ["VALMONT", "Valmont"], "fr")


def test_a_groups_headquarters_and_hospitals_elsewhere_are_no_sites():
    lead = "Police fired tear gas at protesters in Carrowmore on Tuesday. "
    for sentence in ("The rights group, which has its headquarters in Dunmallow, said 12 "
                     "protesters had been arrested.",
                     "The wounded were taken to hospitals in Dunmallow, 40 km away."):
        assert "Dunmallow" not in _sites(lead + sentence, ["Carrowmore", "Dunmallow"])


def test_a_march_on_a_headquarters_is_at_its_town():
    text = "On Sunday, thousands of people marched on the police headquarters in Dunmallow."
    assert _sites(text, ["Dunmallow"]) == {"Dunmallow"}


def test_russian_source_and_news_conference_places_are_no_sites():
    names = ["ОЛЬХОВКА", "Ольховке", "Заречье"]
    for sentence in ("По словам источника в Заречье, задержанных избивали.",
                     "Пресс-конференция в Заречье, где глава МВД рассказал о задержаниях, "
                     "продлилась час."):
        assert _elsewhere(RU_LEAD, sentence, names, "ru") == set()
