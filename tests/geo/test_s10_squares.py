"""Squares, streets and seats of government (session 10): a landmark named with a
generic word in any of several languages ("Plaza de ...", "Place de ...", "... Square",
"... Meydanı", "...platz") is a site inside a city, read whole, never a town called
"Plaza" or "Place"; a seat of government named where a place is expected ("outside
Government House") is a site in a city too. Fresh sentences, written for these tests."""

from __future__ import annotations

import pytest

from geo.recognize.phrases import named_phrases, nominal_phrases


@pytest.mark.parametrize(("text", "name"), [
    ("Riot police ringed the Plaza de la Independencia before dawn.",
     "Plaza de la Independencia"),
    ("Teachers blocked the Place du Marché for a second day.", "Place du Marché"),
    ("Farmers parked tractors on the Praça da Liberdade.", "Praça da Liberdade"),
    ("A sit-in on Piazza della Repubblica ended peacefully.", "Piazza della Repubblica"),
    ("Veterans gathered on Maidan Svobody at noon.", "Maidan Svobody"),
    ("Students pitched tents in Cumhuriyet Meydanı overnight.", "Cumhuriyet Meydanı"),
    ("Crowds filled Plac Wolności after the verdict.", "Plac Wolności"),
    ("A march set off from Rathausplatz towards the station.", "Rathausplatz"),
    ("Nurses walked down Avenida 5 de Mayo with banners.", "Avenida 5 de Mayo"),
    ("Traders shuttered their stalls on Unity Square.", "Unity Square"),
    ("Shots were heard along Ridgeway Boulevard late on Friday.", "Ridgeway Boulevard"),
])
def test_a_landmark_is_read_whole_as_a_street(text, name):
    found = {c.text: c for c in named_phrases(text)}
    assert name in found
    assert found[name].hint == "street"
    # The whole name is looked up: "Plaza" or "Unity" alone would find a town.
    assert found[name].query == name


def test_a_generic_word_after_a_name_makes_another_kind():
    # "Harbour Place" names a building, the capitalised word before "Place" says so.
    assert not [c for c in named_phrases("Offices at Harbour Place de Nord reopened.")
                if c.text.startswith("Place")]


@pytest.mark.parametrize(("text", "seat"), [
    ("Hundreds of nurses rallied outside Government House on Tuesday.", "Government House"),
    ("Demonstrators marched on Congress demanding a recount.", "Congress"),
    ("Police fired water cannon near the State House.", "the State House"),
])
def test_a_seat_of_government_where_a_place_is_expected_is_a_site(text, seat):
    assert seat in {c.text for c in nominal_phrases(text)}


@pytest.mark.parametrize("text", [
    "Congress passed the budget on Thursday.",
    "The opposition called on Congress to reject the decree.",
    "Leaders of the Congress party met in the evening.",
])
def test_the_body_is_no_site(text):
    assert not [c for c in nominal_phrases(text) if "Congress" in c.text]


@pytest.mark.parametrize(("text", "square", "city", "country"), [
    ("Thousands gathered on Plaza de la Constitución in Mexico City on Sunday.",
     "Plaza de la Constitución", "Mexico City", "MX"),
    ("Riot police dispersed a crowd in Place de la République in Paris.",
     "Place de la République", "Paris", "FR"),
    ("Clashes broke out in Nairobi. Protesters blocked Moi Avenue with burning tyres.",
     "Moi Avenue", "Nairobi", "KE"),
    ("Dockers struck in Mombasa on Monday. On Tuesday students marched down Moi Avenue "
     "in Nairobi.", "Moi Avenue", "Nairobi", "KE"),
])
def test_a_square_is_a_site_in_the_city_the_text_puts_it_in(real_parser, text, square,
                                                            city, country):
    mentions = {m.text: m for m in real_parser(text).mentions}
    site = mentions[square]
    assert site.place is not None
    assert (site.place.name, site.place.country) == (city, country)
    assert site.precision == "part_of_city"
    assert "Plaza" not in mentions and "Place" not in mentions


def test_a_seat_of_government_in_a_named_city(real_parser):
    text = "Protesters gathered outside Government House in Bangkok on Monday."
    mentions = {m.text: m for m in real_parser(text).mentions}
    assert mentions["Government House"].place.name == "Bangkok"
    assert mentions["Government House"].precision == "part_of_city"
