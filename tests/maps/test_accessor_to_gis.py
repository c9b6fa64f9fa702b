"""``gdf.incidents.to_gis`` writes through the exporter and reads back equal."""

from __future__ import annotations

from pathlib import Path

import maps  # noqa: F401 - registers the accessor
from geo.frame import empty_incidents
from geo.write.incidents import read_incidents


def test_to_gis_round_trip(tmp_path: Path) -> None:
    frame = empty_incidents()
    written = frame.incidents.to_gis(tmp_path / "none.gpkg")
    assert written == tmp_path / "none.gpkg"
    assert list(read_incidents(written).columns) == list(frame.columns)
