"""Dates of events told across a multi-paragraph report: the story's day, statements,
datelines, asides, digressions and quantified "after".

The sentences are made up for these tests; the places are invented towns.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.dates import find_dates
from geo.events.detect import detect_events
from geo.events.timeline import dateline_end, event_date

FRIDAY = date(2022, 1, 7)  # the publication date of every example
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2022, 1, d) for d in (3, 4, 5, 6))

KORVA = Place("test:korva", "Korva", 10.0, 20.0, "city", country="ZZ")
DELMAR = Place("test:delmar", "Delmar", 11.0, 21.0, "city", country="ZZ")
TABLE = {"Korva": (KORVA, "named", "location", "city"),
         "Delmar": (DELMAR, "named", "location", "city")}
LEDE = "Riot police fired tear gas at protesters in Korva on Monday.\n\n"


def _events(text, published=FRIDAY):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, published)


def _at(text, place=DELMAR):
    return {(e.event_date, e.time_precision) for e in _events(text)
            if e.location is not None and e.location.place == place}


def test_a_date_before_an_attribution_is_the_events():
    assert _at("Farmers clashed with police in Delmar on Tuesday, officials said on "
               "Thursday.") == {(TUESDAY, 1)}


@pytest.mark.parametrize("said", ["said in a statement on Thursday",
                                  "said in a televised address late on Thursday",
                                  "told a news conference on Thursday"])
def test_a_statements_date_after_its_setting_is_the_statements(said):
    # The date is the statement's, not the looting's own (precision 2), but the looting
    # it tells happened by then: session 9 dates it so, not to publication.
    assert _at(LEDE + f"The governor {said} that looters had ransacked shops in "
               "Delmar.") == {(THURSDAY, 2)}


def test_a_date_fronting_a_statement_is_the_statements():
    assert _at("On Thursday, officials said farmers had clashed with police in "
               "Delmar.") != {(THURSDAY, 1)}


@pytest.mark.parametrize("second", [
    "Officials said farmers blocked the highway near Delmar with burning tyres.",
    "The mayor said 30 people had been detained in Delmar.",
])
def test_reported_words_and_the_past_perfect_carry_the_storys_day(second):
    assert _at(LEDE + second) == {(MONDAY, 2)}


def test_the_story_comes_back_to_its_day_after_a_digression():
    text = (LEDE + "The movement began on 2 December, when students occupied a faculty "
            "in Korva.\n\nIn Delmar, crowds burned tyres.")
    assert _at(text) == {(MONDAY, 2)}


def test_a_date_of_the_narrative_without_an_event_moves_the_storys_day():
    text = (LEDE + "The standoff resumed on Wednesday evening. Police fired tear gas at "
            "crowds in Delmar.")
    assert _at(text) == {(WEDNESDAY, 2)}


def test_a_future_date_of_the_narrative_does_not_move_the_storys_day():
    text = (LEDE + "Schools will stay shut on Thursday. Police fired tear gas at crowds "
            "in Delmar.")
    assert _at(text) == {(MONDAY, 2)}


@pytest.mark.parametrize("middle", ["The bridge was reopened by engineers on Wednesday.",
                                    "The standoff lasted until Wednesday."])
def test_an_agent_is_no_deadline_but_an_end_is_no_day(middle):
    expected = WEDNESDAY if "engineers" in middle else MONDAY
    assert _at(LEDE + middle + " Police fired tear gas at crowds in Delmar.") == {
        (expected, 2)}


def test_an_aside_dates_its_event_but_not_the_story():
    text = ("Troops patrolled Korva on Thursday. The court house, set on fire on "
            "Monday, was still smouldering. Officials said looters ransacked shops in "
            "Delmar.")
    assert _at(text) == {(THURSDAY, 2)}
    assert (MONDAY, 1) in _at(text, KORVA)


@pytest.mark.parametrize("head", ["KORVA, Jan 7 (Agency) — ", "KORVA (Agency) - ",
                                  "KORVA, Zedland — ", "Korva, 7 Jan (Agency) - ",
                                  "Port Korva (Agency) — "])
def test_the_dateline_is_no_events_date(head):
    text = head + "Crowds burned tyres in Delmar."
    assert text[dateline_end(text):].lstrip().startswith("Crowds")
    assert _at(text) == {(FRIDAY, 2)}


@pytest.mark.parametrize("text", ["Crowds burned tyres in Delmar on Jan. 3.",
                                  "Police in Delmar (Zedland) said crowds burned tyres.",
                                  "Crowds in Delmar - a port - burned tyres."])
def test_a_text_without_a_dateline(text):
    assert dateline_end(text) == 0


def test_the_end_of_a_measure_is_not_its_start():
    assert _at("The governor imposed a curfew in Delmar until 20 January.") == {
        (FRIDAY, 2)}


def test_a_date_someone_says_is_to_come_does_not_date_an_event():
    dates = _at("Protests erupted in Delmar after the mayor said that the market would "
                "be closed on Thursday.")
    assert (THURSDAY, 1) not in dates


@pytest.mark.parametrize("text", [
    "On Tuesday, the governor declared a curfew in Delmar.",
    "A curfew declared in Delmar on Tuesday remained in force.",
    "Clashes were also reported in Delmar on Tuesday.",
])
def test_a_speech_verb_that_is_the_events_own_does_not_make_a_statement(text):
    assert _at(text) == {(TUESDAY, 1)}


@pytest.mark.parametrize(("text", "expected"), [
    ("A student died in Korva on Thursday, three days after police detained him in "
     "Delmar.", MONDAY),
    ("Crowds gathered in Korva on Thursday, a day after police fired tear gas at "
     "protesters in Delmar.", WEDNESDAY),
])
def test_a_quantified_after_counts_back_from_the_date_before_it(text, expected):
    assert _at(text) == {(expected, 1)}


def test_a_sentence_does_not_run_over_a_paragraph_break():
    text = "Crowds marched in Korva on Tuesday from 7 a.m.\n\nPolice arrested 20 people."
    trigger = text.index("arrested")
    time = event_date(text, (0, len(text)), (0, len(text)), trigger, FRIDAY)
    assert (time.date, time.stated) == (FRIDAY, False)


@pytest.mark.parametrize("phrase", ["during the day", "about an hour later",
                                    "two hours later", "within hours",
                                    "in the hours that followed"])
def test_words_of_the_same_day(phrase):
    (found,) = find_dates(f"Police arrested 12 people {phrase}.", FRIDAY,
                          reference=TUESDAY)
    assert (found.date, found.last, found.kind) == (TUESDAY, None, "same_day")


def test_have_since_runs_from_the_storys_day_to_publication():
    (found,) = find_dates("Inmates have since held guards hostage.", FRIDAY,
                          reference=TUESDAY)
    assert (found.date, found.last, found.precision) == (TUESDAY, FRIDAY, 2)
    assert find_dates("Inmates have since held guards hostage.", FRIDAY) == []


def test_since_a_day_when_is_that_day():
    (found,) = find_dates("Anger has grown since 3 January, when police fired.", FRIDAY)
    assert (found.date, found.last) == (MONDAY, None)


def test_a_date_that_straddles_the_fronting_window_is_read_whole():
    text = "The occupation of the faculty began on January 31, and police set fire to a bus."
    trigger = text.index("set fire")
    time = event_date(text, (text.index("and police"), len(text)), (0, len(text)),
                      trigger, date(2022, 2, 4), coordinated=True)
    assert time.date == date(2022, 1, 31)


def test_an_attribution_in_the_next_sentence_is_not_the_narrative_dates():
    text = (LEDE + "Streets in Korva were deserted on Wednesday. Witnesses said police had "
            "set up checkpoints in Delmar.")
    assert _at(text) == {(WEDNESDAY, 2)}


def test_a_counted_back_day_does_not_move_the_story():
    text = ("Police arrested 20 people in Korva on Thursday, a day after crowds looted "
            "shops there.\n\nIn Delmar, students marched.")
    assert _at(text) == {(THURSDAY, 2)}


def test_a_coordinated_clause_takes_the_last_day_before_it_not_an_ordinal():
    text = ("Police fired tear gas at drivers in Korva on Tuesday, the third day of the "
            "strike, and arrested 14 people, officials said on Thursday.")
    clause = text.index("and arrested")
    time = event_date(text, (clause, len(text)), (0, len(text)),
                      text.index("arrested"), FRIDAY, coordinated=True)
    assert (time.date, time.precision) == (TUESDAY, 1)


def test_a_hard_wrapped_line_is_no_paragraph_break():
    text = "Crowds burned tyres in Korva\non Tuesday, and police arrested 20 people."
    trigger = text.index("burned")
    time = event_date(text, (0, len(text)), (0, len(text)), trigger, FRIDAY)
    assert time.date == TUESDAY
