"""Building the gazetteer: sources → a temp SQLite file → renamed into place, under a lock."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from . import store
from .errors import GazetteerCorrupt, GazetteerMissing, GazetteerStale
from .files import cache_dir, file_lock, temporary_sibling
from .place import Place
from .progress import progress as progress_bar
from .sources import builtin

logger = logging.getLogger(__name__)


def default_path() -> Path:
    """Return where the built-in gazetteer lives: ``cache_dir()/gazetteer-v<SCHEMA>.sqlite``."""
    return cache_dir() / f"gazetteer-v{store.SCHEMA}.sqlite"


def build(path: str | Path | None = None, *, progress: bool = False,
          force: bool = False) -> Path:
    """Build the built-in gazetteer at ``path`` unless an up-to-date one is there.

    Safe when several processes start at once: they queue on a file lock and the
    ones that wake after the first build find a valid file and return. The database
    is written to a temp file beside ``path`` and renamed, so readers never see half
    a build.

    Parameters
    ----------
    path
        Target file; :func:`default_path` when ``None``.
    progress
        Show a progress bar on stderr: places done of about 271,000, with an ETA (the
        build takes 30–90 s).
    force
        Rebuild even when the existing file is whole and current.

    Returns
    -------
    Path
        The path of the built (or already current) gazetteer.
    """
    target = Path(path) if path is not None else default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    versions = builtin.source_versions()
    with file_lock(target):
        if not force and is_current(target, versions):
            return target
        logger.info("building the gazetteer (once: later runs reuse it; about a minute) "
                    "at %s", target)
        started = time.monotonic()
        places = progress_bar(builtin.builtin_places(), enabled=progress,
                              total=builtin.EXPECTED_PLACES,
                              desc="building the gazetteer, once", unit=" places")
        build_places(places, target, meta={"origin": "builtin", **versions})
    logger.info("gazetteer built in %.0f s", time.monotonic() - started)
    return target


def build_places(places: Iterable[Place], path: str | Path, *,
                 meta: Mapping[str, str] | None = None) -> Path:
    """Write ``places`` into a new gazetteer file at ``path`` (atomically replaced).

    For custom or test gazetteers; :func:`build` uses it for the built-in one.
    Takes no lock: callers that may race hold :func:`~gazetteer.files.file_lock`.
    """
    target = Path(path)
    with temporary_sibling(target) as tmp:
        con = sqlite3.connect(tmp)
        try:
            # The temp file is thrown away on any failure, so durability pragmas
            # buy nothing during the load; fsync happens once, at the rename.
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            con.execute("PRAGMA cache_size = -200000")
            store.create(con)
            with con:
                store.insert(con, places)
                store.finish(con, {"origin": "custom", **(meta or {})})
        finally:
            con.close()
    return target


def is_current(path: Path, versions: Mapping[str, str]) -> bool:
    """Tell whether ``path`` holds a whole gazetteer built from these package versions."""
    try:
        con, meta = store.open_readonly(path)
    except GazetteerMissing:
        return False
    except GazetteerStale as err:
        logger.info("rebuilding the gazetteer: %s", err)
        return False
    except GazetteerCorrupt as err:
        logger.warning("rebuilding the gazetteer: %s", err)
        return False
    con.close()
    stale = {k: v for k, v in versions.items() if meta.get(k) != v}
    if stale:
        logger.info("rebuilding the gazetteer: source packages changed (%s)", stale)
    return not stale
