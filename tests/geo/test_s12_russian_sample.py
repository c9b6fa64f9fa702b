"""The Russian sample (seeds/kazakhstan-2022-01-06.ru.txt) read end to end, as the README
tells it, and a folder of both samples read into one frame."""

from pathlib import Path

import pytest

from geo.extract import incidents_from_files

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SAMPLE = SEEDS / "kazakhstan-2022-01-06.ru.txt"


@pytest.fixture(scope="module")
def frame(gazetteer):
    return incidents_from_files([SAMPLE])


def _rows(frame, **where):
    for column, value in where.items():
        frame = frame[frame[column] == value]
    return frame


def test_the_russian_sample_is_read_in_russian(frame):
    assert set(frame["language"]) == {"ru"}
    assert len(frame) >= 8


@pytest.mark.parametrize("where", [
    {"location_name": "Almaty", "subtype": "arson"},
    {"location_name": "Aktobe", "sub_event_type": "Arrests", "arrested": 200},
    {"location_name": "Taraz", "event_type": "Riots"},
    {"location_name": "Kazakhstan", "subtype": "state_of_emergency"},
    {"location_name": "Almaty", "subtype": "curfew"},
    {"location_name": "Almaty", "subtype": "troop_deployment"},
    {"location_name": "Zhanaozen", "event_type": "Protests"},
])
def test_the_readme_rows_are_there(frame, where):
    assert len(_rows(frame, **where)) >= 1, where


@pytest.mark.parametrize("place", ["Moscow", "Oral"])
def test_a_speaking_capital_and_a_banned_rally_are_no_incidents(frame, place):
    assert _rows(frame, location_name=place).empty


def test_a_folder_of_both_samples_gives_one_frame_tagged_by_language(gazetteer):
    both = incidents_from_files([SEEDS])
    languages = {code for value in both["language"] for code in value.split(",")}
    assert languages == {"en", "ru"}
