"""Which place mention is an event's location, and how precise that makes it.

A report names many places that are not where anything happened: the capital that
speaks ("Moscow said"), an exile's home ("a refugee in France"), a leader's country
("Chinese President"). The geoparser marks those with a role; here only mentions in the
``location`` role are candidates. Among them the one governed by "in/at/near" in the
event's own clause wins (a landmark in the city the clause names over the city), then
the nearest in the sentence; failing that the city the story is in (the last city
named before, unless a sentence since spoke of the whole country; precision 2:
somewhere in or near it), and finally the document's main place, its country
(precision 3). A clause about the whole country ("across the country") skips the city.
A clause that puts its event at a name the geoparser could not place ("in the village
of Qwertyzhan") skips the story's city, and the main place unless that is an area: such
an event is left unplaced rather than misplaced, unless the text says what holds that
name ("in Qwertyzhan, a poor district of X": in X, precision 2). A city a sentence
opens with ("In X,") sets the scene of all its clauses: an area named bare in a later
one ("the Y governor's office") that holds the city does not take the event out of it.
A place that owns the noun a preposition governs ("anger at X's tax law") is not put at
by it. A sentence that speaks of the report's country itself, naming no city ("X
imposed a lockdown in the spring"), moves the story from its city to the country.

Length: one home for how an event's clause, sentence and story pick its site (the
ranking, lists, reference points, unplaced sites and the fallbacks read the same
prepositions and appositions), over the usual limit; splitting it would scatter those
shared patterns across modules.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from gazetteer.geometry import haversine_km
from geo.lexicon import COMPASS_POINTS, MONTHS, WEEKDAYS, alternation
from geo.model import Mention
from geo.resolve.nominal import capital_of_at
from geo.resolve.places import inside

_SITE_ROLES = frozenset({"location", "other"})
#: Prepositions that put something at a place: "killed in X", "two more near X".
AT_PLACE = ("in", "at", "near", "outside")
_PREPOSITIONS = (*AT_PLACE, "across", "throughout", "around", "inside", "into", "on", "over",
                 "of", "within", "onto", "towards?")
_PREPOSITION = re.compile(rf"\b{alternation(_PREPOSITIONS)}\s+(?:the\s+)?(?:[a-z]+\s+)?$",
                          re.IGNORECASE)
_AREA_KINDS = frozenset({"region", "country", "admin1"})
_LIST_KINDS = frozenset({"region", "country"})
_AREA_PRECISIONS = frozenset({"region", "country", "admin1"})
_CITY_KINDS = frozenset({"city", "airport", "landmark", "checkpoint", "admin2"})
_POINT_KINDS = frozenset({"airport", "landmark", "checkpoint"})
# A name the text says is a settlement or an area: "in the village of Qwertyzhan", "in
# the Qwertyzhan district" (not "the Northern region", "the Old Town"). A capitalised
# word after "in" alone may be anything ("in Parliament", "in English").
_SETTLEMENT = r"(?i:village|town|city|hamlet|settlement|district|region|province|county)"
_LOCATIVE_NAME = re.compile(
    rf"\b(?i:{alternation((*AT_PLACE, 'to', 'from'))})\s+(?:(?i:the)\s+{_SETTLEMENT}\s+of\s+"
    r"(?P<name>[A-Z][\w-]+)|(?P<named>[A-Z][\w-]+),\s+(?i:a|an)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_SETTLEMENT}\b|(?i:the)\s+(?!(?:North|South|East|West|Central|Upper|Lower)"
    r"(?:ern)?\b)(?P<kinded>[A-Z][\w-]+)\s+(?i:village|district|province|county|region)\b)")
# A name after a home is a place, whatever it is: "shot dead at their home in Xq Yr".
# Not a day or month: "returned home in January", "the House in March passed".
_HOME_NAME = re.compile(r"\b(?i:home|house|residence|farm)\s+(?i:in|at|near)\s+"
                        rf"(?!(?i:{alternation((*WEEKDAYS, *MONTHS))})\b)"
                        r"(?P<homed>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_NAME_GROUPS = ("name", "named", "kinded", "homed")
# ", in the southern region of", ", the main city in the", ", in": what stands between
# a place and another that locates it.
_APPOSITION = re.compile(r"\s*,\s*(?:(?:in|on|near)\s+)?(?:(?:the|a|an)\s+)?"
                         r"(?:[\w'-]+\s+){0,6}?(?:(?:in|of)\s+(?:the\s+)?)?",
                         re.IGNORECASE)
# "X in the north", "X in Y province": the area right after a town only locates it.
_IN_AREA = re.compile(r"\s+in\s+(?:the\s+)?", re.IGNORECASE)
_AREA_WORD = (r"(?:region|province|state|district|department|county|governorate|"
              r"division)")
#: "the region of", "the governorate of": the name that follows is an area, whatever
#: the gazetteer made of it.
AREA_WORD_BEFORE = re.compile(rf"\b{_AREA_WORD}\s+of\s+$", re.IGNORECASE)
_AREA_WORD_AFTER = re.compile(rf"\s+{_AREA_WORD}\b", re.IGNORECASE)
_BEARING = re.compile(r"\b(?:(?:(?:\d+|a few)\s*(?:km|kilometres|kilometers|miles)\s+)?"
                      rf"{alternation(COMPASS_POINTS)}(?:-?(?:east|west))?\s+of|"
                      # "35 km from the capital": a distance alone is a bearing too
                      r"(?:\d+|a few)\s*(?:km|kilometres|kilometers|miles)\s+(?:away\s+)?from)"
                      r"\s+(?:the\s+)?"
                      r"(?:(?:(?:state|provincial|regional|national)\s+)?"
                      r"(?:capital|city|town|port),\s*)?$", re.IGNORECASE)
# A name in apposition before a reference point: "in X, 30 km north of",
# "X, a small town about 40 km south of".
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s*,\s*(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?)?"
                          r"(?:(?:about|some|around|roughly|nearly|just)\s+)?$")
# A place that only says where the place before it lies ("in X, near Y", "X, outside
# Y", "X, near the port city of Y"): Y locates X and is no site of its own. A
# preposition among the words between names a landmark's town, which is a site
# ("outside the central mosque in Y").
LOCATOR_BEFORE = re.compile(r"\w\s*,\s*(?:just\s+)?(?:near|outside|close\s+to|"
                            r"not\s+far\s+from)\s+(?:the\s+)?"
                            r"(?:(?!(?:in|at|on)\s)[a-z][\w-]*\s+){0,3}?$")
_FRONTED = re.compile(r"\W*(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
_INSIDE_KM = 30.0  # a landmark this close to a city the clause names is in it
# A relative clause "..., where X happened" is located at its antecedent.
_WHERE = re.compile(r"^\W*where\b", re.IGNORECASE)
# "anger at Kenya's tax law": the preposition governs the noun the place owns, not the
# place; but "the streets of Kenya's main cities" are in Kenya.
_POSSESSOR_END = re.compile(r"(?:['’]s?)?\s+")
_POSSESSIVE = re.compile(
    r"['’]s?\b(?!\s+(?:[\w-]+\s+){0,2}?(?:cities|towns|villages|capital|city|town|"
    r"streets|regions?|provinces?|states?|districts?|north|south|east|west|border|"
    r"coast|countryside)\b)")


def is_site(mention: Mention) -> bool:
    """Can this mention be an incident site? Not an actor, a home or an origin, nor a
    continent ("Africa's last absolute monarchy" names the country it describes)."""
    return (mention.place is not None and mention.role in _SITE_ROLES
            and mention.kind != "demonym" and mention.place.feature_code != "CONT")


def geo_precision(mention: Mention) -> int:
    """ACLED geo precision of a mention: 1 the place, 2 part of/near it, 3 an area."""
    place = mention.place
    if mention.precision in _AREA_PRECISIONS or (place and place.kind in _AREA_KINDS):
        return 3
    if mention.precision == "part_of_city" or (place and place.kind == "admin2"):
        return 2
    return 1


class MentionIndex:
    """A document's mentions sorted by offset, for cheap look-ups by span.

    Built once per document, so that locating each event costs the size of its
    sentence, not of the whole article (a long article has many events).
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.main = main_place(self.mentions)
        self.main_country = self.main.place.country if self.main else ""

    def within(self, start: int, end: int) -> Sequence[Mention]:
        """The mentions that start in ``[start, end)``, in text order."""
        low = bisect.bisect_left(self._starts, start)
        return self.mentions[low:bisect.bisect_left(self._starts, end, low)]


