"""What recognition asks the gazetteer about a name: is it known, does a place readers
take first bear it, is it a demonym, only some town's alternate name, or a division's
dotted abbreviation; which major place a place adjective of another language means
(:func:`major_reading`, which resolution reads too). Nothing here resolves a mention in
its context."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from gazetteer.normalize import fold

if TYPE_CHECKING:
    from gazetteer.place import Place

# A city this large is what readers mean by its name, even beside a person's name.
MAJOR_POPULATION = 100_000
# The feature code of a locality known only by a post office's name (see
# gazetteer.sources.localities): resolvable, but too often a word or a surname for a
# gazetteer-only match.
LOCALITY = "PPLL"
# More candidates than any name has ("San Jose" has about a hundred).
ALL_READINGS = 1000
# The kinds of place an adjective may mean, the likeliest first ("tunisien" is Tunisia's
# rather than Tunis's).
_RANK = {"country": 0, "admin1": 1, "city": 2}
_DOTTED = re.compile(r"(?:[A-Z]\.){2}")
# Words a name's initials skip ("District of Columbia" is D.C.).
_JOINERS = frozenset({"of", "and", "the", "de", "del", "la"})


class NameIndex(Protocol):
    """What recognition needs from a gazetteer: membership of folded names, demonyms,
    countries by code."""

    def names(self) -> frozenset[str]: ...

    def demonym(self, word: str) -> object | None: ...

    def candidates_folded(self, folded: str, limit: int = 20) -> tuple: ...

    def country(self, country: str) -> Any: ...


def initials(name: str) -> str:
    """The capital initials of a name's words: "District of Columbia" → "DC"."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name)
                   if word and word.lower() not in _JOINERS).upper()


class NameLookup:
    """A gazetteer's answers about names, as recognition's rules ask them.

    ``gazetteer`` is the :class:`NameIndex` asked, ``names`` its folded names. The
    answers that take all of a name's readings, and the demonyms, are cached, per lookup.
    """

    def __init__(self, gazetteer: NameIndex) -> None:
        self.gazetteer = gazetteer
        self.names = gazetteer.names()
        self._majors: dict[tuple[str, bool], bool] = {}
        self._aliases: dict[str, bool] = {}
        self._adjectives: dict[str, bool] = {}

    def abbreviated_division(self, word: str) -> str | None:
        """The division a dotted abbreviation stands for ("S.C." → "South Carolina").

        The dots tell it from a code written as a word ("SC", "IN"), and the letters
        must be the initials of the division's name: "C.A." and "O.K." are not
        California's and Oklahoma's codes as written in prose.
        """
        if _DOTTED.fullmatch(word) is None:
            return None
        letters = word.replace(".", "")
        return next((p.name for p in self.gazetteer.candidates_folded(fold(letters), 20)
                     if p.kind == "admin1" and initials(p.name) == letters), None)

    def alias_only(self, name: str) -> bool:
        """Whether a name is only some town's alternate name: no place is called that,
        nor that plus a kind word ("Sarpy" County), and it names no country or division.
        Measured on the corpora, such gazetteer-only matches are mostly people, firms and
        feasts ("Kate", "Hamas", "Passover" are alternate names of towns in GeoNames); the
        NER still finds a town's old name where it reads as a place ("Bombay"). A locality
        known only by a post office's name (feature code ``LOCALITY``) counts as such an
        alternate name: resolvable, not matched alone. An airport's bare name is no alias."""
        key = fold(name)
        alias = self._aliases.get(key)
        if alias is None:
            alias = self._aliases[key] = not any(
                p.kind in ("country", "admin1", "region")
                # An airport's bare name ("Gatwick") was kept at build only where it
                # names no town: the airport's own name, as news writes it.
                or (p.kind == "airport" and key in map(fold, p.alternate_names))
                or (p.feature_code != LOCALITY
                    and ((main := fold(p.name)) == key or main.startswith(key + " ")))
                for p in self.readings(key))
        return alias

    def readings(self, key: str, limit: int = 20) -> Iterator:
        """The places a folded name may be, written with or without its spaces: "U.S."
        folds to "u s", which the gazetteer knows as "us" (as name matching allows)."""
        for k in dict.fromkeys((key, key.replace(" ", ""))):
            yield from self.gazetteer.candidates_folded(k, limit)

    def known(self, name: str) -> bool:
        """Whether the gazetteer knows a name, written with or without its spaces."""
        key = fold(name)
        return key in self.names or key.replace(" ", "") in self.names

    def major(self, name: str, *, own_name: bool = False) -> bool:
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
                _counts_as_major(p, key, own_name)
                for p in self.readings(key, ALL_READINGS))
        return major

    def spelt_as_major(self, name: str) -> bool:
        """Whether ``name`` is written with letters beyond ASCII ("León", "Mérida")
        exactly as a major place's own name is (:meth:`major`): the spelling is the
        place's, not that of a person the stop list learned the plain form from ("Leon")."""
        if name.isascii():
            return False
        written, key = name.casefold(), fold(name)
        return any(p.name.casefold() == written and _counts_as_major(p, key, True)
                   for p in self.readings(key))

    def major_name(self, names: Iterable[str]) -> str | None:
        """The first of ``names`` (spellings a word may stand for: the stems of a place
        adjective with a place name's endings) that a country bears, else a first-level
        division or a city of ``MAJOR_POPULATION`` (see :func:`major_reading`); ``None``
        if none does. Only such places are what an adjective means: a village's name is
        far likelier a common stem's ("городской" is no village's)."""
        best: tuple[int, str] | None = None
        for name in names:
            key = fold(name)
            if key not in self.names:
                continue
            place = major_reading(self.readings(key), name)
            if place is not None and (best is None or _RANK[place.kind] < best[0]):
                best = (_RANK[place.kind], name)
        return None if best is None else best[1]

    def written_country(self, written: str) -> str:
        """The folded name of the one country whose places bear ``written`` as one of
        their names exactly as written, where that spelling is not plain ASCII and other
        places of its folded name lie elsewhere ("Genève": Geneva, Switzerland, not the
        Genevas of the United States, which GeoNames gives no French name); ``""``
        otherwise. GeoNames records French names mostly for the places French news
        writes about, so the spelling says the place where the ranking, learned on
        English, would follow the document's other countries. (Not so for Cyrillic
        names, which GeoNames gives every village of the former Soviet Union: a
        Ukrainian village is "Чечня" as written, the Russian republic is not.)"""
        if written.isascii():
            return ""
        places = list(self.readings(fold(written), ALL_READINGS))
        spelled = written.casefold()
        bearers = {p.country for p in places
                   if spelled in (n.casefold() for n in (p.name, *p.alternate_names))}
        if len(bearers) != 1 or "" in bearers or all(p.country in bearers
                                                     for p in places):
            return ""
        return fold(self.gazetteer.country(bearers.pop()).name)

    def adjective(self, word: str) -> bool:
        """Whether a word is a demonym ("Kazakh", "Canadians") and not also its country's
        own name, or the first place its name lists: "Laos", "Luxembourg", "Bonaire" (of
        "Bonaire, Saint Eustatius and Saba") and "Svalbard" (and Jan Mayen) are places,
        not adjectives; "Saudi" (Arabia) is an adjective."""
        adjective = self._adjectives.get(word)
        if adjective is None:
            country = self.gazetteer.demonym(word)
            key = word.strip().casefold()
            name = country.name.strip().casefold() if country is not None else key
            adjective = self._adjectives[word] = country is not None and not (
                name == key or name.startswith((key + ",", key + " and ")))
        return adjective


