"""Session 21, fixen: mends of regressions a reviewer found in this session's English.

- Villagers and soldiers who fight off a third party together do not riot.
- "Running battles" of unions or rivals, with no crowd or forces near, are no clash.
- "There" after a country goes back to a town only when the country stands in
  apposition to it ("X in Ruritania"), never to a dateline's town or one named earlier.
- Units, companies and contingents deploy only as police or army ones; an army's
  headquarters that moves is no deployment.
- A road's far end ("the highway to Y") yields only to another site of the sentence,
  not to the dateline's town.
- The bearing phrase reads the compass points of the lexicon.

The sentences are made up and their towns invented."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from placed_mentions import occurred_kinds, rows_at_towns, town

from geo.events import places
from geo.events.rules import RULES
from geo.events.scope import parse_sentence
from geo.model import Mention

WEDNESDAY = date(2024, 11, 6)
needs_parser = pytest.mark.skipif(parse_sentence("Two men were held.") is None,
                                  reason="no spaCy model")
DEPLOYMENT = next(rule for rule in RULES if rule.name == "deployment")
CLASH = next(rule for rule in RULES if rule.name == "clash")


_rows = partial(rows_at_towns, published=WEDNESDAY, country=True)
_kinds = occurred_kinds


@needs_parser
def test_villagers_and_soldiers_who_fight_off_an_attack_do_not_riot():
    text = ("Farmers and soldiers fought off a raid by armed bandits on Olvesk on Sunday, "
            "killing six of them.")
    assert ("Riots", "Violent demonstration") not in _kinds(_rows(text, "Olvesk"))


@pytest.mark.parametrize("text", [
    "The two cartels have waged running battles over the port trade for a decade.",
    "Rival bus companies are locked in pitched battles over fares on the coast route.",
])
def test_running_battles_of_rivals_are_no_clash(text):
    assert CLASH.pattern.search(text) is None


@pytest.mark.parametrize("text", [
    "Youths fought running battles with police in Olvesk.",
    "Pitched battles between soldiers and gunmen went on all night.",
])
def test_running_battles_with_the_forces_are_a_clash(text):
    assert CLASH.pattern.search(text) is not None


@pytest.mark.parametrize("text", [
    "Officials said they had sent three units to Olvesk after the bridge gave way.",
    "The army training school was moved to Olvesk in March.",
    "The firm sent two companies of engineers to Olvesk.",
])
def test_no_deployment_without_forces_moved(text):
    assert DEPLOYMENT.pattern.search(text) is None


@pytest.mark.parametrize("text", [
    "The interior ministry sent two riot police units to Olvesk.",
    "Army units were moved to Olvesk overnight.",
    "The military was moved into Olvesk on Tuesday.",
])
def test_forces_moved_are_a_deployment(text):
    assert DEPLOYMENT.pattern.search(text) is not None


@needs_parser
def test_there_after_a_country_named_later_is_the_country():
    text = ("Police dispersed a sit-in in Olvesk on Friday, but unions called for strikes "
            "across Ruritania, and troops were deployed there on Sunday.")
    rows = [r for r in _rows(text, "Olvesk") if r.subtype == "troop_deployment"]
    assert {r.location.place.name for r in rows} <= {"Ruritania"}


@needs_parser
def test_there_after_a_country_is_never_the_dateline_town():
    text = ("OLVESK, Ruritania (AP) — Teachers in Brenmark called for strikes across "
            "Ruritania on Monday, and troops were deployed there on Tuesday.")
    rows = [r for r in _rows(text, "Olvesk", "Brenmark") if r.subtype == "troop_deployment"]
    assert "Olvesk" not in {r.location.place.name for r in rows}


@needs_parser
def test_the_road_to_a_town_from_the_dateline_is_still_the_site():
    text = ("OLVESK, Ruritania (AP) — Rebels attacked an army post on the highway to "
            "Brenmark on Monday, killing three soldiers.")
    rows = [r for r in _rows(text, "Olvesk", "Brenmark")
            if r.event_type != "Strategic developments"]
    assert rows and {r.location.place.name for r in rows} == {"Brenmark"}


def test_a_bearing_reads_the_compass_points():
    text = "Trouble spread to Olvesk, 20 km north-east of Brenmark, on Wednesday."
    start = text.index("Brenmark")
    mention = Mention(start, start + len("Brenmark"), "Brenmark", place=town("Brenmark"))
    assert places.locates_only(text, mention)


@needs_parser
def test_there_after_officials_in_a_country_is_the_town_of_the_sentence():
    text = ("Dockers clashed with police at Olvesk on Monday, officials in Ruritania said. "
            "Troops were sent there the same night.")
    rows = [r for r in _rows(text, "Olvesk") if r.subtype == "troop_deployment"]
    assert [r.location.place.name for r in rows] == ["Olvesk"]
