"""Session 10 (issue 17): aigeodb's towns that cities500 lacks, and short forms written
out. Invented places throughout."""

from __future__ import annotations

import pytest

from gazetteer.normalize import written_out
from gazetteer.place import Place
from gazetteer.sources import towns


def _city(pid, name, lat, lon, country="QX", admin1="Nordmark", alternates=()):
    return Place(id=pid, name=name, lat=lat, lon=lon, kind="city", country=country,
                 admin1=admin1, population=5_000, alternate_names=tuple(alternates),
                 parent="div:nordmark")


@pytest.fixture
def fake_tables(monkeypatch):
    rows = [
        (1, "Velmora", "QX", 10.00, 20.00, "Q1"),     # cities500 has it (another name)
        (2, "Ostrava Nova", "QX", 10.10, 20.10, "Q2"),  # new: nothing of the name near
        (3, "Okres Velmor", "QX", 10.20, 20.20, ""),  # a second-level division
        (4, "Brindel", "QX", 12.00, 22.00, "Q4"),     # cities500's Brindel lies 300 km off
        (5, "Ostrava Nova", "QX", 10.11, 20.11, ""),  # a repeat of row 2
    ]

    class Con:
        def execute(self, sql):
            return self

        def fetchall(self):
            return rows

        def close(self):
            pass

    monkeypatch.setattr(towns, "connect_readonly", lambda *parts: Con())
    monkeypatch.setattr(towns, "division_names", lambda: {("QX", "okres velmor")})


def test_towns_cities500_lacks_are_added_once_with_the_nearest_division(fake_tables):
    known = [_city("g:1", "Velmorsk", 10.01, 20.01, alternates=["Velmora"]),
             _city("g:2", "Brindel", 14.7, 22.0)]
    found = list(towns.town_places(known))
    assert [(p.name, p.id) for p in found] == [("Ostrava Nova", "aigeodb:2"),
                                               ("Brindel", "aigeodb:4")]
    nova, brindel = found
    # A locality: resolvable, not matched in running text on its name alone.
    assert (nova.kind, nova.population, nova.source, nova.feature_code) == (
        "city", 0, "aigeodb", "PPLL")
    assert nova.admin1 == "Nordmark" and nova.parent == "div:nordmark"
    assert nova.extra == {"wikidata": "Q2"}
    assert brindel.admin1 == ""  # no place of its country within 50 km


@pytest.mark.parametrize(("name", "full"), [
    ("Mt. Pleasant", "Mount Pleasant"), ("Loudon Co.", "Loudon County"),
    ("St. Clair Twp.", "Saint Clair Township"), ("Ft Quorrel", "Fort Quorrel"),
    ("Mt.", "Mt."), ("Costa Rica", "Costa Rica"), ("S.C.", "S.C."),
])
def test_short_forms_are_written_out(name, full):
    assert written_out(name) == full
