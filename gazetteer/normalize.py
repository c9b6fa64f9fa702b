"""The one name-folding function, used both when indexing and when querying, and the
short forms of words in place names (:data:`ABBREVIATIONS`, :func:`written_out`) and the
kind words after a US county's name (:data:`COUNTY_WORDS`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_APOSTROPHES = re.compile(r"['’`ʻʼ‘]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Fold a place name for matching: transliterated, case- and accent-free.

    Apostrophes vanish ("Xi'an" → "xian"); every other run of punctuation or
    whitespace becomes one space. ``Алматы`` → ``almaty``; ``São Paulo`` → ``sao paulo``.
    """
    text = unicodedata.normalize("NFKC", name)
    text = anyascii(_APOSTROPHES.sub("", text)).lower()
    text = _APOSTROPHES.sub("", text)
    return _NON_ALNUM.sub(" ", text).strip()


#: Short forms of words in place names, as the Postal Service writes them ("Ft Worth")
#: and news with a dot ("Mt. Pleasant").
ABBREVIATIONS = {
    "Ft": "Fort", "Mt": "Mount", "St": "Saint", "Ste": "Sainte", "N": "North",
    "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest",
    "SE": "Southeast", "SW": "Southwest", "Hts": "Heights", "Spgs": "Springs",
    "Spg": "Spring", "Jct": "Junction", "Vlg": "Village", "Ctr": "Center", "Pt": "Point",
    "Lk": "Lake", "Twp": "Township", "Bch": "Beach", "Crk": "Creek", "Fls": "Falls",
    "Hbr": "Harbor", "Is": "Island", "Mtn": "Mountain", "Pk": "Park", "Sta": "Station",
}
# News writes "Loudon Co."; the Postal Service's "Co" is Colorado ("Co Spgs").
_WRITTEN_OUT = {**ABBREVIATIONS, "Co": "County"}
_WORD = re.compile(r"\b([A-Z][A-Za-z]{0,3})\.?(?=\s|$)")


def written_out(name: str) -> str:
    """``name`` with the short forms of :data:`ABBREVIATIONS` (and "Co.") written out
    where it has another word too: "Mt. Pleasant" → "Mount Pleasant", "Loudon Co." →
    "Loudon County", "St. Clair Twp." → "Saint Clair Township"; "Mt." alone stays."""
    if len(name.split()) < 2:
        return name
    out = _WORD.sub(lambda m: _WRITTEN_OUT.get(m.group(1), m.group(0)), name)
    return out if out.split() != name.split() else name


#: The kind words after a US county's name ("Sarpy County", "Avoyelles Parish").
COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality",
                "Municipio", "city", "City and Borough")
