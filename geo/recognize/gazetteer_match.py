"""Candidates from matching capitalised token n-grams against the gazetteer's names.

This finds the small towns and counties the NER misses, at the price of common words
that are also place names ("Mobile", "Police"); the filters here are the document's own
evidence: a word also written in lower case, a stop word, a word glued to a longer
proper noun ("Taco Bell"), a name that is only some town's alternate name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gazetteer.normalize import fold
from geo.lexicon import AIRPORT_INTERNATIONAL, AIRPORT_WORDS_AFTER, alternation
from geo.model import MentionKind
from geo.recognize.candidate import Candidate
from geo.recognize.context import with_context
from geo.recognize.lookup import NameLookup
from geo.recognize.stoplist import load_city_names
from geo.recognize.words import INSTITUTION, starts_name

# A name longer than this many tokens is not looked up; no gazetteer name is longer.
MAX_NGRAM = 5
# Lower-case words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro").
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "upon", "on", "the", "al",
                         "el", "da", "do", "dos", "das", "di", "y", "and", "am", "sur",
                         "-"})
# Words that qualify a place name rather than make a new one ("Northern Virginia").
_AREA_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "greater", "downtown", "northeast", "northwest",
    "southeast", "southwest", "new", "old", "metro", "rural", "suburban", "coastal", "mid"})

# Where a name can only be a place: a dateline at the start of a line, or after a
# preposition of place, a verb of moving and its preposition ("moved to", "fled from";
# not "talking to Hamas"), a capital or city word, or a town already listed ("in Kut and").
# There a large city's other spelling ("Ulaanbaatar" for the gazetteer's "Ulan Bator")
# is the city; elsewhere alternate names are mostly words and people ("Day", "Hamas").
_PLACE_SLOT = re.compile(
    r"(?:(?:^|\n)[ \t]*|\b(?:(?i:in|near|at|outside)|capital|city of|town of)\s+"
    r"|\b(?:mov(?:e|es|ed|ing)|fle(?:e|es|d|eing)|return(?:s|ed|ing)?|travel(?:s|led|ed|ling)?"
    r"|fl(?:y|ew|own|ying)|went|go(?:es|ing)?|came|com(?:e|es|ing)|commut(?:e|ed|ing))"
    r"\s+(?:back\s+)?(?:to|from|into)\s+"
    r"|\bin\s+[A-Z][\w'’-]+\s+and\s+)$")
# An article and airport words alone: the name of some airfields in the gazetteer, and of
# no airport news means by it ("The Airport Road was blocked").
_GENERIC_AIRPORT = re.compile(
    rf"(?i:the\s+)?(?:(?i:{alternation(AIRPORT_INTERNATIONAL)})\s+)?"
    rf"{alternation(AIRPORT_WORDS_AFTER)}")
# So is, wherever it stands, a large city's English or former name that WordNet gives it
# (:func:`~geo.recognize.stoplist.load_city_names`: "Smyrna", "Frunze", "Tientsin"),
# which the NER often takes for a person.


def gazetteer_candidates(text: str, toks: list, blocked: set[int], lowered: set[str],
                         lookup: NameLookup, stop: frozenset[str], *,
                         proposals: bool = False) -> Iterable[Candidate]:
    """Yield the longest known names in the tokens, left to right, never in a ``blocked``
    token; ``lowered`` are the words the document writes in lower case, ``stop`` the
    stop list's folded names. With ``proposals`` a word glued to a longer name and a
    name that is only an alternate one are yielded too: the learned recognizer
    (:mod:`geo.recognize.learned`) reads those as features instead."""
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if i in blocked or not starts_name(tok):
            i += 1
            continue
        match = _longest_name(text, toks, i, blocked, lowered, lookup, stop)
        if match is None:
            i += 1
            continue
        j, kind = match
        if (not proposals and j - i == 1 and kind == "named" and inside_phrase(toks, i)
                and not lookup.major(tok.text)):
            i = j  # "Bell" in "Taco Bell" or "Wal-Mart": part of a longer name
            continue
        start, end = tok.idx, toks[j - 1].idx + len(toks[j - 1].text)
        name = text[start:end]
        hint = "country" if kind == "demonym" else ""
        query = (lookup.abbreviated_division(name) if j - i == 1 and kind == "named"
                 else None) or name
        if (not proposals and kind == "named" and query == name and lookup.alias_only(name)
                and not ((_PLACE_SLOT.search(text, max(0, start - 40), start)
                          or fold(name) in load_city_names())
                         and lookup.major(name))):
            i = j
            continue
        yield with_context(text, Candidate(start, end, name, kind, query, hint,
                                           source="gazetteer"))
        i = j


def _longest_name(text: str, toks: list, i: int, blocked: set[int], lowered: set[str],
                  lookup: NameLookup, stop: frozenset[str],
                  ) -> tuple[int, MentionKind] | None:
    """Return (end token, kind) of the longest known name starting at token ``i``."""
    best = None
    last = min(len(toks), i + MAX_NGRAM)
    for j in range(i + 1, last + 1):
        tok = toks[j - 1]
        if j - 1 in blocked or tok.is_space or (tok.is_punct and tok.text not in "-."):
            break
        possessive = _possessive_in_name(toks, i, j - 1)
        if j - 1 > i and not (starts_name(tok) or tok.lower_ in _CONNECTORS
                              or _abbreviation_dot(toks, j - 1) or possessive):
            break
        if not (starts_name(tok) or possessive):
            continue
        span = text[toks[i].idx:tok.idx + len(tok.text)]
        key = fold(span)
        if _GENERIC_AIRPORT.fullmatch(span):
            continue  # "The Airport (Road)": some airfield's name, no airport's
        if ((key in stop and not lookup.spelt_as_major(span)
             and not _listed_with_major(toks, i, j, lookup, stop, span))
                or (j - i == 1 and _is_common_word(tok, lowered))):
            continue
        # A word that is both ("Kazakh" is also a village) reads as the adjective; so
        # does a demonym of several words, which the longest match then takes whole
        # ("Papua New Guinean": not Papua and a Guinean).
        if (j - i == 1 or key not in lookup.names) and lookup.adjective(span):
            best = (j, "demonym")
        elif (key in lookup.names or key.replace(" ", "") in lookup.names
              or (j - i == 1 and lookup.abbreviated_division(span) is not None)):
            best = (j, "named")
    return best


def _abbreviation_dot(toks: list, k: int) -> bool:
    """Whether token ``k`` is the full stop of a short abbreviation inside a name, which
    the tokenizer splits off in capitals ("ST. LOUIS", "FT. WORTH"; "St." stays whole).
    Only in capitals: elsewhere a short name may end a sentence ("fled to Ado. Ekiti
    officials said")."""
    before = toks[k - 1]
    return (toks[k].text == "." and not before.whitespace_ and before.is_alpha
            and before.is_upper and len(before.text) <= _LONGEST_ABBREVIATION)


def _possessive_in_name(toks: list, i: int, k: int) -> bool:
    """Whether token ``k`` is an "'s" glued to a name of two words or more that starts at
    token ``i``, which names of saints' towns end in ("St. John's", "St. George's"); after
    a single word it is the possessive of the name ("Kenya's"), and before a capitalised
    word the name of a landmark ("St. Peter's Square", "St. Paul's Cathedral"). The
    longer name counts only where the gazetteer knows it."""
    return (k >= i + 2 and toks[k].text.lower() in ("'s", "\u2019s")
            and not toks[k - 1].whitespace_ and starts_name(toks[k - 1])
            and not (k + 1 < len(toks) and starts_name(toks[k + 1])))


# How long an abbreviation inside a place's name is ("St", "Ste", "Mt", "Ft").
_LONGEST_ABBREVIATION = 3

# The words that join the items of a list of names.
_LIST_WORDS = frozenset({",", "and", "or"})


def _listed_with_major(toks: list, i: int, j: int, lookup: NameLookup,
                       stop: frozenset[str], span: str) -> bool:
    """Whether the name of tokens ``i`` to ``j``, a large city by its own name, is an item
    of a list whose neighbouring item (the last word of the one before, the first of the
    one after) is a country, division or large city by its own name and not on the stop
    list: the stop list learned the name from its other uses (a club, a person), but a
    list of places holds places ("Leeds, Manchester and Bolton", "Omaha, Lincoln and
    Grand Island")."""
    if not lookup.major(span, own_name=True):
        return False
    neighbours = []
    if i >= 2 and toks[i - 1].text in _LIST_WORDS:
        before = i - 3 if toks[i - 2].text == "," and i >= 3 else i - 2
        neighbours.append(toks[before])
    if j + 1 < len(toks) and toks[j].text in _LIST_WORDS:
        neighbours.append(toks[j + 1])
    return any(starts_name(t) and fold(t.text) not in stop
               and lookup.major(t.text, own_name=True) for t in neighbours)


def inside_phrase(toks: list, i: int) -> bool:
    """Whether the one-word name at token ``i`` is part of a longer proper noun.

    The longest-match search already tried every longer known name, so a capitalised
    word glued on (mid-sentence, not a compass or size word as in "Northern Virginia")
    or a hyphenated capitalised neighbour makes a different name ("Taco Bell"), as does a
    partner across "&" ("Stevens & Wilkinson", a firm). So does
    a capitalised word after it ("Christina Utley", "Tyson Foods"), unless that word
    names an institution of the place ("Carthage Police", "Waterford High School").
    """
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    if (prev is not None and not tok.is_sent_start and not prev.is_sent_start
            and starts_name(prev) and not prev.is_stop and prev.lower_ not in _AREA_WORDS):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (nxt is not None and starts_name(nxt) and not nxt.is_sent_start
            and nxt.lower_ not in INSTITUTION):
        return True
    if prev is not None and prev.text in ("-", "&") and i > 1 and starts_name(toks[i - 2]):
        return True
    return (i + 2 < len(toks) and toks[i + 1].text in ("-", "&")
            and starts_name(toks[i + 2]))


def _is_common_word(tok, lowered: set[str]) -> bool:
    # A capitalised stop word ("May", "Will") or a word the same document also writes in
    # lower case ("Mobile" beside "mobile") is a common word, not a place.
    return tok.is_stop or tok.lower_ in lowered or len(tok.text) < 2
