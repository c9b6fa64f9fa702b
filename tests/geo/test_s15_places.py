"""Places, session 15 (issue 17): places the geoparser never resolved on unseen news.
English metropolitan and ceremonial counties, counties aigeodb's divisions table put
abroad, historic and natural regions that are no division, and airports named by
their IATA code in a flight's words (three capitals elsewhere stay no place). Our own
sentences; the scored set of these classes is batch 3 of
tests/data/geoparse_places.jsonl (test_s14_places_set.py)."""

from __future__ import annotations

import pytest
from placed_mentions import places_found

from geo.recognize.airports import flights_before

pytestmark = pytest.mark.slow


def test_a_metropolitan_county_and_its_town(real_parser):
    found = places_found(real_parser, "Firefighters across Greater Manchester tackled "
                         "twenty grass fires, the largest on the moors above Oldham.", "en")
    assert found["Greater Manchester"][1:] == ("Greater Manchester", "admin2", "GB")
    assert found["Oldham"][1:] == ("Oldham", "city", "GB")


def test_a_county_keeps_its_towns_in_england(real_parser):
    # Before, Kent was Kent, Washington, and took Dover with it to Idaho.
    found = places_found(real_parser, "Hauliers parked their lorries along the motorway in "
                         "Kent to protest against delays at Dover.", "en")
    assert found["Kent"][1:] == ("Kent", "admin2", "GB")
    assert found["Dover"][1:] == ("Dover", "city", "GB")


def test_a_council_area_its_divisions_table_put_abroad(real_parser):
    # Before, Midlothian was Midlothian, Texas (aigeodb had put the council area there).
    found = places_found(real_parser, "Police in Midlothian arrested two men after a "
                         "break-in at a farm near Penicuik.", "en")
    assert found["Midlothian"][1:] == ("Midlothian", "admin2", "GB")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Herders clashed with farmers across Kordofan after the rains failed.", "Kordofan",
     "SD"),
    ("A road bomb hit an army convoy in Waziristan on Thursday.", "Waziristan", "PK"),
    ("Wildfires raged for a week in Patagonia, burning forests near the lakes.",
     "Patagonia", ""),
])
def test_a_historic_or_natural_region(real_parser, text, name, country):
    assert places_found(real_parser, text, "en")[name][1:] == (name, "region", country)


def test_an_airport_by_its_code_in_a_flight_s_words(real_parser):
    found = places_found(real_parser, "Storms grounded dozens of flights out of ORD, and "
                         "her plane landed at LHR four hours late.", "en")
    assert found["ORD"][2:] == ("airport", "US")
    assert found["LHR"][2:] == ("airport", "GB")


def test_three_capitals_elsewhere_are_no_airport(real_parser):
    found = places_found(real_parser, "The CEO of the SEC said the DOJ would act, and "
                         "lawyers in Boston agreed.", "en")
    assert not {"CEO", "SEC", "DOJ"} & set(found)
    assert found["Boston"][1:] == ("Boston", "city", "US")


def test_flight_words_before_a_name():
    text = "Pickets blocked the departures road at XYZ while flights to ABC left."
    assert flights_before(text, text.index("XYZ"))
    assert flights_before(text, text.index("ABC"))
    assert not flights_before(text, text.index("blocked"))
