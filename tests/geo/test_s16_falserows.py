"""Session 16, false rows in English: events a report names that did not happen (yet)
and places that are no site. A plan told right before its verb ("pensioners in X plan
to march"), a trigger that is the subject of a future verb of taking place ("the strike
called in X for May 2 would go ahead"), a strike called for a weekday, and a hospital
someone is flown to by helicopter. Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events
from geo.events.sites import without_non_sites
from geo.events.status import trigger_status

PUBLISHED = date(2024, 3, 14)  # a Thursday


def _status(text: str, trigger: str) -> str:
    whole = (0, len(text))
    start = text.index(trigger)
    return trigger_status(text, whole, whole, start, start + len(trigger))


def _rows(text: str, names: list[str]) -> list[tuple[str, str]]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return [(e.location.place.name, e.status) for e in detect_events(
        text, mentions, None, PUBLISHED, language="en") if e.location is not None]


def test_people_in_a_town_who_plan_to_march_plan_it():
    # The parser reads "Town plan" and "old town plan" as nouns: the words decide.
    for text in ("Fijian nurses in Cape Town plan to march to the consulate on Friday.",
                 "Residents of the old town plan to march against the demolitions on "
                 "Wednesday evening."):
        assert _status(text, "march") == "planned"


def test_a_plan_to_march_told_in_the_past_stays_another_clause():
    text = "Pensioners who had planned to march were stopped by police in Port Vallin."
    assert _status(text, "stopped") == "occurred"


def test_an_event_that_would_go_ahead_is_planned_however_long_its_phrase():
    text = ("The federation said the rally announced in Port Vallin for April 2 would go "
            "ahead despite the ban.")
    assert _status(text, "rally") == "planned"


def test_an_event_that_would_not_go_ahead_is_negated():
    text = "The federation said the rally in Port Vallin would not go ahead."
    assert _status(text, "rally") == "negated"


def test_a_march_that_took_place_is_no_plan():
    text = "The rally in Port Vallin went ahead on Tuesday despite the ban."
    assert _status(text, "rally") == "occurred"


def test_a_strike_called_for_a_weekday_is_planned_not_a_call_for_a_demand():
    assert _status("Dockers said a strike called for Friday would paralyse the port.",
                   "strike") == "planned"
    assert _status("Protests called for the governor's resignation on Tuesday.",
                   "Protests") == "occurred"


def test_a_hospital_someone_is_flown_to_by_helicopter_is_no_site():
    text = ("Rioters burned the market in Dunmallow on Monday. Dozens of people were "
            "wounded, and the most seriously hurt were flown by helicopter to hospitals in "
            "Carrowmore.")
    mentions = mentions_at(text, {"Dunmallow": town("Dunmallow"),
                                  "Carrowmore": town("Carrowmore")})
    assert without_non_sites(text, mentions)[1].role == "residence"
    assert {place for place, _ in _rows(text, ["Dunmallow", "Carrowmore"])} == {"Dunmallow"}


def test_a_planned_march_abroad_is_no_occurred_row():
    text = ("Police dispersed a sit-in in Dunmallow on Tuesday. Emigrants in Carrowmore plan "
            "to march to the consulate on Saturday, their association said.")
    rows = _rows(text, ["Dunmallow", "Carrowmore"])
    assert ("Carrowmore", "occurred") not in rows


def test_what_has_happened_before_is_no_event():
    text = "Riot police in Port Vallin have broken up sit-ins before."
    assert _rows(text, ["Port Vallin"]) == []


def test_a_perfect_told_of_the_day_is_an_event():
    text = "Riot police in Port Vallin have broken up a sit-in before dawn on Wednesday."
    assert ("Port Vallin", "occurred") in _rows(text, ["Port Vallin"])


def test_a_curfew_officials_rejected_calls_for_is_negated():
    text = ("The mayor of Port Vallin rejected calls from some traders for a night-time "
            "curfew in the harbour district.")
    assert _status(text, "curfew") == "negated"


def test_clashes_observers_feared_are_no_event_but_the_feared_dead_are():
    assert _rows("Monitors in Port Vallin said they feared clashes if the count was close.",
                 ["Port Vallin"]) == []
    assert ("Port Vallin", "occurred") in _rows(
        "Four people are feared dead after clashes in Port Vallin on Tuesday.", ["Port Vallin"])
    assert ("Port Vallin", "occurred") in _rows(
        "Police in Port Vallin, fearing violence, fired tear gas at the crowd on Tuesday.",
        ["Port Vallin"])


def test_the_subject_of_had_been_planned_is_planned_past_a_long_aside():
    text = ("The march, called by the teachers' unions to demand the minister's dismissal, "
            "had been planned for Monday in Port Vallin.")
    assert _status(text, "march") == "planned"


def test_a_penalty_shootout_is_no_clash_a_shootout_with_police_is():
    assert _rows("Malawi beat Zambia 4-3 in a penalty shootout in Dunmallow on Sunday.",
                 ["Dunmallow"]) == []
    assert ("Dunmallow", "occurred") in _rows(
        "Two gunmen died in a shootout with police in Dunmallow on Sunday.", ["Dunmallow"])


def test_an_epidemic_that_killed_is_no_attack():
    text = "The measles epidemic, which killed more than 300 children, hit Dunmallow hardest."
    assert _rows(text, ["Dunmallow"]) == []


def test_a_vehicle_that_crashed_killing_passengers_is_no_attack_a_crowd_run_down_is():
    assert _rows("A minibus crashed into a ravine near Dunmallow on Sunday, killing 14 "
                 "passengers.", ["Dunmallow"]) == []
    assert ("Dunmallow", "occurred") in _rows(
        "A police truck crashed into a crowd of protesters in Dunmallow on Sunday, killing "
        "three.", ["Dunmallow"])


def test_where_reinforcements_come_from_is_no_site():
    text = ("Protesters blocked roads in Dunmallow on Monday, and reinforcements from "
            "Carrowmore were sent to the town.")
    mentions = mentions_at(text, {"Dunmallow": town("Dunmallow"),
                                  "Carrowmore": town("Carrowmore")})
    assert without_non_sites(text, mentions)[1].role == "origin"
    assert "Carrowmore" not in {place for place, _ in _rows(text, ["Dunmallow", "Carrowmore"])}


def _without_second(text: str) -> set[str]:
    """The sites of a text naming Dunmallow and, after it, Carrowmore."""
    return {place for place, status in _rows(text, ["Dunmallow", "Carrowmore"])
            if status == "occurred"}


def test_where_the_marchers_come_from_is_no_site():
    assert _without_second(
        "Riot police fired tear gas at protesters in Dunmallow on Monday. The nurses, most of "
        "whom come from Carrowmore, had marched to the health board.") == {"Dunmallow"}


def test_where_a_crowd_travelled_from_is_no_site():
    assert _without_second(
        "Riot police fired tear gas at protesters in Dunmallow on Monday. Hundreds of nurses "
        "had travelled to the town from Carrowmore to join the protest.") == {"Dunmallow"}


def test_where_the_wounded_are_taken_for_treatment_is_no_site():
    assert _without_second(
        "Riot police fired tear gas at protesters in Dunmallow on Monday. The wounded were "
        "taken to Carrowmore for treatment.") == {"Dunmallow"}


def test_an_event_told_after_since_a_past_year_when_is_background():
    assert _without_second(
        "Riot police fired tear gas at protesters in Dunmallow on Monday. The protest was the "
        "largest since 2015, when nurses in Carrowmore clashed with police.") == {"Dunmallow"}


def test_a_claim_the_sentence_calls_false_is_denied():
    text = "The ministry said reports that soldiers had fired on marchers in Dunmallow were false."
    assert _status(text, "fired") == "reported-denied"
    assert _status("Witnesses said soldiers had fired on marchers in Dunmallow.",
                   "fired") == "occurred"


def test_protests_police_stand_by_for_in_case_are_no_event():
    assert _rows("Riot police were on standby in Dunmallow in case of protests.",
                 ["Dunmallow"]) == []
