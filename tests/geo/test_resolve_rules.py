"""Resolution rules no development corpus can teach a model: a dateline names a city;
a code matches only a mention written in capitals."""

from __future__ import annotations

import pytest


def _found(parser, text):
    return {m.text: m for m in parser(text).mentions}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("NEW YORK (AP) — Subway service was suspended.", "NEW YORK", "city"),
    ("WASHINGTON (Reuters) — The Senate passed the bill.", "WASHINGTON", "city"),
    ("RUSSIA: Talks on the grain deal resumed on Friday.", "RUSSIA", "country"),
])
def test_a_dateline_names_a_city(real_parser, text, name, kind):
    """A dateline ("NEW YORK (AP) —") is the city, not the state of the same name; a
    headline in capitals before a colon is no dateline."""
    assert _found(real_parser, text)[name].place.kind == kind


def test_a_code_matches_only_capitals(real_parser):
    """"Al" (of "Al-Shabaab") is not Albania's code AL; "US" and "UK" still are codes."""
    found = _found(real_parser, "Al-Shabaab fighters ambushed a convoy near Mandera. "
                                "The US and the UK condemned the attack.")
    assert found["Al"].place is None or found["Al"].place.country != "AL"
    assert found["US"].place.name == "United States"
    assert found["UK"].place.name == "United Kingdom"
