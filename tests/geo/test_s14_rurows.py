"""Russian and French rows, session 14 (rurows): an act told again on a later day is
that day's event, and a country's row with no figure of its own does not take in its
cities' events. Our own sentences (other towns, other names); mentions built by hand
as the geoparser would give them."""

from __future__ import annotations

from datetime import date

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.model import Mention

# Thursday 14 September 2023
PUBLISHED = date(2023, 9, 14)


def _events(text: str, towns: dict[str, tuple[str, str]], language: str):
    """``towns``: each name as written → (the place's name, its kind)."""
    mentions = []
    for written, (name, kind) in towns.items():
        country = "RU" if language == "ru" else "SN"
        place = Place(f"t:{name.lower()}", name, 10.0, 10.0, kind, country,
                      population=300000 if kind == "city" else 0)
        at = 0
        while (at := text.find(written, at)) >= 0:
            mentions.append(Mention(at, at + len(written), written, place=place))
            at += len(written)
    mentions.sort(key=lambda m: m.start)
    return detect_events(text, mentions, None, PUBLISHED, keep_all=False, language=language)


def _rows(events) -> list[tuple[str, str, str]]:
    return sorted((e.location.place.name, e.sub_event_type, e.event_date.isoformat())
                  for e in events)


def test_a_crowd_dispersed_again_the_next_day_is_a_second_dispersal():
    text = ("КАЗАНЬ, 14 сентября — Полиция во вторник разогнала митинг у здания мэрии "
            "Казани. Участники акции требовали отставки мэра.\n\n"
            "В среду мэрия работала в обычном режиме. Вечером полиция вновь разогнала "
            "людей, пришедших к зданию с плакатами.")
    rows = _rows(_events(text, {"КАЗАНЬ": ("Kazan", "city"), "Казани": ("Kazan", "city")},
                         "ru"))
    assert ("Kazan", "Protest with intervention", "2023-09-12") in rows
    assert ("Kazan", "Protest with intervention", "2023-09-13") in rows


def test_french_de_nouveau_tells_a_new_dispersal():
    text = ("THIÈS, 14 septembre (AFP) — Les gendarmes ont dispersé mardi un rassemblement "
            "devant la mairie de Thiès. Les manifestants réclamaient la libération d'un "
            "syndicaliste.\n\nMercredi après-midi, des centaines de jeunes se sont retrouvés "
            "devant la mairie. Les gendarmes les ont de nouveau dispersés à coups de gaz "
            "lacrymogène.")
    rows = _rows(_events(text, {"THIÈS": ("Thiès", "city"), "Thiès": ("Thiès", "city")}, "fr"))
    assert ("Thiès", "Protest with intervention", "2023-09-12") in rows
    assert ("Thiès", "Protest with intervention", "2023-09-13") in rows


def test_a_countrys_row_without_a_figure_does_not_take_in_its_cities():
    text = ("МОСКВА, 14 сентября — Акции протеста в среду прошли в десятках городов "
            "России.\n\nВ Перми задержаны 30 человек. Полиция разгоняла шествие "
            "дубинками. В Самаре полиция разогнала пикет у здания правительства.")
    rows = _rows(_events(text, {"России": ("Russia", "country"), "Перми": ("Perm", "city"),
                                "Самаре": ("Samara", "city")}, "ru"))
    assert ("Perm", "Protest with intervention", "2023-09-13") in rows
    assert ("Samara", "Protest with intervention", "2023-09-13") in rows
