"""French name forms the French recognizer reads (:mod:`geo.recognize.french`): the
place names a demonym's stem may come from ("maliennes" → "mali"), and streets, squares
and quarters named after their kind word ("place de la Nation")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo.languages import fr
from geo.recognize.candidate import Candidate

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
