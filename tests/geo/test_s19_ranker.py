"""Fresh news sentences for the learned ranking (issue 17, session 19): a country, island
or division against a town in the country the text's demonym fixes, a division found
only under another of its names against a city of the name, and a town qualified by a
state's postal code ("Peru, IN", "Lebanon, PA"). Our own sentences, on the real
gazetteer and the shipped model.

Each case is (text, name, country, admin1), read as in tests/geo/test_s18_ranker.py.
"""

from __future__ import annotations

import pytest

from geo.model import Document
from geo.resolve.candidates import code_qualifier
from tests.geo.test_s18_ranker import params_with_xfails, right

pytestmark = pytest.mark.slow

#: Why the shipped model misses a case. Session 19 tried two features for them,
#: ``major_abroad`` (a country, division or region outside the countries the text's other
#: places and demonyms lie in, where another candidate lies in one of them) and
#: ``area_alias`` (an area found only under another of its names where a town bears the
#: name): leave-one-corpus-out they lower LGL (docs/benchmarks.md, "Learned ranking,
#: session 19"), so the shipped model is unchanged.
_PRIOR = ("kind_region / kind_country (18.9 / 16.6) outweigh the demonym's country "
          "(country + country_named, 5.4)")
MISSED = {
    ("Trinidad", "Cuban"): _PRIOR,
    ("Trinidad", "Honduran"): _PRIOR,
    ("Antigua", "Guatemalan"): _PRIOR,
    ("Granada", "Nicaraguan"): _PRIOR + "; Grenada bears the name as an alternate",
    ("St. Louis", "A water main"): "division_population (11.9) takes Senegal's "
                                   "Saint-Louis region, found under another of its names",
}

CASES = [
    # The text's demonym or other places fix the country; an island or country elsewhere
    # bears the name.
    ("Cuban state media said a bus overturned near Trinidad, injuring fourteen tourists "
     "on their way to the beach.", "Trinidad", "CU", None),
    ("Honduran soldiers were sent to Trinidad after a gang attack on a bus terminal.",
     "Trinidad", "HN", None),
    ("Guatemalan police cleared a roadblock outside Antigua on Monday after coffee "
     "pickers demanded back pay.", "Antigua", "GT", None),
    ("Nicaraguan riot police raided a church in Granada late on Sunday.", "Granada",
     "NI", None),
    # The island or country itself, where the text is about it.
    ("Trinidad's prime minister toured flooded villages south of Port of Spain and San "
     "Fernando.", "Trinidad", "TT", None),
    ("Tourists were evacuated from Antigua and Barbuda's beaches as the hurricane neared "
     "St. John's.", "St. John's", "AG", None),
    ("Grenada declared a state of emergency after the storm flattened homes in St. "
     "George's.", "Grenada", "GD", ""),
    # A division matched only under another of its names.
    ("A water main burst in St. Louis on Tuesday, flooding basements along three blocks.",
     "St. Louis", "US", "Missouri"),
    # A state's postal code after the comma.
    ("A fire destroyed a grain elevator in Peru, IN early Saturday.", "Peru", "US",
     "Indiana"),
    ("A tornado damaged homes in Lebanon, MO on Tuesday night.", "Lebanon", "US",
     "Missouri"),
    ("Police in Paris, TX arrested a man after a six-hour standoff.", "Paris", "US",
     "Texas"),
    ("Volunteers filled sandbags in Athens, GA as the river rose.", "Athens", "US",
     "Georgia"),
    # Lists of countries stay lists.
    ("Exports from Mexico, Canada and Peru fell in the third quarter.", "Mexico", "MX", ""),
    ("Talks between France, UK and Germany stalled over fishing quotas.", "France", "FR",
     ""),
]


@pytest.mark.parametrize(("text", "name", "country", "admin1"),
                         params_with_xfails(CASES, MISSED))
def test_the_place_the_story_means(real_parser, text, name, country, admin1):
    parsed = real_parser(Document(text, language="en"))
    places = [m.place for m in parsed.mentions if m.text == name and m.place is not None]
    assert places and all(right(p, country, admin1) for p in places)


@pytest.mark.parametrize(("text", "end", "codes"), [
    ("Floods hit Salem, OR overnight.", 16, ["Oregon"]),
    ("Floods hit Salem, Oregon overnight.", 16, []),
    ("Rallies in Kyiv, UN officials said, were calm.", 15, []),
    ("Shots fired in Dover, DEA agents said.", 20, []),
])
def test_a_postal_code_after_the_comma(real_parser, text, end, codes):
    found = code_qualifier(real_parser.gazetteer, text, end)
    assert [p.name for p in found] == codes
