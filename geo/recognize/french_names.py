"""French name forms the French recognizer reads (:mod:`geo.recognize.french`): the
place names a demonym's stem may come from ("maliennes" → "mali"), streets, squares
and quarters named after their kind word ("place de la Nation"), towns whose article a
preposition swallowed ("aux Mureaux") and communes with a shortened saint
("Ste-Maxime")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from gazetteer.normalize import ABBREVIATIONS, fold
from geo.languages import fr
from geo.recognize.candidate import Candidate
from geo.recognize.lookup import NameLookup

# Feminine and plural endings of demonyms, as folded (no accents), and their masculine.
_FEMININE = (("ienne", "ien"), ("eenne", "een"), ("enne", "en"), ("onne", "on"),
             ("aise", "ais"), ("aine", "ain"), ("oise", "ois"), ("ane", "an"),
             ("ine", "in"))
# Demonym suffixes, the longest first; and the endings a place's name may have on the
# stem before one ("mali-en", "alger-ien" → "algerie", "lyonn-ais" → "lyon").
_SUFFIXES = ("ien", "een", "ais", "ain", "ois", "an", "en", "in")
_NAME_ENDINGS = ("", "e", "ie", "a", "i", "o", "ee", "que", "es", "s", "stan", "istan")
_SHORTEST_STEM = 4
# Streets' words (:data:`geo.languages.fr.STREET_WORDS`) and quarters' make the name
# after them a street's or a quarter's ("quartier Pablo-Picasso"), which resolve to their
# city. The street's own word belongs to its name; a quarter's does not.
_QUARTER_WORDS = ("quartier", "quartiers", "cité", "banlieue")
_CAPITALISED = r"[A-ZÀ-Ý0-9][\w'’-]*"
_LINK = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|l['’]|la\s+|le\s+)"
_STREET = re.compile(
    rf"(?<![\w-])(?P<word>(?i:{'|'.join(fr.STREET_WORDS + _QUARTER_WORDS)}))\s+(?:{_LINK})?"
    rf"(?P<name>{_CAPITALISED}(?:\s+{_LINK}?{_CAPITALISED})*)")

# A capitalised name, one word or several joined by hyphens, and one after a
# preposition that swallows "le" or "les" ("au Havre" is "à Le Havre").
_HYPHENATED_NAME = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
_HYPHENATED = re.compile(r"(?<![\w'’-])" + _HYPHENATED_NAME)
_CONTRACTED_NAME = re.compile(r"(?<![\w'’])(?P<word>au|du|aux|des)\s+"
                              r"(?P<name>" + _HYPHENATED_NAME + ")")
# The saint of a hyphenated name, shortened ("Ste-Maxime", "Villeneuve-St-Georges").
_SAINT = re.compile(r"\b(Ste?)\.?(?=-)")


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


def streets(text: str) -> Iterable[Candidate]:
    """Streets, squares and quarters named after their kind word ("place de la Nation",
    "la porte d'Aix", "le quartier Pablo-Picasso"): mentions of the city they are in
    (hint ``street``)."""
    for m in _STREET.finditer(text):
        quarter = m["word"].lower() in _QUARTER_WORDS
        start = m.start("name") if quarter else m.start()
        name = text[start:m.end("name")]
        yield Candidate(start, m.end("name"), name, "named", name, "street", source="rule")


def article_towns(text: str, named: set[int], lookup: NameLookup) -> Iterable[Candidate]:
    """Towns named with "Le"/"Les" whose bare name the gazetteer does not know, after
    "au", "du", "aux", "des" ("aux Mureaux", "au Blanc-Mesnil"): the NER finds the bare
    name (at one of ``named``, where its entities other than organisations begin) but
    calls it a place or a person's, and without the article the English rules find no
    place. Only a town's full name counts ("des Français" names none), only where the
    bare name is no other place's, and only a name the NER saw ("autour du Palais du
    peuple" is a building)."""
    for m in _CONTRACTED_NAME.finditer(text):
        name = m["name"]
        if m.start("name") not in named:
            continue
        article = "Les " if m["word"].lower() in ("aux", "des") else "Le "
        towns = {p.id for p in lookup.readings(fold(article + name)) if p.kind == "city"}
        # (a bare name of another place is that place: "au Niger" the country, "du
        # Port" any of several villages called Port)
        if not towns or {p.id for p in lookup.readings(fold(name))} - towns:
            continue
        yield Candidate(m.start("name"), m.end("name"), name, "named", article + name,
                        source="rule")


def saint_names(text: str, lookup: NameLookup) -> Iterable[Candidate]:
    """Hyphenated names with a shortened saint that the gazetteer knows written out
    ("à Villeneuve-St-Georges"), which the English rules drop as unknown."""
    for m in _HYPHENATED.finditer(text):
        if not _SAINT.search(m.group()):
            continue
        cand = Candidate(m.start(), m.end(), m.group(), "named", m.group(), source="rule")
        if (full := saint_written_out(cand, lookup)) != cand:
            yield full


def saint_written_out(cand: Candidate, lookup: NameLookup) -> Candidate:
    """``cand`` with "St-"/"Ste-" written out where the gazetteer knows the name only so
    ("Ste-Maxime" → "Sainte-Maxime"): French news shortens the saint of a hyphenated
    commune's name as English shortens "Saint Paul"."""
    if cand.kind != "named" or lookup.known(cand.query):
        return cand
    full = _SAINT.sub(lambda m: ABBREVIATIONS[m[1]], cand.query)
    return replace(cand, query=full) if full != cand.query and lookup.known(full) else cand
