"""Airports with an IATA code (airportsdata), linked to the city they serve.

airportsdata lists ~28,000 ICAO/FAA locations, most of them private strips and
heliports; only the ~7,900 with an IATA code — the ones news reports name — are kept.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import airportsdata

from ..geometry import haversine_km
from ..normalize import fold
from ..place import Place

_SERVES_KM = 80.0  # a same-named city farther than this from the runway is another city


def airport_places(city_index: Mapping[tuple[str, str], list[Place]]) -> Iterator[Place]:
    """Yield ``airport`` places; ``parent`` is the id of the city the airport serves.

    Parameters
    ----------
    city_index
        ``(country, folded city name) -> cities``, to find the served city by the
        name airportsdata gives, nearest first.
    """
    for iata, rec in airportsdata.load("IATA").items():
        lat, lon = float(rec["lat"]), float(rec["lon"])
        city = rec.get("city") or ""
        served = _served_city(city_index, rec["country"], city, lat, lon)
        alternates = (f"{city} Airport",) if city else ()
        codes = [iata] + ([rec["icao"]] if rec.get("icao") else [])
        yield Place(
            id=f"iata:{iata}", name=rec["name"], lat=lat, lon=lon, kind="airport",
            country=rec["country"], admin1=rec.get("subd") or "",
            alternate_names=alternates, feature_code="AIRP", source="airportsdata",
            parent=served.id if served else "",
            extra={"codes": codes, "iata": iata, "icao": rec.get("icao") or "", "city": city,
                   "served_population": served.population if served else 0},
        )


def _served_city(city_index: Mapping[tuple[str, str], list[Place]], country: str,
                 city: str, lat: float, lon: float) -> Place | None:
    near = [(haversine_km(lat, lon, p.lat, p.lon), p)
            for p in city_index.get((country, fold(city)), ())]
    near = [pair for pair in near if pair[0] < _SERVES_KM]
    return min(near, key=lambda pair: pair[0])[1] if near else None
