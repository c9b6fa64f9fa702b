"""First-level divisions as GeoNames names them (issue 17, failure classes, session 8):
GeoNames' English names of a division find it ("Corsica", "Andalusia", "Basque
Country"), a division is named as news names it ("Odesa oblast": the short name, whose
city is its seat), a division of GeoNames' level replaces aigeodb's province where the
two differ (Spain's communities), and a small foreign division does not outrank the
towns of its name.

The sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

from gazetteer.geometry import haversine_km

pytestmark = pytest.mark.slow


def _place(parser, text: str, name: str):
    doc = parser(text)
    found = [m for m in doc.mentions if m.text == name]
    assert found, (name, [(m.text, m.place) for m in doc.mentions])
    return found[0].place


@pytest.mark.parametrize(("name", "country"), [
    ("Corsica", "FR"), ("Brittany", "FR"), ("Andalusia", "ES"), ("Catalonia", "ES"),
    ("Basque Country", "ES"), ("Extremadura", "ES"), ("Sicily", "IT"),
    ("Zaporizhzhia Oblast", "UA"),
])
def test_geonames_english_names_find_the_division(gazetteer, name, country):
    divisions = [p for p in gazetteer.candidates(name, limit=50)
                 if p.kind == "admin1" and p.country == country]
    assert divisions, name


def test_a_division_named_like_its_seat_takes_the_short_name(gazetteer):
    oblast = next(p for p in gazetteer.candidates("Kherson", limit=50)
                  if p.kind == "admin1" and p.country == "UA")
    assert oblast.name == "Kherson"
    city = next(p for p in gazetteer.candidates("Kherson", limit=50)
                if p.kind == "city" and p.country == "UA")
    assert city.admin1 == "Kherson"


def test_spains_towns_lie_in_their_communities(gazetteer):
    seville = next(p for p in gazetteer.candidates("Seville", limit=50)
                   if p.kind == "city" and p.country == "ES")
    assert seville.admin1 == "Andalucía"
    # The province keeps its place, one level down.
    assert any(p.kind == "admin2" and p.country == "ES"
               for p in gazetteer.candidates("Sevilla", limit=50))


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Drones struck targets across Odesa oblast on Sunday night.", "Odesa", "admin1"),
    ("Air raid sirens sounded in the Zaporizhzhia region for three hours.",
     "Zaporizhzhia", "admin1"),
    ("Ferries left the port of Odesa despite the warnings.", "Odesa", "city"),
    ("The mayor of Zaporizhzhia asked residents to stay in shelters.", "Zaporizhzhia",
     "city"),
    ("Trams stopped running in the city of Kherson after the shelling.", "Kherson", "city"),
])
def test_a_kind_word_says_the_division_and_a_bare_name_the_city(real_parser, text, name,
                                                               kind):
    place = _place(real_parser, text, name)
    assert (place.kind, place.country) == (kind, "UA")


@pytest.mark.parametrize(("text", "name", "country", "point"), [
    ("Wildfires forced villagers out of their homes in Andalusia on Monday.",
     "Andalusia", "ES", (37.5, -4.5)),
    ("Farmers in Extremadura blocked roads with their tractors.", "Extremadura", "ES",
     (39.2, -6.2)),
    ("The ferry to Corsica was delayed by a strike of port workers in Toulon.",
     "Corsica", "FR", (42.2, 9.2)),
])
def test_a_region_known_by_its_english_name_is_found(real_parser, text, name, country,
                                                     point):
    place = _place(real_parser, text, name)
    assert place.country == country
    assert haversine_km(place.lat, place.lon, *point) < 161


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Pilgrims crowded the old town of Toledo, an hour by train from Madrid.", "Toledo",
     "ES"),
    ("Pilgrims walked from León to Astorga and on towards Galicia.", "León", "ES"),
])
def test_a_small_foreign_division_does_not_outrank_the_towns(real_parser, text, name,
                                                             country):
    # The name's span given (as in the gold-span scores): León is not always recognised.
    start = text.index(name)
    mentions = next(real_parser.pipe_spans([(text, [(start, start + len(name))])]))
    place = next(m.place for m in mentions if m.start == start)
    assert (place.kind, place.country) == ("city", country)
