"""Issue 18 item 6, session 9: what is no count (shares, times of day, money, a vague
share of a group told already), one person counted by name or by the noun of the act,
and a count given at a town joining only an event of its kind. Sentences are invented,
written from how wire copy commonly puts these; places are those of an invented country.
"""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import pytest
from fake_parser import FakeParser
from shapely.geometry import Point

from gazetteer.place import Place
from geo.events.counts import find_counts
from geo.events.detect import detect_events
from geo.frame import stated_total

PUBLISHED = date(2025, 9, 15)  # a Monday
LAND = Place("s9c:VV", "Varnessa", 20.0, 20.0, "country", country="VV")
REGION = Place("s9c:north", "Upper Tallow", 21.0, 20.0, "admin1", country="VV",
               admin1="Upper Tallow")
PORT = Place("s9c:port", "Merrow Bay", 21.0, 21.0, "city", country="VV",
             admin1="Upper Tallow", population=300_000)
TABLE = {
    "Varnessa": (LAND, "named", "location", "country"),
    "Upper Tallow": (REGION, "named", "location", "admin1"),
    "Merrow Bay": (PORT, "named", "location", "city"),
}


def _counts(text):
    return [(c.field, c.value) for c in find_counts(text)]


def _events(text):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Turnout fell to 41% and about 30 percent of those detained were minors.",
    "The curfew will run from 9 p.m. to 6 a.m., and officers were injured at 10:30 in a "
    "separate incident.",
    "The fund paid $12 million to families of those killed last year.",
    "The currency lost 4.5 against the dollar as marchers were arrested.",
])
def test_shares_times_money_and_measures_are_no_counts(text):
    assert _counts(text) == []


def test_ages_are_no_counts_and_do_not_hide_the_count_before_them():
    assert _counts("Three students aged 16 and 17 were detained at the gates.") == [
        ("arrested", 3)]
    assert _counts("Marchers, most aged between 18 and 25, were detained.") == []


def test_a_death_toll_since_a_weekday_is_a_running_total_and_arrests_since_one_are_not():
    deaths = find_counts("At least 11 people have been killed across Varnessa since Friday.")
    assert [(c.field, c.value, c.cumulative) for c in deaths] == [("fatalities", 11, True)]
    arrests = find_counts("Police said 240 people had been detained since Friday.")
    assert [(c.field, c.value, c.cumulative) for c in arrests] == [("arrested", 240, False)]


@pytest.mark.parametrize(("text", "value"), [
    ("The death toll from Saturday's car bombing outside the port office rose to 23.", 23),
    ("The toll from last night's fire at the depot stood at 9, officials said.", 9),
])
def test_the_toll_of_one_days_event_is_its_own_count(text, value):
    assert [(c.field, c.value, c.cumulative) for c in find_counts(text)] == [
        ("fatalities", value, False)]


def test_the_toll_of_one_days_event_keeps_its_event():
    text = "The death toll from Sunday's clashes in Merrow Bay rose to 12, medics said."
    assert [(e.location.place, e.counts.fatalities) for e in _events(text)] == [(PORT, 12)]


def test_a_toll_of_the_unrest_stays_a_running_total():
    assert [(c.value, c.cumulative) for c in find_counts(
        "The death toll rose to 44, the ministry said.")] == [(44, True)]


@pytest.mark.parametrize("text", [
    "The lawyer, who has defended many of the people arrested since the vote, was freed.",
    "Several of the injured were later discharged.",
])
def test_a_vague_share_of_a_group_told_already_is_no_count(text):
    assert _counts(text) == []


def test_a_vague_quantity_of_people_is_still_a_count():
    assert _counts("Dozens of people were arrested in the square.") == [("arrested", 12)]


@pytest.mark.parametrize(("text", "field"), [
    ("The arrest of a union leader on Friday drew crowds to the court.", "arrested"),
    ("The detention of a reporter outside the stadium angered colleagues.", "arrested"),
])
def test_the_noun_of_an_arrest_with_one_person_counts_one(text, field):
    assert _counts(text) == [(field, 1)]


def test_the_death_a_protest_is_over_is_no_count_of_it():
    assert _counts("Marches over the death of a young driver in custody spread to "
                   "Merrow Bay.") == []


