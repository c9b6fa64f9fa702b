"""Looking places up: :class:`Gazetteer`, a read-only view of the store and user layers.

Length: one class, the gazetteer's whole public API (candidates, lookup, get, nearest,
reverse, prominent places, demonyms, airports, names, layers, info), over one pair of
connections and one set of caches that the methods share.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import warnings
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import _query, layers, store
from .build import build as build_gazetteer
from .build import default_path
from .errors import (
    GazetteerCorrupt,
    GazetteerMissing,
    GazetteerStale,
    PlaceNotFound,
    UnknownCountryError,
)
from .geometry import haversine_km
from .normalize import fold
from .place import KINDS, Place, PlacePoint
from .sources import builtin

logger = logging.getLogger(__name__)

_LAYER_BONUS = 100.0   # user layers outrank built-in places of the same name
_NAME_BONUS = 0.3      # the place's own name beats an alternate spelling
_EXACT_BONUS = 0.2     # ...and the exact spelling beats a folded match
_CODE_BONUS = 5.0      # "ALA" in capitals means the code, not a city's alias
_SERVES_KM = 50.0      # airports this close to a place serve it, linked or not
_LOOKUP_TYPES = (store.NAME, store.ALT, store.CODE)

Candidate = tuple[float, bool, int, Place]  # (score, from a layer, name type, place)


class Gazetteer:
    """An offline gazetteer: ranked name look-up, reverse look-up and user layers.

    Open it with :meth:`open`; it is read-only, cheap to share between threads and
    pickles as its paths (a Dask worker reopens the same files).

    Examples
    --------
    >>> gaz = Gazetteer.open()  # doctest: +SKIP
    >>> gaz.lookup("Alma-Ata").country  # doctest: +SKIP
    'KZ'
    """

    def __init__(self, path: str | Path, *, layers_path: str | Path | None = None) -> None:
        self._path = Path(path)
        self._con, self._meta = store.open_readonly(self._path)
        self._layers_path = (Path(layers_path) if layers_path is not None
                             else layers.layers_path_for(self._path, default_path()))
        self._layers = layers.open_layers(self._layers_path)
        self._names: frozenset[str] | None = None
        # The folded codes (layers' too) and demonyms, read with the names: see
        # _candidates_uncached and _demonym_uncached.
        self._codes: frozenset[str] = frozenset()
        self._demonym_keys: frozenset[str] = frozenset()
        # Built-in countries and divisions a layer's own replaces (found on first use).
        self._replaced: dict[str, str] | None = None
        self._candidates = lru_cache(maxsize=100_000)(self._candidates_uncached)
        self._country_code = lru_cache(maxsize=1024)(self._country_code_uncached)
        # A box search per call costs milliseconds; texts name the same cities again.
        self._airports = lru_cache(maxsize=10_000)(self._airports_serving_uncached)
        # The geoparser asks for every capitalised word that may be an adjective, and
        # news repeats its demonyms: one query per folded word.
        self._demonyms = lru_cache(maxsize=10_000)(self._demonym_uncached)

    @classmethod
    def open(cls, path: str | Path | None = None, *, build: bool = True,
             progress: bool = False) -> Gazetteer:
        """Open a gazetteer, building the built-in one first when needed.

        Parameters
        ----------
        path
            A gazetteer file; the default cached one when ``None``.
        build
            Build (or rebuild) the file when it is missing, stale or corrupt.
            With ``False`` those raise instead.
        progress
            Show a progress bar while building.

        Raises
        ------
        GazetteerMissing, GazetteerCorrupt
            Only when ``build`` is false.
        """
        target = Path(path) if path is not None else default_path()
        try:
            gazetteer = cls(target)
        except GazetteerStale:
            if not build:
                raise
        except GazetteerCorrupt as err:
            if not build:
                raise
            warnings.warn(f"{err}; rebuilding it", stacklevel=2)
        except GazetteerMissing:
            if not build:
                raise
        else:
            if not build or gazetteer._meta.get("origin") != "builtin":
                return gazetteer
            if all(gazetteer._meta.get(k) == v for k, v in builtin.source_versions().items()):
                return gazetteer
            gazetteer.close()
        build_gazetteer(target, progress=progress)
        return cls(target)

    @property
    def path(self) -> Path:
        """The gazetteer file."""
        return self._path

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        return (_reopen, (str(self._path), str(self._layers_path)))

    def __repr__(self) -> str:
        return f"Gazetteer({str(self._path)!r})"

    def close(self) -> None:
        """Close the database connections."""
        self._con.close()
        if self._layers is not None:
            self._layers.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- name look-up ---------------------------------------------------------------

    def candidates(self, name: str, *, country: str | None = None,
                   kind: str | Iterable[str] | None = None, admin1: str | None = None,
                   near: tuple[float, float] | None = None, limit: int = 20) -> list[Place]:
        """Return places called ``name``, best first.

        Names match case- and accent-blind, by transliteration ("Алматы") and by
        alternate names and codes ("Alma-Ata", "ALA"); a leading "the" is optional.
        Ranking: user layers first, then a prior from kind and population; with
        ``near`` the closest first instead.

        Parameters
        ----------
        name
            The name to look up.
        country
            ISO 3166-1 alpha-2 or alpha-3 code, or a country name.
        kind
            One kind or several (see :data:`gazetteer.place.KINDS`).
        admin1
            First-level division name or code ("Illinois", "IL").
        near
            ``(lat, lon)``: rank by great-circle distance from it.
        limit
            At most this many places.

        Raises
        ------
        ValueError
            For an empty or blank name or an unknown kind.
        UnknownCountryError
            When ``country`` is no known code or country name.
        """
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"a place name must be a non-empty string, not {name!r}")
        folded = fold(name)
        found = self._candidates(folded)
        if not found and folded.startswith("the "):
            found = self._candidates(folded[4:])
        wanted = name.strip()
        ranked = [(score + _bonus(wanted, kind_, place), layer, place)
                  for score, layer, kind_, place in found]
        ranked = self._filter(ranked, country=country, kind=kind, admin1=admin1)
        if near is not None:
            lat, lon = near
            ranked.sort(key=lambda c: (not c[1], haversine_km(lat, lon, c[2].lat, c[2].lon)))
        else:
            ranked.sort(key=lambda c: -c[0])
        return [place for _, _, place in ranked[:limit]]

    def lookup(self, name: str, **filters: Any) -> Place:
        """Return the best place for ``name`` (see :meth:`candidates` for filters).

        Raises
        ------
        PlaceNotFound
            A :class:`LookupError` when nothing matches.
        """
        found = self.candidates(name, limit=1, **filters)
        if not found:
            detail = ", ".join(f"{k}={v!r}" for k, v in filters.items() if v is not None)
            raise PlaceNotFound(f"no place named {name!r}" + (f" ({detail})" if detail else ""))
        return found[0]

    def candidates_folded(self, folded: str, limit: int = 20) -> tuple[Place, ...]:
        """Hot path for the geoparser: places for an already :func:`fold`-ed name.

        Cached (LRU); no filters and no capitals rule — ranked by layer and prior.
        """
        return tuple(c[3] for c in self._candidates(folded)[:limit])

    def names(self) -> frozenset[str]:
        """Return every folded name and alternate name (not codes or demonyms).

        For the geoparser's first pass over text; loaded once per instance. Once loaded,
        it is this instance's view of the names: a look-up of a name outside it (or a
        code or demonym outside those read with it) is answered without a query, so
        places another process adds later (``incidentmap gazetteer add``) are seen by a
        newly opened gazetteer; :meth:`add_layer` on this instance reloads them.
        """
        if self._names is None:
            sql = "SELECT DISTINCT folded FROM names WHERE type IN (?, ?)"
            found = {row[0] for row in self._con.execute(sql, (store.NAME, store.ALT))}
            if self._layers is not None:
                found.update(r[0] for r in self._layers.execute(sql, (store.NAME, store.ALT)))
            self._names = frozenset(found)
            # Read here, once, for the look-ups' checks; a forked worker inherits them.
            codes: set[str] = set()
            demonyms: set[str] = set()
            for con, is_layer in self._connections():
                for folded, name_type in _query.folded_of_types(con, (store.CODE,
                                                                      store.DEMONYM)):
                    if name_type == store.CODE:
                        codes.add(folded)
                    elif not is_layer:  # demonyms are read from the built-in data only
                        demonyms.add(folded)
            self._codes, self._demonym_keys = frozenset(codes), frozenset(demonyms)
        return self._names

    def demonym(self, word: str) -> Place | None:
        """Return the country a demonym or adjective refers to ("Kazakh", "French").

        Plurals ("Kazakhs", "Americans") are accepted.
        """
        return self._demonyms(fold(word))

    def _demonym_uncached(self, folded: str) -> Place | None:
        types = (store.DEMONYM,) * 3
        for key in (folded, folded[:-1] if folded.endswith("s") else None):
            # Once names() is loaded, a word that is no demonym (most words asked) needs
            # no query. "American" is also the demonym of US territories: the most
            # populous wins.
            found = (list(_query.by_name(self._con, key, types))
                     if key and (self._names is None or key in self._demonym_keys) else [])
            if found:
                return max(found, key=lambda hit: hit[1])[2]
        return None

    def country(self, country: str) -> Place:
        """Return the country for an ISO 3166-1 alpha-2/alpha-3 code or a country name.

        Raises
        ------
        UnknownCountryError
            When it is none of those.
        """
        code = self._country_code(country)
        place = self._one("kind = 'country' AND country = ? AND feature_code != 'PCLH'",
                          (code,))
        if place is None:  # a user layer named a country the built-in data lacks
            raise UnknownCountryError(f"no country place for {country!r}")
        return place

    def get(self, place_id: str) -> Place | None:
        """Return the place with this id (a user layer's copy first), or ``None``.

        A built-in country or division that a layer's own replaces (see
        :func:`gazetteer.layers.taken_over`) is returned as the layer's.
        """
        for con in self._connections():
            place = _query.by_id(con[0], place_id)
            if place is not None and (con[1] or place_id not in self._taken_over()):
                return place
        replacement = self._taken_over().get(place_id)
        return None if replacement is None else self.get(replacement)

    # -- points ---------------------------------------------------------------------

    def nearest(self, lat: float, lon: float, *,
                kind: str | Iterable[str] | None = None) -> Place | None:
        """Return the place nearest to ``(lat, lon)`` by great-circle distance."""
        found = self._nearest(lat, lon, _kinds(kind))
        return None if found is None else found[1]

    def reverse(self, lat: float, lon: float) -> dict[str, Any]:
        """Return the nearest populated place to a point, with its admin1 and country.

        Returns
        -------
        dict
            ``place`` (nearest city or user place, or ``None``), ``distance_km``,
            ``admin1`` (the division's :class:`Place` or ``None``) and ``country``.
        """
        found = self._nearest(lat, lon, frozenset({"city", "landmark", "checkpoint"}))
        if found is None:
            return {"place": None, "distance_km": None, "admin1": None, "country": None}
        dist, place = found
        country = self._one("kind = 'country' AND country = ?", (place.country,))
        admin1 = self.get(place.parent) if place.parent else None
        if (admin1 is None or admin1.kind != "admin1") and place.admin1:
            admin1 = self._one("kind = 'admin1' AND country = ? AND name = ?",
                               (place.country, place.admin1))
        return {"place": place, "distance_km": dist, "admin1": admin1, "country": country}

    def prominent_places(self, box: tuple[float, float, float, float], *,
                         kind: str | Iterable[str] | None = None, min_population: int = 0,
                         limit: int | None = None) -> list[PlacePoint]:
        """Return the most populous places of ``kind`` inside ``box``, largest first.

        For labelling a map: only each place's id, name, point, kind and population are
        read, so tens of thousands cost milliseconds. User layers' places count like
        built-in ones; a layer's copy of a place, and a layer's country or division that
        takes over a built-in one (see :func:`gazetteer.layers.taken_over`), stand for
        it, as in look-ups.

        Parameters
        ----------
        box
            ``(west, south, east, north)`` in degrees, with ``west <= east`` (a box over
            the antimeridian is two calls).
        kind
            One kind or several (see :data:`gazetteer.place.KINDS`); every kind when
            ``None``.
        min_population
            Leave out smaller places.
        limit
            At most this many places.

        Returns
        -------
        list of PlacePoint
            Most populous first; places of equal population in the order of the user
            layers, then of the built-in store.

        Raises
        ------
        ValueError
            For an unknown kind or a box whose edges are out of order.
        """
        kinds = _kinds(kind)
        west, south, east, north = box
        if not (west <= east and south <= north):
            raise ValueError(f"box {box!r} is not (west, south, east, north) with "
                             "west <= east and south <= north")
        found: list[PlacePoint] = []
        for con, is_layer in self._connections():
            # Layers can hide built-in places: the limit applies once those are dropped.
            hidable = not is_layer and self._layers is not None
            rows = _query.largest_in_box(con, box, kinds, min_population,
                                         None if hidable else limit)
            if hidable:
                hidden = self._taken_over().keys() | _query.known_ids(
                    self._layers, [row[0] for row in rows])
                rows = [row for row in rows if row[0] not in hidden]
            found.extend(map(PlacePoint._make, rows))
        if self._layers is not None:  # one store's rows come sorted already
            found.sort(key=lambda place: -place.population)  # stable: ties keep their order
        return found[:limit]

    def airports_serving(self, place: Place) -> list[Place]:
        """Return the airports serving a place, the one a reader means first.

        An airport serves a place when it is linked to it or lies within 50 km. Order:
        linked to the place, then serving the most people (an international airport
        names its city; an airfield near it serves a village), then nearest. So
        "Almaty airport" / "the airport near Almaty" resolve to ALA.
        """
        return list(self._airports(place))

    def _airports_serving_uncached(self, place: Place) -> tuple[Place, ...]:
        found: dict[str, tuple[float, Place]] = {}
        for con, _ in self._connections():
            for airport in _query.where(con, "parent = ? AND kind = 'airport'", (place.id,)):
                found[airport.id] = (haversine_km(place.lat, place.lon, airport.lat,
                                                  airport.lon), airport)
            for dist, airport in _query.in_radius(con, place.lat, place.lon, _SERVES_KM,
                                                  frozenset({"airport"})):
                found.setdefault(airport.id, (dist, airport))
        return tuple(airport for dist, airport in sorted(
            found.values(), key=lambda p: (p[1].parent != place.id,
                                           -(p[1].extra.get("served_population") or 0),
                                           p[0])))

    # -- user layers and info -------------------------------------------------------

    def add_layer(self, path: str | Path, *, name: str | None = None,
                  kind: str | None = None) -> int:
        """Import a CSV, GeoJSON, GeoNames dump or ``.osm.pbf`` as a user layer.

        The layer is written in one transaction into the user-layers file beside the
        gazetteer and outranks built-in places of the same name. Re-adding a layer of
        the same name replaces it.

        Parameters
        ----------
        path
            The file to import.
        name
            Layer name; the file's stem by default.
        kind
            Kind for places whose file does not say (e.g. ``"landmark"``).

        Returns
        -------
        int
            How many places were imported.

        Raises
        ------
        SourceFormatError
            Naming the file and line, for a missing or malformed file; nothing is
            imported then.
        """
        source = Path(path)
        if kind is not None:
            _kinds(kind)
        layer = name or source.name.split(".")[0]
        reader = layers.reader_for(source, resolve=self.get)
        places = reader(source, layer=layer, kind=kind)
        count = layers.write_layer(self._layers_path, places, name=layer,
                                   source_path=source.resolve())
        if self._layers is not None:
            self._layers.close()
        self._layers = layers.open_layers(self._layers_path)
        self._names = None
        self._replaced = None
        self._candidates.cache_clear()
        self._airports.cache_clear()
        return count

    def info(self) -> dict[str, Any]:
        """Describe the gazetteer: path, size, schema, sources, counts by kind, layers."""
        by_kind = dict(self._con.execute("SELECT kind, count(*) FROM places GROUP BY kind"))
        meta = dict(self._meta)
        return {"path": str(self._path), "size_bytes": self._path.stat().st_size,
                "schema": int(meta.pop("schema")), "places": int(meta.pop("places")),
                "by_kind": by_kind, "sources": {k: v for k, v in meta.items()
                                                if k != "complete"},
                "layers_path": str(self._layers_path),
                "layers": layers.list_layers(self._layers)}

    # -- internals ------------------------------------------------------------------

    def _connections(self) -> list[tuple[sqlite3.Connection, bool]]:
        cons = [(self._layers, True)] if self._layers is not None else []
        return [*cons, (self._con, False)]

    def _taken_over(self) -> dict[str, str]:
        if self._replaced is None:
            self._replaced = layers.taken_over(self._layers, self._con)
        return self._replaced

    def _candidates_uncached(self, folded: str) -> tuple[Candidate, ...]:
        if self._names is not None and folded not in self._names and folded not in self._codes:
            # Once names() is loaded (the geoparser loads it), a word no place bears as a
            # name or code needs no query: recognition asks for many such words, and the
            # queries were 4 % of the geoparser's CPU.
            return ()
        best: dict[str, Candidate] = {}
        replaced = self._taken_over()
        for con, is_layer in self._connections():
            for kind_, prior, place in _query.by_name(con, folded, _LOOKUP_TYPES):
                if not is_layer and place.id in replaced:
                    continue  # a layer's own country or division stands for it
                score = prior + (_LAYER_BONUS if is_layer else 0.0)
                score += _NAME_BONUS if kind_ == store.NAME else 0.0
                if place.id not in best or (is_layer and not best[place.id][1]) or (
                        best[place.id][1] == is_layer and score > best[place.id][0]):
                    best[place.id] = (score, is_layer, kind_, place)
        return tuple(sorted(best.values(), key=lambda c: -c[0]))

    def _filter(self, ranked: list[tuple[float, bool, Place]], *, country: str | None,
                kind: str | Iterable[str] | None,
                admin1: str | None) -> list[tuple[float, bool, Place]]:
        if country is not None:
            code = self._country_code(country)
            ranked = [c for c in ranked if c[2].country == code]
        if kind is not None:
            kinds = _kinds(kind)
            ranked = [c for c in ranked if c[2].kind in kinds]
        if admin1 is not None:
            wanted = {fold(admin1)} | {fold(p.name) for _, _, k, p in self._candidates(fold(admin1))
                                       if p.kind == "admin1" and k == store.CODE}
            ranked = [c for c in ranked if fold(c[2].admin1) in wanted
                      or (c[2].kind == "admin1" and fold(c[2].name) in wanted)]
        return ranked

    def _country_code_uncached(self, country: str) -> str:
        text = country.strip()
        if len(text) == 2 and text.isalpha() and self._one(
                "kind = 'country' AND country = ?", (text.upper(),)):
            return text.upper()
        for _, _, _, place in self._candidates(fold(text)) if text else ():
            if place.kind == "country":
                return place.country
        raise UnknownCountryError(
            f"unknown country {country!r}: expected an ISO 3166-1 alpha-2 code ('KZ'), "
            "an alpha-3 code ('KAZ') or a country name ('Kazakhstan')")

    def _one(self, clause: str, args: tuple) -> Place | None:
        for con, _ in self._connections():
            found = _query.where(con, clause + " LIMIT 1", args)
            if found:
                return found[0]
        return None

    def _nearest(self, lat: float, lon: float,
                 kinds: frozenset[str] | None) -> tuple[float, Place] | None:
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or math.isnan(lat + lon):
            raise ValueError(f"({lat}, {lon}) is not a (lat, lon) point in degrees")
        found = [hit for con, _ in self._connections()
                 if (hit := _query.nearest(con, lat, lon, kinds)) is not None]
        return min(found, key=lambda hit: hit[0]) if found else None


def _bonus(wanted: str, name_type: int, place: Place) -> float:
    if name_type == store.CODE and wanted.isupper():
        return _CODE_BONUS
    return _EXACT_BONUS if place.name == wanted else 0.0


def _kinds(kind: str | Iterable[str] | None) -> frozenset[str] | None:
    if kind is None:
        return None
    kinds = frozenset([kind] if isinstance(kind, str) else kind)
    unknown = kinds - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind {sorted(unknown)}: expected one of {', '.join(KINDS)}")
    return kinds


def _reopen(path: str, layers_path: str) -> Gazetteer:
    return Gazetteer(path, layers_path=layers_path)
