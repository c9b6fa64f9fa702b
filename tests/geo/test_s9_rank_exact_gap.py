"""The ``exact_gap`` feature (issue 17, session 10): a candidate called exactly the
name carries its population gap to the mention's most populous candidate, so that a
hamlet's own name can weigh less against a city known by it as an old or other name.
Not weighed by the shipped model (docs/benchmarks.md, "Learned ranking, session 10")."""

from __future__ import annotations

from stub_gazetteer import StubGazetteer

from gazetteer.place import Place
from geo.recognize import Candidate
from geo.resolve import FEATURES, Resolver, Weights

# Made-up names: a city once called Oldmora, and a hamlet whose own name it is.
_CITY = Place(id="city", name="Velmora", lat=20.0, lon=80.0, kind="city", country="IN",
              admin1="A", population=5_000_000, alternate_names=("Oldmora",))
_HAMLET = Place(id="hamlet", name="Oldmora", lat=40.0, lon=-80.0, kind="city", country="US",
                admin1="B", population=300)


def test_exact_gap_is_the_population_gap_of_a_candidate_called_exactly_the_name():
    text = "He moved to Oldmora."
    found = [Candidate(12, 19, "Oldmora", "named", "Oldmora")]
    resolver = Resolver(StubGazetteer([_CITY, _HAMLET]), weights=Weights())
    (_, vectors), = resolver.feature_rows(found, lambda cand, places: places, text)
    by_id = dict(zip((p.id for p in (_CITY, _HAMLET)), vectors, strict=True))
    gap, exact_gap = FEATURES.index("population_gap"), FEATURES.index("exact_gap")
    assert by_id["city"][exact_gap] == 0.0          # called so by another name
    assert by_id["hamlet"][exact_gap] == by_id["hamlet"][gap] < -0.4
