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

#: What follows the name of a speaker: a verb of saying or deciding, maybe after an
#: auxiliary or adverb ("Moscow said", "Texas has warned"). A regular-expression
#: fragment; :mod:`geo.events.sites` reads the same cue after a body's seat.
SPEAKING_AFTER = (r"\s+(?:has\s+|had\s+|have\s+|also\s+|officially\s+|then\s+|later\s+)?"
                  rf"{alternation(SPEECH_VERBS + STANCE_VERBS)}\b")
#: A state's armed bodies: "troops from X" and "X troops" are X's, not an event in X.
FORCES = ("troops", "forces", "soldiers", "military", "contingent", "paratroopers",
          "peacekeepers")
#: Bodies that speak for a place: "X authorities", "the ministry in X said".
SPEAKING_BODIES = ("authorities", "government", r"officials?", "ministry", "embassy",
                   r"leaders?")

# Lexical role cues. A place followed by a verb of saying or deciding is a speaker
# (metonymy: "Moscow said"); one after "refugee in"/"lives in" is someone's home.
_ACTOR_AFTER = re.compile(r"^(?:'s|’s)?" + SPEAKING_AFTER)
_RESIDENCE_BEFORE = re.compile(
    r"\b(?:refugees?|exiles?|exiled|asylum|lives|lived|living|live|resides|resided|"
    r"residing|residents?|settled|based|born|home)\s+(?:\w+\s+){0,2}(?:in|of)\s+$",
    re.IGNORECASE,
)
_TRAVELLERS = ("fighters", "mercenaries", "refugees", "migrants")
_ORIGIN_BEFORE = re.compile(
    rf"\b{alternation((*FORCES, *_TRAVELLERS, 'militants', 'delegation', r'envoys?'))}"
    r"\s+from\s+$", re.IGNORECASE)
_NATIONALS = (*FORCES, *_TRAVELLERS, "army", "citizens", "nationals", "tourists", "workers")
_ORIGIN_AFTER = re.compile(rf"^\s+{alternation(_NATIONALS)}\b", re.IGNORECASE)
_ACTOR_NOUNS = (*SPEAKING_BODIES, "president", r"prime\s+minister", "minister", "police",
                r"security\s+forces", r"state\s+media", "parliament")
_ACTOR_NOUN_AFTER = re.compile(rf"^\s+{alternation(_ACTOR_NOUNS)}\b", re.IGNORECASE)


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
