"""The rules that adjust the choice among a named mention's scored candidates: a country,
division, region or (over a hamlet) city outranks a small namesake the text does not place
(:func:`major_namesake`); a county the text puts the mention in takes the candidate inside
it, else stands in for it (:func:`stated_container`, :func:`plausibly_in`); a county is
read as the city it is named after and centred on (:func:`city_for_county`); a river's or
lake's town counts only near the text's other places (:func:`feature_precision`)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from gazetteer.geometry import haversine_km
from gazetteer.normalize import fold
from geo.recognize.airports import flights_before
from geo.recognize.stoplist import load_city_names
from geo.resolve.candidates import feature_core, qualifier_places
from geo.resolve.features import MINOR_POPULATION, is_namesake, local_others, neighbours
from geo.resolve.places import inside, names_of, population_of

if TYPE_CHECKING:
    from gazetteer import Gazetteer
    from gazetteer.place import Place
    from geo.model import Precision
    from geo.recognize import Candidate
    from geo.resolve.context import Context

# How many other names with a town reading around a small namesake place it, against
# the country or state it shares its name with, in a text naming no other country
# ("Lebanon" beside Myerstown and Grantville is the Pennsylvania town).
_LOCAL_EVIDENCE = 2
_MAJOR = frozenset({"country", "admin1", "region"})
# Country codes and acronyms ("US", "UAE") are this long at most; a longer name
# is written out ("Chad").
_LONGEST_ACRONYM = 3


def major_namesake(scored: list[tuple[float, Place]], query: str, hint: str,
                   context: Context, qualifier: Sequence[Place],
                   ) -> tuple[float, Place] | None:
    """The country, division, region, major airport or (over a hamlet of no known
    population, in its country) city a small namesake outscored without local evidence.

    Readers take "Brazil" or "California" for the country or state unless the text places
    the town ("Brazil, Ind.", Indiana named elsewhere, "the town of ...", or
    :data:`_LOCAL_EVIDENCE` other names with a town reading around it in a text naming no
    other country: an obituary's "Lebanon" beside Myerstown and Grantville); the distance
    to the document's other places alone is not enough, since it drags a country onto any
    same-named village near them. An airport known by the name ("Heathrow") and serving a
    city of at least :data:`MINOR_POPULATION` is as well known as a division, and so is
    such a city that bore the name (:func:`_bore_the_name`: "Smyrna" is İzmir where
    nothing places the Georgia town). A town that is the seat of the division named after
    it keeps its name (see :func:`geo.resolve.features.is_namesake`).
    """
    best = scored[0][1]
    # A county stands for the city it is named after (city_for_county): judged as it.
    town = city_for_county(best, [p for _, p in scored])
    if best.kind in _MAJOR or population_of(town) >= MINOR_POPULATION:
        return None
    if hint == best.kind or (qualifier and any(inside(best, q) for q in qualifier)):
        return None
    here = (best.country, fold(best.admin1))
    named = context.named_admin1s.get(here, {query}) - {query}
    # A hamlet (no known population) loses to a city of its name in its country unless the
    # text names its division and its other names lie nearer it, or the city lies elsewhere
    # and that is the text's only division, named for no other place ("Ohio ... Huntsville").
    city = next((s for s in scored if s[1].kind == "city" and s[1].country == best.country
                 and fold(s[1].name) == query and population_of(s[1]) >= MINOR_POPULATION), None)
    alone = city is not None and city[1].admin1 != best.admin1 and not any(
        q != query and p.kind not in _MAJOR and (p.country, fold(p.admin1)) == here
        for q, p in context.anchors.items()) and {
        key for key, names in context.named_admin1s.items() if names - {query}} == {here}
    if city is not None and not best.population and not (named and (
            alone or neighbours(context, best, query) > neighbours(context, city[1], query))):
        return city
    if named:
        return None
    abroad = any(queries - {query} for country, queries
                 in context.named_countries.items() if country != best.country)
    if not abroad and context.local_cells and neighbours(context, best, query) >= _LOCAL_EVIDENCE:
        return None
    major = next((s for s in scored if ((s[1].kind in _MAJOR and fold(s[1].name) == query)
                  or s[1].extra.get("served_population", 0) >= MINOR_POPULATION
                  or _bore_the_name(s[1], query, best, context))
                  and not _outnumbered(s[1], scored)), None)
    if major is not None and is_namesake(best, query, (major[1],)):
        # The town is the seat of the division named after it: a reader means the town.
        return None
    if (major is not None and major[1].kind == "admin1"
            and major[1].country not in context.named_countries
            and context.named_countries.get(best.country, {query}) - {query}):
        # A foreign division loses to a town in the country the text names
        # ("Valencia, a municipality in ... Philippines").
        return None
    return major


def _bore_the_name(city: Place, query: str, town: Place, context: Context) -> bool:
    """Whether ``city`` is a city of at least :data:`MINOR_POPULATION` that WordNet knows
    by the name as its English or former name ("Smyrna" of İzmir), and nothing in the
    text places the small namesake ``town``: no other name of the text is read in its
    country, nor as a town near it."""
    names = load_city_names()
    if not (city.kind == "city" and population_of(city) >= MINOR_POPULATION
            and fold(city.name) != query and query in names):
        return False
    # Another such name's small namesakes place nothing: in "Madras and Calcutta" the
    # Ohio Calcutta must not vouch for the US Madras.
    placed = context.countries.copy()
    for other, countries in context.countries_by_query.items():
        if other == query or other in names:
            placed -= countries
    return town.country not in placed and neighbours(context, town, query) == 0


def _outnumbered(major: Place, scored: list[tuple[float, Place]]) -> bool:
    """Whether a division has fewer people in its towns than a town of its name has
    (one of ``scored``): no reader takes "Toledo" for Belize's district of that name
    over the cities of Spain or Ohio. A division whose towns are unknown, a country, a
    region or an airport is not outnumbered."""
    people = population_of(major) if major.kind in ("admin1", "admin2") else 0
    return people > 0 and any(p.kind == "city" and fold(p.name) == fold(major.name)
                              and p.population > people for _, p in scored)


def airport_said(gazetteer: Gazetteer, text: str, cand: Candidate,
                 scored: list[tuple[float, Place]]) -> tuple[float, Place] | None:
    """The airport among ``scored`` when the words before the mention speak of flights
    ("flights to X", "landed at X"), else ``None``: a kind word a single-mention
    feature does not see, as "X airport" is. Where no reading of the name is an airport,
    the airport called "X Airport" or "X International Airport" is added to ``scored``
    and taken if it serves a city larger than any town of the name, and no country or
    division bears it: a bare name that is a big city's airport's and also some smaller
    town's ("Pearson", "Logan") is the airport in a flight's words; "flights to London"
    are to the city, not to Ontario's London International Airport."""
    if not flights_before(text, cand.start):
        return None
    said = next((s for s in scored if s[1].kind == "airport"), None)
    if said is not None or any(p.kind in _MAJOR for _, p in scored):
        return said
    airport = named_airport(gazetteer, cand.query)
    me = fold(cand.query)
    if airport is None or any(
            fold(p.name) == me and population_of(p) >= airport.extra["served_population"]
            for _, p in scored):
        return None
    scored.append((scored[0][0], airport))
    return scored[-1]


def named_airport(gazetteer: Gazetteer, name: str) -> Place | None:
    """The airport called ``name`` with "Airport" or "International Airport" after it
    that serves a city of :data:`MINOR_POPULATION` or more (the busiest if several),
    else ``None``: of a small town's airfield the bare word is as likely a surname."""
    airports = [p for form in (" Airport", " International Airport")
                for p in gazetteer.candidates_folded(fold(name + form), 20)
                if p.kind == "airport"
                and p.extra.get("served_population", 0) >= MINOR_POPULATION]
    return max(airports, key=lambda p: p.extra.get("served_population", 0), default=None)


def to_front(scored: list[tuple[float, Place]], entry: tuple[float, Place] | None) -> None:
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
    between, end = _PUT_IN, cand.end
    division = None
    # Along a comma chain ("in Union Township, Clark County, Ohio"), the first
    # county, else the first division.
    for start, stop, query, qualifier in _named_after(context, cand.end):
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


# The kind words a description of a place ends with ("the Libyan capital X", "X, a port
# town in Y").
_KIND_WORD = r"(?:city|town|village|port|capital|province|region|state|district|governorate)"
# ", in [the] [southern] Y" or, in apposition, ", the capital of Y", ", a port town in
# northern Y": the words between a place and the country or division the text places it
# in ("Victoria, in British Columbia"); without the comma, read by
# :func:`described_region` ("Tripoli in northern Lebanon").
_PLACED_IN = re.compile(
    r"(?:(?P<comma>,)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?" + _KIND_WORD + r"\s+(?:of|in)"
    r"|(?P<bare_comma>,)?\s+in)\s+(?:the\s+)?"
    r"(?:(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central)\s+)?",
    re.IGNORECASE)
# What joins the items of a list of names: ", ", " and ", ", or ".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")


def stated_region(text: str, cand: Candidate, context: Context, *,
                  comma: bool = True) -> Place | None:
    """The country or first-level division the text places a mention in right after it
    ("X, in southern Y", "X, the capital of Y"; with ``comma=False`` also "X in Y"), as
    the reading taken for Y; else ``None``."""
    following = next(_named_after(context, cand.end), None)
    if following is None:
        return None
    start, _, query, _ = following
    placed = _PLACED_IN.fullmatch(text, cand.end, start)
    if placed is None or (comma and placed["comma"] is None and placed["bare_comma"] is None):
        return None
    place = context.anchors.get(query)
    return place if place is not None and place.kind in ("country", "admin1") else None


# "the northern Lebanese city of X", "the Libyan capital X", "the Ohio town of X": a
# demonym or a place's name, up to two lower-case words, a kind word, then "of", a comma
# or nothing right before the mention.
_DESCRIBED = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:[a-z-]+\s+){0,2}?"
    + _KIND_WORD + r"(?:\s+of|,)?\s+$")
