"""The ``incidents`` DataFrame accessor."""

from __future__ import annotations

import folium
import pandas as pd
import pytest

import maps  # noqa: F401 - registers the accessor


def test_map_delegates_to_render(incidents):
    m = incidents.incidents.map(title="Kazakhstan")
    assert isinstance(m, folium.Map)
    assert "Kazakhstan" in m.get_root().render()


def test_by_day_counts_dated_incidents_per_category(incidents):
    table = incidents.incidents.by_day()
    assert list(table.columns) == ["security", "unrest", "violence"]
    assert table.loc["2022-01-05"].to_dict() == {"security": 1, "unrest": 0,
                                                 "violence": 1}
    assert int(table.to_numpy().sum()) == 4  # the undated checkpoint is left out


def test_by_day_of_an_empty_frame_is_empty(incident_factory):
    assert incident_factory([]).incidents.by_day().empty


@pytest.mark.parametrize("frame", [pd.DataFrame({"a": [1]}), pd.DataFrame()])
def test_other_frames_have_no_incidents_accessor(frame):
    assert not hasattr(frame, "incidents")
    with pytest.raises(AttributeError, match="not an incidents frame"):
        frame.incidents  # noqa: B018


def test_missing_category_is_reported(incidents):
    with pytest.raises(AttributeError, match="category"):
        incidents.drop(columns="category").incidents  # noqa: B018
