"""French: the word lists several stages share, and the base forms a word is matched by.

French inflects little in news prose: participles and adjectives take ``-e`` and ``-s``
("interpellées", "blessés"), nouns ``-s`` or ``-x``. So a word is matched against these
lists by its spelled-out base forms (:func:`forms`), written in the lists in the
masculine singular, with no model to load; conjugated verbs that news uses are listed
as they are spelled ("manifestent", "a déclaré" → "déclaré").
"""

from __future__ import annotations

from functools import cache


@cache
def forms(word: str) -> tuple[str, ...]:
    """The forms ``word`` may be listed under (lower case): itself, without a plural
    ``-s``/``-x`` and without a feminine ``-e`` ("interpellées" → ..., "interpellé")."""
    word = word.lower().replace("’", "'")
    found = [word]
    if len(word) > 3 and word[-1] in "sx":
        found.append(word[:-1])
    found.extend(f[:-1] for f in list(found) if len(f) > 3 and f.endswith("e"))
    return tuple(dict.fromkeys(found))


#: Verbs that report speech, as news spells them (participles and the present): a
#: place as their subject speaks ("Paris a déclaré"), and a date beside them dates the
#: statement. "selon" ("according to") introduces a source the same way.
SPEECH_VERBS = frozenset({
    "déclaré", "déclare", "indiqué", "indique", "affirmé", "affirme", "annoncé",
    "annonce", "précisé", "précise", "ajouté", "ajoute", "expliqué", "explique",
    "souligné", "souligne", "dit", "rapporté", "rapporte", "confirmé", "confirme",
    "assuré", "assure", "estimé", "estime", "signalé", "signale", "communiqué",
    "fait savoir", "selon", "écrit", "publié", "relevé", "raconté", "raconte",
    "reconnu", "reconnaît", "informé",
})
#: Verbs that report only beside one of these words ("a-t-on appris", "selon le bilan
#: établi par", "a dressé la liste des victimes"): alone they act ("ont dressé des
#: barricades", "ont établi des barrages").
_TALLY_NOUNS = frozenset({"bilan", "liste", "constat", "décompte"})
SPEECH_CUES = {"appris": frozenset({"a-t-on", "on", "avons"}),
               "établi": _TALLY_NOUNS, "dressé": _TALLY_NOUNS}
#: Verbs of taking a position ("Paris a condamné", "l'ONG a dénoncé").
STANCE_VERBS = frozenset({
    "condamné", "condamne", "dénoncé", "dénonce", "démenti", "dément", "nié", "nie",
    "exigé", "exige", "appelé", "appelle", "accusé", "accuse", "menacé", "menace",
    "averti", "rejeté", "rejette", "critiqué", "critique", "réclamé", "réclame",
    "déploré", "déplore", "réagi", "fustigé", "fustige", "salué", "salue", "demandé",
    "demande", "exhorté", "regretté", "regrette",
})
#: Words that negate what follows ("n'ont pas manifesté", "aucune arrestation", "sans
#: incident"); "pas", "plus" and "jamais" only with "ne", which precedes them.
NEGATION = frozenset({"ne", "n", "aucun", "nul", "sans", "ni"})
#: Number words and their values; compounds join them ("dix-sept", "quatre-vingts",
#: "vingt et un", "deux mille").
NUMBER_WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
}
#: The words that multiply the number before them ("deux mille").
NUMBER_SCALES = {"mille": 1000, "million": 1_000_000, "millier": 1000}
#: Approximate nouns ("une vingtaine", "une douzaine") with their values. Their plurals
#: ("des dizaines", "des centaines") and "plusieurs", "quelques" give no count (the
#: project's French and Russian sets leave vague amounts empty), nor does "une
#: dizaine", which news uses as "a handful" ("une dizaine de blessés légers"): its 0
#: reads the phrase as a number (its "une" is no person) that counts nothing.
APPROXIMATE_NUMBERS = {
    "dizaine": 0, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    "millier": 1000,
}
#: Months, with the abbreviations news uses.
MONTHS = {"janvier": 1, "janv": 1, "février": 2, "févr": 2, "fevrier": 2, "mars": 3,
          "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
          "aout": 8, "septembre": 9, "octobre": 10, "oct": 10, "novembre": 11,
          "nov": 11, "décembre": 12, "déc": 12, "decembre": 12}  # not "sept": seven
#: Weekdays, Monday first.
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: Ordinal numbers ("la troisième nuit consécutive"), by their base forms.
ORDINALS = {"deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
            "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10}

#: Words that make the name after them a street's or a square's ("place de la Nation",
#: "boulevard du Midi", "porte d'Aix"): the recogniser reads such a name as a street of
#: its city, the event detector puts no event at it.
STREET_WORDS = ("rue", "avenue", "boulevard", "place", "quai", "cours", "allée", "allées",
                "impasse", "chemin", "route", "pont", "porte", "esplanade", "square",
                "rond-point", "carrefour", "parvis", "promenade", "faubourg", "jardin",
                "parc")

#: The points of the compass ("l'Ouest", "le Nord"): a direction, not the region some
#: country calls so, whatever article stands before it.
COMPASS_POINTS = frozenset({"nord", "sud", "est", "ouest"})
