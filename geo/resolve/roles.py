"""How a mention is used — location, actor, residence, origin or other — from lexical
cues around it, and the precision each kind of place gives a location."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.lexicon import SPEECH_VERBS, STANCE_VERBS, alternation

if TYPE_CHECKING:
    from gazetteer.place import Place
    from geo.model import Precision, Role
    from geo.recognize import Candidate

#: The precision a resolved place of each kind is reported with.
PRECISION: dict[str, Precision] = {
    "airport": "point", "landmark": "point", "checkpoint": "point", "city": "city",
    "admin2": "admin1", "admin1": "admin1", "country": "country", "region": "region",
}

# Lexical role cues. A place followed by a verb of saying or deciding is a speaker
# (metonymy: "Moscow said"); one after "refugee in"/"lives in" is someone's home.
_ACTOR_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:has\s+|had\s+|have\s+|also\s+|officially\s+|then\s+|later\s+)?"
    rf"{alternation(SPEECH_VERBS + STANCE_VERBS)}\b"
)
_RESIDENCE_BEFORE = re.compile(
    r"\b(?:refugees?|exiles?|exiled|asylum|lives|lived|living|live|resides|resided|"
    r"residing|residents?|settled|based|born|home)\s+(?:\w+\s+){0,2}(?:in|of)\s+$",
    re.IGNORECASE,
)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:troops|forces|soldiers|fighters|militants|mercenaries|refugees|migrants|"
    r"delegation|envoys?)\s+from\s+$", re.IGNORECASE)
_ORIGIN_AFTER = re.compile(
    r"^\s+(?:troops|forces|soldiers|military|army|fighters|paratroopers|peacekeepers|"
    r"citizens|nationals|tourists|migrants|refugees|workers|mercenaries)\b",
    re.IGNORECASE)
_ACTOR_NOUN_AFTER = re.compile(
    r"^\s+(?:authorities|government|officials?|president|prime\s+minister|ministry|"
    r"minister|leaders?|police|security\s+forces|state\s+media|embassy|parliament)\b",
    re.IGNORECASE)


def role_of(text: str, cand: Candidate, place: Place | None) -> Role:
    """Return how a mention is used: location, actor, residence, origin or other."""
    before = text[max(0, cand.start - 60):cand.start]
    after = text[cand.end:cand.end + 60]
    if cand.kind == "demonym":
        if _ORIGIN_AFTER.match(after):
            return "origin"
        return "actor" if _ACTOR_NOUN_AFTER.match(after) else "other"
    if cand.kind != "named":
        return "location"
    if _RESIDENCE_BEFORE.search(before):
        return "residence"
    if _ORIGIN_BEFORE.search(before):
        return "origin"
    # Governments' seats speak ("Moscow said", "Texas warned"); airports do not.
    speaker = place is not None and place.kind in ("country", "city", "admin1")
    if speaker and _ACTOR_AFTER.match(after):
        return "actor"
    return "location"
