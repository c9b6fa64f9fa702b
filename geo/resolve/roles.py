"""How a mention is used — location, actor, residence, origin or other — from lexical
cues around it, and the precision each kind of place gives a location. A word of a
titled person's name ("Prime Minister X Y" ... "X said") is that person, an actor; so is
a place in an official's designation ("the X County Attorney Jane Doe")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from geo.lexicon import SPEECH_VERBS, STANCE_VERBS, alternation
from geo.recognize.persons import TITLE

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
# A home only when the words say someone lives there ("his home town of X", "her home
# is in X"): a home attacked or raided ("set fire to his home in X", "detained at her
# home in X") is the incident's site. One resident's town is a home ("a resident of X
# who joined the march in Y"); "residents of X" who protest are a town's people at home.
_RESIDENCE_BEFORE = re.compile(
    r"\b(?:refugees?|exiles?|exiled|asylum|lives|lived|living|live|resides|resided|"
    r"residing|resident|settled|based|born|hometown|grew\s+up|"
    r"home\s+(?:town|village|city|country|region|province|state|is|was)|"
    r"(?:made|makes|making)\s+(?:his|her|their|its)\s+home)"
    r"\s+(?:\w+\s+){0,2}?(?:in|of)\s+$",
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


# A person's name after a title, as the text first gives it: "Prime Minister Abiy
# Ahmed", "President Luiz Inácio Lula da Silva". Any of its words standing alone later
# ("Abiy said", "Lula met") is that person, whatever village bears the name.
_NAME_WORD = r"[A-Z][\w'’-]+"
# A place before an official's title and name is part of how the person is named:
# "the X County Attorney Jane Doe said", "X Governor John Roe".
_TITLE_AND_NAME_AFTER = re.compile(rf"^\s+(?:{TITLE.pattern})\s+{_NAME_WORD}")
_PERSON_AFTER_TITLE = re.compile(
    rf"\b(?:{TITLE.pattern}|Minister|Premier|Chancellor) "
    rf"(?P<name>{_NAME_WORD}(?: (?:(?:da|de|do|dos|del|van|von|bin|al|el) )?"
    rf"{_NAME_WORD})*)")
# A name the text describes as a person's, by an age or "who" after it: "Marlow, 46,",
# "Dale Kerrow, a 34-year-old activist", "Hensley, who wrote about fraud". Places have
# no age and are not "who"; but "the people of X, who ..." are the people, X a place
# (while "the killing of X, 46," is X's).
_PERSON_DESCRIBED = re.compile(
    rf"\b(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}),\s+(?:\d{{1,3}},|(?:a|an)\s+"
    r"\d{1,3}-year-old\b|aged\s+\d{1,3}\b)|"
    r"(?<!\bof )(?<!\bin )(?<!\bfrom )(?<!\bat )(?<!\bnear )(?<!\bacross )"
    rf"\b(?P<who>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}),\s+who\b")
# "in Abiy", "near Lula": a preposition that puts something at the name makes it a place.
_AT_NAME = re.compile(r"\b(?:in|at|near|outside|from|to)\s+$", re.IGNORECASE)


# Where every match of the two patterns above starts: each begins with a title or a
# name, capitalised.
_CAPITAL = re.compile("[A-Z]")


@lru_cache(maxsize=4)
def _person_words(text: str) -> frozenset[str]:
    """The words of the names the text gives people: after a title, or before an age
    or "who"."""
    return frozenset(word for pattern in (_PERSON_AFTER_TITLE, _PERSON_DESCRIBED)
                     for match in _from_capitals(pattern, text)
                     for word in (match.group("name") or match.group("who")).split())


def _from_capitals(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with a capital
    A-Z, tried only there: its search tried each character in turn, and was 3 % of the
    geoparser's CPU. A match at ``i`` still sees the text before ``i`` (its ``\\b`` and
    look-behinds read it), so the matches are ``finditer``'s."""
    end = 0
    for capital in _CAPITAL.finditer(text):
        if capital.start() >= end and (match := pattern.match(text, capital.start())):
            end = match.end()
            yield match


def is_person_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is, as used there, a word of a titled person's name:
    the text calls someone "President X Y" and writes "X" or "Y" alone here, not after
    a preposition of place."""
    words = text[start:end].split()
    return bool(words) and all(w in _person_words(text) for w in words) and \
        _AT_NAME.search(text, max(0, start - 10), start) is None


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
    if is_person_name(text, cand.start, cand.end) or _TITLE_AND_NAME_AFTER.match(after):
        return "actor"
    if _RESIDENCE_BEFORE.search(before):
        return "residence"
    if _ORIGIN_BEFORE.search(before):
        return "origin"
    # Governments' seats speak ("Moscow said", "Texas warned"); airports do not.
    speaker = place is not None and place.kind in ("country", "city", "admin1")
    if speaker and _ACTOR_AFTER.match(after):
        return "actor"
    return "location"
