"""The name lists recognition reads from package data: the learned stop list (folded names
the annotated development split shows are rarely places, written by :mod:`tools.tune`,
not by hand) and WordNet's English names of cities (written by
:mod:`tools.wordnet_names`)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from gazetteer.normalize import fold


def load_stoplist() -> frozenset[str]:
    """Return the folded names learned to be rarely places (``geo/data/stoplist.txt``)."""
    try:
        text = resources.files("geo").joinpath("data/stoplist.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@cache
def load_city_names() -> frozenset[str]:
    """Return the folded English names of the cities WordNet knows by more than one
    ("Smyrna" of Izmir, "Frunze" of Bishkek: ``geo/data/wordnet_cities.txt``)."""
    text = resources.files("geo").joinpath("data/wordnet_cities.txt").read_text("utf-8")
    return frozenset(fold(line) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
