"""Issue 17, session 13: English geoparsing of ordinary news sentences — an airport's bare
name in a flight's words, a mention described by a demonym or a division before it, an
airport's name given without its lower-case airport word, a city's former name after "to"
or "from", WordNet's nicknames of cities, a road named for "the Airport".

Our own news-style sentences (none from a corpus, none from the failure-class set).
"""

from __future__ import annotations

import pytest

from geo.recognize.stoplist import load_city_names

pytestmark = pytest.mark.slow


def _placed(parser, text: str) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.place.kind, m.place.country, m.place.admin1)
            for m in parser(text).mentions if m.place is not None}


@pytest.mark.parametrize(("text", "name", "country"), [
    # A bare name that is a big city's airport's and a smaller town's.
    ("Dozens of flights were delayed at Pearson after an ice storm.", "Pearson", "CA"),
    ("Three flights from Logan were cancelled because of the blizzard.", "Logan", "US"),
    ("The jet landed at Bole after circling for an hour.", "Bole", "ET"),
])
def test_a_bare_airport_name_in_a_flights_words_is_the_airport(real_parser, text, name,
                                                                country):
    kind, where, _ = _placed(real_parser, text)[name]
    assert (kind, where) == ("airport", country)


@pytest.mark.parametrize("text", [
    "Flights to London were cancelled because of the fog.",
    "Two flights to Paris were diverted on Sunday.",
])
def test_flights_to_a_big_city_stay_the_city(real_parser, text):
    assert {kind for kind, _, _ in _placed(real_parser, text).values()} == {"city"}


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("Shops were looted in the northern Lebanese city of Tripoli overnight.",
     "Tripoli", "LB", None),
    ("The Canadian city of Kingston declared a snow emergency.", "Kingston", "CA", None),
    ("Floods cut off the Venezuelan town of Valencia for two days.", "Valencia", "VE", None),
    ("A gas leak forced the evacuation of the Ohio town of Athens.", "Athens", "US", "Ohio"),
    # "X in Y" without a comma.
    ("Snipers fired on a funeral in Tripoli in northern Lebanon.", "Tripoli", "LB", None),
    ("Water mains burst in Alexandria in Virginia overnight.", "Alexandria", "US", "Virginia"),
])
def test_a_description_before_or_a_place_after_in_places_the_mention(
        real_parser, text, name, country, admin1):
    kind, where, division = _placed(real_parser, text)[name]
    assert (kind, where) == ("city", country)
    assert admin1 is None or division == admin1


def test_an_airports_name_without_its_airport_word_resolves_to_the_airport(real_parser):
    text = "Strikers blocked the road to Indira Gandhi airport on Monday."
    start = text.index("Indira Gandhi")
    (mention,) = real_parser.resolve_spans(text, [(start, start + len("Indira Gandhi"))])
    assert mention.text == "Indira Gandhi"
    assert mention.place is not None and mention.place.kind == "airport"
    assert mention.place.country == "IN"


@pytest.mark.parametrize(("text", "name", "city"), [
    # A city's English or former name after a preposition of motion.
    ("The family moved to Cawnpore when the railway opened.", "Cawnpore", "Kanpur"),
    ("Refugees fled from Stanleyville as the rebels advanced.", "Stanleyville", "Kisangani"),
    ("He commuted to Bangalore every Monday.", "Bangalore", "Bengaluru"),
])
def test_a_former_name_after_to_or_from_is_the_city(real_parser, text, name, city):
    mentions = {m.text: m.place for m in real_parser(text).mentions}
    assert mentions[name] is not None and mentions[name].name == city


def test_a_city_nickname_of_common_words_is_no_place(real_parser):
    text = "A Motown drummer played at the festival."
    assert [m for m in real_parser(text).mentions if m.place is not None] == []


def test_wordnet_nicknames_are_not_city_names():
    names = load_city_names()
    assert "motown" not in names and "windy city" not in names
    assert {"smyrna", "frunze", "tientsin"} <= names


def test_a_road_named_for_the_airport_is_no_airport(real_parser):
    text = "The Airport Road was closed for repairs after the flood."
    assert all(m.place is None or m.place.kind != "airport"
               for m in real_parser(text).mentions)


@pytest.mark.parametrize(("text", "country"), [
    ("Cleaners at Birmingham Airport walked out over unpaid wages.", "GB"),
    ("Fog closed Perth Airport to arrivals for most of the morning.", "AU"),
])
def test_a_citys_airport_written_capitalised_is_the_airport_of_the_city_read(
        real_parser, text, country):
    (airport,) = [m.place for m in real_parser(text).mentions if m.place is not None]
    assert (airport.kind, airport.country) == ("airport", country)


def test_a_description_at_the_names_first_mention_holds_for_its_later_ones(real_parser):
    text = ("Gunfire echoed through the northern Lebanese city of Tripoli on Friday. "
            "Shops in Tripoli stayed shut on Saturday.")
    places = [m.place for m in real_parser(text).mentions
              if m.place is not None and m.text == "Tripoli"]
    assert [p.country for p in places] == ["LB", "LB"]
