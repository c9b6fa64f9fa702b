"""An invented country for event tests, as the fake parser's table: Terranor, its city
Brellow and the town Quinmar. Invented names keep the tests off any real place."""

from __future__ import annotations

from gazetteer.place import Place

TERRA = Place("test:TE", "Terranor", 0.0, 30.0, "country", country="TE")
BRELL = Place("test:bre", "Brellow", 0.5, 30.5, "city", country="TE", population=500_000)
QUIN = Place("test:qui", "Quinmar", 1.5, 31.5, "city", country="TE", population=90_000)
TABLE = {
    "Terranor": (TERRA, "named", "location", "country"),
    "Brellow": (BRELL, "named", "location", "city"),
    "Quinmar": (QUIN, "named", "location", "city"),
}
