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

import gettext
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

import pycountry

from gazetteer.normalize import fold
from geo.languages import fr
from geo.nlp import doc_text, french_words, words
from geo.recognize.airports import airports_after_word
from geo.recognize.candidate import CITY_NOT_DIVISION, Candidate, without_overlaps
from geo.recognize.french_names import (
    adjective_stems,
    article_towns,
    saint_names,
    saint_written_out,
    streets,
)
from geo.recognize.iso_names import iso_names
from geo.recognize.lookup import MAJOR_POPULATION, NameIndex, NameLookup, initials, major_reading
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
                                 "plusieurs", "nombreux", "ces", "de", "d'", "d’"})
# Words before a name that say a division ("la région de Tombouctou", "l'État de New
# York", "la province Nord"); the hint of each.
_DIVISION_BEFORE = re.compile(
    r"(?i:\b(?P<word>région|province|département|préfecture|état|wilaya|gouvernorat|"
    r"oblast|district|cercle|canton|comté|commune)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|"
    r"des\s+|de\s+|d['’])?)$")
# Prepositions after which a French word is a place's name ("à Orange", "près de Sens").
_PLACE_BEFORE = frozenset({"à", "au", "aux", "en", "vers", "depuis", "de", "d'", "d’",
                           "près", "jusqu'à", "jusqu’à"})
# Articles before a region's or a department's name ("la Gironde", "le Var").
_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
# Articles and prepositions an entity may begin with ("la France", "de France", "Au
# Caire", "A Bobo-Dioulasso": a capital À is often written without its accent): not part
# of the name unless the gazetteer knows the whole ("La Paz").
_LEADING = frozenset({"la", "le", "les", "l'", "l’", "de", "du", "des", "d'", "d’", "au",
                      "aux", "à", "a", "en"})
_FIRST_WORD = re.compile(r"(\w+['’]|\w+\s+)")
# An acronym after an elided article ("L'ONG", "L'ONU", "L'UA"): the body's initials,
# though the gazetteer folds the whole onto a town ("Long", "Lonu").
_ELIDED_ACRONYM = re.compile(r"[Ll]['’][A-ZÀ-Ý]{2,}")
_COUNTRY_ARTICLE = re.compile(r"(?<![\w'’])(?:(?:au|aux|en|du|le|la|les)\s+|l['’])$")
# The prepositions that contract "le"/"les": "au Havre" is "à Le Havre".
_CONTRACTED = re.compile(r"(?<![\w'’])(?P<word>au|du|aux|des)\s+$", re.IGNORECASE)
# The capitalised words after the last "de" of a name ("le camp Général-Abdoulaye-Soumaré
# de Ségou").
_DE_TAIL = re.compile(r"\s(?:de|du|d['’])\s*(?P<name>[A-ZÀ-Ý][\w'’-]*"
                      r"(?:\s+[A-ZÀ-Ý][\w'’-]*)*)$")
# "de", "du", "de la" and the spaces around them, at a name's end.
_LINK_BEFORE = re.compile(r"\s+(?:de|du|d['’])(?:\s+la)?\s*$")
_SECOND_LEVEL = frozenset({"district", "cercle", "canton", "comté", "commune"})
# Words in capitals this long are acronyms ("CAN", "ONU"), longer ones names in a
# dateline ("BAMAKO").
_LONGEST_ACRONYM = 4


