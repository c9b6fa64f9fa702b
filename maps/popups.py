"""The text of popups and tooltips, as escaped HTML fragments in a shared string table.

A map of 100,000 incidents cannot afford a finished popup per marker (that alone would be
tens of megabytes), and most fields repeat: the same place, source or event type appears
many times. So each field is escaped once per distinct value, stored once in a
:class:`StringTable`, and the page's script assembles a popup from fragment indices only
when it opens. Every fragment is built here from :mod:`maps.escape`; the script adds fixed
markup only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from .escape import html_text, safe_url, truncate

__all__ = ["EVIDENCE_LIMIT", "StringTable", "popup_columns"]

#: Characters of evidence shown in a popup; longer sentences end with "…".
EVIDENCE_LIMIT = 600
#: Characters of any other field (a place name, a source) shown in a popup or tooltip.
FIELD_LIMIT = 200

_COUNT_WORDS = (("fatalities", "killed"), ("injured", "injured"),
                ("arrested", "arrested"), ("checkpoints", "checkpoints"))
_QUALIFIERS = {"at_least": "at least ", "approximate": "about "}


class StringTable:
    """Distinct HTML fragments, each stored once and referred to by index."""

    def __init__(self) -> None:
        self._index: dict[str, int] = {"": 0}
        self.strings: list[str] = [""]

    def add(self, fragment: str) -> int:
        """Return the index of ``fragment`` (already escaped), adding it if new."""
        index = self._index.get(fragment)
        if index is None:
            index = self._index[fragment] = len(self.strings)
            self.strings.append(fragment)
        return index

    def add_text(self, values: Iterable[object], limit: int = FIELD_LIMIT) -> list[int]:
        """Escape each raw value (cut to ``limit`` characters) and return their indices."""
        cache: dict[object, int] = {}
        out = []
        for value in values:
            key = value if isinstance(value, str) else repr(value)
            index = cache.get(key)
            if index is None:
                index = cache[key] = self.add(html_text(truncate(value, limit)))
            out.append(index)
        return out


def popup_columns(frame: pd.DataFrame, table: StringTable) -> dict[str, list[int]]:
    """Return the popup fields of ``frame`` as string-table indices, one list per field.

    Keys: ``t`` type, ``dt`` date as written, ``pl`` place, ``c`` counts, ``e`` evidence,
    ``s`` source (a link only when it is an http(s) URL).
    """
    return {
        "t": table.add_text(_types(frame)),
        "dt": table.add_text(_column(frame, "event_date")),
        "pl": table.add_text(_places(frame)),
        "c": table.add_text(_counts(frame)),
        "e": table.add_text(_column(frame, "evidence"), EVIDENCE_LIMIT),
        "s": _sources(_column(frame, "source"), table),
    }


def _column(frame: pd.DataFrame, name: str) -> Sequence[object]:
    if name in frame.columns:
        return frame[name].astype("object").where(frame[name].notna(), None).tolist()
    return [None] * len(frame)


def _types(frame: pd.DataFrame) -> list[str]:
    out = []
    for event, sub, own in zip(_column(frame, "event_type"),
                               _column(frame, "sub_event_type"),
                               _column(frame, "subtype"), strict=True):
        parts = [str(part) for part in (event, sub, own) if part]
        # "troop_deployment" is an identifier; show it as words.
        parts = [part.replace("_", " ") for part in dict.fromkeys(parts)]
        out.append(" · ".join(parts) or "Incident")
    return out


def _places(frame: pd.DataFrame) -> list[str]:
    out = []
    for name, admin1, country in zip(_column(frame, "location_name"),
                                     _column(frame, "admin1"),
                                     _column(frame, "country"), strict=True):
        parts = [str(part) for part in (name, admin1, country) if part]
        out.append(", ".join(dict.fromkeys(parts)) or "Place not named")
    return out


def _counts(frame: pd.DataFrame) -> list[str]:
    columns = [_column(frame, name) for name, _ in _COUNT_WORDS]
    qualifiers = _column(frame, "count_qualifier")
    out = []
    for row, qualifier in zip(zip(*columns, strict=True), qualifiers, strict=True):
        prefix = _QUALIFIERS.get(str(qualifier), "")
        words = [f"{prefix}{int(value):,} {word}"
                 for value, (_, word) in zip(row, _COUNT_WORDS, strict=True)
                 if value is not None]
        out.append(" · ".join(words))
    return out


def _sources(values: Iterable[object], table: StringTable) -> list[int]:
    cache: dict[object, int] = {}
    out = []
    for value in values:
        index = cache.get(value)
        if index is None:
            index = cache[value] = table.add(_source_html(value))
        out.append(index)
    return out


def _source_html(value: object) -> str:
    text = html_text(truncate(value, FIELD_LIMIT))
    url = safe_url(value)
    if url is None:
        return text
    return f'<a href="{url}" target="_blank" rel="noopener noreferrer">{text}</a>'
