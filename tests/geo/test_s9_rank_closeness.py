"""The ``closeness`` feature (issue 17, session 9): how near a candidate lies to the
nearest place around its mention, on a log scale, so that a town a few km from the
text's other place is told from its namesake a hundred km off, where the linear
``distance`` feature barely moves. Not yet weighed by the shipped model
(docs/benchmarks.md, "Learned ranking, session 9")."""

from __future__ import annotations

from gazetteer.place import Place
from geo.resolve.features import Nearby


def _town(id_: str, lat: float, lon: float) -> Place:
    return Place(id=id_, name=id_, lat=lat, lon=lon, kind="city", country="US",
                 admin1="S", population=1_000)


def test_closeness_is_one_at_the_place_and_falls_on_a_log_scale():
    here = _town("a", 35.0, -90.0)
    nearby = Nearby([here])
    at_10 = _town("b", 35.09, -90.0)      # about 10 km north
    at_100 = _town("c", 35.9, -90.0)      # about 100 km
    at_1000 = _town("d", 44.0, -90.0)     # about 1,000 km
    far = _town("e", -35.0, 90.0)         # the other side of the Earth
    values = [nearby.closeness(p) for p in (here, at_10, at_100, at_1000, far)]
    assert values[0] == 1.0 and values[-1] == 0.0
    assert values == sorted(values, reverse=True)
    # 10 km against 100 km moves it by a quarter of its range or more (the linear
    # ``distance`` by 0.09 of its 3,000 km).
    assert values[1] - values[2] > 0.25
    assert Nearby([]).closeness(here) == 0.0
