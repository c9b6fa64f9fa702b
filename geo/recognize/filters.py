"""Filters of candidates that name something else: an organisation or event the NER took
for a place, a newspaper, school, zoo or disease named after one, a saint's institution,
the speaker of a speech verb, and a numbered designation ("County Road 35", "Pack 198")."""

from __future__ import annotations

import re

from gazetteer.normalize import fold
from geo.lexicon import (
    LANDMARK_PARTICLES,
    LANDMARK_WORDS_BEFORE,
    LANDMARK_WORDS_BEFORE_AMBIGUOUS,
    SPEECH_VERBS,
    alternation,
)
from geo.recognize.candidate import Candidate
from geo.recognize.lookup import ALL_READINGS, MAJOR_POPULATION, NameLookup, initials

# The head words of organisations' and events' names ("Webb Center", "St. Patrick's
# Day"), and "United" leading a party's or a charity's ("United Way", "United Russia"):
# with such words, a span the NER calls a place but the gazetteer does not know is no
# place (measured on the corpora's even halves: of 36 such spans, 35 were not
# toponyms; "District Drive", a street, was).
ORGANISATION_HEADS = frozenset({
    "center", "centre", "day", "empire", "club", "foundation", "association", "society",
    "company", "corporation", "party", "movement", "union", "league", "church", "school",
    "hospital", "university", "college", "council", "committee", "commission",
    "department", "agency", "ministry", "bank", "institute", "museum", "festival",
    "services", "board", "authority"})
# A district named for a service is a body ("Water District", "School District"); one
# named for a place is an area ("Bajaur District", "Tenderloin District").
_SERVICE_WORDS = frozenset({
    "water", "school", "sanitation", "fire", "park", "parks", "library", "hospital",
    "utility", "irrigation", "conservation", "transit", "sewer", "drainage", "health"})
# A number after a name makes it a designation: "County Road 35", "Pack 198".
_NUMBER_NEXT = re.compile(r"[ \t]+\d")
_PREPOSITIONS = "in|at|near|from|outside|around|across|to"
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+$", re.IGNORECASE)
# A speech verb straight after a name, with no comma between, makes the name its
# speaker ("Petrova said"), unless a preposition or article puts the name in a place's
# slot ("the city of Gatlinburg said"); "Cowley, said" is where a speaker is from.
_SPEECH_AFTER = re.compile(rf"[ \t]+{alternation(SPEECH_VERBS)}\b")
_PLACE_SLOT_BEFORE = re.compile(
    rf"\b(?:{_PREPOSITIONS}|for|of|the)\s+(?:nearby\s+|neighbou?ring\s+)?$", re.IGNORECASE)
_ROAD_WORDS = frozenset({"road", "rd", "highway", "hwy", "route", "rte", "drain", "street",
                         "st", "avenue", "ave"})
# A newspaper, a school or a zoo named after a place ("the New York Times", "Kennedy
# Elementary", "Auckland Zoo") is an organisation: annotators mark no place in it.
_TITLE_OF_WORK = re.compile(
    r"[ ]+(?:Times|Daily|Journal|Herald|Tribune|Gazette|Chronicle|Courier|Examiner|"
    r"Sentinel|Inquirer|Telegraph|Elementary|Academy|University|Zoo)\b")
# A disease named after a place ("West Nile virus", "Marburg virus", "Rift Valley
# fever", "Lyme disease") names the disease, not where anything happens.
_DISEASE = re.compile(r"[ -]+(?:ha?emorrhagic\s+)?(?:virus|viruses|fever|flu|influenza|"
                      r"disease|encephalitis|ebolavirus)\b", re.IGNORECASE)
# Languages that put the street, square or building word before the name ("Avenida
# Paulista", "Rue de Rivoli", "Plaza de Mayo", "Palácio do Planalto", "Esplanada dos
# Ministérios"): the word after it is part of a street's or a building's name, not a
# town sharing that word, and so is the kind word itself ("Plaça", "Esplanada" are
# also towns).
_STREET_WORDS = alternation(tuple(map(re.escape, LANDMARK_WORDS_BEFORE)))
_STREET_ARTICLE = rf"(?:{alternation(LANDMARK_PARTICLES)}\s*)"
_STREET_BEFORE = re.compile(rf"\b{_STREET_WORDS}\s+{_STREET_ARTICLE}?$")
# The kind word heads such a name when an article or a capitalised word follows it;
# English kind words ("Avenue", "Boulevard", "Largo") come after their names, or are
# towns before an institution's ("Largo Police").
_STREET_HEAD = re.compile(
    rf"(?!{alternation(LANDMARK_WORDS_BEFORE_AMBIGUOUS)}\b){_STREET_WORDS}")
_STREET_NAME_AFTER = re.compile(rf"\s+{_STREET_ARTICLE}?[A-ZÀ-Ý]")
# An acronym ("MRT", "AK Party") is read as a place only where a place bears it as a
# name: the place's initials ("US", "UAE", "NYC") or a name written so ("KIEV" for
# "Kiev"). A code the gazetteer indexes (ISO 3166 alpha-3, airports' and divisions'
# codes) is no name in prose, except a US state's postal code and an airport's own code.
_ACRONYM = re.compile(r"[A-Z]{2,5}")
# A regnal number after a name ("Mohammed VI", "Louis XIV") is no country's code.
_REGNAL = re.compile(r"(?<=[A-Za-z] )[IVX]{1,5}")
_SAINT = re.compile(r"(?:St\.?|Saint)\s+[A-Z][a-z]+$")


