"""Gathering a named mention's candidate places from the gazetteer: its name (a code only
when the mention is written in capitals) and the name with its short forms written out
("Mt. Pleasant"), else its dotted abbreviation, the name in a natural feature's name or
the county of the name ("Sarpy"), and the places its qualifier ("X, Y") may be."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from gazetteer.normalize import COUNTY_WORDS, fold, written_out
from geo.recognize import CITY_NOT_DIVISION, initials
from geo.resolve.places import names_of, population_of

if TYPE_CHECKING:
    from gazetteer import Gazetteer
    from gazetteer.place import Place
    from geo.recognize import Candidate

# The hints of kind words that say a division ("Toledo District").
_DIVISION_HINTS = frozenset({"admin1", "admin2"})
#: How many places the gazetteer is asked for under one name.
CANDIDATE_LIMIT = 50
#: The longest code a place has: ISO 3166-2 ("GB-ENG"); IATA, ICAO and ISO 3166-1 are shorter.
LONGEST_CODE = 6
# "U.S.", "W.Va.", "D.C.": looked up without dots (the gazetteer indexes codes).
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]?\.\s?){2,}")
# A natural feature, harbour or township and the name it carries.
_FEATURE = re.compile(
    r"(?:(?:Lake|Mount|Mt\.)\s+(?P<before>.+)|(?P<after>.+?)\s+(?:River|Lake|Valley|Creek|"
    r"Islands?|Mountains|Bay|Harbor|Harbour|Reservoir|Township))")


def feature_core(query: str) -> str:
    """The name in a feature's name ("Catawba" in "Catawba River"), else ``""``."""
    match = _FEATURE.fullmatch(query.strip())
    return (match.group("before") or match.group("after")) if match else ""


def by_code_only(place: Place, folded: str, written: str,
                 countries: Collection[str] = ()) -> bool:
    """Whether ``place`` answers to the folded name ``folded`` only through codes the
    mention, ``written`` so, is not written as: a code in capitals (ISO, IATA, postal:
    "AL", "ALA") answers to capitals only, a dotted abbreviation ("Ala." for Alabama) to
    a mention with its dot, or without it in a text whose other names read as places of
    the abbreviation's country (``countries``: "D-Calif", "Bronx County, N.Y"); a name
    answers however it is written."""
    codes = [code for code in place.extra.get("codes", ()) if fold(code) == folded]
    return (bool(codes) and not any(
        _written_as(code, written) or (code.endswith(".") and place.country in countries)
        for code in codes) and folded not in map(fold, names_of(place)))


def _written_as(code: str, written: str) -> bool:
    if code.endswith("."):
        return written.endswith(".")
    return code.isupper() and written.isupper()


