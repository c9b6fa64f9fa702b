"""Candidates from patterns in the text alone, whatever the gazetteer knows: streets,
natural features and a legislator's home (named), definite descriptions such as "the
town hall" (nominal) and parts of the country such as "the provinces" (area)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo.lexicon import (
    LANDMARK_PARTICLES,
    LANDMARK_SUFFIXES,
    LANDMARK_WORDS_AFTER,
    LANDMARK_WORDS_BEFORE,
    LANDMARK_WORDS_BEFORE_AMBIGUOUS,
    MONTHS,
    WEEKDAYS,
    alternation,
)
from geo.model import MentionKind
from geo.recognize.candidate import Candidate

# Names made of words the gazetteer need not know plus a generic word: streets ("Larkspur
# Drive"), natural features ("Bear Hollow Wilderness", "Mount Hood") and a legislator's
# home ("Rep. Ann Hale, D-N.D."). A capitalised word after the generic one makes an
# institution's name ("Cedar Lake Elementary"), not a place.
_WORD = r"(?!(?:The|A|An|And|But|In|At|On|Of|For|To|From|By)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A word of a landmark's name: capitalised in any Latin script ("Três", "Şehitler").
_NAME_WORD = (r"(?!(?:The|A|An|And|But|In|At|On|Of|For|To|From|By)\b)"
              r"[A-ZÀ-ÖØ-ÞĀ-ž][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][^\W\d_]+)?")
_PARTICLE = alternation(LANDMARK_PARTICLES)
_WORDS_AFTER = alternation(tuple(map(re.escape, LANDMARK_WORDS_AFTER)))
_WORDS_BEFORE = alternation(tuple(map(re.escape, LANDMARK_WORDS_BEFORE)))
_SUFFIX = rf"(?i:{alternation(LANDMARK_SUFFIXES)})"
_FEATURE_WORD = (r"(?:River|Creek|Lake|Mountains?|National\s+(?:Park|Forest|"
                 r"Lakeshore|Monument)|Wilderness|Valley|Island|Bay|Canyon|Falls|Reservoir|Forest)")
_FEATURE_FIRST_WORD = r"(?:Mount|Lake|Mt\.)"
_PARTY = r"(?:, |\()(?:[DRI]|DFL)-"
# "Tahrir Square", "Moi Avenue", "Taksim Meydanı": a name, then the generic word.
_NAMED_STREET = re.compile(
    rf"\b(?:(?:North|South|East|West|[NSEW]\.)\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+"
    rf"{_WORDS_AFTER}(?![^\W\d_])(?!\s+[A-Z][a-z])")
# A landmark's name ends before a day or month ("in Place de la Concorde Saturday").
_NOT_A_DAY = rf"(?!(?i:{alternation((*WEEKDAYS, *MONTHS))})\b)"
# "Place de la République", "Avenida 9 de Julio", "Maidan Nezalezhnosti": the generic
# word, then the name (four words at most). The generic word opens the name ("Canada
# Place" is another kind).
_STREET_FIRST = re.compile(
    rf"\b(?!{alternation(LANDMARK_WORDS_BEFORE_AMBIGUOUS)}\s+[A-Z])"
    rf"{_WORDS_BEFORE}"
    rf"(?:\s+{_PARTICLE})*\s*(?:{_NAME_WORD}|\d+)"
    rf"(?:\s+(?:{_PARTICLE}\s+)*{_NOT_A_DAY}(?:{_NAME_WORD}|\d+)){{0,3}}")
_NAME_BEFORE = re.compile(rf"{_NAME_WORD}\s$")
_STREET_COMPOUND = re.compile(
    rf"\b{_NAME_WORD}(?:-[^\W\d_]+)*-?{_SUFFIX}\b")
_FEATURE = re.compile(
    rf"\b(?:{_WORD}\s+){{1,3}}{_FEATURE_WORD}(?![A-Za-z])(?!\s+[A-Z][a-z])")
_FEATURE_FIRST = re.compile(rf"\b{_FEATURE_FIRST_WORD}\s+{_WORD}(?!\s+[A-Z][a-z])")
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
    r"(?:regional\s+)?administration\s+building|downtown|"
    r"(?i:state\s+house|government\s+house|parliament\s+house|"
    r"national\s+assembly\s+building))\b"
)
# "Burundi's capital", "the Nigerian capital", "the country's capital": the capital of the
# country the words before it name (read in geo.resolve.nominal). The candidate is the
# word "capital" alone, so that the country's name stays a mention of its own; "capital
# markets" and the other senses of money are no place.
_OWNED_CAPITAL = re.compile(
    r"(?:\b[Tt]he\s+(?:country|nation)['’]s|\b[A-Z][\w.-]*['’]s|"
    r"\b[Tt]he\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(capital(?:\s+city)?)\b"
    r"(?!\s+(?:of|markets?|gains?|punishment|spending|expenditures?|investments?|flight|"
    r"flows?|controls?|goods|requirements?|base)\b)")
# The words before a seat of government that make it a place, not the body.
_AT_A_SEAT = (r"outside|(?:stormed|burst|broke|forced\s+\w+\s+way)\s+into|inside|near|"
              r"towards|toward|stormed|storm|storming|besieged|surrounded|surrounding")
# A seat of government named without an article where a place is expected ("marched
# on parliament", "gathered outside parliament"); "in parliament" is the body.
_BARE_SEAT = re.compile(
    rf"\b(?:{_AT_A_SEAT}|on)\s+([Pp]arliament)\b(?!\s+(?:of|voted|passed|"
    r"approved|adopted|members?|speaker)\b)")
# A seat of government by its proper name where a place is expected ("protesters outside
# Government House", "marched on Congress"); "Congress passed", "called on Congress" and
# "the Congress party" are the body.
_SEATS = (r"Congress|Government\s+House|State\s+House|Parliament\s+House|"
          r"National\s+Assembly|Presidential\s+Palace")
_NAMED_SEAT = re.compile(
    rf"\b(?:{_AT_A_SEAT}|in\s+front\s+of|(?:marched|march|marching|converged)\s+on)"
    rf"\s+(?:the\s+)?({_SEATS})\b(?!\s+(?:[Pp]arty|of|members?)\b)")
# Area expressions: parts of the country in focus, not a point in it.
_AREA = re.compile(
    r"\b(?:(?:in|across|throughout|around)\s+the\s+country(?!['’]s)|nationwide|"
    r"(?:the|all|several|many|other|some)\s+(?:provinces|regions|oblasts|states)|"
    r"the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?=\s+of\s+the\s+country|[\s.,;])(?!\s+(?:of\s+(?!the\s+country)|[A-Z])))\b"
)


# What every match of a pattern holds, found by a plain search: most texts name no
# street, river or seat of government, and the search rules them out for a tenth of the
# pattern's cost (the patterns were 4 % of the geoparser's CPU).
_REQUIRED = {pattern: re.compile(required) for pattern, required in (
    (_NAMED_STREET, _WORDS_AFTER), (_STREET_FIRST, _WORDS_BEFORE),
    (_STREET_COMPOUND, _SUFFIX), (_FEATURE, _FEATURE_WORD),
    (_FEATURE_FIRST, _FEATURE_FIRST_WORD), (_PARTY_HOME, _PARTY),
    (_BARE_SEAT, "[Pp]arliament"), (_NAMED_SEAT, _SEATS), (_OWNED_CAPITAL, "capital"))}


def _finditer(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    required = _REQUIRED.get(pattern)
    return pattern.finditer(text) if required is None or required.search(text) else ()


def named_phrases(text: str) -> Iterable[Candidate]:
    """Yield the streets, natural features and legislators' homes the text names."""
    # The whole name is the query: "Plaza" or the "Tahrir" of "Tahrir Square" read
    # alone would find a town of that name.
    for pattern in (_NAMED_STREET, _STREET_FIRST, _STREET_COMPOUND):
        for m in _finditer(pattern, text):
            if pattern is _STREET_FIRST and _NAME_BEFORE.search(
                    text, max(0, m.start() - 30), m.start()):
                continue
            yield Candidate(m.start(), m.end(), m.group(0), "named", m.group(0), "street",
                            source="rule")
    for pattern in (_FEATURE, _FEATURE_FIRST, _PARTY_HOME):
        for m in _finditer(pattern, text):
            # "Indian Lake Elementary": "Lake Elementary" is inside a longer name.
            if pattern is _FEATURE_FIRST and _AFTER_WORD.search(
                    text, max(0, m.start() - 30), m.start()):
                continue
            yield Candidate(m.start(), m.end(), m.group(0), "named", m.group(0), source="rule")


def nominal_phrases(text: str) -> Iterable[Candidate]:
    """Yield the definite descriptions of a place in context ("the town hall")."""
    yield from _phrases(text, _NOMINAL, "nominal")
    for pattern in (_BARE_SEAT, _NAMED_SEAT, _OWNED_CAPITAL):
        for m in _finditer(pattern, text):
            yield Candidate(m.start(1), m.end(1), m.group(1), "nominal", "", source="rule")


def area_phrases(text: str) -> Iterable[Candidate]:
    """Yield the expressions for parts of the country in focus ("the provinces")."""
    return _phrases(text, _AREA, "area")


def _phrases(text: str, pattern: re.Pattern[str], kind: MentionKind) -> Iterable[Candidate]:
    for m in pattern.finditer(text):
        yield Candidate(m.start(), m.end(), m.group(0), kind, "", source="rule")
