"""Event detection on hand-built mentions: types, dates, counts, places, merging."""

from __future__ import annotations

from datetime import date

from fake_parser import ALMATY, KZ, SAMPLE, FakeParser

from gazetteer.place import Place
from geo.events.clauses import sentence_spans, split_clauses
from geo.events.detect import detect_events

FRIDAY = date(2022, 1, 7)


def _events(text, published=FRIDAY, table=None):
    parsed = FakeParser(table)(text)
    return detect_events(text, parsed.mentions, None, published)


def test_protest_turned_riot_splits_at_where():
    text = ("Kazakhstan is shaken by a protest that erupted Sunday in the provinces "
            "before spreading to Almaty, where the demonstrations turned into riots.")
    protest, riot = _events(text)
    assert (protest.event_type, protest.location.place, protest.geo_precision,
            protest.event_date, protest.time_precision) == (
        "Protests", KZ, 3, date(2022, 1, 2), 1)
    assert (riot.event_type, riot.location.place, riot.geo_precision) == (
        "Riots", ALMATY, 1)
    assert riot.plover == "PROTEST"


def test_arson_in_unrest_is_a_riot_at_part_of_city():
    text = ("Protesters gathered in Almaty. The facade of the town hall, set on fire "
            "on Wednesday, was blackened.")
    arson = next(e for e in _events(text) if e.subtype == "arson")
    assert (arson.event_type, arson.geo_precision, arson.event_date) == (
        "Riots", 2, date(2022, 1, 5))


def test_counts_attach_and_victim_groups_stay_apart():
    text = ("Officials said 26 armed criminals had been killed in Kazakhstan. "
            "The police reported having 18 killed and 748 wounded in their ranks. "
            "More than 3,800 people have been arrested.")
    events = _events(text)
    by_group = {e.counts.victim_group: e for e in events}
    assert by_group["armed criminals"].counts.fatalities == 26
    police = by_group["police"]
    assert (police.counts.fatalities, police.counts.injured) == (18, 748)
    assert police.event_type == "Battles"
    arrests = next(e for e in events if e.sub_event_type == "Arrests")
    assert (arrests.counts.arrested, arrests.counts.qualifier) == (3800, "at_least")
    assert (arrests.location.place, arrests.geo_precision) == (KZ, 3)


def test_state_measures_get_our_subtypes():
    text = ("The authorities set up 70 checkpoints in the country and established a "
            "state of emergency and a night curfew throughout the country.")
    subtypes = {e.subtype: e for e in _events(text)}
    assert set(subtypes) == {"checkpoint", "state_of_emergency", "curfew"}
    assert subtypes["checkpoint"].counts.checkpoints == 70
    assert all(e.plover in ("COERCE", "MOBILIZE") for e in subtypes.values())


def test_actor_residence_and_origin_places_are_never_sites():
    text = ("Moscow said its troops had retaken Almaty airport. A political refugee "
            "in France said protests were spreading. Chinese President Xi praised "
            "the authorities.")
    places = {e.location.place.name for e in _events(text)}
    assert "Moscow" not in places and "France" not in places
    assert "Almaty International Airport" in places


def test_foreign_troops_and_their_home_are_not_confused():
    text = ("Kazakhstan welcomed the arrival of a contingent of Russian troops and "
            "allied countries of Moscow.")
    (event,) = _events(text)
    assert (event.subtype, event.actor1, event.location.place) == (
        "troop_deployment", "foreign troops", KZ)


def test_unreal_events_are_skipped():
    text = ("The president ordered police to quell the riots. Those who do not "
            "surrender will be eliminated. Leaders called for an end to violence.")
    assert _events(text) == []


def test_same_event_twice_is_merged_with_both_spans():
    text = ("Protesters rallied in Almaty on Tuesday. Police dispersed the rally in "
            "Almaty with tear gas on Tuesday.")
    (event,) = _events(text)
    assert event.sub_event_type == "Protest with intervention"
    assert len(event.evidence) == 2


def test_one_curfew_named_with_two_of_the_countrys_forces_is_one_row():
    text = ("Police imposed a curfew in Almaty on Wednesday. Later, security forces "
            "announced the curfew in Almaty would hold on Wednesday.")
    (event,) = _events(text)
    assert (event.subtype, len(event.evidence)) == ("curfew", 2)


def test_one_riot_whose_crowd_two_sentences_name_differently_is_one_row():
    text = ("Protesters clashed with police in Almaty on Tuesday. In Almaty, rioters threw "
            "stones at police and set cars on fire on Tuesday.")
    # The second sentence, read as a riot and as an arson riot, is the same row too.
    riots = [event for event in _events(text) if event.event_type == "Riots"]
    assert [len(riot.evidence) for riot in riots] == [2]


def test_without_publication_date_relative_dates_stay_empty():
    (event,) = _events("Protesters rallied in Almaty on Tuesday.", published=None)
    assert event.event_date is None and event.time_precision is None


def test_sentences_and_clauses_keep_offsets():
    text = "Mr. Smith spoke. Riots hit Almaty; police said 3 were killed."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Mr. Smith spoke.",
                                             "Riots hit Almaty; police said 3 were killed."]
    clauses = split_clauses(text, spans[1])
    assert [text[a:b] for a, b in clauses] == ["Riots hit Almaty",
                                               "police said 3 were killed."]


def test_a_landmark_in_the_city_the_clause_names_is_the_site():
    hall = Place("layer:halls:1", "Almaty City Hall", 43.238, 76.945, "landmark",
                 country="KZ", parent=ALMATY.id)
    table = {**SAMPLE, "the town hall": (hall, "nominal", "location", "point")}
    (arson,) = [e for e in _events("In Almaty, crowds set fire to the town hall on "
                                   "Wednesday.", table=table) if e.subtype == "arson"]
    assert (arson.location.place, arson.geo_precision) == (hall, 1)


def test_a_site_that_cannot_be_placed_is_not_the_previous_sentences_city():
    text = ("Police arrested 12 people in Almaty on Tuesday. Riots broke out in the "
            "village of Qwertyzhan on Wednesday.")
    _arrest, riot = _events(text)
    assert (riot.event_type, riot.location) == ("Riots", None)  # left off the map
    # With the country named, the riot is somewhere in it (an area).
    riot = _events("Police arrested 12 people in Almaty, Kazakhstan, on Tuesday. Riots "
                   "broke out in the village of Qwertyzhan on Wednesday.")[-1]
    assert (riot.event_type, riot.location.place, riot.geo_precision) == ("Riots", KZ, 3)
    # A sentence that names no site still belongs to the previous one's city, and so
    # does one whose capitalised word after "in" need not be a place.
    for second in ("Riots broke out on Wednesday.", "Riots broke out in Parliament on "
                   "Wednesday.", "In the town of Almaty, riots broke out on Wednesday."):
        riot = _events(f"Police arrested 12 people in Almaty on Tuesday. {second}")[-1]
        assert riot.location.place == ALMATY, second

