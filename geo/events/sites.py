"""Places a report names that are no incident site, read from the phrase around them.

The geoparser gives each mention a role from the words right beside it ("Moscow said"
is an actor). Some phrases need a wider look, and an event needs them right: an
organisation's base ("a London-based group"), the owner of a mission ("the US
embassy"), the seat of a speaking body ("rights groups in X and Y urged", "the
ministry in X said"), where a statement was made ("said in a video recorded in X")
and a destination ("left for X", "fled to X"). Such a
mention becomes an ``actor`` (or ``residence`` for a destination), so that
:func:`geo.events.places.is_site` never places an incident there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.lexicon import SPEECH_VERBS, alternation
from geo.model import Mention
from geo.resolve.roles import FORCES, SPEAKING_AFTER, SPEAKING_BODIES

_BASED = re.compile(r"^[-\s]based\b", re.IGNORECASE)
# A country's mission or flag is its own, not a site: "the French and US embassies".
_OWNED = re.compile(r"^\s+(?:embass(?:y|ies)|consulates?|missions?|flags?)\b|^-owned\b",
                    re.IGNORECASE)
_BODIES = (
    *SPEAKING_BODIES, r"groups?", r"organi[sz]ations?", "ministries",
    r"spokes(?:man|woman|person)", "watchdog", "agency", r"unions?", r"part(?:y|ies)",
    r"monitors?", "observatory", "council", "committee", r"cent(?:re|er)", "office", "chief",
    "envoy", r"diplomats?", "activists", "campaigners")
_BODY_IN = re.compile(rf"\b{alternation(_BODIES)}\s+(?:based\s+)?in\s+"
                      r"(?:[\w'’.-]+\s+){0,3}?$", re.IGNORECASE)
# The speaking body's place may be one of a list: "groups in X and Y urged".
_SPEAKS_AFTER = re.compile(
    r"^(?:\s*(?:,|and)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*" + SPEAKING_AFTER)
# "declared a curfew in X", "reported clashes in X": there "in X" is the event's place.
_SPEAKING = tuple(v for v in SPEECH_VERBS if not v.startswith(("declar", "announc",
                                                                "report", "claim")))
_SPOKEN_IN = re.compile(
    rf"\b(?:{alternation(_SPEAKING)}|speaking|spoke|recorded|filmed|posted|"
    r"statement|news\s+conference|interview)\s+(?:\w+\s+){0,2}?(?:in|at)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE)
# "sought asylum in X", "in exile in X" are residences the geoparser marks already
# (geo.resolve.roles).
_DESTINATION = re.compile(
    r"\b(?:left\s+for|bound\s+for|head(?:ed|ing)\s+for|(?:take|took|taking)\s+off\s+for|"
    r"fled\s+(?:to|into)|(?:flew|flown|airlifted|transferred)\s+(?:by\s+\w+\s+)?to|"
    r"travell?ed\s+to|escaped\s+to|deported\s+to|extradited\s+to|moved\s+to|"
    r"sought\s+refuge\s+in)\s+$", re.IGNORECASE)
_FORCES_MOVED = re.compile(rf"\b{alternation((*FORCES, 'police', 'army', 'reinforcements'))}"
                           r"\b(?:\s+\S+){1,7}\s*$", re.IGNORECASE)
_REACH = 60


def without_non_sites(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the bases, speakers' places and destinations given a role
    that is no site."""
    return [_refined(text, m) for m in mentions]


def _refined(text: str, mention: Mention) -> Mention:
    if mention.role != "location" or mention.kind != "named":
        return mention
    before = text[max(0, mention.start - _REACH):mention.start]
    after = text[mention.end:mention.end + _REACH]
    if _BASED.match(after) or _OWNED.match(after) or _SPOKEN_IN.search(before) or (
            _BODY_IN.search(before) and _SPEAKS_AFTER.match(after)):
        return replace(mention, role="actor")
    # Where troops or police are sent or flown is where they deploy: a site.
    if _DESTINATION.search(before) and not _FORCES_MOVED.search(before):
        return replace(mention, role="residence")
    return mention
