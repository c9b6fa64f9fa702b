"""Recognition failures of issue 17 item 3 (session 9): a large city written by one of
its other names, a square or street whose kind word is also a town, an acronym that is
only a country's code, a regnal number, and a person known by one of their earlier names.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from geo.recognize.filters import code_only
from geo.recognize.lookup import NameLookup

pytestmark = pytest.mark.slow


def _toponyms(parser, text: str) -> dict[str, object]:
    return {m.text: m.place for m in parser(text).mentions if m.kind == "named"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("ULAANBAATAR, Mongolia — Herders blocked a highway on Tuesday over grazing fees.",
     "ULAANBAATAR", "MN"),
    ("Students gathered in the Mongolian capital Ulaanbaatar to protest fuel prices.",
     "Ulaanbaatar", "MN"),
    ("Fishermen rallied in Kut and Amarah against the new river quotas.", "Amarah", "IQ"),
])
def test_a_large_city_by_another_of_its_names_is_found(real_parser, text, name, country):
    place = _toponyms(real_parser, text).get(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize(("text", "town"), [
    ("Thousands filled Plaça de Catalunya on Sunday evening with banners.", "Plaça"),
    ("Farmers drove their tractors onto the Esplanada dos Ministérios at noon.",
     "Esplanada"),
    ("Riot police cleared Praça dos Três Poderes before dawn on Friday.", "Praça"),
])
def test_a_square_or_streets_kind_word_is_no_town(real_parser, text, town):
    assert town not in _toponyms(real_parser, text)


def test_an_acronym_is_a_place_only_where_a_place_bears_it(gazetteer):
    lookup = NameLookup(gazetteer)
    assert code_only("MRT", lookup)  # Mauritania's alpha-3 code
    for name in ("US", "UK", "UAE", "NYC", "ROME"):
        assert not code_only(name, lookup), name


def test_a_transport_acronym_is_no_country(real_parser):
    places = _toponyms(real_parser, "Commuters were stranded for hours when the MRT line "
                                    "stopped during the strike in Manila.")
    assert "MRT" not in places
    assert places.get("Manila") is not None


def test_a_regnal_number_is_no_country(real_parser):
    places = _toponyms(real_parser, "Crowds cheered as King Carlos VI rode through Oslo.")
    assert "VI" not in places


@pytest.mark.parametrize("text", [
    "Ricardo Tavira Nunes, the strike leader, was detained. Tavira met lawyers in prison "
    "on Tuesday.",
    "Paulo Roberto Tavira Barbosa won the vote. Tavira met farmers on Tuesday.",
])
def test_a_person_known_by_an_earlier_name_is_no_town(real_parser, text):
    assert "Tavira" not in _toponyms(real_parser, text)

