"""Names read with the name after a comma: "Springfield, Illinois" gives Springfield the
qualifier Illinois, and "Welsh, Louisiana" makes a demonym a town bears the town."""

from __future__ import annotations

import re

from gazetteer.normalize import fold
from geo.recognize.candidate import Candidate

_QUALIFIER_SEP = re.compile(r",\s*")


def qualified_towns(text: str, found: list[Candidate], names: frozenset[str],
                    ) -> list[Candidate]:
    """A demonym that a town also bears (one of the folded ``names``), followed by
    ", <named place>", is the town ("Welsh, Louisiana", "Canadian, Texas"), not the
    adjective."""
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if (first.kind == "demonym" and second.kind == "named"
                and _QUALIFIER_SEP.fullmatch(text[first.end:second.start])
                and fold(first.text) in names):
            out[k] = Candidate(first.start, first.end, first.text, "named", first.text,
                               source=first.source)
    return out


def attach_qualifiers(text: str, found: list[Candidate]) -> list[Candidate]:
    """Give "Springfield" in "Springfield, Illinois" the qualifier "illinois"."""
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if first.kind != "named" or second.kind != "named":
            continue
        gap = text[first.end:second.start]
        if _QUALIFIER_SEP.fullmatch(gap):
            out[k] = Candidate(first.start, first.end, first.text, first.kind,
                               first.query, first.hint, fold(second.query), first.source)
    return out