def link_location(
    text: str,
    index: MentionIndex,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    trigger: int,
) -> Mention | None:
    """The location mention of an event triggered at ``trigger`` in ``clause``.

    Scores mentions in the clause (a preposition before it, closeness, coming after
    the trigger as in "protests in X"), then falls back to the nearest in the sentence.
    """
    # "Russian troops and allies of Moscow": a place in the country a clause names as
    # an origin or actor is that origin, not the site (unless it is the main country).
    in_clause_all = index.within(*clause)
    foreign = {m.place.country for m in in_clause_all
               if m.place is not None and not is_site(m)}
    foreign.discard(index.main_country)

    def sites(mentions: Sequence[Mention]) -> list[Mention]:
        return [m for m in mentions if is_site(m) and m.place.country not in foreign
                and stated_site(text, m, index.main_country, clause[0])]

    in_clause = without_locators(text, _without_nominal_of(text, sites(in_clause_all)),
                                 in_clause_all)
    if _WHERE.match(text[clause[0]:clause[1]]):
        # "in X, 250 km south of the capital, where ...": X, not the reference point;
        # and X, not the country or province a name in the clause happens to hold
        # ("in X, where protesters stormed the offices of Radio <country>").
        preceding = index.within(sentence[0], clause[0])
        before = without_locators(text, sites(preceding), preceding)
        antecedent = before[-1] if before else None
        if not in_clause or (antecedent is not None and all(
                geo_precision(m) == 3 and m.place.country == antecedent.place.country
                and geo_precision(antecedent) < 3 for m in in_clause)):
            return antecedent
    if in_clause:
        best = max(in_clause, key=lambda m: _score(text, m, trigger, clause[0]))
        best = _scene(text, index, sentence, best) or best
        best = _possessed(text, in_clause, best) or best
        # "In Almaty, crowds set fire to the town hall": a landmark in the place the
        # clause names is the more exact site of the two.
        inside = [m for m in in_clause if m.place.kind in _POINT_KINDS
                  and haversine_km(m.place.lat, m.place.lon,
                                   best.place.lat, best.place.lon) <= _INSIDE_KM]
        return inside[0] if inside and best.place.kind not in _POINT_KINDS else best
    # A clause that names its own site, one we cannot place, is not at the place of
    # another clause; it is in the place the text says holds that site, if any.
    if names_an_unknown_site(text, index, clause):
        return holder_of_unknown_site(text, index, clause, sentence)
    in_sentence_all = index.within(*sentence)
    in_sentence = without_locators(text, sites(in_sentence_all), in_sentence_all)
    if in_sentence:
        # A clause that names no place goes on from the clauses before it ("In X, youths
        # blocked the road and a market was looted, while in Y ..."): their place, when
        # there is one, not the scene a later clause opens.
        before = [m for m in in_sentence if m.end <= clause[0]]
        nearest = before[-1] if before else min(in_sentence, key=lambda m: abs(m.start - trigger))
        return _scene(text, index, sentence, nearest) or nearest
    return None


