"""Text → candidate place mentions: named, demonym, nominal and area.

Recognition combines two sources whose errors differ. spaCy's statistical NER
(``en_core_web_sm``, OntoNotes labels GPE/LOC/FAC/NORP) finds names it has never seen
but misses many small towns and counties; matching capitalised token n-grams against the
gazetteer's names finds those, at the price of common words that are also place names
("Mobile", "Police"). The gazetteer side is therefore filtered by the NER's own verdict
(a span it calls a PERSON or ORG is not a place), by a stop list of names that the
annotated development split shows are rarely places (learned by :mod:`tools.tune`, not
written by hand), and by the document itself: a word also written in lower case in the
same text is a common noun; a word the text uses as someone's surname ("Matt Turner",
"Sheriff Dyer") is a person wherever it stands alone; a lone word glued to another
capitalised word mid-sentence ("Taco Bell", "Wal-Mart") is part of a longer name —
unless the name's gazetteer readings include a country, division, region or large city
("Egypt", "Charleston"), which readers take first. When they were added, these
person/phrase features raised recognition F1 on the odd (held-out) split from .694 to
.752 on LGL and from .812 to .828 on GeoVirus; today's figures are in docs/benchmarks.md.

Nothing here looks places up beyond name membership; :mod:`geo.resolve.resolver` turns candidates
into places. Offsets are always character offsets into the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING, Protocol

from gazetteer.normalize import fold
from geo.lexicon import SPEECH_VERBS, alternation
from geo.model import MentionKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from gazetteer.place import Place

# A name longer than this many tokens is not looked up; no gazetteer name is longer.
MAX_NGRAM = 5
# A city this large is what readers mean by its name, even beside a person's name.
MAJOR_POPULATION = 100_000
# The feature code of a locality known only by a post office's name (see
# gazetteer.sources.localities): resolvable, but too often a word or a surname for a
# gazetteer-only match.
LOCALITY = "PPLL"
# Lower-case words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro").
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "upon", "on", "the", "al",
                         "el", "da", "do", "dos", "das", "di", "y", "and", "am", "sur",
                         "-"})
_NER_PLACE = frozenset({"GPE", "LOC", "FAC"})
# Words after which a place name is expected (see Recognizer._from_entity).
_PLACE_BEFORE = frozenset({"in", "near", "of", "and", ",", "outside", "above", "between",
                           "around", "across", "the"})
# Spans the NER gives these labels hide gazetteer matches inside them ("Paris Hilton").
# Organisations are not among them: measured on the dev split, "Georgia Power" or
# "Gainesville Police" hide far more annotated toponyms than they spare false ones.
_NER_NOT_PLACE = frozenset({"PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Words after a name that say what kind of place it is. The span keeps only the name
# (the annotated corpora mark "Hubei" in "Hubei province"), the word becomes a hint.
_KIND_SUFFIX = {
    "province": "admin1", "provinces": "admin1", "region": "admin1", "oblast": "admin1",
    "state": "admin1", "governorate": "admin1", "prefecture": "admin1",
    "district": "admin2", "city": "city", "town": "city", "village": "city",
}
# Nouns that make a place's name into an institution's ("Guernsey County Common Pleas
# Court"): the place name before them is the toponym.
_INSTITUTION = frozenset({
    "court", "courts", "courthouse", "council", "commission", "commissioners", "board",
    "department", "office", "party", "patrol", "police", "sheriff", "school", "schools",
    "jail", "elections", "government", "administration", "hospital", "university",
    "college", "library", "chamber", "authority", "agency", "association", "club",
    "company", "corporation", "bank", "church", "city", "common", "public", "circuit",
    "superior", "municipal", "democratic", "republican", "highway", "fire", "health",
    "water", "transit", "housing", "economic", "district", "high", "volunteer", "town",
    "mayor"})
# Words before a surname: "Mr. Bell", "Sheriff Dyer" name a person, not Bell or Dyer.
_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sgt|Lt|Capt|Det|Rev|Judge|Sheriff|Officer|Deputy|"
    r"Coach|Pastor|Chief|Trooper|Attorney|Mayor|Councilman|Councilwoman|Commissioner|"
    r"Superintendent|Principal|President|Senator|Governor)\.?")
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_FIRST_NAME = re.compile(r"[A-Z][a-z]+")
# Words that qualify a place name rather than make a new one ("Northern Virginia").
_AREA_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "greater", "downtown", "northeast", "northwest",
    "southeast", "southwest", "new", "old", "metro", "rural", "suburban", "coastal", "mid"})
# After "X City": words that make it the city's institution ("Springfield City Schools").
_CITY_INSTITUTION = re.compile(
    r"\s+(?:Schools?|Council|Councilm[ae]n|Councilwom[ae]n|Manager|Commission|"
    r"Commissioners?|Hall|Public|Attorney|Clerk|Police|Board|Administrator|Limits|"
    r"Government|Officials?|Auditor|Treasurer|Engineer|Planning)\b")
# Words that begin the name of a national government body after its country's name.
_AGENCY_WORDS = frozenset({
    "department", "agency", "administration", "centers", "centre", "center", "embassy",
    "army", "navy", "air", "ministry", "government", "federal", "state", "food",
    "national", "geological", "environmental", "coast", "forces", "military", "senate",
    "congress", "house", "supreme", "treasury", "defense", "defence", "health"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "northeast", "northwest", "southeast", "southwest",
                      "northeastern", "northwestern", "southeastern", "southwestern"})
# Streets and roads are annotated as toponyms in local news; they resolve to their city.
_STREET = re.compile(
    r"\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|"
    r"Parkway|Highway|Hwy\.|Way|Court|Place|Square|Bridge|Park)(?![A-Za-z])"
)
# The head words of organisations' and events' names ("Webb Center", "St. Patrick's
# Day"), and "United" leading a party's or a charity's ("United Way", "United Russia"):
# with such words, a span the NER calls a place but the gazetteer does not know is no
# place (measured on the corpora's even halves: of 36 such spans, 35 were not
# toponyms; "District Drive", a street, was).
_ORGANISATION_HEADS = frozenset({
    "center", "centre", "day", "empire", "club", "foundation", "association", "society",
    "company", "corporation", "party", "movement", "union", "league", "church", "school",
    "hospital", "university", "college", "council", "committee", "commission",
    "department", "agency", "ministry", "bank", "institute", "museum", "festival",
    "services", "board", "authority"})
# A district named for a service is a body ("Water District", "School District"); one
# named for a place is an area ("Bajaur District", "Tenderloin District").
_SERVICE_WORDS = frozenset({
    "water", "school", "sanitation", "fire", "park", "parks", "library", "hospital",
    "utility", "irrigation", "conservation", "transit", "sewer", "drainage", "health"})
# More candidates than any name has ("San Jose" has about a hundred).
_ALL_READINGS = 1000
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
# A number after a name makes it a designation: "County Road 35", "Pack 198".
_NUMBER_NEXT = re.compile(r"[ \t]+\d")
_PREPOSITIONS = "in|at|near|from|outside|around|across|to"
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+$", re.IGNORECASE)
# A speech verb straight after a name, with no comma between, makes the name its
# speaker ("Petrova said"), unless a preposition or article puts the name in a place's
# slot ("the city of Gatlinburg said"); "Cowley, said" is where a speaker is from.
_SPEECH_AFTER = re.compile(rf"[ \t]+{alternation(SPEECH_VERBS)}\b")
_PLACE_SLOT_BEFORE = re.compile(
    rf"\b(?:{_PREPOSITIONS}|for|of|the)\s+(?:nearby\s+|neighbou?ring\s+)?$", re.IGNORECASE)
_ROAD_WORDS = frozenset({"road", "rd", "highway", "hwy", "route", "rte", "drain", "street",
                         "st", "avenue", "ave"})
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
# A newspaper, a school or a zoo named after a place ("the New York Times", "Kennedy
# Elementary", "Auckland Zoo") is an organisation: annotators mark no place in it.
_TITLE_OF_WORK = re.compile(
    r"[ ]+(?:Times|Daily|Journal|Herald|Tribune|Gazette|Chronicle|Courier|Examiner|"
    r"Sentinel|Inquirer|Telegraph|Elementary|Academy|University|Zoo)\b")
# A disease named after a place ("West Nile virus", "Marburg virus", "Rift Valley
# fever", "Lyme disease") names the disease, not where anything happens.
_DISEASE = re.compile(r"[ -]+(?:ha?emorrhagic\s+)?(?:virus|viruses|fever|flu|influenza|"
                      r"disease|encephalitis|ebolavirus)\b", re.IGNORECASE)
_DOTTED = re.compile(r"(?:[A-Z]\.){2}")
# Words a name's initials skip ("District of Columbia" is D.C.).
_JOINERS = frozenset({"of", "and", "the", "de", "del", "la"})
_SAINT = re.compile(r"(?:St\.?|Saint)\s+[A-Z][a-z]+$")
_ADMIN_END = re.compile(r"\b(?:County|Parish|State|Province|Township)$")
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_AIRPORT = re.compile(r"\s+(?:International\s+)?[Aa]irport\b")
_CITY_OF = re.compile(r"\b(?:city|town|village|port)\s+of\s+$", re.IGNORECASE)
_QUALIFIER_SEP = re.compile(r",\s*")
_LIST_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")
# "the City of Richmond": the annotated corpora mark "Richmond"; the kind word before
# "of" is a hint (read by _CITY_OF), not part of the name.
_OF_PREFIX = re.compile(r"(?:[Tt]he\s+)?(?:City|Town|Village|County|State)\s+of(?:\s+|$)")

# Definite descriptions that point at a place already in context. They are resolved by
# salience in :mod:`geo.resolve.resolver`: the airport serving the city in focus, else its city.
_NOMINAL = re.compile(
    r"\b[Tt]he\s+(?:(?:main|international|city's|local)\s+)?"
    r"(airport|town\s+hall|city\s+hall|presidential\s+(?:residence|palace)|"
    r"parliament(?:\s+building)?|capital|streets|city\s+cent(?:er|re)|"
    r"(?:main\s+)?square|police\s+(?:station|headquarters)|mayor's\s+office|"
    r"(?:regional\s+)?administration\s+building|downtown)\b"
)
# Area expressions: parts of the country in focus, not a point in it.
_AREA = re.compile(
    r"\b(?:(?:in|across|throughout|around)\s+the\s+country|nationwide|"
    r"(?:the|all|several|many|other|some)\s+(?:provinces|regions|oblasts|states)|"
    r"the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?=\s+of\s+the\s+country|[\s.,;])(?!\s+(?:of\s+(?!the\s+country)|[A-Z])))\b"
)


class NameIndex(Protocol):
    """What recognition needs from a gazetteer: membership of folded names, demonyms."""

    def names(self) -> frozenset[str]: ...

    def demonym(self, word: str) -> object | None: ...

    def candidates_folded(self, folded: str, limit: int = 20) -> tuple: ...


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


def load_stoplist() -> frozenset[str]:
    """Return the folded names learned to be rarely places (``geo/data/stoplist.txt``)."""
    try:
        text = resources.files("geo").joinpath("data/stoplist.txt").read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


class Recognizer:
    """Find candidate mentions in a spaCy ``Doc`` (tokens and entities).

    Parameters
    ----------
    gazetteer
        Anything with ``names()`` and ``demonym()``; a :class:`gazetteer.Gazetteer`.
    stoplist
        Folded names never matched from the gazetteer alone (NER may still find them).
    use_ner, use_gazetteer
        Switches for the two sources, so that their value can be measured.
    """

    def __init__(self, gazetteer: NameIndex, *, stoplist: Iterable[str] | None = None,
                 use_ner: bool = True, use_gazetteer: bool = True) -> None:
        self._gazetteer = gazetteer
        self._names = gazetteer.names()
        self._majors: dict[tuple[str, bool], bool] = {}
        self._aliases: dict[str, bool] = {}
        self._stop = frozenset(load_stoplist() if stoplist is None else stoplist)
        self.use_ner = use_ner
        self.use_gazetteer = use_gazetteer

    def __call__(self, doc) -> list[Candidate]:
        """Return the candidates of one spaCy ``Doc``, sorted by offset, not overlapping."""
        text = doc.text
        # One Token object per word: spaCy builds a new one on every ``doc[i]``.
        toks = list(doc)
        ents = doc.ents  # rebuilt from every token at each access
        found: list[Candidate] = []
        blocked: set[int] = set()  # token indices inside non-place entities
        people = _people(ents, toks)
        for ent in ents:
            if ent.label_ in _NER_NOT_PLACE:
                # A lone token the small NER model calls a person or a product is
                # often a town it does not know ("Alexandria"); longer spans are
                # trusted, so "Paris Hilton" is not Paris — unless the whole span is a
                # place's name ("Sri Lanka's", "Glen Carbon", "Parkers Prairie") or a
                # demonym ("Sri Lankan"), which the small model often mislabels.
                whole = self._from_entity(text, ent) if len(ent) > 1 else None
                if whole is not None and self._gazetteer.demonym(whole.query) is not None:
                    found.append(replace(whole, kind="demonym", hint="country"))
                elif whole is not None and (self._major(whole.query) or (
                        fold(whole.query) in self._names
                        and fold(whole.query) not in self._stop)):
                    found.append(whole)
                elif len(ent) > 1 and not self._list_of_places(ent.text):
                    blocked.update(range(self._person_start(text, ent), ent.end))
            elif self.use_ner and (ent.label_ in _NER_PLACE or ent.label_ == "NORP"):
                if (len(ent) == 1 and ent[0].lower_ in people
                        and not self._major(ent.text, own_name=True)):
                    continue
                cand = self._from_entity(text, ent)
                if cand is not None:
                    found.append(cand)
            elif self.use_ner and ent.label_ == "ORG":
                cand = self._state_of_agency(text, ent)
                if cand is not None:
                    found.append(cand)
        if self.use_gazetteer:
            lowered = {t.lower_ for t in toks if t.is_lower}
            # A surname the text uses for a person is a person everywhere in it
            # ("Matt Turner ... Turner said"), even where the NER reads it as a place.
            blocked.update(tok.i for tok in toks
                           if tok.lower_ in people
                           and not self._major(tok.text, own_name=True))
            found.extend(self._from_gazetteer(text, toks, blocked, lowered))
        found = [self._without_city_word(text, t) for c in found
                 if (t := _without_kind_prefix(text, c)) is not None]
        found.extend(_named_phrases(text))
        found.extend(_phrases(text, _NOMINAL, "nominal"))
        found.extend(_phrases(text, _AREA, "area"))
        found = [part for c in found for part in self._split_pair(text, c)
                 if not self._organisation(c)]
        kept = [c for c in _without_overlaps(found)
                if not (c.kind == "named" and (_TITLE_OF_WORK.match(text, c.end)
                                               or _DISEASE.match(text, c.end)
                                               or self._saints_institution(text, c)
                                               or self._speaker(text, c)))]
        kept = [t for c in kept if (t := self._without_number(text, c)) is not None]
        return _attach_qualifiers(text, self._qualified_towns(text, kept))

    def _qualified_towns(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """A demonym that a town also bears, followed by ", <named place>", is the town
        ("Welsh, Louisiana", "Canadian, Texas"), not the adjective."""
        out = list(found)
        for k in range(len(out) - 1):
            first, second = out[k], out[k + 1]
            if (first.kind == "demonym" and second.kind == "named"
                    and _QUALIFIER_SEP.fullmatch(text[first.end:second.start])
                    and fold(first.text) in self._names):
                out[k] = Candidate(first.start, first.end, first.text, "named", first.text,
                                   source=first.source)
        return out

    def _without_number(self, text: str, cand: Candidate) -> Candidate | None:
        """Drop a numbered designation: a road ("County Road 35") keeps only the place it
        is named after ("Douglas County Road 4"); a lone word only the gazetteer knows
        before a number names a unit ("Pack 198", "Drain 27"), not a place, unless a
        preposition puts it in a place's slot ("in Zhanaozen 16 people died")."""
        if cand.kind != "named" or not _NUMBER_NEXT.match(text, cand.end):
            return cand
        head, _, last = cand.text.rpartition(" ")
        if last.lower().rstrip(".") in _ROAD_WORDS:
            if not head or fold(head) not in self._names:
                return None
            return Candidate(cand.start, cand.start + len(head), head, "named", head,
                             source=cand.source)
        if (cand.source == "gazetteer" and " " not in cand.text
                and not _PREPOSITION_BEFORE.search(text, max(0, cand.start - 12), cand.start)):
            return None
        return cand

    def for_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Candidate]:
        """Return one candidate per given span, offsets unchanged (gold-span mode).

        The span's kind (a demonym or a name) and the hint of the words around it are
        read as for detected mentions, but the span is never widened or trimmed.
        """
        found = []
        for start, end in sorted(spans):
            name = text[start:end]
            kind: MentionKind = "named"
            # As in detection: a one-word demonym is the adjective even where a town
            # shares it ("Canadian", Texas).
            if ((" " not in name.strip() or fold(name) not in self._names)
                    and self._gazetteer.demonym(name) is not None):
                kind = "demonym"
            hinted = _with_context(text, Candidate(start, end, name, kind, name))
            found.append(Candidate(start, end, name, kind, name, hinted.hint, source="gold"))
        return _attach_qualifiers(text, found)

    def _split_pair(self, text: str, cand: Candidate) -> list[Candidate]:
        """Split "Australia and New Zealand" into its two countries: a region named by
        pairing two places (as UN sub-regions are) is, in text, two mentions — unless
        the pair is itself a country ("Trinidad and Tobago")."""
        left, sep, right = cand.text.partition(" and ")
        if (cand.kind != "named" or not sep or not self._major(left)
                or not self._major(right) or any(
                    p.kind != "region"
                    for p in self._gazetteer.candidates_folded(fold(cand.text), 5))):
            return [cand]
        split = cand.start + len(left) + len(sep)
        return [_with_context(text, Candidate(cand.start, cand.start + len(left), left,
                                              "named", left, source=cand.source)),
                _with_context(text, Candidate(split, cand.end, right, "named", right,
                                              source=cand.source))]

    def _state_of_agency(self, text: str, ent) -> Candidate | None:
        """The country a government body's name begins with ("the US Federal Emergency
        Management Agency", "the United States Food and Drug Administration")."""
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        for cut in range(min(len(tokens) - 1, 3), 0, -1):
            if tokens[cut].lower_ not in _AGENCY_WORDS:
                continue
            start, end = tokens[0].idx, tokens[cut - 1].idx + len(tokens[cut - 1].text)
            name = text[start:end]
            key = fold(name)
            if any(p.kind == "country" for p in self._readings(key, 5)):
                return _with_context(text, Candidate(start, end, name, "named", name,
                                                     source="ner"))
        return None

    def _without_city_word(self, text: str, cand: Candidate) -> Candidate:
        """Trim "City" from "Springfield City Schools", "Dublin City Manager": the city's
        institution, not a place called "Springfield City" (unless a place is called
        that: "Kansas City Council", "Boulder City Manager")."""
        if (cand.kind != "named" or not cand.text.endswith(" City")
                or not _CITY_INSTITUTION.match(text, cand.end)):
            return cand
        name, key = cand.text[:-len(" City")], fold(cand.text)
        if fold(name) not in self._names or any(
                fold(p.name) == key for p in self._gazetteer.candidates_folded(key, 20)):
            return cand
        return _with_context(text, Candidate(cand.start, cand.start + len(name), name,
                                             "named", name, source=cand.source))

    def _organisation(self, cand: Candidate) -> bool:
        """An organisation or event the NER took for a place (see
        :data:`_ORGANISATION_HEADS`), where the gazetteer knows no place by the name.
        Dropped before overlaps are settled, so that a place inside it stays
        ("Salt Lake City" in "Salt Lake City School District")."""
        words = [w.strip(".,'’").lower() for w in cand.text.split()]
        if cand.kind != "named" or cand.source != "ner" or len(words) < 2:
            return False
        service_district = words[-1] == "district" and words[-2] in _SERVICE_WORDS
        if (words[-1] not in _ORGANISATION_HEADS and words[0] != "united"
                and not service_district):
            return False
        return next(self._readings(fold(cand.query), 1), None) is None

    def _list_of_places(self, span: str) -> bool:
        """Whether a span the NER took for a title or a name is a list of known places
        ("struck Kharkiv and Odesa", WORK_OF_ART): each is then matched on its own."""
        parts = _LIST_SEP.split(span.strip())
        return len(parts) > 1 and all(self._known(part) for part in parts)

    def _speaker(self, text: str, cand: Candidate) -> bool:
        """A name the speech verb follows at once is a person ("Petrova said", "St. Clair
        said"), unless it is a place that speaks as a government — a country, region or
        division by any of its names ("Britain said", "Burma said") or a large city by
        its own ("Moscow said"), kept with the actor role — or words before it put it in
        a place's slot ("police in nearby Sderot said"), or the text does so elsewhere
        ("rockets hit Tskhinvali ... Tskhinvali said")."""
        if (_SPEECH_AFTER.match(text, cand.end) is None
                or _PLACE_SLOT_BEFORE.search(text, max(0, cand.start - 24), cand.start)
                or self._major(cand.text, own_name=True)
                or any(p.kind in ("country", "region", "admin1")
                       for p in self._readings(fold(cand.text), _ALL_READINGS))):
            return False
        slot = re.compile(rf"\b(?:{_PREPOSITIONS}|hit|struck|entered)\s+{re.escape(cand.text)}\b")
        return slot.search(text) is None

    def _saints_institution(self, text: str, cand: Candidate) -> bool:
        # "St. Mary's", "St. Michael's": a church, school or hospital named after a saint,
        # unless the name is a large city's ("St. Petersburg's"); saints' parishes and
        # counties are too many to count as places readers take first.
        return (_SAINT.match(cand.text) is not None
                and text.startswith(("'s", "’s"), cand.end)
                and not any(p.kind == "city" and (p.population or 0) >= MAJOR_POPULATION
                            for p in self._gazetteer.candidates_folded(fold(cand.text), 20)))

    def _person_start(self, text: str, ent) -> int:
        """Where a non-place entity's own words begin: the NER often reads a place's
        official or institution as part of a name ("Gainesville Mayor Myrtle Figueras",
        "Litchfield Fire"); a known place name before the title stays free."""
        for tok in ent[1:]:
            if tok.lower_ in _INSTITUTION or _TITLE.fullmatch(tok.text):
                before = tok.nbor(-1)
                if fold(text[ent.start_char:before.idx + len(before.text)]) in self._names:
                    return tok.i
                break
        return ent.start

    def _abbreviated_division(self, word: str) -> str | None:
        """The division a dotted abbreviation stands for ("S.C." → "South Carolina").

        The dots tell it from a code written as a word ("SC", "IN"), and the letters
        must be the initials of the division's name: "C.A." and "O.K." are not
        California's and Oklahoma's codes as written in prose.
        """
        if _DOTTED.fullmatch(word) is None:
            return None
        letters = word.replace(".", "")
        return next((p.name for p in self._gazetteer.candidates_folded(fold(letters), 20)
                     if p.kind == "admin1" and initials(p.name) == letters), None)

    def _alias_only(self, name: str) -> bool:
        """Whether a name is only some town's alternate name: no place is called that,
        nor that plus a kind word ("Sarpy" County), and it names no country or division.
        Measured on the corpora, such gazetteer-only matches are mostly people, firms and
        feasts ("Kate", "Hamas", "Passover" are alternate names of towns in GeoNames); the
        NER still finds a town's old name where it reads as a place ("Bombay"). A locality
        known only by a post office's name (feature code ``LOCALITY``) counts as such an
        alternate name: resolvable, not matched alone."""
        key = fold(name)
        alias = self._aliases.get(key)
        if alias is None:
            alias = self._aliases[key] = not any(
                p.kind in ("country", "admin1", "region")
                or (p.feature_code != LOCALITY
                    and ((main := fold(p.name)) == key or main.startswith(key + " ")))
                for p in self._readings(key))
        return alias

    def _readings(self, key: str, limit: int = 20) -> Iterator:
        """The places a folded name may be, written with or without its spaces: "U.S."
        folds to "u s", which the gazetteer knows as "us" (as name matching allows)."""
        for k in dict.fromkeys((key, key.replace(" ", ""))):
            yield from self._gazetteer.candidates_folded(k, limit)

    def _known(self, name: str) -> bool:
        key = fold(name)
        return key in self._names or key.replace(" ", "") in self._names

    def _major(self, name: str, *, own_name: bool = False) -> bool:
        """Whether a name has a reading readers take first: a country, a first-level
        division, a region or a city of ``MAJOR_POPULATION`` — such names are kept even
        in a person's or a longer name's company ("Egypt", "Charleston"). With
        ``own_name`` the place must bear the name as its own, not as another name, and a
        division must hold ``MAJOR_POPULATION`` in its towns: a person's surname is
        not a city's alias nor a small province ("Flores" is also Timon, Brazil and a
        department of Uruguay)."""
        key = fold(name)
        major = self._majors.get((key, own_name))
        if major is None:
            # All readings: a state lies behind its many same-named towns ("Washington").
            major = self._majors[(key, own_name)] = any(
                self._counts_as_major(p, key, own_name)
                for p in self._readings(key, _ALL_READINGS))
        return major

    @staticmethod
    def _counts_as_major(place: Place, key: str, own_name: bool) -> bool:
        if own_name and fold(place.name).replace(" ", "") != key.replace(" ", ""):
            return False
        if place.kind == "admin1" and own_name:
            return place.extra.get("cities_population", 0) >= MAJOR_POPULATION
        if place.kind == "city":
            return (place.population or 0) >= MAJOR_POPULATION
        return place.kind in ("country", "admin1", "region")

    def _adjective(self, word: str) -> bool:
        """Whether a word is a demonym ("Kazakh", "Canadians") and not also its country's
        own name, or the first place its name lists: "Laos", "Luxembourg", "Bonaire" (of
        "Bonaire, Saint Eustatius and Saba") and "Svalbard" (and Jan Mayen) are places,
        not adjectives; "Saudi" (Arabia) is an adjective."""
        country = self._gazetteer.demonym(word)
        if country is None:
            return False
        key, name = word.strip().casefold(), country.name.strip().casefold()
        return not (name == key or name.startswith((key + ",", key + " and ")))

    def _from_entity(self, text: str, ent) -> Candidate | None:
        # "the Netherlands" → "Netherlands"; "Russia's" → "Russia".
        tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        while tokens and tokens[-1].text in {"'s", "’s", "'", "’"}:
            tokens.pop()
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        name = text[start:end]
        adjective = self._adjective(name)
        if ent.label_ == "NORP" or (adjective and (len(tokens) == 1 or not self._known(name))):
            # A word that is both ("Kazakh" is also another name of Petropavl) reads as
            # the adjective, whatever label the NER gives it ("Kazakh media", GPE), and
            # so does a longer demonym no place bears ("Sri Lankan troops", GPE).
            if not adjective:
                return None
            return Candidate(start, end, name, "demonym", name, "country", source="ner")
        if ent.label_ == "FAC" and fold(name) not in self._names:
            return None
        if (len(tokens) == 1 and not self._known(name) and tokens[0].i > 0
                and tokens[0].nbor(-1).lower_ not in _PLACE_BEFORE):
            # A word the gazetteer does not know is a place only where a place is
            # expected ("villages of Nuli", "in Godapitiya"); elsewhere the small
            # NER mostly mislabels a firm, a product or a name ("supporting Pawlenty").
            return None
        if (len(tokens) > 1 and tokens[0].lower_ in _COMPASS
                and (tokens[0].is_lower or fold(name) not in self._names)
                and self._major(text[tokens[1].idx:end])):
            # "North Georgia", "Western Massachusetts", "east Africa": a part of a known
            # place that no gazetteer names (or a lower-case direction, never part of a
            # name); the place is the mention.
            tokens.pop(0)
            start = tokens[0].idx
            name = text[start:end]
        if (len(tokens) > 1 and tokens[-1].lower_ in _KIND_SUFFIX
                and fold(name) not in self._names
                and fold(text[start:tokens[-2].idx + len(tokens[-2].text)]) in self._names):
            # "Hebei province": the name is the mention, the kind word a hint (as for
            # gazetteer matches), unless the whole is a name ("Kansas City").
            tokens.pop()
            end = tokens[-1].idx + len(tokens[-1].text)
            name = text[start:end]
        if fold(name) not in self._names:
            # "Meigs County Court", "West Columbia City Council": an institution named
            # after its place; the place is the mention.
            for k in range(len(tokens) - 1, 0, -1):
                if (tokens[k].lower_ in _INSTITUTION
                        and fold(text[start:tokens[k - 1].idx + len(tokens[k - 1].text)])
                        in self._names):
                    end = tokens[k - 1].idx + len(tokens[k - 1].text)
                    name = text[start:end]
                    break
        return _with_context(text, Candidate(start, end, name, "named", name))

    def _from_gazetteer(self, text: str, toks: list, blocked: set[int],
                        lowered: set[str]) -> Iterable[Candidate]:
        i, n = 0, len(toks)
        while i < n:
            tok = toks[i]
            if i in blocked or not _starts_name(tok):
                i += 1
                continue
            match = self._longest_name(text, toks, i, blocked, lowered)
            if match is None:
                i += 1
                continue
            j, kind = match
            if (j - i == 1 and kind == "named" and _inside_phrase(toks, i)
                    and not self._major(tok.text)):
                i = j  # "Bell" in "Taco Bell" or "Wal-Mart": part of a longer name
                continue
            start, end = tok.idx, toks[j - 1].idx + len(toks[j - 1].text)
            name = text[start:end]
            hint = "country" if kind == "demonym" else ""
            query = (self._abbreviated_division(name) if j - i == 1 and kind == "named"
                     else None) or name
            if kind == "named" and query == name and self._alias_only(name):
                i = j
                continue
            yield _with_context(text, Candidate(start, end, name, kind, query, hint,
                                                source="gazetteer"))
            i = j

    def _longest_name(self, text: str, toks: list, i: int, blocked: set[int],
                      lowered: set[str]) -> tuple[int, MentionKind] | None:
        """Return (end token, kind) of the longest known name starting at token ``i``."""
        best = None
        last = min(len(toks), i + MAX_NGRAM)
        for j in range(i + 1, last + 1):
            tok = toks[j - 1]
            if j - 1 in blocked or tok.is_space or (tok.is_punct and tok.text not in "-."):
                break
            if j - 1 > i and not (_starts_name(tok) or tok.lower_ in _CONNECTORS):
                break
            if not _starts_name(tok):
                continue
            span = text[toks[i].idx:tok.idx + len(tok.text)]
            key = fold(span)
            if key in self._stop or (j - i == 1 and _is_common_word(tok, lowered)):
                continue
            # A word that is both ("Kazakh" is also a village) reads as the adjective.
            if j - i == 1 and self._adjective(span):
                best = (j, "demonym")
            elif (key in self._names or key.replace(" ", "") in self._names
                  or (j - i == 1 and self._abbreviated_division(span) is not None)):
                best = (j, "named")
        return best


