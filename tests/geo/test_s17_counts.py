"""Session 17, counts told the ordinary ways of news: hospitals "treated 38 people";
"leaving a firefighter and six youths injured"; "detained with about 40 other dockers";
"arrested another 14"; a total broken down by places ("64 detained, 40 of them in X and
24 in Y"). Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.counts import find_counts
from geo.events.detect import detect_events
from geo.model import Mention

PUBLISHED = date(2025, 9, 12)  # a Friday


def _rows(text: str, mentions: list[Mention]) -> list[tuple]:
    return sorted((e.location.place.name, e.event_type, e.counts.fatalities,
                   e.counts.injured, e.counts.arrested)
                  for e in detect_events(text, mentions, None, PUBLISHED)
                  if e.location is not None)


def _counts(text: str) -> list[tuple[str, int]]:
    return [(c.field, c.value) for c in find_counts(text, context=0)]


def test_a_figure_a_hospital_treated_is_the_injured():
    assert _counts("The clinic in Kestral said it had treated 38 people, among them "
                   "four officers.") == [("injured", 38)]
    assert _counts("Paramedics were treating 12 people for burns.") == [("injured", 12)]


def test_treated_of_no_people_counted_is_no_count():
    assert _counts("The council said tenants had been treated unfairly for 15 years.") == []


def test_one_person_and_a_number_left_injured_add_up():
    assert _counts("Rioters fought police in Kestral, leaving a firefighter and six "
                   "youths injured.") == [("injured", 7)]


def test_detained_with_others_counts_them_and_the_one():
    assert _counts("The union leader was detained with about 40 other dockers on "
                   "Monday.") == [("arrested", 41)]


def test_another_and_a_further_figure_are_counts():
    assert _counts("Two officers were hurt and police arrested another 14 people near "
                   "the port.") == [("injured", 2), ("arrested", 14)]
    assert _counts("Police detained a further 30 people overnight.") == [("arrested", 30)]


def test_a_total_broken_down_by_places_leaves_each_place_its_share():
    text = ("Police detained 64 people on Wednesday as the strike turned violent, 40 of "
            "them in Kestral and 24 in Varnow, the ministry said.")
    rows = _rows(text, mentions_at(text, {"Kestral": town("Kestral"),
                                          "Varnow": town("Varnow")}))
    arrested = {name: n for name, kind, _, _, n in rows if kind == "Strategic developments"}
    assert arrested == {"Kestral": 40, "Varnow": 24}


def test_a_share_in_the_capital_after_a_source_is_the_capitals():
    text = ("Police detained 64 people on Wednesday, the ministry said, 40 of them in the "
            "capital and 24 in Varnow.")
    rows = _rows(text, mentions_at(text, {"the capital": town("Kestral"),
                                          "Varnow": town("Varnow")}))
    arrested = {name: n for name, kind, _, _, n in rows if kind == "Strategic developments"}
    assert arrested == {"Kestral": 40, "Varnow": 24}


def test_a_share_in_a_condition_is_no_place():
    assert _counts("Police said 52 people were hurt, 13 of them in critical "
                   "condition.") == [("injured", 52)]


def test_a_total_at_a_wider_place_stays_beside_its_share():
    text = "Police detained 64 people across Quorland on Wednesday, 40 of them in Kestral."
    quorland = town("Quorland")
    mentions = mentions_at(text, {"Kestral": town("Kestral")})
    start = text.index("Quorland")
    mentions.append(Mention(start, start + 8, "Quorland", kind="area",
                            place=type(quorland)("c:quorland", "Quorland", 10.0, 10.0,
                                                 "country", "XX")))
    rows = _rows(text, sorted(mentions, key=lambda m: m.start))
    arrested = {name: n for name, kind, _, _, n in rows if kind == "Strategic developments"}
    assert arrested == {"Quorland": 64, "Kestral": 40}


def test_count_classes_tell_a_total_a_share_and_another_events_figure():
    from tools.count_classes import classify, text_counts

    text = "Police detained 52 people, 31 of them in Kestral and 21 in Varnow."
    counts = text_counts(text)
    kestral, varnow = {"arrested": 31, "evidence": [text]}, {"arrested": 21}
    assert classify(kestral, [varnow], "arrested", 31, text, counts) == "ok"
    assert classify(kestral, [varnow], "arrested", 52, text, counts) == "summed"
    assert classify(kestral, [varnow], "arrested", 21, text, counts) == \
        "another event's figure"
    assert classify(kestral, [varnow], "arrested", None, text, counts) == \
        "missing, read in its evidence"
    assert classify({"arrested": None}, [varnow], "arrested", 21, text, counts) == \
        "extra, another event's figure"