# How far before a mention its description is looked for.
_DESCRIBED_WINDOW = 80


def described_region(gazetteer: Gazetteer, text: str, cand: Candidate,
                     context: Context) -> Place | None:
    """The country or first-level division a description right before a mention puts it
    in ("the northern Lebanese city of Tripoli": Lebanon; "the Ohio town of Athens": the
    reading taken for Ohio), or "in Y" right after it without a comma ("Tripoli in
    northern Lebanon"); else ``None``. Only at the name's first mention, where a report
    introduces the place it is about: later, such words set a namesake apart from it
    ("Liverpool, a suburb of Sydney, ... named after the English city of Liverpool").
    """
    me = fold(cand.query)
    if any(query == me for _, _, query, _ in _named_before(context, cand.start)):
        return None
    match = _DESCRIBED.search(text, max(0, cand.start - _DESCRIBED_WINDOW), cand.start)
    if match is None:
        return stated_region(text, cand, context, comma=False)
    words = match["name"].split()
    for name in dict.fromkeys((" ".join(words), words[-1])):
        place = gazetteer.demonym(name) or context.anchors.get(fold(name))
        if place is not None and place.kind in ("country", "admin1"):
            return place
    return None


def listed_qualifier(text: str, cand: Candidate, places: Sequence[Place],
                     context: Context, qualifier: Sequence[Place] = ()) -> bool:
    """Whether the name after a mention's comma is the next item of a list rather than
    its qualifier: the mention may be a place of that name's kind, and either both are
    countries ("Mali, Niger") or a name of the same kind follows ("cases in Washington,
    Pennsylvania and California"). A division's code in capitals (one of the
    ``qualifier``'s places) qualifies ("Lebanon, PA", "Peru, IN"), though Panama's and
    India's codes are the same: a list writes its countries' names out."""
    items = list(itertools.islice(_named_after(context, cand.end), 2))
    if not items or items[0][2] != cand.qualifier:
        return False
    written = text[items[0][0]:items[0][1]]
    if (len(written) == 2 and written.isupper()
            and any(q.kind == "admin1" for q in qualifier)):
        return False
    listed = context.anchors.get(items[0][2])
    if listed is None or not any(p.kind == listed.kind for p in places):
        return False
    if listed.kind == "country":
        return True
    if len(items) < 2 or not _LIST_JOIN.fullmatch(text, items[0][1], items[1][0]):
        return False
    following = context.anchors.get(items[1][2])
    return following is not None and following.kind == listed.kind


