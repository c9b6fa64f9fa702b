"""Rows of one report merged as one event only when they tell the same event: two days
the text states stay two days, a figure told for a whole province or country is not a
city's event, an unplaced detail belongs to the story's current city and day, and one
sentence read twice, or a day of a span of unrest at one city, is one row.

The drafts are built by hand (no parser): what is tested is the merging alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from gazetteer.place import Place
from geo.events.counts import CountMention
from geo.events.draft import EventDraft
from geo.events.merge import merge, same_date, wider_figure
from geo.events.rules import RIOTS, RULES
from geo.model import Mention

TUESDAY, WEDNESDAY, THURSDAY = date(2024, 3, 5), date(2024, 3, 6), date(2024, 3, 7)
VALLEY = Place("t:1", "Green Valley", 0.0, 0.0, "admin1", "ZZ", "Green Valley")
RIVERTON = Place("t:2", "Riverton", 0.1, 0.1, "city", "ZZ", "Green Valley")
HILLSIDE = Place("t:3", "Hillside", 0.9, 0.9, "city", "ZZ", "Green Valley")
PRECISION = {"admin1": 3, "city": 1}


def _rule(name: str):
    return next(rule for rule in RULES if rule.name == name)


def _draft(rule: str, place: Place, day: date, sentence: int, *, precision: int = 1,
           end: date | None = None, counts: tuple[tuple[str, int], ...] = (),
           place_from_context: bool = False, date_from_context: bool = False,
           event_type: str = "", span: tuple[int, int] | None = None) -> EventDraft:
    found = _rule(rule)
    evidence = span or (sentence * 100, sentence * 100 + 90)
    return EventDraft(
        rule=found, event_type=event_type or found.event_type,
        sub_event_type=found.sub_event_type, trigger=evidence, clause=evidence,
        sentence=sentence,
        counts=[CountMention(0, 1, field, value, "exact") for field, value in counts],
        location=Mention(0, len(place.name), place.name, place=place),
        geo_precision=PRECISION[place.kind], event_date=day, event_date_end=end,
        time_precision=precision, evidence=[evidence],
        place_from_context=place_from_context, date_from_context=date_from_context)


def test_two_stated_days_stay_two_events_whatever_their_precision() -> None:
    # "Late on Tuesday night youths stoned police in Riverton", then "On Wednesday
    # night, ... in Riverton": each day is stated, one loosely (precision 2).
    tuesday = _draft("riot", RIVERTON, TUESDAY, 0, precision=2)
    wednesday = _draft("riot", RIVERTON, WEDNESDAY, 1)
    assert not same_date(tuesday, wednesday)
    assert len(merge([tuesday, wednesday])) == 2


def test_a_row_dated_only_from_context_joins_a_stated_day_within_reach() -> None:
    # An undated lede ("Police fired tear gas at marchers in Riverton.", dated from the
    # report) and the day a later paragraph states for it: one event, on that day.
    lede = _draft("riot", RIVERTON, THURSDAY, 0, precision=2, date_from_context=True)
    stated = _draft("riot", RIVERTON, WEDNESDAY, 3)
    rows = merge([lede, stated])
    assert len(rows) == 1 and rows[0].event_date == WEDNESDAY


def test_a_province_wide_figure_is_not_a_citys_event() -> None:
    # "Police detained 40 people across Green Valley on Thursday", and "in Riverton,
    # police detained protesters" that day: two rows, the province keeps its place.
    province = _draft("arrest", VALLEY, THURSDAY, 0, counts=(("arrested", 40),))
    city = _draft("arrest", RIVERTON, THURSDAY, 2)
    assert wider_figure(province, city)
    rows = merge([province, city])
    assert [row.location.place.name for row in rows] == ["Green Valley", "Riverton"]
    # So is a span of days told for the whole province.
    span = _draft("arrest", VALLEY, TUESDAY, 0, precision=2, end=THURSDAY)
    assert len(merge([span, replace(city, counts=[])])) == 2


def test_a_wider_place_from_context_is_still_the_citys_event() -> None:
    # A row the story placed in its province only (no place of its own) and the city's
    # row with the figure: one event, at the city.
    context = _draft("arrest", VALLEY, THURSDAY, 3, precision=2, place_from_context=True,
                     date_from_context=True)
    city = _draft("arrest", RIVERTON, THURSDAY, 1, counts=(("arrested", 12),))
    rows = merge([city, context])
    assert len(rows) == 1 and rows[0].location.place is RIVERTON


def test_an_unplaced_detail_belongs_to_the_storys_current_city() -> None:
    told = _draft("riot", RIVERTON, THURSDAY, 0)
    # The story has moved to Hillside: "Youths threw stones at officers." is Hillside's.
    detail = _draft("riot", HILLSIDE, THURSDAY, 4, precision=2, place_from_context=True,
                    date_from_context=True)
    assert len(merge([told, detail])) == 2
    # Unless it repeats the told event's very figure ("the 15 people detained ...").
    arrests = _draft("arrest", RIVERTON, THURSDAY, 0, counts=(("arrested", 15),))
    again = _draft("arrest", HILLSIDE, THURSDAY, 4, precision=2, counts=(
        ("arrested", 15),), place_from_context=True, date_from_context=True)
    assert len(merge([arrests, again])) == 1


def test_a_statements_figure_is_not_joined_to_an_event_of_years_before() -> None:
    # Background: "arrested in Riverton in March 2022"; then "the minister said 300
    # people had been arrested", dated from the report's day.
    past = _draft("arrest", RIVERTON, date(2022, 3, 5), 0, end=date(2022, 3, 9),
                  precision=2)
    figure = _draft("arrest", RIVERTON, THURSDAY, 5, precision=2, counts=(
        ("arrested", 300),), place_from_context=True, date_from_context=True)
    assert len(merge([past, figure])) == 2


def test_a_day_of_a_span_of_unrest_at_one_city_is_one_row() -> None:
    # "Clashes in Riverton since Tuesday", then "in Riverton on Wednesday, rioters
    # burned a bus": the crowd was named by another word, the row is one.
    span = _draft("clash", RIVERTON, TUESDAY, 0, precision=2, end=THURSDAY,
                  event_type=RIOTS)
    day = _draft("riot", RIVERTON, WEDNESDAY, 2)
    span.sub_event_type = day.sub_event_type  # a clash of a crowd, re-typed as a riot
    span.actors = ["police"]
    rows = merge([span, day])
    assert len(rows) == 1 and rows[0].event_date == WEDNESDAY


def test_one_sentence_read_by_two_rules_is_one_row_with_the_finer_subtype() -> None:
    plain = _draft("riot", RIVERTON, THURSDAY, 2, span=(200, 290))
    arson = _draft("arson", RIVERTON, THURSDAY, 2, event_type=RIOTS, span=(200, 290))
    arson.sub_event_type = plain.sub_event_type
    rows = merge([plain, arson])
    assert len(rows) == 1 and rows[0].rule.subtype == "arson"


def test_troops_seen_again_on_a_later_day_are_the_deployment_of_the_first() -> None:
    # "The army sent troops into Riverton." (the story's Wednesday), then "Soldiers
    # patrolled the streets on Thursday.": one deployment, dated from Wednesday.
    deployed = _draft("deployment", RIVERTON, WEDNESDAY, 2, precision=2,
                      date_from_context=True)
    patrol = _draft("deployment", RIVERTON, THURSDAY, 3)
    rows = merge([deployed, patrol])
    assert len(rows) == 1 and rows[0].event_date == WEDNESDAY
