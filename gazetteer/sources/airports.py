"""Airports with an IATA code (airportsdata), linked to the city they serve, under the
names news gives them (airports-py).

airportsdata lists ~28,000 ICAO/FAA locations, most of them private strips and
heliports; only the ~7,900 with an IATA code — the ones news reports name — are kept.

Its official names are often not the ones news uses: Haneda is "Tokyo International
Airport" there, Fiumicino "Leonardo Da Vinci International Airport", Pearson "Toronto
Pearson International Airport" (a Mississauga airport). airports-py (MIT) ships
OurAirports' names ("Haneda Airport", "Pearson International Airport", public domain) and
the airport's English Wikipedia article title ("Rome_Fiumicino_Airport"). Both are read
the same way as the official name, where they say airport.

News names an airport by the distinctive part of its name: "London Heathrow Airport" is
"Heathrow" or "Heathrow Airport", "Chicago O'Hare International Airport" "O'Hare" or
"O'Hare International Airport", "John F. Kennedy International Airport" "Kennedy
Airport". :func:`short_names` derives these by dropping generic words and the served
city's name; the bare form is kept only when it is distinctive (see there).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Container, Iterator, Mapping
from typing import Any
from urllib.parse import unquote

import airportsdata

from ..geometry import haversine_km
from ..normalize import fold
from ..place import Place
from ._data import package_file
from .arabic import is_latin

_SERVES_KM = 80.0  # a same-named city farther than this from the runway is another city
# A town this close that bears the bare short name is what the name means ("Luton",
# "Boryspil"): the airport keeps only "Luton Airport" then.
_NAMESAKE_KM = 100.0
# Only the airports of big cities are known by a bare name ("Heathrow", "Schiphol"); of a
# small town's airfield the bare word is as likely a surname or a word ("Stewart", "State").
_BARE_SERVED_POPULATION = 500_000
# airports-py's record is the same airport when it lies this close to airportsdata's
# (its IATA codes are reused: an old code may now be another airfield's).
_SAME_AIRPORT_KM = 20.0
# A name from airports-py counts only with one of these words (folded) in it: its
# Wikipedia link sometimes points at the island or country ("Malta"), its name field at
# a base or a station.
_AIRPORT_WORDS = ("airport", "aeroport", "aeropuerto", "aeroporto")

# Words that say "airport" or rank it, not which one: dropped from official names.
_GENERIC = frozenset({
    "airport", "airports", "aeroporto", "aeropuerto", "aeroport", "aéroport", "airfield",
    "aerodrome", "airstrip", "airpark", "heliport", "international", "intercontinental",
    "intl", "int l",
    "regional", "municipal", "domestic", "national", "ntl", "metropolitan", "county",
})
# Words that name no particular airport on their own: a short name that is only these
# stays "<word> Airport" ("Capital Airport", "Liberty Airport"), never a bare word.
_PLAIN_WORDS = frozenset({
    "air", "base", "capital", "central", "city", "downtown", "east", "eastern", "executive",
    "field", "general", "grand", "great", "harbor", "harbour", "industrial", "island",
    "islands", "lake", "liberty", "love", "memorial", "new", "north", "northeast",
    "northern", "northwest", "ocean",
    "old", "point", "port", "republic", "river", "runway", "south", "southern", "state",
    "southeast", "southwest", "station", "union", "valley", "west", "western",
})
# The generic words news keeps after a name ("O'Hare International Airport"): spelled
# out, not abbreviated ("Ntl", "Intl").
_SPELLED = {"international": "International", "intl": "International",
            "national": "National", "ntl": "National", "regional": "Regional",
            "municipal": "Municipal"}
_WORD = re.compile(r"[^\s/]+")
_BRACKETS = re.compile(r"\([^)]*\)?")
_DASHES = re.compile(r"\s*[–—]\s*|(?<=\S)-(?=\S)")


def airport_places(city_index: Mapping[tuple[str, str], list[Place]],
                   taken: Container[str] = ()) -> Iterator[Place]:
    """Yield ``airport`` places; ``parent`` is the id of the city the airport serves.

    Parameters
    ----------
    city_index
        ``(country, folded city name) -> cities``, to find the served city by the
        name airportsdata gives, nearest first.
    taken
        Folded names a bare short name must not take over: countries, divisions,
        regions and cities big enough that the name means them.
    """
    known = _news_names()
    by_other_name: dict[tuple[str, str], list[Place]] | None = None
    for iata, rec in airportsdata.load("IATA").items():
        lat, lon = float(rec["lat"]), float(rec["lon"])
        city = rec.get("city") or ""
        served = _served_city(city_index, rec["country"], city, lat, lon)
        if served is None and city:
            # airportsdata's "New York" is GeoNames' "New York City" by another name.
            by_other_name = by_other_name or _by_other_name(city_index)
            served = _served_city(by_other_name, rec["country"], city, lat, lon)
        served_population = served.population if served else 0
        other = known.get(iata)
        if other is not None and haversine_km(lat, lon, other["latitude"],
                                              other["longitude"]) > _SAME_AIRPORT_KM:
            other = None
        cities = [name for name in (city, served.name if served else "") if name]
        alternates = [f"{city} Airport"] if city else []
        names = _names_of(rec["name"], other)
        # Bare names come from the official name alone: the other names' bare cores are
        # too often a person ("Atatürk", "Copernicus", "Bandaranaike") or a word ("Civil",
        # "Ville") to stand alone.
        forms = [(name, False) for name in names[1:]] + [
            (short, bare) for name in names for short, bare in short_names(name, *cities)
            if not bare or name == rec["name"]]
        for short, bare in forms:
            if bare and (" " in short or served_population < _BARE_SERVED_POPULATION
                         or fold(short) in taken
                         or _namesake_near(city_index, rec["country"], short, lat, lon)):
                continue
            if short not in alternates and short != rec["name"]:
                alternates.append(short)
        # "JFK Airport", "LAX airport": the code with the word is a name, not a code.
        alternates.append(f"{iata} Airport")
        codes = [iata] + ([rec["icao"]] if rec.get("icao") else [])
        yield Place(
            id=f"iata:{iata}", name=rec["name"], lat=lat, lon=lon, kind="airport",
            country=rec["country"], admin1=rec.get("subd") or "",
            alternate_names=tuple(alternates), feature_code="AIRP", source="airportsdata",
            parent=served.id if served else "",
            extra={"codes": codes, "iata": iata, "icao": rec.get("icao") or "", "city": city,
                   "served_population": served_population},
        )


def _news_names() -> dict[str, dict[str, Any]]:
    """airports-py's records by IATA code: OurAirports' name, size class, Wikipedia page."""
    with gzip.open(package_file("airports", "data", "airports.gz"), "rt",
                   encoding="utf-8") as handle:
        return {r["iata"]: r for r in json.load(handle) if r.get("iata")}


def _names_of(official: str, other: Mapping[str, Any] | None) -> list[str]:
    """The airport's official name, OurAirports' name and its Wikipedia article's title
    ("Rome_Fiumicino_Airport" → "Rome Fiumicino Airport"; a disambiguation in brackets
    dropped) where they are in Latin script and say airport, without repeats."""
    names = [official]
    if other is not None:
        page = (other.get("wikipedia") or "").rstrip("/").rpartition("/wiki/")[2]
        for name in (other.get("airport") or "",
                     _BRACKETS.sub(" ", unquote(page).replace("_", " ")).strip()):
            if is_latin(name) and any(word in fold(name) for word in _AIRPORT_WORDS):
                names.append(name)
    return list(dict.fromkeys(names))


def short_names(official: str, *cities: str) -> list[tuple[str, bool]]:
    """Return the short names news uses for an airport, each with whether it is bare.

    The core is the name less generic words ("International", "Airport") and less the
    served city's name (any of ``cities``) where it opens or closes the name or is joined
    to it by a dash ("London Heathrow Airport" → "Heathrow", "Paris-Orly Airport" →
    "Orly", "Ronald Reagan Washington National Airport" → "Ronald Reagan"). It yields
    "<core> Airport", the core with the generic words that follow it in the name
    ("O'Hare International Airport"), the same two with only the last word of a longer
    core, a surname ("Kennedy Airport"), and the bare core (``True``), unless the city closed
    the name: "Copernicus Wrocław Airport" is named after a person, who keeps the bare name.
    A core of plain words alone ("Capital") yields nothing. The caller keeps a bare core
    only where it is distinctive (:func:`airport_places`).

    >>> short_names("London Heathrow Airport", "London")
    [('Heathrow Airport', False), ('Heathrow', True)]
    >>> short_names("John F. Kennedy International Airport", "New York")[:4]
    [('John F. Kennedy Airport', False), ('John F. Kennedy International Airport', False), \
('Kennedy Airport', False), ('Kennedy International Airport', False)]
    """
    parts = _parts(_BRACKETS.sub(" ", official))
    kept = [i for i, (word, _) in enumerate(parts) if fold(word) not in _GENERIC]
    if not kept:
        return []
    tail = [_SPELLED.get(fold(word), word.title()) for word, _ in parts[kept[-1] + 1:]
            if fold(word) in _GENERIC]
    core, dedicated = _without_city([parts[i] for i in kept], cities)
    words = _joined(core).split()
    if not words or all(fold(word) in _PLAIN_WORDS for word in words) or fold(
            " ".join(words)) in {fold(city) for city in cities}:
        return []
    text = " ".join(words).strip(" -,")
    ending = " ".join(tail) if tail and tail[-1] == "Airport" and len(tail) > 1 else ""
    found = [(f"{text} Airport", False)] + ([(f"{text} {ending}", False)] if ending else [])
    last = words[-1]
    if len(words) > 1 and _surname_like(last):
        found.append((f"{last} Airport", False))
        found += [(f"{last} {ending}", False)] if ending else []
    if len(fold(text)) > 3 and not dedicated:
        found.append((text, True))
    return found


def _parts(name: str) -> list[tuple[str, bool]]:
    """The name's words split at dashes, each with whether a dash joins it to the one
    before ("Paris-Orly" → ("Paris", False), ("Orly", True))."""
    out: list[tuple[str, bool]] = []
    for word in _WORD.findall(name.replace(" - ", " ")):
        for k, part in enumerate(_DASHES.split(word)):
            if part:
                out.append((part, k > 0))
    return out


def _without_city(core: list[tuple[str, bool]], cities: tuple[str, ...],
                  ) -> tuple[list[tuple[str, bool]], bool]:
    """Drop a city's words where they open or close the core, or stand joined by a dash
    to the rest ("Adolfo Suárez Madrid-Barajas" → "Adolfo Suárez Barajas"); say whether
    they closed it ("Copernicus Wrocław": a dedication, the name of a person)."""
    folded = [fold(word) for word, _ in core]
    for city in cities:
        target = fold(city.replace("-", " ")).split()
        n = len(target)
        if not n or n >= len(core):
            continue
        for i in range(len(core) - n + 1):
            if folded[i:i + n] != target:
                continue
            dashed = (i + n < len(core) and core[i + n][1]) or (i > 0 and core[i][1])
            if i == 0 or i + n == len(core) or dashed:
                rest = core[:i] + core[i + n:]
                if i < len(rest):  # the word after the city no longer hangs on a dash
                    rest[i] = (rest[i][0], False)
                return rest, i > 0 and i + n == len(core) and not dashed
    return core, False


def _joined(parts: list[tuple[str, bool]]) -> str:
    text = ""
    for word, dashed in parts:
        text += ("-" if dashed and text else " ") + word
    return text.strip()


def _surname_like(word: str) -> bool:
    """A last word that can stand for the whole name ("Kennedy", "O'Hare"), not an
    initial, a number or a plain word."""
    letters = word.replace("'", "").replace("-", "")
    return (word[:1].isupper() and letters.isalpha() and len(fold(word)) > 3
            and fold(word) not in _PLAIN_WORDS)


def _by_other_name(city_index: Mapping[tuple[str, str], list[Place]],
                   ) -> dict[tuple[str, str], list[Place]]:
    """``(country, folded other name) -> cities`` of the cities in ``city_index``."""
    index: dict[tuple[str, str], list[Place]] = {}
    for (country, _), places in city_index.items():
        for place in places:
            for name in place.alternate_names:
                index.setdefault((country, fold(name)), []).append(place)
    return index


def _namesake_near(city_index: Mapping[tuple[str, str], list[Place]], country: str,
                   name: str, lat: float, lon: float) -> bool:
    return any(haversine_km(lat, lon, p.lat, p.lon) < _NAMESAKE_KM
               for p in city_index.get((country, fold(name)), ()))


def _served_city(city_index: Mapping[tuple[str, str], list[Place]], country: str,
                 city: str, lat: float, lon: float) -> Place | None:
    near = [(haversine_km(lat, lon, p.lat, p.lon), p)
            for p in city_index.get((country, fold(city)), ())]
    near = [pair for pair in near if pair[0] < _SERVES_KM]
    return min(near, key=lambda pair: pair[0])[1] if near else None