def _possessed(text: str, mentions: Sequence[Mention], owner: Mention) -> Mention | None:
    """The more exact place ``owner`` possesses right after it ("in X's capital", "in
    the X capital"): the preposition puts the event there, in the possessor."""
    after = _POSSESSOR_END.match(text, owner.end)
    if after is None:
        return None
    return next((m for m in mentions if m.start == after.end()
                 and geo_precision(m) < geo_precision(owner)), None)


def _scene(text: str, index: MentionIndex, sentence: tuple[int, int],
           area: Mention) -> Mention | None:
    """The city ``sentence`` opens with ("In X, ..."), when ``area`` is an area holding
    it that no preposition puts the event in."""
    if geo_precision(area) < 3 or \
            _GOVERNED.search(text, max(sentence[0], area.start - 20), area.start):
        return None
    opening = next(iter(index.within(*sentence)), None)
    if opening is None or opening is area or not is_site(opening) or \
            geo_precision(opening) == 3 or \
            not _FRONTED.fullmatch(text, sentence[0], opening.start):
        return None
    return opening if inside(opening.place, area.place) else None


# A preposition or "to" before a place: "spread to the X province" is an event there.
_GOVERNED = re.compile(rf"\b{alternation((*_PREPOSITIONS, 'to', 'from'))}\s+(?:the\s+)?"
                       r"(?:[a-z]+\s+)?$", re.IGNORECASE)


