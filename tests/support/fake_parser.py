"""A stand-in geoparser for the event tests: a table of phrases → mentions.

Event extraction must not depend on how mentions are found, so its tests give the
mentions (with roles and places) explicitly, as the real geoparser would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from gazetteer.place import Place
from geo.model import Document, Mention

KZ = Place("geonames:1522867", "Kazakhstan", 48.0, 68.0, "country", country="KZ")
ALMATY = Place("geonames:1526384", "Almaty", 43.25, 76.92, "city", country="KZ",
               admin1="Almaty Qalasy", population=2_000_000)
ALA = Place("iata:ALA", "Almaty International Airport", 43.35, 77.04, "airport",
            country="KZ", admin1="Almaty Qalasy")
MOSCOW = Place("geonames:524901", "Moscow", 55.75, 37.62, "city", country="RU")
RUSSIA = Place("geonames:2017370", "Russia", 60.0, 100.0, "country", country="RU")
FRANCE = Place("geonames:3017382", "France", 46.0, 2.0, "country", country="FR")
CHINA = Place("geonames:1814991", "China", 35.0, 105.0, "country", country="CN")
BRUSSELS = Place("geonames:2800866", "Brussels", 50.85, 4.35, "city", country="BE")

#: phrase → (place, kind, role, precision), as the geoparser resolves the sample.
SAMPLE = {
    "Kazakhstan": (KZ, "named", "location", "country"),
    "Kazakh": (KZ, "demonym", "origin", "country"),
    "the country": (KZ, "area", "location", "country"),
    "the provinces": (KZ, "area", "location", "country"),
    "all regions": (KZ, "area", "location", "country"),
    "Almaty airport": (ALA, "named", "location", "point"),
    "Almaty": (ALMATY, "named", "location", "city"),
    "the town hall": (ALMATY, "nominal", "location", "part_of_city"),
    "the streets": (ALMATY, "nominal", "location", "part_of_city"),
    "Moscow": (MOSCOW, "named", "actor", "city"),
    "Russian": (RUSSIA, "demonym", "origin", "country"),
    "France": (FRANCE, "named", "residence", "country"),
    "French": (FRANCE, "demonym", "origin", "country"),
    "Chinese": (CHINA, "demonym", "origin", "country"),
    "European Commission": (BRUSSELS, "named", "actor", "city"),
    "Central Asia": (None, "named", "location", None),
}


@dataclass(frozen=True)
class Parsed:
    """What :func:`geo.pipeline.parse` returns, reduced to what events read."""

    document: Document
    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...] | None = None


class FakeParser:
    """Find each table phrase (longest first, whole words) and make it a mention.

    A phrase may map to several readings; one with a fifth element (a regex the text
    just before the phrase must match) wins over the plain one, as a role that
    depends on context ("a refugee in France").
    """

    def __init__(self, table: dict[str, tuple] | None = None) -> None:
        self.table = SAMPLE if table is None else table

    def __call__(self, document, *, published=None) -> Parsed:
        # Like geo.Parser: a str or a geo.Document.
        text = getattr(document, "text", document)
        taken: list[tuple[int, int]] = []
        mentions = []
        for phrase in sorted(self.table, key=len, reverse=True):
            readings = self.table[phrase]
            if isinstance(readings, tuple):
                readings = [readings]
            for match in re.finditer(rf"\b{re.escape(phrase)}\b", text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                before = text[max(0, match.start() - 40):match.start()]
                reading = next((r for r in readings
                                if len(r) > 4 and re.search(r[4], before)),
                               next((r for r in readings if len(r) == 4), None))
                if reading is None:
                    continue
                place, kind, role, precision = reading[:4]
                taken.append(match.span())
                mentions.append(Mention(match.start(), match.end(), phrase, kind=kind,
                                        role=role, place=place, precision=precision,
                                        score=1.0))
        mentions.sort(key=lambda m: m.start)
        if not isinstance(document, Document):
            document = Document(text, published=published)
        return Parsed(document, tuple(mentions))


#: Places the dev set names that are never incident sites, with their roles.
DEV_TRAPS = {
    "Moscow": (MOSCOW, "named", "actor", "city"),
    "France": [(FRANCE, "named", "residence", "country", r"refugee in $"),
               (FRANCE, "named", "location", "country")],
    "Brussels": (BRUSSELS, "named", "residence", "city", r"(?:exile|Union) in $"),
    "Chinese": (CHINA, "demonym", "origin", "country"),
    "French": (FRANCE, "demonym", "origin", "country"),
    "Russian": (RUSSIA, "demonym", "origin", "country"),
    "London": (Place("geonames:2643743", "London", 51.51, -0.13, "city", country="GB"),
               "named", "actor", "city"),
    "Geneva": (Place("geonames:2660646", "Geneva", 46.2, 6.15, "city", country="CH"),
               "named", "actor", "city"),
    "Kyiv": (Place("geonames:703448", "Kyiv", 50.45, 30.52, "city", country="UA"),
             "named", "actor", "city"),
    "Berlin": (Place("geonames:2950159", "Berlin", 52.52, 13.4, "city", country="DE"),
               "named", "location", "city"),
}


def oracle_table(path) -> dict[str, tuple]:
    """Mentions as a perfect geoparser would give them for an annotated events file.

    Gold locations become ``location`` mentions (countries when they have no
    coordinates); :data:`DEV_TRAPS` adds the places that must never be sites.
    """
    import json

    import pycountry

    table = dict(DEV_TRAPS)
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        for event in json.loads(line)["events"]:
            name = event["location"]
            if not name or name in table:
                continue
            if event["lat"] is None:
                code = pycountry.countries.lookup(name).alpha_2
                place = Place(f"test:{code}", name, 0.0, 0.0, "country", country=code)
                table[name] = (place, "named", "location", "country")
            else:
                place = Place(f"test:{name}", name, event["lat"], event["lon"], "city",
                              country="ZZ")
                table[name] = (place, "named", "location", "city")
    return table


def detected(text: str, table: dict, published, *, keep_all: bool = False) -> list:
    """The incidents :func:`geo.events.detect.detect_events` finds in ``text`` with the
    mentions ``table`` gives, published on ``published``."""
    from geo.events.detect import detect_events

    parsed = FakeParser(table)(text)
    return detect_events(text, parsed.mentions, None, published, keep_all=keep_all)


def located_at(events: list, place: Place) -> list:
    """The events whose location is ``place``."""
    return [e for e in events if e.location is not None and e.location.place == place]
