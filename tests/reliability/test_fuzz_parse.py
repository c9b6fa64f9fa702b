"""Property tests over the geoparser and incident extraction (bounded; see geo.bench.fuzz).

Random Unicode, whitespace, binary-looking, news-like and chunk-crossing texts: no
crash, every offset inside the text, every geometry a valid lon/lat point, and the
export of whatever comes out reads back literally.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from gazetteer import Gazetteer
from geo.bench.fuzz import check_frame, check_parsed, check_round_trip, long_texts, texts
from geo.extract import incidents
from geo.pipeline import Parser

HOSTILE = json.loads((Path(__file__).parents[1] / "data" / "hostile_strings.json")
                     .read_text(encoding="utf-8"))["strings"]
FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def parser(_tiny_gazetteer_file) -> Parser:
    gaz = Gazetteer.open(_tiny_gazetteer_file, build=False)
    yield Parser(gaz)
    gaz.close()


@FAST
@given(text=texts())
def test_parse_offsets_stay_inside_the_text(parser, text):
    check_parsed(text, parser(text))


@FAST
@given(text=texts())
def test_incidents_are_valid_points_with_spans_in_the_text(parser, text):
    check_frame(text, incidents(text, published="2022-01-07", source="fuzz",
                                parser=parser))


@settings(FAST, max_examples=4)
@given(text=long_texts())
def test_long_texts_cross_chunks_safely(parser, text):
    check_parsed(text, parser(text))


@settings(FAST, max_examples=25)
@given(text=texts())
def test_whatever_comes_out_exports_literally(parser, text, tmp_path):
    frame = incidents(text, published="2022-01-07", source=text[:40], parser=parser)
    check_round_trip(frame, tmp_path)


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_strings_in_article_text_and_source(parser, hostile, tmp_path):
    text = f"Protesters gathered in Almaty {hostile} on Monday. Police killed 3 in Paris."
    frame = incidents(text, published="2022-01-07", source=hostile, parser=parser)
    check_frame(text, frame)
    assert len(frame) >= 1, "the surrounding sentences should still give incidents"
    # Invalid Unicode (a lone surrogate) is the one thing not kept literally.
    assert set(frame["source"]) == {re.sub("[\ud800-\udfff]", "\ufffd", hostile)}
    check_round_trip(frame, tmp_path)


def test_huge_counts_do_not_crash(parser):
    text = "Police killed 99999999999999999999 people in Almaty."
    frame = incidents(text, published="2022-01-07", parser=parser)
    check_frame(text, frame)
    assert frame["fatalities"].isna().all()
