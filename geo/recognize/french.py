"""Recognition in French: the English rules on the French model's entities, plus place
adjectives and demonyms ("les autorités maliennes", "la police parisienne", "les
Sénégalais") and the titles before a person's name ("M. Darmanin", "le président Sall").

French writes names as English does (capitalised, uninflected; "Tombouctou", "Pékin" are
among GeoNames' alternate names), so the English :class:`~geo.recognize.Recognizer` reads
a French ``Doc`` (:func:`geo.nlp.load_french`: its labels are renamed to the English
model's). What English names with a capitalised demonym French writes as a lower-case
adjective, which the English demonym table does not hold: the adjective's stem with a
place name's endings ("malien" → "Mali", "algérien" → "Algérie", "lyonnais" → "Lyon") is
looked up among countries, divisions and large cities
(:meth:`~geo.recognize.lookup.NameLookup.major_name`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from gazetteer.normalize import fold
from geo.nlp import doc_text, french_words, words
from geo.recognize.candidate import Candidate, without_overlaps
from geo.recognize.lookup import NameLookup
from geo.recognize.qualifiers import attach_qualifiers
from geo.recognize.recognizer import Recognizer

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Titles and offices before a person's name ("M. Darmanin", "le ministre Attal").
_TITLES = frozenset({
    "m.", "mm.", "mme", "mmes", "mlle", "me", "dr", "pr", "monsieur", "madame",
    "président", "présidente", "ministre", "maire", "préfet", "préfète", "général",
    "colonel", "capitaine", "lieutenant", "commandant", "député", "députée", "sénateur",
    "sénatrice", "juge", "procureur", "procureure", "porte-parole", "commissaire",
    "imam", "abbé", "père"})
# Words before a capitalised demonym used as a noun ("les Maliens", "des Ivoiriens").
_DEMONYM_NOUN_AFTER = frozenset({"les", "des", "aux", "un", "une", "deux", "trois",
                                 "plusieurs", "nombreux", "ces"})
# Feminine and plural endings of demonyms, as folded (no accents), and their masculine.
_FEMININE = (("ienne", "ien"), ("eenne", "een"), ("enne", "en"), ("onne", "on"),
             ("aise", "ais"), ("aine", "ain"), ("oise", "ois"), ("ane", "an"),
             ("ine", "in"))
# Demonym suffixes, the longest first; and the endings a place's name may have on the
# stem before one ("mali-en", "alger-ien" → "algerie", "lyonn-ais" → "lyon").
_SUFFIXES = ("ien", "een", "ais", "ain", "ois", "an", "en", "in")
_NAME_ENDINGS = ("", "e", "ie", "a", "i", "o", "ee", "que", "es", "s", "stan", "istan")
_SHORTEST_STEM = 3


class FrenchRecognizer(Recognizer):
    """Find candidate mentions in a French spaCy ``Doc``: the English rules
    (:class:`~geo.recognize.Recognizer`, same parameters) with French titles and place
    adjectives."""

    def __init__(self, gazetteer, **settings) -> None:
        super().__init__(gazetteer, **settings)
        self.lookup = NameLookup(gazetteer)

    def __call__(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        toks = words(doc)
        sentence_starts = {t.idx for t in toks if t.is_sent_start}
        found = [c for c in super().__call__(doc)
                 if not self._after_title(text, c)
                 and not self._common_word(c, c.start in sentence_starts)]
        starts = {c.start for c in found}
        ends = sorted((c.start, c.end) for c in found)
        people = {i for ent in doc.ents if ent.label_ in ("PERSON", "ORG")
                  for i in range(ent.start, ent.end)}
        for i, tok in enumerate(toks):
            if tok.idx in starts or i in people or not tok.text.isalpha():
                continue
            if not (tok.is_lower or (i > 0 and toks[i - 1].lower_ in _DEMONYM_NOUN_AFTER)):
                continue
            if any(s <= tok.idx < e for s, e in ends):
                continue
            cand = self._adjective(text, tok.idx, tok.idx + len(tok.text))
            if cand is not None:
                found.append(cand)
        return attach_qualifiers(text, without_overlaps(found))

    def for_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Candidate]:
        """As :meth:`Recognizer.for_spans`, with a given place adjective read as its
        place's demonym."""
        out = []
        for cand in super().for_spans(text, spans):
            adjective = (self._adjective(text, cand.start, cand.end)
                         if cand.kind == "named" and not self.lookup.known(cand.text)
                         else None)
            out.append(cand if adjective is None else Candidate(
                cand.start, cand.end, cand.text, "demonym", adjective.query, source="gold"))
        return out

    def _common_word(self, cand: Candidate, sentence_start: bool) -> bool:
        """A sentence's first word that only the gazetteer matched and that is a French
        dictionary word ("Grève", a Danish town's name too) is the word, unless a major
        place bears it ("Nice", "Tours"). The English rules learned no French words."""
        return (sentence_start and cand.source == "gazetteer" and " " not in cand.text
                and french_words()(cand.text.lower())
                and not self.lookup.major(cand.query))

    def _after_title(self, text: str, cand: Candidate) -> bool:
        """A name right after a title or an office ("M. Darmanin", "le ministre Attal")
        is a person's, unless a major place bears it as its own."""
        before = text[max(0, cand.start - 30):cand.start].split()
        return (cand.kind == "named" and bool(before) and before[-1].lower() in _TITLES
                and not self.lookup.major(cand.query, own_name=True))

    def _adjective(self, text: str, start: int, end: int) -> Candidate | None:
        """A place adjective or demonym ("maliennes", "Sénégalais") as a demonym of its
        place."""
        word = text[start:end]
        if self.lookup.gazetteer.demonym(word) is not None:
            return None  # an English demonym: the English rules read it
        name = self.lookup.major_name(adjective_stems(fold(word)))
        if name is None:
            return None
        return Candidate(start, end, word, "demonym", name, source="rule")


def adjective_stems(folded: str) -> Iterable[str]:
    """The place names a folded French place adjective may come from, in the order
    tried: "maliennes" → "mali", …; "lyonnais" → …, "lyon"."""
    singular = folded[:-1] if folded.endswith(("s", "x")) and len(folded) > 4 else folded
    for word in dict.fromkeys((folded, singular)):  # "senegalais" is singular too
        word = next((word[:-len(fem)] + masc for fem, masc in _FEMININE
                     if word.endswith(fem)), word)
        for suffix in _SUFFIXES:
            if not word.endswith(suffix):
                continue
            stem = word[:-len(suffix)]
            stems = [stem, stem[:-1]] if len(stem) > 1 and stem[-1] == stem[-2] else [stem]
            for s in stems:
                if len(s) >= _SHORTEST_STEM:
                    yield from (s + ending for ending in _NAME_ENDINGS)
