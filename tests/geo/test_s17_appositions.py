"""Qualifiers, session 17 (issue 17). A description after the name that places it in a
country or division ("X, the capital of Y", "X, a port town in northern Y") restricts
its reading to that country or division, as "X, in Y" does; a name and its qualifier
that the NER took as one entity ("Florence, Alabama") are read as the two; a dateline
in capitals keeps an abbreviation's full stop inside the name ("ST. LOUIS (AP) —").
Our own sentences."""

from __future__ import annotations

import pytest
from placed_mentions import places_found

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Police dispersed a crowd in Victoria, the capital of the Seychelles, on Friday.",
     "Victoria", "SC"),
    ("Traders shut their shops in Victoria, the capital of British Columbia.", "Victoria",
     "CA"),
    ("Strikers marched through Valencia, a port city in eastern Spain.", "Valencia", "ES"),
    ("Riot police were sent to Hyderabad, the capital of Telangana, on Monday.",
     "Hyderabad", "IN"),
    ("Fighting spread to Tripoli, the main city of northern Lebanon.", "Tripoli", "LB"),
])
def test_an_apposition_places_the_name(real_parser, sentence, name, country):
    assert places_found(real_parser, sentence, "en")[name][2:] == ("city", country)


def test_an_apposition_naming_a_city_is_no_region(real_parser):
    # "a suburb of Sydney": a city, not a country or division, so no restriction; the
    # reading is the ranking's.
    found = places_found(real_parser, "Youths threw stones in Liverpool, a suburb of "
                         "Sydney, late on Saturday.", "en")
    assert "Liverpool" in found


def test_a_name_and_its_qualifier_in_one_entity(real_parser):
    found = places_found(real_parser, "Students marched in Florence, Alabama, on "
                         "Tuesday.", "en")
    assert found["Florence"][1:] == ("Florence", "city", "US")
    assert found["Alabama"][2:] == ("admin1", "US")


@pytest.mark.parametrize(("dateline", "name", "place"), [
    ("ST. PAUL, Minn. (AP) — Nurses marched to the Capitol on Monday.", "ST. PAUL",
     "Saint Paul"),
    ("FT. LAUDERDALE, Fla. — Police arrested four people at a rally.", "FT. LAUDERDALE",
     "Fort Lauderdale"),
])
def test_an_abbreviation_in_a_dateline_in_capitals(real_parser, dateline, name, place):
    assert places_found(real_parser, dateline, "en")[name][1:] == (place, "city", "US")


def test_a_full_stop_between_sentences_joins_no_names(real_parser):
    found = places_found(real_parser, "The convoy reached Kent. Paris police said "
                         "nothing.", "en")
    assert {"Kent", "Paris"} <= set(found)


def test_a_short_name_ending_a_sentence_joins_no_name_after_it(real_parser):
    # "Ado Ekiti" is a town: a short name and the next sentence's first word must not
    # make it up across the full stop.
    found = places_found(real_parser, "Fighting spread to Ado. Ekiti officials said two "
                         "people died.", "en")
    assert "Ado. Ekiti" not in found
