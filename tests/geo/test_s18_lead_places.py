"""Places, session 18 (issue 17). News names islands that are no country, division or
large city of their name ("on Java", "across Luzon", "on Tobago"); the gazetteer's table
of physical features lists them, and a qualifier still takes a town of the name. A
saint's town whose name ends in "'s" ("St. John's", "St. George's") is found whole, not
as the saint's namesakes. Our own sentences."""

from __future__ import annotations

import pytest
from placed_mentions import places_found

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Riots broke out on Java and Sumatra after the vote count.", "Sumatra", "ID"),
    ("Riots broke out on Java and Sumatra after the vote count.", "Java", "ID"),
    ("Troops were sent to Luzon's northern provinces on Friday.", "Luzon", "PH"),
    ("Protesters blocked the ferry terminal on Tobago on Monday.", "Tobago", "TT"),
    ("Police fired tear gas on Lombok as the curfew began.", "Lombok", "ID"),
    ("Soldiers were deployed across Bioko after the shooting.", "Bioko", "GQ"),
    ("Riots spread on Viti Levu and in Suva's suburbs.", "Viti Levu", "FJ"),
    ("Dockers struck on Mallorca and Tenerife on Thursday.", "Mallorca", "ES"),
])
def test_an_island_is_found(real_parser, sentence, name, country):
    assert places_found(real_parser, sentence, "en")[name][2:] == ("region", country)


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Police dispersed protesters in Trinidad, Cuba, on Sunday.", "Trinidad", "CU"),
    ("A missile struck Samar in Ukraine's Dnipropetrovsk region on Tuesday.", "Samar",
     "UA"),
    ("Police in New Britain and Hartford, Connecticut, arrested 12 people.",
     "New Britain", "US"),
])
def test_a_qualified_town_keeps_the_name(real_parser, sentence, name, country):
    assert places_found(real_parser, sentence, "en")[name][2:] == ("city", country)


@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Dockworkers marched through St. John's on Friday.", "St. John's", "CA"),
    ("Teachers protested in St. George's, the capital of Grenada, on Monday.",
     "St. George's", "GD"),
    ("ST. GEORGE'S, Grenada (AP) — Police arrested 20 people on Monday.", "ST. GEORGE'S",
     "GD"),
])
def test_a_saints_town_ending_in_s_is_found_whole(real_parser, sentence, name, country):
    assert places_found(real_parser, sentence, "en")[name][2:] == ("city", country)


def test_a_single_names_possessive_stays_the_possessive(real_parser):
    found = places_found(real_parser, "Kenya's police made arrests in Kisumu.", "en")
    assert found["Kenya"][2:] == ("country", "KE")
