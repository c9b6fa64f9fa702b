"""Places a report refers back to: "the city", "the town", "the port", "the region",
"there", and "the capital".

News names a place once and then refers to it: "Protesters marched in X. Police
dispersed them as they reached the town hall, and two people died in the city." Each
referring phrase governed by a locative preposition ("in the city", "outside the town",
"died there") becomes a mention of the most recent place of a compatible kind before
it: a town or city for "the city", "the town", "the port" and "the village"; a
province for "the region" and "the province"; any site for "there". Its offsets are
the phrase's own, so the incident keeps the referring phrase as evidence, and its
precision says what the phrase gives: "the outskirts of the city" is part of the city
(ACLED precision 2). A reference point ("40 km north of the capital") and a place
abroad named in passing are no antecedents; a town the gazetteer lacks is one, and the
phrase then stays as unplaced as that town ("in X, north of the capital. A man died
in the town." is not the capital).

"The capital" is the capital of the country the report is about (the city news meant
by its capital when the report was published, :mod:`gazetteer.capitals`, named in it),
unless "of <place>" follows: the geoparser reads it as the
capital of the last country named, which is often a destination ("left for X"). When
the report never names its own capital, the phrase is left unplaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from gazetteer.capitals import is_news_capital
from geo.events import places, timeline
from geo.events.clauses import sentence_spans
from geo.lexicon import alternation
from geo.model import Mention
from geo.resolve.nominal import names_the_capital

_LOCATIVES = (*places.AT_PLACE, "inside", "into", "across", "around", "throughout", "over",
            "within", "to", "from")
_LOCATIVE = (rf"\b(?:{alternation(_LOCATIVES)}|"
             r"on\s+the\s+(?:outskirts|edge|streets)\s+of|"
             r"(?:parts?|centre|center|south|north|east|west)\s+of)\s+")
_REFERENCE = re.compile(
    _LOCATIVE + r"(?P<phrase>the\s+(?P<noun>city|town|port|region|province|village))"
    r"\b(?!\s+(?:of|hall|council|centre|center|authorities|'s|city|town)\b)(?!-)",
    re.IGNORECASE)
# "there" as a place, not the "there" of "there were clashes".
_THERE = re.compile(
    r"\b(?:in|from|out|held|killed|died|arrested|detained|deployed|clashed|marched|"
    r"gathered|rallied|protested|fighting|violence|unrest|protests?|clashes|deaths|"
    r"killings|shootings?|attacks?|"
    r"situation|calm|tension|troops|police)\s+(?:\w+\s+){0,2}?(?P<phrase>there)\b"
    r"(?!\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|seems?|"
    r"appears?|remains?|remained|being|been)\b)", re.IGNORECASE)
_PART = re.compile(r"\b(?:outskirts|edge|parts?|centre|center|south|north|east|west)"
                   r"\s+of\s+$", re.IGNORECASE)
# Only a comma and a preposition between a place and the phrase: "a market in X, in the
# south of the city" places X in the city; X is not the city. (Unlike the apposition of
# geo.events.places, no other words may stand between.)
_COMMA_BEFORE = re.compile(r"\s*,\s*(?:(?:in|on|at)\s+)?(?:the\s+)?", re.IGNORECASE)
# A name followed by one of these words names part of a town ("the X neighbourhood").
_PART_OF_TOWN_AFTER = re.compile(
    r"\s+(?:neighbou?rhoods?|quarters?|suburbs?|townships?|slums?|shanty\s*towns?)\b",
    re.IGNORECASE)
# The kinds "the city" and "the region"/"the province" refer back to; a country is
# never "the region".
_TOWN_KINDS = frozenset({"city"})
_PROVINCE_KINDS = frozenset({"admin1", "admin2", "region"})
_SETTLEMENTS = frozenset({"town", "village", "city", "there"})


def with_references(text: str, mentions: Sequence[Mention],
                    published: date | None = None) -> list[Mention]:
    """``mentions`` plus one per phrase referring back to a place, in text order, and
    "the capital" pointed at the report's own capital (as of ``published``)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    mentions = _own_capital(text, mentions, published)
    main = places.main_place(mentions)
    country = main.place.country if main is not None else ""
    mentions = _parts_of_town(text, mentions, country)
    mentions = _away_from_homes(text, mentions)
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for pattern in (_REFERENCE, _THERE):
        for match in pattern.finditer(text):
            start, end = match.span("phrase")
            if any(a < end and start < b for a, b in taken):
                continue
            noun = (match.groupdict().get("noun") or "there").lower()
            antecedent = _antecedent(text, mentions, match.start(), noun, country)
            if antecedent is None:
                continue
            part = _PART.search(text, max(0, start - 30), start) is not None
            found.append(_reference(text, start, end, antecedent, part))
    return sorted(mentions + found, key=lambda m: m.start)


