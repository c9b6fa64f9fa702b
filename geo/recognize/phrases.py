"""Candidates from patterns in the text alone, whatever the gazetteer knows: streets,
natural features and a legislator's home (named), definite descriptions such as "the
town hall" (nominal) and parts of the country such as "the provinces" (area)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo.model import MentionKind
from geo.recognize.candidate import Candidate

# Names made of words the gazetteer need not know plus a generic word: streets ("Bucknell
# Drive"), natural features ("Dolly Sods Wilderness", "Mount Hood") and a legislator's
# home ("Rep. Earl Pomeroy, D-N.D."). A capitalised word after the generic one makes an
# institution's name ("Indian Lake Elementary"), not a place.
_WORD = r"(?!(?:The|A|An|And|But|In|At|On|Of|For|To|From|By)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAMED_STREET = re.compile(
    rf"\b(?:(?:North|South|East|West|[NSEW]\.)\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}\s+"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|Parkway|"
    r"Trail|Pike)(?![A-Za-z])(?!\s+[A-Z][a-z])")
_FEATURE = re.compile(
    rf"\b(?:{_WORD}\s+){{1,3}}(?:River|Creek|Lake|Mountains?|National\s+(?:Park|Forest|"
    r"Lakeshore|Monument)|Wilderness|Valley|Island|Bay|Canyon|Falls|Reservoir|Forest)"
    r"(?![A-Za-z])(?!\s+[A-Z][a-z])")
_FEATURE_FIRST = re.compile(rf"\b(?:Mount|Lake|Mt\.)\s+{_WORD}(?!\s+[A-Z][a-z])")
_AFTER_WORD = re.compile(r"[A-Z][a-z]*\s$")
_PARTY_HOME = re.compile(
    r"(?:(?<=, [DRI]-)|(?<=\([DRI]-)|(?<=, DFL-)|(?<=\(DFL-))"
    r"[A-Z][A-Za-z.]*(?:\s[A-Z][a-z]*\.)?")

# Definite descriptions that point at a place already in context. They are resolved by
# salience in :mod:`geo.resolve.resolver`: the airport serving the city in focus, else its city.
_NOMINAL = re.compile(
    r"\b[Tt]he\s+(?:(?:main|international|city's|local)\s+)?"
    r"(airport|town\s+hall|city\s+hall|presidential\s+(?:residence|palace)|"
    r"parliament(?:\s+building)?|capital|streets|city\s+cent(?:er|re)|"
    r"(?:main\s+)?square|police\s+(?:station|headquarters)|mayor's\s+office|"
    r"(?:regional\s+)?administration\s+building|downtown)\b"
)
# A seat of government named without an article where a place is expected ("marched
# on parliament", "gathered outside parliament"); "in parliament" is the body.
_BARE_SEAT = re.compile(
    r"\b(?:outside|into|inside|near|towards|toward|on|stormed|storm|storming|"
    r"besieged|surrounded|surrounding)\s+([Pp]arliament)\b(?!\s+(?:of|voted|passed|"
    r"approved|adopted|members?|speaker)\b)")
# Area expressions: parts of the country in focus, not a point in it.
_AREA = re.compile(
    r"\b(?:(?:in|across|throughout|around)\s+the\s+country|nationwide|"
    r"(?:the|all|several|many|other|some)\s+(?:provinces|regions|oblasts|states)|"
    r"the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?=\s+of\s+the\s+country|[\s.,;])(?!\s+(?:of\s+(?!the\s+country)|[A-Z])))\b"
)


def named_phrases(text: str) -> Iterable[Candidate]:
    """Yield the streets, natural features and legislators' homes the text names."""
    for m in _NAMED_STREET.finditer(text):
        name = m.group(0).rsplit(None, 1)[0]
        yield Candidate(m.start(), m.end(), m.group(0), "named", name, "street", source="rule")
    for pattern in (_FEATURE, _FEATURE_FIRST, _PARTY_HOME):
        for m in pattern.finditer(text):
            # "Indian Lake Elementary": "Lake Elementary" is inside a longer name.
            if pattern is _FEATURE_FIRST and _AFTER_WORD.search(
                    text, max(0, m.start() - 30), m.start()):
                continue
            yield Candidate(m.start(), m.end(), m.group(0), "named", m.group(0), source="rule")


def nominal_phrases(text: str) -> Iterable[Candidate]:
    """Yield the definite descriptions of a place in context ("the town hall")."""
    yield from _phrases(text, _NOMINAL, "nominal")
    for m in _BARE_SEAT.finditer(text):
        yield Candidate(m.start(1), m.end(1), m.group(1), "nominal", "", source="rule")


def area_phrases(text: str) -> Iterable[Candidate]:
    """Yield the expressions for parts of the country in focus ("the provinces")."""
    return _phrases(text, _AREA, "area")


def _phrases(text: str, pattern: re.Pattern[str], kind: MentionKind) -> Iterable[Candidate]:
    for m in pattern.finditer(text):
        yield Candidate(m.start(), m.end(), m.group(0), kind, "", source="rule")
