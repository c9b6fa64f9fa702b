"""French events, session 13: dates in bylines and after nights, strikes, reference
points, "a-t-on appris". Our own sentences; the mentions are built by hand, as the
geoparser would give them."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at

from gazetteer.place import Place
from geo.events.detect import detect_events
from geo.events.lexical_places import in_byline

# Monday 14 October 2024
PUBLISHED = date(2024, 10, 14)


def _place(name: str, country: str, lat: float = 10.0) -> Place:
    return Place(f"t:{name.lower()}", name, lat, 10.0, "city", country, population=300000)


def _events(text: str, places: dict[str, Place], keep_all: bool = False):
    return detect_events(text, mentions_at(text, places), None, PUBLISHED,
                         keep_all=keep_all, language="fr")


def test_a_byline_is_told_from_a_sentence():
    text = ("Grenoble : la manifestation dégénère\n\nPar notre correspondante — Le Dauphiné, "
            "3 mai 2024\n\nLe cortège est parti le 2 mai — vers midi — de la gare.")
    assert in_byline(text, text.index("correspondante"))
    assert not in_byline(text, text.index("cortège"))
    assert not in_byline(text, text.index("Grenoble"))


def test_a_bylines_date_dates_no_event():
    text = ("Rouen : des heurts après un match de football\n\nOuest-Info — 14 octobre 2024\n\n"
            "Des supporters ont lancé des pierres sur la police samedi soir à Rouen.")
    events = _events(text, {"Rouen": _place("Rouen", "FR")})
    assert {e.event_date for e in events} == {date(2024, 10, 12)}


def test_an_undated_event_after_a_night_in_passing_stays_on_the_storys_day():
    text = ("Des émeutes ont éclaté samedi à Lorient. Un entrepôt a été incendié à Vannes "
            "dans la nuit de samedi à dimanche. À Quimper, des émeutiers ont lancé des "
            "pierres sur les policiers.")
    places = {"Lorient": _place("Lorient", "FR"), "Vannes": _place("Vannes", "FR", 11.0),
              "Quimper": _place("Quimper", "FR", 12.0)}
    dated = {e.location.text: e.event_date for e in _events(text, places)}
    assert dated["Quimper"] == date(2024, 10, 12)


def test_a_night_that_opens_the_story_starts_it_on_its_first_day():
    text = ("Des violences ont eu lieu à Bayonne dans la nuit de samedi à dimanche. "
            "Des poubelles ont été incendiées à Biarritz.")
    places = {"Bayonne": _place("Bayonne", "FR"), "Biarritz": _place("Biarritz", "FR", 11.0)}
    dated = {e.location.text: e.event_date for e in _events(text, places)}
    assert dated["Biarritz"] == date(2024, 10, 12)


def test_a_strike_under_way_is_no_event():
    text = ("Les dockers de Brest sont en grève depuis lundi. Les piquets de grève ont été "
            "levés à Lorient.")
    places = {"Brest": _place("Brest", "FR"), "Lorient": _place("Lorient", "FR", 11.0)}
    assert _events(text, places, keep_all=True) == []


def test_a_strike_called_is_a_planned_protest():
    text = "Le syndicat a appelé à une grève générale jeudi à Brest."
    events = _events(text, {"Brest": _place("Brest", "FR")}, keep_all=True)
    assert [(e.sub_event_type, e.status) for e in events] == [("Peaceful protest",
                                                                "planned")]


def test_a_ville_morte_called_is_a_planned_protest():
    text = "L'opposition a appelé à une journée ville morte mercredi à Lomé."
    events = _events(text, {"Lomé": _place("Lomé", "TG")}, keep_all=True)
    assert [e.status for e in events] == ["planned"]


def test_a_place_measured_from_is_no_site_beside_the_events_own():
    # (alone, the place measured from is the event's site, near it: test_s13_fixfr)
    for distance in ("à une soixantaine de kilomètres de", "à 40 km de",
                     "à trente kilomètres de"):
        text = (f"Des manifestants ont bloqué la route nationale dimanche à Kollo, {distance} "
                "Niamey.")
        places = {"Kollo": _place("Kollo", "NE", 11.0), "Niamey": _place("Niamey", "NE")}
        events = _events(text, places)
        assert [e.location.text for e in events] == ["Kollo"], distance


def test_a_date_of_what_was_learnt_dates_no_event():
    text = ("Deux manifestants ont été tués dimanche à Garoua, a-t-on appris lundi de "
            "source hospitalière. À Maroua, des heurts ont opposé des jeunes aux "
            "gendarmes.")
    places = {"Garoua": _place("Garoua", "CM"), "Maroua": _place("Maroua", "CM", 11.0)}
    dated = {e.location.text: e.event_date for e in _events(text, places)}
    assert dated == {"Garoua": date(2024, 10, 13), "Maroua": date(2024, 10, 13)}


def test_the_dead_of_unrest_with_no_one_firing_are_the_riots():
    text = ("Des manifestants ont incendié des pneus à Jérémie lundi. Les écoles sont "
            "restées fermées. Le gouvernement se réunit mardi. Deux personnes ont été "
            "tuées à Jérémie dans des circonstances floues.")
    events = _events(text, {"Jérémie": _place("Jérémie", "HT")})
    killed = [e for e in events if e.counts.fatalities]
    assert [(e.event_type, e.counts.fatalities) for e in killed] == [("Riots", 2)]


def test_another_at_a_second_place_counts_there():
    text = ("Lundi, deux manifestants ont été tués lors de heurts à Kindia, et un autre à "
            "Boké, selon la Croix-Rouge.")
    places = {"Kindia": _place("Kindia", "GN"), "Boké": _place("Boké", "GN", 11.0)}
    dead = {e.location.text: e.counts.fatalities for e in _events(text, places)}
    assert dead == {"Kindia": 2, "Boké": 1}


def test_a_toll_that_grew_counts_no_single_event():
    text = ("Des heurts ont opposé des jeunes aux policiers mardi à Kindia. Le bilan des "
            "violences s'est alourdi à six morts depuis lundi, selon l'opposition.")
    events = _events(text, {"Kindia": _place("Kindia", "GN")})
    assert [e.counts.fatalities for e in events] == [None]


def test_the_dead_of_another_place_are_its_own_and_of_the_same_violence():
    text = ("Dimanche, des soldats ont ouvert le feu sur un cortège à Kindia, tuant trois "
            "manifestants. Deux autres personnes ont été tuées à Boké, et une à Labé.")
    places = {"Kindia": _place("Kindia", "GN"), "Boké": _place("Boké", "GN", 11.0),
              "Labé": _place("Labé", "GN", 12.0)}
    found = {e.location.text: (e.sub_event_type, e.counts.fatalities)
             for e in _events(text, places)}
    force = "Excessive force against protesters"
    assert found == {"Kindia": (force, 3), "Boké": (force, 2), "Labé": (force, 1)}


def test_youths_who_turned_on_the_police_riot():
    for text in ("Des jeunes s'en sont pris aux policiers samedi soir à Sarcelles.",
                 "Des incidents ont été signalés samedi soir à Sarcelles entre des jeunes "
                 "et la police."):
        events = _events(text, {"Sarcelles": _place("Sarcelles", "FR")})
        assert [e.event_type for e in events] == ["Riots"], text


def test_no_incident_reported_is_no_riot():
    text = "Aucun incident n'a été signalé samedi à Sarcelles, où des jeunes manifestaient."
    events = _events(text, {"Sarcelles": _place("Sarcelles", "FR")})
    assert all(e.event_type != "Riots" for e in events)


def test_a_crowd_that_disperses_itself_met_no_force():
    text = "Un millier de personnes ont défilé samedi à Lorient, avant de se disperser."
    events = _events(text, {"Lorient": _place("Lorient", "FR")})
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_negation_across_quotation_marks_still_negates():
    text = ("À Bastia, le préfet a assuré que le couvre-feu n'était « pas à l'ordre du "
            "jour ».")
    events = _events(text, {"Bastia": _place("Bastia", "FR")}, keep_all=True)
    assert [(e.subtype, e.status) for e in events] == [("curfew", "negated")]


def test_a_toll_dated_by_its_tally_is_the_riots_of_the_day_before():
    text = ("Vendredi, des manifestants ont lancé des pierres sur les policiers à Granby. "
            "Selon un bilan établi samedi, dix personnes ont été blessées.")
    events = _events(text, {"Granby": _place("Granby", "CA")})
    assert [(e.event_date, e.counts.injured) for e in events] == [(date(2024, 10, 11), 10)]
