"""Airports with an IATA code (airportsdata), linked to the city they serve.

airportsdata lists ~28,000 ICAO/FAA locations, most of them private strips and
heliports; only the ~7,900 with an IATA code — the ones news reports name — are kept.

News names an airport by the distinctive part of its official name: "London Heathrow
Airport" is "Heathrow" or "Heathrow Airport", "Sheremetyevo International Airport"
"Sheremetyevo". :func:`short_names` derives these by dropping generic words and the
served city's name; the bare form is kept only when it is distinctive (see there).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping

import airportsdata

from ..geometry import haversine_km
from ..normalize import fold
from ..place import Place

_SERVES_KM = 80.0  # a same-named city farther than this from the runway is another city
# A town this close that bears the bare short name is what the name means ("Luton",
# "Boryspil"): the airport keeps only "Luton Airport" then.
_NAMESAKE_KM = 100.0
# Only the airports of big cities are known by a bare name ("Heathrow", "Schiphol"); of a
# small town's airfield the bare word is as likely a surname or a word ("Stewart", "State").
_BARE_SERVED_POPULATION = 500_000

# Words that say "airport" or rank it, not which one: dropped from official names.
_GENERIC = frozenset({
    "airport", "airports", "aeroporto", "aeropuerto", "aeroport", "aéroport", "airfield",
    "aerodrome", "airstrip", "airpark", "heliport", "international", "intl", "int l",
    "regional", "municipal", "domestic", "national", "ntl", "metropolitan", "county",
})
# Words that name no particular airport on their own: a short name that is only these
# stays "<word> Airport" ("Capital Airport", "Liberty Airport"), never a bare word.
_PLAIN_WORDS = frozenset({
    "air", "base", "capital", "central", "city", "downtown", "east", "eastern", "executive",
    "field", "general", "grand", "great", "harbor", "harbour", "industrial", "island",
    "islands", "lake", "liberty", "love", "memorial", "new", "north", "northern", "ocean",
    "old", "point", "port", "republic", "river", "runway", "south", "southern", "state",
    "station", "union", "valley", "west", "western",
})
_WORD = re.compile(r"[^\s/]+")
_BRACKETS = re.compile(r"\([^)]*\)?")


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
    for iata, rec in airportsdata.load("IATA").items():
        lat, lon = float(rec["lat"]), float(rec["lon"])
        city = rec.get("city") or ""
        served = _served_city(city_index, rec["country"], city, lat, lon)
        alternates = [f"{city} Airport"] if city else []
        served_population = served.population if served else 0
        for short, bare in short_names(rec["name"], city):
            if bare and (served_population < _BARE_SERVED_POPULATION or fold(short) in taken
                         or _namesake_near(city_index, rec["country"], short, lat, lon)):
                continue
            if short not in alternates and short != rec["name"]:
                alternates.append(short)
        codes = [iata] + ([rec["icao"]] if rec.get("icao") else [])
        yield Place(
            id=f"iata:{iata}", name=rec["name"], lat=lat, lon=lon, kind="airport",
            country=rec["country"], admin1=rec.get("subd") or "",
            alternate_names=tuple(alternates), feature_code="AIRP", source="airportsdata",
            parent=served.id if served else "",
            extra={"codes": codes, "iata": iata, "icao": rec.get("icao") or "", "city": city,
                   "served_population": served_population},
        )


def short_names(official: str, city: str) -> list[tuple[str, bool]]:
    """Return the short names news uses for an airport, each with whether it is bare.

    The core is the official name less generic words ("International", "Airport") and
    less the served city's name where it opens the name ("London Heathrow Airport" →
    "Heathrow", "Paris-Orly Airport" → "Orly"). It yields "<core> Airport" and, for a
    one-word core, the bare core (``True``); a longer core is often a person ("John F
    Kennedy", "Ben Gurion") and stays "<core> Airport" only, as does a core of plain words
    alone ("Capital"). The caller keeps a bare core only for a big city's airport and
    where it names no town, division or country.

    >>> short_names("London Heathrow Airport", "London")
    [('Heathrow Airport', False), ('Heathrow', True)]
    >>> short_names("John F Kennedy International Airport", "New York")
    [('John F Kennedy Airport', False)]
    """
    words = _WORD.findall(_BRACKETS.sub(" ", official).replace(" - ", " "))
    city_words = [w.lower() for w in _WORD.findall(city.replace("-", " "))]
    core = [w for w in words if fold(w) not in _GENERIC]
    if city_words and _opens_with(core, city_words):
        core = _drop_city(core, city_words)
    if all(fold(word) in _PLAIN_WORDS for word in core) or fold(" ".join(core)) in {
            fold(city), ""}:
        return []
    text = " ".join(core).strip(" -,")
    found = [(f"{text} Airport", False)]
    if len(core) == 1 and len(fold(text)) > 3:
        found.append((text, True))
    return found


def _opens_with(core: list[str], city_words: list[str]) -> bool:
    joined = " ".join(core).lower().replace("-", " ")
    return joined.startswith(" ".join(city_words) + " ")


def _drop_city(core: list[str], city_words: list[str]) -> list[str]:
    """Drop the city's words from the front ("Paris-Orly" is one word: keep "Orly")."""
    rest = " ".join(core).replace("-", " ").split()[len(city_words):]
    return rest


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
