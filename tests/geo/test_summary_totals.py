"""The run summary's "Counts stated": a national figure and its parts are not added."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from geo.frame import stated_total


def _frame(rows: list[tuple[str, str, str, str, int]]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        [{"source": source, "place_kind": kind, "country": country, "event_date": day,
          "arrested": count, "arrested_qualifier": "exact"}
         for source, kind, country, day, count in rows],
        geometry=[Point(0, 0)] * len(rows), crs="EPSG:4326")


def test_parts_of_a_national_figure_are_not_added_to_it():
    frame = _frame([("a", "country", "PE", "2024-05-04", 900),
                    ("a", "city", "PE", "2024-05-04", 400),
                    ("a", "city", "PE", "2024-05-04", 150)])
    assert stated_total(frame, "arrested") == 900


def test_places_that_add_up_to_more_than_the_national_figure_are_other_events():
    frame = _frame([("a", "country", "PE", "2024-05-04", 300),
                    ("a", "city", "PE", "2024-05-04", 400)])
    assert stated_total(frame, "arrested") == 700


def test_another_day_another_country_or_another_article_is_counted():
    frame = _frame([("a", "country", "PE", "2024-05-04", 900),
                    ("a", "city", "PE", "2024-05-05", 400),
                    ("a", "city", "BO", "2024-05-04", 150),
                    ("b", "city", "PE", "2024-05-04", 60)])
    assert stated_total(frame, "arrested") == 900 + 400 + 150 + 60
