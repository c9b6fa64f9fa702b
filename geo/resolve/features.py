"""The feature values of a (mention, candidate place) pair in its document's context, in
the order of :data:`~geo.resolve.weights.FEATURES`, and what they are worked out from:
the places around the mention (:class:`Nearby`, :func:`local_others`), the names with a
town reading near a candidate (:func:`neighbours`) and what a mention's candidates say of
one another (:class:`Rivals`)."""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from gazetteer.geometry import PointSet
from gazetteer.normalize import fold
from geo.recognize.lookup import bears_name
from geo.resolve.context import LOCAL, Context, grid_cell
from geo.resolve.places import inside, population_of

if TYPE_CHECKING:
    from gazetteer.place import Place
    from geo.recognize import Candidate

# Distances beyond this add no more evidence against a candidate.
_FAR_KM = 3000.0
# How many of the other places nearest to a candidate its distance feature averages.
NEAREST = 3
# The scale of ``closeness``: distances well under it count as one (a town and its
# county seat), well over it by their order of magnitude.
_CLOSE_KM = 10.0
# How many named mentions on each side of a mention give the places it is measured to.
_WINDOW = 25
# Too large for nearness to them to say where a town lies.
_AREAS = frozenset({"country", "region"})
# Support counts at most this many names: more would add little (it is logarithmic)
# and would make a long text's cost grow with the square of its names.
SUPPORT_CAP = 20
# Countries, divisions and world regions: what a small namesake is read as by default.
_MAJOR = frozenset({"country", "admin1", "region"})
#: A town smaller than this yields its name to a same-named country or first-level
#: division unless the text places it there (see
#: :func:`geo.resolve.ranking.major_namesake`), and takes a division's name only as its
#: own main name (:func:`is_namesake`).
MINOR_POPULATION = 100_000
#: How alike (difflib's ratio) a city's main name and a division's name must be for
#: the one to be another spelling of the other: Hrodna and Grodno .67, Mahilyow and
#: Mogilev .40, not Salvador and Bahia (.31), its old name.
SAME_NAME_RATIO = 0.4
# The hints of kind words that make a name its division rather than its city.
_DIVISION_HINTS = frozenset({"admin1", "admin2"})


def is_namesake(place: Place, query: str, divisions: Iterable[Place],
                city_said: bool = False) -> bool:
    """Whether ``place`` is a city lying in a first-level division called the mention's
    folded name ``query`` and among its candidates (``divisions``).

    The city may carry the name as another spelling (Hrodna for Grodno, Chattogram for
    Chittagong: :data:`SAME_NAME_RATIO`) when it is a major city
    (:data:`MINOR_POPULATION`), or any city where a kind word says the city
    (``city_said``: "the city of Daraa", Dar‘ā of 98,000): not as another name (Salvador,
    once called Bahia), nor as an alternate of a name that adds words to it or that it
    adds words to (Montana City, New York City, Rio Grande for Rio Grande do Sul), nor as a
    small town's stray alternate (Minneota's "Minnesota").
    """
    if place.kind != "city" or fold(place.admin1) != query:
        return False
    name = fold(place.name)
    if name != query and (_words_in(query, name) or _words_in(name, query)
                          or (population_of(place) < MINOR_POPULATION and not city_said)
                          or SequenceMatcher(None, name, query).ratio() < SAME_NAME_RATIO):
        return False
    return any(d.kind == "admin1" and d.country == place.country and fold(d.name) == query
               for d in divisions)


def _words_in(part: str, whole: str) -> bool:
    return f" {part} " in f" {whole} "


class Nearby:
    """The places a candidate's distance is measured to, prepared once per mention, and
    the kinds the names around the mention first read as (``kinds``: kind → how many
    names)."""

    __slots__ = ("_points", "_total", "kinds")

    def __init__(self, places: Iterable[Place], kinds: Counter[str] | None = None) -> None:
        self._points = PointSet((p.lat, p.lon) for p in places)
        self.kinds = kinds or Counter()
        # Asked for every candidate of the mention, twice: summed once.
        self._total = self.kinds.total()

    def kind_share(self, place: Place) -> float:
        """The share of the names around the mention that first read as places of
        ``place``'s kind: a name in a list of states is a state ("Alaska, Alabama,
        Arizona"), one among towns a town."""
        return self.kind_share_of(place.kind)

    def kind_share_of(self, kind: str) -> float:
        """The share of the names around the mention that first read as a ``kind``."""
        total = self._total
        return self.kinds[kind] / total if total else 0.0

    def __bool__(self) -> bool:
        return bool(self._points)

    def nearest_km(self, place: Place) -> float:
        """The distance in km to the nearest of the places (infinite if none)."""
        return min(self._points.distances_km(place.lat, place.lon), default=math.inf)

    def closeness(self, place: Place) -> float:
        """How near ``place`` lies to the nearest of the places, on a log scale: 0 at
        :data:`_FAR_KM` or more, 1 at the place itself."""
        return closeness_of(self.nearest_km(place))

    def mean_nearest(self, place: Place) -> float:
        """The mean distance in km (each capped at :data:`_FAR_KM`) to the
        :data:`NEAREST` nearest places: one stray reading of another name (a word taken
        for a hamlet) is not enough to pull a place towards it."""
        return self.distance_and_closeness(place)[0]

    def distance_and_closeness(self, place: Place) -> tuple[float, float]:
        """:meth:`mean_nearest` and :meth:`closeness` from one pass over the places."""
        # sorted: heapq.nsmallest's own loop costs more on a few dozen distances.
        nearest = sorted(self._points.distances_km(place.lat, place.lon))[:NEAREST]
        return (sum(min(d, _FAR_KM) for d in nearest) / len(nearest),
                closeness_of(nearest[0]))