def initials(name: str) -> str:
    """The capital initials of a name's words: "District of Columbia" → "DC"."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name)
                   if word and word.lower() not in _JOINERS).upper()


def _people(ents: tuple, toks: list) -> set[str]:
    """Lower-cased surnames of the document's people: multi-token PERSON entities'
    last words, capitalised words after a title ("Sheriff Dyer", "Mr. Bell") and
    after a first name and middle initial ("Tyrise M. Bell")."""
    people = {_surname(ent).lower_ for ent in ents
              if ent.label_ == "PERSON" and len(ent) > 1}
    people.update(nxt.lower_ for t, nxt in pairwise(toks)
                  if _starts_name(nxt) and _TITLE.fullmatch(t.text))
    # A middle initial makes a person whatever the NER says ("Tyrise M. Bell", ORG).
    people.update(toks[i + 2].lower_ for i in range(len(toks) - 2)
                  if _MIDDLE_INITIAL.fullmatch(toks[i + 1].text)
                  and _FIRST_NAME.fullmatch(toks[i].text)
                  and _FIRST_NAME.fullmatch(toks[i + 2].text))
    return people


def _surname(ent: Span) -> Token:
    """The last token of a person's name that is not a suffix ("Tony Servance Jr.")."""
    tokens = [t for t in ent if t.lower_.rstrip(".,") not in _NAME_SUFFIXES]
    return tokens[-1] if tokens else ent[-1]


