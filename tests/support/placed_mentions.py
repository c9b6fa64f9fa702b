"""Mentions of given places at every occurrence of their surface in a text: the input
the event detectors take, without a geoparser."""

from __future__ import annotations

from gazetteer.place import Place
from geo.model import Mention


def mentions_at(text: str, places: dict[str, Place]) -> list[Mention]:
    """A mention of ``places[surface]`` wherever ``surface`` occurs in ``text``."""
    found = []
    for surface, place in places.items():
        start = text.find(surface)
        while start >= 0:
            found.append(Mention(start, start + len(surface), surface, place=place))
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda m: m.start)
