"""Word lists that more than one stage reads: one definition each.

Stage-specific vocabulary (event triggers, kind words, titles) lives with its stage; what
is shared lives here, so a verb of saying added once counts for recognition (a speaker is
not a place), resolution (a place that speaks is an actor), clause splitting and dating
(a date beside a statement dates the statement).
"""

from __future__ import annotations

#: The points of the compass: "north of X" puts something beside X, not in it.
COMPASS_POINTS = ("north", "south", "east", "west")

# Verbs that report speech, in the forms news text uses.
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "explained", "noted", "stated",
    "wrote", "asked", "recalled", "agreed", "testified", "declined", "announced",
    "announces", "announce", "reported", "assured", "claimed", "claims", "declared",
    "confirmed", "insisted", "insists", "tweeted",
)
# Verbs of condemning, in every form their object follows: an event named after one is
# an event told already, not a new one ("condemned the killings").
CONDEMNING_VERBS = (
    "condemn", "condemns", "condemned", "condemning", "denounce", "denounces",
    "denounced", "denouncing", "deplore", "deplores", "deplored", "deploring",
    "criticise", "criticises", "criticised", "criticising", "criticize", "criticizes",
    "criticized", "criticizing",
)
# Verbs of taking a position: a place as their subject is an actor ("Ankara condemned").
STANCE_VERBS = (
    "warned", "warns", "accused", "denied", "denies", "urged", "urges", "demanded",
    "responded", "threatened", "rejected", "decided", "pledged", "vowed",
    r"called\s+on", r"called\s+for", "blamed", "protested", "argued", "argues",
    *(verb for verb in CONDEMNING_VERBS if verb.endswith("ed")),
)
# The generic words of squares and streets, in the languages news names them in. A name
# with one is a site inside a city ("Tahrir Square", "Plaza de Mayo", "Taksim Meydanı"),
# never a town called "Plaza", "Place" or "Street". Words written after the name:
LANDMARK_WORDS_AFTER = (
    "Square", "Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Drive", "Dr.",
    "Boulevard", "Blvd.", "Lane", "Parkway", "Trail", "Pike", "Roundabout",
    "Meydanı", "Meydani", "náměstí", "Náměstí", "Prospekt", "Ulitsa", "Plein",
)
# ... words written before it ("Place de la Bastille", "Avenida Paulista", "Maidan
# Nezalezhnosti", "Palácio do Planalto"), each followed by a capitalised name, a number
# or a particle. The word after one is part of the name, not a town sharing it.
LANDMARK_WORDS_BEFORE = (
    "Plaza", "Place", "Praça", "Praca", "Piazza", "Piazzale", "Plac", "Placa", "Plaça",
    "Náměstí", "Namesti", "Maidan", "Meydan", "Midan", "Maydan", "Calle", "Carrera",
    "Avenida", "Avenue", "Av.", "Rue", "Boulevard", "Rua", "Paseo", "Ulitsa",
    "Prospekt", "Jalan", "Bulevar", "Bulevardul", "Piața", "Piata", "Trg", "Tér", "Corso",
    "Largo", "Palácio", "Palacio", "Palais", "Palazzo", "Paço", "Esplanada", "Carrer",
    "Passeig", "Avinguda", "Rambla", "Travessa", "Puerta", "Parque",
)
# The lowercase particles inside a landmark's name ("Plaza de la Constitución", "Praça
# dos Três Poderes", "Piazza del Popolo").
LANDMARK_PARTICLES = ("de", "del", "della", "dei", "degli", "delle", "di", "da", "das", "do",
                      "dos", "des", "du", "la", "las", "los", "le", "les", "el", "al", "d'",
                      "l'", "of", "the", "van", "von", "der", "den")
# ... of which these are English words too, or towns, before an institution's name
# ("Avenue Capital", "Largo Police"): they head a landmark's name only before a particle.
LANDMARK_WORDS_BEFORE_AMBIGUOUS = ("Avenue", "Boulevard", "Largo")
# ... and the endings of one-word names ("Alexanderplatz", "Karl-Marx-Straße").
LANDMARK_SUFFIXES = ("platz", "straße", "strasse", "plein", "gracht", "meydanı")
# The word for an airport, as news writes it after the airport's name ("Kennedy
# airport", "Pearson International Airport") ...
AIRPORT_WORDS_AFTER = ("Airport", "airport")
# ... and before it, in the languages news quotes airports' names in ("Aeropuerto de
# Barajas", "Flughafen Tegel", "aéroport de Roissy"); a particle of
# ``LANDMARK_PARTICLES`` may follow.
AIRPORT_WORDS_BEFORE = ("Aéroport", "aéroport", "Aeropuerto", "aeropuerto", "Aeroporto",
                        "aeroporto", "Aeroport", "aeroport", "Flughafen")
# The word "international" between an airport's name and its airport word, in those
# languages ("Aeropuerto Internacional de Ezeiza").
AIRPORT_INTERNATIONAL = ("International", "Internacional", "Internazionale",
                         "Internationaal")
# Verbs that carry a running total to a new figure: "bringing the death toll to 22".
TOTAL_CARRYING_VERBS = (
    "bring", "brings", "bringing", "brought", "take", "takes", "taking", "took", "raise",
    "raises", "raising", "raised", "push", "pushes", "pushing", "pushed", "lift", "lifts",
    "lifting", "lifted",
)
# The nouns a running total goes by: "the toll", "the tally".
TALLY_NOUNS = ("toll", "total", "tally", "number", "count")
# English number words and their values; "twenty-six" is two of them.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Ordinal words from "second" on and their values: "for a third night", "after a fifth
# day of strikes".
ORDINAL_WORDS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
#: Gatherings of a few hours: what a text tells "after Sunday's match" happened that
#: day (not "after Sunday's election", whose aftermath runs on for days).
SHORT_GATHERINGS = ("match", "game", "final", "derby", "fixture", "funeral", "vigil",
                    "concert", "service")
# Weekday and month names (with the abbreviations news uses), lower case, and the
# months' numbers: the dates read them, and places never take them for a name.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}


def alternation(words: tuple[str, ...]) -> str:
    """A regular-expression group matching any of ``words`` (longest first)."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
