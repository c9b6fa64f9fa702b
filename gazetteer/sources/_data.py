"""Locating data files inside installed packages without importing them."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from ..errors import GazetteerError


def package_file(package: str, *parts: str) -> Path:
    """Return the path of a data file shipped inside ``package``.

    The package is found, not imported: ``import aigeodb`` calls
    ``logging.basicConfig`` and would reconfigure the caller's logging.
    """
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"the data package {package!r} is not installed; "
                             f"`pip install {package}` and build again")
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.is_file():
        raise GazetteerError(f"{path} is missing from the installed {package!r}; "
                             f"reinstall it (`pip install --force-reinstall {package}`)")
    return path


def connect_readonly(package: str, *parts: str) -> sqlite3.Connection:
    """Open an SQLite file shipped inside ``package`` read-only."""
    return sqlite3.connect(f"{package_file(package, *parts).as_uri()}?mode=ro", uri=True)