# Between two places of one list: "Lyon, Lille, Nantes and Rennes", "Kumasi or Tamale",
# "in the capital X and in the southern city of Y", "of X and of the northern towns of Y".
_LIST_JOINT = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)"
    r"(?:(?:in|at|of|near|to|across)\s+)?(?:the\s+)?"
    r"(?:(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|coastal|"
    r"neighbou?ring|nearby|industrial|port|second|main)\s+)?"
    r"(?:cities|towns|city|town|port|villages?|districts?|provinces?|regions?|states?)"
    r"\s+of\s+)?", re.IGNORECASE)


# A list item the geoparser could not place does not end the list: "in X, in the
# industrial town of Qwertyzhan and in Y" still lists Y with X.
_UNPLACED_ITEM = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)"
    r"(?:(?:in|at|of|near)\s+)?(?:(?:the|a|an)\s+)?(?:(?:[a-z-]+\s+){0,2}?"
    r"(?:cities|towns|city|town|port|villages?|districts?|provinces?|regions?|states?|"
    r"suburbs?)\s+of\s+)?"
    r"(?-i:[A-Z][\w'’-]*(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]*){0,3})"
    rf"(?:{_LIST_JOINT.pattern})", re.IGNORECASE)


# "X, on the border with Y, and in Z", "X, the main port, and Z": an aside on the place
# before, then the list goes on (the aside ends at its comma).
_ASIDE_JOINT = re.compile(
    r"\s*,\s+(?:(?:in|on|near|along|at|by|off)\s+)?(?:the\s+|a\s+|an\s+|its\s+)?"
    r"[^,;:.()]{1,60}?,\s*(?:and|or)\s+(?:(?:in|at)\s+)?(?:the\s+)?", re.IGNORECASE)
# ", in the southern region of": no list item but the area the place before lies in.
_LOCATING_JOINT = re.compile(rf"\s*,\s*(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+)?{_AREA_WORD}"
                             r"\s+of\s+", re.IGNORECASE)


def coordinated(text: str, index: MentionIndex, clause: tuple[int, int],
                mention: Mention) -> list[Mention]:
    """The sites listed with ``mention`` in its clause, in text order, itself included.

    "Protests in Lyon, Lille, Nantes and Rennes" is one list of four places; a place
    joined by anything but a comma, "and" or "or" ends the list.
    """
    # ("in X, near Y": Y only locates X, no item of a list)
    sites = [m for m in index.within(*clause) if is_site(m) and (
        m is mention or not LOCATOR_BEFORE.search(text, max(0, m.start - 60), m.start))]
    if mention not in sites:
        return [mention]
    # "the capital X" is one item of the list, named twice: it spans both names.
    items: list[tuple[int, int, Mention]] = []
    for m in sites:
        if items and items[-1][2].place.id == m.place.id and \
                not text[items[-1][1]:m.start].strip():
            start, _, kept = items[-1]
            items[-1] = (start, m.end, mention if m is mention else kept)
        else:
            items.append((m.start, m.end, m))
    at = next(i for i, item in enumerate(items) if item[2] is mention)
    # A province may stand in a list of towns ("in Sousse, Kasserine, Siliana and
    # Bizerte": the geoparser took some towns for their provinces), but "X, Y" alone
    # is a town and its province.
    group = _chain(text, items, at, _LIST_KINDS)
    if len(group) < 3 and len({m.place.kind in _AREA_KINDS for m in group}) > 1:
        group = _chain(text, items, at, _AREA_KINDS)
    return sorted(group, key=lambda m: m.start)


