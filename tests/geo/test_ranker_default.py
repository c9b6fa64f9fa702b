"""The learned ranking as the resolver's default (issue 17): no hand-set weight, and the
``renown_abroad`` feature that lets a town beat a famous namesake abroad in a text about
the town's own country."""

from __future__ import annotations

import re

from stub_gazetteer import StubGazetteer

from gazetteer.place import Place
from geo.recognize import Candidate
from geo.resolve import FEATURES, Resolver, Weights
from geo.resolve.weights import shipped

_PARIS_FR = Place(id="paris-fr", name="Paris", lat=48.86, lon=2.35, kind="city",
                  country="FR", admin1="Île-de-France", population=2_138_551,
                  feature_code="PPLC", alternate_names=tuple(f"Paris {i}" for i in range(200)))
_PARIS_TN = Place(id="paris-tn", name="Paris", lat=36.30, lon=-88.33, kind="city",
                  country="US", admin1="Tennessee", population=10_150,
                  alternate_names=("Paris TN",))
_PLACES = [
    _PARIS_FR, _PARIS_TN,
    Place(id="henry-tn", name="Henry County", lat=36.33, lon=-88.30, kind="admin2",
          country="US", admin1="Tennessee", population=32_000),
    Place(id="puryear", name="Puryear", lat=36.44, lon=-88.33, kind="city", country="US",
          admin1="Tennessee", population=670),
]


def _resolve(text: str) -> dict[str, Place | None]:
    found = [Candidate(m.start(), m.end(), m.group(), "named", m.group())
             for m in re.finditer(r"Paris|Henry County|Puryear", text)]
    return {m.text: m.place for m in Resolver(StubGazetteer(_PLACES))(text, found)}


def test_the_default_ranking_is_the_shipped_model_and_no_weight_is_hand_set():
    assert Resolver(StubGazetteer(_PLACES)).weights == shipped()
    assert all(getattr(Weights(), name) == 0.0 for name in FEATURES)


def test_a_famous_city_alone_is_the_famous_one():
    assert _resolve("Thousands marched in Paris on Saturday.")["Paris"] is _PARIS_FR


def test_a_town_in_a_text_about_its_own_county_is_the_town():
    text = ("Flooding closed roads in Henry County on Monday. Schools in Paris and Puryear "
            "stayed shut, and Henry County officials said Paris would reopen them soon.")
    assert _resolve(text)["Paris"] is _PARIS_TN


def test_renown_abroad_weighs_against_a_famous_namesake_in_the_shipped_model():
    assert shipped().renown_abroad < 0
