"""Resolution by the country a report is about: a small town abroad needs more than a bare
name, and the seats of a national government are in the capital of the country in focus.
Under the hand weights and the learned ranking alike."""

from __future__ import annotations

import pytest

from geo.pipeline import Parser
from geo.resolve.weights import shipped


@pytest.fixture(scope="module", params=["hand", "learned"])
def parser(request, gazetteer, nlp) -> Parser:
    weights = shipped() if request.param == "learned" else None
    return Parser(gazetteer, nlp=nlp, weights=weights)


def _found(parser: Parser, text: str) -> dict:
    return {m.text: m for m in parser(text).mentions}


@pytest.mark.parametrize(("text", "word", "country"), [
    # Capitalised common words opening a sentence in a report on another country.
    ("Drought has hit Kenya's north.\n\nHunting is banned in the reserves, and herders "
     "said their cattle were dying.", "Hunting", "KE"),
    ("Farmers blocked roads across Ukraine on Monday.\n\nGrain piled up at the ports as "
     "talks stalled, officials in Kyiv said.", "Grain", "UA"),
    ("Protests spread across Ghana on Tuesday. Industry groups said factories in Tema "
     "had closed.", "Industry", "GH"),
])
def test_a_bare_name_is_not_a_small_town_abroad(parser, text, word, country):
    mention = _found(parser, text).get(word)
    assert mention is None or mention.place is None or mention.place.country == country


def test_a_small_town_abroad_stays_with_a_qualifier(parser):
    """The same small town, named with its country, is that town."""
    found = _found(parser, "Unions in Lebanon called a strike on Monday. A solidarity "
                           "rally was also held in Åmål, Sweden.")
    assert found["Åmål"].place is not None and found["Åmål"].place.country == "SE"


def test_a_town_of_the_country_in_focus_stays(parser):
    found = _found(parser, "Police in Bangladesh fired tear gas in Gazipur and Narayanganj "
                           "on Sunday as garment workers marched.")
    assert found["Gazipur"].place.country == "BD"


@pytest.mark.parametrize(("text", "phrase", "capital"), [
    ("Unrest spread across Kenya on Tuesday. In Kisumu, police fired tear gas at "
     "crowds, and by evening hundreds had reached the parliament building.",
     "the parliament building", "Nairobi"),
    ("Sudan's army said on Monday that marchers in Port Sudan and Kassala had been "
     "dispersed before they could reach the presidential palace.",
     "the presidential palace", "Khartoum"),
    ("Opposition supporters rallied in Georgia over the weekend. After a march through "
     "Kutaisi, several thousand gathered outside parliament.", "parliament", "Tbilisi"),
])
def test_a_seat_of_government_is_in_the_capital(parser, text, phrase, capital):
    mention = _found(parser, text)[phrase]
    assert mention.place is not None and mention.place.name == capital
    assert mention.precision == "part_of_city"


def test_parliament_as_a_body_is_no_place(parser):
    found = _found(parser, "Lawmakers in Nepal debated the budget, and a majority in "
                           "parliament backed it.")
    assert "parliament" not in found


def test_a_residence_stays_in_the_city_named(parser):
    """A president's residence may be in any city: it is the city in focus."""
    found = _found(parser, "Protesters in Kenya marched through Mombasa on Friday and "
                           "gathered outside the presidential residence.")
    mention = found["the presidential residence"]
    assert mention.place is not None and mention.place.name == "Mombasa"
