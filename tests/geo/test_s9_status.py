"""Status read from the dependency tree (a cue must govern its trigger), and rows of one
report merged as one event: a plan called off, a detail told again; a dispersal and a
riot told one after the other stay two.

The sentences are made up for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from geo.events.detect import detect_events
from geo.events.status import is_purpose, trigger_status

FRIDAY = date(2022, 1, 7)


def _status(text: str, trigger: str) -> str:
    start = text.index(trigger)
    whole = (0, len(text))
    return trigger_status(text, whole, whole, start, start + len(trigger))


def _purpose(text: str, trigger: str) -> bool:
    return is_purpose(text, (0, len(text)), text.index(trigger))


def _events(text: str, *, keep_all: bool = False):
    parsed = FakeParser()(text)
    return detect_events(text, parsed.mentions, None, FRIDAY, keep_all=keep_all)


@pytest.mark.parametrize(("text", "trigger"), [
    # The modal, plan or cancelling verb belongs to another clause.
    ("Guards, who will face an inquiry, fired on the crowd at the gate.", "fired"),
    ("A dispute over where the funeral should be held led to the arrest of two elders.",
     "arrest"),
    ("Police, who had banned the gathering, later fired tear gas at the marchers.",
     "fired tear gas"),
    # A denial does not reach a clause of its own ("while ..."), only its content.
    ("The mayor denied that police had stood aside while shops were looted.", "looted"),
    # "asked if": a question, no condition.
    ("Asked if there had been arrests in the capital, the minister said yes.",
     "arrests"),
    # "called in" troops, "called it" a massacre: no call for an event to come.
    ("The governor called in troops after the night of rioting.", "troops"),
    ("Relatives called the shooting a massacre.", "shooting"),
    # The modal after it is the verb of the people it qualifies.
    ("Officials said the forty men detained would appear in court on Monday.",
     "detained"),
])
def test_a_cue_of_another_clause_leaves_the_trigger_occurred(text, trigger):
    assert _status(text, trigger) == "occurred"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The army denied that troops had fired on the marchers.", "fired",
     "reported-denied"),
    ("The ministry denied reports that a student had been killed at the rally.",
     "killed", "reported-denied"),
    ("The union said its members will strike on Monday.", "strike", "planned"),
    ("Farmers threatened to block the highway.", "block", "threatened"),
    # Calls, requests and words of time to come.
    ("Opposition parties called rallies for Sunday in three cities.", "rallies",
     "planned"),
    ("The provincial police chief asked for reinforcements from the capital.",
     "reinforcements", "planned"),
    ("The minister told organisers of future protests to stay on agreed routes.",
     "protests", "planned"),
    # A trigger in a clause of condition did not happen.
    ('"If they detain our leaders, the whole campus will walk out," a student said.',
     "detain", "threatened"),
])
def test_a_cue_that_governs_the_trigger_sets_its_status(text, trigger, status):
    assert _status(text, trigger) == status


def test_those_of_an_event_told_before_and_an_anniversary_are_no_new_events():
    assert _purpose("Relatives demanded the release of those detained.", "detained")
    assert _purpose("Crowds gathered to mark the anniversary of the 1988 uprising.",
                    "uprising")
    assert not _purpose("Crowds gathered on the anniversary of the uprising.",
                        "gathered")
    assert _purpose("Organisers of the protests said they would march again.",
                    "protests")


def test_a_planned_curfew_that_a_later_sentence_calls_off_is_one_negated_row():
    text = ("The mayor said a curfew would be imposed in Almaty from Saturday. On "
            "Thursday he said the curfew would not go ahead.")
    curfews = [e for e in _events(text, keep_all=True) if e.subtype == "curfew"]
    assert [(e.status, len(e.evidence)) for e in curfews] == [("negated", 2)]
    assert _events(text) == []


def test_a_detail_told_again_joins_a_protest_whose_sub_type_has_changed():
    text = ("Soldiers opened fire on protesters in Almaty on Tuesday, killing three. "
            "Witnesses said demonstrators had marched peacefully.")
    protests = [e for e in _events(text) if e.event_type == "Protests"]
    assert [(e.sub_event_type, len(e.evidence)) for e in protests] == [
        ("Excessive force against protesters", 2)]


def test_a_dispersal_then_a_riot_told_in_one_sentence_stay_two_rows():
    text = ("Police dispersed protesters in Almaty with tear gas on Tuesday, but on "
            "Tuesday night crowds stormed the town hall in Almaty.")
    rows = sorted((e.event_type, e.event_date) for e in _events(text) if not e.subtype)
    assert rows == [("Protests", date(2022, 1, 4)), ("Riots", date(2022, 1, 4))]


def test_a_denial_of_an_event_the_report_tells_as_fact_joins_that_event():
    denial = "The army denied that soldiers had shot protesters in Almaty on Tuesday."
    text = "Soldiers shot dead two protesters in Almaty on Tuesday, witnesses said. " + denial
    rows = [(e.status, e.event_type, len(e.evidence)) for e in _events(text, keep_all=True)]
    assert rows == [("occurred", "Protests", 2)]
    assert [e.status for e in _events(denial, keep_all=True)] == ["reported-denied"]


def test_the_protests_told_again_with_a_place_only_in_another_clause_are_no_new_row():
    back = ("Protesters marched in Almaty on Tuesday. The protests erupted after the "
            "governor said fuel prices would double in Almaty.")
    assert [len(e.evidence) for e in _events(back) if e.event_type == "Protests"] == [1]
    new_day = ("Protesters marched in Almaty on Tuesday. The protests resumed in Almaty "
               "on Thursday.")
    assert len([e for e in _events(new_day) if e.event_type == "Protests"]) == 2


def test_a_dispersal_told_after_the_riot_of_its_place_and_day_is_a_detail_of_it():
    text = ("Protesters clashed with police in Almaty on Tuesday. In Almaty, police "
            "dispersed a crowd outside the town hall on Tuesday.")
    rows = [(e.event_type, len(e.evidence)) for e in _events(text) if not e.subtype]
    assert rows == [("Riots", 2)]


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The union said its members would not end the strike.", "strike", "planned"),
    ("Drivers did not halt their blockade of the port.", "blockade", "occurred"),
    ("Drivers did not join the blockade of the port.", "blockade", "negated"),
])
def test_a_negated_verb_of_ending_says_the_event_goes_on(text, trigger, status):
    assert _status(text, trigger) == status
