"""Which place mention is an event's location, and how precise that makes it.

A report names many places that are not where anything happened: the capital that
speaks ("Moscow said"), an exile's home ("a refugee in France"), a leader's country
("Chinese President"). The geoparser marks those with a role; here only mentions in the
``location`` role are candidates. Among them the one governed by "in/at/near" in the
event's own clause wins, then the nearest in the sentence; failing that the city in
focus one sentence earlier (precision 2: somewhere in or near it), and finally the
document's main place, its country (precision 3).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .model import Mention

_SITE_ROLES = frozenset({"location", "other"})
_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|across|throughout|around|inside|"
                          r"into|on|over|of|within|onto|towards?)\s+(?:the\s+)?"
                          r"(?:[a-z]+\s+)?$",
                          re.IGNORECASE)
_AREA_KINDS = frozenset({"region", "country", "admin1"})
_AREA_PRECISIONS = frozenset({"region", "country", "admin1"})
_CITY_KINDS = frozenset({"city", "airport", "landmark", "checkpoint", "admin2"})
# A relative clause "..., where X happened" is located at its antecedent.
_WHERE = re.compile(r"^\W*where\b", re.IGNORECASE)


def is_site(mention: Mention) -> bool:
    """Can this mention be an incident site? Not an actor, a home or an origin."""
    return (mention.place is not None and mention.role in _SITE_ROLES
            and mention.kind != "demonym")


def geo_precision(mention: Mention) -> int:
    """ACLED geo precision of a mention: 1 the place, 2 part of/near it, 3 an area."""
    place = mention.place
    if mention.precision in _AREA_PRECISIONS or (place and place.kind in _AREA_KINDS):
        return 3
    if mention.precision == "part_of_city" or (place and place.kind == "admin2"):
        return 2
    return 1


def link_location(
    text: str,
    mentions: Sequence[Mention],
    clause: tuple[int, int],
    sentence: tuple[int, int],
    trigger: int,
) -> Mention | None:
    """The location mention of an event triggered at ``trigger`` in ``clause``.

    Scores mentions in the clause (a preposition before it, closeness, coming after
    the trigger as in "protests in X"), then falls back to the nearest in the sentence.
    """
    # "Russian troops and allies of Moscow": a place in the country a clause names as
    # an origin or actor is that origin, not the site (unless it is the main country).
    foreign = {m.place.country for m in mentions if m.place is not None
               and clause[0] <= m.start < clause[1] and not is_site(m)}
    foreign.discard(main_country(mentions))
    sites = [m for m in mentions if is_site(m) and m.place.country not in foreign]
    in_clause = [m for m in sites if clause[0] <= m.start < clause[1]]
    if not in_clause and _WHERE.match(text[clause[0]:clause[1]]):
        before = [m for m in sites if sentence[0] <= m.start < clause[0]]
        return before[-1] if before else None
    if in_clause:
        return max(in_clause, key=lambda m: _score(text, m, trigger, clause[0]))
    in_sentence = [m for m in sites if sentence[0] <= m.start < sentence[1]]
    if in_sentence:
        return min(in_sentence, key=lambda m: abs(m.start - trigger))
    return None


def city_in_focus(mentions: Sequence[Mention], sentence: tuple[int, int]
                  ) -> Mention | None:
    """The last city-level site named in ``sentence`` (the previous sentence's focus)."""
    cities = [m for m in mentions if is_site(m) and sentence[0] <= m.start < sentence[1]
              and m.place.kind in _CITY_KINDS and geo_precision(m) == 1]
    return cities[-1] if cities else None


def main_place(mentions: Sequence[Mention]) -> Mention | None:
    """The document's main place: its most-named country, as a country mention.

    Used for events the text does not locate ("more than 3,800 people were arrested").
    Returns a city mention when the country itself is never named.
    """
    sites = [m for m in mentions if is_site(m) and m.place.country]
    if not sites:
        return None
    country, _ = Counter(m.place.country for m in sites).most_common(1)[0]
    ours = [m for m in sites if m.place.country == country]
    countries = [m for m in ours if m.place.kind == "country"]
    if countries:
        return countries[0]
    place, _ = Counter(m.place for m in ours).most_common(1)[0]
    return next(m for m in ours if m.place == place)


def main_country(mentions: Sequence[Mention]) -> str:
    """ISO code of the document's main country ("" when no place is resolved)."""
    place = main_place(mentions)
    return place.place.country if place else ""


def _score(text: str, mention: Mention, trigger: int, clause_start: int) -> float:
    score = 0.0
    if _PREPOSITION.search(text[max(clause_start, mention.start - 20):mention.start]):
        score += 2.0
    if mention.start > trigger:
        score += 0.5
    if mention.role != "location":
        score -= 1.0
    return score - abs(mention.start - trigger) / 200.0
