"""Issue 18 item 6, session 13: counts on the right incident. A total's cue belongs to
the total carried beside a count, a source's other figure for a toll told already makes
no incident, clashes in a report of unrest with no armed group are the crowd's, rows of
one riot told apart join, a country's toll is no sum of city rows without deaths, and
people held tell their arrest. Sentences are invented, in the way wire copy puts these;
places are those of an invented country."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.counts import find_counts
from geo.events.detect import detect_events

PUBLISHED = date(2025, 3, 12)  # a Wednesday
LAND = Place("s13e:QQ", "Quessaly", 10.0, 30.0, "country", country="QQ")
PORT = Place("s13e:port", "Tarrow Point", 10.5, 30.5, "city", country="QQ",
             population=400_000)
TOWN = Place("s13e:town", "Ostrel", 11.5, 31.5, "city", country="QQ", population=90_000)
TABLE = {
    "Quessaly": (LAND, "named", "location", "country"),
    "Tarrow Point": (PORT, "named", "location", "city"),
    "Ostrel": (TOWN, "named", "location", "city"),
}


def _counts(text):
    return [(c.field, c.value, c.cumulative) for c in find_counts(text)]


def _rows(text):
    parsed = FakeParser(TABLE)(text)
    return [(i.event_type, i.sub_event_type, i.location.place.name if i.location else None,
             i.event_date.isoformat() if i.event_date else None,
             i.counts.fatalities, i.counts.injured, i.counts.arrested)
            for i in detect_events(text, parsed.mentions, None, PUBLISHED)]


def test_a_total_carried_beside_counts_leaves_them_their_own():
    counts = _counts("Two more people died in Tarrow Point on Tuesday and three in Ostrel, "
                     "bringing to 30 the number killed since Saturday.")
    assert ("fatalities", 2, False) in counts and ("fatalities", 3, False) in counts
    assert _counts("Four people were killed on Monday, and the death toll rose to 20.") == [
        ("fatalities", 4, False), ("fatalities", 20, True)]


def test_a_toll_phrase_before_a_count_is_its_own_only_when_nothing_stands_between():
    assert _counts("The death toll rose to 46 as three more died in hospital.")[0] == (
        "fatalities", 46, True)


def test_a_source_putting_a_told_toll_at_another_figure_makes_no_row():
    rows = _rows("Police fired on marchers in Tarrow Point on Monday, killing six people. "
                 "A local doctor put the toll at nine.")
    assert [r[4] for r in rows if r[4] is not None] == [6]


def test_a_source_putting_a_toll_at_a_figure_is_the_count_when_none_was_told():
    rows = _rows("Police fired on marchers in Tarrow Point on Monday. "
                 "Doctors at the city hospital put the death toll at 12.")
    assert [r[4] for r in rows if r[4] is not None] == [12]


def test_clashes_in_a_report_of_unrest_naming_no_armed_group_are_a_riot():
    rows = _rows("Thousands of people marched in Tarrow Point on Monday against fuel prices. "
                 "Clashes in Ostrel on Tuesday left five people dead, officials said.")
    assert ("Riots", "Violent demonstration", "Ostrel", "2025-03-11", 5, None, None) in rows
    assert not any(r[0] == "Battles" for r in rows)


def test_clashes_in_a_report_naming_an_armed_group_stay_an_armed_clash():
    rows = _rows("Thousands of people marched in Tarrow Point on Monday against fuel prices. "
                 "Clashes between soldiers and rebels in Ostrel on Tuesday left five dead.")
    assert any(r[0] == "Battles" and r[2] == "Ostrel" for r in rows)


def test_a_days_count_at_a_town_joins_the_riot_told_there_that_day():
    rows = _rows("Rioting resumed in Tarrow Point on Tuesday and spread to Ostrel. "
                 "Police said nine people died in Tarrow Point on Tuesday and four in Ostrel. "
                 "Eleven officers were among 30 people injured in Ostrel, where a crowd also "
                 "set fire to the customs office.")
    ostrel = [r for r in rows if r[2] == "Ostrel"]
    assert len(ostrel) == 1 and ostrel[0][4:6] == (4, 30)


def test_the_bodies_of_people_and_both_count_the_dead_and_the_taken():
    assert _counts("The morgue received the bodies of five miners on Sunday.") == [
        ("fatalities", 5, False)]
    assert _counts("Both men were arrested at the border.") == [("arrested", 2, False)]


def test_people_held_tell_their_arrest_and_people_holding_a_vigil_do_not():
    rows = _rows("Fourteen people were being held in Ostrel on Tuesday after a crowd tried "
                 "to burn down the town hall, police said.")
    assert ("Strategic developments", "Arrests", "Ostrel", "2025-03-11", None, None, 14) in rows
    rows = _rows("About 2,000 people held a vigil in Ostrel on Tuesday.")
    assert not any(r[1] == "Arrests" for r in rows)


def test_rows_of_one_riot_told_apart_join_once_the_first_pass_has_gathered_them():
    rows = _rows("Rioters torched banks and cars in central Tarrow Point for a second night on "
                 "Tuesday. On Tuesday afternoon, thousands of people marched on the police "
                 "headquarters in Tarrow Point. Hooded youths broke away from the march and "
                 "fought police with stones, and set fire to shops. Police said 12 officers "
                 "had been injured in the city on Tuesday.")
    assert rows == [("Riots", "Violent demonstration", "Tarrow Point", "2025-03-11", None, 12,
                     None)]


def test_a_toll_across_the_country_is_no_sum_of_city_marches_without_deaths():
    rows = _rows("Thousands marched peacefully in Tarrow Point and Ostrel on Tuesday. Across "
                 "Quessaly, security forces shot dead four people on Tuesday, witnesses said.")
    assert ("Protests", "Excessive force against protesters", "Quessaly", "2025-03-11", 4,
            None, None) in rows


def test_a_crowds_burning_and_its_fight_with_police_at_one_town_and_day_are_one_riot():
    parsed_text = ("Police cleared the protest camp outside the assembly in Tarrow Point on "
                   "Tuesday as protesters set fire to tents. Others threw bricks and bottles "
                   "at the police lines. The police chief said four officers had been taken "
                   "to hospital.")
    assert _rows(parsed_text) == [("Riots", "Violent demonstration", "Tarrow Point",
                                   "2025-03-11", None, 4, None)]


def test_a_count_told_that_day_at_a_town_stays_on_the_storys_day():
    rows = _rows("The unrest escalated on Monday. In Ostrel, protesters set fire to the "
                 "offices of the ruling party. Two people were killed in Ostrel that day and "
                 "three in Tarrow Point.")
    assert ("Riots", "Violent demonstration", "Ostrel", "2025-03-10", 2, None, None) in rows
    assert all(r[3] == "2025-03-10" for r in rows)


def test_a_share_of_the_dead_with_no_place_of_its_own_is_no_new_toll():
    rows = _rows("Police shot dead nine marchers in Tarrow Point on Monday. A rights group "
                 "said at least three of the dead appeared to have been bystanders.")
    assert [r[4] for r in rows if r[4] is not None] == [9]
