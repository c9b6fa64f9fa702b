"""Shared file helpers: the cache folder, atomic writes and inter-process locks.

Every file incidentmap writes goes through :func:`atomic_write`, so a killed process leaves
either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import filelock
import platformdirs

APP_NAME = "incidentmap"


def cache_dir() -> Path:
    """Return the per-user cache folder (``INCIDENTMAP_CACHE_DIR`` overrides it)."""
    override = os.environ.get("INCIDENTMAP_CACHE_DIR")
    path = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def temporary_sibling(path: str | Path, suffix: str = "") -> Iterator[Path]:
    """Yield a fresh temp path beside ``path``; on success rename it over ``path``.

    For writers that insist on opening the file themselves (GDAL, SQLite). The temp file
    is in the same folder so that :func:`os.replace` is atomic; on any error it is removed
    and ``path`` is untouched.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=f".tmp{suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@contextlib.contextmanager
def atomic_write(
    path: str | Path,
    mode: str = "w",
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Open a temp file beside ``path`` for writing; rename it into place when done.

    Examples
    --------
    >>> with atomic_write(tmp_path / "out.txt") as f:  # doctest: +SKIP
    ...     f.write("hello")
    """
    if "b" in mode:
        encoding = None
    with (
        temporary_sibling(path) as tmp,
        open(tmp, mode, encoding=encoding, newline=newline) as handle,
    ):
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def file_lock(path: str | Path, timeout: float = 600.0) -> filelock.FileLock:
    """Return an inter-process lock guarding ``path`` (a ``.lock`` file beside it)."""
    return filelock.FileLock(f"{path}.lock", timeout=timeout)


def _fsync_file(path: Path) -> None:
    if path.is_file():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    # Without this a power cut can lose the rename itself on some file systems.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
