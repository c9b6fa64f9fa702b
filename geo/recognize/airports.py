"""Airports named by a proper name: "Ben Gurion airport", "Jomo Kenyatta International
Airport", "Aeropuerto de Barajas".

The NER often reads the name before "airport" as a person ("Indira Gandhi", "Kennedy")
or cuts it ("Ben" of "Ben Gurion"), and a person's name is then no place for the
gazetteer matching either. Here the words around an airport word decide instead: the
longest run of capitalised words next to it that, with the word, is a name the gazetteer
gives an airport is one mention of kind airport, whatever the NER made of its words.

Its query is the airport's name ("Kennedy Airport"), so that the resolver looks up the
airport and not a town called like the person (Bogotá's locality Kennedy) — unless the
name is that of the city the airport serves ("Almaty airport"): then the query stays the
city's name, with the hint airport, and the resolver takes the airport serving the city
it reads (as for a name the NER widened into "X airport").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from gazetteer.normalize import fold
from geo.lexicon import (
    AIRPORT_INTERNATIONAL,
    AIRPORT_WORDS_AFTER,
    AIRPORT_WORDS_BEFORE,
    LANDMARK_PARTICLES,
    alternation,
)
from geo.recognize.candidate import Candidate
from geo.recognize.filters import ORGANISATION_HEADS
from geo.recognize.lookup import MAJOR_POPULATION, NameLookup

# No airport's name in the gazetteer has more words before its airport word.
_MOST_WORDS = 5
_INTERNATIONAL = alternation(AIRPORT_INTERNATIONAL)
_AFTER = re.compile(
    rf"(?<![\w-])(?:(?P<intl>{_INTERNATIONAL})\s+)?{alternation(AIRPORT_WORDS_AFTER)}\b")
_ELIDED = tuple(p for p in LANDMARK_PARTICLES if p.endswith("'"))


def _airport_word_first(international: str) -> re.Pattern:
    """An airport word written before the name, then "international" as given and a
    particle ("Aeropuerto Internacional de ...")."""
    return re.compile(
        rf"\b{alternation(AIRPORT_WORDS_BEFORE)}(?:\s+(?P<intl>{international}))?\s+"
        rf"(?:{alternation(tuple(p for p in LANDMARK_PARTICLES if p not in _ELIDED))}\s+"
        rf"|{alternation(_ELIDED)})?")


_BEFORE = _airport_word_first(_INTERNATIONAL)
# What every match of _AFTER and _BEFORE holds.
_WORD_AFTER = re.compile(alternation(AIRPORT_WORDS_AFTER))
_WORD_BEFORE = re.compile(alternation(AIRPORT_WORDS_BEFORE))
# The same for the languages that write the airport word first, "international" in
# either case ("l'aéroport International de Nice").
_WRITTEN_FIRST = _airport_word_first(f"(?i:{_INTERNATIONAL})")
# A word of a name: capitalised letters, with the apostrophes, dots and hyphens of
# "O'Hare", "John F. Kennedy" and "Soekarno-Hatta".
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_WORD = re.compile(r"\S+")
# Punctuation that closes a name where it ends a word ("Nairobi, Jomo ...").
_CLOSING = ",;:()[]\"“”!?"
_PARTICLES = frozenset(LANDMARK_PARTICLES)
# Words before a name that make it an airport: "flights to X", "landed at X", "flew out
# of X", "stranded at X", "the departures hall at X" (up to three words between the
# verb or noun and the preposition).
_FLIGHT_BEFORE = re.compile(
    r"\b(?:flights?|flew|fly(?:ing)?|landed|landing|land|took\s+off|departed|departing|"
    r"diverted|grounded|stranded|runways?|terminals?|departures|arrivals)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:at|from|to|into|out\s+of|for)\s+$", re.IGNORECASE)
# How far before a name the words of _FLIGHT_BEFORE are looked for.
_FLIGHT_WINDOW = 60
# An airport's IATA code as news writes it in running text ("flights out of LAX").
_CODE = re.compile(r"(?<![\w.&'-])[A-Z]{3}(?![\w.&'-])")
# Prepositions before an airport's bare name (:func:`bare_airports`).
_AT = re.compile(r"\b(?:at|into|out\s+of)\s+(?=[A-Z])")
_ARTICLES = frozenset({"the", "a", "an"})


def airport_candidates(text: str, lookup: NameLookup) -> Iterator[Candidate]:
    """Yield a mention of kind airport for each airport word that the gazetteer's
    airport names read with the capitalised words next to it: the longest name, less
    the city the airport serves where the name begins with it ("İstanbul Atatürk
    Airport": the city is a mention of its own)."""
    # Most texts hold no airport word, which a plain search finds for a fraction of
    # the patterns' cost (their scans were 0.6 % of the geoparser's CPU).
    after = _AFTER.finditer(text) if _WORD_AFTER.search(text) else ()
    before = _BEFORE.finditer(text) if _WORD_BEFORE.search(text) else ()
    for match in after:
        name_end = match.start()
        while name_end and text[name_end - 1].isspace():
            name_end -= 1
        intl = match["intl"] is not None
        for start in _name_starts(text, name_end):
            name = text[start:name_end]
            if _common_word(text, name):
                break
            known = _airport_name(name, intl, lookup)
            if known is None or any(fold(name).startswith(city + " ") for city in known[1]):
                continue
            yield Candidate(start, match.end(), text[start:match.end()], "named",
                            _query(name, *known, lookup), "airport", source="rule")
            break
    for match in before:
        intl = match["intl"] is not None
        for end in reversed(_name_ends(text, match.end())):
            name = text[match.end():end]
            known = _airport_name(name, intl, lookup)
            if known is not None:
                yield Candidate(match.start(), end, text[match.start():end], "named",
                                _query(name, *known, lookup), "airport", source="rule")
                break


def bare_airports(text: str, lookup: NameLookup) -> Iterator[Candidate]:
    """Airports named by a person's name of several words alone after "at", "into" or
    "out of" ("stranded at Jomo Kenyatta", "flights out of Ninoy Aquino"), where that
    name with the airport word is an airport's serving a city of ``MAJOR_POPULATION``.
    The name is the whole run of capitalised words and particles there ("at Blue Grass
    Army Depot" names no airport), and no institution's ("at Ohio State University":
    :data:`~geo.recognize.filters.ORGANISATION_HEADS`). The gazetteer keeps no bare name
    of several words (most are people's): the preposition says a place."""
    for match in _AT.finditer(text):
        ends = _name_ends(text, match.end(), particles=True)
        if len(ends) < 2 or _AFTER.match(text[ends[-1]:].lstrip()):
            continue  # one word (the gazetteer's bare names), or the airport word after it
        start, end = match.end(), ends[-1]
        name = text[start:end]
        if name.rpartition(" ")[2].lower() in ORGANISATION_HEADS:
            continue
        known = _airport_name(name, False, lookup)
        if known is not None and fold(name) not in known[1]:
            yield Candidate(start, end, name, "named", _query(name, *known, lookup),
                            "airport", source="rule")


def flights_before(text: str, start: int) -> bool:
    """Whether the words just before ``start`` speak of flights ("flights to", "landed
    at", "the departures road at"): a name there is an airport's."""
    return _FLIGHT_BEFORE.search(text[max(0, start - _FLIGHT_WINDOW):start]) is not None


def coded_airports(text: str, lookup: NameLookup) -> Iterator[Candidate]:
    """Airports named by their IATA code in a flight's words ("her flight from JFK",
    "flights out of LAX"), where the code is that of an airport serving a city of
    ``MAJOR_POPULATION``: three capitals are mostly no place ("the ANC", "the CEO"),
    and news names only a big city's airport so."""
    for match in _CODE.finditer(text):
        code = match.group()
        if not flights_before(text, match.start()) or not any(
                p.kind == "airport" and p.extra.get("iata") == code
                and p.extra.get("served_population", 0) >= MAJOR_POPULATION
                for p in lookup.readings(fold(code))):
            continue
        yield Candidate(match.start(), match.end(), code, "named", code, "airport",
                        source="rule")


def with_airports(text: str, found: list[Candidate], lookup: NameLookup,
                  ) -> list[Candidate]:
    """``found`` with the airports of :func:`airport_candidates`, :func:`bare_airports`
    and :func:`coded_airports` in place of the candidates they overlap (a cut "Ben", a
    "Kennedy airport" queried as "Kennedy", a "Birmingham Airport" queried as some
    airport's name rather than as the airport serving the city the text reads), unless
    one has the airport's span and query."""
    airports = [a for a in (*airport_candidates(text, lookup),
                            *bare_airports(text, lookup), *coded_airports(text, lookup))
                if not any((c.start, c.end, c.query) == (a.start, a.end, a.query)
                           for c in found)]
    if not airports:
        return found
    kept = [c for c in found
            if not any(c.start < a.end and a.start < c.end for a in airports)]
    return kept + airports


def airport_query(names: Iterable[str], intl: bool, lookup: NameLookup) -> str | None:
    """The query of an airport named in another language by a word before its name
    ("в аэропорту Шереметьево", "аэропорт Алматы", "l'aéroport de Bamako-Sénou"): for
    the first of ``names`` (the name's spellings, the likeliest first) that is an
    airport's name with "Airport" after it (:func:`_airport_name`, an airport of any
    size: the word before says it is one), its query as in English text (the city's
    name for "Almaty airport"); ``None`` if none is."""
    for name in names:
        known = _airport_name(name, intl, lookup, smallest=0)
        if known is not None:
            return _query(name, *known, lookup)
    return None


def airports_after_word(text: str, lookup: NameLookup) -> Iterator[Candidate]:
    """The airports named after an airport word in the languages that write it first
    ("l'aéroport de Roissy-Charles-de-Gaulle", "aéroport Blaise-Diagne"), each a mention
    of the name alone (as the French and Russian sets mark it), looked up by its whole
    name, else by the end of a hyphenated one ("Charles-de-Gaulle", "Sénou": French
    joins the place's name to the airport's, which the gazetteer lists alone)."""
    for match in _WRITTEN_FIRST.finditer(text):
        intl = match["intl"] is not None
        for end in reversed(_name_ends(text, match.end())):
            name = text[match.end():end]
            query = airport_query(_hyphen_tails(name), intl, lookup)
            if query is not None:
                yield Candidate(match.end(), end, name, "named", query, "airport",
                                source="rule")
                break


def _hyphen_tails(name: str) -> Iterator[str]:
    """``name``, then what follows each of its hyphens that begins a capitalised word
    ("Roissy-Charles-de-Gaulle" → "Charles-de-Gaulle")."""
    yield name
    yield from (name[i + 1:] for i, ch in enumerate(name)
                if ch == "-" and name[i + 1:i + 2].isupper())


def _airport_name(name: str, intl: bool, lookup: NameLookup, *,
                  smallest: int = MAJOR_POPULATION) -> tuple[str, frozenset[str]] | None:
    """The airport name ``name`` makes with the airport word ("Kennedy Airport") and the
    folded names of the cities the airports called so serve; ``None`` where no airport
    serving a city of ``smallest`` people is called so: airfields bear generic names
    ("Main Airport", "Military Airport", even "The Airport"), and news seldom names a
    small one by a person's name the NER misses."""
    forms = (f"{name} International Airport", f"{name} Airport")
    for form in forms if intl else reversed(forms):
        key = fold(form)
        if key not in lookup.names:
            continue
        cities = frozenset(fold(p.extra.get("city", "")) for p in lookup.readings(key)
                           if p.kind == "airport"
                           and p.extra.get("served_population", 0) >= smallest)
        if cities:
            return form, cities
    return None


def _query(name: str, form: str, cities: frozenset[str], lookup: NameLookup) -> str:
    """The name to look the airport up by: the city's name where the airport serves a
    city called ``name`` (or, a large city, so for short: "Frankfurt" am Main) and the
    text says no more than "<city> airport" (the resolver then takes the airport serving
    the city it reads), else the airport's name ("London International Airport" is
    Ontario's, not the one serving the largest London)."""
    key = fold(name)
    if not form.endswith(" International Airport") and (key in cities or (
            any(city.startswith(key + " ") for city in cities) and lookup.major(name))):
        return name
    return form


def _common_word(text: str, name: str) -> bool:
    """Whether a one-word name is a word the text also writes in lower case ("Military
    Airport" beside "military"), as gazetteer matching reads it: no proper name."""
    return " " not in name and re.search(rf"\b{re.escape(name.lower())}\b", text) is not None


def _name_starts(text: str, end: int) -> list[int]:
    """Where a name that ends at ``end`` (its last word capitalised) may begin, the
    farthest first: at a capitalised word of the run of name words and particles
    before ``end``, up to a line break, a closing mark or a possessive."""
    starts: list[int] = []
    boundary = end
    for word in reversed(list(_WORD.finditer(text, max(0, end - 80), end))):
        token = word.group()
        if (len(starts) == _MOST_WORDS or "\n" in text[word.end():boundary]
                or token[-1] in _CLOSING or token.endswith(("'s", "’s"))):
            break
        if token.lower() in _ARTICLES:
            break  # "The airport": no name
        capitalised = token[0].isupper() and _NAME_WORD.fullmatch(token) is not None
        if not capitalised and (token not in _PARTICLES or boundary == end):
            break
        boundary = word.start()
        if capitalised:
            starts.append(word.start())
    return starts[::-1]


def _name_ends(text: str, start: int, *, particles: bool = False) -> list[int]:
    """Where a name that begins at ``start`` may end: after each of the capitalised words
    that follow one another from there (with ``particles``, also across the particles
    of "Charles de Gaulle"), up to a closing mark or a full stop."""
    ends: list[int] = []
    for word in _WORD.finditer(text, start, start + 80):
        if len(ends) == _MOST_WORDS or (not text[start:word.start()].isspace() and ends):
            break
        token = word.group().rstrip(_CLOSING + ".")
        if particles and ends and token in _PARTICLES and token == word.group():
            start = word.end()
            continue
        if not (token[:1].isupper() and _NAME_WORD.fullmatch(token)):
            break
        ends.append(word.start() + len(token))
        if len(token) < len(word.group()):
            break
        start = word.end()
    return ends
