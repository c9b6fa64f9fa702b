"""Mentions without a name of their own, resolved from what the text is about: nominal ones
("the airport", "the town hall", "the capital") from the salient city or the country in
focus, area ones ("across the country") from the country in focus.

Once the whole document is resolved, :func:`after_resolution` settles what needs all of
it and its date: "the capital" of a report dated before the capital moved is the old
one (:mod:`gazetteer.capitals`), and a street named again is where it was first put."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from gazetteer.capitals import is_news_capital, news_capital_id
from gazetteer.geometry import haversine_km
from gazetteer.normalize import fold
from geo.resolve.candidates import CANDIDATE_LIMIT

if TYPE_CHECKING:
    from gazetteer import Gazetteer
    from gazetteer.place import Place
    from geo.model import Mention, Precision
    from geo.recognize import Candidate
    from geo.resolve.context import Context

#: How far from the city in focus a landmark named by a nominal mention may be.
LANDMARK_RADIUS_KM = 50.0
# "The capital" is the capital of the country in focus, not the city last named.
_CAPITAL = re.compile(r"\bcapital\b", re.IGNORECASE)
_OF = re.compile(r"\s+of\b")
_OF_NAMED = re.compile(r"\s+of\s+")
# What names the country before "capital": a demonym ("the Nigerian capital") or a
# possessive ("Burundi's capital").
_OWNER = re.compile(r"(?:\b[Tt]he\s+(?P<adjective>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|['’]s)\s+$")
# The seats of a national government ("the parliament building", "the presidential
# palace"): in the capital of the country in focus, wherever the last city named lies.
# A president's residence is not one: presidents keep them in several cities.
_SEAT_OF_GOVERNMENT = re.compile(
    r"\b(?:parliament|presidential\s+palace|national\s+assembly|government\s+house|"
    r"congress)\b", re.IGNORECASE)
# "the presidential palace in Manila": the city the text puts the site in.
_IN = re.compile(r"\s+in\s+")
_APPOSITION = re.compile(r",?\s+")
_IN_NAMED = re.compile(r"\s+in\s+(?:the\s+capital\b|[A-Z])")
_THE_CAPITAL = re.compile(r"the\s+capital\b(?!\s+of\b)", re.IGNORECASE)
# The year a sentence puts what it tells in ("in 1985", "in March 1985", "during the 1990
# elections"): "the capital" in it is that year's. "of" only before a month ("of March
# 1985"): "a crowd of 2000 people" tells no year.
_YEAR_TOLD = re.compile(r"\b(?:(?i:in|during|since|until)|(?i:of)(?=\s+[A-Z]))\s+"
                        r"(?:(?:early|mid|late)[- ])?"
                        r"(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?:the\s+)?"
                        r"(?P<year>1[89]\d\d|20\d\d)\b(?!s)")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|this|that)\s+", re.IGNORECASE)


def focus_country(gazetteer: Gazetteer, context: Context) -> Place | None:
    """The country last named as a location, else the one the text is most about."""
    if context.last_country is not None:
        return context.last_country
    return main_country(gazetteer, context)


def main_country(gazetteer: Gazetteer, context: Context) -> Place | None:
    """The country the text is most about, as a gazetteer place."""
    if not context.main_country:
        return None
    found = gazetteer.candidates(context.main_country, kind="country", limit=1)
    return found[0] if found else None


def _capital_country(gazetteer: Gazetteer, context: Context) -> Place | None:
    """Whose capital "the capital" is (see :func:`_capital_country_code`)."""
    last = context.last_country
    if last is not None and _capital_country_code(context) == last.country:
        return last
    return main_country(gazetteer, context)


def _capital_country_code(context: Context) -> str:
    """Whose capital "the capital" is: the country last named, unless the text is about
    another country far more (its readings more than twice as many), or names that
    other country's capital and not the last one's. The country last named may be a
    trading partner or a misread name ("coal bound for X ... a curfew in the capital");
    a report about X that names X last means X's."""
    last, main = context.last_country, context.main_country
    if last is None:
        return main
    if not main or main == last.country:
        return last.country
    if context.countries[main] > 2 * context.countries[last.country]:
        return main
    named = {p.country for p in context.anchors.values() if p.kind == "city"
             and is_news_capital(p.id, p.country, p.feature_code)}
    return main if main in named and last.country not in named else last.country


def _owner(gazetteer: Gazetteer, text: str, cand: Candidate,
           context: Context) -> tuple[bool, Place | None]:
    """Whether words right before "capital" say whose it is, and the country they name:
    "Burundi's capital" (the named mention ending at the "'s"), "the Nigerian capital"
    (a demonym). "The capital" and "the country's capital" say nothing; "Sichuan's
    capital" and "the Xinjiang capital" name no country, so no national capital."""
    m = _OWNER.search(text, max(0, cand.start - 40), cand.start)
    if m is None:
        return False, None
    # The name ends where the "'s" starts, or is the attribute ("the Burundi capital").
    named_end = m.end("adjective") if m.group("adjective") else m.start()
    query = next((q for _, end, q, _ in context.named_at if end == named_end), None)
    place = context.anchors.get(query) if query else None
    if m.group("adjective") and place is None:
        place = gazetteer.demonym(m.group("adjective"))
    elif query is None and not m.group("adjective"):  # "the country's capital"
        return False, None
    return True, place if place is not None and place.kind == "country" else None


