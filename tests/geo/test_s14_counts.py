"""Session 14, counts: lists of people with one told by an article, a source's toll
for a named event, people treated in a named hospital, a part of a body's own people,
counts joined by "and" sharing the place after them, and in Russian and French lists
joined by "и"/"et" and "une dizaine" (a handful, no count). Sentences are invented, in the way
wire copy puts these; places are those of an invented country."""

from __future__ import annotations

from datetime import date

from fake_parser import FakeParser

from gazetteer.place import Place
from geo.events.counts import find_counts
from geo.events.detect import detect_events
from geo.events.lexical_counts import find_counts as find_lexical_counts
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN

PUBLISHED = date(2026, 5, 14)  # a Thursday
LAND = Place("s14c:VV", "Valdoria", 5.0, 20.0, "country", country="VV")
CITY = Place("s14c:city", "Brennick", 5.5, 20.5, "city", country="VV",
             population=600_000)
TOWN = Place("s14c:town", "Lusk Harbour", 6.5, 21.5, "city", country="VV",
             population=40_000)
VILLAGE = Place("s14c:village", "Corvell", 6.0, 19.5, "city", country="VV",
                population=8_000)
TABLE = {
    "Valdoria": (LAND, "named", "location", "country"),
    "BRENNICK": (CITY, "named", "location", "city"),
    "Brennick": (CITY, "named", "location", "city"),
    "Corvell": (VILLAGE, "named", "location", "city"),
    "Lusk Harbour": (TOWN, "named", "location", "city"),
}


def _counts(text):
    return [(c.field, c.value) for c in find_counts(text)]


def _rows(text):
    parsed = FakeParser(TABLE)(text)
    return [(i.location.place.name if i.location else None, i.counts.fatalities,
             i.counts.injured, i.counts.arrested)
            for i in detect_events(text, parsed.mentions, None, PUBLISHED)]


def test_a_number_and_one_told_with_an_article_add_up():
    assert _counts("Three miners and a security guard were killed when the wall "
                   "collapsed on the crowd.") == [("fatalities", 4)]
    assert _counts("A nurse and five students were wounded by rubber bullets.") == [
        ("injured", 6)]
    assert _counts("Soldiers arrested 14 farmers and a priest at the market.") == [
        ("arrested", 15)]


def test_one_with_an_article_in_a_clause_of_its_own_is_counted_apart():
    assert _counts("Gunmen shot dead four herders and a soldier was hurt.") == [
        ("fatalities", 4), ("injured", 1)]


def test_a_toll_put_at_a_figure_for_a_named_event_is_a_count_and_an_estimate():
    found = find_counts("Hospital staff put the death toll from Monday's stampede at the "
                        "stadium at eleven.")
    assert [(c.field, c.value, c.estimate) for c in found] == [("fatalities", 11, True)]


def test_people_treated_in_a_named_hospital_are_injured():
    assert _counts("Nine marchers were treated at the regional hospital for cuts.") == [
        ("injured", 9)]
    assert _counts("Seven officers were treated in the district clinics overnight.") == [
        ("injured", 7)]


def test_a_part_of_a_bodys_own_people_is_counted():
    assert _counts("The union said three of its shop stewards had been detained.") == [
        ("arrested", 3)]


def test_counts_joined_by_and_share_the_place_after_them():
    rows = _rows("Two people were stabbed to death and 30 injured in Brennick on "
                 "Wednesday during a march against the new tax, the worst unrest in "
                 "Valdoria this year.")
    assert ("Brennick", 2, 30, None) in rows


def _ru(text):
    return [(c.field, c.value) for c in find_lexical_counts(RUSSIAN.words(text), RUSSIAN)]


def _fr(text):
    return [(c.field, c.value) for c in find_lexical_counts(FRENCH.words(text), FRENCH)]


def test_russian_lists_of_people_joined_by_i_add_up():
    assert _ru("В результате стычки пострадали четверо охранников и двое водителей.") == [
        ("injured", 6)]
    assert _ru("Трое студентов и двое преподавателей были задержаны.") == [
        ("arrested", 5)]
    # two counts of two kinds stay two
    assert _ru("Погибли шесть человек, ещё девять получили ранения.") == [
        ("fatalities", 6), ("injured", 9)]


def test_french_lists_of_people_joined_by_et_add_up():
    assert _fr("Quatre pompiers et un passant ont été blessés.") == [("injured", 5)]


def test_une_dizaine_is_a_handful_and_other_approximate_nouns_count():
    assert _fr("Une dizaine de manifestants ont été interpellés.") == []
    assert _fr("Une vingtaine de manifestants ont été interpellés.") == [("arrested", 20)]
    assert _fr("Quelque 3 000 personnes ont été interpellées.") == [("arrested", 3000)]


def test_a_number_joined_past_a_clause_cut_adds_up():
    rows = _rows("Rioters burned the market in Corvell on Tuesday, and the charred bodies "
                 "of five traders and two guards were found in the ruins.")
    assert ("Corvell", 7, None, None) in rows


def test_a_count_in_the_perfect_joined_to_a_running_total_is_one_too():
    found = find_counts("The death toll since the strike began on Monday rose to 31, "
                        "and more than 900 people have been wounded, officials said.")
    assert [(c.field, c.value, c.cumulative) for c in found] == [("injured", 900, True)]
    assert [(c.field, c.value, c.cumulative) for c in find_counts(
        "Two people were shot dead on Friday and 40 have been wounded.")] == [
        ("fatalities", 2, False), ("injured", 40, False)]


def test_injured_since_a_day_is_a_running_total():
    assert [(c.field, c.cumulative) for c in find_counts(
        "The minister said 210 people had been detained and 75 officers injured since "
        "Saturday.")] == [("arrested", False), ("injured", True)]


def test_a_toll_the_dateline_city_gets_that_later_places_break_down_is_no_city_count():
    rows = _rows("BRENNICK — Troops shot dead 20 protesters on Tuesday, a rights group "
                 "said.\n\nTwelve people were killed in Lusk Harbour on Tuesday and eight "
                 "in Corvell.")
    assert not any(r[0] == "Brennick" and r[1] == 20 for r in rows)


def test_a_sources_toll_is_not_dated_by_its_telling():
    rows = _rows("Officials in Valdoria put the death toll from Tuesday's riot in "
                 "Brennick at nine on Thursday, after the bodies of five men and four "
                 "women were found in a burned shop.")
    assert [r for r in rows if r[1] is not None] == [("Brennick", 9, None, None)]


def test_a_relative_clause_between_the_people_and_their_verb_does_not_cut_the_count():
    assert _counts("Nine members of the student union, which had called the march, were "
                   "detained overnight.") == [("arrested", 9)]


def test_people_who_needed_treatment_are_injured():
    assert _counts("Fifteen marchers needed hospital treatment, organisers said.") == [
        ("injured", 15)]


def test_one_told_by_its_place_in_a_count_told_before_counts_one():
    assert _counts("The fourth, a taxi driver, died in hospital on Sunday.") == [
        ("fatalities", 1)]
    assert _counts("The other two died at the scene.") == [("fatalities", 2)]
    assert _counts("The third day of the strike passed off calmly.") == []