def _antecedent(text: str, mentions: Sequence[Mention], position: int,
                noun: str, country: str) -> Mention | None:
    """The place a phrase starting at ``position`` (its preposition) refers to: a
    mention without a place when it is a town the gazetteer lacks ("surrounded his car
    in X. Another man died in the town."), so that the phrase is no other town."""
    for mention in reversed([m for m in mentions if m.end <= position]):
        if mention.place is None and mention.kind == "named" and noun in _SETTLEMENTS \
                and mention.role == "location" and places.AT_PLACE_BEFORE.search(
                    text, max(0, mention.start - 10), mention.start):
            return mention
        # A place abroad named in passing ("the X prison", a misread name) is no
        # antecedent; one something happened in is.
        if not places.is_site(mention) or places.locates_only(text, mention) or \
                _COMMA_BEFORE.fullmatch(text, mention.end, position) or \
                not places.stated_site(text, mention, country, 0):
            continue
        kind = mention.place.kind
        if noun == "there":
            if mention.kind == "area":
                return None
            return _town_inside(text, mentions, mention) or mention
        area = kind in _PROVINCE_KINDS or places.AREA_WORD_BEFORE.search(
            text, max(0, mention.start - 30), mention.start) is not None
        if noun in ("region", "province"):
            if area:
                return mention
        elif kind in _TOWN_KINDS and not area and mention.precision != "part_of_city" \
                and not _PART_OF_TOWN_AFTER.match(text, mention.end):
            return mention
    return None


# A town with its country or region in apposition: "at X in Pakistan", "X, Pakistan",
# "In X, on the Caribbean coast".
_APPOSED = re.compile(r"(?:,[^\S\n]*(?:(?:in|on)[^\S\n]+)?|[^\S\n]+in[^\S\n]+)"
                      r"(?:the[^\S\n]+)?")
# A country or region told as the whole of it ("rallies across Pakistan"): no town.
_COUNTRYWIDE = re.compile(r"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _town_inside(text: str, mentions: Sequence[Mention], area: Mention) -> Mention | None:
    """The town that a country, province or region holds, in apposition to it or named
    earlier in its sentence ("clashed at X in Pakistan", "In X, on the Caribbean coast,
    crowds looted", "clashed at X, officials in Y province said"): "there" after it means
    the town, where things happened, not the area around. Not after a country told as a
    whole ("rallies across Pakistan"), and never a dateline's town."""
    if area.place.kind not in _PROVINCE_KINDS | {"country"}:
        return None
    dateline = timeline.dateline_end(text)
    before = [m for m in mentions if dateline <= m.start and m.end <= area.start]
    if not before:
        return None
    if _APPOSED.fullmatch(text, before[-1].end, area.start):
        before = before[-1:]
    elif _COUNTRYWIDE.search(text, max(0, area.start - 20), area.start):
        return None
    else:
        start = next((s for s, e in sentence_spans(text) if s <= area.start < e), area.start)
        before = [m for m in before if m.start >= start]
    for mention in reversed(before):
        if mention.place is not None and mention.place.kind in _TOWN_KINDS \
                and area.place.country in ("", mention.place.country) \
                and places.is_site(mention):
            return mention
    return None


def _parts_of_town(text: str, mentions: list[Mention], country: str) -> list[Mention]:
    """Point "the X neighbourhood", read as a town abroad, at the town the report was
    last in (part of it): a neighbourhood of a report about one country is in that
    country, and its name read abroad is a namesake."""
    out: list[Mention] = []
    for mention in mentions:
        place = mention.place
        if country and place is not None and place.country != country \
                and place.kind == "city" and mention.kind == "named" \
                and _PART_OF_TOWN_AFTER.match(text, mention.end):
            town = _antecedent(text, out, mention.start, "city", country)
            if town is not None and town.place is not None:
                mention = replace(mention, place=town.place, precision="part_of_city")
        out.append(mention)
    return out


def _away_from_homes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Point a part of a town ("the city centre", a square's name) that the geoparser
    put in the city last named, when that city is where people came from or went to
    ("reinforcements from X", "flown to X"; :mod:`geo.events.sites`), at the last city
    named as a site before it: the geoparser reads roles from the words beside a name
    only, and an origin's or a destination's town is not where the crowd is. Left as
    it is without such a city; "the capital" is its country's, whatever was named."""
    out: list[Mention] = []
    for mention in mentions:
        place = mention.place
        if mention.role == "location" and mention.precision == "part_of_city" and \
                place is not None and place.kind == "city" and \
                not names_the_capital(text, mention.text, mention.end):
            named = [m for m in out if m.kind == "named" and m.place is not None
                     and m.place.kind == "city" and m.precision != "part_of_city"]
            if named and named[-1].place.id == place.id and named[-1].role in _AWAY:
                site = next((m.place for m in reversed(named) if places.is_site(m)), None)
                if site is not None:
                    mention = replace(mention, place=site)
        out.append(mention)
    return out


_AWAY = frozenset({"origin", "residence"})


def _reference(text: str, start: int, end: int, antecedent: Mention,
               part: bool) -> Mention:
    precision = antecedent.precision
    if part and antecedent.place is not None and places.geo_precision(antecedent) == 1:
        precision = "part_of_city"
    return Mention(start, end, text[start:end], kind="nominal", role="location",
                   place=antecedent.place, precision=precision, score=antecedent.score)


def _own_capital(text: str, mentions: list[Mention], published: date | None) -> list[Mention]:
    """Point "the capital" at the capital of the country the report is about."""
    main = places.main_place(mentions)
    if main is None:
        return mentions
    country = main.place.country
    # Without the report's own capital named, a foreign one is no better: the phrase
    # is left unplaced and its event falls back to the country.
    own = next((m.place for m in mentions if m.place is not None
                and m.place.country == country and m.place.kind == "city"
                and is_news_capital(m.place.id, country, m.place.feature_code, published)),
               None)
    return [replace(m, place=own) if m.kind == "nominal" and m.place is not None
            and m.place.country != country and names_the_capital(text, m.text, m.end)
            else m for m in mentions]
