"""What the first pass learns of a document: the countries and first-level divisions it
names or is about, where its places lie, and what the walk through it has settled."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gazetteer.normalize import fold

if TYPE_CHECKING:
    from gazetteer import Gazetteer
    from gazetteer.place import Place
    from geo.recognize import Candidate

# Small enough for nearness to them to say where a town lies.
LOCAL = frozenset({"city", "admin2", "airport", "landmark", "checkpoint"})
# How many of a name's readings (in the gazetteer's order: kind, then population) may
# support a candidate; more let the many small namesakes of common names vouch for
# any town (measured: 3 beat 1, 5, 10 and all on the development corpora).
_SUPPORT_READINGS = 3
# How far into the text a dateline may start (after a stray quote or space).
_DATELINE_START = 3
# Degrees per side of the grid cells that find places near a candidate (~110 km of
# latitude; fewer km of longitude away from the equator).
_CELL_DEG = 1.0


@dataclass(slots=True)
class Context:
    """What resolution knows of a document besides the mention at hand."""

    countries: Counter[str]
    admin1s: set[tuple[str, str]]
    anchors: dict[str, Place]  # folded query → first-pass place
    # Every division and country the text may name, whichever reading each mention
    # takes in the end, with the folded queries that name it: a candidate is not
    # supported by its own mention ("Minnesota" does not vouch for Minneota, Minnesota).
    named_admin1s: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    named_countries: dict[str, set[str]] = field(default_factory=dict)
    # The folded query of each mention that may name a division, per division.
    admin1_mentions: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    # How many mentions may name some division, in all and per folded query.
    admin1_total: int = 0
    admin1_by_query: Counter[str] = field(default_factory=Counter)
    # (start, end, folded query, qualifier) of every named mention, in text order.
    named_at: list[tuple[int, int, str, str]] = field(default_factory=list)
    # Grid cell → folded queries with a town or county reading there (see grid_cell).
    local_cells: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    # Folded query → what that query's own first-pass readings added to ``countries``.
    countries_by_query: dict[str, Counter[str]] = field(default_factory=dict)
    # (grid cell, folded query) → what features.neighbours counted there: asked again
    # for each recurring name and in both walks, and local_cells does not change.
    neighbour_counts: dict[tuple[tuple[int, int], str], int] = field(default_factory=dict)
    # What Resolver._vectors worked out, by everything the values read that a walk can
    # change (the mention's query, hint, places, qualifier, and the places around it).
    vectors: dict[tuple, list[tuple[float, ...]]] = field(default_factory=dict)
    # Folded query → the place a container or qualifier settled it on (see Resolver._named).
    settled: dict[str, Place] = field(default_factory=dict)
    # Updated while walking the document, so salience costs O(1) per mention.
    last_city: Place | None = None
    last_country: Place | None = None
    # Where the text's dateline mention starts ("MOSCOW (Reuters) —"), else -1.
    dateline_at: int = -1
    # The ISO code of the publication's country (its focus), else "".
    publication: str = ""

    @property
    def main_country(self) -> str:
        return self.countries.most_common(1)[0][0] if self.countries else ""


def document_context(found: Sequence[Candidate], options: Mapping[str, tuple[Place, ...]],
                     gazetteer: Gazetteer,
                     prior_best: Callable[[Candidate, tuple[Place, ...]], Place]) -> Context:
    """The context of the mentions ``found``, given each named one's candidate places
    (``options``, by query) and ``prior_best``, the best of a mention's places on its own.
    """
    countries: Counter[str] = Counter()
    admin1s: set[tuple[str, str]] = set()
    anchors: dict[str, Place] = {}
    named_admin1s: dict[tuple[str, str], set[str]] = {}
    named_countries: dict[str, set[str]] = {}
    admin1_mentions: dict[tuple[str, str], Counter[str]] = {}
    admin1_by_query: Counter[str] = Counter()
    countries_by_query: dict[str, Counter[str]] = {}
    local_cells: dict[tuple[int, int], set[str]] = {}
    for cand in found:
        query = fold(cand.query)
        for rank, option in enumerate(options.get(cand.query, ())):
            if option.kind in LOCAL and rank < _SUPPORT_READINGS:
                local_cells.setdefault(grid_cell(option), set()).add(query)
            if option.kind == "admin1":
                key = (option.country, fold(option.name))
                named_admin1s.setdefault(key, set()).add(query)
                admin1_mentions.setdefault(key, Counter())[query] += 1
                admin1_by_query[query] += 1
            elif option.kind == "country":
                named_countries.setdefault(option.country, set()).add(query)
        place = None
        if cand.kind == "named" and options.get(cand.query):
            place = prior_best(cand, options[cand.query])
            anchors.setdefault(query, place)
        elif cand.kind == "demonym":
            place = gazetteer.demonym(cand.query)
            if place is not None:
                named_countries.setdefault(place.country, set()).add(query)
        if place is None or not place.country:
            continue
        # An explicit country or division is stronger evidence than a town in it.
        weight = 2 if place.kind in ("country", "admin1") else 1
        countries[place.country] += weight
        countries_by_query.setdefault(query, Counter())[place.country] += weight
        if place.kind == "admin1":
            admin1s.add((place.country, fold(place.name)))
    named_at = [(c.start, c.end, fold(c.query), c.qualifier) for c in found
                if c.kind == "named"]
    return Context(countries, admin1s, anchors, named_admin1s, named_countries,
                   admin1_mentions, admin1_by_query.total(), admin1_by_query,
                   named_at, local_cells, countries_by_query=countries_by_query,
                   dateline_at=dateline_start(found))


# What follows a dateline's place: the agency, the date or the country, then the dash
# ("MOSCOW (Reuters) —", "NAIROBI, Jan 7 —", "SAO PAULO, Brazil (AP) —"); not a colon
# or a verb, as after a headline in capitals ("RUSSIA: ...", "RUSSIA SAYS ...").
_DATELINE_TAIL = re.compile(r"\s*(?:\(|,|\s[—–-]\s)")


def is_dateline(text: str, cand: Candidate, context: Context) -> bool:
    """Whether ``cand`` is the place of the text's dateline (see :func:`dateline_start`)."""
    return cand.start == context.dateline_at and bool(_DATELINE_TAIL.match(text, cand.end))


def dateline_start(found: Sequence[Candidate]) -> int:
    """Where a dateline's place starts: a named mention in capitals opening the text
    ("MOSCOW (Reuters) —", "NAIROBI, Jan 7 —"), else -1."""
    first = next((c for c in found if c.kind == "named"), None)
    if first is None or not opens_dateline(first.start, first.text):
        return -1
    return first.start


def opens_dateline(start: int, name: str) -> bool:
    """Could a place named ``name`` at ``start`` be a dateline's: in capitals, at the
    very start of the text ("MOSCOW (Reuters) —")?"""
    return start <= _DATELINE_START and name.isupper()


def grid_cell(place: Place) -> tuple[int, int]:
    """The grid cell a place lies in (see :attr:`Context.local_cells`)."""
    return math.floor(place.lat / _CELL_DEG), math.floor(place.lon / _CELL_DEG)
