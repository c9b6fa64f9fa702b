"""Issue 18, items 3, 4 and 7: where an event without a place of its own goes (the city
the story is in, or the country when the story speaks of all of it), country rows that
only sum up a day's city rows, and destinations that are no sites. Invented places."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.places import MentionIndex, link_location
from geo.events.sites import without_non_sites

SATURDAY = date(2025, 5, 17)
VARNIA = Place("test:VA", "Varnia", 40.0, 20.0, "country", country="VA")
PELLINOR = Place("test:pel", "Pellinor", 40.5, 20.5, "city", country="VA",
                 population=300_000)
OSTRAVEN = Place("test:ost", "Ostraven", 39.5, 21.0, "city", country="VA",
                 population=90_000)
QUILLBY = Place("test:qui", "Quillby", 41.0, 19.0, "city", country="VA",
                population=60_000)
TABLE = {
    "Varnia": (VARNIA, "named", "location", "country"),
    "Pellinor": (PELLINOR, "named", "location", "city"),
    "Ostraven": (OSTRAVEN, "named", "location", "city"),
    "Quillby": (QUILLBY, "named", "location", "city"),
}


def _events(text):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, SATURDAY)


def _one(events, sub_event_type):
    found = [e for e in events if e.sub_event_type == sub_event_type]
    assert len(found) == 1, found
    return found[0]


def test_an_unplaced_event_is_in_the_city_the_story_is_in():
    text = ("Dock workers marched through Pellinor in Varnia on Saturday. Hours later "
            "the crowd reached the old harbour gates, singing. Officers detained "
            "thirty of them before dusk.")
    arrests = _one(_events(text), "Arrests")
    assert (arrests.location.place, arrests.geo_precision) == (PELLINOR, 2)


def test_a_sentence_about_the_whole_country_ends_the_city_thread():
    text = ("Dock workers marched through Pellinor in Varnia on Saturday. A curfew "
            "was then imposed across the country. Officers detained thirty people.")
    arrests = _one(_events(text), "Arrests")
    assert arrests.location.place == VARNIA


def test_an_event_said_to_be_nationwide_stays_at_the_country():
    text = ("Dock workers marched through Pellinor in Varnia on Saturday. Officers "
            "detained thirty people nationwide.")
    arrests = _one(_events(text), "Arrests")
    assert arrests.location.place == VARNIA


def test_a_country_row_that_sums_up_its_cities_is_dropped():
    text = ("Nine people were killed in riots across Varnia on Saturday. Rioters "
            "burned tyres in Pellinor and Ostraven on Saturday.")
    riots = [e for e in _events(text) if e.event_type == "Riots"]
    assert {e.location.place for e in riots} == {PELLINOR, OSTRAVEN}


def test_a_national_total_of_arrests_is_a_row_of_its_own():
    text = ("Officers arrested 400 people across Varnia on Saturday. In Pellinor, "
            "officers arrested 40 people on Saturday.")
    arrests = [e for e in _events(text) if e.sub_event_type == "Arrests"]
    assert {e.location.place for e in arrests} == {VARNIA, PELLINOR}


def test_a_place_someone_is_flown_to_is_no_site():
    text = ("Rioters torched a depot in Pellinor on Saturday. The wounded guard was "
            "flown by helicopter to Quillby, and another was taking off for Ostraven.")
    mentions = without_non_sites(text, FakeParser(TABLE)(text).mentions)
    roles = {m.place.name: m.role for m in mentions}
    assert roles["Quillby"] == roles["Ostraven"] == "residence"
    assert {e.location.place for e in _events(text)} == {PELLINOR}


def test_where_troops_are_sent_is_where_they_deploy():
    text = ("Rioters looted shops in Varnia on Saturday. The defence ministry said troops "
            "had been sent to Pellinor and Ostraven to guard banks.")
    deployed = {e.location.place for e in _events(text) if e.subtype == "troop_deployment"}
    assert deployed == {PELLINOR, OSTRAVEN}


def test_where_a_minister_is_flown_to_stays_no_site():
    text = ("Rioters looted shops in Pellinor on Saturday. The minister was flown to "
            "Quillby.")
    assert QUILLBY not in {e.location.place for e in _events(text)}


def test_a_clause_naming_a_site_we_cannot_place_borrows_no_other_clause_place():
    text = ("Looters burned shops in Pellinor, and gunmen shot two guards in Brakewater, "
            "a village in the hills.")
    index = MentionIndex(FakeParser(TABLE)(text).mentions)
    clause = (text.index("and gunmen"), len(text))
    trigger = text.index("shot")
    assert link_location(text, index, clause, (0, len(text)), trigger) is None
    first = (0, text.index(", and"))
    assert link_location(text, index, first, (0, len(text)),
                         text.index("burned")).place == PELLINOR
