"""Dates, session 19: an undated clause goes on at the day its sentence gave an earlier
clause ("..., and police said 14 were detained"; "...; one gunman was killed"), and a
source's account of an act in the past perfect ("the crowd had looted two banks") is the
story's day, not the statement's, while its account of a state ("had been detained") stays
at the statement's. Our own sentences about an invented town."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events

FRIDAY = date(2022, 1, 7)
WEDNESDAY = date(2022, 1, 5)

ORLEN = Place("test:orlen", "Orlen", 10.0, 20.0, "city", country="ZZ")
TABLE = {"Orlen": (ORLEN, "named", "location", "city")}


def _english(text: str) -> list:
    parsed = FakeParser(TABLE)(text)
    return [e for e in detect_events(text, parsed.mentions, None, FRIDAY)
            if e.location is not None]


def test_arrests_told_by_the_police_in_a_dated_sentence_take_its_day():
    text = ("Taxi drivers blocked the main bridge in Orlen on Wednesday against a new "
            "fuel levy, and police said 14 drivers were detained.")
    arrests = [e for e in _english(text) if e.sub_event_type == "Arrests"]
    assert arrests and {e.event_date for e in arrests} == {WEDNESDAY}


def test_a_clause_after_a_semicolon_goes_on_at_the_sentences_day():
    text = ("Gendarmes stormed a hideout in Orlen on Wednesday; a suspect was shot dead "
            "and two gendarmes were wounded in the exchange of fire.")
    rows = _english(text)
    assert rows and {e.event_date for e in rows} == {WEDNESDAY}


def test_a_later_date_in_the_sentence_keeps_the_undated_clause_off_the_earlier_day():
    text = ("Taxi drivers blocked the main bridge in Orlen on Monday, and police "
            "detained 14 drivers who returned to the bridge on Wednesday.")
    arrests = [e for e in _english(text) if e.sub_event_type == "Arrests"]
    assert arrests and all(e.event_date != date(2022, 1, 3) for e in arrests)


def test_an_act_a_source_retells_in_the_past_perfect_is_the_storys_day():
    text = ("ORLEN, Jan 7 (Wire) — Rioters burned the tax office in Orlen on Wednesday "
            "night, and the governor spoke to reporters on Friday.\n\n"
            "The governor said the crowd had looted two banks and set fire to a bus in "
            "Orlen.")
    rows = [e for e in _english(text) if "banks" in text[e.evidence[0][0]:e.evidence[0][1]]]
    assert rows and {e.event_date for e in rows} == {WEDNESDAY}


def test_a_state_a_source_reports_stays_at_the_statements_day():
    text = ("ORLEN, Jan 7 (Wire) — Rioters burned the tax office in Orlen on Wednesday "
            "night. The governor spoke to reporters on Friday.\n\n"
            "The governor said 30 people had been detained in Orlen.")
    arrests = [e for e in _english(text) if e.sub_event_type == "Arrests"]
    assert arrests and {e.event_date for e in arrests} == {FRIDAY}
