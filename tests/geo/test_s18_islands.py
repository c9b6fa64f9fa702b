"""Islands, session 18 (issue 17). News names islands that are no country, division or
large city of their name ("on Java", "across Luzon", "on Tobago"); the gazetteer's table
of physical features lists them, and a qualifier or the country's own places still take a
town of the name. Our own sentences."""

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
