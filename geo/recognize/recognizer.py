"""Text → candidate place mentions: named, demonym, nominal and area.

The :class:`Recognizer` composes the sources and filters of the sibling modules in their
order: :mod:`.ner`, :mod:`.gazetteer_match`, :mod:`.context`, :mod:`.phrases`,
:mod:`.airports`, :mod:`.filters`, :mod:`.qualifiers`.

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
("Egypt", "Charleston"), which readers take first. A person's earlier name ("Lula" of
"Luiz Inácio Lula da Silva") is the person where it stands alone outside a place's slot.
When they were added, these person/phrase features raised recognition F1 on the odd
(held-out) split from .694 to .752 on LGL and from .812 to .828 on GeoVirus; today's
figures are in docs/benchmarks.md.

With a learned model (``Recognizer(model=...)``, ``Parser(recognition_model=...)``) the
same sources propose spans without the filters the model replaces, and a logistic
regression over each span's evidence (:mod:`.features`, :mod:`.learned`) decides; it is
opt-in because, judged leave-one-corpus-out, it does not beat these filters
(docs/benchmarks.md, "Learned recognition").

Nothing here looks places up beyond name membership; :mod:`geo.resolve.resolver` turns candidates
into places. Offsets are always character offsets into the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from gazetteer.normalize import fold
from geo.model import MentionKind
from geo.nlp import doc_text, words
from geo.recognize.airports import airport_candidates, bare_airports, with_airports
from geo.recognize.candidate import Candidate, without_overlaps
from geo.recognize.context import split_pair, with_context, without_city_word, without_kind_prefix
from geo.recognize.features import SpanEvidence
from geo.recognize.filters import is_organisation, names_something_else, without_number
from geo.recognize.gazetteer_match import gazetteer_candidates
from geo.recognize.learned import RecognitionModel, judged
from geo.recognize.lookup import NameIndex, NameLookup
from geo.recognize.ner import PLACE_BEFORE, entity_candidates
from geo.recognize.persons import after_title, name_parts, surnames
from geo.recognize.phrases import area_phrases, named_phrases, nominal_phrases
from geo.recognize.qualifiers import attach_qualifiers, qualified_towns
from geo.recognize.stoplist import load_stoplist
from geo.recognize.words import starts_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The NER labels under which a word is read as a place, not as a person's name.
_NER_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Words after which a name is a place's, not a person's ("near the village Dvani").
_PLACE_BEFORE_NAME = PLACE_BEFORE | {"at", "from", "to", "village", "town", "city"}
# The lower-case airport word that ends an airport's mention ("... international airport").
_LOWER_AIRPORT_WORD = re.compile(r"\s+(?:international\s+)?airport$")


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
    model
        A learned :class:`~geo.recognize.learned.RecognitionModel`: the spans are then
        proposed without the filters it replaces (stop list, surnames, words written in
        lower case, words glued to a longer name, alternate-only names, speakers and
        titles) and the model decides which are toponyms from their features
        (:mod:`geo.recognize.features`). ``None`` (default): the hand filters decide.
    """

    def __init__(self, gazetteer: NameIndex, *, stoplist: Iterable[str] | None = None,
                 use_ner: bool = True, use_gazetteer: bool = True,
                 model: RecognitionModel | None = None) -> None:
        self._lookup = NameLookup(gazetteer)
        self._stop = frozenset(load_stoplist() if stoplist is None else stoplist)
        self.use_ner = use_ner
        self.use_gazetteer = use_gazetteer
        self.model = model

    def __call__(self, doc: Doc) -> list[Candidate]:
        """Return the candidates of one spaCy ``Doc``, sorted by offset, not overlapping."""
        if self.model is None:
            return self.with_qualifiers(doc_text(doc), self._spans(doc, proposals=False)[0])
        return self.decide(doc_text(doc), self.proposals(doc), self.model)

    def decide(self, text: str,
               proposals: Iterable[tuple[Candidate, tuple[float, ...] | None]],
               model: RecognitionModel) -> list[Candidate]:
        """The proposals (of :meth:`proposals`, for ``text``) that ``model`` takes for
        toponyms, read with their qualifiers: what a call with that model returns."""
        keeps = model.keeps
        return self.with_qualifiers(text, [c for c, vector in proposals
                                           if vector is None or keeps(vector)])

    def with_qualifiers(self, text: str, kept: list[Candidate]) -> list[Candidate]:
        """Kept candidates read with the names after their commas (:mod:`.qualifiers`)."""
        return attach_qualifiers(text, qualified_towns(text, kept, self._lookup.names))

    def proposals(self, doc: Doc) -> list[tuple[Candidate, tuple[float, ...] | None]]:
        """Every span proposed without the filters a model replaces, with its feature
        values (``None`` for a span the model does not judge, see
        :func:`~geo.recognize.learned.judged`).
        What the learned recognizer decides on, and what ``tools/train_recognizer.py``
        trains it on."""
        found, evidence = self._spans(doc, proposals=True)
        assert evidence is not None
        return [(c, evidence.vector(c) if judged(c) else None) for c in found]

    def _spans(self, doc: Doc, *, proposals: bool,
               ) -> tuple[list[Candidate], SpanEvidence | None]:
        text = doc_text(doc)
        lookup = self._lookup
        # Plain values, read once: spaCy builds a Token object on every ``doc[i]``.
        toks = words(doc)
        ents = doc.ents  # rebuilt from every token at each access
        people = surnames(ents, toks, lookup.names)
        stop = frozenset() if proposals else self._stop
        found, blocked = entity_candidates(text, ents, people, lookup, stop,
                                           use_ner=self.use_ner, proposals=proposals)
        lowered = {t.lower_ for t in toks if t.is_lower}
        if self.use_gazetteer:
            if not proposals:
                # A surname the text uses for a person is a person everywhere in it
                # ("Matt Turner ... Turner said"), even where the NER reads it as a place.
                blocked.update(tok.i for tok in toks
                               if tok.lower_ in people
                               and not lookup.major(tok.text, own_name=True))
                blocked.update(_earlier_names(toks, ents, lookup))
            found.extend(gazetteer_candidates(text, toks, blocked,
                                              set() if proposals else lowered, lookup,
                                              stop, proposals=proposals))
        if not proposals:
            titled = after_title(toks)
            found = [c for c in found if c.kind != "named" or c.start not in titled]
        found = [without_city_word(text, t, lookup) for c in found
                 if (t := without_kind_prefix(text, c)) is not None]
        found.extend(named_phrases(text))
        found.extend(nominal_phrases(text))
        found.extend(area_phrases(text))
        # An airport named by a person's name ("Indira Gandhi airport") is one mention
        # whatever the NER made of the name (a person's, or cut to "Ben").
        found = with_airports(text, found, lookup)
        # Organisations and numbered designations stay rules: they decide which of two
        # overlapping spans survives, or trim one, before any span is judged alone.
        found = [part for c in found for part in split_pair(text, c, lookup)
                 if not is_organisation(c, lookup)]
        kept = [c for c in without_overlaps(found)
                if (proposals and judged(c)) or not names_something_else(text, c, lookup)]
        kept = [t for c in kept if (t := without_number(text, c, lookup)) is not None]
        if not proposals:
            return kept, None
        return kept, SpanEvidence(text, toks, ents, people, lowered, lookup, self._stop)

    def for_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Candidate]:
        """Return one candidate per given span, offsets unchanged (gold-span mode).

        The span's kind (a demonym or a name) and the hint of the words around it are
        read as for detected mentions, but the span is never widened or trimmed.
        """
        found = []
        # A given airport's span is looked up as recognition would ("Flughafen Tegel"),
        # and so is its name alone where a lower-case airport word follows it, as some
        # corpora mark it ("Ben Gurion" of "Ben Gurion airport").
        airports = {}
        for a in (*airport_candidates(text, self._lookup), *bare_airports(text, self._lookup)):
            airports[a.start, a.end] = a
            if (bare := _LOWER_AIRPORT_WORD.search(a.text)) is not None:
                airports[a.start, a.start + bare.start()] = a
        for start, end in sorted(spans):
            if (start, end) in airports:
                found.append(replace(airports[start, end], end=end, text=text[start:end],
                                     source="gold"))
                continue
            name = text[start:end]
            kind: MentionKind = "named"
            # As in detection: a one-word demonym is the adjective even where a town
            # shares it ("Canadian", Texas).
            if ((" " not in name.strip() or fold(name) not in self._lookup.names)
                    and self._lookup.gazetteer.demonym(name) is not None):
                kind = "demonym"
            hinted = with_context(text, Candidate(start, end, name, kind, name))
            found.append(Candidate(start, end, name, kind, name, hinted.hint, source="gold"))
        return attach_qualifiers(text, found)


def _earlier_names(toks: list, ents: tuple, lookup: NameLookup) -> Iterable[int]:
    """Where a person's earlier name ("Lula" of "Luiz Inácio Lula da Silva") stands
    alone for that person: not read as a place by the NER nor by the word before it,
    and not part of a longer name ("Rock Hill" beside a "Rock Hill City" the NER took
    for a person)."""
    parts = name_parts(ents, lookup.names)
    if not parts:
        return
    last = len(toks) - 1
    for tok in toks:
        i = tok.i
        if (tok.lower_ not in parts or tok.ent_type_ in _NER_PLACES
                or (i > 0 and toks[i - 1].lower_ in _PLACE_BEFORE_NAME)
                or (i > 0 and not tok.is_sent_start and starts_name(toks[i - 1]))
                or (i < last and starts_name(toks[i + 1]))
                or lookup.major(tok.text, own_name=True)):
            continue
        yield i

