"""Candidate mentions + document context → resolved :class:`~geo.model.Mention`\\ s.

Resolution is two passes over a document. The first takes each name's best gazetteer
candidate on its own (the score below with an empty context: kind, population, exact
name) to learn the context: which countries and first-level divisions the text is about
or names, and where its places lie. The second rescores every candidate with that
context — a linear score over the named features of :data:`FEATURES`, whose weights
(:class:`Weights`) were fitted on the even-numbered documents of the development corpora
by :func:`tools.tune.fit_weights` and checked on the odd ones — and runs once more with
the places it chose as the context. Three rules then adjust the choice: a country,
division or region outranks a small namesake the text does not place
(:meth:`Resolver._major_namesake`); a county the text puts the mention in ("X is a town
in Y County") takes the candidate inside it, else stands in for it
(:meth:`Resolver._container`); a county is read as the city it is named after and
centred on (:func:`_city_for_county`).

Nominal mentions ("the airport", "the town hall") take the most salient city before them
(the latest one named, else the most frequent), "the capital" the capital of the country
in focus; area mentions ("all regions", "across the country") take the country in focus
at country precision; demonyms take their country. Roles come from lexical cues around
the mention (:func:`role_of`).
"""

from __future__ import annotations

import bisect
import heapq
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from gazetteer.geometry import PointSet, haversine_km
from gazetteer.normalize import fold
from gazetteer.place import Place
from geo.lexicon import SPEECH_VERBS, STANCE_VERBS, alternation
from geo.model import Mention, Precision, Role, country_code
from geo.recognize import Candidate, initials

_PRECISION: dict[str, Precision] = {
    "airport": "point", "landmark": "point", "checkpoint": "point", "city": "city",
    "admin2": "admin1", "admin1": "admin1", "country": "country", "region": "region",
}
_LIMIT = 50
# "U.S.", "W.Va.", "D.C.": looked up without dots (the gazetteer indexes codes).
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]?\.\s?){2,}")
# How many other names with a town reading around a small namesake place it, against
# the country or state it shares its name with, in a text naming no other country
# ("Lebanon" beside Myerstown and Grantville is the Pennsylvania town).
_LOCAL_EVIDENCE = 2
# Distances beyond this add no more evidence against a candidate.
_FAR_KM = 3000.0
# How many of the other places nearest to a candidate its distance feature averages.
_NEAREST = 3
# How many named mentions on each side of a mention give the places it is measured to.
_WINDOW = 25
# A town smaller than this yields its name to a same-named country or first-level
# division unless the text places it there (see Resolver._major_namesake).
_MINOR_POPULATION = 100_000
_MAJOR = frozenset({"country", "admin1", "region"})
# Too large for nearness to them to say where a town lies.
_AREAS = frozenset({"country", "region"})
# Small enough for nearness to them to say where a town lies.
_LOCAL = frozenset({"city", "admin2", "airport", "landmark", "checkpoint"})
# How many of a name's readings (in the gazetteer's order: kind, then population) may
# support a candidate; more let the many small namesakes of common names vouch for
# any town (measured: 3 beat 1, 5, 10 and all on the development corpora).
_SUPPORT_READINGS = 3
# Support counts at most this many names: more would add little (it is logarithmic)
# and would make a long text's cost grow with the square of its names.
_SUPPORT_CAP = 20
# Degrees per side of the grid cells that find places near a candidate (~110 km of
# latitude; fewer km of longitude away from the equator).
_CELL_DEG = 1.0

# Lexical role cues. A place followed by a verb of saying or deciding is a speaker
# (metonymy: "Moscow said"); one after "refugee in"/"lives in" is someone's home.
_ACTOR_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:has\s+|had\s+|have\s+|also\s+|officially\s+|then\s+|later\s+)?"
    rf"{alternation(SPEECH_VERBS + STANCE_VERBS)}\b"
)
_RESIDENCE_BEFORE = re.compile(
    r"\b(?:refugees?|exiles?|exiled|asylum|lives|lived|living|live|resides|resided|"
    r"residing|residents?|settled|based|born|home)\s+(?:\w+\s+){0,2}(?:in|of)\s+$",
    re.IGNORECASE,
)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:troops|forces|soldiers|fighters|militants|mercenaries|refugees|migrants|"
    r"delegation|envoys?)\s+from\s+$", re.IGNORECASE)
