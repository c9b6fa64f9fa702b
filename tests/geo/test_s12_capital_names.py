"""A country's other name that is one of its own big cities' names means the city."""

import pytest

import geo


@pytest.mark.parametrize("sentence, name, kind", [
    ("Thousands marched in Tunis on Friday against the new constitution.", "Tunis", "city"),
    ("Unions called a general strike across Tunisia on Monday.", "Tunisia", "country"),
])
def test_a_capital_is_not_its_country_by_a_translated_name(sentence, name, kind):
    (mention,) = geo.parse(sentence).mentions
    assert (mention.place.name, mention.place.kind) == (name, kind)
