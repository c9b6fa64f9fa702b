"""The second walk moves each named mention's anchor to the place it has just taken
(issue 17, session 10): measured to one another's first-walk choices instead, two names
that both exist in two states swap readings and end in different states."""

from __future__ import annotations

import re

from stub_gazetteer import StubGazetteer

from gazetteer.place import Place
from geo.recognize import Candidate
from geo.resolve import Resolver, Weights


def _place(id_: str, name: str, lat: float, lon: float, kind: str, state: str,
           population: int) -> Place:
    return Place(id=id_, name=name, lat=lat, lon=lon, kind=kind, country="US", admin1=state,
                 population=population)


# Made-up names. The county's prior reading is in state A (more people), the town's in
# state B (a city); each pair lies 10 km apart, the two states 1,000 km.
_PLACES = [
    _place("county-a", "Corran County", 40.0, -90.0, "admin2", "A", 30_000),
    _place("county-b", "Corran County", 35.0, -100.0, "admin2", "B", 20_000),
    _place("town-a", "Alderford", 40.09, -90.0, "city", "A", 1_000),
    _place("town-b", "Alderford", 35.09, -100.0, "city", "B", 200_000),
]


def test_two_names_each_in_two_states_end_in_the_same_state():
    text = "Storms hit Corran County on Monday, and Alderford lost power."
    found = [Candidate(m.start(), m.end(), m.group(), "named", m.group())
             for m in re.finditer(r"Corran County|Alderford", text)]
    resolver = Resolver(StubGazetteer(_PLACES), weights=Weights(population=1.0,
                                                                 closeness=10.0))
    county, town = (m.place for m in resolver(text, found))
    assert county.admin1 == town.admin1
