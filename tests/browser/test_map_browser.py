"""Saved maps in headless Chromium, offline: they draw, respond, and run nothing injected."""

from __future__ import annotations

import pytest

from maps import save
from maps.escape import truncate
from maps.popups import EVIDENCE_LIMIT, FIELD_LIMIT

from .conftest import click_incident, incident_frames, is_area

pytestmark = pytest.mark.browser

_ENTRY = "incidentmap.maps[0]"


def _assert_quiet(watched) -> None:
    assert watched.errors == []
    assert [m for m in watched.console if m[0] == "error"] == []
    assert watched.blocked == []
    assert watched.evaluate("window.__calls") == []
    assert watched.evaluate("window.__injected") == []


def test_offline_map_draws_toggles_and_shows_popups(watched, tmp_path, artifacts):
    frame = incident_frames.make_incidents()
    path = save(frame, tmp_path / "map.html", offline=True, heatmap=True,
                title="Unrest in Kazakhstan, January 2022")
    watched.open(path)
    page = watched.page

    assert page.locator(".folium-map.leaflet-container").count() == 1
    assert page.locator("canvas").count() >= 2  # markers and areas (plus base, heat)
    # Four spots (the two Almaty incidents ~450 m apart stay apart) and one area.
    assert watched.evaluate(f"{_ENTRY}.sites.map(m => m._imStyle.count)") == [1, 1, 1, 1]
    assert watched.evaluate(f"{_ENTRY}.areas.map(a => a._imCount)") == [1]
    legend = page.locator(".im-legend li")
    assert [int(c) for c in legend.evaluate_all("els => els.map(e => e.dataset.count)")
            ] == [1, 1, 2, 1]
    assert "Security operations" in legend.nth(2).inner_text()
    assert legend.nth(2).locator(".im-count").inner_text() == "2"

    page.screenshot(path=str(artifacts / "offline-map.png"))

    # Every overlay toggles off and on again from the layer control.
    labels = page.locator(".leaflet-control-layers-overlays label")
    assert labels.all_inner_texts()[:4] == [
        " Unrest", " Violence", " Security operations", " Checkpoints"]
    shown = f"{_ENTRY}.sites.filter(m => m._imStyle.count).length"
    for i in range(4):
        on_map = f"{_ENTRY}.map.hasLayer({_ENTRY}.groups[{i}])"
        labels.nth(i).click()
        assert watched.evaluate(on_map) is False
        labels.nth(i).click()
        assert watched.evaluate(on_map) is True
        assert watched.evaluate(shown) == 4

    # A real click on the checkpoint (drawn on canvas) opens its popup.
    checkpoint = frame[frame["category"] == "checkpoint"].to_dict("records")[0]
    seen = click_incident(page, checkpoint)
    assert seen["entries"] == [{"evidence": "Checkpoints were set up at the city entrances.",
                                "place": "Nur-Sultan, KZ"}]

    # The time slider exists and filters by date; its last step shows everything.
    slider = page.locator(".im-slider input[type=range]")
    assert slider.count() == 1
    slider.evaluate("el => { el.value = 0; el.dispatchEvent(new Event('input')); }")
    assert page.locator(".im-slider output").inner_text() == "up to 2022-01-04"
    assert watched.evaluate(shown) == 1
    assert watched.evaluate(f"{_ENTRY}.areas.map(a => a._imCount)") == [0]
    slider.evaluate("el => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    assert watched.evaluate(shown) == 4
    _assert_quiet(watched)


def test_empty_map_says_so(watched, tmp_path):
    path = save(incident_frames.make_incidents([]), tmp_path / "empty.html", offline=True)
    watched.open(path)
    assert watched.page.locator(".im-legend").inner_text() == "No incidents to show"
    assert watched.page.locator(".im-slider").count() == 0
    _assert_quiet(watched)


def _shown(text: str, limit: int) -> str:
    """What the page should display for ``text``: cut, NUL/surrogates as U+FFFD, and
    line ends normalised as the HTML parser does."""
    cut = truncate(text, limit)
    cut = "".join("\ufffd" if ch == "\x00" or "\ud800" <= ch <= "\udfff" else ch
                  for ch in cut)
    return cut.replace("\r\n", "\n").replace("\r", "\n")


def test_hostile_text_runs_nothing_and_displays_literally(watched, tmp_path, artifacts):
    hostile = incident_frames.hostile_strings()
    rows = [{"category": "unrest", "lon": 60 + (i % 10), "lat": 40 + i // 10,
             "evidence": text, "location_name": text, "source": text,
             "event_type": text, "event_date": text, "count_qualifier": text,
             "fatalities": i % 3} for i, text in enumerate(hostile)]
    rows.append({"category": hostile[2], "lon": 70.0, "lat": 48.0, "geo_precision": 3,
                 "place_kind": "country", "country": "KZ", "evidence": hostile[0],
                 "location_name": hostile[3]})
    options = {"offline": True, "heatmap": True}
    plain = [{key: "plain" if isinstance(value, str) and key != "category" else value
              for key, value in row.items()} for row in rows]
    plain[-1]["category"] = "plain"
    twin = save(incident_frames.make_incidents(plain), tmp_path / "twin.html",
                title="plain", layer_names={"unrest": "plain"}, **options)
    watched.open(twin)
    expected_signature = watched.static_signature()
    path = save(incident_frames.make_incidents(rows), tmp_path / "hostile.html",
                title=hostile[1], layer_names={"unrest": hostile[4]}, **options)
    watched.open(path)
    page = watched.page
    assert watched.static_signature() == expected_signature
    page.screenshot(path=str(artifacts / "hostile-map.png"))

    # Every incident opened with the real mouse (hovered first: its tooltip shows).
    frame = incident_frames.make_incidents(rows)
    for text, row in zip([*hostile, hostile[0]], frame.to_dict("records"), strict=True):
        (seen,) = click_incident(page, row)["entries"]
        assert seen["evidence"] == _shown(text, EVIDENCE_LIMIT), repr(text[:80])
        if is_area(row):
            assert seen["place"] == _shown(f"{hostile[3]}, KZ", FIELD_LIMIT)
        else:
            assert seen["place"] == (_shown(text, FIELD_LIMIT) or "Place not named")

    assert page.locator(".im-title-main").inner_text() == hostile[1]
    overlays = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert overlays[0].strip() == hostile[4].strip()
    assert page.locator(".im-legend .im-label").first.inner_text() == hostile[4].strip()
    assert page.title() == hostile[1]
    assert watched.evaluate("typeof window.__pwned") == "undefined"
    _assert_quiet(watched)
