"""Issue 18 (session 10): the right place and no unreal incidents.

- A place that owns the noun a preposition governs ("anger at X's tax law") is not put
  at by that preposition; "the streets of X's main cities" still are in X.
- A site the geoparser cannot place goes to the place the text says holds it ("in Y, a
  poor district of X" is in X, precision 2), never to a reference point ("40 km north
  of X").
- A sentence that speaks of the report's country itself, with no city, moves the story
  from its city to the country.
- A claim that the next sentence denies ("... The minister denied this") is
  reported-denied; an event whose own verb cancels it, however far after it ("rallies
  that had been planned for Sunday were banned"), is negated.

Invented places (the Terranor of tests/support/terranor.py) and fresh sentences.
"""

from __future__ import annotations

from datetime import date

import pytest
from fake_parser import FakeParser
from terranor import BRELL, QUIN, TABLE, TERRA

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.status import trigger_status
from geo.recognize import Candidate
from geo.resolve.roles import is_person_name, role_of

MONDAY = date(2025, 3, 10)
OSKAR = Place("test:osk", "Oskarvale", 48.0, 12.0, "country", country="OV")
PLACES = {
    **TABLE,
    "Oskarvale": (OSKAR, "named", "location", "country"),
    # A name the geoparser took for a place but found in no gazetteer.
    "Vellimar": (None, "named", "location", None),
}


def _events(text: str, *, keep_all: bool = False):
    parsed = FakeParser(PLACES)(text)
    return detect_events(text, parsed.mentions, None, MONDAY, keep_all=keep_all)


def _status(text: str, trigger: str) -> str:
    start = text.index(trigger)
    whole = (0, len(text))
    return trigger_status(text, whole, whole, start, start + len(trigger))


def _status_of_the_first_firing(text: str) -> str:
    """The status of "fired" in the first sentence, which ends on "Monday."."""
    first = (0, text.index("Monday.") + len("Monday."))
    start = text.index("fired")
    return trigger_status(text, first, first, start, start + len("fired"))


# -- a possessor is not where the preposition puts things ----------------------------

def test_a_possessive_country_after_at_is_not_the_site():
    text = ("Police in Brellow detained dozens of students on Sunday as anger at "
            "Terranor's new tax law grew.")
    arrests = [e for e in _events(text) if e.sub_event_type == "Arrests"]
    assert [e.location.place for e in arrests] == [BRELL]


def test_a_foreign_possessor_is_no_site_abroad():
    """A foreign country standing as the owner of a thing is no event abroad."""
    text = ("Protesters marched in Brellow on Sunday in anger at Oskarvale's "
            "fishing deal.")
    protests = [e for e in _events(text) if e.event_type == "Protests"]
    assert [e.location.place for e in protests] == [BRELL]


# -- a site the geoparser cannot place ---------------------------------------------

def test_an_unknown_district_goes_to_the_city_that_holds_it():
    text = ("Police shot dead two men during a raid in Vellimar, a poor district of "
            "Brellow, on Saturday.")
    events = [e for e in _events(text) if e.location is not None]
    assert events
    assert all(e.location.place == BRELL and e.geo_precision == 2 for e in events)


def test_an_unknown_town_near_a_reference_point_stays_unplaced():
    text = ("Terranor has seen weeks of unrest. Gunmen killed four farmers in "
            "Vellimar, 40 km north of Quinmar, on Saturday.")
    killings = [e for e in _events(text)
                if e.event_type == "Violence against civilians"]
    assert killings
    assert all(e.location is None or e.location.place != QUIN for e in killings)


# -- the story leaves its city for the country ---------------------------------------

def test_a_sentence_about_the_country_moves_the_story_out_of_its_city():
    text = ("Riot police fired tear gas at protesters in Brellow on Monday. "
            "Terranor declared a state of emergency in March. "
            "A curfew imposed then lasted six weeks.")
    curfews = [e for e in _events(text) if e.subtype == "curfew"]
    assert curfews
    assert all(e.location.place == TERRA for e in curfews)


def test_a_country_as_owner_does_not_move_the_story():
    text = ("Riot police fired tear gas at protesters in Brellow on Monday. "
            "Terranor's president called for calm. "
            "Two people were killed.")
    deaths = [e for e in _events(text) if e.counts.fatalities]
    assert deaths
    assert all(e.location.place == BRELL for e in deaths)


# -- status: a denial in the next sentence, a cancelling verb far after ----------------

def test_a_claim_the_next_sentence_denies_is_reported_denied():
    text = ("Witnesses said soldiers had fired on the crowd in Quinmar on Monday. "
            "The defence minister denied this, saying troops fired in the air.")
    assert _status_of_the_first_firing(text) == "reported-denied"


def test_a_denial_of_a_new_claim_does_not_reach_back():
    """"denied that <another claim>" is a claim of its own, not this one denied."""
    text = ("Witnesses said soldiers had fired on the crowd in Quinmar on Monday. "
            "The minister denied that troops had been sent to Brellow.")
    assert _status_of_the_first_firing(text) == "occurred"


