"""What a row's place is doing in the report: the evidence of its role that
:func:`geo.events.keep.describe` adds to each row, for the learned keep decision.

The rules already give a mention a role from the words beside it ("Moscow said", "a
refugee in X"); what they leave at a no-site place looks like a right row by its
precision, its distance to the trigger and its mentions. These facts tell the role: the
place is the dateline's, or a country's capital (a government speaks from there); a
sentence names a year other than the publication's (an event recalled); the sentence
names a place inside it (it only frames a finer site); how often a place preposition
("in", "в", "à") or an origin ("from", "из", "originaire") stands before its mentions; a
verb of speech or stance in the mention's clause (the seat of a speaker) while the trigger
is not there. English rows add the parse: whether the trigger's word governs the place,
and whether the place hangs on a verb of speech or stance.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date

from gazetteer.capitals import is_news_capital
from geo.events.clauses import Span
from geo.events.lexical_places import dateline_end as lexical_dateline_end
from geo.events.lexical_roles import governed
from geo.events.places import AT_PLACE_BEFORE
from geo.events.scope import Scope
from geo.events.timeline import dateline_end
from geo.events.vocabulary import CLAUSE_ENDS, Vocabulary
from geo.languages import fr, ru
from geo.lexicon import COMPASS_POINTS, SPEECH_VERBS, STANCE_VERBS, alternation
from geo.model import Mention
from geo.resolve.places import inside

__all__ = ["Roles"]

_YEAR = r"(?:19|20)\d\d\b"
_DIGITS = re.compile(r"\d{4}")
# A year told as a time, not a count of people ("около 2000 человек"): after "in", "since",
# "of" ("the riots of 2019"), or the language's preposition of a year ("en 2019", "в 2019
# году"), or before the Russian word for year ("марта 2019 года").
_ENGLISH_YEAR = re.compile(
    rf"\b(?:in|since|of|until|during)\s+(?:(?:early|late|mid)[\s-]+)?{_YEAR}", re.IGNORECASE)
# (an origin in English: "from X", "from around X"; the other languages' are their vocabulary's)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:around\s+)?(?:the\s+)?$", re.IGNORECASE)
_SAYING = re.compile(rf"\b{alternation(SPEECH_VERBS + STANCE_VERBS)}\b", re.IGNORECASE)
_SPEAKING_LEMMAS = frozenset(w for w in SPEECH_VERBS + STANCE_VERBS if w.isalpha())
_NAME_ARCS = frozenset({"compound", "flat", "appos"})
# A place as a reference point: "a village near X", "20 km north of X", "à l'ouest de X",
# "в 30 км к югу от X" (what lies there lies beside it, not in it).
_REFERENCE = {
    "": re.compile(rf"\b(?:(?:{alternation(COMPASS_POINTS)})(?:-?(?:east|west))?(?:ern)?\s+"
                   r"of|(?:km|kilometres|kilometers|miles)\s+(?:from|of)|(?:village|town|"
                   r"hamlet|settlement)s?\s+(?:just\s+)?near)\s+(?:the\s+)?$", re.IGNORECASE),
    "fr": re.compile(rf"\b(?:(?:{alternation(fr.COMPASS_POINTS)})(?:-(?:est|ouest))?|km)\s+"
                     r"(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+)$", re.IGNORECASE),
    "ru": re.compile(rf"\b(?:(?:\w+-)?(?:{alternation(ru.COMPASS_STEMS)})\w*\s+от|км\s+от|"
                     rf"(?:\w+-)?(?:{alternation(ru.COMPASS_STEMS)})\w*нее)\s+$", re.IGNORECASE),
}
# A destination: "fled to X", "taken into X", "vers X", "jusqu'à X", "до X".
_TO = {"": re.compile(r"\b(?:to|into|towards|for)\s+(?:the\s+)?$", re.IGNORECASE),
       "fr": re.compile(r"\b(?:vers|jusqu['’]à|jusqu['’]au)\s+(?:la\s+|l['’])?$", re.IGNORECASE),
       "ru": re.compile(r"\bдо\s+$", re.IGNORECASE)}


class Roles:
    """The role evidence of one report's rows; ``vocabulary`` is the report's language's
    (None: English, where the parse is read too)."""

    def __init__(self, text: str, mentions: Sequence[Mention], published: date | None,
                 vocabulary: Vocabulary | None = None) -> None:
        self.text, self.vocabulary = text, vocabulary
        self.published = published
        self.dateline = max(dateline_end(text), lexical_dateline_end(text))
        self.placed = [m for m in mentions if m.place is not None and m.kind == "named"]
        self.words = vocabulary.words(text) if vocabulary is not None else []
        self.years = _ENGLISH_YEAR if vocabulary is None else re.compile(
            rf"\b(?:{alternation(vocabulary.in_year)})\s+{_YEAR}|\b{_YEAR}(?=\s*(?:год|г\.))",
            re.IGNORECASE)
        self.dateline_places = {m.place.id for m in self.placed if m.start < self.dateline}
        self.at_share: dict[str, float] = {}
        self.from_share: dict[str, float] = {}
        for place in {m.place.id for m in self.placed}:
            own = [m for m in self.placed if m.place.id == place and m.start >= self.dateline]
            self.at_share[place] = sum(self._at(m) for m in own) / len(own) if own else 0.0
            self.from_share[place] = sum(self._from(m) for m in own) / len(own) if own else 0.0

    def _at(self, mention: Mention) -> bool:
        if self.vocabulary is None:
            return AT_PLACE_BEFORE.search(self.text, max(0, mention.start - 12),
                                          mention.start) is not None
        return governed(mention, self.words, self.vocabulary)

    def _from(self, mention: Mention) -> bool:
        if self.vocabulary is None:
            return _FROM_BEFORE.search(self.text, max(0, mention.start - 20),
                                       mention.start) is not None
        return governed(mention, self.words, self.vocabulary, self.vocabulary.from_place)

    def _clause(self, mention: Mention, sentence: Span) -> Span:
        start = max((self.text.rfind(c, sentence[0], mention.start) for c in CLAUSE_ENDS),
                    default=-1)
        ends = [e for e in (self.text.find(c, mention.end, sentence[1]) for c in CLAUSE_ENDS)
                if e >= 0]
        return max(sentence[0], start + 1), min(ends, default=sentence[1])

    def _speaks(self, clause: Span) -> bool:
        if self.vocabulary is None:
            return _SAYING.search(self.text, *clause) is not None
        # (the clause's words out of the text's, not tokenised again for each row)
        first = bisect_left(self.words, clause[0], key=lambda w: w.start)
        last = bisect_left(self.words, clause[1], key=lambda w: w.start)
        return any(w.any_of(self.vocabulary.speaking) for w in self.words[first:last]
                   if w.end <= clause[1])

    def features(self, where: Mention, trigger: Span, clause: Span, sentence: Span,
                 in_sentence: bool) -> dict[str, float]:
        """The role evidence of a row at ``where`` told by the trigger at ``trigger`` in
        ``clause`` of ``sentence``."""
        place = where.place
        assert place is not None
        f = {"role_dateline_place": float(place.id in self.dateline_places),
             "role_in_dateline": float(where.start < self.dateline),
             "role_capital": float(place.kind == "city" and is_news_capital(
                 place.id, place.country, place.feature_code, self.published)),
             "role_at_share": self.at_share.get(place.id, 0.0),
             "role_from_share": self.from_share.get(place.id, 0.0)}
        # (a year before the publication's in the trigger's clause: "the riots of 2019 in
        # X"; a year elsewhere in the sentence is often a law's or a plan's)
        f["role_other_year_told"] = float(self.published is not None and any(
            int(_DIGITS.search(m.group()).group()) < self.published.year
            for m in self.years.finditer(self.text, *clause)))
        f["role_finer_in_sentence"] = float(place.kind != "city" and any(
            m.place.id != place.id and inside(m.place, place)
            for m in self.placed if sentence[0] <= m.start < sentence[1]))
        f["role_at_before"] = f["role_from_before"] = f["role_speaker_clause"] = 0.0
        f["role_reference"] = f["role_to_before"] = 0.0
        f["role_trigger_governs"] = f["role_under_speech"] = 0.0
        if not in_sentence:
            return f
        language = self.vocabulary.language if self.vocabulary is not None else ""
        before = (max(sentence[0], where.start - 40), where.start)
        f["role_reference"] = float(_REFERENCE[language].search(self.text, *before) is not None)
        f["role_to_before"] = float(_TO[language].search(self.text, *before) is not None)
        f["role_at_before"] = float(self._at(where))
        f["role_from_before"] = float(self._from(where))
        own = self._clause(where, sentence)
        f["role_speaker_clause"] = float(self._speaks(own) and not (
            own[0] <= trigger[0] < own[1]))
        if self.vocabulary is None:
            f |= self._parsed(where, trigger, sentence)
        return f

    def _parsed(self, where: Mention, trigger: Span, sentence: Span) -> dict[str, float]:
        """Whether the trigger's word governs the place, and whether the place hangs on a
        verb of speech or stance first (English; nothing without a parser)."""
        token = Scope(self.text, sentence, where.start, where.end).trigger()
        head = Scope(self.text, sentence, *trigger).trigger()
        if token is None or head is None:
            return {}
        while token.dep_ in _NAME_ARCS and token.head is not token:
            token = token.head
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return {"role_trigger_governs": float(head == token or head in token.ancestors),
                "role_under_speech": float(verb is not None and verb != head and
                                           verb.lemma_ in {"say", "tell", *_SPEAKING_LEMMAS})}