@pytest.mark.parametrize(("text", "field"), [
    ("Tomas Varga, a student organiser, was detained at his home on Sunday.", "arrested"),
    ("Police said Ilse Marten, 52, was shot dead outside her shop.", "fatalities"),
    ("On Sunday, Joren Aldt was arrested as he left the court.", "arrested"),
])
def test_one_person_named_as_the_subject_counts_one(text, field):
    assert _counts(text) == [(field, 1)]


@pytest.mark.parametrize(("text", "field"), [
    ("Police detained union leader Mara Dell on Sunday.", "arrested"),
    ("Gunmen shot dead Piet Oranje outside his shop, officials said.", "fatalities"),
    ("Officers arrested Joren Aldt, a student organiser, at dawn.", "arrested"),
])
def test_one_person_named_as_the_object_counts_one(text, field):
    assert _counts(text) == [(field, 1)]


@pytest.mark.parametrize("text", [
    "Marchers were arrested in Merrow Bay on Sunday.",
    "Troops killed Varnessan rebels near the border.",
    "Police detained Mara Dell's brother at the station.",
])
def test_a_place_a_people_or_a_possessive_after_the_verb_is_no_one_named(text):
    assert ("arrested", 1) not in _counts(text) and ("fatalities", 1) not in _counts(text)


def test_a_pronoun_or_nobody_counts_no_one():
    assert _counts("Nobody was hurt in the blaze.") == []
    assert _counts("He was arrested on Sunday, his lawyer said.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Police said Tomas Varga and 17 of his supporters were arrested.", 18),
    ("Ilse Marten and at least four of her aides were detained overnight.", 5),
])
def test_a_named_person_with_the_people_counted_adds_one(text, value):
    assert _counts(text) == [("arrested", value)]


@pytest.mark.parametrize("text", [
    "Police and 17 protesters were injured in the clashes.",
    "In Merrow Bay and 17 other towns, marchers were arrested.",
])
def test_a_group_or_a_place_before_the_number_adds_no_one(text):
    assert all(value == 17 for _, value in _counts(text))


def test_an_arrest_count_at_a_town_joins_no_clash_told_there():
    text = ("Rioters clashed with police in Merrow Bay on Sunday night. "
            "Police arrested 90 people across Upper Tallow on Sunday, 35 of them in "
            "Merrow Bay, officials said.")
    events = _events(text)
    at_port = [e for e in events if e.location.place == PORT]
    clashes = [e for e in at_port if e.event_type != "Strategic developments"]
    arrests = [e for e in at_port if e.sub_event_type == "Arrests"]
    assert clashes and all(e.counts.arrested is None for e in clashes)
    assert [e.counts.arrested for e in arrests] == [35]


def _summary_frame(rows):
    return gpd.GeoDataFrame(
        [{"source": "a", "place_kind": kind, "location_name": name, "admin1": admin1,
          "country": "VV", "event_date": "2025-09-14", "arrested": count,
          "arrested_qualifier": "exact"} for kind, name, admin1, count in rows],
        geometry=[Point(0, 0)] * len(rows), crs="EPSG:4326")


def test_the_run_summary_adds_no_part_of_a_regional_figure_to_it():
    frame = _summary_frame([("admin1", "Upper Tallow", "", 90),
                            ("city", "Merrow Bay", "Upper Tallow", 35)])
    assert stated_total(frame, "arrested") == 90
    elsewhere = _summary_frame([("admin1", "Upper Tallow", "", 90),
                                ("city", "Dunmere", "Lower Tallow", 35)])
    assert stated_total(elsewhere, "arrested") == 125


def test_a_count_of_events_named_again_joins_the_event_told_before():
    text = ("Rioters set fire to cars outside the courthouse in Merrow Bay on Sunday night. "
            "Officials said 40 people, 12 of them officers, had been injured in the "
            "clashes.")
    rows = _events(text)
    assert [(e.event_type, e.counts.injured) for e in rows] == [("Riots", 40)]


def test_a_count_given_at_another_place_on_another_day_goes_to_that_place_and_day():
    text = "Troops killed six marchers in Merrow Bay on Sunday and three in Upper Tallow " \
           "on Monday."
    rows = sorted((e.event_date, e.location.place.name, e.counts.fatalities)
                  for e in _events(text))
    assert rows == [(date(2025, 9, 14), "Merrow Bay", 6),
                    (date(2025, 9, 15), "Upper Tallow", 3)]
