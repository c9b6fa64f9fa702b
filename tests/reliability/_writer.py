"""A child process for the crash-safety tests: rewrites one file forever, or builds once.

Run as ``python _writer.py MODE TARGET``. Each rewrite produces a complete, self-checking
version ``n`` and prints ``n`` once it is in place, so the parent can SIGKILL it at an
arbitrary point of the next rewrite and check that the target still holds a whole version.
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
from pathlib import Path

import filelock

from gazetteer.files import atomic_write, file_lock, temporary_sibling

LINES = 20_000  # ~1.2 MB per text version, so a kill usually lands mid-write
ROWS = 5_000


def text_version(n: int) -> str:
    body = "".join(f"version {n} line {i}\n" for i in range(LINES))
    return f"{body}end {n}\n"


def write_text(target: Path, n: int) -> None:
    with atomic_write(target) as handle:
        for line in text_version(n).splitlines(keepends=True):
            handle.write(line)


def write_sqlite(target: Path, n: int) -> None:
    with temporary_sibling(target) as tmp:
        db = sqlite3.connect(tmp)
        db.execute("CREATE TABLE t (version INTEGER, i INTEGER)")
        db.executemany("INSERT INTO t VALUES (?, ?)", ((n, i) for i in range(LINES)))
        db.execute(f"PRAGMA user_version = {n}")
        db.commit()
        db.close()


def frame_version(n: int):
    import geopandas as gpd
    from shapely.geometry import Point

    return gpd.GeoDataFrame(
        {"version": [n] * ROWS, "text": [f"<b>{n}</b> é ‮ {i}" for i in range(ROWS)]},
        geometry=[Point(i % 360 - 180, i % 180 - 90) for i in range(ROWS)],
        crs="EPSG:4326")


def write_frame(target: Path, frame) -> None:
    from geo.write.incidents import write_incidents

    write_incidents(frame, target)


# mode → (prepare version n, write it). Preparing happens before the version number of
# the previous write is printed, so the parent's kill lands in a write, not in pandas.
WRITERS = {"text": (int, write_text), "sqlite": (int, write_sqlite),
           **dict.fromkeys(("geojson", "gpkg", "parquet"), (frame_version, write_frame))}


def rewrite_forever(mode: str, target: Path) -> None:
    prepare, write = WRITERS[mode]
    data = prepare(1)
    for n in itertools.count(1):
        write(target, data)
        data = prepare(n + 1)
        print(n, flush=True)


def build_once(target: Path) -> None:
    """Build ``target`` unless it exists, under the lock; report what happened."""
    lock = file_lock(target, timeout=60)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        print("waiting", flush=True)
        lock.acquire()
    print("locked", flush=True)
    try:
        if target.exists():
            print("found", flush=True)
            return
        sys.stdin.readline()  # the parent says when to build, so the race is staged
        with atomic_write(target) as handle:
            handle.write("built\n")
        with open(f"{target}.builds", "a", encoding="utf-8") as log:
            log.write("1\n")
        print("built", flush=True)
    finally:
        lock.release()


if __name__ == "__main__":
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "build":
        build_once(path)
    else:
        rewrite_forever(mode, path)
