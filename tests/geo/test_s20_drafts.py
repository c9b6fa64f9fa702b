"""Session 20, drafts. Several events at one place, told beside a place named only to
locate it: a town in apposition after the event's town ("In X, near the port city of
Y") is no site of the clauses that follow, no item of a list, and no antecedent of "the
city"; an area right after a town ("X in the south") only locates it; a clause that names
no place goes on at the place of the clauses before it, not at the scene a later "while in
Y" opens. Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.model import Mention

PUBLISHED = date(2023, 5, 19)  # a Friday


def _rows(text: str, names: list[str]) -> list[tuple]:
    """(place, sub-event type) of every occurred row."""
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name, e.sub_event_type)
                  for e in detect_events(text, mentions, None, PUBLISHED)
                  if e.location is not None)


def test_a_town_near_which_the_event_happened_is_no_site_of_the_next_clause() -> None:
    text = ("In Korrin, near the port city of Sallowmere, a polling station was ransacked "
            "on Monday, and residents said a man was beaten to death by a mob on Tuesday "
            "evening.")
    rows = _rows(text, ["Korrin", "Sallowmere"])
    assert rows and all(place == "Korrin" for place, _ in rows)


def test_a_town_outside_which_a_road_was_blocked_stays_the_site_when_named_alone() -> None:
    # (no town before it to locate: "outside Y" is where it happened)
    rows = _rows("Protesters blocked the highway outside Brannock on Thursday, police said.",
                 ["Brannock"])
    assert rows and all(place == "Brannock" for place, _ in rows)


def test_the_city_refers_back_to_the_town_not_to_the_landmark_near_it() -> None:
    text = ("In Korrin, near the port city of Sallowmere, crowds stormed the police station "
            "on Monday. Police arrested 12 people in the city on Tuesday.")
    rows = _rows(text, ["Korrin", "Sallowmere"])
    assert ("Korrin", "Arrests") in rows and all(place == "Korrin" for place, _ in rows)


def test_a_placeless_clause_after_and_keeps_the_place_of_the_clause_before() -> None:
    text = ("In Tarvell, youths blocked the ring road with burning tyres on Monday and a "
            "pharmacy was looted, shopkeepers said, while in Onsworth, farther east, "
            "teachers marched peacefully to the education office.")
    rows = _rows(text, ["Tarvell", "Onsworth"])
    assert ("Tarvell", "Looting/property destruction") in rows
    assert ("Onsworth", "Looting/property destruction") not in rows


def test_a_direction_right_after_a_town_only_locates_it() -> None:
    text = ("Hundreds of nurses marched peacefully through Grelmouth in the south on "
            "Tuesday to demand unpaid wages.")
    mentions = mentions_at(text, {"Grelmouth": town("Grelmouth")})
    start = text.index("the south")
    country = Place("t:xx", "Xland", 10.0, 10.0, "country", "XX", population=9000000)
    mentions.append(Mention(start, start + len("the south"), "the south", kind="area",
                            place=country, precision="country"))
    rows = sorted((e.location.place.name, e.sub_event_type) for e in detect_events(
        text, sorted(mentions, key=lambda m: m.start), None, PUBLISHED)
        if e.location is not None)
    assert rows == [("Grelmouth", "Peaceful protest")]


def test_a_landmark_in_a_town_after_outside_is_a_site_not_a_locator() -> None:
    # (session 20's code review: "outside the central mosque in Y" names where it happened)
    text = ("In the north of Varnland, police fired tear gas at hundreds of protesters on "
            "Friday, outside the central mosque in Dellbrook.")
    mentions = mentions_at(text, {"Dellbrook": town("Dellbrook")})
    rows = [e.location.place.name for e in detect_events(text, mentions, None, PUBLISHED)
            if e.location is not None]
    assert "Dellbrook" in rows
