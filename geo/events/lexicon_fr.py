"""The French event vocabulary (:class:`geo.events.vocabulary.Vocabulary`), in base forms.

French inflects little, so words are matched by their spelled-out base forms
(:func:`geo.languages.fr.forms`: "interpellées" → "interpellé") rather than by a
lemmatiser: the detector needs no model of its own, and the French spaCy pipeline the
geoparser loads is not asked for more than its entities. Participles and nouns are
listed in the masculine singular; the conjugated forms news uses are spelled out.
Triggers name the English rule whose ACLED type they signal; the words shared with other
stages come from :mod:`geo.languages.fr`.

Length: one table, the French event vocabulary (its triggers, counts' words, status
words); split, one vocabulary would be read across modules.
"""

from __future__ import annotations

import re
from functools import cache

from geo.events.vocabulary import Trigger, Vocabulary, phrase
from geo.languages import fr
from geo.nlp import french_words

# Troops: a deployment is the army's (police reinforcements are no ACLED deployment).
_FORCES = "militaire|soldat|troupe|blindé|armée|contingent|parachutiste|légionnaire"
_DEPLOY = ("déployé|déployer|déploient|déploiement|dépêché|envoyé|mobilisé|arrivé|acheminé|"
           "déploie|patrouillé|patrouille|patrouiller|positionné|quadrillé")
# Forces that man a checkpoint: the army's and the police's ("un barrage de gendarmerie").
_SECURITY = _FORCES + "|police|policier|gendarme|gendarmerie|sécurité"
_CROWD = ("manifestant|foule|protestataire|jeune|marcheur|gréviste|civil|habitant|"
          "émeutier|militant|participant|cortège|rassemblement|supporter|étudiant|lycéen|"
          "syndicaliste|ouvrier|salarié")
# A crowd word that names no one who protests or riots: people who live or pass there.
_BYSTANDERS = frozenset({"habitant", "civil"})
_CROWD_BUT_BYSTANDERS = frozenset(_CROWD.split("|")) - _BYSTANDERS
# The nouns of a protest or a riot (a crowd's words, with its people).
_PROTESTS = frozenset({"manifestation", "grève", "émeute", "partisan", "protestation",
                       "marche", "mobilisation"})
# Nouns of a gathering of people, not of its cause.
_ASSEMBLIES = frozenset({"rassemblement", "cortège"})
# Words of protest and riot.
_UNREST = _PROTESTS | _ASSEMBLIES | {"manifestant", "manifesté", "protestataire", "émeutier",
                                     "heurt", "affrontement", "échauffourée", "casseur",
                                     "gréviste", "barricade", "supporter"}
# The nouns of a gathering itself (not a riot, nor its people, nor a protest of words:
# "une protestation officielle"): what an announcement of one is read on.
_GATHERINGS = (_PROTESTS - {"émeute", "partisan", "protestation"}) | _ASSEMBLIES | {"sit-in"}
# The forms of "être" that are written as auxiliaries and copulas (the plural ones
# tell a plural subject).
_ETRE_PLURAL = frozenset({"sont", "étaient"})
_ETRE = _ETRE_PLURAL | {"est", "était"}
# Words that make a trigger after them something to come or threatened ("ont appelé à
# manifester", "menacent de bloquer").
_PLANNED = frozenset({
    "prévu", "prévoir", "prévoient", "prévoit", "envisagé", "envisager", "envisagent",
    "appelé", "appeler", "appellent", "appelle", "appel", "projet", "projette", "comptent",
    "doit", "doivent", "devrait", "devraient", "préparent", "prépare", "programmé",
    "promis", "veulent", "veut", "entendent", "décidé", "déposé", "préavis", "envisage",
    "compte", "souhaite", "souhaitent", "pourrait", "pourraient", "projettent"})
_THREATENED = frozenset({"menacé", "menacer", "menacent", "menace", "menaçant"})
# A strike called or threatened, announced or decreed (one under way is no event).
_STRIKE_CALLS = _PLANNED | _THREATENED | {"annoncé", "lancer", "décréter", "décrété",
                                          "convoqué"}
