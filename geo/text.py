"""Text hygiene shared by every stage that stores or writes article text.

JSON may carry lone UTF-16 surrogates ("\\ud800"): they are not Unicode characters, cannot
be encoded as UTF-8 and crash spaCy, SQLite and GDAL. They become U+FFFD, one character
for one, so that every character offset into the text stays valid.
"""

from __future__ import annotations

import re

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def replace_lone_surrogates(text: str) -> str:
    """Return ``text`` with each lone surrogate replaced by U+FFFD (same length)."""
    return LONE_SURROGATE.sub(REPLACEMENT, text)
