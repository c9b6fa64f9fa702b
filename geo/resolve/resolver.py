"""Candidate mentions + document context → resolved :class:`~geo.model.Mention`\\ s.

Resolution is two passes over a document. The first takes each name's best gazetteer
candidate on its own (the score below with an empty context: kind, population, exact
name) to learn the context (:mod:`geo.resolve.context`): which countries and first-level
divisions the text is about or names, and where its places lie. The second rescores every
candidate (:mod:`geo.resolve.candidates`) with that context — a linear score over the
named features of :data:`FEATURES` (:mod:`geo.resolve.features`), whose weights are
the learned ranking model (:func:`geo.resolve.weights.shipped`, ``geo/data/ranker-v5.json``,
trained by ``python -m tools.train_ranker`` on the development corpora and judged
leave-one-corpus-out: docs/benchmarks.md) — and runs once more with the places it chose
as the context. Whatever the weights, an explicit qualifier ("X, Y", "X, in southern Y"
with Y a country or division, "X, TX" with a division's postal code) restricts the
choice to the candidates inside Y, unless the name after the comma is rather the next
item of a list
(:func:`~geo.resolve.ranking.listed_qualifier`: "Washington, Pennsylvania and
California"), and a division whose namesake city is a candidate too gives way to the
city unless a kind word or a list of divisions says the division. Three rules
(:mod:`geo.resolve.ranking`) then adjust the choice: a country, division or region
outranks a small namesake the text does not place
(:func:`~geo.resolve.ranking.major_namesake`); a county the text puts the mention in
("X is a town in Y County") takes the candidate inside it, else stands in for it
(:func:`~geo.resolve.ranking.stated_container`); a county is read as the city it is named
after and centred on (:func:`~geo.resolve.ranking.city_for_county`); and a large city of
the report's country outranks a foreign country or region that beat it by a name the text
gives that country no other way (:func:`_home_namesake`). A dateline's place ("NEW YORK
(AP) —") is chosen among the city candidates only (:func:`~geo.resolve.context.is_dateline`).

Nominal mentions ("the airport", "the town hall") take the most salient city before them
(the latest one named, else the most frequent), "the capital" the capital of the country
in focus; area mentions ("all regions", "across the country") take the country in focus
at country precision (:mod:`geo.resolve.nominal`); demonyms take their country. Roles come
from lexical cues around the mention (:func:`~geo.resolve.roles.role_of`).
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from gazetteer.normalize import fold
from geo.model import Mention, country_code
from geo.recognize.lookup import major_reading
from geo.resolve.candidates import (
    LONGEST_CODE,
    candidate_places,
    code_qualifier,
    qualifier_places,
)
from geo.resolve.context import Context, document_context, is_dateline
from geo.resolve.features import (
    MINOR_POPULATION,
    Nearby,
    Rivals,
    feature_values,
    local_anchors,
    nearby,
)
from geo.resolve.nominal import (
    city_after,
    focus_country,
    main_airport,
    resolve_nominal,
    salient_city,
)
from geo.resolve.places import inside, population_of
from geo.resolve.ranking import (
    airport_said,
    city_for_county,
    described_region,
    feature_precision,
    listed_qualifier,
    major_namesake,
    plausibly_in,
    stated_container,
    stated_region,
    to_front,
)
from geo.resolve.roles import PRECISION, role_of
from geo.resolve.weights import FEATURES, Weights, shipped

if TYPE_CHECKING:
    from gazetteer.place import Place
    from geo.model import Precision, Role
    from geo.recognize import Candidate

_NAMESAKE = FEATURES.index("namesake")
# How many mentions' first-pass choices a Resolver keeps (a few MB).
PRIOR_CACHE = 20_000
_SEAT_NAMESAKE = FEATURES.index("seat_namesake")

# The query the publication's country is "named" under: no mention folds to it.
_PUBLICATION = ""

T = TypeVar("T")


class Resolver:
    """Turn a document's candidates into resolved mentions.

    Parameters
    ----------
    gazetteer
        A :class:`gazetteer.Gazetteer` (``candidates_folded``, ``candidates``,
        ``demonym``, ``airports_serving``).
    weights
        Score weights; the learned model (:func:`geo.resolve.weights.shipped`) when
        omitted.
    """

    def __init__(self, gazetteer, *, weights: Weights | None = None) -> None:
        self.gazetteer = gazetteer
        self.weights = weights or shipped()
        self._vector = tuple(getattr(self.weights, name) for name in FEATURES)
        self.feature_names = FEATURES
        # (query, hint, candidate ids) → where the best of them on its own stands.
        self._priors: dict[tuple[str, str, tuple[str, ...]], int] = {}

    def __call__(self, text: str, found: Sequence[Candidate], *,
                 focus: str = "") -> list[Mention]:
        """Resolve ``found`` (candidates of ``text``, in offset order).

        ``focus``: the ISO code of the publication's country, counted as if the text
        named that country once (see :attr:`geo.model.Document.focus`).
        """
        focus = country_code(focus)
        options = self.candidate_options(text, found)
        context = self._context(found, options)
        if focus:
            context.publication = focus
            context.countries[focus] += 2
            context.named_countries.setdefault(focus, set()).add(_PUBLICATION)
        # Each mention's role, by its place's kind (all role_of reads of the place): the
        # second walk moves few mentions to a place of another kind.
        roles: dict[tuple[int, str | None], Role] = {}
        out = self._walk(text, found, options, context, roles)
        chosen = {fold(cand.query): mention.place
                  for cand, mention in zip(found, out, strict=True)
                  if cand.kind == "named" and mention.place is not None}
        # Where every name took its prior's guess, a second walk would read the context
        # the first read, and repeat it (two documents in three of LGL are not so).
        if self.weights.refine and any(context.anchors.get(query) is not place
                                       for query, place in chosen.items()):
            # Once more with the anchors the context chose instead of the prior's guesses:
            # a town's distance to "Minnesota" the state, not to Minneota.
            context.anchors.update(chosen)
            context.last_city = context.last_country = None
            context.settled.clear()
            out = self._walk(text, found, options, context, roles, refining=True)
        return out

    def feature_rows(self, found: Sequence[Candidate],
                     label: Callable[[Candidate, tuple[Place, ...]], T | None],
                     text: str = "") -> Iterator[tuple[T, list[tuple[float, ...]]]]:
        """Yield ``(label, feature vectors of the candidate's places)`` for the named
        candidates of ``found`` that ``label`` labels (returns not ``None``), in the first
        pass's context: what ``tools/train_ranker.py`` learns from. ``text``, the
        document's, says which names it writes with a dot after them ("Calif.")."""
        options = self.candidate_options(text, found)
        context = self._context(found, options)
        for cand in found:
            places = options.get(cand.query, ()) if cand.kind == "named" else ()
            tag = label(cand, places) if places else None
            if tag is None:
                continue
            # The qualifier as recognized, list items too: the rows the shipped model was
            # trained on; the list reading is the walk's (_qualifier).
            yield tag, self._vectors(cand, places, context,
                                     qualifier_places(self.gazetteer, cand.qualifier))

    def _walk(self, text: str, found: Sequence[Candidate], options, context: Context,
              roles: dict[tuple[int, str | None], Role], refining: bool = False
              ) -> list[Mention]:
        out: list[Mention] = []
        for k, cand in enumerate(found):
            place, precision, score = self._resolve_one(text, cand, options, context)
            if refining and cand.kind == "named" and place is not None:
                # The anchor follows the choice at once: measured to one another's
                # previous choices, two names that both exist in two places swap
                # readings (a county read in state B and its town in state A both flip).
                context.anchors[fold(cand.query)] = place
            key = (k, None if place is None else place.kind)
            role = roles.get(key)
            if role is None:
                role = roles[key] = role_of(text, cand, place)
            out.append(Mention(cand.start, cand.end, cand.text, cand.kind, role, place,
                               precision, score))
            if cand.kind == "named" and place is not None and role == "location":
                if place.kind == "city":
                    context.last_city = place
                elif place.kind == "country":
                    context.last_country = place
        return out

    # -- candidates and context -----------------------------------------------------

    def _options(self, cand: Candidate, dotted: bool = False,
                 countries: Collection[str] = ()) -> tuple[Place, ...]:
        return candidate_places(self.gazetteer, cand, dotted, countries)

    def candidate_options(self, text: str, found: Sequence[Candidate],
                          ) -> dict[str, tuple[Place, ...]]:
        """Each named query's candidates. A query the text once writes with a dot after
        it ("Calif.", "Ala.") may be the abbreviation; a short one written without may
        be too where the text's other names first read as places of its country."""
        named = {c.query: c for c in found if c.kind == "named"}
        dotted = {c.query for c in found if c.kind == "named" and text.startswith(".", c.end)}
        options = {query: self._options(c, query in dotted) for query, c in named.items()}
        first = {query: places[0].country for query, places in options.items() if places}
        for query, cand in named.items():
            if len(query) <= LONGEST_CODE and query not in dotted:
                countries = {c for other, c in first.items() if other != query}
                options[query] = self._options(cand, False, countries)
        return options

    def _context(self, found: Sequence[Candidate],
                 options: dict[str, tuple[Place, ...]]) -> Context:
        return document_context(found, options, self.gazetteer, self._prior_best)

    def _prior_best(self, cand: Candidate, places: tuple[Place, ...]) -> Place:
        """The best of a mention's places on its own (an empty context). Its features
        read of the mention only its query and hint, so the answer is kept per query,
        hint and candidates: common names recur across a stream's documents."""
        key = (cand.query, cand.hint, tuple(p.id for p in places))
        at = self._priors.get(key)
        if at is None:
            if len(self._priors) >= PRIOR_CACHE:
                del self._priors[next(iter(self._priors))]  # the oldest
            at = self._priors[key] = self._best_alone(cand, places)
        return places[at]

    def _best_alone(self, cand: Candidate, places: tuple[Place, ...]) -> int:
        empty = Context(Counter(), set(), {})
        rivals = Rivals.of(places, empty, cand)
        nowhere = Nearby(())
        return max(range(len(places)), key=lambda i: self.score(places[i], cand, empty, (),
                                                                 nowhere, rivals))

    # -- one mention ----------------------------------------------------------------

    def _resolve_one(self, text: str, cand: Candidate, options,
                     context: Context) -> tuple[Place | None, Precision | None, float]:
        if cand.kind == "demonym":
            place = self.gazetteer.demonym(cand.query)
            if place is None:
                # A place adjective of another language ("алматинские", "maliennes")
                # whose recognizer gave its place's name: the country, division or large
                # city of that name, as the recognizer chose it.
                place = major_reading(candidate_places(self.gazetteer, cand), cand.query)
                if place is None:
                    return None, None, 0.0
            return place, PRECISION.get(place.kind, "country"), 1.0
        if cand.kind == "area":
            country = focus_country(self.gazetteer, context)
            return country, ("country" if country else None), 0.6 if country else 0.0
        if cand.kind == "nominal":
            return resolve_nominal(self.gazetteer, text, cand, context)
        if cand.hint == "street":
            city = city_after(text, cand, context) or salient_city(context)
            if city is not None:
                return city, "part_of_city", 0.5
        place, precision, score = self._named(text, cand, options.get(cand.query, ()), context)
        if cand.hint == "airport" and place is not None and place.kind != "airport":
            # "Almaty airport": the airport serving the city the name resolves to.
            airport = main_airport(self.gazetteer, place)
            if airport is not None:
                return airport, "point", score
        return place, precision, score

    def _named(self, text: str, cand: Candidate, places: tuple[Place, ...],
               context: Context) -> tuple[Place | None, Precision | None, float]:
        container = stated_container(self.gazetteer, text, cand, context)
        if is_dateline(text, cand, context):
            # A dateline names a city ("NEW YORK (AP) —" is not the state). Kept as a
            # rule: no development corpus opens with a dateline, so no model learns it.
            places = tuple(p for p in places if p.kind == "city") or places
        if not places:
            if container is None:
                return None, None, 0.0
            return container, PRECISION[container.kind], 0.5
        qualifier = self._qualifier(text, cand, places, context)
        me = fold(cand.query)
        vectors = self._vectors(cand, places, context, qualifier)
        scored = sorted(zip(map(self._dot, vectors), places, strict=True),
                        key=lambda s: -s[0])
        values = {p.id: v for p, v in zip(places, vectors, strict=True)}
        if values[scored[0][1].id][_SEAT_NAMESAKE]:
            # A city named like its own division is the reading unless a kind word or a
            # list of divisions says the division (the features tell): a rule so that
            # every weighting keeps it, as the corpora are neutral on it.
            seat = scored[0][1]
            to_front(scored, next((s for s in scored if values[s[1].id][_NAMESAKE]
                                   and inside(s[1], seat)), None))
        region = stated_region(text, cand, context)
        described = (described_region(self.gazetteer, text, cand, context)
                     if not qualifier and region is None else None)
        within = qualifier or tuple(p for p in (region, described) if p is not None)
        # A hard constraint, not a feature: the corpora rarely hold a qualifier that
        # contradicts a bigger namesake, so no weighting learns to let it outweigh one.
        to_front(scored, next((s for s in scored if any(inside(s[1], q) for q in within)),
                              None))
        to_front(scored, major_namesake(scored, me, cand.hint, context, within))
        if not within:
            to_front(scored, _home_namesake(scored, me, context))
            to_front(scored, airport_said(self.gazetteer, text, cand, scored))
        settled = context.settled.get(me)
        # Kept as a rule: it ties a mention to another mention's outcome in the same walk,
        # which a ranking that scores each mention's candidates on their own cannot express.
        if settled is not None and not within and container is None:
            # One sense per text: a name the text has placed ("X is a town in Y County",
            # "X, Ohio") keeps that reading where it recurs bare.
            to_front(scored, next((s for s in scored if s[1] is settled), None))
        best_score, best = scored[0]
        if container is not None:
            in_container = next((s for s in scored if plausibly_in(s[1], container)), None)
            if in_container is not None:
                best_score, best = in_container
                context.settled.setdefault(me, best)
            elif (container.country == best.country
                  or best.country not in context.named_countries):
                # "Lima is a town in X County, Oklahoma": none of the known Limas
                # is there, so the county the text puts it in is the best estimate.
                return container, PRECISION[container.kind], 0.5
        if within and any(inside(best, q) for q in within):
            context.settled.setdefault(me, best)
        # The same place either way; the city is the finer reading ("Paris said").
        chosen = city_for_county(best, places)
        runner_up = next((s for s, p in scored if p is not best and p is not chosen), None)
        margin = 3.0 if runner_up is None else best_score - runner_up
        precision = feature_precision(cand, chosen, context,
                                      PRECISION.get(chosen.kind, "point"))
        if precision is None:
            return None, None, 0.0
        return chosen, precision, round(1 / (1 + math.exp(-margin)), 3)

    def _qualifier(self, text: str, cand: Candidate, places: Sequence[Place],
                   context: Context) -> tuple[Place, ...]:
        """The places the mention's qualifier may be, none where the name after its comma
        is rather the next item of a list (:func:`~geo.resolve.ranking.listed_qualifier`);
        with none recognised, a division's postal code after the comma ("Paris, TX":
        :func:`~geo.resolve.candidates.code_qualifier`)."""
        if not cand.qualifier:
            return code_qualifier(self.gazetteer, text, cand.end)
        qualifier = qualifier_places(self.gazetteer, cand.qualifier)
        return () if listed_qualifier(text, cand, places, context, qualifier) else qualifier

    def score(self, place: Place, cand: Candidate, context: Context,
              qualifier: Sequence[Place], others: Nearby,
              rivals: Rivals | None = None) -> float:
        """Return the linear score of one candidate place of ``cand`` (higher is better)."""
        return self._dot(self.features(place, cand, context, qualifier, others, rivals))

    def _dot(self, values: Sequence[float]) -> float:
        return sum(map(operator.mul, self._vector, values))

    def _vectors(self, cand: Candidate, places: tuple[Place, ...], context: Context,
                 qualifier: Sequence[Place]) -> list[tuple[float, ...]]:
        """The feature vectors of a named mention's places, in their order. A name
        that recurs among the same places around it has the same values: they are
        worked out once per document and walk (the rest of the context they read is
        fixed once the first pass has made it)."""
        anchors = local_anchors(context, cand)
        key = (cand.query, cand.hint, tuple(p.id for p in places),
               tuple(p.id for p in qualifier), tuple(p.id for p in anchors))
        vectors = context.vectors.get(key)
        if vectors is None:
            others, rivals = nearby(anchors), Rivals.of(places, context, cand)
            vectors = context.vectors[key] = [
                self.features(p, cand, context, qualifier, others, rivals) for p in places]
        return list(vectors)

    def features(self, place: Place, cand: Candidate, context: Context,
                 qualifier: Sequence[Place], others: Nearby,
                 rivals: Rivals | None = None) -> tuple[float, ...]:
        """Return the candidate's feature values, in the order of :data:`FEATURES`.

        ``rivals`` what the mention's other candidates say of this one (:class:`Rivals`);
        ``others`` the towns and divisions the document's other mentions take
        (:func:`~geo.resolve.features.local_others`).
        """
        return feature_values(place, cand, context, qualifier, others, rivals)


def _home_namesake(scored: list[tuple[float, Place]], query: str,
                  context: Context) -> tuple[float, Place] | None:
    """A city of at least :data:`MINOR_POPULATION` in the report's country that a foreign
    region, or a foreign country read by a name not its own and named no other way, beat:
    "Salvador" in a report on Brazil is the city; "Jamaica" stays the country."""
    best, home = scored[0][1], context.main_country
    if best.kind not in ("country", "region") or best.country == home or (
            best.kind == "country" and fold(best.name) == query) or \
            context.named_countries.get(best.country, {query}) - {query} or \
            not context.named_countries.get(home, set()) - {query}:
        return None
    return next((s for s in scored if s[1].kind == "city" and s[1].country == home
                 and fold(s[1].name) == query
                 and population_of(s[1]) >= MINOR_POPULATION), None)
