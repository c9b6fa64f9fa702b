"""People in a document: the surnames its persons bear, and where a person's name begins
in an entity that also names a place's official ("Gainesville Mayor Myrtle Figueras")."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from gazetteer.normalize import fold
from geo.recognize.words import INSTITUTION, starts_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words before a surname: "Mr. Bell", "Sheriff Dyer" name a person, not Bell or Dyer.
TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sgt|Lt|Capt|Det|Rev|Judge|Sheriff|Officer|Deputy|"
    r"Coach|Pastor|Chief|Trooper|Attorney|Mayor|Councilman|Councilwoman|Commissioner|"
    r"Superintendent|Principal|President|Senator|Governor|Nurse|Professor|Prof|"
    r"Inspector|Constable|Sergeant|Colonel|Col|Lieutenant|Captain|Corporal|Bishop|"
    r"Imam|Rabbi|Father)\.?")
# Offices written before a name in lower case too ("foreign minister Lima").
_OFFICE = re.compile(r"(?:[Mm]inister|[Aa]mbassador|[Ss]ecretary|[Ss]pokes(?:wo)?man|"
                     r"[Ee]nvoy|[Pp]resident|[Gg]overnor|[Mm]ayor|[Ss]enator)")
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_FIRST_NAME = re.compile(r"[A-Z][a-z]+")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})


def surnames(ents: tuple, toks: list, places: frozenset[str] = frozenset()) -> set[str]:
    """Lower-cased surnames of the document's people: multi-token PERSON entities'
    last words, capitalised words after a title ("Sheriff Dyer", "Mr. Bell") and
    after a first name and middle initial ("Tyrise M. Bell"). A PERSON entity that is
    a place's whole name (one of the folded ``places``: "Santa Cruz", "Costa Mesa",
    which the small NER model often reads as people) gives no surname: recognition
    keeps it as the place."""
    people = {_surname(ent).lower_ for ent in ents
              if ent.label_ == "PERSON" and len(ent) > 1 and fold(ent.text) not in places}
    people.update(nxt.lower_ for t, nxt in pairwise(toks)
                  if starts_name(nxt) and TITLE.fullmatch(t.text))
    # A middle initial makes a person whatever the NER says ("Tyrise M. Bell", ORG).
    # The length first: the pattern called on every word took 40 % of this function.
    people.update(toks[i + 2].lower_ for i in range(len(toks) - 2)
                  if len(toks[i + 1].text) == 2 and _MIDDLE_INITIAL.fullmatch(toks[i + 1].text)
                  and _FIRST_NAME.fullmatch(toks[i].text)
                  and _FIRST_NAME.fullmatch(toks[i + 2].text))
    return people


def name_parts(ents: tuple, places: frozenset[str] = frozenset()) -> set[str]:
    """Lower-cased later names of the document's people, before their last: a person
    is often known by one ("Luiz Inácio Lula da Silva ... Lula", a paternal surname
    before the maternal one). Unlike a surname, such a word is a person only where
    the NER does not read it as a place. A name with a dotted word ("W. Bridge St.")
    is more often a street's or a title's the NER took for a person."""
    return {t.lower_ for ent in ents
            if ent.label_ == "PERSON" and len(ent) > 2 and fold(ent.text) not in places
            and all(w.is_alpha for w in ent)
            for t in ent[1:-1]
            if starts_name(t) and not TITLE.fullmatch(t.text) and t.lower_ not in INSTITUTION}


def after_title(toks: list) -> set[int]:
    """Where the names right after a title or an office begin (character offsets):
    "Mayor Lagos", "foreign minister Lima" name a person whatever place bears the name,
    though the same word alone elsewhere in the text may be the place."""
    return {nxt.idx for t, nxt in pairwise(toks)
            if starts_name(nxt) and (TITLE.fullmatch(t.text) or _OFFICE.fullmatch(t.text))}


def _surname(ent: Span) -> Token:
    """The last token of a person's name that is not a suffix ("Tony Servance Jr.")."""
    tokens = [t for t in ent if t.lower_.rstrip(".,") not in _NAME_SUFFIXES]
    return tokens[-1] if tokens else ent[-1]


def person_start(text: str, ent: Span, names: frozenset[str]) -> int:
    """Where a non-place entity's own words begin: the NER often reads a place's
    official or institution as part of a name ("Gainesville Mayor Myrtle Figueras",
    "Litchfield Fire"); a known place name (one of the folded ``names``) before the
    title stays free."""
    for tok in ent[1:]:
        if tok.lower_ in INSTITUTION or TITLE.fullmatch(tok.text):
            before = tok.nbor(-1)
            if fold(text[ent.start_char:before.idx + len(before.text)]) in names:
                return tok.i
            break
    return ent.start
