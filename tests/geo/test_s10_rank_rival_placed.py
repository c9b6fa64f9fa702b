"""The ``major_rival_placed`` feature (issue 17, session 10): a country called the name,
far from the text's places, while a town of the name lies in a first-level division
another mention names; not where only towns near it place it."""

from __future__ import annotations

import re

import pytest
from stub_gazetteer import StubGazetteer

from gazetteer.place import Place
from geo.recognize import Candidate
from geo.resolve import FEATURES, Resolver, Weights

# Made-up places: a country and a small town of the same name in a state of another
# country, a state, a city in another state and two small towns by the first.
_PLACES = [
    Place(id="country", name="Varnia", lat=-10.0, lon=-55.0, kind="country", country="VA",
          population=50_000_000),
    Place(id="town", name="Varnia", lat=39.5, lon=-87.1, kind="city", country="US",
          admin1="Eastmark", population=8_000),
    Place(id="state", name="Eastmark", lat=40.0, lon=-86.3, kind="admin1", country="US"),
    Place(id="city", name="Porthaven", lat=41.9, lon=-87.7, kind="city", country="US",
          admin1="Westmark", population=2_000_000),
    Place(id="near-1", name="Oldbridge", lat=39.53, lon=-87.08, kind="city", country="US",
          admin1="Eastmark", population=800),
    Place(id="near-2", name="Millby", lat=39.28, lon=-87.11, kind="city", country="US",
          admin1="Eastmark", population=900),
]


def _values(text: str) -> dict[str, float]:
    found = [Candidate(m.start(), m.end(), m.group(), "named", m.group())
             for m in re.finditer(r"Varnia|Eastmark|Porthaven|Oldbridge|Millby", text)]
    resolver = Resolver(StubGazetteer(_PLACES), weights=Weights())
    rows = resolver.feature_rows(found, lambda cand, places: places
                                 if cand.query == "Varnia" else None, text)
    places, vectors = next(rows)
    column = FEATURES.index("major_rival_placed")
    return {p.id: v[column] for p, v in zip(places, vectors, strict=True)}


@pytest.mark.parametrize(("text", "country", "town"), [
    ("Coffee from Varnia reached Porthaven and Eastmark.", 1.0, 0.0),
    # Towns near it place the town, but no named division does.
    ("Coffee from Varnia reached Oldbridge and Millby.", 0.0, 0.0),
    # One other place is not a text about another country.
    ("Coffee from Varnia reached Porthaven.", 0.0, 0.0),
])
def test_a_far_country_is_marked_where_a_named_division_places_its_namesake(text, country,
                                                                           town):
    assert _values(text) == {"country": country, "town": town}
