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


def town(name: str) -> Place:
    """An invented city of 300,000 people called ``name``."""
    return Place(f"t:{name.lower()}", name, 10.0, 10.0, "city", "XX", population=300000)


#: An invented country whose towns (:func:`town`) the texts name.
RURITANIA = Place("t:ruritania", "Ruritania", 10.0, 10.0, "country", "XX", population=5_000_000)


def rows_at_towns(text: str, *names: str, published, country: bool = False) -> list:
    """Every row :func:`geo.events.detect.detect_events` keeps (``keep_all``) for an English
    ``text`` whose ``names`` are invented towns (and "Ruritania" their country, with
    ``country``)."""
    from geo.events.detect import detect_events

    found = {name: town(name) for name in names}
    if country:
        found["Ruritania"] = RURITANIA
    return detect_events(text, mentions_at(text, found), None, published, keep_all=True,
                         language="en")


def rows_at_surfaces(text: str, towns: dict[str, str], published, language: str = ""
                     ) -> list:
    """Every row :func:`geo.events.detect.detect_events` keeps (``keep_all``) for ``text``
    whose surfaces (``towns``' keys, "Лесногорска") are mentions of the invented towns
    named by their values ("Lesnogorsk")."""
    from geo.events.detect import detect_events

    mentions = mentions_at(text, {surface: town(name) for surface, name in towns.items()})
    return [e for e in detect_events(text, mentions, None, published, keep_all=True,
                                     language=language) if e.location is not None]


def occurred_kinds(rows: list) -> set[tuple[str, str]]:
    """(event type, sub-event type) of the rows that occurred."""
    return {(r.event_type, r.sub_event_type) for r in rows if r.status == "occurred"}


def statuses_in(text: str, name: str, published, language: str = "en"
                ) -> list[tuple[str, str]]:
    """(event type, status) of every row :func:`geo.events.detect.detect_events` keeps
    (``keep_all``) when ``name``'s first occurrence is an invented city's mention."""
    from geo.events.detect import detect_events

    start = text.index(name)
    mentions = [Mention(start, start + len(name), name, place=town(name))]
    return [(event.event_type, event.status) for event in detect_events(
        text, mentions, None, published, keep_all=True, language=language)]


def places_found(parser, text: str, language: str) -> dict[str, tuple]:
    """Each mention's text → (kind, the place's name, kind and country), as ``parser``
    reads ``text`` in ``language``."""
    from geo.model import Document

    parsed = parser(Document(text, language=language))
    return {m.text: (m.kind, m.place.name if m.place else None,
                     m.place.kind if m.place else None, m.place.country if m.place else None)
            for m in parsed.mentions}
