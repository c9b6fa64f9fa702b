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
