"""Every incident opens with the real mouse, where it is (issue 19).

Playwright moves the mouse to each incident's pixel as Leaflet projects it, at a zoom a
reader would use, hovers (a tooltip must show) and clicks (page.mouse, never a popup
opened from code); the popup must list the incident with its evidence, must not lie
under a control, and no tooltip may show over it. Area-wide incidents are clicked inside
their area where no marker is.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest

from geo.cli import main
from maps import render, save
from maps.escape import truncate
from maps.popups import EVIDENCE_LIMIT

from .conftest import click_incident, incident_frames

pytestmark = pytest.mark.browser

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kazakhstan-2022-01-07.txt"


def _assert_every_incident_opens(page, frame: gpd.GeoDataFrame) -> None:
    missing, covered, tooltips = [], [], []
    for row in frame.to_dict("records"):
        seen = click_incident(page, row)
        expected = truncate(row["evidence"], EVIDENCE_LIMIT)
        if expected not in [entry["evidence"] for entry in seen["entries"]]:
            missing.append(row["evidence"])
        if seen["covered"]:
            covered.append((row["evidence"], seen["covered"]))
        if seen["tooltips"]:
            tooltips.append(row["evidence"])
    assert missing == [], f"{len(missing)} of {len(frame)} incidents did not open"
    assert covered == [], "controls covered popups"
    assert tooltips == [], "a tooltip showed over an open popup"


def test_every_incident_of_a_multi_country_map_opens_with_the_mouse(watched, tmp_path,
                                                                    artifacts):
    frame = incident_frames.multi_country_incidents()
    path = save(frame, tmp_path / "multi.html", offline=True, title="Five countries")
    watched.open(path)
    watched.page.screenshot(path=str(artifacts / "multi-country-map.png"))
    _assert_every_incident_opens(watched.page, frame)
    assert watched.errors == [] and watched.blocked == []


def test_every_incident_of_the_sample_opens_with_the_mouse(watched, tmp_path, gazetteer):
    out = tmp_path / "sample"
    assert main(["-q", "run", str(SEED), "-o", str(out)]) == 0
    frame = gpd.read_file(out / "incidents.geojson")
    assert len(frame) >= 10
    watched.open(out / "map.html")
    _assert_every_incident_opens(watched.page, frame)
    assert watched.errors == [] and watched.blocked == []


def test_one_spot_lists_all_its_incidents_by_date(watched, tmp_path):
    frame = incident_frames.multi_country_incidents()
    path = save(frame, tmp_path / "multi.html", offline=True)
    watched.open(path)
    bishkek = frame[(frame["location_name"] == "Bishkek")].to_dict("records")
    seen = click_incident(watched.page, bishkek[0])
    assert [e["evidence"] for e in seen["entries"]] == [r["evidence"] for r in bishkek], seen
    assert "4 incidents" in seen["tooltip"]


def test_date_slider_and_layer_toggles_work_with_the_mouse(watched, tmp_path):
    frame = incident_frames.multi_country_incidents()
    watched.open(save(frame, tmp_path / "multi.html", offline=True))
    page = watched.page
    shown = "incidentmap.maps[0].sites.filter(m => m._imStyle.count).length"
    everything = watched.evaluate(shown)
    slider = page.locator(".im-slider input[type=range]")
    box = slider.bounding_box()
    # Drag the thumb from the right end (all incidents) to the left end (the first day).
    page.mouse.move(box["x"] + box["width"] - 4, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 2, box["y"] + box["height"] / 2, steps=8)
    page.mouse.up()
    assert page.locator(".im-slider output").inner_text() == "up to 2022-01-03"
    assert watched.evaluate(shown) == 1  # Kyiv's protest only
    page.locator(".im-day-only").click()
    assert page.locator(".im-slider output").inner_text() == "on 2022-01-03"
    page.mouse.click(box["x"] + box["width"] - 4, box["y"] + box["height"] / 2)
    assert page.locator(".im-slider output").inner_text() == "all incidents"
    assert watched.evaluate(shown) == everything
    # Switching a layer off hides its incidents; a spot with others keeps a smaller count.
    labels = page.locator(".leaflet-control-layers-overlays label")
    labels.nth(0).click()  # unrest off
    counts = watched.evaluate("incidentmap.maps[0].sites.map(m => m._imStyle.count)")
    assert sum(counts) == len(frame[frame.geo_precision != 3]) - len(
        frame[(frame.geo_precision != 3) & (frame.category == "unrest")])
    labels.nth(0).click()
    assert watched.evaluate(shown) == everything


def test_small_screen_folds_the_legend(browser, tmp_path):
    frame = incident_frames.multi_country_incidents()
    path = save(frame, tmp_path / "multi.html", offline=True)
    context = browser.new_context(viewport={"width": 420, "height": 700})
    page = context.new_page()
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith(("file:", "data:")) else route.abort())
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.incidentmap && window.incidentmap.ready")
    legend = page.locator(".im-legend")
    assert "im-collapsed" in legend.get_attribute("class")
    page.locator(".im-legend-toggle").click()
    assert "im-collapsed" not in legend.get_attribute("class")
    assert page.locator(".im-legend-body").is_visible()
    context.close()


def test_online_map_falls_back_to_the_offline_base(watched, tmp_path):
    frame = incident_frames.multi_country_incidents()
    # Online tiles, with Leaflet inlined (the test cannot reach a CDN either).
    watched.open(save(render(frame, offline=False), tmp_path / "online.html", offline=True))
    # Every tile request is blocked here, as on a machine without a network.
    watched.page.wait_for_selector(".im-tiles-failed", timeout=10_000)
    assert watched.evaluate("document.querySelectorAll('.im-labels').length") == 1
    checked = watched.page.locator(".leaflet-control-layers-base input:checked + span")
    assert "offline" in checked.inner_text()
    assert watched.blocked and all("tile.openstreetmap.org" in url for url in watched.blocked)
    assert watched.errors == []


def test_only_that_day_shows_an_event_on_each_day_of_its_range(watched, tmp_path):
    rows = [{"category": "unrest", "event_type": "Protests", "lon": 74.6, "lat": 42.87,
             "geo_precision": 1, "place_kind": "city", "location_name": "Bishkek",
             "event_date": "2022-01-03", "event_date_end": "2022-01-06",
             "evidence": "A sit-in has blocked the square since Monday."},
            {"category": "violence", "event_type": "Riots", "lon": 76.9, "lat": 43.25,
             "geo_precision": 1, "place_kind": "city", "location_name": "Almaty",
             "event_date": "2022-01-05", "evidence": "Rioters burned cars on Wednesday."}]
    frame = incident_frames.make_incidents(rows)
    watched.open(save(frame, tmp_path / "range.html", offline=True))
    page = watched.page
    shown = "incidentmap.maps[0].sites.filter(m => m._imStyle.count).length"
    page.locator(".im-day-only").click()
    slider = page.locator(".im-slider input[type=range]")
    slider.focus()
    page.keyboard.press("Home")  # 2022-01-03: the sit-in's first day
    assert page.locator(".im-slider output").inner_text() == "on 2022-01-03"
    assert watched.evaluate(shown) == 1
    page.keyboard.press("ArrowRight")  # 2022-01-05: inside the range, and the riot
    assert page.locator(".im-slider output").inner_text() == "on 2022-01-05"
    assert watched.evaluate(shown) == 2
    page.keyboard.press("ArrowRight")  # 2022-01-06: the sit-in's last day only
    assert watched.evaluate(shown) == 1
    # The popup closes when click_incident returns: keep the texts it showed.
    watched.evaluate("""() => { window.__popups = []; new MutationObserver(() => {
      const popup = document.querySelector(".leaflet-popup-content");
      if (popup) { window.__popups.push(popup.innerText); }
    }).observe(document.body, {childList: true, subtree: true}); }""")
    click_incident(page, frame.to_dict("records")[0])
    assert any("2022-01-03 – 2022-01-06" in text
               for text in watched.evaluate("window.__popups"))
    assert watched.errors == []
