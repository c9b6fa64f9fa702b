"""Maps of reports in Russian and French: Cyrillic and accented text reaches the popups
as written (not mangled, not turned into entities), escaped, and never as markup."""

from __future__ import annotations

import html
import json
import re

from maps import save

# Our own sentences: evidence stays in the report's language.
_RUSSIAN = "Полиция задержала «десятки» протестующих у акимата <script>alert(1)</script>"
_FRENCH = "Heurts près de la préfecture : « une dizaine » d'interpellations & <b>blessés</b>"
_PLACES = ("Караганда", "Saint-Étienne")


def _payload(page: str) -> dict:
    """The map's data blob, as the page's script reads it."""
    match = re.search(r'<script type="application/json" id="[^"]+">(.*?)</script>', page,
                      re.S)
    assert match, "no data blob in the page"
    return json.loads(match.group(1))


def _map(tmp_path, make_incidents) -> str:
    rows = [
        {"category": "unrest", "event_type": "Protests", "location_name": _PLACES[0],
         "country": "KZ", "lon": 73.1, "lat": 49.8, "evidence": _RUSSIAN, "language": "ru",
         "source": "ru-1", "event_date": "2024-03-04"},
        {"category": "unrest", "event_type": "Riots", "location_name": _PLACES[1],
         "country": "FR", "lon": 4.39, "lat": 45.43, "evidence": _FRENCH, "language": "fr",
         "source": "fr-1", "event_date": "2024-03-05"},
    ]
    path = save(make_incidents(rows), tmp_path / "map.html", offline=True)
    return path.read_text(encoding="utf-8")


def test_cyrillic_and_accented_text_is_kept_as_written(tmp_path, incident_factory):
    page = _map(tmp_path, incident_factory)
    strings = _payload(page)["strings"]
    shown = [html.unescape(fragment) for fragment in strings]
    for text in (_RUSSIAN, _FRENCH, *_PLACES):
        assert text in shown or any(text in value for value in shown), text
    # The letters themselves are in the file (UTF-8), not numeric entities.
    assert "Полиция задержала" in page and "préfecture" in page and "Караганда" in page
    assert "&#1055;" not in page and "&eacute;" not in page


def test_markup_in_the_text_is_escaped(tmp_path, incident_factory):
    page = _map(tmp_path, incident_factory)
    strings = _payload(page)["strings"]
    evidence = next(fragment for fragment in strings if "Полиция" in fragment)
    assert "<" not in evidence and ">" not in evidence
    assert "&lt;script&gt;" in evidence
    french = next(fragment for fragment in strings if "préfecture" in fragment)
    assert "<b>" not in french and "&amp;" in french
    # The text's script tag nowhere appears as markup.
    assert "<script>alert(1)</script>" not in page
    assert "<b>blessés</b>" not in page
