"""User layers: the user's own places, kept in a second SQLite file beside the gazetteer.

Layers live apart from the built-in database so that rebuilding it (a new schema,
new package versions) never loses them. A layer is imported whole in one
transaction: a bad file raises before anything is written, and re-importing a
layer of the same name replaces it.

A layer's country or first-level division takes over the built-in one for the same place
(:func:`taken_over`): a GeoNames dump's own PCLI and ADM1 features, at GeoNames' points,
replace the built-in countries and divisions rather than compete with them.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path

from . import _query, store
from .errors import GazetteerCorrupt, SourceFormatError
from .files import cache_dir, file_lock
from .normalize import fold
from .place import Place
from .sources.geojson import read_geojson
from .sources.geonames import read_geonames
from .sources.osm import read_osm
from .sources.table import read_table

_LAYERS_DDL = """
CREATE TABLE IF NOT EXISTS layers (name TEXT PRIMARY KEY, path TEXT NOT NULL,
                                   places INTEGER NOT NULL, added TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS places_kind ON places (kind);
"""
# Kinds whose layer places replace the built-in place of the same country and name. A
# historical political entity (GeoNames PCLH: "Yugoslavia") replaces no current country.
_TAKE_OVER_KINDS = ("country", "admin1")
_HISTORICAL = "PCLH"


def layers_path_for(gazetteer_path: Path, default_gazetteer: Path) -> Path:
    """Return the layers file that goes with a gazetteer file.

    The default gazetteer's name carries its schema version; its layers file does
    not, so user layers survive a schema upgrade.
    """
    if gazetteer_path == default_gazetteer:
        return cache_dir() / "gazetteer-layers.sqlite"
    return gazetteer_path.with_name(f"{gazetteer_path.stem}-layers.sqlite")


def open_layers(path: Path) -> sqlite3.Connection | None:
    """Open the layers file read-only, or return ``None`` when there is none yet.

    Raises
    ------
    GazetteerCorrupt
        When the file is damaged; it holds the user's own data, so it is never
        deleted automatically — the message says which file to remove.
    """
    if not path.is_file():
        return None
    con = None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              check_same_thread=False)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute("SELECT count(*) FROM layers").fetchone()
    except sqlite3.Error as err:
        if con is not None:
            con.close()
        raise GazetteerCorrupt(f"{path}: the user-layers file is damaged ({err}); "
                               "delete it and add the layers again") from err
    if version != store.SCHEMA:
        con.close()
        raise GazetteerCorrupt(f"{path}: user layers of schema {version}, expected "
                               f"{store.SCHEMA}; delete it and add the layers again")
    return con


def reader_for(path: Path, *, resolve: Callable[[str], Place | None]
               ) -> Callable[..., Iterable[Place]]:
    """Pick the importer for a file by its extension.

    ``resolve`` (place id → place) is handed to the GeoNames importer, which needs
    it to attach an alternate-names file to existing places.

    Raises
    ------
    SourceFormatError
        For a missing file or an extension no importer handles.
    """
    if not path.is_file():
        raise SourceFormatError("no such file", path=path)
    name = path.name.lower()
    if name.endswith((".csv", ".tsv")):
        return read_table
    if name.endswith((".geojson", ".json")):
        return read_geojson
    if name.endswith((".osm.pbf", ".osm", ".pbf")):
        return read_osm
    if name.endswith((".txt", ".zip")):
        return functools.partial(read_geonames, resolve=resolve)
    raise SourceFormatError("unknown layer format: expected .csv, .tsv, .geojson, .json, "
                            ".osm.pbf, or a GeoNames dump (.txt/.zip)", path=path)


def write_layer(layers_path: Path, places: Iterable[Place], *, name: str,
                source_path: Path) -> int:
    """Replace layer ``name`` with ``places`` in one transaction; return how many.

    ``places`` is fully read before the transaction starts, so an importer error
    leaves the file as it was. A place id already in another layer moves to this one.
    """
    source = f"layer:{name}"
    rows = [p if p.source == source else dataclasses.replace(p, source=source)
            for p in places]
    if not rows:
        raise SourceFormatError("no places found", path=source_path)
    layers_path.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(layers_path):
        con = sqlite3.connect(layers_path)
        try:
            if con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'places'"
                           ).fetchone()[0] == 0:
                store.create(con)
            con.executescript(_LAYERS_DDL)
            with con:
                _delete_layer(con, name)
                _delete_ids(con, [p.id for p in rows])
                start = con.execute("SELECT coalesce(max(pk), 0) + 1 FROM places").fetchone()[0]
                count = store.insert(con, rows, start_pk=start)
                con.execute("INSERT INTO layers VALUES (?, ?, ?, ?)",
                            (name, str(source_path), count,
                             datetime.now(timezone.utc).isoformat(timespec="seconds")))
                # Places taken over from older layers no longer count there.
                con.execute("UPDATE layers SET places = (SELECT count(*) FROM places "
                            "WHERE source = 'layer:' || layers.name)")
                con.execute("INSERT OR REPLACE INTO meta VALUES ('complete', '1')")
                con.execute(f"PRAGMA user_version = {store.SCHEMA}")
        except sqlite3.IntegrityError as err:
            raise SourceFormatError(f"duplicate place id in layer {name!r} ({err})",
                                    path=source_path) from err
        finally:
            con.close()
    return count


def _delete_layer(con: sqlite3.Connection, name: str) -> None:
    source = f"layer:{name}"
    pks = "SELECT pk FROM places WHERE source = ?"
    con.execute(f"DELETE FROM names WHERE pk IN ({pks})", (source,))
    con.execute(f"DELETE FROM geo WHERE pk IN ({pks})", (source,))
    con.execute("DELETE FROM places WHERE source = ?", (source,))
    con.execute("DELETE FROM layers WHERE name = ?", (name,))


def _delete_ids(con: sqlite3.Connection, ids: list[str]) -> None:
    """Drop places with these ids from older layers: the latest import of a place wins.

    This is how a GeoNames alternate-names file extends places that a country dump,
    imported earlier as another layer, brought in.
    """
    con.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (id TEXT PRIMARY KEY)")
    con.execute("DELETE FROM incoming")
    con.executemany("INSERT OR IGNORE INTO incoming VALUES (?)", ((i,) for i in ids))
    pks = "SELECT pk FROM places WHERE id IN (SELECT id FROM incoming)"
    con.execute(f"DELETE FROM names WHERE pk IN ({pks})")
    con.execute(f"DELETE FROM geo WHERE pk IN ({pks})")
    con.execute("DELETE FROM places WHERE id IN (SELECT id FROM incoming)")


def taken_over(layers_con: sqlite3.Connection | None,
               builtin_con: sqlite3.Connection) -> dict[str, str]:
    """Return ``{built-in place id: id of the layer place that replaces it}``.

    A layer's country replaces the built-in country of its ISO code; a layer's
    first-level division replaces each built-in one of its country where either's main
    name is among the other's names ("Bavaria" / "Bayern"). So after importing a GeoNames
    dump, its own features — GeoNames' points and ids — are the only candidates for those
    names, and a city's link to its built-in division leads to the layer's.
    """
    if layers_con is None:
        return {}
    kinds = ", ".join("?" * len(_TAKE_OVER_KINDS))
    incoming = _query.where(layers_con, f"p.kind IN ({kinds}) AND p.feature_code != ?",
                            (*_TAKE_OVER_KINDS, _HISTORICAL))
    replaced: dict[str, str] = {}
    builtin: dict[tuple[str, str], list[Place]] = {}
    for place in incoming:
        key = (place.kind, place.country)
        if key not in builtin:
            builtin[key] = _query.where(builtin_con, "p.kind = ? AND p.country = ?", key)
        names = _folded_names(place)
        for old in builtin[key]:
            if old.id == place.id or place.kind == "country" or (
                    fold(old.name) in names or fold(place.name) in _folded_names(old)):
                replaced.setdefault(old.id, place.id)
    return replaced


def _folded_names(place: Place) -> set[str]:
    return {fold(place.name), *(fold(name) for name in place.alternate_names)}


def list_layers(con: sqlite3.Connection | None) -> list[dict[str, object]]:
    """Return each layer's name, source file, place count and import time."""
    if con is None:
        return []
    rows = con.execute("SELECT name, path, places, added FROM layers ORDER BY name")
    return [dict(zip(("name", "path", "places", "added"), row, strict=True)) for row in rows]
