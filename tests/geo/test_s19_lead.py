"""Session 19, the lead's round: the people of a town who protest are there ("residents
of X blocked the road"), while one resident's town is a home; townspeople who clash with
the police riot, and no battle is fought.
Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events
from geo.recognize import Candidate
from geo.resolve.roles import role_of

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _role(text: str, name: str) -> str:
    start = text.index(name)
    return role_of(text, Candidate(start, start + len(name), name, "named", name), town(name))


@pytest.mark.parametrize("text", [
    "Residents of Varnessa blocked the coastal road on Monday over power cuts.",
    "Hundreds of angry residents of Varnessa burned tyres outside the depot.",
])
def test_the_people_of_a_town_who_protest_are_there(text):
    assert _role(text, "Varnessa") == "location"


def test_one_residents_town_is_a_home():
    text = "A resident of Varnessa who joined the march in Dorvale said police fired tear gas."
    assert _role(text, "Varnessa") == "residence"


def _types(text: str, name: str) -> set[tuple[str, str]]:
    mentions = mentions_at(text, {name: town(name)})
    return {(e.event_type, e.sub_event_type)
            for e in detect_events(text, mentions, None, PUBLISHED, keep_all=True)}


@pytest.mark.parametrize("text", [
    "Villagers clashed with police in Varnessa on Monday.",
    "Residents clashed with soldiers in Varnessa on Tuesday after a raid.",
])
def test_townspeople_who_clash_with_the_forces_riot(text):
    assert _types(text, "Varnessa") == {("Riots", "Violent demonstration")}


def test_armed_men_who_clash_with_soldiers_fight_a_battle():
    text = "Rebels clashed with soldiers near Varnessa on Monday."
    assert _types(text, "Varnessa") == {("Battles", "Armed clash")}


def test_townspeople_who_clash_with_others_as_police_watch_fight_no_riot():
    text = "Villagers clashed with herders in Varnessa on Monday as police watched."
    assert ("Riots", "Violent demonstration") not in _types(text, "Varnessa")


def _sites(text: str, names: list[str]) -> set[str]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return {e.location.place.name for e in detect_events(text, mentions, None, PUBLISHED)
            if e.location is not None}


@pytest.mark.parametrize("text", [
    "A protest by residents of Varnessa was held in Dorvale on Wednesday.",
    "A rally of residents of Varnessa took place in Dorvale on Friday.",
])
def test_the_people_of_a_town_who_protest_elsewhere_are_there(text):
    """(The review: "residents of X" whose sentence names another site are from X.)"""
    assert _sites(text, ["Varnessa", "Dorvale"]) == {"Dorvale"}


def test_the_people_of_a_town_who_travel_to_protest_are_not_at_home():
    text = ("Residents of Varnessa travelled to Dorvale on Tuesday to protest outside the "
            "governor's office.")
    assert "Varnessa" not in _sites(text, ["Varnessa", "Dorvale"])
