"""The evidence about one candidate span that the learned recognizer weighs: where it
came from (which proposer, the NER's label), what the gazetteer says of its name, its
shape, the words around it, and what the rest of the document says of the same string.

Each feature is a number (0/1 for a yes/no fact); :data:`FEATURES` names them in the
order :meth:`SpanEvidence.vector` returns them, the order the model file records. The
``rule_*`` features are the conditions under which the hand filters drop a span (see
:class:`geo.recognize.Recognizer`), so that the model starts from their evidence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from gazetteer.normalize import fold
from geo.lexicon import SPEECH_VERBS, alternation
from geo.recognize.candidate import Candidate
from geo.recognize.context import KIND_SUFFIX
from geo.recognize.filters import names_something_else
from geo.recognize.gazetteer_match import inside_phrase
from geo.recognize.lookup import LOCALITY, NameLookup
from geo.recognize.ner import PLACE_BEFORE
from geo.recognize.persons import TITLE

if TYPE_CHECKING:
    from spacy.tokens import Span

FEATURES: tuple[str, ...] = (
    "source_ner", "source_gazetteer",
    "ner_place", "ner_norp", "ner_org", "ner_person", "ner_other",
    "known", "major", "major_own_name", "country_or_division", "city_reading",
    "county_reading", "kind_word_inside",
    "log_population", "log_readings", "alias_only", "locality_only", "stoplisted",
    "lowered_elsewhere", "stop_word", "all_caps", "sentence_initial", "one_token",
    "log_tokens", "glued", "title_before", "surname", "place_word_before",
    "preposition_before", "kind_word_after", "based_after", "possessive_after",
    "speech_after", "qualified_after", "number_after", "names_something_else",
    "ner_place_elsewhere", "log_repeats",
    # The hand filters' own conditions, so that the model can weigh each of them.
    "rule_stoplist", "rule_lowered", "rule_glued", "rule_alias_only", "rule_surname",
    "rule_any",
)
_NER_PLACE = frozenset({"GPE", "LOC", "FAC"})
_PREPOSITION = frozenset({"in", "at", "near", "from", "outside", "around", "across", "to",
                          "into", "towards", "toward", "throughout"})
_BASED = re.compile(r"-based\b")
_POSSESSIVE = re.compile(r"['’]s?\b")
_SPEECH = re.compile(rf"[ \t]+{alternation(SPEECH_VERBS)}\b")
_QUALIFIED = re.compile(r",\s*[A-Z][a-z]")
_NUMBER = re.compile(r"[ \t]+\d")
# A last word that makes a name a division's or a feature's ("Meigs County").
_KIND_WORDS = frozenset({"county", "parish", "province", "state", "township", "district",
                         "region", "borough", "city", "island", "islands", "valley"})
# Readings asked per name: enough to count a common name's namesakes.
_READINGS = 50


class SpanEvidence:
    """What one spaCy document says about its candidate spans (built once per document).

    ``people`` are its surnames, ``lowered`` the words it writes in lower case, ``stop``
    the stop list's folded names.
    """

    def __init__(self, text: str, toks: list, ents: tuple[Span, ...], people: set[str],
                 lowered: set[str], lookup: NameLookup, stop: frozenset[str]) -> None:
        self.text = text
        self.toks = toks
        self.lookup = lookup
        self.people = people
        self.lowered = lowered
        self.stop = stop
        self._starts = [t.idx for t in toks]
        self._labels: list[str] = [""] * len(toks)
        for ent in ents:
            for i in range(ent.start, ent.end):
                self._labels[i] = ent.label_
        self._ner_places = {fold(e.text) for e in ents if e.label_ in _NER_PLACE}
        self._repeats = Counter(fold(t.text) for t in toks if t.text[:1].isupper())

    def _tokens(self, cand: Candidate) -> tuple[int, int]:
        """The token range ``[first, last)`` the span covers (at least one token)."""
        first = max(0, bisect_right(self._starts, cand.start) - 1)
        last = max(first + 1, bisect_left(self._starts, cand.end))
        return first, last

    def vector(self, cand: Candidate) -> tuple[float, ...]:
        """The values of :data:`FEATURES` for a candidate of this document."""
        text, toks, lookup = self.text, self.toks, self.lookup
        first, last = self._tokens(cand)
        labels = {self._labels[i] for i in range(first, last)}
        name = cand.query or cand.text
        key = fold(name)
        readings = list(lookup.readings(key, _READINGS)) if key else []
        population = max((p.population or 0 for p in readings), default=0)
        before = toks[first - 1].lower_ if first > 0 else ""
        after = text[cand.end:cand.end + 40]
        word = after.split(maxsplit=1)[0].lower().strip(".,;:)") if after.strip() else ""
        head = toks[first]
        one = last - first == 1
        values = (
            cand.source == "ner", cand.source == "gazetteer",
            bool(labels & _NER_PLACE), "NORP" in labels, "ORG" in labels,
            "PERSON" in labels, bool(labels - _NER_PLACE - {"", "NORP", "ORG", "PERSON"}),
            lookup.known(name),
            lookup.major(name),
            lookup.major(name, own_name=True),
            any(p.kind in ("country", "admin1", "region") for p in readings),
            any(p.kind == "city" for p in readings), any(p.kind == "admin2" for p in readings),
            cand.text.rsplit(None, 1)[-1].lower() in _KIND_WORDS,
            math.log10(1 + population), math.log1p(len(readings)),
            bool(readings) and lookup.alias_only(name),
            bool(readings) and all(p.feature_code == LOCALITY for p in readings),
            key in self.stop,
            one and head.lower_ in self.lowered, one and head.is_stop,
            cand.text.isupper() and len(cand.text) > 3, head.is_sent_start or first == 0,
            one, math.log(last - first),
            one and inside_phrase(toks, first),
            first > 0 and TITLE.fullmatch(toks[first - 1].text) is not None,
            one and head.lower_ in self.people,
            before in PLACE_BEFORE, before in _PREPOSITION,
            word in KIND_SUFFIX or bool(cand.hint and cand.kind == "named"),
            _BASED.match(text, cand.end) is not None,
            _POSSESSIVE.match(text, cand.end) is not None,
            _SPEECH.match(text, cand.end) is not None,
            _QUALIFIED.match(text, cand.end) is not None,
            _NUMBER.match(text, cand.end) is not None,
            names_something_else(text, cand, lookup),
            key in self._ner_places and not bool(labels & _NER_PLACE),
            math.log(max(1, self._repeats[fold(head.text)])),
        )
        named = dict(zip(FEATURES, values, strict=False))
        matched = cand.source == "gazetteer"
        rules = (matched and named["stoplisted"], matched and named["lowered_elsewhere"],
                 matched and named["glued"] and not named["major"],
                 matched and named["alias_only"],
                 named["surname"] and not named["major_own_name"])
        dropped = any(rules) or named["names_something_else"]
        return tuple(float(v) for v in (*values, *rules, dropped))
