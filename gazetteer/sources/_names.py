"""Small helpers the sources share to sort names into names, codes and demonyms."""

from __future__ import annotations

import re
from collections.abc import Iterable

# All-capital tokens of 2–4 letters ("ALA", "UAAA", "UK") are codes, not names: the
# geoparser must not treat every "IN" or "ME" in a text as a place.
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def is_code(name: str) -> bool:
    """Tell whether an alternate name is really a code (IATA, ICAO, ISO, postal)."""
    return bool(_CODE.match(name))


def split_alternates(name: str, alternates: Iterable[str]) -> tuple[tuple[str, ...], list[str]]:
    """Return (alternate names, codes) without duplicates of ``name`` or of each other.

    Two spellings that fold alike are kept both (they display differently) but
    empty ones and exact repeats go.
    """
    names: list[str] = []
    codes: list[str] = []
    seen = {name}
    for alt in alternates:
        alt = alt.strip()
        if not alt or alt in seen:
            continue
        seen.add(alt)
        (codes if is_code(alt) else names).append(alt)
    return tuple(names), codes
