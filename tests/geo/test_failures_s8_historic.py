"""A metropolis known by another of its names (a former one: "Madras", "Canton")
outranks a small town that bears it as its own and that the text does not place; by
its own name it does not outrank a town the text places (issue 17, session 8).

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _places(parser, text: str) -> dict[str, object]:
    return {m.text: m.place for m in parser(text).mentions if m.kind == "named"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The old merchants of Canton traded tea with British ships.", "Canton", "CN"),
    ("His father ran a tailor's shop in Madras before the war.", "Madras", "IN"),
    ("Cotton mills in Bombay and Ahmedabad closed during the strike.", "Bombay", "IN"),
])
def test_a_former_name_of_a_metropolis_is_the_metropolis(real_parser, text, name,
                                                         country):
    assert _places(real_parser, text)[name].country == country


def test_a_metropolis_by_its_own_name_does_not_take_a_placed_town(real_parser):
    places = _places(real_parser,
                     "Traffic was diverted around Dublin and Worthington after the storm.")
    assert (places["Dublin"].country, places["Dublin"].admin1) == ("US", "Ohio")
