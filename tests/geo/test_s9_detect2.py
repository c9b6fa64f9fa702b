"""Issue 18, session 9 (detect2): a trigger word that names only a charge, a cause or
the aim of a legal act is no new event ("an arrest warrant", "a reward for information
leading to an arrest", "arrested for looting"); a hyphenated trigger
("counter-protests") keeps the plan told before its word. Invented places and
sentences."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser
from terranor import TABLE

from geo.events.detect import detect_events

TUESDAY = date(2025, 9, 9)


def _kinds(text, keep_all=False):
    parsed = FakeParser(TABLE)(text)
    return [(e.sub_event_type, e.status)
            for e in detect_events(text, parsed.mentions, None, TUESDAY, keep_all=keep_all)]


def test_an_arrest_warrant_is_no_arrest():
    assert _kinds("The former mayor appeared before a judge in Brellow on Monday over an "
                  "arrest warrant issued by Quinmar prosecutors.") == []


def test_a_reward_leading_to_an_arrest_is_no_arrest():
    assert _kinds("Police in Brellow offered a large reward on Monday for information "
                  "leading to the arrest of the two gunmen.") == []


def test_the_cause_of_arrests_is_no_event_of_its_own():
    kinds = _kinds("In Brellow, police said on Monday that 14 arrests had been made for "
                   "acts of vandalism and looting.")
    assert [k for k, _ in kinds] == ["Arrests"]


def test_a_charge_of_rioting_is_no_riot():
    kinds = _kinds("Three men were charged with rioting in Quinmar on Monday.")
    assert all(k != "Violent demonstration" for k, _ in kinds)


def test_a_rally_where_people_were_arrested_stays_an_event():
    kinds = _kinds("Police arrested 30 people at a rally in Brellow on Monday.")
    assert "Arrests" in [k for k, _ in kinds]
    assert any(k.startswith("Peaceful") or "intervention" in k for k, _ in kinds)


def test_hyphenated_counter_protests_to_come_are_planned():
    kinds = _kinds("Student groups said on Monday they would hold counter-protests in "
                   "Brellow and Quinmar on Saturday.", keep_all=True)
    assert kinds and all(status != "occurred" for _, status in kinds)


def test_a_strike_they_would_hold_is_planned():
    kinds = _kinds("Nurses in Brellow said on Monday they would hold a strike on Friday.",
                   keep_all=True)
    assert kinds == [("Peaceful protest", "planned")]


def test_a_strike_held_is_a_protest_and_an_air_strike_is_none():
    assert _kinds("Dock workers in Quinmar held a strike on Monday.") == [
        ("Peaceful protest", "occurred")]
    assert ("Peaceful protest", "occurred") not in _kinds(
        "The air force launched an air strike near Quinmar on Monday.")


def test_police_breaking_up_a_gathering_is_a_protest_with_intervention():
    kinds = _kinds("Riot police broke up the gathering outside the town hall in Brellow "
                   "late on Monday.")
    assert ("Protest with intervention", "occurred") in kinds


def test_hundreds_gathered_in_a_city_is_a_protest():
    kinds = _kinds("Late on Monday, hundreds gathered in Quinmar despite the ban.")
    assert ("Peaceful protest", "occurred") in kinds


def test_protests_ranked_against_past_ones_are_no_new_event():
    assert _kinds("The protests are the largest since the student demonstrations of "
                  "1998, analysts said.") == []


def test_protesters_overrunning_a_police_post_riot_and_take_no_territory():
    kinds = _kinds("Protesters overran a police post in Brellow on Monday night.")
    assert ("Violent demonstration", "occurred") in kinds
    assert all(k != "Non-state actor overtakes territory" for k, _ in kinds)


def test_places_listed_for_protests_are_no_protest():
    assert _kinds("Organisers in Brellow said on Monday they had listed the locations "
                  "for protests.") == []