def _chain(text: str, items: list[tuple[int, int, Mention]], at: int,
           areas: frozenset[str]) -> list[Mention]:
    """The items joined to ``items[at]`` as one list, areas (of ``areas`` kinds) only
    with areas and the rest only with the rest. An item may carry an aside that
    locates it, places of the aside not listed ("in X, on the border with Y, and in
    Z": X and Z)."""
    group = [items[at][2]]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(items):
            nxt = _next_item(text, items, i, step, areas)
            if nxt is None:
                break
            i = nxt
            group.append(items[i][2])
    return group


def _next_item(text: str, items: list[tuple[int, int, Mention]], i: int, step: int,
               areas: frozenset[str]) -> int | None:
    """The index of the item listed next to ``items[i]`` in direction ``step``: the one
    beside it, or the one past an aside (whose own places are skipped)."""
    for j, joints in ((i + step, (_LIST_JOINT, _UNPLACED_ITEM)),
                      (i + step, (_ASIDE_JOINT,)), (i + 2 * step, (_ASIDE_JOINT,))):
        if not 0 <= j < len(items):
            continue
        a, b = (items[j], items[i]) if step < 0 else (items[i], items[j])
        pa, pb = a[2].place, b[2].place
        if (pa.kind in areas) != (pb.kind in areas) or pa.id == pb.id or \
                _LOCATING_JOINT.fullmatch(text, a[1], b[0]):
            continue
        if any(joint.fullmatch(text, a[1], b[0]) for joint in joints):
            return j
    return None


def without_locators(text: str, mentions: Sequence[Mention],
                     named: Sequence[Mention] = ()) -> list[Mention]:
    """Drop the places that only locate the place before them, in apposition: "X, in
    the southern region of Y", "X, the main city in the south", "X, in Y state", and
    reference points ("X, 20 km south of Y", "a town north-east of Y"). The place
    located may be no site or unplaced (``named``: every mention of the span), or a
    name the geoparser did not find ("in X, a town 30 km north of the city")."""
    kept: list[Mention] = []
    for mention in mentions:
        located = _located_before(mention, kept, named)
        if located is not None and _is_area(text, mention) and \
                not _is_area(text, located) and (
                    _APPOSITION.fullmatch(text, located.end, mention.start)
                    or _IN_AREA.fullmatch(text, located.end, mention.start)):
            continue
        bearing = reference_point(text, mention)
        if bearing and (kept or _NAME_BEFORE.search(text, max(0, bearing.start() - 60),
                                                    bearing.start())):
            continue
        if kept and locates_only(text, mention):
            continue
        kept.append(mention)
    return kept


def reference_point(text: str, mention: Mention) -> re.Match | None:
    """The bearing that makes ``mention`` a reference point ("40 km north of X")."""
    return _BEARING.search(text, max(0, mention.start - 60), mention.start)


def locates_only(text: str, mention: Mention) -> bool:
    """Whether ``mention`` only says where the place before it lies: a reference point
    ("X, 40 km north of Y") or a landmark in apposition ("X, near the capital Y")."""
    return bool(reference_point(text, mention)) or bool(
        LOCATOR_BEFORE.search(text, max(0, mention.start - 60), mention.start))


def _located_before(mention: Mention, kept: Sequence[Mention],
                    named: Sequence[Mention]) -> Mention | None:
    """The mention right before ``mention`` that it may locate: the last one kept, or a
    later named one that is no site (an unknown village, a home)."""
    last = kept[-1] if kept else None
    for other in named:
        if other.end > mention.start:
            break
        if other.kind == "named" and (last is None or other.start > last.end) \
                and not is_site(other):
            last = other
    return last


def _is_area(text: str, mention: Mention) -> bool:
    return geo_precision(mention) == 3 or bool(
        AREA_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        or _AREA_WORD_AFTER.match(text, mention.end))


