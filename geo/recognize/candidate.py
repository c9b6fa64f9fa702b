"""The candidate mention: a span that may name a place, before resolution.

Also settles overlapping candidates, whichever source found them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from geo.model import MentionKind

#: The hint of a name written without a kind word in a language that names a division
#: with one (Russian: "Караганда" is the city, the region "Карагандинская область"): the
#: city where a city bears the name, whatever the ranking makes of the divisions.
CITY_NOT_DIVISION = "city, not division"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span that may name a place, before resolution.

    ``query`` is the name to look up (``"Almaty"`` for "Almaty airport"), ``hint`` a
    gazetteer kind suggested by the words around it, ``qualifier`` the folded name of an
    enclosing place given after a comma ("Springfield, Illinois"), ``source`` where the
    span came from (``"ner"``, ``"gazetteer"``, ``"rule"``).
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    query: str
    hint: str = ""
    qualifier: str = ""
    source: str = "ner"


def without_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (NER first when equally long)."""
    rank = {"ner": 0, "gazetteer": 1, "rule": 2}
    ordered = sorted(found, key=lambda c: (-(c.end - c.start), rank[c.source], c.start))
    kept: list[Candidate] = []
    # Kept spans never overlap, so sorted by start they are sorted by end too: a new
    # span overlaps one only if it overlaps a neighbour of its insertion point (a long
    # text has thousands of candidates; comparing each with all kept ones is quadratic).
    starts: list[int] = []
    ends: list[int] = []
    for cand in ordered:
        i = bisect_left(starts, cand.start)
        if (i > 0 and ends[i - 1] > cand.start) or (i < len(starts)
                                                    and starts[i] < cand.end):
            continue
        kept.append(cand)
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
    return sorted(kept, key=lambda c: c.start)