def is_organisation(cand: Candidate, lookup: NameLookup) -> bool:
    """An organisation or event the NER took for a place (see
    :data:`ORGANISATION_HEADS`), where the gazetteer knows no place by the name.
    Dropped before overlaps are settled, so that a place inside it stays
    ("Salt Lake City" in "Salt Lake City School District")."""
    words = [w.strip(".,'’").lower() for w in cand.text.split()]
    if cand.kind != "named" or cand.source != "ner" or len(words) < 2:
        return False
    service_district = words[-1] == "district" and words[-2] in _SERVICE_WORDS
    if (words[-1] not in ORGANISATION_HEADS and words[0] != "united"
            and not service_district):
        return False
    return next(lookup.readings(fold(cand.query), 1), None) is None


def names_something_else(text: str, cand: Candidate, lookup: NameLookup) -> bool:
    """Whether a name, read with the words around it, names no place: a newspaper,
    school or zoo, a disease, a saint's institution, the speaker of a speech verb, or
    the end of a street's or building's name that begins with its kind word."""
    return cand.kind == "named" and bool(_TITLE_OF_WORK.match(text, cand.end)
                                         or _STREET_BEFORE.search(
                                             text, max(0, cand.start - 20), cand.start)
                                         or _street_head(text, cand)
                                         or code_only(cand.text, lookup)
                                         or _REGNAL.fullmatch(text, cand.start, cand.end)
                                         or _DISEASE.match(text, cand.end)
                                         or _saints_institution(text, cand, lookup)
                                         or _speaker(text, cand, lookup))


def _street_head(text: str, cand: Candidate) -> bool:
    return (_STREET_HEAD.fullmatch(cand.text) is not None
            and _STREET_NAME_AFTER.match(text, cand.end) is not None)


def code_only(name: str, lookup: NameLookup) -> bool:
    """Whether an all-capital acronym is only some place's code, not a name it bears
    (see :data:`_ACRONYM`): "MRT" is Mauritania's alpha-3 code, "AK" Alaska's."""
    if _ACRONYM.fullmatch(name) is None:
        return False
    written = name.casefold()
    for place in lookup.readings(fold(name), ALL_READINGS):
        names = (place.name, *place.alternate_names)
        if (any(n.casefold() == written for n in names)
                or any(initials(n) == name for n in names if " " in n.strip())
                or (place.kind == "admin1" and place.country == "US")
                or place.kind == "airport"):
            return False
    return True


def _speaker(text: str, cand: Candidate, lookup: NameLookup) -> bool:
    """A name the speech verb follows at once is a person ("Petrova said", "St. Clair
    said"), unless it is a place that speaks as a government — a country, region or
    division by any of its names ("Britain said", "Burma said") or a large city by
    its own ("Moscow said"), kept with the actor role — or words before it put it in
    a place's slot ("police in nearby Sderot said"), or the text does so elsewhere
    ("rockets hit Tskhinvali ... Tskhinvali said")."""
    if (_SPEECH_AFTER.match(text, cand.end) is None
            or _PLACE_SLOT_BEFORE.search(text, max(0, cand.start - 24), cand.start)
            or lookup.major(cand.text, own_name=True)
            or any(p.kind in ("country", "region", "admin1")
                   for p in lookup.readings(fold(cand.text), ALL_READINGS))):
        return False
    slot = re.compile(rf"\b(?:{_PREPOSITIONS}|hit|struck|entered)\s+{re.escape(cand.text)}\b")
    return slot.search(text) is None


def _saints_institution(text: str, cand: Candidate, lookup: NameLookup) -> bool:
    # "St. Mary's", "St. Michael's": a church, school or hospital named after a saint,
    # unless the name is a large city's ("St. Petersburg's"); saints' parishes and
    # counties are too many to count as places readers take first.
    return (_SAINT.match(cand.text) is not None
            and text.startswith(("'s", "’s"), cand.end)
            and not any(p.kind == "city" and (p.population or 0) >= MAJOR_POPULATION
                        for p in lookup.gazetteer.candidates_folded(fold(cand.text), 20)))


def without_number(text: str, cand: Candidate, lookup: NameLookup) -> Candidate | None:
    """Drop a numbered designation: a road ("County Road 35") keeps only the place it
    is named after ("Douglas County Road 4"); a lone word only the gazetteer knows
    before a number names a unit ("Pack 198", "Drain 27"), not a place, unless a
    preposition puts it in a place's slot ("in Zhanaozen 16 people died")."""
    if cand.kind != "named" or not _NUMBER_NEXT.match(text, cand.end):
        return cand
    head, _, last = cand.text.rpartition(" ")
    if last.lower().rstrip(".") in _ROAD_WORDS:
        if not head or fold(head) not in lookup.names:
            return None
        return Candidate(cand.start, cand.start + len(head), head, "named", head,
                         source=cand.source)
    if (cand.source == "gazetteer" and " " not in cand.text
            and not _PREPOSITION_BEFORE.search(text, max(0, cand.start - 12), cand.start)):
        return None
    return cand
