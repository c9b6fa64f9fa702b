"""incidentmap's text side: place mentions → incidents → GeoDataFrames and GIS files.

The public names load on first use, so ``import geo`` stays cheap (the NLP model and the
gazetteer open only when a parse needs them).
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from geo import moved

_EXPORTS = {
    "Parser": "pipeline",
    "ParsedDocument": "pipeline",
    "parse": "pipeline",
    "parse_many": "pipeline",
    "incidents": "extract",
    "incidents_from_files": "extract",
    "to_geodataframe": "frame",
    "empty_incidents": "frame",
    "INCIDENT_COLUMNS": "frame",
    "merge_reports": "corroborate",
    "read_documents": "read",
    "write_incidents": "write",
    "read_incidents": "write",
    "Document": "model",
    "Mention": "model",
    "Incident": "model",
}

__all__ = sorted(_EXPORTS)

moved.install()


def plural(count: int, noun: str) -> str:
    """ "1 incident", "2,000 incidents": a count with its noun, for messages."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def installed_version() -> str:
    """incidentmap's version as installed, or "unknown" when run from a source tree
    that was never installed."""
    try:
        return version("incidentmap")
    except PackageNotFoundError:
        return "unknown"


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"geo.{module}"), name)
    # Cache it, which also shadows a submodule of the same name that the import bound.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
