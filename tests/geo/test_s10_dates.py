"""Dates of session 10: a date phrase belongs to the clause it hangs on, and words that
point back count from the day the report gave what they point to.

- a clause opened by "where", "while" or "whereas" with no date of its own happens at
  the time of the clause before it;
- of two dates in a clause, the one whose phrase hangs on the trigger in the parse wins
  over one of a relative clause ("towns that have been strongholds since March");
- a bare "after" dates what follows by the main clause's day, precision 2, not as its
  own date;
- "the day after the <event>" counts from the day the report gave that event, "since
  then" from the last date named, "last November" is a past month (background);
- merging: a day before a stated span, or stated after it, is another day's event.

The sentences are made up for these tests; the places are invented (tests/support).
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser
from terranor import BRELL, QUIN, TABLE

from geo.events.dates import find_dates
from geo.events.detect import detect_events
from geo.events.draft import EventDraft
from geo.events.merge import merge, same_date
from geo.events.rules import RULES
from geo.events.timeline import event_date
from geo.model import Mention

FRIDAY = date(2022, 1, 7)  # the publication date of every example
MONDAY, TUESDAY, WEDNESDAY, THURSDAY = (date(2022, 1, d) for d in range(3, 7))
SATURDAY, SUNDAY = date(2022, 1, 1), date(2022, 1, 2)


def _events(text: str):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, FRIDAY)


def _days(text: str, place) -> set[date]:
    return {e.event_date for e in _events(text)
            if e.location is not None and e.location.place == place}


# --- find_dates -------------------------------------------------------------------

def test_the_day_after_a_told_event_counts_from_that_events_day():
    text = ("The protests were set off by the shooting of a teacher in Brellow on "
            "Monday. Officials gave no details.\n\nThe day after the shooting, crowds "
            "burned the police station.")
    found = [m for m in find_dates(text, FRIDAY) if m.kind == "told_event"]
    assert [(m.date, m.precision) for m in found] == [(TUESDAY, 1)]


def test_the_day_before_a_told_event_counts_back_from_it():
    text = ("The vote was held on Thursday. The night before the vote, unknown men "
            "burned ballot boxes.")
    found = [m for m in find_dates(text, FRIDAY) if m.kind == "told_event"]
    assert [m.date for m in found] == [WEDNESDAY]


def test_the_day_after_an_event_the_report_never_dated_dates_nothing():
    text = "The day after the election, crowds gathered outside the court."
    assert [m for m in find_dates(text, FRIDAY) if m.kind == "told_event"] == []


def test_since_then_runs_from_the_last_date_named():
    text = ("Quinmar has been the heart of the revolt since the strike began on "
            "Tuesday. Farmers have blocked the roads into the town since then.")
    last = find_dates(text, FRIDAY)[-1]
    assert text[last.start:last.end] == "since then"
    assert (last.date, last.last) == (TUESDAY, FRIDAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("which saw riots in the capital last November", date(2021, 11, 1)),
    ("a strike last March", date(2021, 3, 1)),
])
def test_last_and_a_month_is_the_most_recent_such_month_before_publication(text,
                                                                           expected):
    (found,) = find_dates(text, FRIDAY)
    assert (found.date, found.precision, found.kind) == (expected, 3, "past_month")


def test_a_lowercase_month_word_after_last_is_no_month():
    assert find_dates("it was the last march of the season", FRIDAY) == []


# --- an event's date in its sentence ----------------------------------------------

def test_a_where_clause_takes_the_date_of_the_clause_it_hangs_on():
    text = ("The violence followed a night of looting on Saturday in Brellow and "
            "Quinmar, where youths clashed with riot police.")
    riots = {e.event_date for e in _events(text) if e.event_type == "Riots"}
    assert riots == {SATURDAY}


def test_a_while_clause_takes_the_date_of_the_clause_before_it():
    text = ("Security forces sent two more battalions to Brellow on Wednesday, while in "
            "Quinmar a student was shot dead by police during a march.")
    assert _days(text, QUIN) == {WEDNESDAY}


def test_a_where_clause_with_a_date_of_its_own_keeps_it():
    text = ("Thousands marched in Brellow on Wednesday and in Quinmar, where police "
            "fired tear gas on Thursday.")
    assert THURSDAY in _days(text, QUIN)


def test_a_where_clause_after_a_shift_in_time_or_in_the_present_perfect_keeps_none():
    shifted = ("Anger over the fuel price spilled into the streets on Sunday in the "
               "provinces before spreading to the big cities, above all Quinmar, where "
               "youths clashed with riot police.")
    state = ("Marches against the fuel price began on Sunday in the provinces and in "
             "Quinmar, where the demonstrations have turned into riots.")
    assert SUNDAY not in _days(shifted, QUIN) | {
        e.event_date for e in _events(state) if e.event_type == "Riots"}


def test_the_date_hanging_on_the_trigger_beats_one_of_a_relative_clause():
    text = ("Youths burned tyres and blocked roads in Quinmar, a town that has been a "
            "hotbed of dissent since October, on Tuesday.")
    assert _days(text, QUIN) == {TUESDAY}


def test_an_event_after_a_bare_after_told_nowhere_else_keeps_that_day():
    text = ("Soldiers were deployed to Quinmar on Wednesday after gunmen set buses "
            "ablaze and blocked the main road with burning trucks.")
    assert _days(text, QUIN) == {WEDNESDAY}


def test_an_event_after_a_bare_after_came_by_that_day_without_its_day_pinned():
    text = ("The government declared a day of mourning on Thursday after nine people "
            "were killed in clashes in Brellow.")
    time = event_date(text, (0, len(text)), (0, len(text)), text.index("killed"), FRIDAY)
    assert (time.date, time.precision, time.stated) == (THURSDAY, 2, False)


def test_an_after_past_a_comma_leaves_the_day_the_events_own():
    text = "Police fired tear gas in Brellow on Thursday, after protesters threw stones."
    time = event_date(text, (0, len(text)), (0, len(text)), text.index("threw"), FRIDAY)
    assert (time.date, time.precision, time.stated) == (THURSDAY, 1, True)


def test_a_weekday_before_night_hangs_where_its_night_hangs():
    text = ("Riots erupted in Brellow on Tuesday night and spread to Quinmar the "
            "following day.")
    assert _days(text, BRELL) == {TUESDAY}


# --- merging -------------------------------------------------------------------------

def _draft(rule: str, day: date, sentence: int, *, precision: int = 1,
           end: date | None = None, from_context: bool = False,
           sub_event_type: str = "", span: tuple[int, int] | None = None) -> EventDraft:
    found = next(r for r in RULES if r.name == rule)
    evidence = span or (sentence * 100, sentence * 100 + 90)
    return EventDraft(
        rule=found, event_type=found.event_type,
        sub_event_type=sub_event_type or found.sub_event_type, trigger=evidence,
        clause=evidence, sentence=sentence, counts=[],
        location=Mention(0, len(BRELL.name), BRELL.name, place=BRELL), geo_precision=1,
        event_date=day, event_date_end=end, time_precision=precision,
        evidence=[evidence], date_from_context=from_context)


def test_a_day_before_a_stated_span_is_another_days_event():
    span = _draft("protest", THURSDAY, 1, precision=2, end=FRIDAY)
    before = _draft("protest", WEDNESDAY, 4)
    story_day = _draft("protest", WEDNESDAY, 5, precision=2, from_context=True)
    assert not same_date(span, before)
    assert not same_date(span, story_day)
    assert len(merge([span, before])) == 2


def test_an_undated_detail_after_a_span_may_still_be_of_it():
    span = _draft("protest", TUESDAY, 1, precision=2, end=THURSDAY)
    detail = _draft("protest", FRIDAY, 2, precision=2, from_context=True)
    assert same_date(span, detail)


def test_a_day_inside_a_stated_span_is_of_the_span():
    span = _draft("protest", TUESDAY, 1, precision=2, end=FRIDAY)
    assert same_date(span, _draft("protest", WEDNESDAY, 3))
