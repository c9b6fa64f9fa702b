"""The rules that adjust the choice among a named mention's scored candidates (the learned
ranking, :mod:`geo.resolve.weights`, does the rest). Each stays for a reason a ranking
model cannot learn:

- a county the text puts the mention in ("X is a town in Y County") takes the candidate
  inside it, else stands in for it (:func:`stated_container`, :func:`plausibly_in`): the
  county may be no candidate of the mention at all, and a ranking only orders candidates;
- a county is read as the city it is named after and centred on
  (:func:`city_for_county`): the same place either way, so no accuracy signal to learn
  from, only the finer reading;
- a river's or lake's town counts only near the text's other places
  (:func:`feature_precision`): it decides the precision and whether to place the mention at
  all, not which candidate ranks first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from gazetteer.geometry import haversine_km
from gazetteer.normalize import fold
from geo.resolve.candidates import feature_core, qualifier_places
from geo.resolve.features import local_others
from geo.resolve.places import inside, names_of

if TYPE_CHECKING:
    from gazetteer import Gazetteer
    from gazetteer.place import Place
    from geo.model import Precision
    from geo.recognize import Candidate
    from geo.resolve.context import Context

def to_front(scored: list[tuple[float, Place]],
             entry: tuple[float, Place] | None) -> None:
    """Make ``entry`` (one of ``scored``) the choice; nothing if it is ``None``."""
    if entry is not None:
        scored.remove(entry)
        scored.insert(0, entry)


# The words between a place and the county or division it lies in.
# "X is a town in", "X, a village in the U.S. state of", "X, in", "X is a city in and the
# county seat of": an optional "is a ..." of up to four words, then "in" (or "seat of")
# and only words that name the kind of division.
_PUT_IN = re.compile(
    r",?\s+(?:(?:(?:is|was)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:located|situated)\s+)?)?"
    r"(?:in|within|(?:in\s+and\s+)?(?:the\s+)?(?:county\s+)?seat\s+of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.]*\s+)?(?:(?:state|province|county|region|district|oblast|prefecture|"
    r"department|parish|governorate|municipality)\s+of\s+)?")
_COMMA = re.compile(r",\s*")


def stated_container(gazetteer: Gazetteer, text: str, cand: Candidate,
                     context: Context) -> Place | None:
    """The county or division the text puts a mention in, if it says so right after it.

    "X is a town in Y County", "X, in Y Province", "X, a village in the U.S. state of
    Z": the next named mention, when it is a county or first-level division, the
    words between say "in", and the reading taken for it agrees with its own
    qualifier ("Northumberland County, Ontario" is not the one in Pennsylvania).
    """
    index = bisect.bisect_left(context.named_at, cand.end, key=lambda m: m[0])
    between, end = _PUT_IN, cand.end
    division = None
    # Along a comma chain ("in Jackson Township, Parke County, Indiana"), the first
    # county, else the first division.
    for start, stop, query, qualifier in _from(context.named_at, index):
        if not between.fullmatch(text, end, start):
            break
        between, end = _COMMA, stop
        place = context.anchors.get(query)
        if place is not None and place.kind == "city":
            # "Born in Huntington, W.Va.": what lies in a town is not the state's.
            break
        if place is None or place.kind not in ("admin2", "admin1"):
            continue
        within = qualifier_places(gazetteer, qualifier)
        if within and not any(inside(place, q) for q in within):
            continue
        if place.kind == "admin2":
            return place
        division = division or place
    return division


def _from(items: list, index: int) -> Iterator:
    """``items[index:]`` lazily and without a copy (``islice`` would walk the skipped
    part: quadratic over a long text's mentions)."""
    return (items[i] for i in range(index, len(items)))


#: How far from a county's point a place in it may lie (the largest US counties span
#: about 300 km).
COUNTY_RADIUS_KM = 150.0


def plausibly_in(place: Place, container: Place) -> bool:
    """Whether ``place`` may lie in ``container``: in its division, and near a county's
    point (counties carry no outline here)."""
    if container.kind == "admin2":
        return (place.country == container.country
                and (not container.admin1 or fold(place.admin1) == fold(container.admin1))
                and haversine_km(place.lat, place.lon, container.lat,
                                 container.lon) <= COUNTY_RADIUS_KM)
    return inside(place, container)


#: How far a county's point may lie from the city it is named after (Paris and the
#: département of Paris, San Francisco and its county) for the city to stand for both.
CITY_FOR_COUNTY_KM = 50.0


def city_for_county(best: Place, places: Sequence[Place]) -> Place:
    """The city a county is named after and centred on, else the county itself."""
    if best.kind != "admin2":
        return best
    return next((p for p in places if p.kind == "city" and p.country == best.country
                 and fold(p.name) == fold(best.name)
                 and haversine_km(p.lat, p.lon, best.lat, best.lon) <= CITY_FOR_COUNTY_KM), best)


#: How near another place of the text the town a feature is named with must lie.
FEATURE_NEAR_KM = 100.0


def feature_precision(cand: Candidate, chosen: Place, context: Context,
                      precision: Precision) -> Precision | None:
    """``precision``, unless ``chosen`` is the town a river or valley is named with: then
    ``"region"`` where another place of the text lies near it, else ``None`` (unplaced)."""
    if feature_core(cand.query) and fold(cand.query) not in map(fold, names_of(chosen)):
        # The town a river or valley is named with: an area, and only where another
        # place of the text lies near it ("Lake Victoria" alone is not in Canada).
        if local_others(context, cand).nearest_km(chosen) > FEATURE_NEAR_KM:
            return None
        precision = "region"
    return precision