def _inside_phrase(toks: list, i: int) -> bool:
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
            and _starts_name(prev) and not prev.is_stop and prev.lower_ not in _AREA_WORDS):
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (nxt is not None and _starts_name(nxt) and not nxt.is_sent_start
            and nxt.lower_ not in _INSTITUTION):
        return True
    if prev is not None and prev.text in ("-", "&") and i > 1 and _starts_name(toks[i - 2]):
        return True
    return (i + 2 < len(toks) and toks[i + 1].text in ("-", "&")
            and _starts_name(toks[i + 2]))


def _starts_name(tok) -> bool:
    return tok.text[:1].isupper() and not tok.is_punct


def _is_common_word(tok, lowered: set[str]) -> bool:
    # A capitalised stop word ("May", "Will") or a word the same document also writes in
    # lower case ("Mobile" beside "mobile") is a common word, not a place.
    return tok.is_stop or tok.lower_ in lowered or len(tok.text) < 2


def _named_phrases(text: str) -> Iterable[Candidate]:
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


def _phrases(text: str, pattern: re.Pattern[str], kind: MentionKind) -> Iterable[Candidate]:
    for m in pattern.finditer(text):
        yield Candidate(m.start(), m.end(), m.group(0), kind, "", source="rule")


def _without_kind_prefix(text: str, cand: Candidate) -> Candidate | None:
    """Trim "City of" from "City of Richmond"; drop a bare "the City of"."""
    prefix = _OF_PREFIX.match(cand.text)
    if prefix is None or cand.kind != "named":
        return cand
    start = cand.start + prefix.end()
    if start >= cand.end:
        return None
    name = text[start:cand.end]
    query = name if cand.query == cand.text else cand.query[prefix.end():]
    return _with_context(text, Candidate(start, cand.end, name, cand.kind, query,
                                         cand.hint, source=cand.source))