def closeness_of(km: float) -> float:
    """A distance in km on the log scale of ``closeness`` (1 at 0 km, 0 from
    :data:`_FAR_KM` on)."""
    return 1 - math.log1p(min(km, _FAR_KM) / _CLOSE_KM) / math.log1p(_FAR_KM / _CLOSE_KM)


def local_others(context: Context, cand: Candidate) -> Nearby:
    """The places that the named mentions around ``cand`` in the text (up to
    :data:`_WINDOW` on each side) take, other than its own name's, less countries and
    world regions: too large to say where a town lies. A window, not the whole text,
    so that a long text costs time in proportion to its length."""
    return nearby(local_anchors(context, cand))


def local_anchors(context: Context, cand: Candidate) -> list[Place]:
    """The places :func:`local_others` is made of (:func:`nearby`), countries and
    regions included, in the text's order."""
    at = bisect.bisect_left(context.named_at, cand.start, key=lambda m: m[0])
    me = fold(cand.query)
    around = context.named_at[max(0, at - _WINDOW):at + _WINDOW]
    queries = dict.fromkeys(query for _, _, query, _ in around if query != me)
    return [p for p in map(context.anchors.get, queries) if p is not None]


def nearby(anchors: list[Place]) -> Nearby:
    """The :class:`Nearby` of the places of :func:`local_anchors`."""
    return Nearby((p for p in anchors if p.kind not in _AREAS),
                  Counter(p.kind for p in anchors))


def neighbours(context: Context, place: Place, query: str) -> int:
    """How many names other than ``query`` have a town reading in the 3 × 3 cells
    around ``place`` (counted up to :data:`SUPPORT_CAP`)."""
    key = (grid_cell(place), query)
    count = context.neighbour_counts.get(key)
    if count is None:
        count = context.neighbour_counts[key] = _neighbours(context, *key)
    return count


def _neighbours(context: Context, at: tuple[int, int], query: str) -> int:
    lat, lon = at
    found: set[str] = set()
    for cell in ((lat + i, lon + j) for i in (-1, 0, 1) for j in (-1, 0, 1)):
        for name in context.local_cells.get(cell, ()):
            if name != query:
                found.add(name)
                if len(found) == SUPPORT_CAP:
                    return SUPPORT_CAP
    return len(found)


@dataclass(frozen=True, slots=True)
class Rivals:
    """What a mention's candidates say of one another, worked out once per mention.

    ``divisions``: the first-level divisions among them. ``outgrown``: the ids of those
    that a city in another country, called so as its own name, outgrows, more people
    living in it than in all the division's towns (Gaza, the city, against Mozambique's
    Gaza province; not Paris, one of whose other names is "Bali", against Bali).
    ``capitals_abroad``: the ids of national capitals called exactly the name, where one
    of their country's own divisions is called so too, in a text whose other mentions
    first read as places in another country, where no other candidate lies, and name
    none of the capital's country's divisions ("Washington warned Moscow": the capital,
    not the state; not in a list of states, nor as "Washington state"; Kingston in a
    text on Australia may be Norfolk Island's). ``abroad``: the ids of the candidates
    outside every country the text's other places lie in (two or more of them, a country
    or division counting two), where another candidate lies in one of those countries
    (Paris, France, in a text on Henry County, Tennessee; not Georgia, the country, beside
    Russia, where no Georgia lies in Russia).
    """

    divisions: tuple[Place, ...] = ()
    outgrown: frozenset[str] = frozenset()
    capitals_abroad: frozenset[str] = frozenset()
    # log10(1 + population) of the most populous candidate.
    top_population: float = 0.0
    # The ids of the divisions whose city of the same name is a candidate too.
    seats: frozenset[str] = frozenset()
    abroad: frozenset[str] = frozenset()

    @classmethod
    def of(cls, places: Sequence[Place], context: Context, cand: Candidate) -> Rivals:
        query = fold(cand.query)
        divisions = tuple(p for p in places if p.kind == "admin1")
        outgrown = frozenset(
            d.id for d in divisions
            if any(p.kind == "city" and p.country != d.country and fold(p.name) == query
                   and p.population > population_of(d) for p in places))
        own = context.countries_by_query.get(query, Counter())
        named_abroad = {country for country, n in context.countries.items() if n > own[country]}
        home_divisions = {country for (country, _), queries in context.named_admin1s.items()
                          if queries - {query}}
        capitals = frozenset(
            p.id for p in places
            if p.feature_code == "PPLC" and fold(p.name) == query and cand.hint != "admin1"
            and p.country not in home_divisions
            and any(d.country == p.country for d in divisions)
            and named_abroad - {p.country}
            and not any(o.country in named_abroad - {p.country} for o in places))
        top = max((math.log10(1 + population_of(p)) for p in places), default=0.0)
        seats = frozenset(d.id for d in divisions
                          if any(is_namesake(p, query, (d,), cand.hint == "city")
                                 for p in places))
        abroad: frozenset[str] = frozenset()
        if (context.countries.total() - own.total() >= 2
                and any(p.country in named_abroad for p in places)):
            abroad = frozenset(p.id for p in places if p.country not in named_abroad)
        return cls(divisions, outgrown, capitals, top, seats, abroad)


