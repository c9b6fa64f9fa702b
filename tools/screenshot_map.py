"""A PNG of a real map, for the README: ``python -m tools.screenshot_map OUTPUT_FOLDER``.

``OUTPUT_FOLDER`` is what ``incidentmap run ARTICLE -o OUTPUT_FOLDER`` wrote; its
``map.html`` is opened in headless Chromium (Debian's ``/usr/bin/chromium``, driven by
playwright) with every network request blocked, as a reader without a network would see
it. With ``--popup`` the spot holding the most incidents is clicked with the mouse first,
so the picture shows a popup too. The PNG goes to ``--output`` (default
``OUTPUT_FOLDER/map.png``).

Example::

    incidentmap run seeds/kazakhstan-2022-01-07.txt -o /tmp/sample
    python -m tools.screenshot_map /tmp/sample --popup -o docs/sample-map.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# The pixel of the spot with the most visible incidents, centred at a zoom where it
# stands apart from the rest.
_BUSIEST = """(zoom) => new Promise((done) => {
  const entry = incidentmap.maps[0], map = entry.map;
  if (!entry.sites.length) { done(null); return; }
  const site = entry.sites.reduce((a, b) => b._imStyle.count > a._imStyle.count ? b : a);
  map.setView(site.getLatLng(), zoom, {animate: false});
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const p = map.latLngToContainerPoint(site.getLatLng());
    const box = map.getContainer().getBoundingClientRect();
    done([box.left + p.x, box.top + p.y]);
  }));
})"""


def screenshot(folder: Path, output: Path, *, width: int = 1280, height: int = 800,
               popup: bool = False, zoom: int = 9) -> Path:
    """Render ``folder/map.html`` in headless Chromium and write a PNG to ``output``."""
    page_path = folder / "map.html"
    if not page_path.is_file():
        raise FileNotFoundError(f"{page_path} does not exist: give the folder that "
                                "`incidentmap run ARTICLE -o FOLDER` wrote")
    if not CHROMIUM.exists():
        raise FileNotFoundError(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda route: route.continue_()
                       if route.request.url.startswith(("file:", "data:"))
                       else route.abort())
            page.goto(page_path.resolve().as_uri())
            page.wait_for_function("window.incidentmap && window.incidentmap.ready",
                                   timeout=60_000)
            if popup:
                pixel = page.evaluate(_BUSIEST, zoom)
                if pixel is not None:
                    page.mouse.click(*pixel)
                    page.wait_for_selector(".leaflet-popup-content .im-entry")
                    page.mouse.move(5, height / 2)  # the pointer out of the picture
            page.wait_for_timeout(400)  # fades and the popup's pan
            output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(output))
        finally:
            browser.close()
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshot_map",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="an `incidentmap run` output folder")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="the PNG (default FOLDER/map.png)")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--popup", action="store_true",
                        help="click the busiest spot first, so a popup shows")
    args = parser.parse_args(argv)
    try:
        written = screenshot(args.folder, args.output or args.folder / "map.png",
                             width=args.width, height=args.height, popup=args.popup)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