_ROADS = ("route|rue|axe|pont|accès|entrée|circulation|autoroute|rond-point|carrefour|voie|"
          "artère|gare|périphérique|rocade|ring|nationale|boulevard|avenue|chaussée|échangeur|"
          "péage|tronçon")
# Who blocks a road in protest besides a crowd: workers of a trade and their vehicles
# ("des enseignants ont bloqué le pont", "trois cents tracteurs ont bloqué le ring").
_BLOCKERS = frozenset(_CROWD.split("|")) | {
    "agriculteur", "éleveur", "viticulteur", "paysan", "chauffeur", "conducteur", "routier",
    "camionneur", "transporteur", "taxi", "taximan", "enseignant", "infirmier", "soignant",
    "commerçant", "pêcheur", "docker", "cheminot", "chômeur", "villageois", "riverain",
    "tracteur"}

# Who marches in protest: those who block roads, not passers-by or residents.
_MARCHERS = _BLOCKERS - _BYSTANDERS - {"villageois", "riverain"}

TRIGGERS = (
    # Protests
    Trigger("protest", phrase("manifestation|manifesté|manifester|manifestent|manifestaient|"
                              "manifestait|manifestant|rassemblement|rassemblé|cortège|"
                              "défilé|défilent|sit-in|protestation|"
                              "protesté|protestent|protestataire|marchent|"
                              "mobilisation|manifesteront|rassemblent|défileront"),
            # a parade of troops or planes, no protest: "le défilé militaire"
            not_before=frozenset({"militaire", "aérien"}),
            # what protesters want, told by another ("juge légitimes les revendications
            # des manifestants"), is no protest of its own
            not_after=frozenset({"revendication", "demande", "exigence"})),
    # "la marche" is also a course ("la marche du monde"): a protest beside people
    Trigger("protest", phrase("marche"), needs=frozenset(_CROWD.split("|")) | {
        "blanc", "contre", "soutien", "personne", "participé", "participer", "organisé",
        "organisateur", "revendication", "pacifique", "silencieux", "appel", "appelé",
        "millier", "centaine", "manifestation", "mobilisation", "défilé", "annoncé", "prévu",
        "syndicat", "intersyndicale", "collectif", "association"}),
    # people who "ont marché" (not "le marché", the market; not a plan that "a marché",
    # worked): a protest where people or their manner are told
    Trigger("protest", phrase("ont|avaient|avoir|a", "marché"), reach=1,
            needs=_MARCHERS | {"personne", "élève", "centaine", "millier", "pacifiquement",
                               "solidarité", "silence", "calme", "contre"}),
    # A strike, or a "ville morte" (a town told to stay home), is an event only when called
    # or threatened: a strike under way, and its picket lines, are no event of the
    # annotation (tests/data/README.md), unlike a march of strikers.
    Trigger("protest", phrase("grève|débrayage"), needs=_STRIKE_CALLS),
    Trigger("protest", phrase("ville", "mort"), needs=_STRIKE_CALLS),
    Trigger("protest", phrase("descendu|descendre|descendent|descendaient", "rue"),
            reach=3),
    Trigger("blockade", phrase("barrage", "routier|filtrant"), reach=1),
    Trigger("blockade", phrase("opération", "escargot")),
    Trigger("protest", phrase("chaîne", "humain")),
    # people counted who gathered ("plus de 2 000 personnes se sont réunies devant la
    # mairie"), not delegates "réunis" in a meeting; festive words make it none
    Trigger("protest", phrase("personne", "réunir"), reach=2),
    # "ont occupé l'université", "l'occupation du rond-point"
    Trigger("protest", phrase("occupé|occuper|occupent|occupaient|occupation",
                              "université|faculté|lycée|usine|rond-point|mairie|préfecture|"
                              "siège|campus|amphithéâtre|bâtiment|place"), reach=3,
            needs=frozenset(_CROWD.split("|"))),
    Trigger("blockade", phrase("bloqué|bloquer|bloquent|bloquaient|barré|barrer|barrent|"
                               "blocage|obstrué|barrage|occupé|occupent", _ROADS), reach=5,
            needs=_BLOCKERS),
    # ... or a workplace its strikers or a trade block ("des grévistes ont bloqué les
    # dépôts de bus", "les dockers bloquent le port")
    Trigger("blockade", phrase("bloqué|bloquer|bloquent|bloquaient|bloquant|blocage",
                               "dépôt|raffinerie|terminal|port|entrepôt|usine"), reach=4,
            needs=_BLOCKERS),
    # ... or people counted ("plusieurs centaines de personnes ont bloqué la route"), where
    # no police cordon and no accident closes the road instead
    Trigger("blockade", phrase("bloqué|bloquer|bloquent|bloquaient|barré|barrer|barrent",
                               _ROADS), reach=5, needs=frozenset({"personne"}),
            unless=frozenset({"police", "policier", "gendarme", "gendarmerie", "crs",
                              "accident", "travaux", "collision"})),
    # Protests met by force
    # (a crowd that disperses itself met no force: "avant de se disperser")
    Trigger("intervention", phrase("lacrymogène|disperser|dispersé|dispersent|dispersion|"
                                   "matraque|lbd|matraqué"), not_after=frozenset({"se", "s"})),
    Trigger("intervention", phrase("canon|balle|grenade", "eau|caoutchouc|désencerclement|"
                                   "assourdissant"), reach=2),
    Trigger("excessive_force", phrase("tiré|tirer|tirent|feu|tir", _CROWD), reach=3),
    Trigger("excessive_force", phrase("balle", "réel"), reach=1),
    Trigger("excessive_force", phrase("usage|utilisation|recours", "arme"), reach=3),
    Trigger("intervention", phrase("usage|recours", "force"), reach=2),
    Trigger("intervention", phrase("tir", "sommation"), reach=1),
    Trigger("excessive_force", phrase("réprimé|réprimer|réprimée|répression", "sang"), reach=3),
    Trigger("intervention", phrase("réprimé|réprimer|répriment|réprimée")),
    # Riots
    Trigger("riot", phrase("émeute|émeutier|échauffourée|casseur|insurrection|heurt|"
                           "heurté|heurtent")),
    Trigger("riot", phrase("violence", "urbain")),
    # "des violences ont éclaté", "de violents incidents ont éclaté"
    Trigger("riot", phrase("violence|incident|échauffourée|bagarre",
                           "éclaté|éclater|éclatent|éclataient"), reach=2),
    # "des incidents ont été signalés à X": "incidents" may be anything people report
    # (a power cut's), so a riot only where people who riot are named and the sentence
    # or the one before tells unrest or the police; a report of no incident is this
    # trigger negated, so it tells the unrest stayed calm
    Trigger("riot", phrase("incident", "signalé|signaler|signalent|rapporté"), reach=3,
            needs=frozenset(_CROWD.split("|")) - _BYSTANDERS | _UNREST,
            context=_UNREST | {"police", "policier", "gendarme", "ordre", "crs"}),
    # "des jeunes s'en sont pris aux forces de l'ordre"
    Trigger("riot", phrase("en", "pris|prendre|prennent|prenaient|prenant",
                           "force|policier|gendarme|police|commissariat"), reach=2),
    Trigger("clash", phrase("affrontement|affronté|affrontent|bagarre"),
            with_crowd="riot"),
    Trigger("clash", phrase("accrochage|combat|fusillade")),
    Trigger("clash", phrase("échange", "tir"), reach=1),
    Trigger("riot", phrase("jet|jeté|lancé|lançant|jetant|jettent|lancent|projectile",
                           "pierre|projectile|cocktail|mortier|pavé|caillou|bouteille"),
            reach=3),
    Trigger("riot", phrase("cocktail", "molotov")),
    Trigger("mob", phrase("lynchage|lyncher|lynché|lynchent|vindicte")),
    Trigger("crowd_violence", phrase("pris|prendre", "assaut"), reach=2),
    Trigger("crowd_violence", phrase("saccagé|saccager|saccage|saccagent")),
    Trigger("crowd_violence", phrase("détruit|renversé|déboulonné|brisé|cassé|défoncé",
                                     "statue|monument|vitrine|abribus|mobilier|grille|"
                                     "portail"), reach=3),
    Trigger("crowd_violence", phrase("vitrine|abribus|statue|monument",
                                     "brisé|cassé|détruit|renversé|saccagé|vandalisé"),
            reach=1),
    Trigger("blockade", phrase("barricade|barricadé"), needs=frozenset(_CROWD.split("|"))),
    Trigger("riot", phrase("pneu", "brûlé|enflammé|incendié|feu|brûlant"), reach=2),
    Trigger("riot", phrase("brûlé|incendié|brûlant|brûlent", "pneu"), reach=2),
    Trigger("intervention", phrase("chargé|charge|chargent|chargeant", _CROWD), reach=3),
    # Armed violence
    Trigger("shelling", phrase("bombardement|obus|roquette|artillerie")),
    Trigger("air", phrase("frappe|raid|drone", "aérien|drone"), reach=1),
    Trigger("explosive", phrase("explosion|explosif|attentat|kamikaze|piégé")),
    # An attack on a post, camp or patrol of the forces, no crowd told, is a fight with
    # them: ACLED's armed clash ("des hommes armés ont attaqué un poste de gendarmerie")
    Trigger("clash", phrase("attaque|attaqué|attaquer|attaquent|assaut",
                            "poste|caserne|commissariat|brigade|camp|patrouille|convoi|"
                            "gendarmerie|garnison"), reach=3,
            unless=frozenset(_CROWD.split("|")) | _UNREST),
    Trigger("attack", phrase("attaque|attaqué|assaillant"), with_crowd="crowd_violence"),
    Trigger("clash", phrase("embuscade")),
    Trigger("abduction", phrase("enlèvement|enlevé|kidnappé|otage")),
    # Property
    Trigger("arson", phrase("incendié|incendier|incendient|incendiaire|brûlé")),
    # a fire is arson when set, or beside a crowd ("un incendie a ravagé un entrepôt" is
    # no unrest)
    Trigger("arson", phrase("incendie"), needs=frozenset(_CROWD.split("|")) | {
        "criminel", "volontaire", "manifestation", "émeute", "émeutier", "casseur"}),
    Trigger("arson", phrase("mis|mettre|mettant|mettent", "feu"), reach=2),
    Trigger("looting", phrase("pillage|pillé|piller|pillent|pilleur|vandalisme|vandalisé|"
                              "dégradation|dégradé")),
    # Arrests
    Trigger("arrest", phrase("interpellé|interpeller|interpellation|arrestation|"
                             "interpellent|arrêtent|appréhendé|écroué"),
            # a warrant; the release or the relatives of those arrested
            not_after=frozenset({"mandat", "libération", "libérer", "proche", "famille",
                                 "avocat"})),
    # "arrêté" is also a decree: "un arrêté préfectoral", "par arrêté".
    Trigger("arrest", phrase("été|être|étaient|sont|a|ont|avait|avaient", "arrêté"),
            reach=1),
    # "ils sont placés en garde à vue": the participle tells how many
    Trigger("arrest", phrase("placé|mis", "garde", "vue"), reach=1),
    Trigger("arrest", phrase("placé|mis", "détention"), reach=1),
    Trigger("arrest", phrase("garde", "vue"), reach=1),
    # Measures
    Trigger("emergency", phrase("état", "urgence|siège"), reach=1),
    Trigger("emergency", phrase("loi", "martial")),
    Trigger("curfew", phrase("couvre-feu")),
    Trigger("curfew", phrase("couvre", "feu")),
    Trigger("checkpoint", phrase("point", "contrôle"), reach=1),
    Trigger("checkpoint", phrase("check-point|checkpoint")),
    # a roadblock of the forces, not the crowd's ("des barrages militaires", "les soldats
    # ont dressé des barrages"), as English "set up roadblocks"
    # (residents who show their papers there are no crowd: "où les habitants doivent
    # présenter une pièce d'identité")
    Trigger("checkpoint", phrase("barrage", _SECURITY), reach=2,
            unless=_CROWD_BUT_BYSTANDERS),
    Trigger("checkpoint", phrase("dressé|dresser|dressent|érigé|ériger|installé|installer|"
                                 "établi|établir|mis|tiennent|tenir|tenu|tenaient", "barrage"),
            reach=2, needs=frozenset(_SECURITY.split("|")), unless=_CROWD_BUT_BYSTANDERS),
    # troops that "took up positions" (a stance taken "on" or "against" something is none)
    Trigger("deployment", phrase("pris|prennent|prenaient|prendre", "position"), reach=1,
            needs=frozenset(_FORCES.split("|")),
            not_before=frozenset({"contre", "pour", "sur", "en", "publiquement"})),
    Trigger("deployment", phrase(_DEPLOY, _FORCES), reach=4),
    Trigger("deployment", phrase(_FORCES, _DEPLOY), reach=4),
    # Casualties: an event only when nothing else in the sentence takes them
    Trigger("casualties", phrase("mort|tué|décès|décédé|blessé|blessure|péri|succombé|"
                                 "abattu|tuent|tuant|morte"),
            # "une journée ville morte": a town told to stay home, no one dead
            not_after=frozenset({"ville"})),
    Trigger("casualties", phrase("perdu", "vie"), reach=1),
)

