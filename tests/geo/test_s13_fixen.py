"""Session 13, second round: English rules of the first round narrowed where a review of
fresh reports found them too wide. "Since then" dates a count as "since Monday" does; a
clash with an armed side or with soldiers stays a battle in a report of unrest; only
people are held in an arrest, and not by kidnappers; "both" counts only people hit or
taken; a source's estimate beside a new event is that event's toll. Sentences are
invented; places are those of an invented country."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.counts import find_counts
from geo.events.detect import detect_events

PUBLISHED = date(2025, 6, 13)  # a Friday
LAND = Place("s13f:QQ", "Varnessa", 20.0, 40.0, "country", country="QQ")
CAPITAL = Place("s13f:cap", "Dunmarrow", 20.5, 40.5, "city", country="QQ",
                population=600_000)
TOWN = Place("s13f:town", "Kelbrook", 21.5, 41.5, "city", country="QQ", population=70_000)
TABLE = {
    "Varnessa": (LAND, "named", "location", "country"),
    "Dunmarrow": (CAPITAL, "named", "location", "city"),
    "Kelbrook": (TOWN, "named", "location", "city"),
}


def _counts(text):
    return [(c.field, c.value, c.cumulative) for c in find_counts(text)]


def _rows(text):
    parsed = FakeParser(TABLE)(text)
    return [(i.event_type, i.sub_event_type, i.location.place.name if i.location else None,
             i.counts.fatalities, i.counts.injured, i.counts.arrested)
            for i in detect_events(text, parsed.mentions, None, PUBLISHED)]


def test_since_then_dates_a_count_as_since_a_weekday_does():
    assert _counts("Since then, 23 people have been detained, their lawyers said.") == [
        ("arrested", 23, False)]
    rows = _rows("Police scattered a sit-in in Kelbrook on Tuesday with batons. Since then, "
                 "23 people have been detained, their lawyers said.")
    assert any(r[1] == "Arrests" and r[5] == 23 for r in rows)


def test_since_then_with_a_total_is_still_a_running_total():
    assert _counts("A total of 41 people have been detained since then.") == [
        ("arrested", 41, True)]
    assert _counts("Since then, a total of 41 people have been detained.") == [
        ("arrested", 41, True)]
    assert _counts("Two more died on Thursday, bringing the number of people killed since "
                   "then to 19.") == [("fatalities", 2, False), ("fatalities", 19, True)]


def test_a_clash_with_an_armed_side_named_by_its_general_word_stays_a_battle():
    for clash in ("Clashes between troops and fighters of a separatist movement near "
                  "Kelbrook killed seven soldiers on Wednesday.",
                  "Clashes between two rival clans in Kelbrook killed four people on "
                  "Wednesday, elders said.",
                  "Soldiers clashed with members of a banned movement near Kelbrook on "
                  "Wednesday, leaving three dead."):
        rows = _rows(clash + " In Dunmarrow, nurses held a protest over unpaid wages.")
        assert any(r[0] == "Battles" and r[2] == "Kelbrook" for r in rows), clash
        assert not any(r[0] == "Riots" for r in rows), clash


def test_events_held_and_people_held_by_kidnappers_are_no_arrest():
    rows = _rows("Four vigils were held in Kelbrook on Sunday to remember the victims.")
    assert not any(r[1] == "Arrests" for r in rows)
    rows = _rows("Nine travellers were being held by kidnappers in the hills near Kelbrook "
                 "on Sunday, police said.")
    assert not any(r[1] == "Arrests" for r in rows)
    rows = _rows("Nine students were being held by police in Kelbrook on Sunday after a "
                 "march on the town hall.")
    assert any(r[1] == "Arrests" and r[5] == 9 for r in rows)


def test_both_counts_only_people_hit_or_taken():
    assert _counts("Both parties reported injuries after their supporters fought.") == []
    assert _counts("Both cities were hurt by the long blockade.") == []
    assert _counts("Both of them died in hospital.") == [("fatalities", 2, False)]
    assert _counts("Both guards were wounded in the raid.") == [("injured", 2, False)]


def test_a_source_estimate_beside_a_new_event_is_that_events_toll():
    rows = _rows("Police shot dead two marchers in Dunmarrow on Monday. In Kelbrook, gunmen "
                 "raided a cattle market on Wednesday; local officials put the death toll "
                 "at 13.")
    assert any(r[2] == "Kelbrook" and r[3] == 13 for r in rows)
    rows = _rows("Police fired on marchers in Dunmarrow on Monday, killing six people; a "
                 "local doctor put the toll at nine.")
    assert [r[3] for r in rows if r[3] is not None] == [6]
    rows = _rows("Police fired on marchers in Dunmarrow on Monday, killing six people. Gunmen "
                 "raided a bus near Kelbrook on Tuesday and officials put the toll at four.")
    assert any(r[2] == "Kelbrook" and r[3] == 4 for r in rows)
