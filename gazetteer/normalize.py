"""The one name-folding function, used both when indexing and when querying."""

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
