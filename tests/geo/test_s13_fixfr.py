"""French and Russian events, session 13 second round: the rules of the first round
narrowed (a place measured from, verbs of speech in their reporting uses only,
incidents reported in unrest only, "ville morte", the dead of a killer named). Our own
sentences (other towns, other names); the mentions are built by hand, as the geoparser
would give them."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.lexical_folds import named_killer
from geo.events.lexicon_fr import VOCABULARY as FRENCH

# Monday 14 October 2024
PUBLISHED = date(2024, 10, 14)
SATURDAY, SUNDAY = date(2024, 10, 12), date(2024, 10, 13)


def _place(name: str, country: str, lat: float = 10.0) -> Place:
    return Place(f"t:{name.lower()}", name, lat, 10.0, "city", country, population=300000)


def _events(text: str, places: dict[str, Place], language: str = "fr",
            keep_all: bool = False):
    return detect_events(text, mentions_at(text, places), None, PUBLISHED,
                         keep_all=keep_all, language=language)


# --- a place measured from ------------------------------------------------------------

def test_an_event_measured_from_a_town_is_near_it():
    for distance in ("à une quarantaine de kilomètres de", "à 25 km de"):
        text = (f"Des combats entre militaires et rebelles ont fait quatre morts samedi "
                f"dans un village situé {distance} Bossangoa.")
        events = _events(text, {"Bossangoa": _place("Bossangoa", "CF")})
        assert [(e.location.text, e.geo_precision, e.counts.fatalities)
                for e in events] == [("Bossangoa", 2, 4)], distance


def test_an_event_measured_from_a_town_stays_in_its_sentence():
    text = ("Des heurts ont fait un mort à Bouar vendredi. Samedi, des hommes armés ont "
            "attaqué un village situé à 30 km de Berbérati, tuant cinq civils.")
    places = {"Bouar": _place("Bouar", "CF"), "Berbérati": _place("Berbérati", "CF", 12.0)}
    killed = {e.location.text: e.counts.fatalities for e in _events(text, places)}
    assert killed == {"Bouar": 1, "Berbérati": 5}


def test_a_town_told_before_is_the_site_not_the_place_measured_from():
    text = ("Des jeunes ont manifesté jeudi à Dori. Vendredi, ils ont bloqué la route à "
            "l'entrée de cette ville, à une centaine de kilomètres de Kaya.")
    places = {"Dori": _place("Dori", "BF"), "Kaya": _place("Kaya", "BF", 12.0)}
    assert {e.location.text for e in _events(text, places)} == {"Dori"}


# --- verbs of speech only in their reporting uses --------------------------------------

def test_barricades_put_up_are_no_statement():
    text = "Des manifestants en colère à Thiès ont dressé des barricades samedi."
    events = _events(text, {"Thiès": _place("Thiès", "SN")})
    assert [(e.location.text, e.event_date) for e in events] == [("Thiès", SATURDAY)]


def test_a_day_after_a_verb_that_acts_dates_the_event():
    for text in ("Des jeunes ont dressé samedi des barricades à Thiès et affronté les "
                 "gendarmes.",
                 "Les gendarmes ont établi samedi des barrages à Thiès après des heurts "
                 "avec des manifestants."):
        events = _events(text, {"Thiès": _place("Thiès", "SN")})
        assert {e.event_date for e in events} == {SATURDAY}, text


def test_the_reporting_uses_still_report():
    for text, verb in (("Trois morts à Kolda, a-t-on appris dimanche.", "appris"),
                       ("Selon le bilan établi par la Croix-Rouge, dix blessés.", "établi"),
                       ("La police a dressé dimanche la liste des blessés.", "dressé")):
        words = FRENCH.words(text)
        at = next(i for i, w in enumerate(words) if w.text == verb)
        assert FRENCH.speaks(words, at), text
    words = FRENCH.words("Les soldats ont établi un camp.")
    assert not FRENCH.speaks(words, 2)


# --- incidents reported ---------------------------------------------------------------

def test_incidents_residents_reported_in_a_blackout_are_no_riot():
    text = ("Quelques incidents ont été signalés par des habitants de Sfax lors de la "
            "coupure d'eau de dimanche, sans faire de blessé.")
    events = _events(text, {"Sfax": _place("Sfax", "TN")}, keep_all=True)
    assert all(e.event_type != "Riots" for e in events)
    assert all(e.counts.injured is None for e in events)


def test_incidents_reported_after_a_protest_are_a_riot():
    text = ("Des milliers de manifestants ont défilé samedi à Sousse. En fin de journée, "
            "des incidents ont été signalés entre des jeunes et les policiers.")
    events = _events(text, {"Sousse": _place("Sousse", "TN")})
    assert "Riots" in {e.event_type for e in events}


def test_no_one_hurt_counts_no_one():
    text = "Sans faire de blessé, des émeutiers ont incendié une voiture samedi à Gabès."
    events = _events(text, {"Gabès": _place("Gabès", "TN")})
    assert all(e.counts.injured is None for e in events)


# --- a "ville morte" ------------------------------------------------------------------

def test_a_ville_morte_kills_no_one():
    text = "Les commerçants ont appelé à une journée ville morte jeudi à Butembo."
    events = _events(text, {"Butembo": _place("Butembo", "CD")}, keep_all=True)
    assert [(e.sub_event_type, e.counts.fatalities) for e in events] == [
        ("Peaceful protest", None)]


# --- the dead of a killer named -------------------------------------------------------

def test_the_dead_of_a_killer_named_are_no_riots():
    text = ("Des centaines de manifestants ont défilé samedi à Mopti. Des inconnus ont tué "
            "trois personnes dimanche à Ségou.")
    places = {"Mopti": _place("Mopti", "ML"), "Ségou": _place("Ségou", "ML", 12.0)}
    found = {e.location.text: e.event_type for e in _events(text, places)}
    assert found["Ségou"] != "Riots" and found["Mopti"] == "Protests"


def test_the_dead_of_a_killer_named_in_russian_are_no_riots():
    text = ("В Хороге в субботу прошёл митинг. В Куляб неизвестные убили трёх человек.")
    places = {"Хороге": _place("Хорог", "TJ"), "Куляб": _place("Куляб", "TJ", 12.0)}
    found = {e.location.place.name: (e.event_type, e.counts.fatalities)
             for e in _events(text, places, language="ru")}
    assert found["Хорог"] == ("Protests", None)
    assert found["Куляб"][0] != "Riots" and found["Куляб"][1] == 3


def test_a_killing_right_after_unrest_elsewhere_is_no_riot():
    text = ("Des heurts ont opposé des jeunes aux gendarmes samedi à Kayes. Dimanche, deux "
            "personnes ont été tuées à Sikasso.")
    places = {"Kayes": _place("Kayes", "ML"), "Sikasso": _place("Sikasso", "ML", 12.0)}
    found = {e.location.text: e.event_type for e in _events(text, places)}
    assert found == {"Kayes": "Riots", "Sikasso": "Violence against civilians"}


def test_the_dead_at_the_riots_own_place_are_still_its():
    text = ("Des heurts ont opposé des jeunes aux gendarmes samedi à Kayes. Dimanche, deux "
            "personnes ont été tuées à Kayes.")
    events = _events(text, {"Kayes": _place("Kayes", "ML")})
    assert {e.event_type for e in events if e.counts.fatalities} == {"Riots"}


def test_a_crowd_or_the_forces_armed_are_no_killer_of_their_own():
    def named(text: str) -> bool:
        return named_killer(FRENCH.words(text), FRENCH)
    assert named("Des hommes armés ont tué deux villageois.")
    assert named("Des inconnus ont blessé un passant.")
    assert not named("Des manifestants armés de bâtons ont blessé un passant.")
    assert not named("L'armée a tué deux personnes.")
    assert not named("Les forces armées ont blessé un passant.")