COUNT_FIELDS = {
    **dict.fromkeys(("mort", "tué", "décès", "décédé", "péri", "victime", "abattu",
                     "morte", "tuant", "succombé"), "fatalities"),
    **dict.fromkeys(("blessé", "blessure", "hospitalisé", "blessant"), "injured"),
    **dict.fromkeys(("interpellé", "arrêté", "interpellation", "arrestation", "garde",
                     "appréhendé", "écroué", "détenu"), "arrested"),
    **dict.fromkeys(("point", "check-point", "checkpoint"), "checkpoints"),
}

# The future and the conditional ("manifesteront", "seraient mobilisés").
_FUTURE_VERB = re.compile(r"(?:eront|era|iront|ira|dront|dra|eraient|erait|iraient|irait)$")


def _is_future(word: str) -> bool:
    return _FUTURE_VERB.search(word.lower()) is not None


@cache
def _keys(word: str) -> tuple[str, ...]:
    # the spelled-out forms, then the lemmas of the French model's table ("défilaient"
    # → "défiler"), so a verb's infinitive stands for all its tenses; not a short
    # function word's ("des" → "un" would count one)
    forms = fr.forms(word)
    lemmas = (french_words().forms.get(forms[0]) or ()) if len(forms[0]) > 4 else ()
    return tuple(dict.fromkeys((*forms, *([lemmas] if isinstance(lemmas, str) else lemmas))))


