"""Word tests that several recognition rules share: what starts a name, and the nouns
that make a place's name into an institution's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that make a place's name into an institution's ("Guernsey County Common Pleas
# Court"): the place name before them is the toponym.
INSTITUTION = frozenset({
    "court", "courts", "courthouse", "council", "commission", "commissioners", "board",
    "department", "office", "party", "patrol", "police", "sheriff", "school", "schools",
    "jail", "elections", "government", "administration", "hospital", "university",
    "college", "library", "chamber", "authority", "agency", "association", "club",
    "company", "corporation", "bank", "church", "city", "common", "public", "circuit",
    "superior", "municipal", "democratic", "republican", "highway", "fire", "health",
    "water", "transit", "housing", "economic", "district", "high", "volunteer", "town",
    "mayor"})


def starts_name(tok: Token) -> bool:
    """Whether a spaCy token is capitalised and no punctuation mark."""
    return tok.text[:1].isupper() and not tok.is_punct
