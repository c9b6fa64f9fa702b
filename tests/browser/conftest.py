"""Headless Chromium (Debian's, via playwright) with every non-file request blocked.

Each page records dialogs, console messages, page errors, blocked requests and any
script-capable element inserted into the DOM, so tests can prove that nothing ran.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# Runs before any page script: hooks dialogs and console, and watches the DOM for
# elements that can run code or fetch things. Leaflet itself inserts none of these
# (markers are drawn on canvas), so any record means injected markup.
_WATCH = """
window.__calls = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__calls.push([name, String(args[0])]); };
}
for (const name of ["log", "info", "warn", "error", "debug"]) {
  const original = console[name].bind(console);
  console[name] = (...args) => { window.__calls.push(["console." + name,
                                                      args.map(String).join(" ")]);
                                  original(...args); };
}
window.__injected = [];
window.SUSPECT = new Set(["SCRIPT", "IMG", "IFRAME", "OBJECT", "EMBED", "SVG", "STYLE",
                         "LINK", "META", "BASE", "FORM", "VIDEO", "AUDIO", "SOURCE",
                         "MATH", "DETAILS", "INPUT", "MARQUEE", "BODY", "A"]);
// Elements the parser creates are compared with a benign twin page by the tests
// (static_signature); the observer covers everything inserted after parsing.
new MutationObserver((records) => {
  if (document.readyState === "loading") return;
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const all = [node, ...node.querySelectorAll("*")];
      for (const el of all) {
        const tag = el.tagName.toUpperCase();
        const isOurLink = tag === "A" && el.closest(".im-source") &&
                          /^https?:/.test(el.getAttribute("href") || "");
        const isSwatch = tag === "SVG" && el.closest(".im-legend");
        // Leaflet's own: zoom buttons, the attribution link and flag, popup close button.
        const isLeaflet = (tag === "A" || tag === "SVG") &&
                          (el.closest(".leaflet-control") ||
                           el.classList.contains("leaflet-popup-close-button"));
        const isControlInput = tag === "INPUT" && (el.closest(".leaflet-control-layers") ||
                                                   el.closest(".im-slider"));
        if (SUSPECT.has(tag) && !isOurLink && !isSwatch && !isLeaflet && !isControlInput) {
          window.__injected.push(el.outerHTML.slice(0, 200));
        }
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) window.__injected.push(tag + " " + attr.name);
        }
      }
    }
  }
}).observe(document, {childList: true, subtree: true});
"""


_SIGNATURE = """() => {
  const out = [];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toUpperCase();
    if (SUSPECT.has(tag)) out.push(tag);
    for (const attr of el.attributes) if (/^on/i.test(attr.name)) out.push(tag + "@" + attr.name);
  }
  return out.sort();
}"""


def _load_incident_frames():
    # --import-mode=importlib puts no test folder on sys.path; load the helper by path.
    name = "incident_frames"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, Path(__file__).parents[1] / "maps" / f"{name}.py")
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


incident_frames = _load_incident_frames()


@dataclass
class Watched:
    """A page plus what it did: console messages, errors, blocked requests."""

    page: object
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        """Load a saved map from file:// and wait until its layers are drawn."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.incidentmap && window.incidentmap.ready",
                                    timeout=20_000)

    def evaluate(self, script: str, arg: object = None) -> object:
        return self.page.evaluate(script, arg)

    def static_signature(self) -> list[str]:
        """Tags of script-capable elements and ``on*`` attributes in the page."""
        return self.page.evaluate(_SIGNATURE)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def watched(browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    state = Watched(page)
    page.add_init_script(_WATCH)
    page.on("console", lambda msg: state.console.append((msg.type, msg.text)))
    page.on("pageerror", lambda err: state.errors.append(str(err)))

    def route(route) -> None:
        if route.request.url.startswith(("file://", "data:")):
            route.continue_()
        else:
            state.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    yield state
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# -- clicking incidents with the real mouse -----------------------------------------------
# The page is only moved from code (setView/fitBounds, as a reader would pan and zoom);
# every popup is opened by page.mouse at the pixel Leaflet projects the incident to.

_POINT_PIXEL = """([lat, lon, zoom]) => new Promise((done) => {
  const map = incidentmap.maps[0].map;
  map.setView([lat, lon], zoom, {animate: false});
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const p = map.latLngToContainerPoint([lat, lon]);
    const box = map.getContainer().getBoundingClientRect();
    done([box.left + p.x, box.top + p.y]);
  }));
})"""

# A pixel inside the incident's area, away from every marker and every control, nearest
# the area's own point: where a reader would click "Kazakhstan".
_AREA_PIXEL = """([shape, lat, lon]) => new Promise((done) => {
  const entry = incidentmap.maps[0], map = entry.map, data = entry.data;
  const a = data.areas.findIndex((area) => shape ? area.shape === shape :
    Math.abs(area.lat - lat) < 1e-4 && Math.abs(area.lon - lon) < 1e-4);
  if (a < 0) { done(null); return; }
  map.fitBounds(entry.areas[a].getBounds(), {animate: false, padding: [60, 60]});
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const box = map.getContainer().getBoundingClientRect(), size = map.getSize();
    const controls = [...map.getContainer().querySelectorAll(".leaflet-control")]
      .map((el) => el.getBoundingClientRect()).filter((r) => r.width);
    const goal = map.latLngToContainerPoint([data.areas[a].lat, data.areas[a].lon]);
    let best = null;
    for (let x = 5; x < size.x; x += 6) {
      for (let y = 5; y < size.y; y += 6) {
        const px = box.left + x, py = box.top + y;
        if (controls.some((r) => px > r.left - 10 && px < r.right + 10 &&
                                 py > r.top - 10 && py < r.bottom + 10)) continue;
        const layerPoint = map.containerPointToLayerPoint([x, y]);
        if (!entry.areas[a]._containsPoint(layerPoint)) continue;
        const near = entry.sites.some((m) => m._imStyle.count &&
          m._point.distanceTo(layerPoint) < m._radius + 20);
        if (near) continue;
        const d = (x - goal.x) ** 2 + (y - goal.y) ** 2;
        if (!best || d < best[2]) best = [px, py, d];
      }
    }
    done(best && [best[0], best[1]]);
  }));
})"""

_ENTRIES = """() => [...document.querySelectorAll(".leaflet-popup-content .im-entry")].map(
  (e) => ({evidence: (e.querySelector(".im-evidence bdi") || {textContent: ""}).textContent,
           place: e.querySelector(".im-meta bdi").textContent}))"""

_POPUP_STATE = """() => {
  const popup = document.querySelector(".leaflet-popup-content-wrapper").getBoundingClientRect();
  const covered = [...document.querySelectorAll(".leaflet-control")].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width && r.left < popup.right && popup.left < r.right &&
           r.top < popup.bottom && popup.top < r.bottom;
  }).map((el) => el.className);
  const tips = [...document.querySelectorAll(".leaflet-tooltip")].filter(
    (el) => getComputedStyle(el).visibility !== "hidden" && el.getBoundingClientRect().width);
  return {covered: covered, tooltips: tips.length};
}"""


def area_target(row: dict) -> tuple[str | None, float, float]:
    """How the page keys an incident's area: its country's outline, else a circle."""
    point = row["geometry"].representative_point()
    if row.get("place_kind") == "country" and row.get("country"):
        return (str(row["country"]).upper(), point.y, point.x)
    return (None, round(point.y, 5), round(point.x, 5))


def is_area(row: dict) -> bool:
    """Whether the page draws the incident as an area (precision 3 or a polygon)."""
    precision = row.get("geo_precision")
    return (precision is not None and not pd.isna(precision) and precision == 3) or \
        row["geometry"].geom_type.endswith("Polygon")


def click_incident(page, row: dict, *, zoom: int = 10, hover: bool = True) -> dict:
    """Click where the incident is; return the popup's entries and what it covered.

    ``row`` is a frame row as a dict. Points are clicked at their pixel at ``zoom``,
    area-wide incidents (precision 3 or a polygon) inside their area where no marker is.
    Pages through "show more" until the row's evidence shows (or the list ends).
    """
    if is_area(row):
        pixel = page.evaluate(_AREA_PIXEL, list(area_target(row)))
        assert pixel is not None, f"no free pixel inside the area of {row['evidence']!r}"
    else:
        point = row["geometry"]
        pixel = page.evaluate(_POINT_PIXEL, [point.y, point.x, zoom])
    page.mouse.move(*pixel)
    tooltip = None
    if hover:
        page.wait_for_selector(".leaflet-tooltip", state="visible", timeout=5_000)
        tooltip = page.locator(".leaflet-tooltip").inner_text()
    page.mouse.click(*pixel)
    page.wait_for_selector(".leaflet-popup-content .im-entry", timeout=5_000)
    # Let the popup's pan clear the controls before measuring.
    page.wait_for_function("!incidentmap.maps[0].map._panAnim || "
                           "!incidentmap.maps[0].map._panAnim._inProgress")
    page.wait_for_timeout(50)
    state = page.evaluate(_POPUP_STATE)
    entries = page.evaluate(_ENTRIES)
    more = page.locator(".leaflet-popup-content .im-more-button")
    while more.is_visible() and not any(
            e["evidence"] and e["evidence"] in str(row["evidence"]) for e in entries):
        more.click()
        entries = page.evaluate(_ENTRIES)
    page.locator(".leaflet-popup-close-button").click()
    page.wait_for_selector(".leaflet-popup", state="detached", timeout=5_000)
    return {"entries": entries, "tooltip": tooltip, **state}
