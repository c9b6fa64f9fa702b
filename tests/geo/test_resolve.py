"""Resolution in context: qualifiers, coherence, nominal/area mentions, roles."""

from __future__ import annotations

import pytest


def _resolved(parser, text):
    return {m.text: m for m in parser(text).mentions}


def test_qualifier_picks_the_right_springfield(tiny_parser):
    found = _resolved(tiny_parser, "Storms hit Springfield, Missouri, on Monday.")
    assert found["Springfield"].place.admin1 == "Missouri"


def test_country_context_picks_the_right_paris(tiny_parser):
    found = _resolved(tiny_parser, "Paris police in Texas said the United States "
                                   "would help.")
    assert found["Paris"].place.country == "US"


def test_nominal_and_area_mentions(tiny_parser):
    text = ("Protests spread across Kazakhstan. In Almaty, crowds stormed the town hall "
            "and the airport. Order was restored in all regions.")
    found = _resolved(tiny_parser, text)
    assert found["the town hall"].place.name == "Almaty"
    assert found["the town hall"].precision == "part_of_city"
    assert found["the airport"].place.kind == "airport"
    assert found["all regions"].place.name == "Kazakhstan"
    assert found["all regions"].precision == "country"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Moscow said it would send troops.", "Moscow", "actor"),
    ("Paris warned against escalation.", "Paris", "actor"),
    ("He lives as a political refugee in France.", "France", "residence"),
    ("Troops from Kazakhstan arrived.", "Kazakhstan", "origin"),
    ("Riots broke out in Almaty.", "Almaty", "location"),
])
def test_roles(real_parser, text, name, role):
    assert _resolved(real_parser, text)[name].role == role


def test_demonym_refers_to_its_country(tiny_parser):
    found = _resolved(tiny_parser, "Kazakh troops patrolled.")
    assert found["Kazakh"].place.kind == "country"
    assert found["Kazakh"].role == "origin"