def names_the_capital(text: str, phrase: str, end: int) -> bool:
    """Whether ``phrase``, ending at ``end`` in ``text``, is a national capital: "the
    capital", not "the capital of Ohio" (the city named after it is)."""
    return _CAPITAL.search(phrase) is not None and _OF.match(text, end) is None


def resolve_nominal(gazetteer: Gazetteer, text: str, cand: Candidate,
                    context: Context) -> tuple[Place | None, Precision | None, float]:
    """The place, precision and score of a nominal mention."""
    if names_the_capital(text, cand.text, cand.end):
        named = _named_after(text, cand.end, context)  # "the capital, X"
        if named is not None:
            return named, "city", 0.6
        owned, owner = _owner(gazetteer, text, cand, context)
        if owned and owner is None:
            return None, None, 0.0
        capital = _capital(gazetteer, owner or _capital_country(gazetteer, context))
        if capital is not None:
            return capital, "city", 0.6
    country = _country_owning(text, cand, context)
    if country is not None:  # "the capital of Togo": its capital, not the last city
        capital = _capital(gazetteer, country)
        return (capital, "city", 0.6) if capital is not None else (None, None, 0.0)
    named = city_after(text, cand, context)  # "the town hall in X"
    if named is None and _SEAT_OF_GOVERNMENT.search(cand.text):
        capital = _capital(gazetteer, _capital_country(gazetteer, context))
        if capital is not None:
            return capital, "part_of_city", 0.5
    city = named or salient_city(context)
    if city is None:
        return None, None, 0.0
    if "airport" in cand.text.lower():
        airport = main_airport(gazetteer, city)
        if airport is not None:
            return airport, "point", 0.6
    landmark = _landmark(gazetteer, cand.text, city)
    if landmark is not None:
        return landmark, "point", 0.6
    return city, "part_of_city", 0.6 if named else 0.5


def after_resolution(gazetteer: Gazetteer, text: str, mentions: Sequence[Mention],
                     published: date | None) -> list[Mention]:
    """What resolution settles only with the whole document read: a street or square
    named again is where its first mention was put ("a march on X Square in the capital
    ... rooftops near X Square": both in the capital, not in the city last named), and
    "the capital" is its country's capital at the time (:func:`capitals_of_their_time`)."""
    return capitals_of_their_time(gazetteer, text, _streets_named_again(text, mentions),
                                  published)


