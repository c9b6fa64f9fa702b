"""The event lexicon: trigger patterns typed in ACLED's and PLOVER's vocabularies.

Each :class:`Rule` is a regular expression over a clause and the event it signals. The
patterns are written for any country's unrest news (inflections spelled out, no place or
person names). Context refines a trigger's type in :mod:`geo.events.detect`: a clash between
protesters and police is a riot, arson during unrest is a violent demonstration.

Length: the English trigger lexicon in one place, over the usual limit; its rules share
the crowd, damage and festive word lists, which split modules would pass around.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.lexicon import alternation

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
# People hurt during unrest who took no part in it: their killing is an attack on them
# (ACLED's violence against civilians), not the crowd's riot nor force against it.
NON_PARTICIPANTS = (
    r"journalists?", r"reporters?", r"photo(?:graphers?|journalists?)", r"camera(?:m[ae]n|"
    r"wom[ae]n|persons?)", r"bystanders?", r"passers?-?by", r"onlookers?",
    r"shopkeepers?", r"passengers",
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
    r"hurricanes?", r"cyclones?", r"typhoons?", r"tornado(?:e?s)?", r"storms?", r"tsunamis?",
    r"avalanches?", r"mudslides?", r"epidemics?", r"pandemics?",
)
# Armed non-state groups as the subject of an attack, and what they attack: a place of
# civilians makes ACLED's attack on civilians, a post of the forces an armed clash.
ARMED_GROUPS = (
    "gunmen", "militants", "jihadists", "insurgents", "bandits", "rebels", "attackers",
    "assailants", r"armed\s+men", "militiamen", "militias?", "fighters", "extremists",
    "separatists", "clans(?:men)?", r"armed\s+(?:groups?|organi[sz]ations?|factions?)",
)
ATTACK_VERBS = (
    "attacked", "raided", "stormed", "struck", "targeted", r"opened\s+fire\s+on",
)
# People a crowd or armed men turn on (a crowd that attacks them commits mob violence;
# one that attacks buildings, a violent demonstration).
CIVILIAN_PEOPLE = (
    "civilians", "villagers", "worshippers", "passengers", "farmers", "traders", "migrants",
    "foreigners", r"foreign\s+nationals", "shopkeepers", "families",
)
# Trades that turn out as a crowd to fight the police over their work ("taxi drivers
# fought running battles with police"): no party to a battle, as a crowd is none.
WORKING_CROWDS = (
    "drivers", "riders", "motorcyclists", "dockers", "porters", "boatmen", r"labou?rers",
    "loggers", "hauliers",
)
CIVILIAN_TARGETS = (
    "villages?", "markets?", "churche?s?", "mosques?", "schools?", "buses", "bus",
    r"camps?", "hospitals?", "homes", "houses", "settlements?", "hamlets?", *CIVILIAN_PEOPLE,
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
    r"bandhs?", r"hartals?", r"general\s+shutdown",
    # any tense ("would hold a strike", "are staging strikes"); not a military strike
    r"(?:stag(?:e|ed|es|ing)|h[oe]ld|holds|holding|beg[iau]n|begins|beginning|"
    r"launch(?:ed|es|ing)?|start(?:ed|s|ing)?|observ(?:e|ed|es|ing)|join(?:ed|s|ing)?)"
    r"\s+(?:an?\s+|the\s+|their\s+)?(?:(?!(?:air|drone|missile|rocket|military|"
    r"artillery|pre-?emptive|retaliatory|surgical|hunger)\b)[\w-]+\s+)?"
    r"(?:strikes?|shutdowns?)",
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
    r"(?:street|block|birthday)\s+part(?:y|ies)", "mourners", r"funerals?", r"to\s+bury",
    r"briefings?",
)
# The seats of power a crowd gathers outside to be heard: a crowd massed outside one is
# a protest in ACLED's terms, where a crowd outside a stadium or a shop is not.
SEATS_OF_POWER = (
    "ministry", "parliament", "palace", "court", "courthouse", "embassy", "consulate",
    "headquarters", "offices", r"town\s+hall", r"city\s+hall", "prison", r"police\s+station",
    "assembly", "legislature", "residence", "congress", "senate", "prefecture",
    "governorate", "commission",
)

PROTESTS, RIOTS, BATTLES = "Protests", "Riots", "Battles"
EXPLOSIONS, VIOLENCE = "Explosions/Remote violence", "Violence against civilians"
STRATEGIC = "Strategic developments"
VIOLENT_TYPES = frozenset({RIOTS, BATTLES, EXPLOSIONS, VIOLENCE})


@dataclass(frozen=True, slots=True)
class Rule:
    """A trigger: ``pattern`` found in a clause signals this event.

    ``weak`` triggers (a bare "killed") only make an event when no other event in the
    clause can take their counts. ``needs`` is a second pattern the clause must also
    contain ("deployed" is a deployment only if troops or police are named).
    """

    name: str
    pattern: re.Pattern
    event_type: str
    sub_event_type: str
    plover: str
    subtype: str = ""
    actor: str = ""
    weak: bool = False
    needs: re.Pattern | None = None


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


# "<armed group> ... attacked ... <target>", the target as the object of the attack.
_ARMED_ATTACK = (rf"{alternation(ARMED_GROUPS)}(?: [\w-]+){{0,3}}? {alternation(ATTACK_VERBS)} "
                 r"(?:[\w'’-]+ ){0,3}?")
_FORCES = _re(r"\b(?:troops|soldiers|police|policemen|forces|army|military|guards?|"
              r"peacekeepers|contingent|paratroopers|units|gendarmes|reinforcements|"
              r"officers|vehicles|tanks)\b")
# the forces a crowd or armed men battle
_BATTLED_SIDE = r"(?:police|troops|soldiers|gendarmes|security\s+forces)"
CROWD = _re(r"\b(?:protest\w*|demonstrat\w*|crowds?|rall\w+|march\w*|students|"
             r"workers|supporters|activists|youths|residents|gatherings?|vigils?|sit-ins?|"
             # a trade out in the street ("fired tear gas at vendors"), and the trades
             # that block roads to press a demand ("farmers blocked the highway"; not
             # motorists or villagers, whom a blocked road strands)
             r"vendors|traders|hawkers|strikers|farmers|truckers|(?:bus |taxi )operators|miners|"
             r"fishermen|herders|teachers|nurses|doctors|pensioners)\b")
# ... and people counted who block ("several hundred people blocked the highway"), not
# people stranded ("hundreds of people were unable to pass", "were blocked on the road").
_ROAD_BLOCKERS = _re(rf"{CROWD.pattern}|\b(?:hundreds?|thousands?|dozens?|scores|\d[\d,]*) "
                     r"(?:of )?people (?!(?:were|was|are|is|been|being|got|get)\b)"
                     r"(?:[\w'’-]+ ){0,2}?(?:block|blockad|barricad)")

RULES: tuple[Rule, ...] = (
    Rule("excessive_force", _re(
        r"\b(?:live (?:ammunition|fire|rounds|bullets)|(?:opened fire|fired) (?:on|into|at) "
        r"(?:the )?(?:\w+ ){0,3}(?:protesters|demonstrators|crowds?|marchers|mourners|"
        r"supporters|strikers)|"
        r"(?:shot dead|killed|killing|shot) (?:\w+ ){0,2}(?:protesters?|demonstrators?|"
        r"marchers?|mourners?))"),
        PROTESTS, "Excessive force against protesters", "ASSAULT", actor="protesters"),
    Rule("intervention", _re(
        r"\b(?:tear ?gas|water cannons?|rubber bullets|stun grenades|pepper spray|"
        r"(?:was|were|been|being) dispersed|dispers(?:ed|ing|e)(?= (?:the|a|an|them|their|"
        r"its|hundreds|thousands|dozens|scores|crowds?|protest\w*|demonstrat\w*|marchers|"
        r"rall\w+|gatherings?|students|supporters|sit-ins?|\d))|broke up|break up|"
        rf"baton[- ]charged|batons|kettled|{alternation(CROWD_CONTROL_ACTS)}|"
        r"(?:removed|cleared) (?:the )?(?:roadblocks|barricades|blockades|protest "
        r"camps?|protesters|demonstrators)|"
        # "dismantled a three-week-old protest camp", "tore down the protesters' tents"
        r"(?:removed|cleared|dismantled|dismantling|tore down|razed|bulldozed) (?:an? |the |"
        r"their )?(?:[\w'’-]+ ){0,4}?(?:protest|protesters'?|demonstrators'?|sit-in) "
        r"(?:camps?|encampments?|tents|barricades))\b"),
        PROTESTS, "Protest with intervention", "PROTEST", actor="protesters",
        needs=CROWD),
    Rule("riot", _re(
        r"\b(?:riots?(?! (?:police|gear|squads?|control|shields?|units?))|rioting|"
        r"rioted|turned (?:violent|into riots)|violent "
        r"(?:protests?|demonstrations?|clashes|unrest)|(?:threw|hurled|throwing|"
        r"hurling|pelted|pelting) (?:\w+ )?(?:stones|rocks|petrol bombs|molotov "
        r"cocktails|bottles|fireworks|bricks)|(?:stone|rock)[- ](?:pelting|throwing|throwers)|"
        r"burn(?:ed|t|ing) "
        r"(?:\w+ )?(?:tyres|tires|barricades)|(?:unrest|violence) (?:erupted|"
        r"broke out|flared|spread))\b"),
        RIOTS, "Violent demonstration", "PROTEST", actor="rioters"),
    Rule("crowd_violence", _re(
        r"\b(?:protesters|demonstrators|rioters|crowds?|youths|students|supporters|"
        r"mobs?) (?:\w+ ){0,5}?(?:attacked|torched|burned|set fire|smashed|"
        r"vandali[sz]ed|ransacked|stormed|storming|seized|pelted|threw|"
        rf"{alternation(CROWD_DAMAGE_VERBS)}|"
        r"occupied(?! (?:the |a |an )?(?:[\w-]+ ){0,2}(?:intersection|square|junction|"
        r"roundabout|road|street|park|highway|bridge|avenue|campus))|"
        r"(?:tried|attempted) to (?:storm|break into|force their way into)|"
        r"broke (?:into|through)|forced their way into)\b"),
        RIOTS, "Violent demonstration", "PROTEST", actor="rioters"),
    Rule("mob", _re(r"\b(?:mobs?\b(?:\s+\w+){0,4}?\s+(?:attacked|lynched|beat|beaten|"
                    r"killed|torched|stormed|burned|stoned|hacked|set fire|set (?:\w+ ){0,4}?"
                    r"(?:on fire|ablaze|alight))|(?:beaten|stoned|hacked|burned|burnt|"
                    r"lynched|killed)(?: to death)? by (?:an? )?(?:\w+ )?mobs?|"
                    r"lynch(?:ed|ing)|vigilantes|"
                    # a crowd of ordinary people that turns on people: "residents armed
                    # with sticks attacked migrant traders", "a crowd chased and beat"
                    r"(?:crowds?|residents|villagers|(?:hundreds|dozens|scores|groups?) of "
                    r"(?:\w+ )?(?:people|residents|men|youths))\b"
                    r"(?:\s+(?!(?:said|told|says)\b)[\w,-]+){0,8}?\s+"
                    r"(?:(?:attacked|stoned)\s+(?:[\w'’-]+\s+){0,3}?"
                    rf"{alternation(CIVILIAN_PEOPLE)}|beat|(?:chased|dragged) and beat))\b"),
         RIOTS, "Mob violence", "ASSAULT", actor="rioters"),
    Rule("protest", _re(
        r"\b(?:protests?(?! (?:camps?|leaders?|movements?|organi[sz]ers|groups?|"
        r"sites?|songs?|votes?))|protested|protesting|demonstrations?|demonstrated|"
        r"rall(?:y|ies|ied)|(?-i:march)|marche[sd]|sit-ins?|(?:took|take|taken|"
        r"taking) to the streets|general strike|went on strike|on strike|strikers|"
        rf"hunger strike|{alternation(STOPPAGE_WORDS)}|picket(?:s|ed|ing)|vigils?|"
        r"human chains?(?! to (?:pass|carry|move|hand))|"
        r"(?:burn(?:ed|t|ing)|set fire to|set alight|torched|tore up) (?:an? |the )?(?:\w+ )?"
        rf"{alternation(SYMBOLIC_OBJECTS)}|"
        r"(?:protesters|demonstrators|"
        rf"crowds?) (?:\w+ ){{0,3}}{alternation(CROWD_PRESSURE_VERBS)}|"
        r"(?:gathered|assembled|massed) (?:[\w'’-]+ ){0,8}?to (?:demand|protest|denounce|"
        r"call for|oppose|condemn|chant)|(?:hundreds|thousands|dozens|scores|"
        r"\d[\d,]*) (?:of )?(?:\w+ ){0,3}?(?:gathered|assembled|massed|poured into|filled) "
        r"(?:(?:on|in|at|into|in front of) )?(?:the )?(?:streets?|squares?|\w+ (?:squares?|"
        r"avenues?|streets?|boulevards?|parks?|intersections?|junctions?|roundabouts?))|"
        # a crowd massed somewhere, no aim told, in any manner: a protest unless FESTIVE words
        r"(?:hundreds?|thousands|dozens|scores|\d[\d,]*) (?:of )?(?:\w+ ){0,3}?(?:gathered|"
        r"assembled|massed) (?:(?:\w+ly|again) ){0,2}(?:in|at|near|along|outside) |"
        r"(?:gathered|assembled|massed|rallied) outside (?:the )?(?:[\w'’-]+ ){0,3}?"
        rf"{alternation(SEATS_OF_POWER)}|parked their (?:\w+ )?(?:buses|trucks|lorries|"
        r"tractors|taxis|minibuses|vehicles) across)\b"),
        PROTESTS, "Peaceful protest", "PROTEST", actor="protesters"),
    Rule("blockade", _re(r"\b(?:(?:block(?:ed|ing)|blockad(?:ed|ing)|barricad(?:ed|ing)) "
                         r"(?:\w+ ){0,2}(?:roads?|streets?|highways?|traffic|"
                         r"bridges?|entrances?|railways?)|(?:set up|setting up|erected|"
                         r"erecting|put up|built|mounted) (?:\w+ )?barricades)\b"),
         PROTESTS, "Peaceful protest", "PROTEST", actor="protesters", needs=_ROAD_BLOCKERS),
    Rule("regain", _re(
        r"\b(?:retook|retaken|retake|recaptured?|recapturing|regain(?:ed|s)? control|"
        r"(?:took|taken|brought) back (?:under )?(?:\w+ )?control|back under "
        r"(?:\w+ )?control|liberated|cleared (?:\w+ )?of (?:militants|rebels|"
        r"rioters|insurgents))\b"),
        BATTLES, "Government regains territory", "ASSAULT", actor="state forces"),
    Rule("overtake", _re(r"\b(?:seized control of|took control of|taken control of|"
                         r"overran|overrun|(?:captured|seized|took over) the (?:\w+ )?"
                         r"(?:town|city|village|base|airport|district)(?!'s))\b"),
         BATTLES, "Non-state actor overtakes territory", "ASSAULT"),
    Rule("clash", _re(
        r"\b(?:clash(?:es|ed)?|exchanges? of fire|exchanged fire|gun ?fights?|"
        r"firefights?|(?<!penalty )shoot-?outs?|gun ?battles?|heavy fighting|"
        # battles of a crowd or the forces, not of unions or rival firms
        rf"(?:pitched|running|street) battles(?=[^.;]{{0,80}}?(?:{_BATTLED_SIDE}|{CROWD.pattern}))|"
        r"fighting (?:between|"
        r"broke out|erupted|raged)|fought|skirmish(?:es)?|ambush(?:ed)?|"
        # "miners battled riot police"; not a blaze, an illness or a rival
        rf"battled(?=\s+(?:with\s+)?(?:the\s+)?(?:riot\s+)?{_BATTLED_SIDE})|"
        rf"{_ARMED_ATTACK}{alternation(FORCE_TARGETS)})\b"),
        BATTLES, "Armed clash", "ASSAULT"),
    Rule("air", _re(r"\b(?:air ?strikes?|drone (?:strikes?|attacks?)|air raids?|"
                    r"warplanes?|bombed from the air|dropped by (?:a )?drones?|"
                    r"drones? (?:dropped|hit|struck))\b"),
         EXPLOSIONS, "Air/drone strike", "ASSAULT"),
    Rule("shelling", _re(
        r"\b(?:shelling|shelled|artillery|mortar (?:fire|rounds|shells|attacks?)|"
        r"rockets? (?:fired|hit|struck|landed|attacks?)|missiles? (?:hit|struck|"
        r"strikes?|attacks?)|(?:fired|launched) (?:\w+ )?(?:rockets|missiles))\b"),
        EXPLOSIONS, "Shelling/artillery/missile attack", "ASSAULT"),
    Rule("suicide", _re(r"\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|car bomb)\b"),
         EXPLOSIONS, "Suicide bomb", "ASSAULT", actor="unidentified armed group"),
    Rule("grenade", _re(r"\b(?<!stun )(?<!sound )(?<!smoke )(?<!flash )grenades?\b"
                        r"(?! launchers?)"),
         EXPLOSIONS, "Grenade", "ASSAULT"),
    Rule("explosive", _re(
        r"\b(?:car bomb|roadside bomb|IEDs?|improvised explosive|land ?mines?|"
        r"explosive device|bomb (?:exploded|went off|blast)|blasts?|explosions?|"
        r"exploded|detonated)\b"),
        EXPLOSIONS, "Remote explosive/landmine/IED", "ASSAULT"),
    Rule("abduction", _re(r"\b(?:abduct(?:ed|ion|ions|s)?|kidnap(?:ped|ping|pings|s)?|"
                          r"forcibly disappeared|taken hostage|hostage-taking|"
                          r"(?:held|holding|took|taking) (?:\w+ ){0,5}?hostages?)\b"),
         VIOLENCE, "Abduction/forced disappearance", "ASSAULT"),
    Rule("sexual", _re(r"\b(?:raped?|sexual(?:ly)? (?:violence|assault(?:ed)?))\b"),
         VIOLENCE, "Sexual violence", "ASSAULT"),
    Rule("attack", _re(
        r"\b(?:massacred?|(?:attacked|killed|shot|stabbed|beheaded|executed) "
        r"(?:\w+ ){0,2}(?:civilians|villagers|residents|worshippers|passengers|"
        r"farmers|students|journalists?|pilgrims|shoppers|bystanders)|gunmen "
        r"(?:(?!(?:had|have|has|were|was|been|being)\b)\w+ ){0,3}(?:killed|attacked|"
        r"opened fire|shot|stormed)|"
        rf"{_ARMED_ATTACK}{alternation(CIVILIAN_TARGETS)})\b"),
        VIOLENCE, "Attack", "ASSAULT", actor="unidentified armed group"),
    Rule("weapons", _re(
        r"\b(?:defus(?:ed|ing)|bomb disposal|(?:seized|confiscated) (?:\w+ ){0,3}"
        r"(?:weapons|arms|explosives|ammunition|guns|rifles)|(?:weapons|arms) "
        r"caches?|intercepted (?:\w+ )?(?:missiles?|drones?|rockets?)|shot down "
        r"(?:\w+ )?(?:drones?|missiles?))\b"),
        STRATEGIC, "Disrupted weapons use", "COERCE"),
    Rule("group_change", _re(
        r"\b(?:disbanded|dissolved (?:the |its )?(?:group|militia|party|movement)|"
        r"laid down (?:their |its )?(?:arms|weapons)|surrendered|defected|"
        r"announced (?:its|the) (?:formation|merger))\b"),
        STRATEGIC, "Change to group/activity", "RETREAT"),
    Rule("arson", _re(
        r"\b(?:set (?:on )?fire|set (?:\w+ ){0,6}?(?:on fire|ablaze|alight)|"
        r"torch(?:ed|ing)|burn(?:ed|t) down|burn(?:ed|t) (?:\w+ ){0,3}(?:cars?|"
        r"vehicles?|buildings?|shops?|houses?|homes?|offices?|stations?|buses|bus|"
        r"trucks?|posts?)|(?:was|were) (?:\w+ )?burn(?:ed|t)|burning (?:cars|vehicles|"
        r"buses|trucks|lorries)|"
        r"firebomb(?:ed|ing|s)?|petrol[- ]bombed|arson)\b"),
        STRATEGIC, "Looting/property destruction", "ASSAULT", subtype="arson"),
    Rule("looting", _re(r"\b(?:loot(?:ed|ing)|ransack(?:ed|ing)|vandali[sz](?:ed|ing)|"
                        r"pillag(?:ed|ing)|plunder(?:ed|ing)|smash(?:ed|ing) "
                        r"(?:\w+ )?(?:windows|shops|shopfronts|cars|vehicles))\b"),
         STRATEGIC, "Looting/property destruction", "ASSAULT"),
    Rule("arrest", _re(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing|s)?|detentions?|"
                       r"rounded up|taken into custody|apprehended|jailed)\b"),
         STRATEGIC, "Arrests", "COERCE"),
    Rule("emergency", _re(r"\b(?:state of (?:emergency|siege)|emergency rule|"
                          r"martial law|emergency decree)\b"),
         STRATEGIC, "Other", "COERCE", subtype="state_of_emergency",
         actor="state forces"),
    Rule("curfew", _re(r"\bcurfews?\b"),
         STRATEGIC, "Other", "COERCE", subtype="curfew", actor="state forces"),
    Rule("checkpoint", _re(r"\b(?:checkpoints?|check-points?|roadblocks?|road blocks?|"
                           r"checkposts?)\b"),
         STRATEGIC, "Other", "MOBILIZE", subtype="checkpoint", actor="state forces",
         needs=_re(r"\b(?:set up|established|erected|installed|put up|mounted|"
                   r"manned|setting up|establishing|\d+|dozens|hundreds)\b")),
    Rule("deployment", _re(
        r"\b(?:deploy(?:ed|ing|ment|s)?|dispatch(?:ed|ing)?|sent (?:in )?(?:\w+ ){0,3}"
        r"(?:troops|soldiers|forces|police|reinforcements|paratroopers|platoons|"
        # "units", "companies" and "contingents" of anyone else ("sent two units",
        # of engineers or firemen) are no forces: only "police units", "army companies"
        r"battalions|detachments|(?:police|army|military|troop|security|riot) "
        r"(?:units|companies|contingents))|arriv(?:ed|al|ing)|"
        r"(?:ordered|sent|put) (?:\w+ ){0,2}(?:troops|soldiers|the army|police|forces) "
        r"(?:onto|into|on) the streets|(?:(?:troops|soldiers|forces|police|reinforcements|"
        r"gendarmes|paratroopers) (?:\w+ ){0,3}?|"
        # the army itself, not its headquarters or its budget, moved
        r"(?:army|military) (?:(?:troops|soldiers|units|forces|reinforcements|columns|"
        r"convoys|platoons|companies|battalions|contingents|detachments|was|were|"
        r"has|have|had|been|being|is|are|also|then|\w+ly) ){0,3}?)"
        # "were sent there", "were flown in": the place was told before
        r"(?:sent|rushed|flown|airlifted|moved|bused) (?:(?:in)?to|"
        r"there\b)|(?:troops|soldiers|army|military|gendarmes|paratroopers|reinforcements) "
        r"(?:\w+ ){0,3}?(?:sent|rushed|flown|airlifted|moved|bused) in\b|"
        rf"patroll?(?:ed|ing|s)|reinforcements|mobili[sz](?:ed|ing)|"
        rf"{alternation(DEPLOYMENT_PHRASES)})\b"),
        STRATEGIC, "Other", "MOBILIZE", subtype="troop_deployment", needs=_FORCES),
    Rule("casualties", _re(r"\b(?:killed|killing|dead|died|deaths?|death toll|"
                           r"shot dead|wounded|injured|injuring|wounding|"
                           r"(?:was|were|been|being) shot|gunned down|lost their lives|"
                           r"(?:beaten|beat (?:\w+ )?|hacked|stabbed|burned|burnt) to death)\b"),
         VIOLENCE, "Attack", "ASSAULT", weak=True),
)

#: A death or injury told with a cause that is no violence ("died in a road accident"),
#: searched from the casualty word on: no incident.
HARMLESS_DEATH = _re(r"\W+(?:[\w-]+\s+){0,4}?(?:in|of|from|after)\s+(?:an?\s+|the\s+)?"
                     rf"(?:[\w-]+\s+){{0,2}}?{alternation(HARMLESS_CAUSES)}\b")
#: ... and the cause as the killing's subject, searched back from the casualty word
#: ("floods that killed 12", "a cyclone, which killed dozens"; names may follow it).
#: A vehicle's accident told by its verb does the same: "a bus crashed into a river
#: near X on Sunday, killing 12" (not "a bomb exploded, killing 12", nor a vehicle
#: driven into a crowd).
HARMLESS_KILLER = _re(rf"\b{alternation(HARMLESS_CAUSES)}(?:,?\s+[\w'’-]+){{0,4}}?"
                      r",?\s+(?:which|that)\s+(?:\w+\s+)?$|"
                      r"\b(?:crashed|capsized|derailed)\b(?![^.;!?]*\b(?:crowds?|protesters|"
                      r"demonstrators|marchers|people|worshippers|pedestrians|shoppers|"
                      r"group|attackers?|rammed|deliberately)\b)[^.;!?]{0,120},\s+$")

#: A crowd's gathering (not its protest, march or rally) and, near it, the festive words
#: that make it none ("thousands of fans gathered on the square to celebrate").
GATHERING = _re(r"\b(?:gathered|assembled|massed|poured into|filled|rallied|camped|chanted)\b")
FESTIVE = _re(rf"\b{alternation(FESTIVE_WORDS)}\b")

#: What follows a burning that is only a sign ("set fire to an effigy"): no damage.
SYMBOLIC_AFTER = _re(rf"(?: [\w-]+){{0,2}}? {alternation(SYMBOLIC_OBJECTS)}\b")

#: Any trigger of :data:`RULES`: a sentence without one holds no event (a cheap first
#: look; most sentences of a news article report none).
ANY_TRIGGER = re.compile("|".join(f"(?:{rule.pattern.pattern})" for rule in RULES),
                         re.IGNORECASE)

#: Who acts or suffers, by the words that name them; order is priority.
ACTORS: tuple[tuple[str, re.Pattern], ...] = (
    ("foreign troops", _re(r"\b(?:foreign|peacekeeping|allied|\w+-led) (?:\w+ )?"
                           r"(?:troops|forces|soldiers|contingent|peacekeepers)|"
                           r"peacekeepers\b")),
    ("police", _re(r"\b(?:riot )?police(?:men|women| officers?)?\b|\bgendarmes?\b")),
    ("army", _re(r"\b(?:army|soldiers|troops|military|paratroopers|servicemen)\b")),
    ("state forces", _re(r"\b(?:security forces|government forces|national guard|"
                         r"state forces|the authorities|special forces)\b")),
    ("protesters", _re(r"\b(?:protesters|demonstrators|marchers|activists|strikers|"
                       r"supporters|crowds?)\b")),
    ("rioters", _re(r"\b(?:rioters|looters|mobs?|vigilantes|youths)\b")),
    ("unidentified armed group", _re(
        r"\b(?:gunmen|armed (?:men|groups?|criminals|individuals|assailants)|"
        r"militants|bandits|insurgents|rebels|attackers|assailants|jihadists|"
        r"militia(?:s|men)?|(?:unidentified|unknown|masked) (?:\w+ )?"
        r"(?:men|assailants|attackers))\b")),
    ("civilians", _re(rf"\b(?:civilians|villagers|residents|worshippers|shoppers|"
                      rf"{alternation(NON_PARTICIPANTS)})\b")),
)