class FrenchRecognizer(Recognizer):
    """Find candidate mentions in a French spaCy ``Doc``: the English rules
    (:class:`~geo.recognize.Recognizer`, same parameters) with French titles and place
    adjectives."""

    def __init__(self, gazetteer: NameIndex, **settings: Any) -> None:
        super().__init__(gazetteer, **settings)
        self.lookup = NameLookup(gazetteer)

    def __call__(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        toks = words(doc)
        sentence_starts = {t.idx for t in toks if t.is_sent_start}
        found = [self._with_hint(text, self._contracted_article(text, part))
                 for found in super().__call__(doc)
                 if (c := self._without_article(found)) is not None
                 and c.text.lower() not in _TITLES
                 and not self._common_word(text, c, c.start in sentence_starts)
                 and not self._code_word(c)
                 for part in self._places_around_de(c)]
        found = [saint_written_out(c, self.lookup) for c in found]
        covered = {i for c in found for i in range(c.start, c.end)}
        named = {ent.start_char for ent in doc.ents if ent.label_ != "ORG"}
        found.extend(c for c in (*article_towns(text, named, self.lookup),
                                 *saint_names(text, self.lookup))
                     if c.start not in covered)
        # "l'aéroport de Roissy-Charles-de-Gaulle": the airport's name alone.
        airports = list(airports_after_word(text, self.lookup))
        found = [c for c in found if not any(c.start < a.end and a.start < c.end
                                             for a in airports)] + airports
        found.extend(streets(text))
        # "le stade Municipal de Bouaké", a name the NER took for a person's: the city.
        found.extend(self._with_hint(text, tail) for ent in doc.ents
                     if ent.label_ == "PERSON"
                     and (tail := self._place_after_de(Candidate(
                         ent.start_char, ent.end_char, ent.text, "named", ent.text),
                         major=True)).start != ent.start_char)
        covered = {i for c in found for i in range(c.start, c.end)}
        people = {i for ent in doc.ents if ent.label_ in ("PERSON", "ORG")
                  for i in range(ent.start, ent.end)}
        for i, tok in enumerate(toks):
            if tok.idx in covered or i in people or not tok.text.isalpha():
                continue
            exonym = self._exonym(text, tok) or self._acronym(tok)
            if exonym is not None:
                found.append(exonym)
                continue
            if not (tok.is_lower or (i > 0 and toks[i - 1].lower_ in _DEMONYM_NOUN_AFTER)):
                continue
            cand = self._adjective(text, tok.idx, tok.idx + len(tok.text))
            if cand is not None:
                found.append(cand)
        return attach_qualifiers(text, [self._spelled_country(c)
                                        for c in without_overlaps(found)
                                        if not self._after_title(text, c)])

    def for_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Candidate]:
        """As :meth:`Recognizer.for_spans`, with a given place adjective read as its
        place's demonym."""
        out = []
        by_span = {(c.start, c.end): c for c in streets(text)}
        airports = {(a.start, a.end): a for a in airports_after_word(text, self.lookup)}
        for cand in super().for_spans(text, spans):
            adjective = (self._adjective(text, cand.start, cand.end)
                         if cand.kind == "named" and not self.lookup.known(cand.text)
                         else None)
            street = by_span.get((cand.start, cand.end))
            country = acronym_candidate(self.lookup, cand.start, cand.text)
            if (cand.start, cand.end) in airports:
                cand = replace(airports[cand.start, cand.end], source="gold")
            elif country is not None:
                cand = replace(country, source="gold")
            elif adjective is not None:
                cand = Candidate(cand.start, cand.end, cand.text, "demonym",
                                 adjective.query, source="gold")
            elif street is not None:
                cand = replace(street, source="gold")
            else:
                cand = self._with_hint(text, self._contracted_article(text, cand))
            out.append(self._spelled_country(cand))
        return out

    def _contracted_article(self, text: str, cand: Candidate) -> Candidate:
        """A town named with "Le"/"Les" after "au", "du", "aux", "des", which swallow the
        article ("au Havre", "aux Abymes"): looked up with it, if the bare name is no
        country or region ("au Niger") and the whole one a larger place than it is."""
        if cand.kind != "named":
            return cand
        before = _CONTRACTED.search(text, max(0, cand.start - 5), cand.start)
        if before is None:
            return cand
        article = "Les " if before["word"].lower() in ("aux", "des") else "Le "
        whole = article + cand.query
        bare = list(self.lookup.readings(fold(cand.query)))
        if any(p.kind in ("country", "admin1") for p in bare) or not self.lookup.known(whole):
            return cand
        # ("du Mont-Dore" near Nouméa: not the French village also called "Le Mont-Dore")
        with_article = {p.id: p.population or 0 for p in self.lookup.readings(fold(whole))}
        others = [p.population or 0 for p in bare if p.id not in with_article]
        if max(with_article.values(), default=0) <= max(others, default=0):
            return cand
        return replace(cand, query=whole)

    def _with_hint(self, text: str, cand: Candidate) -> Candidate:
        """A named mention's kind as French says it: a division's after a division word
        ("la région de Ségou"), else a city's where both a city and a division bear the
        name (:data:`CITY_NOT_DIVISION`: "Tombouctou", "New York", "Dakar"). French
        names a division with its kind word; the ranking learned on English would read
        the region, whose English name is the French one ("Tombouctou", not Timbuktu)."""
        if cand.kind != "named" or cand.hint:
            return cand
        division = _DIVISION_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        if division is not None:
            word = division["word"].lower()
            return replace(cand, hint="admin2" if word in _SECOND_LEVEL else "admin1")
        kinds = {p.kind for p in self.lookup.readings(fold(cand.query))}
        if _COUNTRY_ARTICLE.search(text, max(0, cand.start - 5), cand.start):
            # "au Niger", "le Mali", "en Guinée", "au Québec": French names a country, a
            # region or a department with an article, a city without ("à Québec").
            if "country" in kinds:
                return replace(cand, hint="country")
            if "admin1" in kinds:
                return replace(cand, hint="admin1")
            if "admin2" in kinds:
                return replace(cand, hint="admin2")  # "la Somme", "le Var": a department
        if "city" in kinds and kinds & {"admin1", "admin2"}:
            return replace(cand, hint=CITY_NOT_DIVISION)
        return cand

    def _common_word(self, text: str, cand: Candidate, sentence_start: bool) -> bool:
        """A one-word name that is a French word ("Grève", "Mardi", "l'Ouest", "la
        Ville de Paris": a Danish town, an Australian one, a department of Haiti, a
        French village) is the word, unless a major place bears it ("Nice", "Tours") or
        it follows a preposition of place ("à Orange"). The English stop list learned
        no French words."""
        if cand.kind != "named" or " " in cand.text or cand.source == "rule":
            return False
        before = text[max(0, cand.start - 12):cand.start].split()
        after_place_word = (not sentence_start and bool(before)
                            and before[-1].lower() in _PLACE_BEFORE)
        if (not after_place_word and not sentence_start and bool(before)
                and before[-1].lower() in _ARTICLES
                and cand.text.lower() not in fr.COMPASS_POINTS):
            # "de la Gironde", "dans le Lot-et-Garonne": a capitalised word after an
            # article is a department's or a region's name where one bears it (the
            # lexicon also lists "gironde", an adjective, and some departments' names).
            after_place_word = any(p.kind in ("admin1", "admin2")
                                   for p in self.lookup.readings(fold(cand.query)))
        return (not after_place_word and french_words().known(cand.text.lower())
                and not self._city_or_country(cand.query))

    def _spelled_country(self, cand: Candidate) -> Candidate:
        """``cand`` qualified by the one country whose places French calls so as
        written (:meth:`~geo.recognize.lookup.NameLookup.written_country`: "Genève")."""
        if cand.kind != "named" or cand.qualifier or cand.hint in ("country", "admin1"):
            return cand
        country = self.lookup.written_country(cand.text)
        return replace(cand, qualifier=country) if country else cand

    def _code_word(self, cand: Candidate) -> bool:
        """Whether a short word in capitals is an acronym that only a code folds onto
        ("CAN", a football cup's initials, is Canada's ISO code, and the own name
        of a Turkish town, Çan): it names a place only as a major place's own name
        ("LYON" in a dateline), the initials of a country's name ("USA"), or a
        country's acronym in French ("RDC", read by :meth:`_acronym`).
        French news writes its many acronyms in capitals; English news less so, whose
        rules read such words."""
        word = cand.text
        if (cand.kind != "named" or cand.source == "rule" or not word.isupper()
                or len(word) > _LONGEST_ACRONYM or not word.isalpha()):
            return False
        return not (self.lookup.major(word, own_name=True) or any(
            initials(name) == word for p in self.lookup.readings(fold(word))
            if p.kind == "country" for name in (p.name, official_name(p.country))))

    def _city_or_country(self, name: str) -> bool:
        """Whether a country or a city of ``MAJOR_POPULATION`` bears ``name`` ("Nice",
        "Tours", "Moscou"), as no common word's namesake division does ("Ouest", "Nord":
        departments of Haiti and Cameroon)."""
        return any(p.kind == "country" or (
            p.kind == "city" and (p.population or 0) >= MAJOR_POPULATION)
            for p in self.lookup.readings(fold(name)))

    def _after_title(self, text: str, cand: Candidate) -> bool:
        """A name right after a title or an office ("M. Darmanin", "le ministre Attal")
        is a person's, whatever place bears it (as in English: "Mayor Lagos")."""
        before = text[max(0, cand.start - 30):cand.start].split()
        return cand.kind == "named" and bool(before) and before[-1].lower() in _TITLES

    def _acronym(self, tok) -> Candidate | None:
        """A country's acronym in French ("RDC", "EAU": the initials of ISO 3166's French
        official name, :mod:`geo.recognize.iso_names`), read as the country."""
        return acronym_candidate(self.lookup, tok.idx, tok.text)

    def _exonym(self, text: str, tok) -> Candidate | None:
        """A capitalised word that is only another name of a country or a major place
        ("Moscou", "Bakou", "Pékin"): the English rules match such alternate names only
        after an English preposition of place, since in English text they are mostly
        words and people's names."""
        name = tok.text
        if (not name[:1].isupper() or not self.lookup.known(name)
                or french_words().known(name.lower()) or not self.lookup.alias_only(name)
                or major_reading(self.lookup.readings(fold(name)), name) is None):
            return None
        return self._with_hint(text, Candidate(tok.idx, tok.idx + len(name), name,
                                               "named", name, source="gazetteer"))

    def _place_after_de(self, cand: Candidate, *, major: bool = False) -> Candidate:
        """The place a name the gazetteer does not know ends with after "de" ("le camp
        Général-Abdoulaye-Soumaré de Ségou": Ségou); with ``major``, only a country or a major city
        ("stade Municipal de Bouaké"); else ``cand``."""
        tail = _DE_TAIL.search(cand.text)
        if (cand.kind != "named" or tail is None or self.lookup.known(cand.query)
                or not self.lookup.known(tail["name"])
                or (major and not self._city_or_country(tail["name"]))):
            return cand
        start = cand.start + tail.start("name")
        return Candidate(start, cand.end, tail["name"], "named", tail["name"],
                         source=cand.source)

    def _places_around_de(self, cand: Candidate) -> list[Candidate]:
        """A name the gazetteer does not know, of a place it knows, "de", and another
        it knows ("Saint-Denis de La Réunion", "Saint-Louis du Sénégal"): both places,
        the second telling which namesake the first is; else :meth:`_place_after_de`'s
        one candidate."""
        tail = self._place_after_de(cand)
        if tail.start == cand.start:
            return [tail]
        head = _LINK_BEFORE.sub("", cand.text[:tail.start - cand.start])
        if not head or " " in head or not self.lookup.known(head):
            return [tail]
        return [Candidate(cand.start, cand.start + len(head), head, "named", head,
                          source=cand.source), tail]

    def _without_article(self, cand: Candidate) -> Candidate | None:
        """``cand`` without the articles and prepositions it begins with ("la France",
        "Au Caire" → "France", "Caire"), unless, written with a capital, the whole is a
        name ("La Paz", "Le Havre"); ``None`` if nothing is left."""
        if cand.kind != "named":
            return cand
        cut = 0
        while ((m := _FIRST_WORD.match(cand.text, cut))
               and m.group(1).strip().lower() in _LEADING
               and (m.group(1)[0].islower() or not self.lookup.known(cand.text)
                    or _ELIDED_ACRONYM.fullmatch(cand.text[cut:]))):
            cut = m.end()
        if not cut:
            return cand
        if cut >= len(cand.text):
            return None
        name = cand.text[cut:]
        return replace(cand, start=cand.start + cut, text=name,
                       query=name if cand.query == cand.text else cand.query)

    def _adjective(self, text: str, start: int, end: int) -> Candidate | None:
        """A place adjective or demonym ("maliennes", "Sénégalais") as a demonym of its
        place: a French adjective or a word French does not know ("burkinabè"), whose
        stem is a country's French name (ISO 3166's French names, in pycountry) or a
        major place's own name ("lyonnais": Lyon)."""
        word = text[start:end]
        lower = word.lower()
        lexicon = french_words()
        if (self.lookup.gazetteer.demonym(word) is not None
                or (lexicon.known(lower) and not lexicon.adjective(lower))):
            return None  # an English demonym (the English rules read it), or a noun
        countries = french_country_names()
        stems = list(adjective_stems(fold(word)))
        # A country first: "tunisien" is Tunisia's before it is Tunis's.
        country = next((countries[name] for name in stems if name in countries), None)
        if country is not None:
            query = self.lookup.gazetteer.country(country).name
            return Candidate(start, end, word, "demonym", query, source="rule")
        for name in stems:
            if name in self.lookup.names:
                own = [p for p in self.lookup.readings(name) if fold(p.name) == name]
                if major_reading(own, name) is not None:
                    return Candidate(start, end, word, "demonym", name, source="rule")
        return None


@cache
def official_name(code: str) -> str:
    """A country's official name in English ("United States of America"), else its
    name; ``""`` for an unknown code."""
    country = pycountry.countries.get(alpha_2=code) if code else None
    return getattr(country, "official_name", None) or getattr(country, "name", "")


@cache
def french_country_names() -> dict[str, str]:
    """The folded French names of countries (ISO 3166-1 in French, from pycountry's
    iso-codes translations: "algerie", "cote d'ivoire") → their ISO code."""
    names = {}
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"],
                                 fallback=True)
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name:
                names[fold(french.gettext(name).split(",")[0])] = country.alpha_2
    return names


def acronym_candidate(lookup: NameLookup, start: int, written: str) -> Candidate | None:
    """A country's acronym in French ("RDC", "EAU", :mod:`geo.recognize.iso_names`) at
    ``start`` as a mention of the country; ``None`` for any other word."""
    code = iso_names("fr").get(fold(written)) if written.isupper() else None
    if code is None:
        return None
    return Candidate(start, start + len(written), written, "named",
                     lookup.gazetteer.country(code).name, "country", source="gazetteer")
