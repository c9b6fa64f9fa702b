"""Candidates from spaCy's named entities (OntoNotes labels GPE/LOC/FAC/NORP, and the
labels that name no place), and the tokens inside non-place entities that the gazetteer
side must skip."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from gazetteer.normalize import fold
from geo.recognize.candidate import Candidate
from geo.recognize.context import KIND_SUFFIX, with_context
from geo.recognize.lookup import NameLookup
from geo.recognize.persons import person_start
from geo.recognize.words import INSTITUTION

if TYPE_CHECKING:
    from spacy.tokens import Span

_NER_PLACE = frozenset({"GPE", "LOC", "FAC"})
# Words after which a place name is expected (see _from_entity).
PLACE_BEFORE = frozenset({"in", "near", "of", "and", ",", "outside", "above", "between",
                          "around", "across", "the"})
# Spans the NER gives these labels hide gazetteer matches inside them ("Paris Hilton").
# Organisations are not among them: measured on the dev split, "Georgia Power" or
# "Gainesville Police" hide far more annotated toponyms than they spare false ones.
_NER_NOT_PLACE = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Words that begin the name of a national government body after its country's name.
_AGENCY_WORDS = frozenset({
    "department", "agency", "administration", "centers", "centre", "center", "embassy",
    "army", "navy", "air", "ministry", "government", "federal", "state", "food",
    "national", "geological", "environmental", "coast", "forces", "military", "senate",
    "congress", "house", "supreme", "treasury", "defense", "defence", "health"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "northeast", "northwest", "southeast", "southwest",
                      "northeastern", "northwestern", "southeastern", "southwestern"})
_LIST_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")


def entity_candidates(text: str, ents: tuple[Span, ...], people: set[str], lookup: NameLookup,
                      stop: frozenset[str], *, use_ner: bool, proposals: bool = False,
                      ) -> tuple[list[Candidate], set[int]]:
    """Return the candidates a document's entities give, and the indices of the tokens
    inside its non-place entities (a person's name, a title's), which no gazetteer
    match may use.

    ``people`` are the document's surnames, ``stop`` the stop list's folded names.
    Without ``use_ner`` only whole non-place spans that are places' names count. With
    ``proposals`` a place entity that is also a surname of the text is kept: the
    learned recognizer reads that as a feature.
    """
    found: list[Candidate] = []
    blocked: set[int] = set()  # token indices inside non-place entities
    for ent in ents:
        if ent.label_ in _NER_NOT_PLACE:
            # A lone token the small NER model calls a person or a product is
            # often a town it does not know ("Alexandria"); longer spans are
            # trusted, so "Paris Hilton" is not Paris — unless the whole span is a
            # place's name ("Sri Lanka's", "Glen Carbon", "Parkers Prairie") or a
            # demonym ("Sri Lankan"), which the small model often mislabels.
            whole = _from_entity(text, ent, lookup) if len(ent) > 1 else None
            if whole is not None and lookup.gazetteer.demonym(whole.query) is not None:
                found.append(replace(whole, kind="demonym", hint="country"))
            elif whole is not None and (lookup.major(whole.query) or (
                    fold(whole.query) in lookup.names
                    and fold(whole.query) not in stop)):
                found.append(whole)
            elif len(ent) > 1 and not _list_of_places(ent.text, lookup):
                blocked.update(range(person_start(text, ent, lookup.names), ent.end))
        elif use_ner and (ent.label_ in _NER_PLACE or ent.label_ == "NORP"):
            if (not proposals and len(ent) == 1 and ent[0].lower_ in people
                    and not lookup.major(ent.text, own_name=True)):
                continue
            if not lookup.known(ent.text) and _list_of_places(ent.text, lookup):
                # "Florence, Alabama" or "Kharkiv and Odesa" as one entity: each name is
                # matched on its own, and the one after the comma qualifies the first.
                continue
            cand = _from_entity(text, ent, lookup)
            if cand is not None:
                found.append(cand)
        elif use_ner and ent.label_ == "ORG":
            cand = _state_of_agency(text, ent, lookup)
            if cand is not None:
                found.append(cand)
    return found, blocked


def _from_entity(text: str, ent, lookup: NameLookup) -> Candidate | None:
    # "the Netherlands" → "Netherlands"; "Russia's" → "Russia".
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    name = text[start:end]
    adjective = lookup.adjective(name)
    if ent.label_ == "NORP" or (adjective and (len(tokens) == 1 or not lookup.known(name))):
        # A word that is both ("Kazakh" is also another name of Petropavl) reads as
        # the adjective, whatever label the NER gives it ("Kazakh media", GPE), and
        # so does a longer demonym no place bears ("Sri Lankan troops", GPE).
        if not adjective:
            return None
        return Candidate(start, end, name, "demonym", name, "country", source="ner")
    if ent.label_ == "FAC" and fold(name) not in lookup.names:
        return None
    if (len(tokens) == 1 and not lookup.known(name) and tokens[0].i > 0
            and tokens[0].nbor(-1).lower_ not in PLACE_BEFORE):
        # A word the gazetteer does not know is a place only where a place is
        # expected ("villages of Nuli", "in Godapitiya"); elsewhere the small
        # NER mostly mislabels a firm, a product or a name ("supporting Pawlenty").
        return None
    if (len(tokens) > 1 and tokens[0].lower_ in _COMPASS
            and (tokens[0].is_lower or fold(name) not in lookup.names)
            and lookup.major(text[tokens[1].idx:end])):
        # "North Georgia", "Western Massachusetts", "east Africa": a part of a known
        # place that no gazetteer names (or a lower-case direction, never part of a
        # name); the place is the mention.
        tokens.pop(0)
        start = tokens[0].idx
        name = text[start:end]
    if (len(tokens) > 1 and tokens[-1].lower_ in KIND_SUFFIX
            and fold(name) not in lookup.names
            and fold(text[start:tokens[-2].idx + len(tokens[-2].text)]) in lookup.names):
        # "Hebei province": the name is the mention, the kind word a hint (as for
        # gazetteer matches), unless the whole is a name ("Kansas City").
        tokens.pop()
        end = tokens[-1].idx + len(tokens[-1].text)
        name = text[start:end]
    if fold(name) not in lookup.names:
        # "Meigs County Court", "West Columbia City Council": an institution named
        # after its place; the place is the mention.
        for k in range(len(tokens) - 1, 0, -1):
            if (tokens[k].lower_ in INSTITUTION
                    and fold(text[start:tokens[k - 1].idx + len(tokens[k - 1].text)])
                    in lookup.names):
                end = tokens[k - 1].idx + len(tokens[k - 1].text)
                name = text[start:end]
                break
    return with_context(text, Candidate(start, end, name, "named", name))


def _state_of_agency(text: str, ent, lookup: NameLookup) -> Candidate | None:
    """The country a government body's name begins with ("the US Federal Emergency
    Management Agency", "the United States Food and Drug Administration")."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    for cut in range(min(len(tokens) - 1, 3), 0, -1):
        if tokens[cut].lower_ not in _AGENCY_WORDS:
            continue
        start, end = tokens[0].idx, tokens[cut - 1].idx + len(tokens[cut - 1].text)
        name = text[start:end]
        key = fold(name)
        if any(p.kind == "country" for p in lookup.readings(key, 5)):
            return with_context(text, Candidate(start, end, name, "named", name,
                                                source="ner"))
    return None


def _list_of_places(span: str, lookup: NameLookup) -> bool:
    """Whether a span the NER took for a title or a name is a list of known places
    ("struck Kharkiv and Odesa", WORK_OF_ART): each is then matched on its own."""
    parts = _LIST_SEP.split(span.strip())
    return len(parts) > 1 and all(lookup.known(part) for part in parts)