def _streets_named_again(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each street (a named mention placed as part of a city) named again with no "in X"
    of its own takes the place of its first mention."""
    first: dict[str, Place] = {}
    out: list[Mention] = []
    for mention in mentions:
        if mention.kind == "named" and mention.precision == "part_of_city" \
                and mention.place is not None and mention.place.kind == "city":
            key = fold(mention.text)
            if key in first and _IN_NAMED.match(text, mention.end) is None:
                mention = replace(mention, place=first[key])
            first.setdefault(key, mention.place)
        out.append(mention)
    return out


def capitals_of_their_time(gazetteer: Gazetteer, text: str, mentions: Sequence[Mention],
                           published: date | None) -> list[Mention]:
    """``mentions`` with each "the capital" (or seat of government) resolved to a city
    pointed at its country's capital at the time the text tells of: the year its
    sentence names ("in 1985"), else the publication date, else today (Lagos in a 1985
    report on Nigeria, Abuja in a 2020 one; see :mod:`gazetteer.capitals`)."""
    out: list[Mention] = []
    for mention in mentions:
        place = mention.place
        if mention.kind == "nominal" and place is not None and place.kind == "city" \
                and _means_the_capital(text, mention, place) \
                and not _apposed(text, mention, mentions):
            when = _year_told(text, mention.start, published) or published
            dated = news_capital_id(place.country, when)
            then = gazetteer.get(dated) if dated is not None and dated != place.id else None
            if then is not None:
                mention = replace(mention, place=then)
        out.append(mention)
    return out


def _apposed(text: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether a named place follows ``mention`` in apposition ("the capital, X"): the
    text says which city it means."""
    m = _APPOSITION.match(text, mention.end)
    return m is not None and any(n.start == m.end() and n.kind == "named" for n in mentions)


def _means_the_capital(text: str, mention: Mention, place: Place) -> bool:
    """Whether a nominal mention resolved to ``place`` stands for its country's capital:
    "the capital" (not "the capital of Ohio"), or a seat of government placed in today's
    capital, not in a city the text names ("the parliament in X")."""
    if _CAPITAL.search(mention.text):
        return not _OF.match(text, mention.end)
    return _SEAT_OF_GOVERNMENT.search(mention.text) is not None and \
        place.id == news_capital_id(place.country)


def _year_told(text: str, position: int, published: date | None) -> date | None:
    """The middle of the year the sentence around ``position`` names, the one nearest
    before it first; none later than the publication."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 400), position)]
    start = starts[-1] if starts else max(0, position - 400)
    after = _SENTENCE_END.search(text, position)
    end = after.start() if after else len(text)
    years = [(abs(position - m.start()) + (m.start() > position) * len(text),
              int(m.group("year"))) for m in _YEAR_TOLD.finditer(text, start, end)]
    years = [(d, y) for d, y in years if published is None or y <= published.year]
    return date(min(years)[1], 7, 1) if years else None


def capital_of_at(text: str, phrase: str, end: int) -> int | None:
    """Where the name after "the capital of" starts when ``phrase``, ending at ``end``,
    is a capital with an "of" after it ("the capital of Togo"); none otherwise."""
    if _CAPITAL.search(phrase) is None:
        return None
    m = _OF_NAMED.match(text, end)
    return None if m is None else m.end()


def _country_owning(text: str, cand: Candidate, context: Context) -> Place | None:
    """The country an "of" right after "the capital" names ("the capital of Togo"); none
    for a province or state ("the capital of Ohio" is a city the text may name next)."""
    at = capital_of_at(text, cand.text, cand.end)
    if at is None:
        return None
    named = next((q for start, _, q, _ in context.named_at if start == at), None)
    place = context.anchors.get(named) if named else None
    return place if place is not None and place.kind == "country" else None


def _named_after(text: str, end: int, context: Context) -> Place | None:
    """The city named in apposition right after a phrase ending at ``end`` ("the
    capital, X", "the capital X")."""
    m = _APPOSITION.match(text, end)
    return None if m is None else _city_named_at(m.end(), context)


def city_after(text: str, cand: Candidate, context: Context) -> Place | None:
    """The city an "in X" right after the mention names ("the town hall in X"), or the
    capital an "in the capital" names, when the text names that capital ("a square in
    the capital" is in the capital, not in the city last named)."""
    m = _IN.match(text, cand.end)
    if m is None:
        return None
    if _THE_CAPITAL.match(text, m.end()):
        return _named_capital(context)
    return _city_named_at(m.end(), context)


def _city_named_at(position: int, context: Context) -> Place | None:
    """The city a named mention starting at ``position`` was read as, if it is one."""
    named = next((q for start, _, q, _ in context.named_at if start == position), None)
    place = context.anchors.get(named) if named else None
    return place if place is not None and place.kind == "city" else None


def _named_capital(context: Context) -> Place | None:
    """The capital (of today: :mod:`gazetteer.capitals`) of the country in focus (as
    :func:`_capital_country_code` chooses it), among the cities the text names."""
    country = _capital_country_code(context)
    return next((p for p in context.anchors.values() if p.kind == "city"
                 and p.country == country
                 and is_news_capital(p.id, country, p.feature_code)), None)


def _capital(gazetteer: Gazetteer, country: Place | None) -> Place | None:
    """The city news means today by the capital of ``country``: the table of capitals by
    era (La Paz, not Sucre), else the city the gazetteer marks ``PPLC``. The date of the
    report moves it later (:func:`capitals_of_their_time`)."""
    if country is None:
        return None
    dated = news_capital_id(country.country)
    place = gazetteer.get(dated) if dated is not None else None
    if place is not None:
        return place
    if not country.extra.get("capital"):
        return None
    found = gazetteer.candidates(country.extra["capital"], country=country.country,
                                 kind="city", limit=CANDIDATE_LIMIT)
    return next((p for p in found if p.feature_code == "PPLC"), None)


def _landmark(gazetteer: Gazetteer, phrase: str, city: Place) -> Place | None:
    """A landmark (from a user layer) that ``phrase`` names in or near ``city``.

    "the town hall" in an article about Almaty is the place a newsroom's layer calls
    "town hall" within :data:`LANDMARK_RADIUS_KM` of Almaty, if it has one.
    """
    name = _DETERMINER.sub("", phrase).strip()
    if not fold(name):
        return None
    found = gazetteer.candidates(name, kind=("landmark", "checkpoint"),
                                 near=(city.lat, city.lon), limit=1)
    if found and haversine_km(city.lat, city.lon, found[0].lat,
                              found[0].lon) <= LANDMARK_RADIUS_KM:
        return found[0]
    return None


def main_airport(gazetteer: Gazetteer, city: Place) -> Place | None:
    """The airport a reader means by "X airport" (the gazetteer orders them so)."""
    airports = gazetteer.airports_serving(city)
    return airports[0] if airports else None


def salient_city(context: Context) -> Place | None:
    """The latest city named as a location before this point, else the most frequent
    of the cities the text names in the country it is most about (a name read on its
    own as a village abroad does not make a square or a street foreign)."""
    if context.last_city is not None:
        return context.last_city
    main = context.main_country
    cities = Counter(p.id for p in context.anchors.values()
                     if p.kind == "city" and (not main or p.country == main))
    if not cities:
        return None
    wanted = cities.most_common(1)[0][0]
    return next(p for p in context.anchors.values() if p.id == wanted)
