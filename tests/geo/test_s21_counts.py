"""Session 21, counts on the right incident: the police's and the crowd's casualties told
in two bare sentences in a row are one clash's count, as they are when one sentence
tells both; sides of one kind, a vague figure, or a report two sentences later add
nothing. Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _injured(text: str, names: list[str]) -> list[tuple[str, int | None]]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted(
        (e.location.place.name, e.counts.injured)
        for e in detect_events(text, mentions, None, PUBLISHED)
        if e.location is not None and e.counts.injured is not None
    )


def test_the_officers_then_the_crowd_told_apart_are_summed():
    text = (
        "Police fired tear gas at stone-throwing youths in Varnemor on Wednesday. "
        "Police said 11 officers were injured. "
        "Doctors said they had treated 23 wounded protesters."
    )
    assert _injured(text, ["Varnemor"]) == [("Varnemor", 34)]


def test_the_crowd_then_the_officers_told_apart_are_summed():
    text = (
        "Riot police clashed with students in Kelbrook on Monday. "
        "The hospital said 40 students were treated for injuries. "
        "Police said 12 officers were also hurt."
    )
    assert _injured(text, ["Kelbrook"]) == [("Kelbrook", 52)]


def test_officers_then_bystanders_are_summed():
    text = (
        "Rioters set fire to cars and threw bottles at police in Dunmarsh on Friday night. "
        "Nine police officers were injured. "
        "Two passers-by were also treated in hospital."
    )
    assert _injured(text, ["Dunmarsh"]) == [("Dunmarsh", 11)]


def test_a_vague_figure_of_the_other_side_adds_nothing():
    text = (
        "Protesters pelted police with stones in Harrowfield on Tuesday. "
        "Police said seven officers were hurt. "
        "Dozens of protesters were also injured, witnesses said."
    )
    # ("dozens" is a figure of its own in the one-sentence convention, never a sum's part)
    assert ("Harrowfield", 7) in _injured(text, ["Harrowfield"])


def test_two_groups_of_officers_are_not_one_sum():
    text = (
        "Youths threw petrol bombs at police in Carrowby on Saturday. "
        "Police said 11 officers were injured. "
        "Four more officers were hurt, police said."
    )
    assert ("Carrowby", 15) not in _injured(text, ["Carrowby"])
