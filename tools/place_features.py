"""The places a row of a report could take, each with language-neutral features: the
candidates of a learned choice of a row's place (``tools/place_candidates.py``,
``tools/train_places.py``; docs/benchmarks.md, "Learned place choice, session 16").
The choice did not beat the rules out of sample, so the pipeline does not read these
(they stay here, beside the tools that measured it).

A row is read where the rules read it: its trigger, its clause and its sentence (its
first evidence span). Its candidates are the distinct places of the mentions that the
role rules left (:func:`geo.events.sites.without_non_sites` in English,
:func:`geo.events.lexical_roles.refined_roles` in Russian and French): those of its
sentence, of the two sentences before, the last three places the report told before
it, the dateline's, the report's most-told place, and the rules' own choice (which may
be a phrase referring back, "the capital"). A candidate none of whose mentions has the
``location`` role (an actor, a source, a home, a destination) is ``non_site``: a choice
never takes it unless the rules did.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from gazetteer.capitals import is_news_capital
from geo.events.clauses import Span
from geo.events.rules import STRATEGIC
from geo.model import Mention

__all__ = ["PlaceCandidate", "row_candidates"]

_WORD = re.compile(r"\w+")
# The word before a mention, skipping articles ("in the X", "dans la X", "à l'X").
_BEFORE = re.compile(r"(\w+)\W+(?:(?:the|a|la|le|les|l|du|des)\W+)?$", re.IGNORECASE)
#: The kind of the preposition before a mention, in English, Russian and French: a
#: feature of each candidate, whose weight the model learns.
PREPOSITION_KINDS = {
    "in": "in", "inside": "in", "across": "in", "throughout": "in", "в": "in", "во": "in",
    "dans": "in", "en": "in",
    "at": "at", "на": "at", "à": "at", "au": "at", "aux": "at",
    "near": "near", "outside": "near", "around": "near", "около": "near", "у": "near",
    "возле": "near", "под": "near", "près": "near", "autour": "near", "devant": "near",
    "from": "from", "из": "from", "от": "from", "de": "from", "d": "from",
    "to": "to", "into": "to", "towards": "to", "toward": "to", "для": "to", "vers": "to",
    "pour": "to", "до": "to", "of": "of",
}
_KINDS = ("country", "admin1", "admin2", "city", "region")
_ROLES = ("location", "actor", "residence", "origin", "other")
_FAR = 40  # words: the distance a candidate not in the row's sentence counts as


@dataclass
class PlaceCandidate:
    """A place a row could take: one of its mentions (the nearest the trigger) and the
    features read over all of them."""

    mention: Mention
    features: dict[str, float] = field(default_factory=dict)
    label: bool = False
    #: Its mention with the ``location`` role nearest the trigger (``None``: no site).
    site: Mention | None = None

    @property
    def place_id(self) -> str:
        return self.mention.place.id


def row_candidates(text: str, mentions: Sequence[Mention], sentences: Sequence[Span],
                   trigger: int, clause: Span, sentence: Span, rules: Mention | None,
                   dateline: int = 0, published: date | None = None,
                   event_type: str = "") -> list[PlaceCandidate]:
    """The candidate places of a row triggered at ``trigger`` in ``clause`` of
    ``sentence``; ``mentions``: the report's after the role rules, in text order;
    ``sentences``: the report's sentence spans; ``rules``: the rules' choice;
    ``dateline``: where the dateline ends (0 when none); ``published``: the day whose
    capitals count; ``event_type``: the row's (a government's decision, a strategic
    development, is told where it governs: its features apart)."""
    placed = [m for m in mentions if m.place is not None]
    if not placed and (rules is None or rules.place is None):
        return []
    starts = [s for s, _ in sentences]
    number = max(0, sum(1 for s in starts if s <= sentence[0]) - 1)
    previous = [sentences[n] for n in range(max(0, number - 2), number)]
    told = Counter(m.place.id for m in placed)
    most = max(told.values(), default=0)
    before = [m for m in placed if m.end <= sentence[0]]
    recent: list[str] = []
    for m in reversed(before):
        if m.place.id not in recent:
            recent.append(m.place.id)
    by_place: dict[str, list[Mention]] = {}
    for m in placed:
        inside = sentence[0] <= m.start < sentence[1]
        earlier = any(a <= m.start < b for a, b in previous)
        if inside or earlier or m.place.id in recent[:3] or m.start < dateline or \
                told[m.place.id] == most:
            by_place.setdefault(m.place.id, []).append(m)
    if rules is not None and rules.place is not None:
        by_place.setdefault(rules.place.id, []).append(rules)
    in_sentence = [m for m in placed if sentence[0] <= m.start < sentence[1]]
    # (whether the sentence names a site at all: else the row's place is the story's)
    site_told = float(any(m.role == "location" for m in in_sentence))
    out = []
    for place_id, found in by_place.items():
        own = [m for m in found if sentence[0] <= m.start < sentence[1]]
        nearest = min(own, key=lambda m: abs(m.start - trigger)) if own else found[-1]
        place = nearest.place
        f: dict[str, float] = {
            "rules": float(rules is not None and rules.place is not None
                           and rules.place.id == place_id),
            "in_clause": float(any(clause[0] <= m.start < clause[1] for m in own)),
            "in_sentence": float(bool(own)),
            "previous_sentence": float(any(a <= m.start < b for m in found
                                           for a, b in previous[-1:])),
            "two_before": float(any(a <= m.start < b for m in found for a, b in previous)),
            "dateline": float(any(m.start < dateline for m in found)),
            "told_share": told[place_id] / max(1, sum(told.values())),
            "most_told": float(told[place_id] == most),
            "told_before": math.log1p(sum(1 for m in before if m.place.id == place_id)),
            "recency": math.log1p(recent.index(place_id)) if place_id in recent else
            math.log1p(len(recent) + 1),
            "told_after": float(any(m.start >= sentence[1] for m in placed
                                    if m.place.id == place_id)),
            "referred": float(nearest.kind != "named"),
            "non_site": float(all(m.role != "location" for m in found)),
            "population": math.log1p(place.population) / 16,
            # a place inside the rules' choice (a city of the country they chose)
            "inside_rules": float(rules is not None and rules.place is not None
                                  and _inside(place, rules.place)),
        }
        f["capital"] = float(place.kind == "city" and is_news_capital(
            place.id, place.country, place.feature_code, published))
        f["dateline_no_site_told"] = f["dateline"] * (1 - site_told)
        f["most_told_no_site_told"] = f["most_told"] * (1 - site_told)
        distance = _FAR
        if own:
            distance = min(_FAR, len(_WORD.findall(text, min(nearest.start, trigger),
                                                   max(nearest.start, trigger))))
            f["before_trigger"] = float(nearest.start < trigger)
            preposition = _BEFORE.search(text, max(0, nearest.start - 30), nearest.start)
            kind = PREPOSITION_KINDS.get(preposition.group(1).lower()) if preposition else None
            f[f"prep_{kind or 'none'}"] = 1.0
            # a smaller place inside it told in the sentence ("in X, a town of Y")
            f["holds_smaller"] = float(any(_inside(m.place, place) for m in in_sentence))
            f["in_larger"] = float(any(_inside(place, m.place) for m in in_sentence))
        f["distance"] = math.log1p(distance)
        f[f"role_{nearest.role if nearest.role in _ROLES else 'other'}"] = 1.0
        f[f"kind_{place.kind if place.kind in _KINDS else 'other'}"] = 1.0
        if event_type == STRATEGIC:
            for name in ("capital", "dateline", "kind_country", "in_clause", "most_told"):
                f[f"strategic_{name}"] = f.get(name, 0.0)
        sites = [m for m in found if m.role == "location"]
        site = min(sites, key=lambda m: abs(m.start - trigger)) if sites else None
        out.append(PlaceCandidate(nearest, f, site=site))
    return out


def _inside(small, large) -> bool:
    """Whether place ``small`` lies in ``large`` (its country's or its province's)."""
    if small.id == large.id or not small.country or small.country != large.country:
        return False
    if large.kind == "country":
        return small.kind != "country"
    return large.kind == "admin1" and small.kind in ("admin2", "city") and \
        bool(small.admin1) and small.admin1 == large.admin1
