"""A namesake read by the text's names that have a single candidate place (issue 17,
session 17): ``sole_closeness`` measures a candidate to the towns and counties of the
names with one candidate, wherever they stand in the text, rather than to the first
guesses at the text's other ambiguous names (in an article on a village those guesses
are the larger namesakes); in a text with no such name, to the guesses, as
``closeness``. Made-up names on a stub gazetteer, then our own sentences on the real
one: namesakes across countries that the article's other places settle."""

from __future__ import annotations

import re

import pytest
from stub_gazetteer import StubGazetteer

from gazetteer.place import Place
from geo.model import Document
from geo.recognize import Candidate
from geo.resolve import FEATURES, Resolver, Weights


def _place(id_: str, name: str, lat: float, lon: float, kind: str, state: str,
           population: int) -> Place:
    return Place(id=id_, name=name, lat=lat, lon=lon, kind=kind, country="US", admin1=state,
                 population=population)


# A large town in state A, its small namesake in state B 1,000 km away, and a county
# beside the small one.
_TOWNS = [
    _place("big", "Brennick", 40.0, -90.0, "city", "A", 500_000),
    _place("small", "Brennick", 35.0, -100.0, "city", "B", 2_000),
    _place("county-b", "Tallow County", 35.1, -100.1, "admin2", "B", 40_000),
]
_TEXT = ("Brennick grew up around a grain mill. Its schools also serve the farms of "
         "Tallow County, and Brennick holds a rodeo each June.")
_WEIGHTS = Weights(population=1.0, sole_closeness=10.0)


def _found(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), m.group(), "named", m.group())
            for m in re.finditer(r"Brennick|Tallow County", text)]


def _brennicks(places: list[Place], weights: Weights = _WEIGHTS) -> set[str]:
    mentions = Resolver(StubGazetteer(places), weights=weights)(_TEXT, _found(_TEXT))
    return {m.place.id for m in mentions if m.text == "Brennick"}


def test_a_county_with_one_candidate_says_which_namesake():
    assert _brennicks(_TOWNS) == {"small"}


def test_without_the_feature_the_larger_namesake_is_read():
    assert _brennicks(_TOWNS, Weights(population=1.0)) == {"big"}


def test_an_ambiguous_name_near_the_small_namesake_is_no_evidence():
    # A second Tallow County in state A: neither reading is the text's sure place.
    twin = _place("county-a", "Tallow County", 40.1, -90.1, "admin2", "A", 60_000)
    assert _brennicks([*_TOWNS, twin]) == {"big"}


def test_the_feature_is_near_one_beside_the_sole_place_and_zero_far_from_it():
    resolver = Resolver(StubGazetteer(_TOWNS), weights=_WEIGHTS)
    rows = dict(resolver.feature_rows(_found(_TEXT), lambda c, places: c.query, _TEXT))
    column = FEATURES.index("sole_closeness")
    big, small = (row[column] for row in rows["Brennick"])
    assert small > 0.8 and big < 0.25


def test_with_no_sure_name_the_feature_is_closeness_to_the_guesses():
    twin = _place("county-a", "Tallow County", 40.1, -90.1, "admin2", "A", 60_000)
    resolver = Resolver(StubGazetteer([*_TOWNS, twin]), weights=_WEIGHTS)
    rows = dict(resolver.feature_rows(_found(_TEXT), lambda c, places: c.query, _TEXT))
    sole, near = FEATURES.index("sole_closeness"), FEATURES.index("closeness")
    assert [row[sole] for row in rows["Brennick"]] == [row[near] for row in rows["Brennick"]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("Springfield has been the seat of state government since 1839. Lawmakers drive in "
     "from Chatham and Rochester, and the Sangamon County fairgrounds fill each August.",
     "Springfield", "Illinois"),
])
def test_a_namesake_placed_by_the_articles_other_places(real_parser, text, name, admin1):
    parsed = real_parser(Document(text, language="en"))
    places = [m.place for m in parsed.mentions if m.text == name and m.place is not None]
    assert places and all(p.admin1 == admin1 for p in places)
