"""The learned stop list: folded names the annotated development split shows are rarely
places (written by :mod:`tools.tune`, not by hand)."""

from __future__ import annotations

from importlib import resources


def load_stoplist() -> frozenset[str]:
    """Return the folded names learned to be rarely places (``geo/data/stoplist.txt``)."""
    try:
        text = resources.files("geo").joinpath("data/stoplist.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
