"""Fresh sentences for the geoparser (issue 17, session 20): the demonyms of states of two
islands ("Antiguan", "Trinidadian"), which the gazetteer held as one phrase ("Antiguan or
Barbudan"); a Russian settlement named after a person, its name in the genitive after the
kind word («хутор Ленина»); and the demonym class the learned ranking still misses (a town
in the country the text's demonym names, against a division or island of the name
elsewhere). Our own sentences, on the real gazetteer and the shipped model.
"""

from __future__ import annotations

import pytest

from gazetteer.sources.countries import demonyms_of
from geo.model import Document
from tests.geo.test_s18_ranker import params_with_xfails, right


@pytest.mark.parametrize(("nationality", "demonyms"), [
    ("Kittitian or Nevisian", ["Kittitian", "Nevisian"]),
    ("Lusitanian, Portuguese", ["Lusitanian", "Portuguese"]),
    # A phrase of names is no pair of demonyms: kept whole, as before.
    ("Prince Edward Island or Cape Breton Island", ["Prince Edward Island or Cape Breton "
                                                    "Island"]),
])
def test_a_pair_of_demonyms_is_split(nationality, demonyms):
    assert demonyms_of(nationality)[0] == demonyms


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "country"), [
    ("Trinidadian fishermen blocked the jetty on Monday over the price of diesel.",
     "Trinidadian", "TT"),
    ("Tobagonian hoteliers said the ferry strike had emptied their rooms.", "Tobagonian",
     "TT"),
    ("A Barbudan delegation walked out of the talks on land titles.", "Barbudan", "AG"),
])
def test_the_demonyms_of_a_state_of_two_islands(real_parser, text, word, country):
    parsed = real_parser(Document(text, language="en"))
    places = [m.place for m in parsed.mentions if m.text == word]
    assert places and all(p is not None and p.country == country for p in places)


@pytest.mark.slow
def test_the_capital_a_demonym_of_two_islands_owns(real_parser):
    text = ("Riot police in the Antiguan capital fired tear gas at striking dock workers "
            "on Thursday.")
    parsed = real_parser(Document(text, language="en"))
    capital = next(m for m in parsed.mentions if "capital" in m.text)
    assert capital.place is not None and capital.place.country == "AG"
    assert capital.place.kind == "city"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Жители хутора Ленина Краснодарского края перекрыли дорогу к элеватору.",
    "В хуторе Ленина под Краснодаром в среду прошёл сход фермеров.",
])
def test_a_settlement_named_after_a_person_keeps_its_name(real_parser, text):
    parsed = real_parser(Document(text, language="ru"))
    place = next(m.place for m in parsed.mentions if m.text == "Ленина")
    assert place is not None and place.country == "RU"


#: Why the shipped model misses a case. Session 20 tried a feature for them,
#: ``home_town`` (a town or county in a country another mention names by its name or
#: demonym, where a division or island of the name lies in a country no mention names):
#: leave-one-corpus-out it learns +0.2 to +3.2 where kind_region learns 16.6 to 17.6 (+1.9
#: where it learns 1.5, GeoVirus left out), which mends none of these, and LGL falls .8523
#: → .8519 (docs/benchmarks.md, "Learned ranking, session 20"): the model is unchanged.
_PRIOR = "kind_region / kind_admin1 outweigh the text's demonym (home_town learns ≤ 3.2)"
MISSED = {
    ("Florida", "Uruguayan"): _PRIOR,
    ("Trinidad", "Bolivian"): _PRIOR + "; Trinidad, Bolivia has 84,000 people",
}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country", "admin1"), params_with_xfails([
    ("Uruguayan farmers blocked a highway near Florida on Tuesday, demanding cheaper "
     "fuel.", "Florida", "UY", None),
    ("Bolivian miners marched into Trinidad on Friday after a week on the road.",
     "Trinidad", "BO", None),
    # Where the text names no other country, the state stays.
    ("Storms knocked out power across Florida overnight.", "Florida", "US", "Florida"),
], MISSED))
def test_a_town_in_the_country_the_demonym_names(real_parser, text, name, country, admin1):
    parsed = real_parser(Document(text, language="en"))
    places = [m.place for m in parsed.mentions if m.text == name and m.place is not None]
    assert places and all(right(p, country, admin1) for p in places)