def candidate_places(gazetteer: Gazetteer, cand: Candidate, dotted: bool = False,
                     countries: Collection[str] = ()) -> tuple[Place, ...]:
    """The places a named mention may be, in the gazetteer's order; ``dotted``: the
    text writes the name with a dot after it ("Calif.", the dot outside the span);
    ``countries``: those the text's other names first read as (see
    :func:`by_code_only`)."""
    folded = fold(cand.query)
    found = gazetteer.candidates_folded(folded, CANDIDATE_LIMIT)
    if (full := written_out(cand.query)) != cand.query:
        # "Mt. Pleasant", "Loudon Co.": the places of the name written out too.
        ids = {p.id for p in found}
        found = (found + tuple(p for p in gazetteer.candidates_folded(fold(full), CANDIDATE_LIMIT)
                               if p.id not in ids))[:CANDIDATE_LIMIT]
    if len(folded) <= LONGEST_CODE:
        # Codes are written in capitals, abbreviations with their dot: the "Al" of
        # "Al-Shabaab" is neither Albania (AL) nor Alabama, the "Ala" of "Ala-Too" neither
        # the Åland Islands (ALA) nor Alabama ("Ala.").
        written = cand.text + "." if dotted else cand.text
        found = tuple(p for p in found if not by_code_only(p, folded, written, countries))
    if not found and _ABBREVIATION.fullmatch(cand.query):
        # "U.S.", "W.Va.": codes and abbreviations are matched without their dots.
        letters = cand.query.replace(".", "")
        found = tuple(gazetteer.candidates(letters, limit=CANDIDATE_LIMIT))
        if len(letters) == 2:
            # Two dotted letters are initials ("U.S.", "D.C."), not any code that
            # happens to match ("A.M." is not Armenia).
            found = tuple(p for p in found if initials(p.name) == letters)
    if not found and (core := feature_core(cand.query)):
        # "the Catawba River", "Lake Hartwell", "Salinas Valley", "Oakport Township":
        # a feature or township no package lists stands near the town or county it
        # is named with (or after).
        found = tuple(p for p in gazetteer.candidates_folded(fold(core), CANDIDATE_LIMIT)
                      if p.kind in ("city", "admin2") and fold(p.name) == fold(core))
    if not found:
        # "Sarpy", "Avoyelles": a county news names without its kind word ("Sarpy and
        # Douglas counties"), where no place bears the bare name.
        found = tuple(p for word in COUNTY_WORDS
                      for p in gazetteer.candidates_folded(fold(f"{cand.query} {word}"),
                                                             CANDIDATE_LIMIT)
                      if p.kind == "admin2")
    if cand.hint not in _DIVISION_HINTS:
        found = tuple(p for p in found if not (outnumbered(p, found) and _has_seat(p, found)))
    if cand.hint == CITY_NOT_DIVISION:
        found = tuple(p for p in found if p.kind not in _DIVISION_HINTS
                      or not any(c.kind == "city" for c in found)) or found
    # An airport is meant by its city's name only when the text says so (then via
    # airports_serving); by a proper name of its own ("Heathrow") it stays a candidate.
    return tuple(p for p in found if p.kind != "airport" or known_by(p, folded)) or found


def _has_seat(division: Place, places: Collection[Place]) -> bool:
    # Its own town of the name stands for it: Bermuda's Hamilton is still found, but is
    # no longer the seat of a namesake division ("Floods hit Gaza, in southern
    # Mozambique" keeps the province, which has no town Gaza).
    name = fold(division.name)
    return any(p.kind == "city" and p.country == division.country and fold(p.name) == name
               for p in places)


def outnumbered(division: Place, places: Collection[Place]) -> bool:
    """Whether a first-level division has fewer people in its towns than a city of its
    name in another country (one of ``places``): Bermuda's Hamilton, Malta's Victoria.
    Where its own town of the name is a candidate too, it is left out unless a kind word
    says the division: else it makes that small town the seat a reader means (the
    features' namesake) over the city abroad. A division whose towns are unknown is not
    outnumbered."""
    if division.kind != "admin1":
        return False
    people = population_of(division)
    name = fold(division.name)
    return people > 0 and any(p.kind == "city" and p.country != division.country
                              and p.population > people and fold(p.name) == name
                              for p in places)


def known_by(airport: Place, folded: str) -> bool:
    """Whether ``airport`` bears the folded name ``folded`` as a word of one of its
    names other than the name of the city it serves ("Heathrow" of "London Heathrow
    Airport", not "London")."""
    if not folded or folded == fold(airport.extra.get("city", "")):
        return False
    return any(f" {folded} " in f" {fold(name)} " for name in names_of(airport))


def qualifier_places(gazetteer: Gazetteer, qualifier: str) -> tuple[Place, ...]:
    """The countries, divisions and counties a mention's qualifier ("X, Y") may be."""
    if not qualifier:
        return ()
    return tuple(p for p in gazetteer.candidates_folded(qualifier, CANDIDATE_LIMIT)
                 if p.kind in ("country", "admin1", "admin2"))


# ", TX" after a name: a division's postal code, which recognition does not read as a
# place of its own (two capitals are as often an acronym).
_CODE_AFTER = re.compile(r",\s?([A-Z]{2})\b(?![.'’-]?[A-Za-z])")


def code_qualifier(gazetteer: Gazetteer, text: str, end: int) -> tuple[Place, ...]:
    """The first-level divisions whose code in capitals follows the name ending at ``end``
    after a comma ("Paris, TX", "Peru, IN"): the qualifier recognition leaves unread."""
    match = _CODE_AFTER.match(text, end)
    if match is None:
        return ()
    code = match.group(1)
    return tuple(p for p in qualifier_places(gazetteer, fold(code))
                 if p.kind == "admin1" and code in p.extra.get("codes", ()))
