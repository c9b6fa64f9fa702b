"""Session 10 (issue 17): which of a name's places are scored when very many bear it,
and names written with short forms. Invented places throughout."""

from __future__ import annotations

from gazetteer.place import Place
from geo.recognize import Candidate
from geo.resolve.candidates import CANDIDATE_LIMIT, candidate_places, kept
from tests.support.stub_gazetteer import StubGazetteer


def _town(i, admin1, country="QX", population=0, name="Velmora"):
    return Place(id=f"t:{i}", name=name, lat=10.0 + i / 100, lon=20.0, kind="city",
                 country=country, admin1=admin1, population=population)


def test_few_places_are_kept_as_they_are():
    places = [_town(i, "Nordmark") for i in range(5)]
    assert kept(places) == tuple(places)


def test_many_places_keep_the_first_of_each_division_and_every_division():
    # Sixty towns of the name in one big division, ranked first, then one each in
    # three smaller divisions and a division called so.
    big = [_town(i, "Nordmark", population=10_000 - i) for i in range(60)]
    small = [_town(100 + i, f"Mark {i}", country="QY", population=600) for i in range(3)]
    division = Place(id="d:1", name="Velmora", lat=11.0, lon=21.0, kind="admin1",
                     country="QZ")
    out = kept([*big, *small, division])
    assert len(out) == CANDIDATE_LIMIT
    assert {p.id for p in small} <= {p.id for p in out} and division in out
    assert out[:CANDIDATE_LIMIT - 4] == tuple(big[:CANDIDATE_LIMIT - 4])  # order kept


def test_a_name_with_more_divisions_than_the_limit_keeps_one_town_of_each():
    places = [_town(i, f"Mark {i % 80}", population=5_000 - i) for i in range(160)]
    out = kept(places)
    assert len(out) == 80 and len({p.admin1 for p in out}) == 80


def _cand(text):
    return Candidate(start=0, end=len(text), text=text, query=text, kind="named")


def test_a_short_form_finds_the_places_of_the_name_written_out():
    mount = _town(1, "Nordmark", name="Mount Quorrel")
    short = _town(2, "Sudmark", name="Mt Quorrel")
    gazetteer = StubGazetteer([short, mount])
    assert candidate_places(gazetteer, _cand("Mt. Quorrel")) == (short, mount)
    assert candidate_places(gazetteer, _cand("Mount Quorrel")) == (mount,)


def test_a_bare_name_no_place_bears_finds_the_county_of_the_name():
    county = Place(id="c:1", name="Quorrel County", lat=41.0, lon=-96.0, kind="admin2",
                   country="US", admin1="Nordmark")
    parish = Place(id="c:2", name="Tenbrook Parish", lat=31.0, lon=-92.0, kind="admin2",
                   country="US", admin1="Sudmark")
    town = _town(3, "Nordmark", name="Ashby")
    ashby = Place(id="c:4", name="Ashby County", lat=40.0, lon=-95.0, kind="admin2",
                  country="US", admin1="Nordmark")
    gazetteer = StubGazetteer([county, parish, town, ashby])
    assert candidate_places(gazetteer, _cand("Quorrel")) == (county,)
    assert candidate_places(gazetteer, _cand("Tenbrook")) == (parish,)
    # A place bears the bare name: that is what it means.
    assert candidate_places(gazetteer, _cand("Ashby")) == (town,)
