"""Session 8, issue 18 item 6: counts right on the right incident.

Numbers joined into one count, counts that repeat the one before for another place,
statistics over a year, totals that later reports break down by place, and per-place
reports that join the event told at their place. Sentences are invented; places are
those of an invented country, on hand-built mentions.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fake_parser import detected, located_at

from gazetteer.place import Place
from geo.events.counts import find_counts

PUBLISHED = date(2025, 5, 12)  # a Monday
LAND = Place("s8:QQ", "Quorland", 20.0, 20.0, "country", country="QQ")
CAPITAL = Place("s8:cap", "Velmora", 20.0, 21.0, "city", country="QQ",
                feature_code="PPLC", population=1_200_000)
RIVER = Place("s8:river", "Dunmere", 21.0, 22.0, "city", country="QQ",
              population=150_000)
MILL = Place("s8:mill", "Harrowgate", 22.0, 20.5, "city", country="QQ",
             population=60_000)
HILL = Place("s8:hill", "Tallowby", 19.0, 19.0, "city", country="QQ",
             population=25_000)
TABLE = {
    "Quorland": (LAND, "named", "location", "country"),
    "across the country": (LAND, "area", "location", "country"),
    "Velmora": (CAPITAL, "named", "location", "city"),
    "Dunmere": (RIVER, "named", "location", "city"),
    "Harrowgate": (MILL, "named", "location", "city"),
    "Tallowby": (HILL, "named", "location", "city"),
}


def _counts(text):
    return [(c.field, c.value, c.qualifier, c.cumulative) for c in find_counts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The governor said 4 guards and 7 raiders had been killed in the raid.",
     [("fatalities", 11, "exact", False)]),
    ("At least 12 farmers and three officers were wounded, a medic said.",
     [("injured", 15, "at_least", False)]),
    ("The mob attacked the convoy, killing 2 drivers and 5 passengers.",
     [("fatalities", 7, "exact", False)]),
    ("Police detained 14 students as well as 6 teachers at the gates.",
     [("arrested", 20, "exact", False)]),
])
def test_numbers_joined_by_and_add_up_to_one_count(text, expected):
    assert _counts(text) == expected


def test_numbers_of_different_days_or_count_words_stay_apart():
    assert _counts("Nine miners were killed and 30 were injured.") == [
        ("fatalities", 9, "exact", False), ("injured", 30, "exact", False)]
    # "on Friday" between the numbers: not one sum.
    found = _counts("Troops killed 3 on Friday and 5 on Saturday in the hills.")
    assert found[0] == ("fatalities", 3, "exact", False)
    assert all(value != 8 for _, value, _, _ in found)


def test_a_partitive_and_another_repeat_the_count_before():
    text = ("On Saturday eight people died, five of them in Dunmere and two in "
            "the Velmora suburb of Tallowby.")
    assert [v for f, v, _, _ in _counts(text) if f == "fatalities"] == [8, 5, 2]
    # Before no name, a partitive is a state, not a place.
    text = "Nine people were wounded, four of them in serious condition."
    assert _counts(text) == [("injured", 9, "exact", False)]
    text = "One fisherman was killed in the harbour, and another in the market."
    assert [v for _, v, _, _ in _counts(text)] == [1, 1]
    # "another" with no place after it is no count.
    assert _counts("Another 40 miners were hurt.") == [("injured", 40, "exact", False)]
    assert _counts("They will meet another time.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("About 25 people were treated for burns, the clinic said.", ("injured", 25)),
    ("Eleven people were taken to hospital after the stampede.", ("injured", 11)),
])
def test_more_ways_of_saying_hurt(text, expected):
    assert [(f, v) for f, v, _, _ in _counts(text)] == [expected]


def test_a_count_over_a_whole_year_is_a_statistic():
    text = "More than 9,000 people were killed on the roads in 2021, officials said."
    assert _counts(text) == [("fatalities", 9000, "at_least", True)]
    # A date in the same sentence that is not "in <year>" is no statistic.
    text = "On 3 May 2021, at least 6 people were killed when the bridge fell."
    assert _counts(text) == [("fatalities", 6, "at_least", False)]


def _events(text):
    return detected(text, TABLE, PUBLISHED)



def test_a_country_toll_broken_down_by_town_is_not_a_fourth_count():
    text = ("Security forces killed ten marchers across Quorland on Sunday, "
            "doctors said. Six of the dead were shot in Dunmere, and three in "
            "Harrowgate, the doctors' union said. One more marcher was killed in "
            "Tallowby.")
    events = _events(text)
    assert {e.location.place.name: e.counts.fatalities for e in events
            if e.counts.fatalities} == {"Dunmere": 6, "Harrowgate": 3, "Tallowby": 1}
    assert sum(e.counts.fatalities or 0 for e in events) == 10


def test_a_toll_larger_than_its_parts_still_comes_off_the_country_row():
    text = ("At least 14 people were killed in riots across Quorland on Sunday. "
            "Five people died in Dunmere and four in Harrowgate, hospitals said.")
    events = _events(text)
    assert not any(e.counts.fatalities == 14 for e in located_at(events, LAND))
    assert [e.counts.fatalities for e in located_at(events, RIVER)] == [5]
    assert [e.counts.fatalities for e in located_at(events, MILL)] == [4]


def test_a_town_toll_with_later_counts_elsewhere_keeps_its_count():
    # The later counts are not at the town itself: the town's dead are its own.
    text = ("Soldiers killed 12 protesters in Dunmere on Sunday. "
            "On the same day two people were killed in Harrowgate and one in Tallowby.")
    events = _events(text)
    assert [e.counts.fatalities for e in located_at(events, RIVER)] == [12]


def test_a_count_given_for_another_town_joins_the_event_told_there():
    text = ("Rioters set fire to the town hall in Harrowgate on Sunday. Police clashed "
            "with crowds as seven people died in Dunmere and three in Harrowgate.")
    events = _events(text)
    mill = located_at(events, MILL)
    assert len(mill) == 1 and mill[0].counts.fatalities == 3
    assert [e.counts.fatalities for e in located_at(events, RIVER)] == [7]


def test_a_march_that_gets_casualties_is_coded_as_the_riot():
    text = ("Thousands marched through Tallowby on Sunday. "
            "Two people were killed in Tallowby, a nurse said.")
    events = located_at(_events(text), HILL)
    assert len(events) == 1
    assert events[0].event_type == "Riots" and events[0].counts.fatalities == 2


def test_counts_of_one_kind_on_two_days_give_two_rows():
    text = ("Police said 300 people had been detained in Velmora on Saturday, after "
            "about 120 were detained on Friday night.")
    arrests = sorted((e.event_date, e.counts.arrested) for e in located_at(_events(text), CAPITAL)
                     if e.sub_event_type == "Arrests")
    assert arrests == [(date(2025, 5, 9), 120), (date(2025, 5, 10), 300)]


def test_a_kind_counted_once_keeps_the_event_whatever_day_it_names():
    text = "Police detained 40 people in Velmora on Saturday, and 3 officers were hurt."
    arrests = [e for e in located_at(_events(text), CAPITAL) if e.sub_event_type == "Arrests"]
    assert [e.counts.arrested for e in arrests] == [40]


def test_a_later_report_at_a_town_joins_the_last_event_told_there():
    text = ("Protesters blocked the ring road in Dunmere on Friday. On Sunday, "
            "rioters burned a bank in Dunmere. Nine people were wounded in Dunmere, "
            "a nurse said.")
    rows = {e.event_date: e.counts.injured for e in located_at(_events(text), RIVER)}
    assert rows[PUBLISHED - timedelta(days=1)] == 9


@pytest.mark.parametrize("text", [
    "The guard fired at two visitors and then killed himself, police said.",
    "A farmer shot three neighbours and killed himself.",
])
def test_a_count_word_of_another_predicate_is_not_the_numbers(text):
    assert [c for c in find_counts(text) if c.field == "fatalities"] == []


def test_a_count_word_after_later_is_still_the_numbers():
    assert _counts("Four hikers were later found dead.") == [
        ("fatalities", 4, "exact", False)]


def test_a_count_across_the_country_makes_the_event_the_countrys():
    text = ("VELMORA, May 12 — Officers in Velmora said they had detained 800 people "
            "across the country since Friday.")
    assert [(e.location.place.name, e.counts.arrested) for e in _events(text)] == [
        ("Quorland", 800)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Medics said 80 people, 25 of them children, had been injured in the crush.",
     [("injured", 80)]),
    ("The 14 men, two of whom were minors, were arrested at dawn.", [("arrested", 14)]),
])
def test_an_aside_that_breaks_a_number_down_does_not_hide_its_count_word(text, expected):
    assert [(f, v) for f, v, _, _ in _counts(text)] == expected


@pytest.mark.parametrize("text", [
    "The bridge reopened three days after the crowd was detained.",
    "No one was hurt when the wall fell.",
    "The valley, where two million lives in fear, was calm.",
])
def test_durations_negations_and_the_verb_lives_are_no_counts(text):
    assert _counts(text) == []


def test_a_noun_counted_for_itself_ends_no_sum():
    # "admissions" are not victims: the deaths are counted alone. (Beside an epidemic's
    # "new cases" they count none since session 16: test_s16_counts.)
    text = "The clinic logged 140 new admissions and 6 deaths on Friday."
    assert _counts(text) == [("fatalities", 6, "exact", False)]


def test_a_toll_since_a_year_is_a_running_total():
    text = "More than 90 prisoners have been killed in jail riots since 2019."
    assert [c.cumulative for c in find_counts(text)] == [True]


def test_lost_their_lives_in_is_still_a_count():
    text = "At least 40 people lost their lives in the floods, officials said."
    assert _counts(text) == [("fatalities", 40, "at_least", False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops killed six villagers and wounded 14 others near the dam.",
     [("fatalities", 6, "civilians"), ("injured", 14, "")]),
    ("The explosion killed 9 people and injured 25, 4 of them critically.",
     [("fatalities", 9, ""), ("injured", 25, "")]),
])
def test_a_count_word_right_after_and_belongs_to_the_next_number(text, expected):
    assert [(c.field, c.value, c.group) for c in find_counts(text)] == expected


@pytest.mark.parametrize("text", [
    "At least nine miners, including three foremen, were killed.",
    "Nine miners, among them three foremen, were killed.",
])
def test_an_including_aside_does_not_hide_the_count_word(text):
    assert [(c.field, c.value) for c in find_counts(text)] == [("fatalities", 9)]


def test_the_number_of_dead_rising_is_a_running_total():
    assert _counts("The number of dead rose to 23 on Thursday.") == [
        ("fatalities", 23, "exact", True)]


def test_a_number_gapped_by_a_day_gives_that_day_its_own_row():
    text = "Four marchers were killed in Velmora on Saturday and two on Sunday."
    assert [(c.field, c.value) for c in find_counts(text)] == [
        ("fatalities", 4), ("fatalities", 2)]
    rows = sorted((e.event_date, e.counts.fatalities) for e in located_at(_events(text), CAPITAL))
    assert rows == [(date(2025, 5, 10), 4), (date(2025, 5, 11), 2)]


def test_a_sum_cut_by_a_clause_joint_is_still_one_count():
    # The clause joint before "and 9 marchers were ..." cuts the sum in two.
    text = "Riot police charged the crowd in Dunmere. Six officers and 9 marchers were hurt."
    assert [e.counts.injured for e in located_at(_events(text), RIVER)] == [15]


def test_of_the_injured_names_the_victims_of_the_count_word_after_it():
    assert _counts("Three of the wounded later died of their injuries.")[0] == (
        "fatalities", 3, "exact", False)
    assert _counts("Four of the dead were shot in the back.") == [
        ("fatalities", 4, "exact", False)]


def test_in_all_is_a_running_total():
    assert [c.cumulative for c in find_counts("In all, 22 people were killed.")] == [True]
