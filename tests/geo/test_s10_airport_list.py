"""Words of flights before a list of names speak of every name in it (issue 17, session
10): with the ``major_namesake`` rule gone, the second airport of "flights at X and Y"
had become a shopping centre of its name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Fog grounded flights at Heathrow and Dulles on Monday.",
    "Flights to Gatwick, Heathrow and Dulles were cancelled.",
])
def test_each_name_of_a_list_after_flight_words_is_the_airport(real_parser, text):
    places = {m.text: m.place for m in real_parser(text).mentions if m.place is not None}
    assert places["Dulles"].kind == "airport"
    assert places["Heathrow"].kind == "airport"
