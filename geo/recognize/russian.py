"""Recognition in Russian: inflected names looked up by their nominative forms, place
adjectives read as their places, people named like places.

Russian inflects names ("в Караганде", "Алматинской области"), and the gazetteer knows
them in the nominative (GeoNames' Cyrillic alternate names, folded by transliteration):
a span keeps the words as written and its query is the first nominative reading of its
words that the gazetteer knows (:func:`geo.languages.ru.nominatives`: a place name's
reading first, adjectives agreeing with their noun).

Sources, as in English (:mod:`geo.recognize.recognizer`): natasha's NER (``LOC``) and
capitalised words the gazetteer knows. Transliteration folds common words onto villages
("Мир", "Победа", "Полиция") and acronyms onto codes ("СНГ"), so a gazetteer-only match
must be a name the dictionary reads as a place's (``Geox``), a word the dictionary does
not know ("Жанаозене"), or a major place's name, and a sentence's first word one of the
first or the last. A name the gazetteer does not know may be ISO 3166's Russian name of
a country or division (:mod:`geo.recognize.iso_names`: "Киргизия").

A span's query is then the English name of the most prominent place that bears the
Russian name as written (:meth:`RussianRecognizer.english`: "Москва" → "Moscow"), so
that resolution, learned on English, weighs the same places as for English text. A name
without a kind noun is a city where a city and a division bear it (hint
:data:`~geo.recognize.candidate.CITY_NOT_DIVISION`): Russian names a division with its
kind noun ("Карагандинская область"); one after a street's kind word is a street's.

Place adjectives ("алматинские власти", "казахстанский") carry no place in the
dictionary: the adjective's stem with a place name's endings ("алматин-ский" →
"Алматы", "минск-ий" → "Минск", "росси-йский" → "Россия") is looked up among countries,
divisions and large cities (:meth:`~geo.recognize.lookup.NameLookup.major_name`), and
the mention is a demonym of that place: an actor's or an origin's, never a site.

Names the gazetteer knows otherwise are read by their English spellings ("Бурятия" →
Buryatia, :func:`geo.languages.ru.english_spellings`) or by GeoNames' other Russian names
of divisions ("Башкирия"); airports after their airport word ("в аэропорту
Шереметьево"); divisions by a capitalised adjective and a kind noun ("Рушанском районе");
an acronym as the initials of a name mentioned before it ("ГБАО").

Length: one recognizer. Its sources (the NER's entities, gazetteer matches, divisions,
airports, acronyms, adjectives) all read names through the same nominative and English
lookups (:meth:`RussianRecognizer.query`, :meth:`RussianRecognizer.english`); split up,
each part would reach the others' private lookups across modules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import islice, product, takewhile
from typing import TYPE_CHECKING, Any

from gazetteer.normalize import fold
from geo.languages import ru
from geo.nlp import doc_text, words
from geo.recognize.airports import airport_query
from geo.recognize.candidate import CITY_NOT_DIVISION, Candidate, without_overlaps
from geo.recognize.iso_names import acronym, division_names, iso_names
from geo.recognize.lookup import MAJOR_POPULATION, NameIndex, NameLookup, major_reading
from geo.recognize.qualifiers import attach_qualifiers
from geo.recognize.recognizer import Recognizer
from geo.recognize.words import starts_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

# GeoNames' feature code of a country's capital.
_CAPITAL = "PPLC"
# The longest name looked up, in words ("Северо-Казахстанская область" is two).
_MAX_WORDS = 3
# Prepositions after which a capitalised word is a place ("в Жанаозене", "из Шымкента").
_PLACE_BEFORE = ru.AT_PLACE | ru.FROM_PLACE | {"до", "над"}
# Prepositions after which a word the NER calls a place is one, however common the word
# («в Сороках», «из Орла»); not «на» or «по», which put common nouns in place («на Западе»),
# nor «через», which crosses rivers too («мост через Тису»).
_IN_PLACE = (ru.AT_PLACE | ru.FROM_PLACE) - {"на", "по", "через"}
# Words between the places of a list ("Нальчика и Прохладного").
_LIST_BEFORE = frozenset({"и", ",", "или"})
# Nouns that make a place adjective a division's name ("Алматинской области").
_KIND_NOUNS = frozenset({"область", "район", "край", "округ", "республика", "губерния",
                         "провинция", "штат", "уезд"})
# The word right before a name (a settlement's kind word, "хутор Ленина").
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# Words before a street's, a square's or a metro station's name ("по проспекту Абая",
# "на площади Республики"), any case: the name is the street's, in its city.
_STREET_BEFORE = re.compile(
    r"(?i:\b(?:" + "|".join(ru.STREET_STEMS.values()) + r")[а-яё]*\.?\s+)$")
# ... but not in the plural, which no single street's name follows: "жители микрорайонов
# X", "на площадях X" are X's districts and squares, X a town. An "ей" after "ц", "и" or
# "е" is a singular instrumental ("с улицей X", "станцией", "аллеей"), not the plural
# genitive ("площадей").
_STREETS_PLURAL = re.compile(
    r"(?i:(?:ов|(?<![циеё])ей|ий|ых|ам|ям|ами|ями|ах|ях|\bулиц)\s+)$")
# Offices and forms of address before a person's name ("президент Токаев", "аким
# Жакупов"): a name after one is a person's unless it is a major place ("аким Алматы").
_TITLES = frozenset({
    "президент", "министр", "премьер", "премьер-министр", "глава", "аким", "губернатор",
    "мэр", "депутат", "генерал", "полковник", "майор", "судья", "прокурор", "господин",
    "г-н", "госпожа", "г-жа", "председатель", "посол", "пресс-секретарь", "спикер",
    "лидер", "активист", "активистка", "журналист", "журналистка", "блогер"})
# Place adjectives: the adjective's masculine form ending; the stem before it; the endings
# a place's name may have on that stem ("алмат-инский" → "Алматы").
_ADJECTIVE = re.compile(r"(?:ский|цкий|ской)$")
_STEM_ENDS = ("ин", "ан", "ян", "ен", "ов", "ев", "ей", "ь", "й")
_NAME_ENDINGS = ("", "а", "я", "ы", "и", "ия", "ь", "о", "е", "ва", "стан", "истан")
# A shorter stem ("арм-ейский", "рус-ский") names nothing: its names are other words'.
_SHORTEST_STEM = 4
# The fewest letters of a name looked up by GeoNames' romanizations
# (:func:`geo.languages.ru.romanizations`).
_SHORTEST_ROMANIZED = 6
# Words in capitals this long are acronyms ("СНГ", "ОДКБ"), longer ones names in a
# dateline ("ШЫМКЕНТ").
_LONGEST_ACRONYM = 4
# Words in capitals, and the fewest letters of an acronym read as a name's initials.
_CAPITALS = re.compile(r"\b[А-ЯЁ]{3,}\b")
_SHORTEST_ACRONYM = 3
# Quotation marks around a name ("аэропорт «Пулково»").
_QUOTES = frozenset("«»\"„“”")
# Words and quotation marks, for the airport words' neighbours.
_TOKEN = re.compile(r"[^\W\d_][\w-]*|[«»\"„“”]")


class RussianRecognizer(Recognizer):
    """Find candidate mentions in a Russian spaCy ``Doc`` (:mod:`geo.nlp_ru`): the same
    interface as :class:`~geo.recognize.recognizer.Recognizer`, with the same
    ``gazetteer`` (``stoplist`` and ``model`` are the English recognizer's and unused)."""

    def __init__(self, gazetteer: NameIndex, **settings: Any) -> None:
        super().__init__(gazetteer, **{**settings, "stoplist": ()})
        self.lookup = NameLookup(gazetteer)

    def __call__(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        toks = words(doc)
        found: list[Candidate] = []
        taken = bytearray(len(toks))  # tokens inside a NER entity
        blocked: set[int] = set()  # tokens of people and organisations
        people: set[str] = set()
        for ent in doc.ents:
            taken[ent.start:ent.end] = b"\1" * len(ent)
            cand = None
            if ent.label_ == "LOC":
                cand = self._entity(text, toks, ent.start, ent.end)
            elif len(ent) == 1 and ((ent.label_ == "ORG" and ru.is_place_word(ent.text))
                                    or ent.label_ == "PERSON"):
                # A lone place name the NER calls an organisation is mostly a dateline in
                # capitals ("ШЫМКЕНТ, 12 марта —"); one it calls a person, a country's or
                # a division's name it does not know ("Каракалпакстан").
                cand = self._entity(text, toks, ent.start, ent.end)
                if ent.label_ == "PERSON" and cand is not None and not any(
                        p.kind in ("country", "admin1")
                        for p in self.lookup.readings(fold(cand.query))):
                    cand = None
            if cand is not None:
                found.append(cand)
                continue
            blocked.update(range(ent.start, ent.end))
            if ent.label_ == "PERSON":
                people.update(ru.nominatives(ent[-1].text))
            else:
                # "Бишкекский суд", "Алматинский горсовет": an institution's place
                # adjective is its place's demonym; "Казань Арена": a major place that
                # begins an institution's name is a mention of its own.
                found.extend(c for tok in toks[ent.start:ent.end]
                             if (c := self._adjective(text, tok.idx, tok.idx + len(tok.text)))
                             is not None)
                first = toks[ent.start]
                named = (self._named(text, first.idx, first.idx + len(first.text), "ner")
                         if len(ent) > 1 and _word(first) else None)
                if named is not None and self.lookup.major(named.query, own_name=True):
                    found.append(named)
        found.extend(self._matches(text, toks, taken, blocked, people))
        covered = {tok.idx for c in found
                   for tok in takewhile(lambda t, c=c: t.idx < c.end,
                                        islice(toks, _first(toks, c.start), None))}
        found.extend(c for i, tok in enumerate(toks)
                     if tok.idx not in covered and not taken[i]
                     and (tok.is_lower or tok.is_sent_start)
                     and (c := self._adjective(text, tok.idx, tok.idx + len(tok.text)))
                     is not None)
        airports = list(self._airports(text))
        found = [c for c in found if not any(c.start < a.end and a.start < c.end
                                             for a in airports)] + airports
        kept = [c for c in without_overlaps(found) if not self._after_title(text, c)]
        kept.extend(c for m in _CAPITALS.finditer(text)
                    if not any(k.start < m.end() and m.start() < k.end for k in kept)
                    and (c := self._acronym_of(m.group(), kept, m.start())) is not None)
        return attach_qualifiers(text, sorted(kept, key=lambda c: c.start))

    def for_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Candidate]:
        """One candidate per given span, offsets unchanged (gold-span mode): its query
        the nominative the gazetteer knows, a place adjective its place's name."""
        found: list[Candidate] = []
        named = found  # the names before an acronym, which it may be the initials of
        airports = {(a.start, a.end): a for a in self._airports(text)}
        for start, end in sorted(spans):
            name = text[start:end]
            written = name.split()
            if (start, end) in airports:
                cand = airports[start, end]
            elif len(written) == 1:
                cand = self._adjective(text, start, end) or self._named(text, start, end,
                                                                        "gold")
            elif set(ru.lemmas(written[-1])) & _KIND_NOUNS:
                cand = self._division(text, start, end)
            else:
                cand = self._named(text, start, end, "gold")
            cand = cand or self._acronym_of(name, named) or Candidate(start, end, name,
                                                                       "named", name)
            found.append(Candidate(start, end, name, cand.kind, cand.query, cand.hint,
                                   source="gold"))
        return attach_qualifiers(text, found)

    def query(self, name: str) -> str | None:
        """The nominative of the name ``name`` (as written) that the gazetteer knows,
        word by word ("Алматинской области" → "Алматинская область"); ``None`` if the
        gazetteer knows none."""
        written = name.split()
        if not written or len(written) > _MAX_WORDS:
            return None
        # The nominatives first: an inflected form may be another place's name.
        readings = [(*ru.nominatives(word), word.lower()) for word in written]
        queries = [" ".join(_cased(form, word) for form, word in zip(forms, written,
                                                                      strict=True))
                   for forms in product(*readings)]
        for query in queries:
            if self.lookup.known(query):
                return query
            if self._iso_place(query) is not None:
                return query  # ISO 3166's Russian name of a country or division
        # Then respelled: a reading the gazetteer knows as written goes before another
        # reading's English spelling («Дженине»: «Дженин», not «джениня» respelled).
        return next((spelled for query in queries
                     if (spelled := self._english_spelling(query)) is not None), None)

    def _english_spelling(self, name: str) -> str | None:
        """The own name of the most prominent place the gazetteer knows by an English
        spelling of ``name`` (:func:`geo.languages.ru.english_spellings`: "Бурятия" →
        "Buryatia", "Шереметьево" → "Sheremetyevo"), else ``None``."""
        # GeoNames' romanizations only for longer names: a short one's variants fold
        # onto some village abroad too often.
        romanized = ru.romanizations(name) if len(name) >= _SHORTEST_ROMANIZED else ()
        for spelling in (*ru.english_spellings(name), *romanized):
            key = fold(spelling)
            if key in self.lookup.names:
                best = max(self.lookup.readings(key), key=_prominence)
                return next((n for n in (best.name, *best.alternate_names)
                             if fold(n) == key), best.name)
        return None

    def _division_alias(self, query: str):  # -> Place | None
        """The country or division ``query`` names by ISO 3166's or GeoNames' Russian
        name (:meth:`_iso_place`), unless a major place bears the name as written:
        "Чечня" is Chechnya, though a Ukrainian village bears the name too."""
        place = self._iso_place(query)
        if place is None or major_reading(self.lookup.readings(fold(query)),
                                          query) is not None:
            return None
        return place

    def _iso_place(self, name: str):  # -> Place | None
        """The country or division whose Russian name in ISO 3166 or among GeoNames'
        other names of divisions is ``name``, by its code, if the gazetteer knows the
        code ("Киргизия" → Kyrgyzstan, "Башкирия" → Bashkortostan)."""
        key = fold(name)
        code = iso_names("ru").get(key) or division_names("ru").get(key)
        if code is None:
            return None
        return next(iter(self.lookup.gazetteer.candidates(code, limit=1)), None)

    # -- sources ----------------------------------------------------------------------

    def _airports(self, text: str) -> Iterable[Candidate]:
        """Airports named after an airport word ("в аэропорту Шереметьево", "аэропорт
        «Алматы»"): the name (as the Russian sets mark it, without the word) looked up
        by its English spellings with "Airport" after them, as
        :func:`~geo.recognize.airports.airport_query` reads them."""
        toks = list(_TOKEN.finditer(text))
        for i, tok in enumerate(toks):
            if not set(ru.lemmas(tok.group())) & ru.AIRPORT_WORDS:
                continue
            j, intl = i + 1, False
            if j < len(toks) and set(ru.lemmas(toks[j].group())) & ru.AIRPORT_INTERNATIONAL:
                j, intl = j + 1, True
            if j < len(toks) and toks[j].group() in _QUOTES:
                j += 1
            k = j
            while k < len(toks) and k - j < _MAX_WORDS and toks[k].group()[0].isupper():
                k += 1
            for stop in range(k, j, -1):
                start, end = toks[j].start(), toks[stop - 1].end()
                query = airport_query(self._spellings(text[start:end]), intl, self.lookup)
                if query is not None:
                    yield Candidate(start, end, text[start:end], "named", query, "airport",
                                    source="rule")
                    break

    def _spellings(self, name: str) -> Iterable[str]:
        """The names a Russian name may be written in English, the likeliest first: the
        English name of the place its nominative names, then its nominatives' English
        spellings ("Шереметьево" → "шереметyево")."""
        query = self.query(name)
        if query is not None:
            yield self.english(query)
        for form in ru.nominatives(name) if " " not in name else (name,):
            yield from ru.english_spellings(form)
            yield form

    def _entity(self, text: str, toks: list, start: int, end: int) -> Candidate | None:
        """A NER place: its name's nominative, or a place adjective (with a kind noun
        after it, the division: "Алматинской области")."""
        if end - start > 1 and set(ru.lemmas(toks[start].text)) & (_KIND_NOUNS
                                                                   | ru.SETTLEMENT_WORDS):
            # "Республики Каракалпакстан", "Посёлок Красная Яруга": the name after its
            # kind word
            start += 1
        first, last = toks[start], toks[end - 1]
        begin, stop = first.idx, last.idx + len(last.text)
        kind = self._kind_noun_after(toks, start) if end - start == 1 else None
        if kind is not None:
            wider = self._division(text, begin, toks[kind].idx + len(toks[kind].text))
            if wider is not None:
                return wider
        if end - start > 1 and set(ru.lemmas(last.text)) & _KIND_NOUNS:
            return self._division(text, begin, stop)
        cand = self._named(text, begin, stop, "ner")
        if cand is None and end - start == 1:
            return self._adjective(text, begin, stop)
        if cand is not None and end - start == 1 and not self._one_word_place(
                first, cand.query, placed=start > 0 and toks[start - 1].lower_ in _IN_PLACE) \
                and not _adjective_town(toks, start, entity=True):
            return None  # "Юг", "СНГ": a common word or an acronym the NER took for a place
        return cand

    def _matches(self, text: str, toks: list, taken: bytearray, blocked: set[int],
                 people: set[str]) -> Iterable[Candidate]:
        """Capitalised words outside the NER's entities that the gazetteer knows."""
        lowered = {t.lower_ for t in toks if t.is_lower}
        i, n = 0, len(toks)
        while i < n:
            if taken[i] or i in blocked or not _word(toks[i]):
                i += 1
                continue
            kind = self._kind_noun_after(toks, i)
            if kind is not None and (cand := self._division(
                    text, toks[i].idx, toks[kind].idx + len(toks[kind].text))) is not None:
                yield cand  # "в Рушанском районе", "Горно-Бадахшанской автономной области"
                i = kind + 1
                continue
            for j in range(min(n, i + _MAX_WORDS), i, -1):
                if any(taken[k] or k in blocked or not _word(toks[k])
                       for k in range(i, j)):
                    continue
                cand = self._named(text, toks[i].idx, toks[j - 1].idx + len(toks[j - 1].text),
                                   "gazetteer")
                if cand is not None and self._plausible(toks, i, j, cand, people, lowered):
                    yield cand
                    i = j
                    break
            else:
                i += 1

    @staticmethod
    def _kind_noun_after(toks: list, i: int) -> int | None:
        """The index of the kind noun after a capitalised adjective at ``i``, next to it
        or after "автономный" ("Рушанском районе", "Горно-Бадахшанской автономной
        области"); ``None`` if there is none."""
        if not ru.adjective_lemmas(toks[i].text):
            return None
        j = i + 1
        if j < len(toks) and set(ru.lemmas(toks[j].text)) & ru.DIVISION_QUALIFIERS:
            j += 1
        return j if j < len(toks) and set(ru.lemmas(toks[j].text)) & _KIND_NOUNS else None

    @staticmethod
    def _acronym_of(word: str, named: list[Candidate], start: int = -1,
                    ) -> Candidate | None:
        """A word in capitals that is the initials of a name of several words mentioned
        before it ("ГБАО" after "Горно-Бадахшанской автономной области"), as that place;
        ``start``: where ``word`` is (-1 where ``named`` are only those before it)."""
        if not (word.isupper() and len(word) >= _SHORTEST_ACRONYM):
            return None
        for cand in named:
            if (cand.kind == "named" and (start < 0 or cand.start < start)
                    and acronym(cand.text) == word):
                return Candidate(start, start + len(word), word, "named", cand.query,
                                 cand.hint, source="rule")
        return None

    def _plausible(self, toks: list, i: int, j: int, cand: Candidate,
                   people: set[str], lowered: set[str]) -> bool:
        """Whether a gazetteer-only match is a place's name: see the module docstring."""
        if j - i > 1:
            return True
        tok, word = toks[i], toks[i].text
        after_place_word = i > 0 and (toks[i - 1].lower_ in _PLACE_BEFORE
                                      or _after_settlement_word(toks, i))
        if set(ru.nominatives(word)) & people and not after_place_word:
            return False  # "Ерлан Курган ... Курган сказал": the person
        if tok.is_stop or tok.lower_ in lowered or not (
                self._one_word_place(tok, cand.query) or _adjective_town(toks, i)):
            return False  # "По данным", "Мир"
        if self.lookup.major(cand.query, own_name=True):
            return True
        if _glued(toks, i):
            return False  # "Казахстан Темир Жолы": a word of a longer name (a firm's)
        if ru.is_place_word(word):
            return True
        return not tok.is_sent_start or after_place_word

    def _one_word_place(self, tok, query: str, placed: bool = False) -> bool:
        """Whether one word is a place's name, not a common word ("Мир", "Юг", "По": also
        a river) nor an acronym or a short word folding onto a code ("СНГ", "ОДКБ"),
        unless a major place bears it ("Орёл", "США"). ``placed``: the NER calls the word
        a place and a preposition of place stands before it («в Сороках»): a town named
        like a common word («сорока»), not the word."""
        word = tok.text
        # The query is the English name (see english): a major place's own.
        if ru.is_common_word(word) and not placed and not self.lookup.major(query,
                                                                            own_name=True):
            return False
        if word.isupper() and len(word) <= _LONGEST_ACRONYM:
            # The dictionary calls "СНГ" a place too: only a country's acronym counts
            # ("США", "ЮАР": :mod:`geo.recognize.iso_names`), or a major place's own
            # as written.
            return (self._iso_place(word) is not None
                    or major_reading(self.lookup.readings(fold(query)), word) is not None)
        if word.isupper() or len(word) <= 3:
            return ru.is_place_word(word) or major_reading(
                self.lookup.readings(fold(query)), word if word.isupper() else query) \
                is not None
        return True

    def _named(self, text: str, start: int, end: int, source: str) -> Candidate | None:
        name = text[start:end]
        settlement = _settlement_before(text, start) and self.lookup.known(name)
        query = name if settlement else self.query(name)
        if query is None:
            return None
        street = _STREET_BEFORE.search(text, max(0, start - 20), start)
        if street is not None and _STREETS_PLURAL.search(street.group()):
            street = None
        # A name after a settlement's kind word ("в городе Лимон", not "города
        # Казахстана") is the town's, though a division bears it too.
        hint = "street" if street else CITY_NOT_DIVISION if settlement else self._hint(query)
        return Candidate(start, end, name, "named", self.english(query), hint,
                         source=source)

    def english(self, query: str) -> str:
        """The own (English) name of the most prominent place called ``query`` as
        written ("Москва" → "Moscow"), else ``query``. Resolution then weighs the places
        of that name as it does in English text: transliterated, "Москва" is also the
        own name of a Tajik village, which the ranking, learned on English, would read
        as an exact match as good as Moscow's. A name a country and its capital both
        bear ("Алжир") stays as written, for resolution to choose between them."""
        if (place := self._division_alias(query)) is not None:
            return place.name
        written = query.casefold()
        bearers = [p for p in self.lookup.readings(fold(query))
                   if any(n.casefold() == written for n in (p.name, *p.alternate_names))]
        if not bearers or _capital_of_its_name(bearers):
            return query
        best = max(bearers, key=_prominence)
        if len({fold(p.name) for p in bearers}) > 1 and best.kind == "city" and \
                _prominence(best)[1] < MAJOR_POPULATION:
            # Towns of several spellings bear it and none is major («Бар»: Bar in
            # Montenegro and Ukraine, Baar in Switzerland): resolution weighs them all
            # in the text's context, not only the largest.
            return query
        return best.name

    def _division(self, text: str, start: int, end: int) -> Candidate | None:
        """A division named by a place adjective and a kind noun ("Жамбылской области"):
        by its own name where the gazetteer has it, else as the division of the largest
        city of ``MAJOR_POPULATION`` the adjective names (most regions are named after
        their seat's city, "Жамбыл" being Taraz's former name), else by the name in the
        adjective's stem. An adjective the dictionary knows must come from a name it
        reads as a place's, as for :meth:`_adjective`: "Советский район" is some city's
        district, not Soweto's."""
        cand = self._named(text, start, end, "ner")
        if cand is not None:
            return cand
        stems = [name for lemma in ru.adjective_lemmas(text[start:end].split()[0])
                 if _ADJECTIVE.search(lemma)
                 for name in adjective_stems(lemma)
                 if not (ru.in_dictionary(lemma) and not ru.is_place_word(name))]
        seats = [p for name in stems if fold(name) in self.lookup.names
                 for p in self.lookup.readings(fold(name))
                 if p.kind == "city" and p.admin1 and p.population >= MAJOR_POPULATION]
        if seats:
            seat = max(seats, key=lambda p: p.population)
            return Candidate(start, end, text[start:end], "named", seat.admin1, "admin1",
                             source="ner")
        # A smaller division bears its seat's or its own name in the adjective's stem
        # ("Рушанский район": Rushon; "Горно-Бадахшанская область": Gorno-Badakhshan):
        # the resolver weighs that name's places in the document's context.
        name = next((name for name in stems if self.lookup.known(name)), None)
        if name is None:
            return None
        kinds = {p.kind for p in self.lookup.readings(fold(name))}
        hint = self._hint(text[start:end]) if kinds & {"admin1", "admin2"} else ""
        return Candidate(start, end, text[start:end], "named", name.title(), hint,
                         source="ner")

    def _hint(self, query: str) -> str:
        """The kind a name says: a division's with its kind noun ("Карагандинская
        область"), else a city's where both bear it (:data:`CITY_NOT_DIVISION`): a bare
        "Караганда" is the city, though the region is "Karaganda" in English, which the
        ranking's exact-name feature would otherwise prefer."""
        kinds = {lemma for word in query.split()[1:] for lemma in ru.lemmas(word)}
        if kinds & _KIND_NOUNS:
            return "admin2" if "район" in kinds else "admin1"
        if (place := self._division_alias(query)) is not None:
            return "admin1" if place.kind == "admin1" else ""
        readings = {p.kind for p in self.lookup.readings(fold(query))}
        return CITY_NOT_DIVISION if "city" in readings and readings & {"admin1", "admin2"} \
            else ""

    def _adjective(self, text: str, start: int, end: int) -> Candidate | None:
        """A place adjective ("алматинские", "казахстанской") as a demonym of its place."""
        word = text[start:end]
        for lemma in ru.adjective_lemmas(word):
            if _ADJECTIVE.search(lemma) is None:
                continue
            name = self.lookup.major_name(adjective_stems(lemma))
            # A dictionary adjective comes from a place the dictionary knows too
            # ("казахстанский": Казахстан); "советский" is not Soweto's ("Совето").
            if name is not None and (not ru.in_dictionary(lemma) or ru.is_place_word(name)):
                return Candidate(start, end, word, "demonym", name, source="rule")
        return None

    def _after_title(self, text: str, cand: Candidate) -> bool:
        """A name right after an office ("президент Токаев") is a person's, unless it
        names a major place ("аким Алматы", "президент Казахстана")."""
        before = text[max(0, cand.start - 30):cand.start].split()
        return (cand.kind == "named" and bool(before) and before[-1].lower() in _TITLES
                and not self.lookup.major(cand.query))


def adjective_stems(lemma: str) -> Iterable[str]:
    """The place names a place adjective's masculine form may come from, in the order
    tried: "минский" → "минск", …; "алматинский" → …, "алматы"."""
    # "минск-ий", "белорусс-кий", "алматин-ский"
    stems = [lemma[:-2], lemma[:-3], lemma[:-4]]
    stems += [stem[:-len(end)] for stem in stems[2:] for end in _STEM_ENDS
              if stem.endswith(end)]
    for stem in (stem for stem in stems if len(stem) >= _SHORTEST_STEM):
        for ending in _NAME_ENDINGS:
            yield stem + ending


def _capital_of_its_name(bearers: list) -> bool:
    """Whether a country and its capital both bear the name as written ("Алжир" is
    Algeria and Algiers, "Гватемала" Guatemala and its capital): as English "Djibouti"
    or "Singapore", resolution then weighs both in the name's context."""
    countries = {p.country for p in bearers if p.kind == "country"}
    return any(p.kind == "city" and p.feature_code == _CAPITAL and p.country in countries
               for p in bearers)


def _prominence(place) -> tuple[bool, int]:
    """How readers rank places of one name: a country first, then by population."""
    return (place.kind == "country",
            place.population or place.extra.get("cities_population", 0))


def _word(tok) -> bool:
    return starts_name(tok) and len(tok.text) > 1 and any(ch.isalpha() for ch in tok.text)


def _adjective_town(toks: list, i: int, *, entity: bool = False) -> bool:
    """Whether the capitalised adjective at ``i`` is a town's name ("в Прохладном", "из
    Чайковского"): mid-sentence, after a preposition of place (or, where the NER calls
    it a place, after another place: "Нальчика и Прохладного"; not "площади Ленина",
    nor a station's «Пушкинская»), and before no noun it would qualify ("в Белом
    доме")."""
    tok = toks[i]
    before = toks[i - 1].lower_ if i else ""
    if tok.is_sent_start or not ru.adjective_lemmas(tok.text) or not (
            before in _PLACE_BEFORE or (entity and before in _LIST_BEFORE)
            or _after_settlement_word(toks, i)):
        return False
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is None or not (after.is_lower and not after.is_stop
                                 and ru.is_noun(after.text))


def _settlement_before(text: str, start: int) -> bool:
    """Whether a settlement's kind word stands right before ``start`` («в городе Лимон»,
    «хутор Ленина»). A name there that the gazetteer knows as written is the town's own
    name, not an inflected form: a name in the genitive there is the settlement's own
    («хутор Ленина», after a person: not «Ленин»)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and bool(set(ru.lemmas(before[1])) & ru.SETTLEMENT_WORDS)


def _after_settlement_word(toks: list, i: int) -> bool:
    """Whether the word before ``i`` is a settlement's kind word ("у станицы
    Кущёвской", "жители села Карабудахкент"), which tells a name after it is a place's
    as a preposition of place does."""
    return i > 0 and bool(set(ru.lemmas(toks[i - 1].text)) & ru.SETTLEMENT_WORDS)


def _glued(toks: list, i: int) -> bool:
    """Whether the word at ``i`` stands beside another capitalised word in the same
    sentence, as a word of a longer name does."""
    before = i > 0 and not toks[i].is_sent_start and _word(toks[i - 1])
    after = i + 1 < len(toks) and not toks[i + 1].is_sent_start and _word(toks[i + 1])
    return bool(before or after)


def _first(toks: list, offset: int) -> int:
    """The index of the first token at or after character ``offset``."""
    return bisect_left(toks, offset, key=lambda tok: tok.idx)


def _cased(form: str, written: str) -> str:
    """``form`` cased as ``written`` is: a capital first letter, or all capitals."""
    if written.isupper() and len(written) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if written[:1].isupper() else form
