"""Errors raised by the text side (parsing, events, export, CLI input)."""

from __future__ import annotations

from gazetteer.errors import IncidentMapError, SourceFormatError


class InputError(SourceFormatError):
    """An input file or line that cannot be read (bad JSON, no ``text``, bad bytes)."""


class ExportError(IncidentMapError, OSError):
    """An output that cannot be written (folder missing or read-only, unknown format)."""


class DateError(IncidentMapError, ValueError):
    """A publication date that is not an ISO 8601 date (YYYY-MM-DD)."""
