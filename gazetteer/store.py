"""The SQLite store: schema, bulk writing, validation and read-only opening.

One file holds ``places`` (one row per place), ``names`` (every folded name, code
and demonym pointing at its place, typed) and ``geo`` (an R*Tree of points for
nearest-place queries). ``PRAGMA user_version`` carries :data:`SCHEMA`; the
``meta`` table carries the source package versions and a ``complete`` stamp
written last, so a file cut short is never taken for a gazetteer.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

from .errors import GazetteerCorrupt, GazetteerMissing, GazetteerStale
from .normalize import fold
from .place import Place

SCHEMA = 1

# Name types in the ``names`` table. Only NAME and ALT are "names" a geoparser
# should look for in running text; codes ("IN", "ALA") and demonyms are looked up
# on purpose only.
NAME, ALT, CODE, DEMONYM = 0, 1, 2, 3

# Ranking prior by kind, added to log10(population + 1): a country outranks a
# same-named city of similar size ("Georgia"), a big city a small division.
KIND_PRIOR = {"region": 2.5, "country": 3.0, "admin1": 2.0, "admin2": 0.5, "city": 0.0,
              "airport": 3.0, "landmark": 0.5, "checkpoint": 0.5}

_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
    admin1 TEXT NOT NULL, population INTEGER NOT NULL, alternate_names TEXT NOT NULL,
    feature_code TEXT NOT NULL, source TEXT NOT NULL, parent TEXT NOT NULL,
    extra TEXT NOT NULL, prior REAL NOT NULL
);
CREATE TABLE names (folded TEXT NOT NULL, type INTEGER NOT NULL, pk INTEGER NOT NULL,
                    PRIMARY KEY (folded, pk, type)) WITHOUT ROWID;
CREATE VIRTUAL TABLE geo USING rtree(pk, min_lat, max_lat, min_lon, max_lon);
"""
_INDEXES = """
CREATE INDEX places_kind ON places (kind);
CREATE INDEX places_parent ON places (parent) WHERE parent != '';
CREATE INDEX places_country_kind ON places (country, kind);
"""
PLACE_COLUMNS = ("pk, id, name, lat, lon, kind, country, admin1, population, "
                 "alternate_names, feature_code, source, parent, extra, prior")


def prior(place: Place) -> float:
    """Return the ranking prior of a place (see :data:`KIND_PRIOR`).

    An airport has no population of its own; it counts the city it serves
    (``extra["served_population"]``), so "ALA" means Almaty's airport rather than
    the ISO3 code of the Åland Islands, while "USA" stays the United States. A physical
    feature has none either; it counts its ``extra["prominence"]`` (see
    :mod:`gazetteer.sources.physical`), so the Atlantic outranks Atlantic, Iowa.
    """
    population = place.extra.get("served_population",
                                 place.extra.get("prominence", place.population))
    return KIND_PRIOR.get(place.kind, 0.0) + math.log10(max(int(population), 0) + 1)


def create(con: sqlite3.Connection) -> None:
    """Create the empty schema in a fresh database (indexes come after the bulk load)."""
    con.executescript(_DDL)


def place_names(place: Place) -> Iterable[tuple[str, int]]:
    """Yield (folded, type) for every way a place can be looked up, de-duplicated."""
    seen: set[tuple[str, int]] = set()
    typed = [(place.name, NAME)]
    typed += [(alt, ALT) for alt in place.alternate_names]
    typed += [(code, CODE) for code in place.extra.get("codes", ())]
    typed += [(word, DEMONYM) for word in place.extra.get("demonyms", ())]
    for text, kind in typed:
        key = (fold(text), kind)
        if key[0] and key not in seen:
            seen.add(key)
            yield key


def insert(con: sqlite3.Connection, places: Iterable[Place], *, start_pk: int = 1) -> int:
    """Insert places (names and points too) inside the caller's transaction; return the count.

    Raises
    ------
    sqlite3.IntegrityError
        When two places share an id.
    """
    pk = start_pk
    place_rows, name_rows, geo_rows = [], [], []
    for place in places:
        place_rows.append((pk, place.id, place.name, place.lat, place.lon, place.kind,
                           place.country, place.admin1, place.population,
                           json.dumps(place.alternate_names, ensure_ascii=False),
                           place.feature_code, place.source, place.parent,
                           json.dumps(place.extra, ensure_ascii=False), prior(place)))
        name_rows.extend((folded, kind, pk) for folded, kind in place_names(place))
        geo_rows.append((pk, place.lat, place.lat, place.lon, place.lon))
        pk += 1
        if len(place_rows) >= 20_000:
            _flush(con, place_rows, name_rows, geo_rows)
    _flush(con, place_rows, name_rows, geo_rows)
    return pk - start_pk


def _flush(con: sqlite3.Connection, place_rows: list, name_rows: list, geo_rows: list) -> None:
    con.executemany(f"INSERT INTO places ({PLACE_COLUMNS}) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", name_rows)
    con.executemany("INSERT INTO geo VALUES (?,?,?,?,?)", geo_rows)
    place_rows.clear()
    name_rows.clear()
    geo_rows.clear()


def finish(con: sqlite3.Connection, meta: Mapping[str, str]) -> None:
    """Index, stamp the schema version and the ``complete`` marker; call before closing."""
    con.executescript(_INDEXES)
    count = con.execute("SELECT count(*) FROM places").fetchone()[0]
    rows = {**meta, "schema": str(SCHEMA), "places": str(count), "complete": "1"}
    con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", rows.items())
    con.execute(f"PRAGMA user_version = {SCHEMA}")


def row_to_place(row: tuple) -> Place:
    """Turn a ``SELECT {PLACE_COLUMNS}`` row back into a :class:`Place`."""
    return Place(id=row[1], name=row[2], lat=row[3], lon=row[4], kind=row[5],
                 country=row[6], admin1=row[7], population=row[8],
                 alternate_names=tuple(json.loads(row[9])), feature_code=row[10],
                 source=row[11], parent=row[12], extra=json.loads(row[13]))


def open_readonly(path: Path) -> tuple[sqlite3.Connection, dict[str, str]]:
    """Open a gazetteer read-only after checking it is whole; return it and its meta.

    Raises
    ------
    GazetteerMissing
        When there is no file at ``path``.
    GazetteerCorrupt
        When the file is not SQLite, is shorter than its header says or was never
        stamped complete; :class:`GazetteerStale` when it has another schema version.
    """
    if not path.is_file():
        raise GazetteerMissing(f"no gazetteer at {path}; run `incidentmap gazetteer build`")
    # immutable=1 skips locking and change detection: the file is replaced, never edited.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as err:
        raise GazetteerCorrupt(f"{path}: cannot open ({err})") from err
    try:
        meta = _check(con, path)
    except GazetteerCorrupt:
        con.close()
        raise
    return con, meta


def _check(con: sqlite3.Connection, path: Path) -> dict[str, str]:
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error as err:
        raise GazetteerCorrupt(f"{path}: not a gazetteer database ({err})") from err
    if path.stat().st_size < pages * page_size:
        raise GazetteerCorrupt(f"{path}: truncated ({path.stat().st_size} bytes, "
                               f"header says {pages * page_size})")
    if meta.get("complete") != "1":
        raise GazetteerCorrupt(f"{path}: the build did not finish")
    if version != SCHEMA or meta.get("schema") != str(SCHEMA):
        raise GazetteerStale(f"{path}: schema version {version}, expected {SCHEMA}")
    return meta
