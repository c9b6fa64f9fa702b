"""The error vocabulary of incidentmap.

One root, :class:`IncidentMapError`, lives here in the lowest layer so that ``geo`` and
``maps`` can subclass it. Like geopy, classes also inherit the matching builtin, so callers
may catch either ``IncidentMapError`` or e.g. ``ValueError``.
"""

from __future__ import annotations

from pathlib import Path


class IncidentMapError(Exception):
    """Root of every error incidentmap raises on purpose (the CLI prints it on one line)."""


class GazetteerError(IncidentMapError):
    """A problem with the gazetteer database."""


class GazetteerMissing(GazetteerError, FileNotFoundError):
    """The gazetteer file does not exist and building it was not allowed."""


class GazetteerCorrupt(GazetteerError):
    """The gazetteer file is truncated, not SQLite, or of another schema version."""


class UnknownCountryError(IncidentMapError, ValueError):
    """A country filter that is not an ISO 3166-1 alpha-2/alpha-3 code or a country name."""


class SourceFormatError(IncidentMapError, ValueError):
    """An input file (a places layer, a GeoNames dump, an article file) is malformed.

    Carries the file and, where there is one, the 1-based line number.
    """

    def __init__(
        self, message: str, *, path: str | Path | None = None, line: int | None = None
    ) -> None:
        self.path = None if path is None else str(path)
        self.line = line
        where = ""
        if self.path is not None:
            # A name with a newline or other control character would split the one-line
            # error the CLI promises; show such names quoted and escaped.
            shown = self.path if self.path.isprintable() else repr(self.path)
            where = shown if line is None else f"{shown}, line {line}"
            where += ": "
        super().__init__(f"{where}{message}")


class GazetteerStale(GazetteerCorrupt):
    """The gazetteer was built by another schema or other source package versions.

    A subclass of :class:`GazetteerCorrupt` because the cure is the same (rebuild),
    but it is routine after an upgrade and is logged rather than warned about.
    """


class PlaceNotFound(IncidentMapError, LookupError):
    """:meth:`Gazetteer.lookup` found no place of that name matching the filters."""
