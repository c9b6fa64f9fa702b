"""Word lists that more than one stage reads: one definition each.

Stage-specific vocabulary (event triggers, kind words, titles) lives with its stage; what
is shared lives here, so a verb of saying added once counts for recognition (a speaker is
not a place), resolution (a place that speaks is an actor), clause splitting and dating
(a date beside a statement dates the statement).
"""

from __future__ import annotations

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
# Verbs that carry a running total to a new figure: "bringing the death toll to 22".
TOTAL_CARRYING_VERBS = (
    "bring", "brings", "bringing", "brought", "take", "takes", "taking", "took", "raise",
    "raises", "raising", "raised", "push", "pushes", "pushing", "pushed", "lift", "lifts",
    "lifting", "lifted",
)
# The nouns a running total goes by: "the toll", "the tally".
TALLY_NOUNS = ("toll", "total", "tally", "number", "count")
# What a crowd does to property or to the symbols of power that makes its protest a
# violent demonstration in ACLED's terms (vandalism, destruction), besides burning,
# storming and looting, which have triggers of their own.
CROWD_DAMAGE_VERBS = (
    r"pulled\s+down", r"tore\s+down", r"torn\s+down", "destroyed", "damaged", "wrecked",
    "overturned", "defaced", "demolished",
)
# What a crowd burns or tears as a sign, not as damage: burning an effigy or a flag is a
# peaceful protest in ACLED's terms.
SYMBOLIC_OBJECTS = (
    r"effig(?:y|ies)", r"flags?", r"portraits?", r"pictures?", r"photo(?:graph)?s?",
    r"posters?", r"banners?", r"copies", r"ballots?",
)
# What a crowd does to press the authorities without harming anyone: ACLED's peaceful
# protest (a sit-in, a blockade, a crowd that forces an official out).
CROWD_PRESSURE_VERBS = (
    "gathered", "assembled", "chanted", "blocked", "massed", "jeered", "booed",
    "heckled", "occupied", "surrounded", "besieged", r"forced(?!\s+(?:their|its)\s+way)",
    "camped",
)
# What troops or police do on arriving somewhere, besides "deployed" and "sent": ACLED's
# deployment of forces (a strategic development) when the forces are named.
DEPLOYMENT_PHRASES = (
    r"took\s+up\s+positions?", r"taking\s+up\s+positions?", r"fanned\s+out",
    r"rolled\s+into",
)
# Causes of death and injury that are no political violence, so no ACLED event ("died
# in a road accident", "died of cholera"): the count they carry is no incident's.
HARMLESS_CAUSES = (
    r"accidents?", r"crash(?:es)?", r"collisions?", r"illness(?:es)?", r"diseases?",
    r"natural\s+causes", r"heart\s+attacks?", r"covid(?:-19)?", "cholera", "cancer",
    r"flood(?:s|ing)?", r"earthquakes?", r"landslides?", r"heat\s*stroke", "drowning",
)
# Armed non-state groups as the subject of an attack, and what they attack: a place of
# civilians makes ACLED's attack on civilians, a post of the forces an armed clash.
ARMED_GROUPS = (
    "gunmen", "militants", "jihadists", "insurgents", "bandits", "rebels", "attackers",
    "assailants", r"armed\s+men", "militiamen", "militias?", "fighters", "extremists",
)
ATTACK_VERBS = (
    "attacked", "raided", "stormed", "struck", "targeted", r"opened\s+fire\s+on",
)
CIVILIAN_TARGETS = (
    "villages?", "markets?", "churche?s?", "mosques?", "schools?", "buses", "bus",
    r"camps?", "hospitals?", "civilians", "villagers", "worshippers", "passengers",
    "farmers", "homes", "houses", "settlements?", "hamlets?",
)
FORCE_TARGETS = (
    r"(?:army|military|police|security|border|government)\s+(?:posts?|bases?|stations?|"
    r"checkpoints?|convoys?|patrols?|barracks|positions?|outposts?|camps?)",
    "soldiers", "troops", "policemen", r"police\s+officers",
)
# Work stoppages by their names across news regions: ACLED codes a strike as a
# peaceful protest ("general strike" and "on strike" have triggers of their own).
STOPPAGE_WORDS = (
    r"walk(?:ed|ing)?\s+off\s+the(?:ir)?\s+jobs?", r"walk-?outs?", r"stay-?aways?",
    r"bandhs?", r"hartals?", r"general\s+shutdown", r"(?:staged|held|began|launched|"
    r"started|observed|joined)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:strike|shutdown)",
)
# What police do to a crowd to control it, besides the weapons they use: ACLED's
# protest with intervention, when a crowd is named.
CROWD_CONTROL_ACTS = (
    r"tear-?gass(?:ed|ing)",
    r"charg(?:ed|ing)\s+(?:at\s+|into\s+)?(?:the\s+)?(?:\w+\s+)?(?:crowds?|"
    r"protesters|demonstrators|marchers)",
)
# Crowds that gather for no protest: to celebrate, to worship, to watch. A crowd that
# "gathered on the square" with one of these words near is no ACLED event.
FESTIVE_WORDS = (
    "fans", "worshippers", "pilgrims", "tourists", "spectators", "revellers", "shoppers",
    r"celebrat\w*", r"to\s+watch", "mass", r"prayers?", r"concerts?", r"festivals?",
    r"weddings?", r"parades?", r"new\s+year", "christmas", r"eid", r"victory",
)
# The seats of power a crowd gathers outside to be heard: a crowd massed outside one is
# a protest in ACLED's terms, where a crowd outside a stadium or a shop is not.
SEATS_OF_POWER = (
    "ministry", "parliament", "palace", "court", "courthouse", "embassy", "consulate",
    "headquarters", "offices", r"town\s+hall", r"city\s+hall", "prison", r"police\s+station",
    "assembly", "legislature", "residence", "congress", "senate", "prefecture",
    "governorate", "commission",
)
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


def alternation(words: tuple[str, ...]) -> str:
    """A regular-expression group matching any of ``words`` (longest first)."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