def is_latin(name: str) -> bool:
    """Whether ``name`` is written in Latin letters ("Pékin", not "Пекин")."""
    return name.isascii() or all(not ch.isalpha() or ch.isascii()
                                 or "LATIN" in unicodedata.name(ch, "") for ch in name)


def bears_name(place: Place, name: str) -> bool:
    """Whether ``place`` is called ``name`` as its own name; a name in another script
    than Latin ("Москва"), whose places are named in English, as one of its names as
    written: the transliteration "Moskva" is a Tajik village's own name, not Moscow's."""
    if is_latin(name):
        return fold(place.name) == fold(name)
    written = name.casefold()
    return any(n.casefold() == written for n in (place.name, *place.alternate_names))


def major_reading(places: Iterable[Place], name: str) -> Place | None:
    """The country among ``places`` that bears ``name``, else the first-level division
    whose towns hold ``MAJOR_POPULATION``, else the city of that many; ``None`` if none.
    A name in a script other than Latin must be one of the place's names as written
    (fold's transliteration makes "банко" of a Philippine city's stray "Banko")."""
    key, written, latin = fold(name), name.casefold(), is_latin(name)
    best: Place | None = None
    for place in places:
        if place.kind not in _RANK or not _counts_as_major(place, key, own_name=False):
            continue
        if place.kind == "admin1" and place.extra.get("cities_population",
                                                      0) < MAJOR_POPULATION:
            continue
        if not latin and written not in (n.casefold() for n in (place.name,
                                                                  *place.alternate_names)):
            continue
        if best is None or _RANK[place.kind] < _RANK[best.kind]:
            best = place
    return best


def _counts_as_major(place: Place, key: str, own_name: bool) -> bool:
    if own_name and fold(place.name).replace(" ", "") != key.replace(" ", ""):
        return False
    if place.kind == "admin1" and own_name:
        return place.extra.get("cities_population", 0) >= MAJOR_POPULATION
    if place.kind == "city":
        return (place.population or 0) >= MAJOR_POPULATION
    return place.kind in ("country", "admin1", "region")