_NO_RIVALS = Rivals()


def feature_values(place: Place, cand: Candidate, context: Context,
                   qualifier: Sequence[Place], others: Nearby,
                   rivals: Rivals | None = None) -> tuple[float, ...]:
    """Return the candidate's feature values, in the order of
    :data:`~geo.resolve.weights.FEATURES`.

    ``rivals`` what the mention's other candidates say of this one (:class:`Rivals`);
    ``others`` the towns and divisions the document's other mentions take
    (:func:`local_others`).
    """
    query, hint = fold(cand.query), cand.hint
    own_name = bears_name(place, cand.query)
    rivals = rivals or _NO_RIVALS
    divisions = rivals.divisions
    # A kind word ("Grodno region") or a list of divisions around says the division.
    division_said = hint in _DIVISION_HINTS or others.kind_share_of("admin1") > 0.5
    namesake = is_namesake(place, query, divisions, hint == "city") and not division_said
    log_population = math.log10(1 + population_of(place))
    share = 0.0
    if context.countries and place.country:
        # A mention's own first reading does not vouch for itself: else a province
        # read first for "Gaza" makes its country the text's whole share.
        own = context.countries_by_query.get(query, Counter())
        total = context.countries.total() - own.total()
        if total > 0:
            share = (context.countries[place.country] - own[place.country]) / total
    in_named_country = in_named_admin1 = False
    admin1_share = 0.0
    if place.country and place.kind != "country":
        in_named_country = bool(context.named_countries.get(place.country, {query})
                                - {query})
        key = (place.country, fold(place.admin1))
        in_named_admin1 = bool(context.named_admin1s.get(key, {query}) - {query})
        if in_named_admin1:
            named = context.admin1_mentions[key]
            mine = named.total() - named[query]
            admin1_share = mine / (context.admin1_total - context.admin1_by_query[query])
    support = 0.0
    if place.kind in LOCAL and context.local_cells:
        support = math.log1p(neighbours(context, place, query))
    near = closeness = 0.0
    if others:
        mean_km, closeness = others.distance_and_closeness(place)
        near = -mean_km / 1000
    return (
        log_population / 7,
        float(own_name),
        float(place.kind == "country"),
        float(place.kind == "admin1"),
        float(place.kind == "admin2"),
        float(place.kind == "region"),
        float(place.kind == "airport"),
        float(namesake),
        float(place.feature_code == "PPLC"),
        share,
        float(bool(place.country)
              and (place.country, fold(place.admin1)) in context.admin1s),
        float(in_named_admin1),
        admin1_share,
        float(in_named_country),
        float(bool(qualifier) and any(inside(place, q) for q in qualifier)),
        float(bool(hint) and hint == place.kind),
        near,
        support,
        float(place.id in rivals.outgrown),
        float(place.id in rivals.capitals_abroad),
        math.log1p(len(place.alternate_names)) / 5,
        (log_population - rivals.top_population) / 7 if rivals.top_population else 0.0,
        float(place.kind in _MAJOR and own_name),
        log_population / 7 if place.kind in ("admin1", "admin2") else 0.0,
        float(bool(rivals.top_population) and log_population >= rivals.top_population),
        others.kind_share(place),
        float(place.id in rivals.seats and not division_said),
        math.log1p(len(place.alternate_names)) / 5 * float(place.id in rivals.abroad),
        closeness,
        float(bool(context.publication) and place.country == context.publication),
    )
