"""Russian events, session 13, third review: an attack on the forces' post is an armed
clash, a promise to allow no riot is no event. Our own sentences (other towns, other
names); mentions built by hand as the geoparser would give them."""

from __future__ import annotations

from datetime import date

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.model import Mention

# Thursday 14 September 2023
PUBLISHED = date(2023, 9, 14)


def _events(text: str, town: str, keep_all: bool = True):
    place = Place(f"t:{town.lower()}", town, 10.0, 10.0, "city", "RU", population=300000)
    start = text.index(town)
    mentions = [Mention(start, start + len(town), town, place=place)]
    return detect_events(text, mentions, None, PUBLISHED, keep_all=keep_all, language="ru")


def _types(events) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.status) for e in events]


def test_gunmen_attacking_a_police_post_is_an_armed_clash():
    events = _events("Неизвестные напали на пост полиции в пригороде Хасавюрта в среду, "
                     "ранены трое полицейских.", "Хасавюрта")
    assert _types(events) == [("Armed clash", "occurred")]
    assert events[0].counts.injured == 3


def test_fire_on_a_police_station_is_an_armed_clash_with_its_dead():
    events = _events("Боевики обстреляли отдел полиции в Буйнакске во вторник, погиб "
                     "один полицейский.", "Буйнакске")
    assert _types(events) == [("Armed clash", "occurred")]
    assert events[0].counts.fatalities == 1


def test_policemen_killed_in_an_attack_on_their_post_with_no_attacker_named():
    events = _events("Двое сотрудников ДПС погибли при нападении на пост под Малгобеком, "
                     "сообщили в МВД.", "Малгобеком")
    assert _types(events) == [("Armed clash", "occurred")]


def test_a_crowd_attacking_a_police_station_is_still_a_riot():
    events = _events("Толпа протестующих напала на отдел полиции в Кентау в пятницу.",
                     "Кентау")
    assert _types(events) == [("Violent demonstration", "occurred")]


def test_a_warning_that_no_riot_will_be_allowed_is_no_event():
    events = _events("Рабочие начали забастовку в Жезказгане в понедельник; в полиции "
                     "заявили, что не допустят беспорядков.", "Жезказгане")
    assert _types(events) == [("Peaceful protest", "occurred")]


def test_a_promise_to_prevent_mass_riots_or_clashes_is_no_event():
    for text in ("Губернатор пообещал не допустить массовых беспорядков в Таразе.",
                 "Власти призвали к недопущению столкновений в Таразе."):
        assert _events(text, "Таразе") == []