_ORIGIN_AFTER = re.compile(
    r"^\s+(?:troops|forces|soldiers|military|army|fighters|paratroopers|peacekeepers|"
    r"citizens|nationals|tourists|migrants|refugees|workers|mercenaries)\b",
    re.IGNORECASE)
_ACTOR_NOUN_AFTER = re.compile(
    r"^\s+(?:authorities|government|officials?|president|prime\s+minister|ministry|"
    r"minister|leaders?|police|security\s+forces|state\s+media|embassy|parliament)\b",
    re.IGNORECASE)


# The query the publication's country is "named" under: no mention folds to it.
_PUBLICATION = ""

T = TypeVar("T")

#: The candidate features, in the order :meth:`Resolver.features` returns them; each is
#: also the name of its weight in :class:`Weights`.
FEATURES = ("population", "exact", "kind_country", "kind_admin1", "kind_admin2",
            "kind_region", "kind_airport", "namesake", "capital", "country", "admin1",
            "admin1_named", "admin1_share", "country_named", "qualifier", "hint",
            "distance", "support", "outgrown", "capital_abroad")


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the candidate score, one per feature of :data:`FEATURES`.

    Fitted by :func:`tools.tune.fit_weights` on the even split (``python -m tools.tune
    --weights CORPUS ...``). ``population``: log10 population / 7; ``exact``: the
    candidate's main name is the mention (not an alternate name); ``kind_*``: a prior per
    kind of place (cities are the reference); ``namesake``: a city named exactly
    like the first-level division it lies in, when that division is also a candidate (the
    city that is the seat of the region named after it, not the region); ``capital``: a national
    capital; ``country``: the share of the document's places in the candidate's country,
    less what the mention's own first reading added;
    ``admin1``: in a division the first pass read one of the text's mentions as;
    ``admin1_named``, ``country_named``: the text names the candidate's division or
    country in another mention, under any reading of that mention ("X is a town in Y
    County, Minnesota"); ``admin1_share``: the share, among all the division readings of
    the text's other mentions, of those naming the candidate's division;
    ``qualifier``: in the place named after a comma; ``hint``: of the kind the
    surrounding words say; ``distance``: minus the mean distance, per 1000 km (each
    capped), to the three nearest towns or divisions that the mentions around it take
    (:func:`_local_others`); ``support``: ``ln(1 + n)`` for the n other names (at most
    :data:`_SUPPORT_CAP`) with one of their first readings, a town, county, airport or
    landmark, in the 3 × 3 one-degree cells around the candidate (any of those
    readings, so that one wrong guess for them does not mislead); ``outgrown``: a
    first-level division with fewer people in all its towns than a same-named city in
    another country has (set, not fitted: the corpora hold few such names, and a reader
    takes "Gaza" for the city of 410,000 rather than Mozambique's province);
    ``capital_abroad``: a national capital whose name one of its country's divisions
    shares, in a text about places abroad (set, not fitted, for the same reason: the
    corpora are neutral from 1 to 2, and 2 lets a one-sentence mention of the capital
    beside a foreign country outweigh the division's kind prior). Both are worked out
    per mention by :class:`_Rivals`; :data:`tools.tune.UNFITTED` keeps them out of a refit.
    ``refine``: run the second pass twice, measuring distances to the places the first
    one chose rather than to the prior's guesses.
    """

    population: float = 2.0
    exact: float = 0.75
    kind_country: float = 2.5
    kind_admin1: float = 2.25
    kind_admin2: float = 1.5
    kind_region: float = 3.5
    kind_airport: float = -1.0
    # Not fitted: the corpora are neutral on it (a US state rarely shares its name with a
    # big city), yet a reader takes a city named like its own province (Almaty, Quebec)
    # for the city; high enough to outweigh the kind prior.
    namesake: float = 3.0
    capital: float = 0.75
    country: float = 0.5
    admin1: float = -0.5
    admin1_named: float = 0.5
    admin1_share: float = 2.0
    country_named: float = 1.25
    qualifier: float = 1.0
    hint: float = 1.0
    distance: float = 1.0
    support: float = 0.75
    outgrown: float = -2.5
    capital_abroad: float = 2.0
    refine: bool = True


@dataclass(slots=True)
class _Context:
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
    # Grid cell → folded queries with a town or county reading there (see _cell).
    local_cells: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    # Folded query → what that query's own first-pass readings added to ``countries``.
    countries_by_query: dict[str, Counter[str]] = field(default_factory=dict)
    # Folded query → the place a container or qualifier settled it on (see _named).
    settled: dict[str, Place] = field(default_factory=dict)
    # Updated while walking the document, so salience costs O(1) per mention.
    last_city: Place | None = None
    last_country: Place | None = None

    @property
    def main_country(self) -> str:
        return self.countries.most_common(1)[0][0] if self.countries else ""


class Resolver:
    """Turn a document's candidates into resolved mentions.

    Parameters
    ----------
    gazetteer
        A :class:`gazetteer.Gazetteer` (``candidates_folded``, ``candidates``,
        ``demonym``, ``airports_serving``).
    weights
        Score weights; the fitted defaults when omitted.
    """

    def __init__(self, gazetteer, *, weights: Weights | None = None) -> None:
        self.gazetteer = gazetteer
        self.weights = weights or Weights()
        self._vector = tuple(getattr(self.weights, name) for name in FEATURES)

    def __call__(self, text: str, found: Sequence[Candidate], *,
                 focus: str = "") -> list[Mention]:
        """Resolve ``found`` (candidates of ``text``, in offset order).

        ``focus``: the ISO code of the publication's country, counted as if the text
        named that country once (see :attr:`geo.model.Document.focus`).
        """
        focus = country_code(focus)
        options = {c.query: self._options(c) for c in found if c.kind == "named"}
        context = self._context(found, options)
        if focus:
            context.countries[focus] += 2
            context.named_countries.setdefault(focus, set()).add(_PUBLICATION)
        out = self._walk(text, found, options, context)
        if self.weights.refine:
            # Once more with the anchors the context chose instead of the prior's guesses:
            # a town's distance to "Minnesota" the state, not to Minneota.
            for cand, mention in zip(found, out, strict=True):
                if cand.kind == "named" and mention.place is not None:
                    context.anchors[fold(cand.query)] = mention.place
            context.last_city = context.last_country = None
            context.settled.clear()
            out = self._walk(text, found, options, context)
        return out

    def feature_rows(self, found: Sequence[Candidate],
                     label: Callable[[Candidate, tuple[Place, ...]], T | None],
                     ) -> Iterator[tuple[T, list[tuple[float, ...]]]]:
        """Yield ``(label, feature vectors of the candidate's places)`` for the named
        candidates of ``found`` that ``label`` labels (returns not ``None``), in the first
        pass's context: what :func:`tools.tune.fit_weights` learns from."""
        options = {c.query: self._options(c) for c in found if c.kind == "named"}
        context = self._context(found, options)
        for cand in found:
            places = options.get(cand.query, ()) if cand.kind == "named" else ()
            tag = label(cand, places) if places else None
            if tag is None:
                continue
            yield tag, self._vectors(cand, places, context,
                                     self._qualifier_places(cand.qualifier))

    def _walk(self, text: str, found: Sequence[Candidate], options,
              context: _Context) -> list[Mention]:
        out: list[Mention] = []
        for cand in found:
            place, precision, score = self._resolve_one(text, cand, options, context)
            role = role_of(text, cand, place)
            out.append(Mention(cand.start, cand.end, cand.text, cand.kind, role, place,
                               precision, score))
            if cand.kind == "named" and place is not None and role == "location":
                if place.kind == "city":
                    context.last_city = place
                elif place.kind == "country":
                    context.last_country = place
        return out

    # -- candidates and context -----------------------------------------------------

    def _options(self, cand: Candidate) -> tuple[Place, ...]:
        found = tuple(self.gazetteer.candidates_folded(fold(cand.query), _LIMIT))
        if not found and _ABBREVIATION.fullmatch(cand.query):
            # "U.S.", "W.Va.": codes and abbreviations are matched without their dots.
            letters = cand.query.replace(".", "")
            found = tuple(self.gazetteer.candidates(letters, limit=_LIMIT))
            if len(letters) == 2:
                # Two dotted letters are initials ("U.S.", "D.C."), not any code that
                # happens to match ("A.M." is not Armenia).
                found = tuple(p for p in found if initials(p.name) == letters)
        if not found and (core := _feature_core(cand.query)):
            # "the Catawba River", "Lake Hartwell", "Salinas Valley", "Oakport Township":
            # a feature or township no package lists stands near the town or county it
            # is named with (or after).
            found = tuple(p for p in self.gazetteer.candidates_folded(fold(core), _LIMIT)
                          if p.kind in ("city", "admin2") and fold(p.name) == fold(core))
        # An airport is only meant when the text says so (then via airports_serving).
        return tuple(p for p in found if p.kind != "airport") or found

    def _context(self, found: Sequence[Candidate],
                 options: dict[str, tuple[Place, ...]]) -> _Context:
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
                if option.kind in _LOCAL and rank < _SUPPORT_READINGS:
                    local_cells.setdefault(_cell(option), set()).add(query)
                if option.kind == "admin1":
                    key = (option.country, fold(option.name))
                    named_admin1s.setdefault(key, set()).add(query)
                    admin1_mentions.setdefault(key, Counter())[query] += 1
                    admin1_by_query[query] += 1
                elif option.kind == "country":
                    named_countries.setdefault(option.country, set()).add(query)
            place = None
            if cand.kind == "named" and options.get(cand.query):
                place = self._prior_best(cand, options[cand.query])
                anchors.setdefault(query, place)
            elif cand.kind == "demonym":
                place = self.gazetteer.demonym(cand.query)
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
        return _Context(countries, admin1s, anchors, named_admin1s, named_countries,
                        admin1_mentions, admin1_by_query.total(), admin1_by_query,
                        named_at, local_cells, countries_by_query=countries_by_query)

    def _prior_best(self, cand: Candidate, places: tuple[Place, ...]) -> Place:
        empty = _Context(Counter(), set(), {})
        rivals = _Rivals.of(places, empty, cand)
        nowhere = _Nearby(())
        return max(places, key=lambda p: self.score(p, cand, empty, (), nowhere, rivals))

    # -- one mention ----------------------------------------------------------------

    def _resolve_one(self, text: str, cand: Candidate, options,
                     context: _Context) -> tuple[Place | None, Precision | None, float]:
        if cand.kind == "demonym":
            place = self.gazetteer.demonym(cand.query)
            if place is None:
                return None, None, 0.0
            return place, _PRECISION.get(place.kind, "country"), 1.0
        if cand.kind == "area":
            country = self._focus_country(context)
            return country, ("country" if country else None), 0.6 if country else 0.0
        if cand.kind == "nominal":
            return self._nominal(text, cand, context)
        if cand.hint == "street":
            city = _salient_city(context)
            if city is not None:
                return city, "part_of_city", 0.5
        place, precision, score = self._named(text, cand, options.get(cand.query, ()), context)
        if cand.hint == "airport" and place is not None and place.kind != "airport":
            # "Almaty airport": the airport serving the city the name resolves to.
            airport = _main_airport(place, self.gazetteer)
            if airport is not None:
                return airport, "point", score
        return place, precision, score

    def _named(self, text: str, cand: Candidate, places: tuple[Place, ...],
               context: _Context) -> tuple[Place | None, Precision | None, float]:
        container = self._container(text, cand, context)
        if not places:
            if container is None:
                return None, None, 0.0
            return container, _PRECISION[container.kind], 0.5
        qualifier = self._qualifier_places(cand.qualifier)
        me = fold(cand.query)
        vectors = self._vectors(cand, places, context, qualifier)
        scored = sorted(zip(map(self._dot, vectors), places, strict=True),
                        key=lambda s: -s[0])
        _to_front(scored, self._major_namesake(scored, me, cand.hint, context, qualifier))
        settled = context.settled.get(me)
        if settled is not None and not qualifier and container is None:
            # One sense per text: a name the text has placed ("X is a town in Y County",
            # "X, Ohio") keeps that reading where it recurs bare.
            _to_front(scored, next((s for s in scored if s[1] is settled), None))
        best_score, best = scored[0]
        if container is not None:
            inside = next((s for s in scored if _plausibly_in(s[1], container)), None)
            if inside is not None:
                best_score, best = inside
                context.settled.setdefault(me, best)
            elif (container.country == best.country
                  or best.country not in context.named_countries):
                # "Lima is a town in Seminole County, Oklahoma": none of the known Limas
                # is there, so the county the text puts it in is the best estimate.
                return container, _PRECISION[container.kind], 0.5
        if qualifier and any(_inside(best, q) for q in qualifier):
            context.settled.setdefault(me, best)
        # The same place either way; the city is the finer reading ("Paris said").
        chosen = _city_for_county(best, places)
        runner_up = next((s for s, p in scored if p is not best and p is not chosen), None)
        margin = 3.0 if runner_up is None else best_score - runner_up
        precision = _PRECISION.get(chosen.kind, "point")
        if _feature_core(cand.query) and fold(cand.query) not in map(fold, _names(chosen)):
            # The town a river or valley is named with: an area, and only where another
            # place of the text lies near it ("Lake Victoria" alone is not in Canada).
            if _local_others(context, cand).nearest_km(chosen) > FEATURE_NEAR_KM:
                return None, None, 0.0
            precision = "region"
        return chosen, precision, round(1 / (1 + math.exp(-margin)), 3)

    def score(self, place: Place, cand: Candidate, context: _Context,
              qualifier: Sequence[Place], others: _Nearby,
              rivals: _Rivals | None = None) -> float:
        """Return the linear score of one candidate place of ``cand`` (higher is better)."""
        return self._dot(self.features(place, cand, context, qualifier, others, rivals))

    def _dot(self, values: Sequence[float]) -> float:
        return sum(map(operator.mul, self._vector, values))

    def _vectors(self, cand: Candidate, places: tuple[Place, ...], context: _Context,
                 qualifier: Sequence[Place]) -> list[tuple[float, ...]]:
        """The feature vectors of a named mention's places, in their order."""
        others = _local_others(context, cand)
        rivals = _Rivals.of(places, context, cand)
        return [self.features(p, cand, context, qualifier, others, rivals)
                for p in places]

    def features(self, place: Place, cand: Candidate, context: _Context,
                 qualifier: Sequence[Place], others: _Nearby,
                 rivals: _Rivals | None = None) -> tuple[float, ...]:
        """Return the candidate's feature values, in the order of :data:`FEATURES`.

        ``rivals`` what the mention's other candidates say of this one (:class:`_Rivals`);
        ``others`` the towns and divisions the document's other mentions take
        (:func:`_local_others`).
        """
        query, hint = fold(cand.query), cand.hint
        rivals = rivals or _NO_RIVALS
        divisions = rivals.divisions
        namesake = place.kind == "city" and any(
            d.kind == "admin1" and d.country == place.country for d in divisions
        ) and fold(place.admin1) == query == fold(place.name)
        log_population = math.log10(1 + _population(place))
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
        if place.kind in _LOCAL and context.local_cells:
            support = math.log1p(_neighbours(context, place, query))
        near = 0.0
        if others:
            near = -others.mean_nearest(place) / 1000
        return (
            log_population / 7,
            float(fold(place.name) == query),
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
            float(bool(qualifier) and any(_inside(place, q) for q in qualifier)),
            float(bool(hint) and hint == place.kind),
            near,
            support,
            float(place.id in rivals.outgrown),
            float(place.id in rivals.capitals_abroad),
        )

    def _major_namesake(self, scored: list[tuple[float, Place]], query: str, hint: str,
                        context: _Context, qualifier: Sequence[Place],
                        ) -> tuple[float, Place] | None:
        """The country, division or region a small namesake outscored without local evidence.

        Readers take "Brazil" or "California" for the country or state unless the text
        places the town ("Brazil, Ind.", Indiana named elsewhere, "the town of ...", or
        :data:`_LOCAL_EVIDENCE` other names with a town reading around it in a text
        naming no other country: an obituary's "Lebanon" beside Myerstown and
        Grantville); the distance to the document's other places alone is not enough,
        since it drags a country onto any same-named village near them.
        """
        best = scored[0][1]
        if best.kind in _MAJOR or _population(best) >= _MINOR_POPULATION:
            return None
        if hint == best.kind or (qualifier and any(_inside(best, q) for q in qualifier)):
            return None
        if context.named_admin1s.get((best.country, fold(best.admin1)), {query}) - {query}:
            return None
        abroad = any(queries - {query} for country, queries
                     in context.named_countries.items() if country != best.country)
        if (not abroad and context.local_cells
                and _neighbours(context, best, query) >= _LOCAL_EVIDENCE):
            return None
        major = next((s for s in scored if s[1].kind in _MAJOR
                      and fold(s[1].name) == query), None)
        if (major is not None and major[1].kind == "admin1"
                and major[1].country not in context.named_countries
                and context.named_countries.get(best.country, {query}) - {query}):
            # A foreign division loses to a town in the country the text names
            # ("Valencia, a municipality in ... Philippines").
            return None
        return major

    def _container(self, text: str, cand: Candidate, context: _Context) -> Place | None:
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
            within = self._qualifier_places(qualifier)
            if within and not any(_inside(place, q) for q in within):
                continue
            if place.kind == "admin2":
                return place
            division = division or place
        return division

    def _qualifier_places(self, qualifier: str) -> tuple[Place, ...]:
        if not qualifier:
            return ()
        return tuple(p for p in self.gazetteer.candidates_folded(qualifier, _LIMIT)
                     if p.kind in ("country", "admin1", "admin2"))

    def _focus_country(self, context: _Context) -> Place | None:
        if context.last_country is not None:
            return context.last_country
        if not context.main_country:
            return None
        found = self.gazetteer.candidates(context.main_country, kind="country", limit=1)
        return found[0] if found else None

    def _nominal(self, text: str, cand: Candidate,
                 context: _Context) -> tuple[Place | None, Precision | None, float]:
        # "The capital of Ohio" is not the national capital; the city named is.
        if _CAPITAL.search(cand.text) and not _OF.match(text, cand.end):
            capital = self._capital(self._focus_country(context))
            if capital is not None:
                return capital, "city", 0.6
        city = _salient_city(context)
        if city is None:
            return None, None, 0.0
        if "airport" in cand.text.lower():
            airport = _main_airport(city, self.gazetteer)
            if airport is not None:
                return airport, "point", 0.6
        landmark = self._landmark(cand.text, city)
        if landmark is not None:
            return landmark, "point", 0.6
        return city, "part_of_city", 0.5

    def _capital(self, country: Place | None) -> Place | None:
        """The national capital of ``country`` (a city marked ``PPLC``), if known."""
        if country is None or not country.extra.get("capital"):
            return None
        found = self.gazetteer.candidates(country.extra["capital"], country=country.country,
                                          kind="city", limit=_LIMIT)
        return next((p for p in found if p.feature_code == "PPLC"), None)

    def _landmark(self, phrase: str, city: Place) -> Place | None:
        """A landmark (from a user layer) that ``phrase`` names in or near ``city``.

        "the town hall" in an article about Almaty is the place a newsroom's layer calls
        "town hall" within :data:`LANDMARK_RADIUS_KM` of Almaty, if it has one.
        """
        name = _DETERMINER.sub("", phrase).strip()
        if not fold(name):
            return None
        found = self.gazetteer.candidates(name, kind=("landmark", "checkpoint"),
                                          near=(city.lat, city.lon), limit=1)
        if found and haversine_km(city.lat, city.lon, found[0].lat,
                                  found[0].lon) <= LANDMARK_RADIUS_KM:
            return found[0]
        return None


#: How far from the city in focus a landmark named by a nominal mention may be.
LANDMARK_RADIUS_KM = 50.0
# "The capital" is the capital of the country in focus, not the city last named.
_CAPITAL = re.compile(r"\bcapital\b", re.IGNORECASE)
_OF = re.compile(r"\s+of\b")
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|this|that)\s+", re.IGNORECASE)


def role_of(text: str, cand: Candidate, place: Place | None) -> Role:
    """Return how a mention is used: location, actor, residence, origin or other."""
    before = text[max(0, cand.start - 60):cand.start]
    after = text[cand.end:cand.end + 60]
    if cand.kind == "demonym":
        if _ORIGIN_AFTER.match(after):
            return "origin"
        return "actor" if _ACTOR_NOUN_AFTER.match(after) else "other"
    if cand.kind != "named":
        return "location"
    if _RESIDENCE_BEFORE.search(before):
        return "residence"
    if _ORIGIN_BEFORE.search(before):
        return "origin"
    # Governments' seats speak ("Moscow said", "Texas warned"); airports do not.
    speaker = place is not None and place.kind in ("country", "city", "admin1")
    if speaker and _ACTOR_AFTER.match(after):
        return "actor"
    return "location"


def _to_front(scored: list[tuple[float, Place]],
              entry: tuple[float, Place] | None) -> None:
    """Make ``entry`` (one of ``scored``) the choice; nothing if it is ``None``."""
    if entry is not None:
        scored.remove(entry)
        scored.insert(0, entry)


def _main_airport(city: Place, gazetteer) -> Place | None:
    """The airport a reader means by "X airport" (the gazetteer orders them so)."""
    airports = gazetteer.airports_serving(city)
    return airports[0] if airports else None


#: How near another place of the text the town a feature is named with must lie.
FEATURE_NEAR_KM = 100.0
# A natural feature, harbour or township and the name it carries.
_FEATURE = re.compile(
    r"(?:(?:Lake|Mount|Mt\.)\s+(?P<before>.+)|(?P<after>.+?)\s+(?:River|Lake|Valley|Creek|"
    r"Islands?|Mountains|Bay|Harbor|Harbour|Reservoir|Township))")


def _feature_core(query: str) -> str:
    """The name in a feature's name ("Catawba" in "Catawba River"), else ``""``."""
    match = _FEATURE.fullmatch(query.strip())
    return (match.group("before") or match.group("after")) if match else ""


def _names(place: Place) -> tuple[str, ...]:
    return (place.name, *place.alternate_names)


def _population(place: Place) -> int:
    # Divisions carry the summed population of their cities (the sources give none).
    return place.population or place.extra.get("cities_population", 0)


@dataclass(frozen=True, slots=True)
class _Rivals:
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
    text on Australia may be Norfolk Island's).
    """

    divisions: tuple[Place, ...] = ()
    outgrown: frozenset[str] = frozenset()
    capitals_abroad: frozenset[str] = frozenset()

    @classmethod
    def of(cls, places: Sequence[Place], context: _Context, cand: Candidate) -> _Rivals:
        query = fold(cand.query)
        divisions = tuple(p for p in places if p.kind == "admin1")
        outgrown = frozenset(
            d.id for d in divisions
            if any(p.kind == "city" and p.country != d.country and fold(p.name) == query
                   and p.population > _population(d) for p in places))
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
        return cls(divisions, outgrown, capitals)


_NO_RIVALS = _Rivals()


#: How far a county's point may lie from the city it is named after (Paris and the
#: département of Paris, San Francisco and its county) for the city to stand for both.
CITY_FOR_COUNTY_KM = 50.0


def _city_for_county(best: Place, places: Sequence[Place]) -> Place:
    """The city a county is named after and centred on, else the county itself."""
    if best.kind != "admin2":
        return best
    return next((p for p in places if p.kind == "city" and p.country == best.country
                 and fold(p.name) == fold(best.name)
                 and haversine_km(p.lat, p.lon, best.lat, best.lon) <= CITY_FOR_COUNTY_KM), best)


def _inside(place: Place, container: Place) -> bool:
    if place.country != container.country:
        return False
    return container.kind == "country" or fold(place.admin1) == fold(container.name)


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
#: How far from a county's point a place in it may lie (the largest US counties span
#: about 300 km).
COUNTY_RADIUS_KM = 150.0


class _Nearby:
    """The places a candidate's distance is measured to, prepared once per mention."""

    __slots__ = ("_points",)

    def __init__(self, places: Iterable[Place]) -> None:
        self._points = PointSet((p.lat, p.lon) for p in places)

    def __bool__(self) -> bool:
        return bool(self._points)

    def nearest_km(self, place: Place) -> float:
        """The distance in km to the nearest of the places (infinite if none)."""
        return min(self._points.distances_km(place.lat, place.lon), default=math.inf)

    def mean_nearest(self, place: Place) -> float:
        """The mean distance in km (each capped at :data:`_FAR_KM`) to the
        :data:`_NEAREST` nearest places: one stray reading of another name (a word taken
        for a hamlet) is not enough to pull a place towards it."""
        nearest = heapq.nsmallest(_NEAREST, self._points.distances_km(place.lat, place.lon))
        return sum(min(d, _FAR_KM) for d in nearest) / len(nearest)


def _local_others(context: _Context, cand: Candidate) -> _Nearby:
    """The places that the named mentions around ``cand`` in the text (up to
    :data:`_WINDOW` on each side) take, other than its own name's, less countries and
    world regions: too large to say where a town lies. A window, not the whole text,
    so that a long text costs time in proportion to its length."""
    at = bisect.bisect_left(context.named_at, cand.start, key=lambda m: m[0])
    me = fold(cand.query)
    around = context.named_at[max(0, at - _WINDOW):at + _WINDOW]
    queries = dict.fromkeys(query for _, _, query, _ in around if query != me)
    return _Nearby(p for p in map(context.anchors.get, queries)
                   if p is not None and p.kind not in _AREAS)


def _neighbours(context: _Context, place: Place, query: str) -> int:
    """How many names other than ``query`` have a town reading in the 3 × 3 cells
    around ``place`` (counted up to :data:`_SUPPORT_CAP`)."""
    lat, lon = _cell(place)
    found: set[str] = set()
    for cell in ((lat + i, lon + j) for i in (-1, 0, 1) for j in (-1, 0, 1)):
        for name in context.local_cells.get(cell, ()):
            if name != query:
                found.add(name)
                if len(found) == _SUPPORT_CAP:
                    return _SUPPORT_CAP
    return len(found)


def _from(items: list, index: int) -> Iterator:
    """``items[index:]`` lazily and without a copy (``islice`` would walk the skipped
    part: quadratic over a long text's mentions)."""
    return (items[i] for i in range(index, len(items)))


def _cell(place: Place) -> tuple[int, int]:
    return math.floor(place.lat / _CELL_DEG), math.floor(place.lon / _CELL_DEG)


def _plausibly_in(place: Place, container: Place) -> bool:
    """Whether ``place`` may lie in ``container``: in its division, and near a county's
    point (counties carry no outline here)."""
    if container.kind == "admin2":
        return (place.country == container.country
                and (not container.admin1 or fold(place.admin1) == fold(container.admin1))
                and haversine_km(place.lat, place.lon, container.lat,
                                 container.lon) <= COUNTY_RADIUS_KM)
    return _inside(place, container)


def _salient_city(context: _Context) -> Place | None:
    """The latest city named as a location before this point, else the most frequent."""
    if context.last_city is not None:
        return context.last_city
    cities = Counter(p.id for p in context.anchors.values() if p.kind == "city")
    if not cities:
        return None
    wanted = cities.most_common(1)[0][0]
    return next(p for p in context.anchors.values() if p.id == wanted)
