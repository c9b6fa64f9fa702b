"""Issue 18, item 1, session 9: incident recall and ACLED type. A crowd is a party to a
fight; a crowd damaging symbols of power riots; a crowd pressing officials, or massed on
a square or outside a seat of power, protests; ", after <subject> <verb>ed" and "and two
officers were ..." start an event of their own; one person killed on his own is an
attack. Invented places and sentences."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser
from terranor import TABLE

from geo.events.clauses import split_clauses
from geo.events.detect import detect_events

TUESDAY = date(2025, 9, 9)


def _events(text):
    parsed = FakeParser(TABLE)(text)
    return detect_events(text, parsed.mentions, None, TUESDAY)


def _kinds(text):
    return [(e.event_type, e.sub_event_type, e.location.place.name if e.location else None)
            for e in _events(text)]


def test_crowds_fighting_police_is_a_riot_not_an_armed_clash():
    kinds = _kinds("In Brellow, crowds clashed with riot police on Monday night.")
    assert ("Riots", "Violent demonstration", "Brellow") in kinds
    assert not any(kind[0] == "Battles" for kind in kinds)


def test_protesters_pulling_down_a_statue_is_a_violent_demonstration():
    kinds = _kinds("In Quinmar, protesters tore down a bronze statue of a former "
                   "governor on Sunday.")
    assert ("Riots", "Violent demonstration", "Quinmar") in kinds


def test_crowds_forcing_an_official_out_is_a_peaceful_protest():
    kinds = _kinds("In Quinmar, crowds forced the district mayor to step down on Monday, "
                   "and no injuries were reported.")
    assert ("Protests", "Peaceful protest", "Quinmar") in kinds


def test_crowds_forcing_their_way_in_is_no_peaceful_protest():
    kinds = _kinds("In Quinmar, crowds forced their way into the tax office on Monday.")
    assert ("Riots", "Violent demonstration", "Quinmar") in kinds
    assert not any(kind[1] == "Peaceful protest" for kind in kinds)


def test_a_crowd_counted_by_its_size_on_a_square_is_a_protest():
    kinds = _kinds("About 2,000 people gathered on the main square of Brellow on Monday.")
    assert ("Protests", "Peaceful protest", "Brellow") in kinds


def test_a_crowd_outside_a_seat_of_power_is_a_protest():
    kinds = _kinds("Some 400 nurses gathered outside the health ministry in Brellow on "
                   "Monday.")
    assert ("Protests", "Peaceful protest", "Brellow") in kinds


def test_a_crowd_outside_a_stadium_is_no_protest():
    assert _kinds("About 5,000 fans gathered outside the stadium in Brellow on "
                  "Monday.") == []


def test_after_clause_is_an_event_of_its_own_with_its_own_day():
    events = _events("The cabinet met in Brellow on Monday, after protesters blocked "
                     "the main bridge in Brellow on Saturday.")
    protests = [e for e in events if e.event_type == "Protests"]
    assert [e.event_date for e in protests] == [date(2025, 9, 6)]


def test_after_a_passive_verb_the_clause_goes_on():
    text = "She died on Friday, three days after she was detained by the police."
    assert len(split_clauses(text, (0, len(text)))) == 1


def test_and_then_a_counted_subject_starts_a_new_clause():
    text = ("Five people were killed in Brellow on Monday and two police officers were "
            "shot dead by gunmen in Quinmar.")
    clauses = split_clauses(text, (0, len(text)))
    assert len(clauses) == 2
    assert text[clauses[1][0]:clauses[1][1]].startswith("and two police officers")


def test_one_person_shot_dead_during_unrest_is_an_attack():
    kinds = _kinds("Students marched in Brellow on Monday. A radio presenter was shot "
                   "dead in Quinmar on Tuesday as he left his studio.")
    assert ("Violence against civilians", "Attack", "Quinmar") in kinds


def test_one_person_killed_by_police_during_unrest_is_no_plain_attack():
    kinds = _kinds("Students marched in Brellow on Monday. A student was shot dead by "
                   "police in Quinmar on Tuesday.")
    assert ("Violence against civilians", "Attack", "Quinmar") not in kinds


def test_a_killing_named_again_is_no_new_event():
    kinds = _kinds("A radio presenter was shot dead in Quinmar on Monday. On Wednesday the "
                   "governor said in Brellow that the killing was meant to spread fear.")
    assert [kind[2] for kind in kinds] == ["Quinmar"]


def test_protests_that_continued_with_a_new_gathering_are_a_new_days_event():
    events = _events("Protesters stormed the town hall in Brellow on Monday. The protests "
                     "went on peacefully on Tuesday, when about 3,000 people gathered on "
                     "the square.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("Riots", date(2025, 9, 8)), ("Protests", date(2025, 9, 9))]


def test_deaths_in_accidents_are_no_incident():
    assert _kinds("Officials in Brellow said four porters had died in a lift accident at "
                  "the new terminal.") == []


def test_a_number_of_deaths_over_years_is_no_incident():
    assert _kinds("Unions in Brellow say the number of deaths among dockers since 2015 "
                  "runs into the hundreds.") == []


def test_deaths_from_police_fire_are_still_an_incident():
    kinds = _kinds("Students marched in Brellow on Monday. Two people died in Quinmar on "
                   "Tuesday when police fired on the crowd.")
    assert any(kind[2] == "Quinmar" for kind in kinds)


def test_an_event_of_a_past_year_is_background():
    kinds = _kinds("Nurses marched in Brellow on Monday. In 2014, riots forced the "
                   "governor of Quinmar out of office.")
    assert kinds == [("Protests", "Peaceful protest", "Brellow")]


def test_a_person_known_for_past_protests_brings_no_protest():
    kinds = _kinds("Police in Brellow detained a union leader who led the fuel protests "
                   "in 2017.")
    assert [kind[1] for kind in kinds] == ["Arrests"]


def test_protests_that_began_in_a_past_year_and_go_on_are_news():
    events = _events("The protests that began in Brellow in 2019 flared again on Monday.")
    assert [(e.event_type, e.event_date) for e in events] == [("Protests", date(2025, 9, 8))]


def test_a_past_year_is_no_background_without_a_publication_date():
    text = "Riots broke out in Brellow in 2024."
    parsed = FakeParser(TABLE)(text)
    assert detect_events(text, parsed.mentions, None, None)


def test_people_killed_when_forces_broke_up_a_march_is_excessive_force():
    kinds = _kinds("At least four people were killed when soldiers broke up a march in "
                   "Quinmar on Sunday.")
    assert ("Protests", "Excessive force against protesters", "Quinmar") in kinds


def test_people_killed_when_police_said_something_is_no_force():
    kinds = _kinds("Three people were killed in Quinmar on Sunday when police said "
                   "gunmen attacked a bus.")
    assert not any(kind[1] == "Excessive force against protesters" for kind in kinds)


def test_a_mob_burning_houses_is_mob_violence_once():
    kinds = _kinds("In Quinmar, a mob set fire to a dozen houses on Sunday night.")
    assert kinds == [("Riots", "Mob violence", "Quinmar")]


def test_a_man_stoned_by_a_mob_is_mob_violence():
    kinds = _kinds("A shopkeeper was stoned to death by a mob in Quinmar on Sunday.")
    assert ("Riots", "Mob violence", "Quinmar") in kinds


def test_a_crowd_dispersing_by_itself_is_no_intervention():
    kinds = _kinds("Crowds assembled at two junctions in Brellow on Saturday before "
                   "dispersing peacefully at midnight.")
    assert kinds == [("Protests", "Peaceful protest", "Brellow")]


def test_police_dispersing_a_crowd_is_an_intervention():
    kinds = _kinds("Police dispersed hundreds of marchers in Brellow on Saturday.")
    assert kinds == [("Protests", "Protest with intervention", "Brellow")]


def test_troops_taking_up_positions_in_listed_towns_is_one_deployment_per_town():
    kinds = _kinds("Overnight, soldiers took up positions in Brellow and Quinmar.")
    assert kinds == [("Strategic developments", "Other", "Brellow"),
                     ("Strategic developments", "Other", "Quinmar")]


def test_a_share_of_a_toll_told_before_is_no_new_event():
    kinds = _kinds("Students marched in Brellow on Monday. The toll since the unrest began "
                   "rose to 30. Most of the victims were killed in Brellow and Quinmar.")
    assert [kind[2] for kind in kinds] == ["Brellow"]


def test_work_stoppages_are_protests():
    for sentence in ("Dock workers walked off the job in Brellow on Monday.",
                     "Shopkeepers observed a general shutdown in Brellow on Monday.",
                     "Bus drivers staged a two-day strike in Brellow on Monday."):
        assert _kinds(sentence) == [("Protests", "Peaceful protest", "Brellow")], sentence


def test_police_charging_or_teargassing_a_crowd_is_an_intervention():
    for sentence in ("Mounted police charged into the crowd in Brellow on Monday.",
                     "Police teargassed marchers in Brellow on Monday."):
        assert _kinds(sentence) == [("Protests", "Protest with intervention", "Brellow")]


def test_charged_with_a_crime_is_no_intervention():
    assert _kinds("A student leader was charged with sedition in Brellow on Monday.") == []


def test_residents_putting_up_barricades_protest():
    kinds = _kinds("Residents put up barricades of tyres in Brellow on Monday.")
    assert kinds == [("Protests", "Peaceful protest", "Brellow")]


def test_an_armed_group_attacking_a_village_is_an_attack_on_civilians():
    kinds = _kinds("Suspected insurgents raided a village near Quinmar on Friday.")
    assert kinds == [("Violence against civilians", "Attack", "Quinmar")]


def test_gunmen_attacking_a_police_post_is_one_armed_clash():
    kinds = _kinds("Gunmen on motorbikes attacked a police post near Quinmar on Friday, "
                   "killing three policemen.")
    assert kinds == [("Battles", "Armed clash", "Quinmar")]


def test_rebels_seizing_a_town_overtake_territory():
    kinds = _kinds("Rebels seized the border town of Quinmar on Friday.")
    assert ("Battles", "Non-state actor overtakes territory", "Quinmar") in kinds


def test_capturing_a_citys_fugitive_is_no_territory():
    kinds = _kinds("Police captured the city's most wanted fugitive in Quinmar on Friday.")
    assert not any(kind[0] == "Battles" for kind in kinds)


def test_burning_an_effigy_is_a_peaceful_protest():
    kinds = _kinds("Students burned an effigy of the minister in Brellow on Friday.")
    assert kinds == [("Protests", "Peaceful protest", "Brellow")]


def test_burning_tyres_and_flags_is_still_a_riot():
    kinds = _kinds("Protesters burned tyres and flags in Brellow on Friday.")
    assert kinds == [("Riots", "Violent demonstration", "Brellow")]


def test_forces_killing_suspected_militants_is_an_armed_clash():
    kinds = _kinds("Soldiers killed seven suspected militants in a raid near Quinmar on "
                   "Friday.")
    assert kinds == [("Battles", "Armed clash", "Quinmar")]


def test_an_event_told_again_at_another_place_and_day_is_a_second_incident():
    events = _events("Protests were held in Brellow on Friday and in Quinmar on Saturday.")
    assert [(e.location.place.name, e.event_date) for e in events] == [
        ("Brellow", date(2025, 9, 5)), ("Quinmar", date(2025, 9, 6))]


def test_a_march_again_on_another_day_is_a_second_incident():
    events = _events("In Brellow, where thousands marched on Thursday and again on "
                     "Saturday, the governor appealed for calm.")
    assert sorted(e.event_date for e in events) == [date(2025, 9, 4), date(2025, 9, 6)]


def test_a_statement_in_another_place_is_no_second_incident():
    kinds = _kinds("Protesters marched in Brellow on Friday, and in Quinmar the governor "
                   "said calm had returned.")
    assert [kind[2] for kind in kinds] == ["Brellow"]


def test_tear_gas_at_stone_throwing_youths_is_a_riot():
    kinds = _kinds("Police fired tear gas at stone-throwing youths in Brellow on Friday.")
    assert kinds == [("Riots", "Violent demonstration", "Brellow")]


def test_new_triggers_keep_their_status():
    text = ("Dockers said they would walk off the job in Brellow on Monday. Police denied "
            "that officers had charged into the crowd in Quinmar.")
    parsed = FakeParser(TABLE)(text)
    assert detect_events(text, parsed.mentions, None, TUESDAY) == []
    every = detect_events(text, parsed.mentions, None, TUESDAY, keep_all=True)
    assert {e.status for e in every} == {"planned", "reported-denied"}


def test_fans_gathering_to_celebrate_is_no_protest():
    assert _kinds("Thousands of fans gathered on the main square of Brellow to celebrate "
                  "the cup win on Sunday.") == []


def test_fans_protesting_are_a_protest():
    kinds = _kinds("Football fans protested against ticket prices in Brellow on Sunday.")
    assert kinds == [("Protests", "Peaceful protest", "Brellow")]


def test_a_past_year_of_something_else_in_the_clause_is_no_background():
    kinds = _kinds("Thousands protested in Brellow on Monday against a land law passed "
                   "in 2019.")
    assert kinds == [("Protests", "Peaceful protest", "Brellow")]
