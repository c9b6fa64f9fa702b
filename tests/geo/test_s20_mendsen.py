"""Session 20, mends of the mends (helper mendsen): English rules of this session
tightened where a review found them misfiring on ordinary news.

1. After "but", only a pronoun that agrees with the trigger in number, as subject of a
   verb that carries the event out, makes an unreal event happen.
2. Only the dead of a clause of cause leave the riot, as a killing of their own; not the
   injured, not the crowd's own harm, not the toll of unrest the clause tells.
3. Only a crowd's or civilians' clash with the police is their riot, and never a gunfight.
4. A plural act after "against" is a crowd's topic only when a crowd or a protest stands
   against it, and not when it carries its own day, place or participle.
5. "Pay cuts" harm no one.

The sentences are made up; the towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events
from geo.events.scope import parse_sentence

FRIDAY = date(2023, 5, 19)

pytestmark = pytest.mark.skipif(parse_sentence("Two men were held.") is None,
                                reason="no spaCy model")


def _rows(text: str, *names: str) -> list:
    return detect_events(text, mentions_at(text, {name: town(name) for name in names}), None,
                         FRIDAY, keep_all=True, language="en")


# --- 1. realised after a contrast ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Farm unions threatened strikes in Olvesk on Wednesday, but they were talked out of "
    "it by the bishop.",
    "Students threatened protests in Olvesk on Monday, but they were invited to meet the "
    "minister instead.",
    "Organisers said a rally would be held in Olvesk on Sunday, but it was moved to a "
    "football ground outside the town.",
    "The council ruled out a curfew in Olvesk on Monday, but it was debated again by "
    "the governors on Wednesday.",
    "Police said no curfew would be declared in Olvesk, but they were criticised by "
    "traders on Wednesday.",
])
def test_a_contrast_about_people_or_talk_leaves_the_event_unreal(text):
    assert "occurred" not in [e.status for e in _rows(text, "Olvesk")]


def test_an_event_that_went_ahead_after_but_happened():
    text = "The governor had banned a march in Olvesk, but it went ahead on Saturday."
    assert "occurred" in [e.status for e in _rows(text, "Olvesk")
                          if e.event_type == "Protests"]


# --- 2. a riot's cause ------------------------------------------------------------------

def test_a_killing_a_protest_followed_keeps_its_own_row():
    text = ("Protests broke out in Olvesk on Monday after three shopkeepers were killed by "
            "masked gunmen near the bus station.")
    rows = _rows(text, "Olvesk")
    assert [e.counts.fatalities for e in rows if e.event_type == "Protests"] == [None]
    assert 3 in [e.counts.fatalities for e in rows
                 if e.event_type == "Violence against civilians"]


def test_the_injured_of_a_clause_of_cause_stay():
    text = ("Riot police fired tear gas at protesters in Olvesk on Monday after "
            "demonstrators injured four officers with rocks.")
    assert 4 in [e.counts.injured for e in _rows(text, "Olvesk")]


def test_the_dead_a_crowd_killed_stay_its_toll():
    text = ("Police dispersed a march in Olvesk on Monday after protesters killed two "
            "guards at the ministry gate.")
    assert 2 in [e.counts.fatalities for e in _rows(text, "Olvesk")]


def test_unrest_a_clause_of_cause_tells_keeps_its_toll():
    text = ("Riots spread to Pardova on Wednesday following clashes in Olvesk in which "
            "nine people were killed.")
    assert 9 in [e.counts.fatalities for e in _rows(text, "Olvesk", "Pardova")]


# --- 3. who clashes with the police --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Smugglers clashed with police in Olvesk on Monday; two officers were shot dead.",
    "Herders clashed with soldiers near Olvesk on Sunday, and three soldiers were killed "
    "in the gunfight.",
])
def test_a_clash_told_with_shooting_or_by_no_crowd_is_a_battle(text):
    assert "Riots" not in [e.event_type for e in _rows(text, "Olvesk")]


# --- 4. what a crowd stands against --------------------------------------------------

def test_an_act_after_against_with_its_own_day_and_place_is_told():
    text = ("Hundreds marched in Olvesk on Friday against the arrests of union leaders "
            "carried out in Pardova on Wednesday.")
    assert "Arrests" in [e.sub_event_type for e in _rows(text, "Olvesk", "Pardova")]


# --- 5. pay cuts -------------------------------------------------------------------

def test_pay_cuts_harm_no_one():
    text = "Hundreds of nurses marched in Olvesk on Monday after 250 nurses received pay cuts."
    rows = _rows(text, "Olvesk")
    assert [(e.event_type, e.counts.injured) for e in rows] == [("Protests", None)]


def test_a_death_by_a_car_a_protest_followed_is_no_event():
    text = ("Protests broke out in Olvesk on Tuesday after a lorry driven by a councillor "
            "struck and killed a schoolgirl near the market.")
    rows = _rows(text, "Olvesk")
    assert [(e.event_type, e.counts.fatalities) for e in rows] == [("Protests", None)]


# --- the lead's mends after the review on fresh paragraphs -----------------------------

@pytest.mark.parametrize("text", [
    "Market women clashed with soldiers in Tarvosk on Thursday after their stalls were "
    "cleared.",
    "Pastoralists clashed with police in Tarvosk on Wednesday and a herder was shot dead.",
])
def test_a_crowd_whose_own_are_shot_riots(text: str) -> None:
    types = {(e.event_type, e.sub_event_type) for e in _rows(text, "Tarvosk")}
    assert ("Riots", "Violent demonstration") in types
    assert not any(event_type == "Battles" for event_type, _ in types)


def test_a_crowd_that_shoots_an_officer_fights_a_battle() -> None:
    rows = _rows("Poachers clashed with rangers near Tarvosk on Tuesday; two rangers were "
                 "shot dead.", "Tarvosk")
    assert any(e.event_type == "Battles" for e in rows)


def test_a_death_in_custody_told_as_a_cause_is_no_attack() -> None:
    rows = _rows("A mob burned a police post in Tarvosk on Thursday night after a man died "
                 "in custody there.", "Tarvosk")
    assert rows and not any(e.sub_event_type == "Attack" for e in rows)
