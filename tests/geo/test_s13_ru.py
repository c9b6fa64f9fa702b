"""Russian events, session 13: what made the rules fit the dev reports, on our own
sentences (other towns, other names). The mentions are built by hand, as the geoparser
would give them; the last tests read the Russian word lists the recogniser shares."""

from __future__ import annotations

from datetime import date

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.languages import ru
from geo.model import Mention

# Thursday 14 September 2023
PUBLISHED = date(2023, 9, 14)


def _place(name: str, country: str = "RU", kind: str = "city", lat: float = 10.0,
           lon: float = 10.0) -> Place:
    return Place(f"t:{name.lower()}", name, lat, lon, kind, country, population=300000)


def _events(text: str, places: dict[str, Place], keep_all: bool = False):
    mentions = []
    for surface, place in places.items():
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, place=place))
    mentions.sort(key=lambda m: m.start)
    return detect_events(text, mentions, None, PUBLISHED, keep_all=keep_all, language="ru")


def _sites(events) -> list[str]:
    return [e.location.place.name for e in events if e.location is not None]


# --- where a statement was made is no site ------------------------------------------

def test_a_place_after_a_verb_of_reporting_is_no_site():
    text = ("Во вторник в Кирове прошёл пикет против закрытия больницы. Там же, как "
            "сообщили в Перми в пресс-службе полиции, задержаны 12 человек.")
    events = _events(text, {"Кирове": _place("Kirov"), "Перми": _place("Perm")})
    assert "Perm" not in _sites(events)
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [(e.location.place.name, e.counts.arrested) for e in arrests] == [("Kirov", 12)]


def test_a_place_after_a_stance_verb_is_still_a_site():
    text = "В среду активисты провели пикет и выступили в Кирове против закрытия больницы."
    assert _sites(_events(text, {"Кирове": _place("Kirov")})) == ["Kirov"]


def test_a_body_after_a_source_aside_speaks_for_its_city():
    text = ("Во вторник в Вологде прошла акция протеста. По данным полиции Череповца, "
            "задержаны 15 человек.")
    events = _events(text, {"Вологде": _place("Vologda"), "Череповца": _place("Cherepovets")})
    assert "Cherepovets" not in _sites(events)


def test_a_destination_is_no_site():
    text = ("Утром в Кургане задержали координатора акции, его вывезли в Тюмень. Вечером "
            "сторонники активиста забросали камнями полицейский автобус.")
    events = _events(text, {"Кургане": _place("Kurgan"), "Тюмень": _place("Tyumen")})
    assert "Tyumen" not in _sites(events)
    assert "Kurgan" in _sites(events)


def test_where_a_decree_was_signed_is_no_site():
    text = "Указом, подписанным в Ашхабаде, в Мары введён комендантский час."
    events = _events(text, {"Ашхабаде": _place("Ashgabat", "TM"), "Мары": _place("Mary", "TM")})
    assert _sites(events) == ["Mary"]


# --- names that are no separate places ------------------------------------------------

def test_a_route_named_by_its_ends_is_no_site():
    text = ("В воскресенье в Энгельсе прошёл митинг. Вечером протестующие перекрыли "
            "трассу Самара — Уральск на въезде в город.")
    events = _events(text, {"Энгельсе": _place("Engels"), "Самара": _place("Samara"),
                            "Уральск": _place("Oral", "KZ")})
    assert set(_sites(events)) == {"Engels"}


def test_a_region_after_its_city_is_the_address():
    text = "В городе Балашове Саратовской области прошёл стихийный митинг жителей."
    events = _events(text, {"Балашове": _place("Balashov"),
                            "Саратовской области": _place("Saratov Oblast", kind="admin1")})
    assert _sites(events) == ["Balashov"]


def test_a_list_of_districts_is_one_scene():
    text = "Вечером беспорядки охватили районы Чертаново, Бутово и Зябликово на юге города."
    events = _events(text, {"Чертаново": _place("Chertanovo"), "Бутово": _place("Butovo"),
                            "Зябликово": _place("Zyablikovo")})
    assert len([e for e in events if e.event_type == "Riots"]) == 1