@cache
def _is_plural(word: str) -> bool:
    # a form in -s/-x the French model's table takes to another lemma ("arrestations" →
    # "arrestation"), or whose singular it knows; not a word that is its own lemma or
    # has no singular ("bus", "procès", "pays"), nor a name it does not know ("Thiès")
    lower = word.lower()
    if not lower.endswith(("s", "x")):
        return False
    lemmas = french_words().forms.get(lower)
    if lemmas:
        return lower not in ([lemmas] if isinstance(lemmas, str) else lemmas)
    return french_words().known(lower[:-1])


VOCABULARY = Vocabulary(
    language="fr",
    keys=_keys,
    triggers=TRIGGERS,
    count_fields=COUNT_FIELDS,
    at_least=(phrase("plus", "de"), phrase("au", "moins"), phrase("pas", "moins", "de"),
              phrase("plus", "d"), phrase("minimum"), phrase("au", "minimum")),
    approximate=(phrase("environ"), phrase("quelque"), phrase("près", "de"),
                 phrase("près", "d"), phrase("autour", "de"), phrase("jusqu", "à"),
                 phrase("presque"), phrase("approximativement")),
    number_words=fr.NUMBER_WORDS,
    number_scales=fr.NUMBER_SCALES,
    vague_numbers=fr.APPROXIMATE_NUMBERS,
    # "a exclu de décréter l'état d'urgence", "la marche a été annulée"
    negation=fr.NEGATION | {"exclu", "écarté", "renoncé", "annulé", "annulation", "empêché",
                            "éviter", "déjoué"},
    planned=_PLANNED,
    planned_after=frozenset({"annoncé", "prévu", "programmé", "attendu", "envisagé"}),
    threatened=_THREATENED,
    # (not "contesté": "la réélection contestée", "qui conteste les résultats" dispute
    # a result, and the protests against it happened)
    denied=frozenset({"démenti", "démentir", "dément", "nié", "nier", "nie", "démentent"}),
    claims=frozenset({"rumeur", "information", "allégation", "affirmation"}),
    confirming=frozenset({"confirmer", "vérifier"}),
    past_links=frozenset({"après", "lors", "depuis", "suite", "pendant", "durant"}),
    memorial=frozenset({"mémoire", "hommage", "recueillement", "commémoration", "deuil"}),
    announcing=frozenset({"annoncer", "annonce"}),
    gatherings=_GATHERINGS,
    copulas=_ETRE | {"sera", "seront", "reste", "restent"},
    speaking=fr.SPEECH_VERBS | fr.STANCE_VERBS,
    # (not an announcement's nor a sighting's: "a annoncé à Dakar un couvre-feu", "des
    # pillages ont été signalés à Lyon" put the event there)
    reporting=fr.SPEECH_VERBS - {"annoncé", "annonce", "publié", "signalé", "signale",
                                 "rapporté", "rapporte", "reconnu", "reconnaît", "selon",
                                 "confirmé", "confirme", "relevé"},
    speech_cues=fr.SPEECH_CUES,
    # (and institutions named after their place: "la Sûreté du Québec"; but a university or
    # a bank stands in its town: "ont occupé l'université de Tours")
    missions=frozenset({"ambassade", "consulat", "représentation", "chancellerie", "sûreté"}),
    bodies=frozenset({"université", "banque", "préfecture", "police", "gendarmerie",
                      "tribunal", "ministère", "ambassade", "gouvernement",
                      "autorité", "ong",
                      "organisation", "porte-parole", "parquet", "procureur", "président",
                      "diplomatie", "ministre", "consulat", "quai", "élysée", "palais",
                      "chancellerie", "présidence", "exécutif", "préfet", "ministres",
                      # "selon une source sécuritaire à X": the source's seat
                      "source"}),
    based=frozenset({"basé", "siège", "installé", "domicilié", "établi", "siégeant",
                     "déplacement", "visite", "voyage", "exil", "exilé", "réfugié", "né",
                     "réside", "résidant", "vit", "vivant", "originaire", "hospitalisé",
                     "trouvant", "séjournant", "interrogé", "joint",
                     # a destination: "ont fui vers X", "évacué vers un hôpital de X"
                     "fui", "fuir", "enfui", "fuyant", "évacué", "transféré", "transporté",
                     # a convoy's or a traveller's: "doit rejoindre la base de X"
                     "rejoindre", "regagner"}),
    where_words=frozenset({"où"}),
    custody=frozenset({"hôpital", "clinique", "prison", "hôpitaux", "commissariat", "base"}),
    # (not "réunion": "une réunion publique" is a rally)
    district_words=frozenset({"quartier", "faubourg", "arrondissement", "banlieue"}),
    support=frozenset({"soutien", "solidarité"}),
    residents=frozenset({"habitant", "habitante", "résident", "résidente"}),
    # (and the press's: "lors d'une conférence de presse à X", "un point de presse à X")
    meetings=frozenset({"sommet", "conférence", "forum", "pourparlers", "négociations",
                        "presse", "conseil"}),
    courts=frozenset({"tribunal", "tribunaux", "cour"}),
    verdicts=frozenset({"coupable", "condamné", "acquitté", "relaxé", "reconnu", "verdict",
                        "peine"}),
    at_place=frozenset({"à", "au", "aux", "en", "dans", "près", "devant", "sur", "vers",
                        "autour"}),
    # ("dont beaucoup viennent de X", "des renforts arrivés de X")
    from_place=frozenset({"depuis", "originaire", "venu", "provenance", "vient", "viennent",
                          "venant", "arrivé", "arrivant"}),
    forces=frozenset(_FORCES.split("|")) | {"ordre", "policière", "sécurité", "forces",
                                            "policier", "gendarme", "crs", "police"},
    crowd=frozenset(_CROWD.split("|")) | _PROTESTS,
    firing=frozenset({"tiré", "tirer", "tir", "feu", "abattu", "balle", "fusillade"}),
    cumulative=frozenset({"cumulé", "porté", "grimpé", "atteint", "alourdi", "alourdit",
                          "portant"}),
    months=fr.MONTHS,
    weekdays=fr.WEEKDAYS,
    date_words={"nuit": "night", "de": "from", "du": "from", "à": "to", "au": "to",
                "depuis": "since", "veille": "day_before", "hier": "yesterday",
                "avant-hier": "two_days_ago", "aujourd": "today", "dernier": "last",
                "dernière": "last",
                "week-end": "weekend", "il": "ago", "jour": "day", "semaine": "week",
                "jusqu": "until", "lendemain": "day_after", "journée": "day",
                "suivant": "next"},
    ordinal_endings=frozenset({"er", "ère", "re"}),
    narrative_past_endings=("ait", "aient"),
    day_parts=frozenset({("dans", "la", "journée"), ("dans", "la", "matinée"),
                         ("dans", "l", "après-midi"),
                         ("dans", "la", "soirée"), ("en", "matinée"), ("en", "soirée"),
                         ("le", "matin"), ("le", "soir")}),
    in_year=frozenset({"en"}),
    privative=frozenset({"non"}),
    partitive=frozenset({"des"}),
    plural_auxiliaries=_ETRE_PLURAL | {"ont", "avaient", "auraient", "seraient"},
    banned_after=frozenset({"interdit", "interdite", "proscrit"}),
    preventing=frozenset({"empêcher", "éviter", "déjouer", "prévenir", "endiguer"}),
    ordinals=fr.ORDINALS,
    alternatives=frozenset({"ou"}),
    range_words=frozenset({"entre"}),
    distributive=frozenset({"respectivement"}),
    relatives=frozenset({"qui", "dont", "où", "lequel", "laquelle"}),
    during=frozenset({"lors", "pendant", "durant", "cours"}),
    list_joints=frozenset({"et", "à", "au", "aux", "en", "dans", "ainsi", "qu", "que",
                           "ou"}),
    actors={"policier": "police", "police": "police", "gendarme": "police",
            "crs": "police", "ordre": "police", "gendarmerie": "police",
            "militaire": "army", "soldat": "army", "armée": "army", "troupe": "army",
            "putschiste": "army", "mutin": "army", "spécial": "army", "parachutiste": "army",
            "manifestant": "protesters", "protestataire": "protesters",
            "émeutier": "rioters", "casseur": "rioters", "pilleur": "rioters"},
    not_counted=frozenset({"an", "ans", "année", "heure", "h", "minute", "pour", "cent",
                           "euro", "franc", "fcfa", "kilomètre", "km", "mètre", "m", "jour",
                           "journée", "semaine", "mois", "article", "fois", "nuit", "soir",
                           *fr.MONTHS}),
    not_negating=frozenset({"autorisation", "sommation", "préavis", "autorisé", "déclaré",
                            "seulement", "que", "qu", "moins"}),
    future=frozenset({"aura", "auront", "sera", "seront", "tiendra", "tiendront", "va",
                      "vont"}),
    is_future=_is_future,
    past_auxiliaries=frozenset({"a", "ont", "avait", "avaient", "s est", "se sont",
                                "s était", "s étaient"}),
    as_words=frozenset({"comme"}),
    # (and "alors que", "tandis que": "le ministre a nié toute bavure, alors que des
    # milliers de personnes défilaient")
    clause_joints=frozenset({"mais", "cependant", "pourtant", "toutefois", "néanmoins", "et",
                             "alors", "tandis"}),
    concessive=frozenset({"bien que", "quoique", "malgré", "même si", "en dépit"}),
    count_phrases=((phrase("perdu", "la", "vie"), "fatalities"),
                   (phrase("placé|mis", "en", "détention"), "arrested"),
                   # "quatorze personnes ont été prises en charge par les secours"
                   (phrase("été", "pris|prise|prises", "en", "charge"), "injured")),
    tally_words=frozenset({"nombre", "bilan", "total"}),
    story_totals=frozenset({"depuis", "début", "semaine", "cumulé"}),
    story_starts=frozenset({"début"}),
    others=frozenset({"autre", "autres"}),
    asides=(phrase("selon"), phrase("d", "après"), phrase("de", "source"),
            phrase("a", "indiqué|précisé|annoncé|affirmé|déclaré"), phrase("dont"),
            phrase("parmi", "lesquels|lesquelles|eux|elles")),
    light_words=_ETRE | {"a", "ont", "avait", "avaient", "été", "se", "s", "y", "aussi",
                         "également", "ensuite"},
    articles=frozenset({"un", "une", "des", "les", "la", "le", "l", "de", "d", "du"}),
    one_words=frozenset({"un", "une"}),
    of_words=frozenset({"de", "d", "du", "des"}),
    person_words=frozenset({"personne", "manifestant", "policier", "gendarme", "militaire",
                            "soldat", "jeune", "homme", "femme"}),
    scale_numerals=frozenset({"mille"}),
    auxiliaries=frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "t", "il",
                           "elle", "s", "est", "se"}),
    subordinators=frozenset({"si", "que", "qu", "quand", "lorsque"}),
    # (and the pronouns "personne", "rien": "n'a interpellé personne", "rien n'a brûlé")
    second_negation=frozenset({"pas", "plus", "jamais", "aucun", "aucune", "guère", "point",
                               "personne", "rien"}),
    list_gap=re.compile(r"\s*(?:,|et|,\s*et|ainsi\s+qu'à|,\s*ainsi\s+qu'à)\s*"
                        r"(?:(?:de|d'|du|des)\s*)?"),
    # a participle in the singular: "tué", "blessée", "mort", "abattu", "interpellé"
    is_singular=lambda word: word.lower().endswith(("é", "ée", "t", "te", "u", "ue", "i")),
    is_plural=_is_plural,
    against=frozenset({"contre"}),
    link_subordinators=frozenset({"que", "qu"}),
    contrast=frozenset({"mais", "cependant", "pourtant", "toutefois", "néanmoins"}),
    verb_negators=frozenset({"ne", "n"}),
    pronouns=frozenset({"il", "elle", "ils", "elles"}),
    object_pronouns=frozenset({"l"}),
    passive_marks=frozenset({"été"}),
    # (no model of gender: "il" and "elle" both take up a singular trigger)
    plural_pronouns=frozenset({"ils", "elles"}),
    carrying_out=frozenset({"instauré", "imposé", "tenu", "décrété", "déclaré", "proclamé",
                            "organisé", "appliqué", "dispersé", "maintenu"}),
    postponing=frozenset({"reporté", "repoussé", "ajourné", "différé"}),
    country_words=frozenset({"pays", "territoire"}),
    condemning=frozenset({"condamné", "condamne", "dénoncé", "dénonce", "déploré",
                          "déplore", "fustigé", "fustige", "critiqué", "critique",
                          "condamnent", "dénoncent"}),
    again=frozenset({"nouveau", "nouvelle"}),
    harmless=frozenset({"accident", "accidentel", "accidentellement", "maladie", "crise",
                        "cardiaque", "noyade", "incendie", "inondation", "séisme"}),
    # (and the stations and roads a name after them is: "station Châtelet", "l'axe X")
    street_words=frozenset(fr.STREET_WORDS) | {"station", "métro", "autoroute", "axe"},
    killers=frozenset({"inconnu", "armé", "assaillant", "tireur", "agresseur", "bandit",
                       "terroriste", "jihadiste", "djihadiste", "ravisseur"}),
    outsiders=frozenset({"journaliste", "reporter", "photographe", "photojournaliste",
                         "caméraman", "cameraman", "passant", "badaud"}),
    demonstratives=frozenset({"ce", "cet", "cette", "ces"}),
    place_nouns=frozenset({"ville", "commune", "village", "localité", "aéroport", "quartier",
                           "bourg", "cité", "agglomération"}),
    town_streets=frozenset({"rues", "artères", "boulevards", "avenues", "routes"}),
    festive=frozenset({"fêter", "fêté", "fêtent", "célébrer", "célébré", "célèbrent",
                       "célébration", "liesse", "fête", "victoire", "sacre", "titre",
                       "concert", "festival", "mariage"}),
    region_words=frozenset({"région", "province", "département", "territoire", "archipel"}),
    capital_words=frozenset({"capitale"}),
    area_words=frozenset({"ville", "région", "pays", "localité", "département", "commune",
                          "territoire", "province", "quartier", "rue", "tout", "toute",
                          "ensemble", "travers", "partout", "nord", "sud", "est", "ouest",
                          "centre", "archipel", "île", "agglomération"}),
)
