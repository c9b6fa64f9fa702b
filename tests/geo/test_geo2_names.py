"""Recognition of multi-word names: a street or building whose kind word comes first is
not the town sharing its last word, and a place's whole name the NER reads as a person
gives no surname."""

from __future__ import annotations

import pytest

from geo.recognize.persons import surnames


def _found(parser, text):
    return {m.text: m for m in parser(text).mentions}


@pytest.mark.parametrize(("text", "word"), [
    ("Teachers marched down the Avenida Brasil in Rio de Janeiro on Wednesday.", "Brasil"),
    ("Riot police cleared the Plaza de Armas in Lima before dawn.", "Armas"),
    ("Demonstrators gathered on the Rue de Rivoli in Paris, and police made arrests.",
     "Rivoli"),
])
def test_a_name_after_a_street_word_is_no_town(real_parser, text, word):
    found = _found(real_parser, text)
    assert word not in found


def test_the_city_after_a_street_is_still_found(real_parser):
    found = _found(real_parser, "Teachers marched down the Avenida Brasil in Rio de "
                                "Janeiro on Wednesday.")
    assert found["Rio de Janeiro"].place.country == "BR"


def test_a_person_entity_that_is_a_whole_place_name_gives_no_surname(real_parser, nlp):
    """Wherever the NER calls a two-word town a person, the town's last word does not
    become a surname that hides the town's other mentions."""
    doc = nlp("Police said Maria Lopez was detained.")
    ents = doc.ents
    assert "lopez" in surnames(ents, list(doc))
    assert "lopez" not in surnames(ents, list(doc), frozenset({"maria lopez"}))