def names_an_unknown_site(text: str, index: MentionIndex, clause: tuple[int, int]) -> bool:
    """Whether the clause puts its event in a settlement or area, by name, that the
    geoparser could not place ("in the village of Qwertyzhan"): then the previous
    sentence's city is no fallback. So does a name the geoparser took for a place but
    found in no gazetteer, right after "in", "at", "near" ("shot dead in Qwertyzhan"),
    and any name after "home in" ("at their home in Qwertyzhan")."""
    return bool(_unknown_site_ends(text, index, clause))


# What joins a site the geoparser could not place to the place that holds it: "X, a
# poor district of Y", "X, a village outside Y", "X, in the western Y county" (an area,
# see :func:`_is_area`), "X, on the outskirts of Y".
_HELD_BY = re.compile(
    r"\s*,\s*(?:(?:in|on)\s+)?(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:district|suburb|neighbou?rhood|quarter|township|borough|part|outskirts|"
    r"village|town|area|slum)\s+(?:of|in|near|outside)\s+(?:the\s+)?)?", re.IGNORECASE)
_HOLDING_NOUN = re.compile(r"\b(?:of|in|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_HELD_REACH = 80


def holder_of_unknown_site(text: str, index: MentionIndex, clause: tuple[int, int],
                           sentence: tuple[int, int]) -> Mention | None:
    """The place that holds the site a clause names but the geoparser could not place:
    "in Kawangware, a poor district of Nairobi" is in Nairobi (part of it: precision 2);
    "in X, in the western Y county" is in that county. Not a reference point ("X, 40 km
    north of Y"): Y does not hold X."""
    for end in _unknown_site_ends(text, index, clause):
        after = [m for m in index.within(end, min(sentence[1], end + _HELD_REACH))
                 if is_site(m)]
        if not after:
            continue
        holder = after[0]
        joint = _HELD_BY.fullmatch(text, end, holder.start)
        if joint is None or reference_point(text, holder) or not (
                _HOLDING_NOUN.search(joint.group()) or _is_area(text, holder)):
            continue
        if geo_precision(holder) == 1:
            return replace(holder, precision="part_of_city")
        return holder
    return None


def _unknown_site_ends(text: str, index: MentionIndex, clause: tuple[int, int]) -> list[int]:
    """Where each name of a site the geoparser could not place ends, in ``clause``."""
    ends = []
    for pattern in (_LOCATIVE_NAME, _HOME_NAME):
        for match in pattern.finditer(text, *clause):
            name = next(group for group in _NAME_GROUPS if match.groupdict().get(group))
            if not any(m.place is not None for m in index.within(*match.span(name))):
                ends.append(match.end(name))
    ends.extend(m.end for m in index.within(*clause)
                if m.place is None and m.kind in ("named", "nominal") and m.role == "location"
                and AT_PLACE_BEFORE.search(text, max(0, m.start - 10), m.start))
    return sorted(set(ends))


#: "in ", "near " right before a name: what puts something at it.
AT_PLACE_BEFORE = re.compile(rf"\b{alternation(AT_PLACE)}\s+$", re.IGNORECASE)


#: A clause about the whole country: its event is placed at the country, not at the
#: city the story was last in.
COUNTRYWIDE = re.compile(r"\b(?:(?:across|throughout|around|all\s+over|in)\s+the\s+"
                         r"(?:country|nation|island)|in\s+all\s+(?:regions|provinces)|"
                         r"nationwide|countrywide)\b", re.IGNORECASE)


def story_focus(text: str, index: MentionIndex, spans: Sequence[tuple[int, int]],
                number: int) -> Mention | None:
    """The city the story is in before sentence ``number``: the last city-level site
    named, looking back until a sentence speaks of the whole country (then the story
    has left its city for the country, and there is none)."""
    for before in range(number - 1, -1, -1):
        focus = city_in_focus(text, index, spans[before])
        if focus is not None:
            return focus
        if COUNTRYWIDE.search(text, *spans[before]) or \
                _about_the_country(text, index, spans[before]):
            return None
    return None


def _about_the_country(text: str, index: MentionIndex, span: tuple[int, int]) -> bool:
    """Whether a sentence without a city speaks of the report's country itself
    ("Serbia imposed a lockdown in the spring"), not of a thing it owns ("Serbia's
    president"): the story has left its city for the country."""
    return any(m.place.kind == "country" and m.kind == "named"
               and m.place.country == index.main_country
               and not _POSSESSIVE.match(text, m.end)
               for m in index.within(*span) if is_site(m))


def city_in_focus(text: str, index: MentionIndex, span: tuple[int, int]
                  ) -> Mention | None:
    """The last city-level site named in ``span``, not counting a place that only
    locates another ("X, in the region of Y") nor one of a list."""
    # A city abroad is the report's focus only when it is about that country.
    named = without_locators(text, [m for m in index.within(*span) if is_site(m)])
    # "the parliament building", read as part of a city, puts the story in that city.
    cities = [m for m in named if m.place.kind in _CITY_KINDS and (
        geo_precision(m) == 1 or (m.kind == "nominal" and m.precision == "part_of_city"
                                  and m.place.kind == "city"))
              and m.place.country in ("", index.main_country)]
    # Places named in a list ("rallies were also held in X and Y") are visited in
    # passing; the story does not move there.
    cities = [m for m in cities if len(coordinated(text, index, span, m)) < 2]
    return cities[-1] if cities else None


def main_place(mentions: Sequence[Mention]) -> Mention | None:
    """The document's main place: its most-named country, as a country mention.

    Used for events the text does not locate ("more than 3,800 people were arrested").
    Returns a city mention when the country itself is never named.
    """
    sites = [m for m in mentions if is_site(m) and m.place.country]
    if not sites:
        return None
    country, _ = Counter(m.place.country for m in sites).most_common(1)[0]
    ours = [m for m in sites if m.place.country == country]
    countries = [m for m in ours if m.place.kind == "country"]
    if countries:
        return countries[0]
    place, _ = Counter(m.place for m in ours).most_common(1)[0]
    return next(m for m in ours if m.place == place)


def _without_nominal_of(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop a nominal mention that the next place makes precise: "the streets of X",
    "the airport at X", "the streets of the capital" are X and the capital, whatever
    place the nominal was read as (the last city named)."""
    kept: list[Mention] = []
    for i, mention in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if kept and kept[-1].kind == "nominal" and _capital_of(text, kept[-1], mention):
            continue  # "the capital of Togo" is the city the capital was read as
        if mention.kind == "nominal" and after is not None and \
                after.kind in ("named", "nominal") and \
                _OF_NAME.fullmatch(text, mention.end, after.start) and \
                not _capital_of(text, mention, after):
            continue
        kept.append(mention)
    return kept


def _capital_of(text: str, capital: Mention, country: Mention) -> bool:
    """Whether ``capital`` is "the capital of <country>", read as that country's city."""
    return capital.place is not None and country.place is not None \
        and country.place.kind == "country" and capital.place.kind == "city" \
        and capital.place.country == country.place.country \
        and capital_of_at(text, capital.text, capital.end) == country.start


_OF_NAME = re.compile(r"\s+(?:of|at|in)\s+(?:the\s+)?", re.IGNORECASE)


def stated_site(text: str, mention: Mention, country: str, clause_start: int) -> bool:
    """A place abroad is a site only when a preposition puts something there ("in X",
    "near X"): a foreign name standing bare in a report about another country is more
    often a name the geoparser misread (a party, a person) than an event abroad."""
    if not mention.place.country or mention.place.country == country:
        return True
    return _put_at(text, mention, clause_start)


def _put_at(text: str, mention: Mention, clause_start: int) -> bool:
    """Whether a preposition puts something at ``mention`` ("in X", "near X"); not at
    a possessor ("at X's policy")."""
    return bool(_PREPOSITION.search(text[max(clause_start, mention.start - 20):mention.start])) \
        and not _POSSESSIVE.match(text, mention.end)


def _score(text: str, mention: Mention, trigger: int, clause_start: int) -> float:
    score = 0.0
    if _put_at(text, mention, clause_start):
        score += 2.0
    if mention.start > trigger:
        score += 0.5
    if mention.role != "location":
        score -= 1.0
    # "In X, protesters ...": a fronted place sets the scene of the whole clause.
    if _FRONTED.fullmatch(text, clause_start, mention.start):
        score += 1.0
    return score - abs(mention.start - trigger) / 200.0
