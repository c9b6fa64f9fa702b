"""Grouping the reports of one event from several articles (geo.corroborate).

The frames are built directly (no parsing), so these tests run in milliseconds.
"""

from __future__ import annotations

import time

import pandas as pd
import pytest
from report_frames import GRENOBLE, PARIS, VILLEURBANNE, frame, report

from geo.corroborate import merge_reports, source_list
from geo.frame import CRS, INCIDENT_COLUMNS, REPORT_COLUMNS


def test_reports_of_one_event_become_one_row_with_every_source() -> None:
    merged = merge_reports(frame(report("afp"), report("reuters", VILLEURBANNE),
                                 report("bbc")))
    assert len(merged) == 1
    row = merged.iloc[0]
    assert row["n_sources"] == 3
    assert source_list(row["sources"]) == ["afp", "reuters", "bbc"]
    # Every source's evidence is kept, one line each, saying whose it is.
    assert row["evidence"].splitlines() == ["[afp] afp says there were riots.",
                                            "[reuters] reuters says there were riots.",
                                            "[bbc] bbc says there were riots."]
    assert row["evidence_spans"].splitlines()[1] == "[reuters] 0-30"
    assert list(merged.columns) == [*INCIDENT_COLUMNS, *REPORT_COLUMNS, "geometry"]


def test_places_further_apart_than_the_radius_stay_apart() -> None:
    rows = frame(report("afp"), report("reuters", GRENOBLE))
    assert len(merge_reports(rows)) == 2
    assert len(merge_reports(rows, radius_km=120)) == 1


def test_dates_outside_the_window_stay_apart() -> None:
    rows = frame(report("afp", day="2024-03-05"), report("reuters", day="2024-03-06"),
                 report("bbc", day="2024-03-09"))
    merged = merge_reports(rows)
    assert sorted(merged["n_sources"]) == [1, 2]
    assert len(merge_reports(rows, window_days=0)) == 3
    # A date given to the week is compared with a week's slack.
    vague = frame(report("afp", day="2024-03-05"),
                  report("reuters", day="2024-03-09", time_precision=2))
    assert len(merge_reports(vague)) == 1


def test_a_week_of_daily_protests_does_not_chain_into_one_event() -> None:
    days = [f"2024-03-{day:02d}" for day in range(1, 8)]
    rows = frame(*(report(f"paper{i}", day=day) for i, day in enumerate(days)))
    assert len(merge_reports(rows)) >= 3


def test_other_types_and_statuses_never_join() -> None:
    rows = frame(report("afp"),
                 report("reuters", event_type="Protests", sub_event_type="Peaceful protest"),
                 report("bbc", status="planned"),
                 report("dw", event_type="Strategic developments", sub_event_type="Other",
                        subtype="curfew"),
                 report("ap", event_type="Strategic developments", sub_event_type="Other",
                        subtype="checkpoint"))
    merged = merge_reports(rows)
    assert len(merged) == 5
    assert (merged["n_sources"] == 1).all()


def test_a_protest_keeps_its_most_severe_description() -> None:
    rows = frame(report("afp", event_type="Protests", sub_event_type="Peaceful protest"),
                 report("reuters", event_type="Protests",
                        sub_event_type="Excessive force against protesters"))
    merged = merge_reports(rows)
    assert merged["sub_event_type"].tolist() == ["Excessive force against protesters"]


def test_one_articles_own_rows_are_never_joined() -> None:
    rows = frame(report("afp"), report("afp", VILLEURBANNE, place_id="v"))
    assert len(merge_reports(rows)) == 2
    # Nor is one row read twice counted twice.
    assert merge_reports(frame(report("afp"), report("afp")))["n_sources"].tolist() == [1]


