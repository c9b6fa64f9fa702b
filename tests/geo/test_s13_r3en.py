"""Session 13, third review: running tolls, "since <weekday>" ranges, French misses."""
from __future__ import annotations

import pandas as pd

import geo


def _rows(text: str, published: str, language: str = "en") -> pd.DataFrame:
    return geo.incidents(text, published=published, language=language, keep_all=True)


def test_toll_that_has_now_died_in_weeks_of_unrest_is_a_running_total() -> None:
    rows = _rows("Nine people have now died in two weeks of protests in Quito, the "
                 "ombudsman said on Monday.", "2025-03-10")
    assert not (rows["fatalities"].fillna(0) == 9).any()


def test_arrests_so_far_are_a_running_total() -> None:
    rows = _rows("Forty people have been arrested so far in Lima, police said on Monday.",
                 "2025-03-10")
    assert not (rows["arrested"].fillna(0) == 40).any()


def test_since_the_publication_weekday_is_the_week_before() -> None:
    rows = _rows("About 150 people have been arrested in Harare since Tuesday, police said.",
                 "2025-03-11")
    arrests = rows[rows["sub_event_type"] == "Arrests"]
    assert str(arrests.iloc[0]["event_date"])[:10] == "2025-03-04"
    assert str(arrests.iloc[0]["event_date_end"])[:10] == "2025-03-11"


def test_since_a_possessive_strike_began_on_a_weekday_is_a_range() -> None:
    rows = _rows("About 150 people have been arrested since the teachers' walkout started on "
                 "Tuesday in Harare, police said.", "2025-03-14")
    arrests = rows[rows["sub_event_type"] == "Arrests"]
    assert str(arrests.iloc[0]["event_date"])[:10] == "2025-03-11"
    assert str(arrests.iloc[0]["event_date_end"])[:10] == "2025-03-14"


def test_french_banned_march_planned_for_a_weekday_is_the_coming_one() -> None:
    rows = _rows("La manifestation prévue jeudi à Lomé a été interdite par le préfet.",
                 "2025-03-14", "fr")
    assert list(rows["status"]) == ["negated"]
    assert str(rows.iloc[0]["event_date"])[:10] == "2025-03-20"


def test_french_total_carried_with_portant_is_not_the_new_count() -> None:
    rows = _rows("Trois policiers ont été blessés jeudi à Bouaké, portant à quinze le nombre "
                 "de blessés depuis le début du mouvement.", "2025-03-14", "fr")
    assert list(rows["injured"]) == [3]


def test_tear_gas_at_hawkers_is_an_intervention() -> None:
    rows = _rows("Riot police in Kisumu used tear gas on Thursday to scatter hawkers who had "
                 "occupied the bus station.", "2025-03-14")
    assert list(rows["sub_event_type"]) == ["Protest with intervention"]


def test_traders_putting_up_barricades_protest() -> None:
    rows = _rows("Hundreds of street traders set up barricades in Kumasi on Thursday.",
                 "2025-03-14")
    assert list(rows["event_type"]) == ["Protests"]
