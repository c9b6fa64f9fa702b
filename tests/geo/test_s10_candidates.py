"""Session 10 (issue 17): names written with short forms, and counties by their bare
name. Invented places throughout."""

from __future__ import annotations

from stub_gazetteer import StubGazetteer

from gazetteer.place import Place
from geo.recognize import Candidate
from geo.resolve.candidates import candidate_places


def _town(i, admin1, country="QX", population=0, name="Velmora"):
    return Place(id=f"t:{i}", name=name, lat=10.0 + i / 100, lon=20.0, kind="city",
                 country=country, admin1=admin1, population=population)


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
