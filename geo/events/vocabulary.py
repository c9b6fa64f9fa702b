"""What the lexicon-driven event detector (:mod:`geo.events.lexical`) needs to know of a
language: its words, matched by their dictionary forms, and what each one signals.

English has its own detector, a large set of English regular expressions over clauses
(:mod:`geo.events.detect`). Russian and French are read differently, by one detector
over a :class:`Vocabulary` per language (:mod:`geo.events.lexicon_ru`,
:mod:`geo.events.lexicon_fr`): the text is cut into :class:`Word` tokens, each with its
*keys* (Russian lemmas from pymorphy3, French spelled-out base forms), and every list
below holds keys. A trigger names the English rule (:data:`geo.events.rules.RULES`) whose
ACLED and PLOVER types it signals, so the categories stay the English ones.

Length: one dataclass, the fields each language fills, each with the note that says
what it holds; split, a language's table would be built from several classes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from geo.model import CountField

#: A token: a number ("2 000", "1.500", "1,5": Russian and French write decimals with a
#: comma, thousands with a space or a dot), or a word with its inner hyphens ("couvre-feu").
#: An apostrophe ends a word: "d'urgence" is "d" and "urgence". A date in digits
#: ("14.03.2023", "14/03/2023") is one token, no number (:data:`NUMERIC_DATE`).
NUMERIC_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")
TOKEN = re.compile(NUMERIC_DATE.pattern + r"|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d,])|"
                   r"\d+(?:[.,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*")

Phrase = tuple[frozenset[str], ...]
#: What ends a clause between two words: punctuation, dashes, brackets and quotes.
CLAUSE_ENDS = frozenset(",;:—–()\"«»")


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the text at ``start:end``, the keys it is matched by, and the
    ``gap``: the text between the word before it and it (punctuation ends clauses)."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...]
    gap: str = ""

    def any_of(self, keys: frozenset[str] | Mapping[str, object]) -> bool:
        return any(key in keys for key in self.keys)

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit() and not NUMERIC_DATE.fullmatch(self.text)


@dataclass(frozen=True, slots=True)
class Trigger:
    """Words that signal the event of the English rule named ``rule``.

    ``words`` are the phrase's words in order, each a set of keys; up to ``reach``
    other words may stand between two of them. ``needs``: a key the sentence must also
    hold (troops "deployed"). ``with_crowd``: the rule to use instead when the sentence
    names a crowd or the police (clashes in unrest are riots, not battles).
    """

    rule: str
    words: Phrase
    reach: int = 0
    needs: frozenset[str] = frozenset()
    #: A key the whole report must hold ("подразделения прибыли" are troops in a report
    #: that names troops).
    report_needs: frozenset[str] = frozenset()
    #: Keys the sentence must not hold ("стянули подразделения полиции": the police's
    #: units, no army's).
    unless: frozenset[str] = frozenset()
    #: Keys one of which the sentence or the one before must hold: the context that
    #: makes the phrase an event ("des incidents ont été signalés" are a riot in a story
    #: of unrest, not in one of a power cut).
    context: frozenset[str] = frozenset()
    with_crowd: str = ""
    #: Keys of the two words before, or of the word after, that make the phrase no
    #: trigger ("ордер на его арест" is a warrant; "акции компаний" are shares).
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    #: Keys of the two words before that point the phrase back to an event the report
    #: told ("организаторы субботнего митинга"), unless a relative clause after it tells
    #: of it ("..., на который вышли две тысячи человек").
    points_back_after: frozenset[str] = frozenset()
    #: Keys of the people one of which must stand near the phrase, unless a number or
    #: another word for a person (``Vocabulary.is_person``) does ("застрелил двух
    #: прохожих", "зарезали Петрова"): a hunter who "застрелил медведя" told no attack.
    victims: frozenset[str] = frozenset()


def phrase(*words: str) -> Phrase:
    """A trigger phrase from words given as "a|b" alternatives: ``phrase("слезоточивый",
    "газ")``."""
    return tuple(frozenset(word.split("|")) for word in words)


@dataclass(frozen=True)
class Vocabulary:
    """One language's event vocabulary, every list in keys (see the module docstring)."""

    language: str
    #: The keys of a word (lower case).
    keys: Callable[[str], tuple[str, ...]]
    triggers: tuple[Trigger, ...]
    #: Count words and the field they count ("погибнуть" → fatalities).
    count_fields: Mapping[str, CountField]
    #: Words before a number: "более", "plus de" (at least), "около", "environ".
    at_least: tuple[Phrase, ...]
    approximate: tuple[Phrase, ...]
    number_words: Mapping[str, float]
    number_scales: Mapping[str, int]
    #: Vague quantities alone ("сотни", "des centaines") and their values.
    vague_numbers: Mapping[str, int]
    negation: frozenset[str]
    #: Words that make a trigger after them in its clause something to come, threatened
    #: or denied (unless one of ``past_links`` stands between: "a appelé au calme après
    #: les heurts").
    planned: frozenset[str]
    threatened: frozenset[str]
    denied: frozenset[str]
    #: Words right after a trigger that make it something to come ("des manifestations
    #: étaient annoncées", "митинг запланирован"); before it they tell no plan ("a
    #: annoncé l'interpellation de ...").
    planned_after: frozenset[str]
    past_links: frozenset[str]
    #: Verbs of speech and stance: a place as their subject is an actor.
    speaking: frozenset[str]
    #: Institutions whose place (after them) speaks, not hosts an event ("МВД
    #: Казахстана", "l'ambassade de France").
    bodies: frozenset[str]
    #: A country's missions abroad and institutions named after a place: the place after
    #: them owns them ("l'ambassade de France", "посольство США", "la Sûreté du
    #: Québec"), it is no site.
    missions: frozenset[str]
    #: Words before a place that make it a base ("basée à", "базирующаяся в").
    based: frozenset[str]
    #: Prepositions that put an event at a place, and those that give an origin.
    at_place: frozenset[str]
    from_place: frozenset[str]
    #: The state's forces, a crowd, and their use of firearms.
    forces: frozenset[str]
    crowd: frozenset[str]
    firing: frozenset[str]
    #: Words that make a count a running total ("всего", "au total").
    cumulative: frozenset[str]
    months: Mapping[str, int]
    weekdays: tuple[str, ...]
    #: Date words: "night" (ночь, nuit), "since" (с, depuis), "last" (прошлый,
    #: dernier), "day before" (накануне, veille), "yesterday" ... → their meaning.
    date_words: Mapping[str, str]
    #: Conjunctions and prepositions of a list of places ("и", "et", "а также").
    list_joints: frozenset[str] = field(default_factory=frozenset)
    #: Words that put what follows in the course of events ("в ходе", "во время",
    #: "lors des", "pendant les"): a death told so is their toll, not their cause.
    during: frozenset[str] = field(default_factory=frozenset)
    #: The word "country" ("по всей стране", "dans tout le pays"): an unplaced event
    #: of the whole country, not of the story's city.
    country_words: frozenset[str] = field(default_factory=frozenset)
    #: Verbs of condemning: an event named after one is told already ("осудили
    #: насилие", "a condamné les violences").
    condemning: frozenset[str] = field(default_factory=frozenset)
    #: Causes of death or injury that are no violence ("accident", "ДТП").
    harmless: frozenset[str] = field(default_factory=frozenset)
    #: Words that tell an act done again ("вновь", "de nouveau"): a new event, not
    #: one told before.
    again: frozenset[str] = field(default_factory=frozenset)
    #: Words before a name that make it a street or a square ("проспект Абая", "rue
    #: de Rivoli"): no town of that name.
    street_words: frozenset[str] = field(default_factory=frozenset)
    #: Words of a place's kind between a preposition and its name ("в городе
    #: Жанаозен", "в аэропорту Шереметьево", "dans la commune de Dumbéa").
    place_nouns: frozenset[str] = field(default_factory=frozenset)
    #: A town's streets, as written ("на улицах Минска", "dans les rues de Dakar"): the
    #: place after them is the town, no street's name.
    town_streets: frozenset[str] = field(default_factory=frozenset)
    #: Words of celebration: a crowd that gathers to fête a victory is no protest.
    festive: frozenset[str] = field(default_factory=frozenset)
    #: The words of a region ("в регионе", "dans la province"): an unplaced event of the
    #: region the report named last, not of its city.
    region_words: frozenset[str] = field(default_factory=frozenset)
    #: The word "capital" ("в столице", "dans la capitale"): the report's own capital.
    capital_words: frozenset[str] = field(default_factory=frozenset)
    #: Words before an area that make it the place of what happens there ("в городах
    #: России", "dans toute la France"): a country or region named without a place
    #: preposition is a site only after one of these.
    area_words: frozenset[str] = field(default_factory=frozenset)
    #: Who acts, by the words that name them: key → actor ("police", "protesters").
    actors: Mapping[str, str] = field(default_factory=dict)
    #: Words that make a number no count: units and time ("лет", "heures", "км").
    not_counted: frozenset[str] = field(default_factory=frozenset)
    #: Verbs whose "не" before them is no negation of the event ("не согласованный").
    not_negating: frozenset[str] = field(default_factory=frozenset)
    #: Words of the future beside a trigger ("будет", "aura lieu", "va").
    future: frozenset[str] = field(default_factory=frozenset)
    #: Function words the detector reads, each as written (lower case):
    #: articles and particles before a number or a name ("une vingtaine", "dans toute la
    #: France"); "one" ("один", "un") and "of" after it ("один из", "l'un des");
    #: the persons a lone "one" counts ("погиб один человек"); scale words that are
    #: numerals alone ("mille"); auxiliaries between a subject and its verb ("Paris a
    #: condamné"); words opening a clause of their own ("если", "si"); the second word
    #: of a French negation ("pas"); the verb "to be" after a negation ("не было").
    articles: frozenset[str] = field(default_factory=frozenset)
    one_words: frozenset[str] = field(default_factory=frozenset)
    of_words: frozenset[str] = field(default_factory=frozenset)
    person_words: frozenset[str] = field(default_factory=frozenset)
    scale_numerals: frozenset[str] = field(default_factory=frozenset)
    auxiliaries: frozenset[str] = field(default_factory=frozenset)
    subordinators: frozenset[str] = field(default_factory=frozenset)
    second_negation: frozenset[str] = field(default_factory=frozenset)
    be_verbs: frozenset[str] = field(default_factory=frozenset)
    #: Nouns of a claim ("слухи", "des rumeurs") and the verbs that, negated after the
    #: trigger, leave the claim unconfirmed ("не подтвердились", "n'ont pas pu être
    #: vérifiées"): the trigger the claim names is ``reported-denied``.
    claims: frozenset[str] = field(default_factory=frozenset)
    confirming: frozenset[str] = field(default_factory=frozenset)
    #: Words after a trigger in its clause that ban it ("les rassemblements ont été
    #: interdits", "митинг запретили"): it did not take place (before it they do not
    #: tell so: "ont bravé l'interdiction de manifester").
    banned_after: frozenset[str] = field(default_factory=frozenset)
    #: Verbs of preventing ("empêcher", "предотвратить"): a negation of one ("n'a pas pu
    #: empêcher les pillages", "не смогла предотвратить погромы") says the event happened.
    preventing: frozenset[str] = field(default_factory=frozenset)
    #: Auxiliaries of a plural subject, as written ("ont succombé", "ont interpellé"):
    #: the participle after them tells no single person.
    plural_auxiliaries: frozenset[str] = field(default_factory=frozenset)
    #: Words after a number that make it part of a count told ("trois des victimes",
    #: "двое из задержанных"), as written.
    partitive: frozenset[str] = field(default_factory=frozenset)
    #: Words that make the participle after them an adjective ("une manifestation non
    #: déclarée"): no verb of speech.
    privative: frozenset[str] = field(default_factory=frozenset)
    #: Endings of an ordinal day written in digits ("1er", "1-го"), as written.
    ordinal_endings: frozenset[str] = field(default_factory=frozenset)
    #: Endings of verbs in a past tense of narration (French imparfait and
    #: plus-que-parfait: "bloquaient", "avaient été tués"): "depuis jeudi" told in it
    #: runs to the story's day, not to the time of writing.
    narrative_past_endings: tuple[str, ...] = ()
    #: The preposition of a year told as an event's time ("в 2011 году", "en 2019").
    in_year: frozenset[str] = field(default_factory=frozenset)
    #: Words of mourning by their keys ("акция памяти", "en mémoire de", "hommage"): the
    #: dead a gathering mourns are its cause, no toll of it.
    memorial: frozenset[str] = field(default_factory=frozenset)
    #: Verbs of announcing by their keys ("annoncer", "объявить"): before a gathering,
    #: their object ("ont annoncé une manifestation dimanche", "объявили о новом
    #: митинге"), they tell one to come; before a measure or an arrest ("a annoncé
    #: l'interpellation de", "объявили режим ЧП") they report it, so they are no word
    #: of ``planned``.
    announcing: frozenset[str] = field(default_factory=frozenset)
    #: The prepositions, by their keys, of what is announced ("объявили о митинге").
    announced_links: frozenset[str] = field(default_factory=frozenset)
    #: Nouns of a gathering itself, not of its people ("manifestation", "митинг"): what
    #: an announcement of one is read on.
    gatherings: frozenset[str] = field(default_factory=frozenset)
    #: Forms of "to be" that join a noun to its predicate, as written ("est", "sont"):
    #: "un rassemblement contre ... est prévu samedi" tells a plan past the modifiers.
    copulas: frozenset[str] = field(default_factory=frozenset)
    #: Parts of the day, as their words are written, that open a sentence ("Днём",
    #: "Вечером", "Dans la journée"): after a night that opened the story they are the
    #: morning after's.
    day_parts: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    #: Ordinal numbers by their keys ("третий", "troisième" → 3): "третьи сутки", "la
    #: troisième nuit" date a run of days.
    ordinals: Mapping[str, int] = field(default_factory=dict)
    #: What joins the places of a list ("в Бресте, Гомеле и Гродно", "à Oran ainsi
    #: qu'à Annaba", "venus de X et de Y").
    list_gap: re.Pattern = re.compile(r"\s*,\s*")
    #: Phrases that count what the number before them counts, matched at their last
    #: word ("trois personnes ont perdu la vie", "placés en garde à vue").
    count_phrases: tuple[tuple[Phrase, CountField], ...] = ()
    #: Words of a tally ("число погибших", "le nombre de morts"): the count word after
    #: one takes the number later in its clause ("число задержанных превысило 300").
    tally_words: frozenset[str] = frozenset()
    #: Words of a tally that sums the story ("с начала протестов", "всего", "depuis"):
    #: its new figure updates no one event's count.
    story_totals: frozenset[str] = frozenset()
    #: The start a story's total counts from ("с начала протестов", "depuis le début du
    #: mouvement"), after a word the date words read as "from" or "since": a figure in
    #: its clause is the story's sum, no one event's count.
    story_starts: frozenset[str] = frozenset()
    #: Openings of a source's aside between commas ("по данным полиции", "selon la
    #: préfecture"): a count reads across it ("задержали, по данным правозащитников, 300").
    asides: tuple[Phrase, ...] = ()
    #: Words that do not count in the distance between a number and its count word:
    #: auxiliaries ("ont été placés en garde à vue").
    light_words: frozenset[str] = frozenset()
    #: "Other" after a number, before a place: the event's count at that place ("deux
    #: morts à X et une autre à Y", "трое в X и ещё двое в Y").
    others: frozenset[str] = frozenset()
    #: What makes two numbers joined by "и"/"et" no list of people to add up: a word of
    #: choice between them ("5 или 6", "cinq ou six": the larger, as English takes),
    #: a word of range before them ("между 40 и 50", "entre 20 et 30": the upper bound)
    #: and a word sharing them out in their sentence ("12 и 8 ... соответственно",
    #: "respectivement": each its own place's).
    alternatives: frozenset[str] = frozenset()
    range_words: frozenset[str] = frozenset()
    distributive: frozenset[str] = frozenset()
    #: Relative words, as their keys ("который", "где", "qui", "dont"): a year in the
    #: clause one opens is another noun's time ("le maire, qui avait été élu en 2019").
    relatives: frozenset[str] = frozenset()
    #: Whether a trigger word tells its act of one person ("задержан", "interpellé").
    is_singular: Callable[[str], bool] = field(default=lambda word: False)
    #: Whether a noun trigger is in the plural ("арестов", "enlèvements"): after one of
    #: ``against`` ("против", "contre") it names what a crowd stands against.
    is_plural: Callable[[str], bool] = field(default=lambda word: False)
    #: The word that makes one of ``past_links`` open a clause of its own ("после того,
    #: как", "après que"): the dead told in that clause are the cause of what follows.
    link_subordinators: frozenset[str] = frozenset()
    #: Words of contrast that open a clause ("но", "однако", "mais"), and the pronouns
    #: that take up a thing or people told before, as subject of a passive (its mark by
    #: key: "он был введён", "il a été instauré") or as object ("его ввели", "l'a instauré"): "...,
    #: но в пятницу он был введён" tells that what was ruled out happened after all.
    contrast: frozenset[str] = frozenset()
    #: The particles that negate a finite verb in its own verb group, as written ("не",
    #: "ne", "n'"): a negation before a verb in the past reaches its trigger only with one.
    verb_negators: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    passive_marks: frozenset[str] = frozenset()
    #: Of those pronouns, the plural ones ("они", "их", "ils", "elles"): they take up only
    #: a trigger noun in the plural, never a singular "митинг" nor the people told before.
    plural_pronouns: frozenset[str] = frozenset()
    #: Whether a singular pronoun may take up the trigger's words by gender ("он" a
    #: "комендантский час", "она" an "акция"); a language with no model of gender says yes.
    pronoun_agrees: Callable[[str, tuple[str, ...]], bool] = field(
        default=lambda pronoun, words: True)
    #: Verbs, as keys, that carry an event out ("ввести", "провести", "instauré",
    #: "tenu"): only they tell a ruled-out event after a contrast, not "приглашены", "reçus".
    carrying_out: frozenset[str] = frozenset()
    #: Verbs of putting off ("перенести", "reporté"): "..., но он был перенесён" tells
    #: no event that happened.
    postponing: frozenset[str] = frozenset()
    against: frozenset[str] = frozenset()
    #: Whether a word is itself a verb in the future tense ("выйдут", "manifesteront").
    is_future: Callable[[str], bool] = field(default=lambda word: False)
    #: Whether a word reads as an adjective: a name of one right before a street's word
    #: is the street's or the square's ("на Октябрьской площади"), no town.
    is_adjective: Callable[[str], bool] = field(default=lambda word: False)
    #: Whether a word is itself a verb in the past tense ("прошёл", "собрались").
    is_past: Callable[[str], bool] = field(default=lambda word: False)
    #: Status words of clauses (lower case, as written; two-word ones joined by a
    #: space): auxiliaries of a past tense ("a réuni"); words joining a clause of its
    #: own, which a denial before does not reach after a comma ("..., но митинг
    #: прошёл", "..., mais"); words of concession, under which a ban is defied ("bien
    #: que", "хотя", "malgré"); "as" before a plan word, which tells it was kept
    #: ("comme prévu", "как и планировалось").
    past_auxiliaries: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()
    clause_joints: frozenset[str] = frozenset()
    concessive: frozenset[str] = frozenset()
    #: Words of a town's parts before a list of their names ("районы Бирюлёво, Капотня и
    #: Марьино"): one scene, not one row for each.
    district_words: frozenset[str] = frozenset()
    #: Nouns of a place where someone is sent to be treated or held ("больница",
    #: "prison"): the town after one, with a verb of sending or going (``based``) before
    #: it, is a destination ("доставили в больницу в X", "évacué vers un hôpital de X").
    custody: frozenset[str] = frozenset()
    #: One resident's noun, as written in the singular ("житель", "жительницы",
    #: "habitant"): the town after it (or after its "of") is the person's home ("52-летний
    #: житель X", "un habitant de X"), no site; the plural's town is the crowd's own
    #: ("жители X вышли на улицы").
    residents: frozenset[str] = frozenset()
    #: Nouns of support ("поддержка", "soutien"; keys): a town in the phrase they open
    #: is whom a crowd backs ("пикет в поддержку задержанных в X активистов", "en
    #: soutien aux grévistes arrêtés à X"), no site of the rally.
    support: frozenset[str] = frozenset()
    #: The relative word of place ("où"): a destination or a home the sentence
    #: goes on to tell of ("évacués vers X, où des manifestants ont été dispersés") is
    #: the scene of what it tells.
    where_words: frozenset[str] = frozenset()
    #: Nouns of a meeting of officials ("саммит", "sommet"): the town after one is its
    #: venue ("на саммите в X"), no site.
    meetings: frozenset[str] = frozenset()
    #: Nouns of a court ("суд", "tribunal"): the town after one is its seat ("Суд в X
    #: арестовал", "le tribunal de X a condamné"), no site, unless a preposition puts
    #: something at the court ("у здания суда в X", "devant le tribunal de X").
    courts: frozenset[str] = frozenset()
    #: Words of a court's verdict ("приговорить", "coupable"): a sentence whose court
    #: gives one names charges, not events.
    verdicts: frozenset[str] = frozenset()
    #: Verbs of reporting only (no stance: "выступили в Минске" is a protest there): a
    #: place right after one and its preposition is where a statement was made ("как
    #: сообщили в Минске"), no site.
    reporting: frozenset[str] = frozenset()
    #: How many people a noun names as the object of an arrest: 1 for one person
    #: ("задержали активиста", "задержали Иванова"), 2 for several ("задержали
    #: активистов"), ``None`` for a word that names nobody.
    person_number: Callable[[str], int | None] = field(default=lambda word: None)
    #: Whether a word names a person as a verb's object ("директора", "Петрова"), not
    #: an animal ("медведя"): the victim a killing's verb needs.
    is_person: Callable[[str], bool] = field(default=lambda word: False)
    #: Who kills or hurts on their own account ("inconnu", "armé", "неизвестный",
    #: "боевик"): the dead of a sentence that names one are no crowd's.
    killers: frozenset[str] = frozenset()
    #: People who take no part in unrest, by their keys ("journaliste", "прохожий"):
    #: one killed at a protest was attacked, the protest stays what it was.
    outsiders: frozenset[str] = frozenset()
    #: Demonstratives, as keys ("cette ville"): a place noun after one is a place told
    #: before.
    demonstratives: frozenset[str] = frozenset()
    #: Verbs that report only beside one of their words, by their keys ("a-t-on
    #: appris", "le bilan établi par"): elsewhere they act ("ont dressé des barricades").
    speech_cues: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def speaks(self, words: list[Word], index: int) -> bool:
        """Whether ``words[index]`` is a verb of speech or stance: one of ``speaking``,
        or of ``speech_cues`` with one of its cues two words before it or three after
        ("le bilan établi", "a dressé samedi la liste")."""
        word = words[index]
        if word.any_of(self.speaking):
            return True
        cues = next((self.speech_cues[k] for k in word.keys if k in self.speech_cues), None)
        return cues is not None and any(
            w.any_of(cues) for w in words[max(0, index - 2):index] + words[index + 1:index + 4])

    @cached_property
    def first_words(self) -> dict[str, list[Trigger]]:
        """The triggers by the keys of their first word: one look-up per word."""
        found: dict[str, list[Trigger]] = {}
        for trigger in self.triggers:
            for key in trigger.words[0]:
                found.setdefault(key, []).append(trigger)
        return found

    def words(self, text: str, start: int = 0, end: int | None = None) -> list[Word]:
        """The tokens of ``text[start:end]`` with their keys."""
        found: list[Word] = []
        previous = start
        for match in TOKEN.finditer(text, start, len(text) if end is None else end):
            found.append(Word(match.start(), match.end(), match.group(),
                              self.keys(match.group()), text[previous:match.start()]))
            previous = match.end()
        return found


def word_at(words: list[Word], offset: int) -> int | None:
    """The index of the word holding character ``offset``, if any (``words`` in the text's
    order, as :meth:`Vocabulary.words` gives them: a search, not a scan, for a report's
    mentions are looked up in its whole text's words)."""
    index = bisect_right(words, offset, key=lambda w: w.start) - 1
    return index if index >= 0 and offset < words[index].end else None


def clause_start(words: list[Word], index: int) -> int:
    """The index of the first word of the clause holding ``words[index]``."""
    while index > 0 and not any(c in CLAUSE_ENDS for c in words[index].gap):
        index -= 1
    return index


def clause_end(words: list[Word], index: int, open_marks: frozenset[str] = frozenset()
               ) -> int:
    """The index after the last word of the clause holding ``words[index]``; the marks
    in ``open_marks`` end no clause (quotation marks inside a clause: "n'était « pas à
    l'ordre du jour »")."""
    index += 1
    while index < len(words) and not any(c in CLAUSE_ENDS and c not in open_marks
                                         for c in words[index].gap):
        index += 1
    return index
