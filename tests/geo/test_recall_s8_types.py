"""Issue 18, item 1: the ACLED type of killings during unrest. State forces killing
people at a demonstration is force against protesters; killings in a fight with an
armed group, or nobody said to have killed, are not. Invented places and sentences."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser
from terranor import TABLE

from geo.events.detect import detect_events

TUESDAY = date(2025, 9, 9)
FORCE = ("Protests", "Excessive force against protesters")


def _types(text):
    parsed = FakeParser(TABLE)(text)
    return [(e.event_type, e.sub_event_type)
            for e in detect_events(text, parsed.mentions, None, TUESDAY)]


def test_soldiers_killing_people_during_protests_is_force_against_protesters():
    text = ("Farmers marched in Brellow on Monday against a new land tax. Soldiers "
            "shot dead six people near the market as the crowd grew.")
    assert FORCE in _types(text)


def test_people_killed_by_police_during_protests_is_force_against_protesters():
    text = ("Teachers rallied in Brellow on Monday. Three people were killed by riot "
            "police outside the ministry.")
    assert FORCE in _types(text)


def test_one_protester_killed_is_force_against_protesters():
    text = ("Students demonstrated in Brellow on Monday. A protester was shot in "
            "the chest near the university.")
    assert FORCE in _types(text)


def test_deaths_nobody_is_said_to_have_caused_are_not_force():
    text = ("Teachers rallied in Brellow on Monday. Police said four people died in "
            "a crush at the station.")
    assert FORCE not in _types(text)


def test_forces_killing_gunmen_is_no_force_against_protesters():
    text = ("Students demonstrated in Brellow on Monday. Elsewhere soldiers killed "
            "five gunmen in a raid on a hideout.")
    assert FORCE not in _types(text)


def test_forces_killing_people_with_no_unrest_in_the_report_is_not_a_protest():
    text = "Soldiers shot dead six people at a roadblock outside Brellow on Monday."
    assert all(t != "Protests" for t, _ in _types(text))


def test_killings_told_without_the_usual_verbs_are_events():
    for text in ("Two traders were gunned down outside Brellow on Monday.",
                 "A crowd beat a suspected thief to death in Brellow on Monday.",
                 "A lorry driver was shot near Brellow on Monday."):
        assert _types(text), text


def test_grenades_used_in_a_gunfight_or_at_a_crowd_are_no_explosion_event():
    for text in ("Militiamen exchanged fire with rifles and rocket-propelled grenades "
                 "in Brellow on Monday.",
                 "Police fired tear gas and sound grenades at marchers in Brellow on "
                 "Monday."):
        assert all(t != "Explosions/Remote violence" for t, _ in _types(text)), text


def test_a_grenade_thrown_into_a_market_is_an_explosion():
    text = "An attacker threw a grenade into a market in Brellow on Monday."
    assert ("Explosions/Remote violence", "Grenade") in _types(text)


def test_occupying_a_square_is_a_protest_and_occupying_a_ministry_a_riot():
    square = "Thousands of protesters occupied the main square of Brellow on Monday."
    ministry = "Hundreds of protesters occupied the finance ministry in Brellow on Monday."
    assert [t for t, _ in _types(square)] == ["Protests"]
    assert [t for t, _ in _types(ministry)] == ["Riots"]


def test_protesters_jeering_a_convoy_are_a_protest():
    text = "Protesters jeered the minister's convoy in Brellow on Monday."
    assert [t for t, _ in _types(text)] == ["Protests"]


def test_a_market_rally_is_no_protest():
    text = "Government bonds and bank shares rallied in Brellow on Monday."
    assert _types(text) == []


def test_a_rally_of_people_is_still_a_protest():
    text = "Nurses rallied outside the health ministry in Brellow on Monday."
    assert [t for t, _ in _types(text)] == ["Protests"]
