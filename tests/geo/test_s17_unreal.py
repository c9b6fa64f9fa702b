"""Session 17, unreal rows in English: an event a call asks for ("called on supporters
to march", "appealed to members to join a strike") is planned, not told as done; and an
event its own relative clause tells begun ("protests that began on Monday will go on")
has happened, whatever is said of its future; and a trigger whose date phrase names only
an earlier year ("in March 2016", "the 2011 sweep") is background. Sentences are invented."""

from __future__ import annotations

from geo.events.scope import dated_before
from geo.events.status import trigger_status


def _status(text: str, trigger: str) -> str:
    whole = (0, len(text))
    start = text.index(trigger)
    return trigger_status(text, whole, whole, start, start + len(trigger))


def test_what_a_call_asks_for_is_planned():
    assert _status("The opposition called on its voters to march to the palace in "
                   "Nuku'alofa on Friday.", "march") == "planned"
    assert _status("The teachers' union appealed to its members to join a strike in "
                   "Luganville next week.", "strike") == "planned"
    assert _status("Farmers' leaders called on growers to stage a sit-in outside the "
                   "ministry on Monday.", "sit-in") == "planned"


def test_a_call_to_leave_before_a_charge_leaves_the_charge_told():
    assert _status("Police called on the crowd to leave the square before they "
                   "fired tear gas at protesters.", "fired tear gas") == "occurred"


def test_an_event_its_own_clause_tells_begun_has_happened():
    assert _status("Protests that began on Monday in Lae will proceed until the levy "
                   "is dropped, organisers said.", "Protests") == "occurred"
    assert _status("The sit-in that started outside the assembly last week would go "
                   "ahead on Sunday, the students said.", "sit-in") == "occurred"


def test_an_event_planned_in_its_relative_clause_stays_planned():
    assert _status("The march that organisers announced last week will take place in "
                   "Port Vila on Sunday.", "march") == "planned"


def test_a_trigger_the_tree_dates_to_an_earlier_year_is_background():
    for text, trigger in (
            ("The reporter and his wife were shot dead at their farm outside Tartu in "
             "March 2016.", "shot dead"),
            ("Angola's civil war between 1975 and 2002 killed about half a million "
             "people.", "killed"),
            ("Villagers recalled that the 2011 army sweep through the valley left more "
             "than 40 people dead.", "dead")):
        start = text.index(trigger)
        assert dated_before(text, (0, len(text)), (start, start + len(trigger)), 2025)


def test_a_dated_day_or_an_opening_date_is_an_episode_of_the_story():
    for text, trigger in (
            ("In May 2021, police detained 30 students in Gulu.", "detained"),
            ("Riot police broke up a sit-in in Gulu on May 4, 2021, and detained 30 "
             "students.", "detained"),
            ("Riot police in Gulu detained 30 students on Tuesday, the largest arrest "
             "since 2019.", "detained")):
        start = text.index(trigger)
        assert not dated_before(text, (0, len(text)), (start, start + len(trigger)), 2025)