def _with_context(text: str, cand: Candidate) -> Candidate:
    """Widen "X airport" into an airport mention; read kind hints around the name."""
    after = text[cand.end:cand.end + 40]
    airport = _AIRPORT.match(after)
    if airport:
        end = cand.end + airport.end()
        return Candidate(cand.start, end, text[cand.start:end], cand.kind, cand.query,
                         "airport", source=cand.source)
    street = _STREET.match(after)
    # "Meigs County Court", "Florida Highway Patrol": a county or state is not a street
    # name, and a capitalised word after the street word makes an institution's name.
    if street and not (_ADMIN_END.search(cand.text)
                       or _CAPITALISED_NEXT.match(after, street.end())):
        end = cand.end + street.end()
        return Candidate(cand.start, end, text[cand.start:end], cand.kind, cand.query,
                         "street", source=cand.source)
    word = after.split(maxsplit=1)[0].lower() if after.strip() else ""
    hint = _KIND_SUFFIX.get(word.strip(".,;:)"), cand.hint)
    if _CITY_OF.search(text[max(0, cand.start - 20):cand.start]):
        hint = "city"
    return Candidate(cand.start, cand.end, cand.text, cand.kind, cand.query, hint,
                     source=cand.source)


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
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


def _attach_qualifiers(text: str, found: list[Candidate]) -> list[Candidate]:
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