def test_an_event_told_as_fact_is_not_denied_by_the_next_sentence():
    """Only a claim (someone said or accused) is what "denied this" points back to."""
    text = ("Soldiers fired on the crowd in Quinmar on Monday. "
            "The minister denied this.")
    assert _status_of_the_first_firing(text) == "occurred"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Rallies that unions had planned for Friday in the port were banned by the mayor.",
     "Rallies", "negated"),
    ("The march the students had announced last week was later called off.", "march",
     "negated"),
    # The cancelling verb's subject is another: the protest happened.
    ("Protests that the mayor had banned went ahead in the port on Friday.",
     "Protests", "occurred"),
    ("The strike, which the court had not banned, shut the port on Friday.", "strike",
     "occurred"),
])
def test_a_verb_that_cancels_its_subject_negates_it(text, trigger, status):
    assert _status(text, trigger) == status


# -- a person's journey or upbringing told in passing is no site ----------------------

@pytest.mark.parametrize("text", [
    "Odinga, who returned to Brellow from Quinmar on Sunday, said police killed four "
    "of his supporters.",
    "After flying back from Quinmar, the opposition leader said police had killed four "
    "of his supporters.",
])
def test_a_journey_told_in_passing_is_no_site(text):
    killings = [e for e in _events(text) if e.location is not None]
    assert all(e.location.place != QUIN for e in killings)


def test_a_crowd_returning_to_a_place_is_there():
    """"protesters returned to X" is where the protest is, not a whereabouts."""
    text = "Riot police fired tear gas as protesters returned to Quinmar on Monday."
    protests = [e for e in _events(text) if e.event_type == "Protests"]
    assert [e.location.place for e in protests] == [QUIN]


def test_where_someone_grew_up_is_a_home():
    text = "The victim grew up in Quinmar and moved to the capital for work."
    start = text.index("Quinmar")
    cand = Candidate(start, start + len("Quinmar"), "Quinmar", "named", "Quinmar")
    assert role_of(text, cand, QUIN) == "residence"


# -- a speaking body's seat, with words between the body and its verb -----------------

@pytest.mark.parametrize("text", [
    "Officials in Quinmar, speaking on condition of anonymity, said troops had shot "
    "dead three protesters.",
    "Rights groups in Quinmar and Brellow, including two church bodies, urged an "
    "inquiry after police shot dead three protesters.",
])
def test_a_speaking_body_seat_is_no_site(text):
    shootings = [e for e in _events(text) if e.location is not None]
    assert all(e.location.place not in (QUIN, BRELL) for e in shootings)


def test_witnesses_are_where_things_happened():
    text = ("Witnesses in Quinmar, who asked not to be named, said police shot dead two "
            "men on Monday.")
    shootings = [e for e in _events(text) if e.location is not None]
    assert [e.location.place for e in shootings] == [QUIN]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Quinmar County Attorney Jane Doe said the officer had been charged.",
     "Quinmar County", "actor"),
    ("Quinmar Governor Abel Roe said the curfew would stay.", "Quinmar", "actor"),
    # A title with no name after it is a body of the place, which may be its site.
    ("Quinmar police said two men were shot.", "Quinmar", "location"),
])
def test_a_place_in_an_officials_designation_is_an_actor(text, name, role):
    start = text.index(name)
    cand = Candidate(start, start + len(name), name, "named", name)
    assert role_of(text, cand, QUIN) == role


def test_a_home_in_a_town_the_geoparser_lacks_is_not_the_story_city():
    text = ("Protesters marched in Brellow on Monday. Two journalists were shot dead at "
            "their home in Xarn Velo on Tuesday.")
    killings = [e for e in _events(text) if e.event_type != "Protests"]
    assert killings
    assert all(e.location is None or e.location.place != BRELL for e in killings)


@pytest.mark.parametrize(("text", "trigger", "status"), [
    # A frame in time is told as given: the denial, negation or plan is of another event.
    ("Police denied that anyone had been shot during the protests in the port.",
     "protests", "occurred"),
    ("Police denied that anyone had been shot during the protests in the port.",
     "shot", "reported-denied"),
    ("There was no looting amid the strike in the port on Friday.", "strike", "occurred"),
    # A verb of happening negated, far after its subject.
    ("Organisers said the rally in the old town, which had been planned for Friday, "
     "would not go ahead.", "rally", "negated"),
    ("The march the unions had called for weeks did not take place.", "march", "negated"),
    # Negated, but a verb of going on: the strike continues.
    ("The strike at the port, which began on Monday, did not end on Friday.", "strike",
     "occurred"),
])
def test_frames_in_time_and_negated_verbs_of_happening(text, trigger, status):
    assert _status(text, trigger) == status

def test_a_name_described_by_an_age_is_a_person_where_it_stands_alone():
    text = ("Crowds mourned Dorel Quinmar, a 41-year-old driver. They marched to the "
            "spot where Quinmar was held down. Others rallied in Quinmar on Sunday.")
    found = [i for i in range(len(text)) if text.startswith("Quinmar", i)]
    assert [is_person_name(text, i, i + len("Quinmar")) for i in found] == \
        [True, True, False]