def test_a_list_of_towns_is_still_one_row_each():
    text = "Вечером беспорядки охватили Чертаново, Бутово и Зябликово."
    events = _events(text, {"Чертаново": _place("Chertanovo"), "Бутово": _place("Butovo"),
                            "Зябликово": _place("Zyablikovo")})
    assert len([e for e in events if e.event_type == "Riots"]) == 3


# --- counts -------------------------------------------------------------------------

def test_an_arrest_of_a_named_person_counts_one():
    for text in ("Во вторник в Пскове полицейские задержали Сидоренко.",
                 "Во вторник в Пскове задержали главного редактора местной газеты.",
                 "Во вторник в Пскове задержали одного из организаторов пикета."):
        events = _events(text, {"Пскове": _place("Pskov")})
        assert [e.counts.arrested for e in events if e.sub_event_type == "Arrests"] == [1], text


def test_an_arrest_of_several_people_has_no_count_of_one():
    text = "Во вторник в Пскове задержали организаторов пикета."
    events = _events(text, {"Пскове": _place("Pskov")})
    assert [e.counts.arrested for e in events if e.sub_event_type == "Arrests"] == [None]


def test_one_of_those_arrested_is_no_new_count():
    text = "Один из задержанных в Пскове был госпитализирован."
    events = _events(text, {"Пскове": _place("Pskov")}, keep_all=True)
    assert all(e.counts.arrested != 1 for e in events)


def test_person_number_reads_names_and_nouns():
    assert ru.person_number("Сидоренко") == 1
    assert ru.person_number("редактора") == 1
    assert ru.person_number("организаторов") == 2
    assert ru.person_number("вечером") is None


# --- status -------------------------------------------------------------------------

def test_a_protest_after_a_preposition_is_not_negated_by_the_verb():
    text = "В субботу в Чите прошло шествие. Полиция в шествие не вмешивалась."
    events = _events(text, {"Чите": _place("Chita")}, keep_all=True)
    assert [e.status for e in events if e.sub_event_type == "Peaceful protest"] == ["occurred"]


def test_not_only_negates_nothing():
    text = "Вторую ночь подряд протесты в Грузии охватывают не только столицу, но и другие города."
    events = _events(text, {"Грузии": _place("Georgia", "GE", kind="country")}, keep_all=True)
    assert [e.status for e in events] == ["occurred"]


def test_a_criminal_case_for_riots_is_no_riot():
    text = "Следователи в Чите возбудили дело о массовых беспорядках."
    assert _events(text, {"Чите": _place("Chita")}) == []


def test_police_reinforcements_are_no_troop_deployment():
    text = ("После гибели десантника в Чите прошёл митинг. В четверг в город стянули "
            "подразделения полиции и ОМОНа.")
    events = _events(text, {"Чите": _place("Chita")}, keep_all=True)
    assert all(e.subtype != "troop_deployment" for e in events)


def test_army_units_sent_are_a_deployment():
    text = "В Чите власти опровергли сообщения о том, что в город перебрасывают армейские части."
    events = _events(text, {"Чите": _place("Chita")}, keep_all=True)
    assert [(e.subtype, e.status) for e in events] == [("troop_deployment", "reported-denied")]


def test_an_agreed_gathering_is_planned():
    text = "Жители Читы договорились собраться на новый сход в субботу."
    events = _events(text, {"Читы": _place("Chita")}, keep_all=True)
    assert [e.status for e in events] == ["planned"]


# --- one copy of the word lists -------------------------------------------------------

def test_the_lexicon_and_the_recogniser_share_their_words():
    from geo.events.lexicon_ru import VOCABULARY
    assert VOCABULARY.at_place == ru.AT_PLACE
    assert VOCABULARY.from_place == ru.FROM_PLACE
    assert set(ru.STREET_STEMS) <= VOCABULARY.street_words


def test_wages_or_a_flight_held_up_are_no_arrest():
    for text in ("Рабочим комбината в Темиртау третий месяц задерживают зарплату.",
                 "В аэропорту Темиртау рейс был задержан на три часа из-за тумана."):
        events = _events(text, {"Темиртау": _place("Temirtau", "KZ")}, keep_all=True)
        assert all(e.sub_event_type != "Arrests" for e in events), text
