"""How big and how fast a map of many incidents is: write time, file size, time to interactive.

Wired to ``incidentmap bench map`` by the CLI. The incidents are synthetic (random points
over a region, a mix of categories, precisions, dates and sentences of news length) and
seeded, so runs compare. Time to interactive is measured in headless Chromium when
``/usr/bin/chromium`` and playwright are available, with every network request blocked.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from gazetteer.files import atomic_write

from .render import save

__all__ = ["bench_map", "synthetic_incidents"]

_CHROMIUM = Path("/usr/bin/chromium")
_CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                  "--disable-dev-shm-usage", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
_CATEGORIES = np.array(["unrest", "violence", "security", "checkpoint"])
_PLACES = np.array([f"Town {i}" for i in range(2_000)])


def synthetic_incidents(n: int, *, seed: int = 0) -> gpd.GeoDataFrame:
    """Return ``n`` random incidents over Central Asia with the ``geo.frame`` columns.

    Each has its own ~150-character evidence sentence (the worst case for file size:
    real evidence repeats when one sentence yields several incidents).
    """
    rng = np.random.default_rng(seed)
    days = pd.date_range("2022-01-01", periods=365).strftime("%Y-%m-%d").to_numpy()
    dates = rng.choice(days, n).astype(object)
    dates[rng.random(n) < 0.05] = None
    fatalities = rng.poisson(0.4, n).astype(float)
    fatalities[rng.random(n) < 0.7] = np.nan
    precision = rng.choice([1, 2, 3], n, p=[0.75, 0.2, 0.05])
    frame = pd.DataFrame({
        "incident_id": np.char.add("b", np.arange(n).astype(str)),
        "source": np.char.add("https://news.example/story/", (np.arange(n) // 7).astype(str)),
        "event_date": pd.array(dates, dtype="string"),
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "category": rng.choice(_CATEGORIES, n, p=[0.4, 0.2, 0.3, 0.1]),
        "location_name": rng.choice(_PLACES, n),
        "country": "KZ",
        "place_kind": np.where(precision == 3, "country", "city"),
        "geo_precision": pd.array(precision, dtype="Int64"),
        "fatalities": pd.array(fatalities, dtype="Int64"),
        "evidence": [f"Incident {i}: witnesses said crowds gathered near the main square "
                     f"and police detained several people before dawn on day {i % 365}."
                     for i in range(n)],
    })
    points = gpd.points_from_xy(rng.uniform(50, 87, n), rng.uniform(40, 55, n))
    return gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")


def bench_map(out_path: str | Path, *, n: int = 100_000, offline: bool = True,
              results_path: str | Path | None = None) -> dict:
    """Render and save a map of ``n`` synthetic incidents and measure it.

    Parameters
    ----------
    out_path
        Where the HTML map is written.
    n
        Number of incidents.
    offline
        Inline all assets (the larger, harder case).
    results_path
        JSON file for the results; default ``out_path`` with ``.json``.

    Returns
    -------
    dict
        ``n``, ``write_seconds`` (render + save), ``megabytes``, ``interactive_seconds``
        (``None`` without Chromium) and ``results_path``.
    """
    out = Path(out_path)
    frame = synthetic_incidents(n)
    start = time.perf_counter()
    save(frame, out, offline=offline, title=f"{n:,} synthetic incidents")
    write_seconds = time.perf_counter() - start
    result = {
        "n": n,
        "offline": offline,
        "write_seconds": round(write_seconds, 3),
        "megabytes": round(out.stat().st_size / 1e6, 2),
        "interactive_seconds": _time_to_interactive(out),
    }
    target = Path(results_path) if results_path else out.with_suffix(".json")
    with atomic_write(target) as handle:
        json.dump(result, handle, indent=2)
    result["results_path"] = str(target)
    return result


def _time_to_interactive(path: Path) -> float | None:
    """Seconds from navigation until the layers are drawn and a popup opens."""
    if not _CHROMIUM.exists():
        return None
    try:
        # Playwright is optional (the test extra).
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(_CHROMIUM),
                                             args=_CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith("file://") else route.abort())
            start = time.perf_counter()
            page.goto(path.resolve().as_uri(), timeout=120_000)
            page.wait_for_function("window.incidentmap && window.incidentmap.ready",
                                   timeout=120_000)
            # Interactive: a real click on the last site opens its popup, and the frame
            # is painted.
            x, y = page.evaluate("""() => {
                const entry = incidentmap.maps[0], site = entry.sites.at(-1);
                entry.map.setView(site.getLatLng(), 9, {animate: false});
                const point = entry.map.latLngToContainerPoint(site.getLatLng());
                const box = entry.map.getContainer().getBoundingClientRect();
                return [box.left + point.x, box.top + point.y];
            }""")
            page.mouse.click(x, y)
            page.wait_for_selector(".leaflet-popup-content .im-evidence", timeout=120_000)
            page.evaluate("() => new Promise((done) => "
                          "requestAnimationFrame(() => requestAnimationFrame(done)))")
            return round(time.perf_counter() - start, 3)
        finally:
            browser.close()
