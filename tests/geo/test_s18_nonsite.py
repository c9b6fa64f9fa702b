"""Session 18, roles: a place the tree joins to a home, an origin or a destination
shares its role (the next items of its list, the area named after it that holds it),
where troops are sent or deployed from is their base; a town in a phrase of support is no
site in Russian and French (the English rule for support and likeness was taken out: it
lost held-out events); a Russian route's ends are no sites.
Sentences are invented; towns are invented places."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from placed_mentions import mentions_at, town

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.sites import without_non_sites

PUBLISHED = date(2025, 9, 18)  # a Thursday


def _roles(text: str, places: dict[str, Place]) -> dict[str, str]:
    return {m.text: m.role for m in without_non_sites(text, mentions_at(text, places))}


def _sites(text: str, names: list[str], language: str = "en") -> set[str]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return {e.location.place.name for e in detect_events(
        text, mentions, None, PUBLISHED, language=language) if e.location is not None}


def test_every_town_of_a_list_people_were_bused_in_from_is_an_origin():
    text = ("Thousands of farmers marched through Velmora on Tuesday. Many had been bused "
            "in from Ostrava Nova and Kellin overnight.")
    roles = _roles(text, {name: town(name) for name in ("Velmora", "Ostrava Nova", "Kellin")})
    assert roles == {"Velmora": "location", "Ostrava Nova": "origin", "Kellin": "origin"}


def test_the_towns_listed_after_reinforcements_are_their_bases():
    text = ("About 9,000 officers guarded the summit, among them reinforcements from "
            "Tarrow, Bellmont and Quessa.")
    roles = _roles(text, {name: town(name) for name in ("Tarrow", "Bellmont", "Quessa")})
    assert set(roles.values()) == {"origin"}


def test_a_hospital_town_listed_with_another_is_a_destination_too():
    text = ("Police fired on the crowd in Dorrin on Sunday, and the wounded were flown to "
            "hospitals in Sallow and Merrick.")
    roles = _roles(text, {name: town(name) for name in ("Dorrin", "Sallow", "Merrick")})
    assert roles == {"Dorrin": "location", "Sallow": "residence", "Merrick": "residence"}


def test_the_region_holding_a_destination_is_no_site():
    region = Place("t:east", "Eastmarch", 10.0, 10.0, "admin1", "XX")
    port = Place("t:kell", "Kellport", 10.0, 10.0, "city", "XX", admin1="Eastmarch")
    text = "Two injured officers were flown to Kellport in neighbouring Eastmarch for surgery."
    assert _roles(text, {"Kellport": port, "Eastmarch": region}) == {
        "Kellport": "residence", "Eastmarch": "residence"}


def test_a_region_after_a_destination_that_does_not_hold_it_keeps_its_role():
    region = Place("t:east", "Eastmarch", 10.0, 10.0, "admin1", "XX")
    port = Place("t:kell", "Kellport", 10.0, 10.0, "city", "XX", admin1="Westmoor")
    text = "Two injured officers were flown to Kellport in neighbouring Eastmarch for surgery."
    assert _roles(text, {"Kellport": port, "Eastmarch": region})["Eastmarch"] == "location"


def test_where_soldiers_were_sent_from_is_no_site_of_what_they_did():
    text = ("Residents blocked the main road outside Fennick on Wednesday. The soldiers, sent "
            "from Aldmere on Tuesday night, fired tear gas and arrested nine people.")
    assert "Aldmere" not in _sites(text, ["Fennick", "Aldmere"])


def test_a_list_of_sites_stays_sites():
    text = "Students marched in Velmora and Kellin on Tuesday."
    assert set(_roles(text, {name: town(name) for name in ("Velmora", "Kellin")}).values()) \
        == {"location"}


def test_where_marchers_came_from_and_where_they_marched_stay_apart():
    text = "Miners who came from Tarrow marched in Bellmont and Quessa on Monday."
    roles = _roles(text, {name: town(name) for name in ("Tarrow", "Bellmont", "Quessa")})
    assert roles == {"Tarrow": "origin", "Bellmont": "location", "Quessa": "location"}


def test_russian_route_ends_are_no_sites_even_where_the_town_is_named_elsewhere():
    from geo.events.lexical_roles import without_non_places
    from geo.events.lexicon_ru import VOCABULARY as RUSSIAN

    text = ("В понедельник в Ардатове прошёл митинг. Во вторник жители перекрыли трассу "
            "Ардатов — Вельмино у въезда в Кузнецк.")
    places = {"Ардатове": town("Ардатов"), "Ардатов ": town("Ардатов"),
              "Вельмино": town("Вельмино"), "Кузнецк": town("Кузнецк")}
    mentions = [replace(m, end=m.end - 1, text=m.text.strip()) if m.text.endswith(" ") else m
                for m in mentions_at(text, places)]
    kept = without_non_places(mentions, RUSSIAN.words(text), RUSSIAN)
    assert [m.text for m in kept] == ["Ардатове", "Кузнецк"]


def test_towns_given_as_examples_stay_sites():
    text = "On Tuesday protests spread to towns such as Tarrow and Bellmont."
    assert _sites(text, ["Tarrow", "Bellmont"]) == {"Tarrow", "Bellmont"}


def test_russian_town_in_a_phrase_of_support_is_no_site_of_the_picket():
    text = "В субботу в Ольховке прошёл пикет в поддержку арестованных в Заречье фермеров."
    assert "Заречье" not in _sites(text, ["Ольховке", "Заречье"], "ru")


def test_russian_support_ended_by_a_verb_leaves_the_site():
    text = "Акция в поддержку политзаключённых прошла в субботу в Заречье."
    assert _sites(text, ["Заречье"], "ru") == {"Заречье"}


def test_french_town_of_the_strikers_backed_is_no_site_of_the_rally():
    text = ("Samedi, des centaines de personnes ont manifesté à Valmont en soutien aux mineurs "
            "licenciés à Corbière.")
    assert _sites(text, ["Valmont", "Corbière"], "fr") == {"Valmont"}


def test_a_courts_seat_is_no_site_but_a_crowd_outside_a_court_is():
    text = ("Police dispersed a march in Velmora on Monday. A court in Kellin will hear the "
            "cases of the 14 people arrested.")
    assert _roles(text, {n: town(n) for n in ("Velmora", "Kellin")})["Kellin"] == "actor"
    text = "On Monday protesters gathered outside a court in Kellin."
    assert _roles(text, {"Kellin": town("Kellin")})["Kellin"] == "location"


def test_where_a_statement_came_from_is_no_site():
    text = ("Farmers clashed with police in Velmora on Monday. In a statement from Tarrow, "
            "police said nine people were arrested.")
    assert "Tarrow" not in _sites(text, ["Velmora", "Tarrow"])


def test_where_a_share_of_those_arrested_are_from_is_their_home():
    text = ("Police broke up a rally in Velmora on Monday and arrested 12 people, four of them "
            "from Quessa.")
    assert _roles(text, {n: town(n) for n in ("Velmora", "Quessa")})["Quessa"] == "origin"


def test_an_aside_on_who_the_protesters_are_tells_where_they_come_from():
    text = ("On Tuesday the protesters, mostly farmers from around Tarrow and Bellmont, "
            "blocked the highway outside Velmora.")
    roles = _roles(text, {n: town(n) for n in ("Tarrow", "Bellmont", "Velmora")})
    assert roles == {"Tarrow": "origin", "Bellmont": "origin", "Velmora": "location"}


def test_a_roads_ends_are_no_sites_when_the_text_says_where_on_it():
    text = ("On Monday farmers blocked the highway between Tarrow and Bellmont near Quessa "
            "with tractors.")
    assert _sites(text, ["Tarrow", "Bellmont", "Quessa"]) == {"Quessa"}


def test_a_road_named_by_its_ends_alone_keeps_its_first_end():
    text = "On Monday farmers blocked the road from Tarrow to Bellmont with tractors."
    assert _roles(text, {n: town(n) for n in ("Tarrow", "Bellmont")})["Tarrow"] == "location"


def test_a_government_seat_that_sends_officers_elsewhere_is_no_site():
    text = ("Riot police fired tear gas at farmers in Velmora on Sunday. The government in "
            "Kellin deployed 2,000 extra officers to the province on Monday.")
    assert _roles(text, {n: town(n) for n in ("Velmora", "Kellin")})["Kellin"] == "actor"
