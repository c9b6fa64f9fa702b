"""The sample article's map, made by the CLI, opened offline in Chromium (issue 6's check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.cli import main

pytestmark = pytest.mark.browser

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kazakhstan-2022-01-07.txt"
ALMATY, AIRPORT = (43.25, 76.92), (43.35, 77.04)


def _near(point: list[float], target: tuple[float, float], degrees: float) -> bool:
    return abs(point[0] - target[0]) < degrees and abs(point[1] - target[1]) < degrees


def test_sample_map_offline(watched, tmp_path, artifacts, gazetteer) -> None:
    html = tmp_path / "kazakhstan.html"
    assert main(["-q", "map", str(SEED), "-o", str(html), "--offline"]) == 0
    watched.open(html)
    labels = watched.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert {"Unrest", "Security operations", "Checkpoints"} <= {t.strip() for t in labels}
    # The spots drawn as markers, and how many incidents the areas (countries) hold.
    entry = "incidentmap.maps[0]"
    points = watched.evaluate(f"{entry}.sites.map(m => [m.getLatLng().lat, m.getLatLng().lng])")
    area_counts = watched.evaluate(f"{entry}.areas.map(a => a._imCount)")
    assert any(_near(p, ALMATY, 0.05) for p in points), "no incident drawn in Almaty"
    assert any(_near(p, AIRPORT, 0.05) for p in points), "no incident at the airport"
    assert all(_near(p, ALMATY, 0.3) for p in points), "a point left Almaty's area"
    assert sum(area_counts) >= 3  # nationwide measures as areas
    watched.page.screenshot(path=str(artifacts / "sample-map.png"))
    assert watched.errors == [] and watched.blocked == []
    assert [m for m in watched.console if m[0] == "error"] == []
