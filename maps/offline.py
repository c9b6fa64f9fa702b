"""Browser assets: pinned Leaflet and plugins, inlined for offline maps or linked online.

Folium's :class:`~folium.Map` loads Leaflet, jQuery, Bootstrap and Font Awesome from CDNs.
incidentmap needs only Leaflet (plus leaflet.heat for the heat map) and its own small
script, so every element's ``default_js``/``default_css`` is replaced per instance (never
the class lists, which folium shares between maps). With ``offline=True`` the pinned copies
in ``maps/assets`` (see its README for versions and licences) are written into the page.
"""

from __future__ import annotations

import base64
import functools
import re
from importlib import resources

import folium
from branca.element import Element, Figure

__all__ = ["Asset", "use_assets"]

_ASSETS = resources.files("maps") / "assets"

# Names match the files in maps/assets; URLs pin the same versions on a CDN.
_CDN = {
    "leaflet.js": "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js",
    "leaflet.css": "https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.css",
    "leaflet-heat.js": "https://cdn.jsdelivr.net/npm/leaflet.heat@0.2.0/dist/leaflet-heat.js",
}
# Our own script and style are always inlined: they are small and versioned with the code.
_OWN = ("incidentmap.css", "incidentmap-base.js", "incidentmap.js")

_CSS_IMAGE = re.compile(r"url\(images/([\w.-]+\.png)\)")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


class Asset(Element):
    """A script or stylesheet, inlined from ``maps/assets`` or linked to its CDN copy."""

    def __init__(self, name: str, *, offline: bool) -> None:
        super().__init__()
        self._name = f"incidentmap_{name}"
        self.asset = name
        self.offline = offline or name in _OWN

    def render(self, **kwargs: object) -> str:
        is_css = self.asset.endswith(".css")
        if self.offline:
            body = _inline_text(self.asset)
            return f"<style>{body}</style>" if is_css else f"<script>{body}</script>"
        url = _CDN[self.asset]
        if is_css:
            return f'<link rel="stylesheet" href="{url}"/>'
        return f'<script src="{url}"></script>'


def use_assets(m: folium.Map, *, offline: bool) -> None:
    """Make ``m`` load only the pinned assets, inline when ``offline``; idempotent.

    Call after every layer is added: elements added later would bring folium's CDN links
    back. Figures render their header children in insertion order, so Leaflet comes first.
    leaflet.heat is always included: 5 kB is cheaper than tracking whether a heat layer
    was added.
    """
    for element in _walk(m):
        if hasattr(element, "default_js"):
            element.default_js = []
            element.default_css = []
    names = ["leaflet.css", "leaflet.js", "leaflet-heat.js", *_OWN]
    figure: Figure = m.get_root()
    for name in names:
        figure.header.add_child(Asset(name, offline=offline), name=f"incidentmap_{name}")


def _walk(element: Element):
    yield element
    for child in element._children.values():
        yield from _walk(child)


@functools.cache
def _inline_text(name: str) -> str:
    text = (_ASSETS / name).read_text(encoding="utf-8")
    if name.endswith(".css"):
        return _CSS_IMAGE.sub(lambda match: f"url({_data_uri(match.group(1))})", text)
    # A source-map comment makes devtools ask for a file that is not there.
    text = _SOURCE_MAP.sub("", text)
    if "</script" in text.lower():
        raise RuntimeError(f"maps/assets/{name} contains '</script' and cannot be inlined")
    return text


def _data_uri(image: str) -> str:
    payload = base64.b64encode((_ASSETS / image).read_bytes()).decode("ascii")
    return f"data:image/png;base64,{payload}"