def _named_before(context: Context, position: int) -> Iterator[tuple[int, int, str, str]]:
    """The document's named mentions that begin before ``position``."""
    items = context.named_at
    index = bisect.bisect_left(items, position, key=lambda m: m[0])
    return (items[i] for i in range(index))


def _named_after(context: Context, position: int) -> Iterator[tuple[int, int, str, str]]:
    """The document's named mentions from ``position`` on, lazily and without a copy
    (``islice`` would walk the skipped part: quadratic over a long text's mentions)."""
    items = context.named_at
    index = bisect.bisect_left(items, position, key=lambda m: m[0])
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
    ``"region"`` where another place of the text lies near it, else ``None`` (unplaced);
    ``None`` too for a small town abroad that only a bare name points at
    (:func:`bare_name_abroad`)."""
    if bare_name_abroad(cand, chosen, context):
        return None
    if feature_core(cand.query) and fold(cand.query) not in map(fold, names_of(chosen)):
        # The town a river or valley is named with: an area, and only where another
        # place of the text lies near it ("Lake Victoria" alone is not in Canada).
        if local_others(context, cand).nearest_km(chosen) > FEATURE_NEAR_KM:
            return None
        precision = "region"
    return precision


def bare_name_abroad(cand: Candidate, chosen: Place, context: Context) -> bool:
    """Whether ``chosen`` is a small town (under :data:`MINOR_POPULATION`) abroad that
    only a bare name points at: the name was matched in the gazetteer alone (the NER
    did not read it as a place, nor did annotators give it), the text names a country
    by its name (or its publication gives one), names none in ``chosen``'s country and
    reads none of its other names there, and the mention has no qualifier, no kind
    word and no other place of the text near it. A reader of a report on one country does not take a
    word that is also some village's name abroad (a common word opening a sentence, a
    party sharing a foreign town's name) for that village.

    A country only some reading of a name may be ("Georgia"), a demonym ("Irish") or
    a code ("GM" is also a carmaker) does not say what the text is about: only a name
    read first as a country, written out, does."""
    if (cand.source != "gazetteer" or chosen.kind != "city"
            or population_of(chosen) >= MINOR_POPULATION or cand.qualifier or cand.hint):
        return False
    me = fold(cand.query)
    # The publication's country is recorded under the empty query.
    named = {country for country, queries in context.named_countries.items()
             if "" in queries}
    named.update(p.country for query, p in context.anchors.items()
                 if query != me and p.kind == "country" and len(query) > _LONGEST_ACRONYM)
    elsewhere = context.countries - context.countries_by_query.get(me, Counter())
    if not named or chosen.country in named or chosen.country in elsewhere:
        return False
    return local_others(context, cand).nearest_km(chosen) > FEATURE_NEAR_KM