def test_country_level_rows_join_only_rows_of_the_same_country() -> None:
    france = {"geo_precision": 3, "place_kind": "country", "location_name": "France",
              "place_id": "FR"}
    belgium = {"geo_precision": 3, "place_kind": "country", "location_name": "Belgium",
               "place_id": "BE", "country": "BE"}
    rows = frame(report("afp", (46.6, 2.4), **france),
                 report("reuters", (46.6, 2.5), **france),
                 report("bbc", (50.6, 4.6), **belgium),
                 report("dw", PARIS))  # a city in France: where in France is unknown
    merged = merge_reports(rows, radius_km=1000)
    assert sorted(merged["n_sources"].tolist()) == [1, 1, 2]
    two = merged[merged["n_sources"] == 2].iloc[0]
    assert (two["location_name"], source_list(two["sources"])) == ("France",
                                                                   ["afp", "reuters"])


def test_conflicting_counts_keep_their_range_and_say_so() -> None:
    rows = frame(report("afp", fatalities=12, fatalities_qualifier="at_least",
                        injured=40, injured_qualifier="exact"),
                 report("reuters", fatalities=26, fatalities_qualifier="exact",
                        injured=40, injured_qualifier="approximate"),
                 report("bbc", arrested=30, arrested_qualifier="exact"))
    row = merge_reports(rows).iloc[0]
    assert (row["fatalities"], row["fatalities_max"]) == (12, 26)
    assert row["fatalities_qualifier"] == "at_least"  # that of the figure kept
    assert (row["injured"], row["injured_max"]) == (40, 40)
    assert row["injured_qualifier"] == "exact"
    assert (row["arrested"], row["arrested_max"]) == (30, 30)
    assert row["counts_conflict"] == "fatalities 12-26"
    assert row["count_qualifier"] == "at_least"


def test_a_report_joins_the_event_whose_counts_it_agrees_with() -> None:
    # One article reports two clashes the same day in one city, told apart by counts.
    rows = frame(report("afp", fatalities=26, evidence="26 killed"),
                 report("afp", VILLEURBANNE, fatalities=18, victim_group="police",
                        place_id="v", evidence="18 police killed"),
                 report("reuters", fatalities=18, victim_group="police"),
                 report("bbc", fatalities=26))
    merged = merge_reports(rows)
    assert sorted(zip(merged["fatalities"], merged["n_sources"], strict=True)) == [(18, 2), (26, 2)]
    assert merged["counts_conflict"].isna().all()


def test_merged_frames_merge_again() -> None:
    first = merge_reports(frame(report("afp", fatalities=3), report("reuters", fatalities=5)))
    again = merge_reports(pd.concat([first, merge_reports(frame(report("bbc",
                                                                       fatalities=4)))]))
    row = again.iloc[0]
    assert len(again) == 1 and row["n_sources"] == 3
    assert (row["fatalities"], row["fatalities_max"]) == (3, 5)
    assert [line.split("]")[0] for line in row["evidence"].splitlines()] == [
        "[afp", "[reuters", "[bbc"]


def test_empty_input_keeps_the_schema() -> None:
    merged = merge_reports(frame())
    assert merged.empty and merged.crs == CRS
    assert list(merged.columns) == [*INCIDENT_COLUMNS, *REPORT_COLUMNS, "geometry"]
    assert str(merged["n_sources"].dtype) == "Int64"


def test_undated_rows_join_only_undated_rows() -> None:
    rows = frame(report("afp", day=None, time_precision=None),
                 report("reuters", day=None, time_precision=None), report("bbc"))
    assert sorted(merge_reports(rows)["n_sources"]) == [1, 2]


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        merge_reports(frame(report("afp")), radius_km=-1)


def test_ten_thousand_rows_merge_in_well_under_seconds() -> None:
    rows = [report(f"s{i % 1500}", (40 + (i * 7919 % 1000) / 100, (i * 104729 % 1000) / 100),
                   day=f"2024-03-{1 + i % 28:02d}") for i in range(10_000)]
    big = frame(*rows)
    started = time.perf_counter()
    merged = merge_reports(big)
    assert time.perf_counter() - started < 10  # ~0.5 s; generous for a loaded CI machine
    assert merged["n_sources"].sum() == 10_000
