"""Counts in news text: fatalities, injured, arrested and checkpoints.

Numbers come as digits ("26", "3,800", "1.5 million"), words ("a thousand", "two
hundred") and vague quantities ("dozens", "hundreds"). Vague words take the values of
ACLED's codebook (several/many → 10, dozens → 12, hundreds → 100) with the qualifier
``approximate``; "more than", "at least", "over" give ``at_least``.

A number is a count of something only when a count word sits next to it: "18 killed",
"killing 12", "70 checkpoints", "the death toll rose to 40". Years, ages, durations
("three days after") and crowd sizes ("20,000 bandits") have no such word and are
ignored. Numbers joined by "and" add up ("10 soldiers and 19 gunmen were killed" is 29);
a number with no count word of its own repeats the count before it for another place
or day ("four were killed in X and two in Y", "three of them in Z", "and six on
Tuesday"); a running total or a year's statistic is marked ``cumulative``. Shares,
times of day, sums of money and ages are no counts; one person counts one, told with
an article ("a student was shot dead") or by name ("X, 34, was detained").

This is the one home of the grammar of running totals: :data:`RUNNING_TOTAL` and
:data:`SUMMED` serve :mod:`geo.events.tallies` and detection.

Length: one grammar of numbers and the words around them. The find pass, the sums, the
asides, the gapped numbers and the totals share its patterns; spread over two modules,
a pattern changed for one reading would silently change the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geo.events.places import AT_PLACE
from geo.lexicon import (
    NUMBER_WORDS,
    SPEECH_VERBS,
    TALLY_NOUNS,
    TOTAL_CARRYING_VERBS,
    alternation,
)
from geo.model import COUNT_FIELDS, QUALIFIERS, CountField, Counts, Qualifier

# An article counts only before a scale ("a dozen", "a thousand"): alone it is not a
# number ("an attack killed").
_ARTICLE = r"an?"
_SCALES = {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1000,
           "million": 1_000_000}
# ACLED codebook values for vague quantities.
_VAGUE = {"a few": 3, "several": 10, "many": 10, "numerous": 10, "dozens": 12, "scores": 20,
          "hundreds": 100, "thousands": 1000}
_AT_LEAST = r"more than|over|at least|upwards of|in excess of|no fewer than|no less than"
_ABOUT = r"about|around|nearly|almost|some|roughly|approximately|up to|close to|an estimated"

# "Sunday's", "last night's": the toll of one day's event (see _NOT_ONE_DAY).
_DAYS_OWN = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|"
             r"last\s+night)(?:'s|’s)")

# "Both" is a number only as the subject of a casualty or arrest verb: "both were
# killed", "both of the men were arrested", and not of the sides, places or bodies of a
# dispute ("both sides reported injuries", "both countries were hurt by the sanctions").
_BOTH_COUNTED = (r"(?!\s+(?:of\s+the\s+)?(?:sides|parties|camps|countries|nations|cities|"
                 r"towns|governments|teams|groups)\b)"
                 r"\s+(?:of\s+(?:them|the\s+[^\W\d]+)\s+|[^\W\d][\w'’-]*\s+){0,2}"
                 r"(?:(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:killed|shot|injured|"
                 r"wounded|hurt|arrested|detained|held|jailed)|died)\b")
_UNIT_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_SCALE_WORD = "|".join(_SCALES)
_NUMBER = re.compile(
    rf"(?:(?P<qual>{_AT_LEAST}|{_ABOUT})\s+)?"
    # Not the tail of a longer token: "1e308" is no 308, "3,5" no 5.
    r"(?<![\w.,\u202f\u00a0])(?P<num>"
    r"\d{1,3}(?:[,\u202f\u00a0]\d{3})+(?:\.\d+)?(?:\s+(?:million|thousand))?"
    r"|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?"
    rf"|(?:{_UNIT_WORD})(?:[\s-]+(?:{_UNIT_WORD}))?(?:\s+(?:{_SCALE_WORD})s?)?"
    rf"|{_ARTICLE}\s+(?:{_SCALE_WORD})|a few|another|both(?={_BOTH_COUNTED})"
    rf"|(?:{'|'.join(_VAGUE)})(?:\s+of)?"
    r")(?![\w-])",
    re.IGNORECASE,
)

# Count words that follow the number ("18 killed", "70 checkpoints") ...
# Harms a person suffers, by their lemmas ("suffered gunshot wounds", "sustained burns",
# "treated for bruises"), and their plurals as written: the reader of counts by pattern
# and the one by the parse (:func:`geo.events.scope.subject_counts`) read the same ones.
HARMS = ("wound", "burn", "fracture", "bruise")
HARM_PLURALS = "|".join(f"{harm}s" for harm in HARMS)
_AFTER = (
    # "lives" is a count word unless it is the verb ("three million lives in poverty";
    # "lost their lives in" is the noun).
    ("fatalities", r"killed|dead|died|deaths?|fatalities|(?<=their )lives|lives(?!\s+(?:in|"
                   r"on|with|under|below|near|at|abroad|outside)\b)|bodies|slain|"
                   r"murdered|executed|shot dead|perished"),
    ("injured", r"injured|wounded|hurt|injuries|casualties|hospitali[sz]ed|"
                r"treated (?:in hospital )?for|taken to (?:a )?hospital|"
                r"admitted to (?:a )?hospital|"
                # "were treated in the local hospital", "treated at two clinics"
                r"treated (?:in|at) (?:(?:the|a|an|two|three|several|local|city|"
                r"district|regional|nearby|main|military)\s+){0,3}(?:hospitals?|clinics?)|"
                r"(?:needed|needing|required|requiring|received|receiving) (?:hospital |"
                r"medical )?treatment|"
                # "452 people sought medical help", "55 people were treated, most of them"
                r"(?:sought|seeking|needed|needing|required|requiring|received|receiving) "
                r"(?:hospital|medical) (?:help|care|attention|assistance)|"
                r"(?<=were )treated(?=\s*[,.;])|"
                # "six people suffered gunshot wounds", "sustained burns"
                rf"(?:suffered|sustained|received) (?:[\w-]+ ){{0,2}}?(?:{HARM_PLURALS})"),
    ("arrested", r"arrested|detained|arrests|detentions|"
                 r"rounded up|held|jailed|apprehended|into custody|"
                 # "placed under arrest", "bundled into vans" (not "still in custody": a
                 # figure of those held, told beside the arrests)
                 r"under arrest|"
                 r"bundled into (?:police |unmarked |waiting )?(?:vans?|vehicles?|cars?|"
                 r"trucks?|buses)"),
    ("checkpoints", r"checkpoints?|check-points?|roadblocks?|road blocks?|"
                    r"checkposts?"),
)
# ... and those that precede it ("killing 12", "death toll rose to 40").
_BEFORE = (
    ("fatalities", r"(?:killing|killed|kill|lynched|lynching|shot dead|shooting dead|"
                   r"shot and killed|gunned down|gunning down|death toll (?:\w+ ){0,3}(?:to|of|at)|"
                   r"bodies of|"
                   r"toll (?:\w+ ){0,3}(?:to|of|at)|claimed the lives of|"
                   # "put the death toll from Thursday's riot in the capital at"
                   r"(?:put|puts|putting|placed|estimated) (?:the|its|their) (?:\w+ ){0,2}?"
                   r"toll (?:from|of|in|after) (?:[\w'’-]+ ){1,7}?at|"
                   # "the death toll from Sunday's blast in X rose to": one day's toll.
                   rf"toll (?:from|of|in) {_DAYS_OWN} (?:[\w'’-]+ ){{0,8}}?(?:rose|risen|"
                   r"climbed|jumped|increased|reached|stood|stands)(?: to| at)?|"
                   r"number of (?:the )?(?:dead|deaths|people killed) (?:\w+ ){0,3}(?:to|at))"),
    # "the hospital said it had treated 44 people": who a hospital or medics treat
    # are the injured.
    ("injured", r"(?:injuring|injured|wounding|wounded|hurting|treated|treating)"),
    ("arrested", r"(?:arresting|arrested|detaining|detained|rounded up|apprehended|"
                 r"apprehending|"
                 # "he was detained along with 25 other activists": they and he
                 r"(?:arrested|detained|held|jailed) (?:along |together )?with|"
                 r"arrests of|detention of|number of (?:the |those |people )?(?:arrested|"
                 r"detained|arrests|detentions|detainees) (?:\w+ ){0,3}(?:to|at))"),
)
_AFTER_RE = [(f, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for f, p in _AFTER]
#: Any word that makes a number a count: a sentence without one holds no count.
COUNT_WORD = re.compile(r"\b(?:" + "|".join(p for _, p in _AFTER + _BEFORE) + r")\b",
                        re.IGNORECASE)
_COUNT_WORD_NEXT = re.compile(r"\s+(?:" + "|".join(p for _, p in _AFTER) + r")\b",
                              re.IGNORECASE)
# ("police arrested another 12 people", "detaining a further 30": more of them)
_BEFORE_RE = [(f, re.compile(rf"\b{p}(?:\s+(?:another|a\s+further))?\s*$", re.IGNORECASE))
              for f, p in _BEFORE]
# The words between a number and its count word name the victims: "26 armed
# criminals had been killed". These carry no group.
_NO_GROUP = {"people", "persons", "person", "individuals", "others", "were", "was",
             "have", "has", "had", "been", "be", "being", "reportedly", "also",
             "more", "other", "of", "them", "those", "were reportedly"}
# A number's noun, then an aside that breaks it down: "60 people, 43 of them officers,",
# "seven people, including two children,".
_PARTITIVE_ASIDE = re.compile(r"((?:\s+[^\W\d][\w'’-]*){0,2}),\s+(?:[^,;]{1,30}?\bof\s+"
                              r"(?:them|whom|those)|including|among\s+(?:them|whom))\b"
                              r"[^,;]{0,40},", re.IGNORECASE)
# ... or a relative clause about them: "six members of the guard, which protects the
# palace, were arrested".
_RELATIVE_ASIDE = re.compile(r"((?:\s+[^\W\d][\w'’-]*){1,5}),\s+(?:which|who|whose)\b"
                             r"[^,;.]{1,80},", re.IGNORECASE)
# "shot two people and then killed himself", "killed four and wounded 20 others": the
# count word starts another predicate (after "then", "before", "but", or right after
# "and"), or a clause of its own ("both were 27 when they were shot dead"), or its
# victim is its own subject.
_OTHER_PREDICATE = re.compile(r"\b(?:then|before|but|when|while|because|until)\b|"
                              r"\b(?:and|or)\s*$", re.IGNORECASE)
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves)\b", re.IGNORECASE)
_OF_THE = re.compile(r"^\s+of\s+(?:the|those)\s+$", re.IGNORECASE)
_VICTIMS_AFTER = re.compile(r"\s+((?:[^\W\d][\w'’-]*\s*){1,2})")
_FUNCTION_WORDS = {"in", "at", "on", "by", "the", "a", "an", "and", "with", "during",
                   "after", "when", "while", "as", "to", "from"}
_GAP_AFTER = re.compile(r"^[\s\"'“”‘’«»]*((?:[\w\-’']+[\s\"'“”‘’«»]+){0,4}?)$")
# "two of its local officials were detained", "three of their supporters": the
# people a number is a part of; the count word may follow their noun.
_PARTITIVE_OWN = re.compile(r"^\s+of\s+(?:its|their|his|her|our)\s+", re.IGNORECASE)
# "Two protesters and a police officer were killed": one more victim, told with an
# article, joined to the number's own (the count word follows the last of them).
# A count joined by "and" to the one before it, in one sentence ("... rose to 104,
# including eight soldiers, and more than 6,000 ...").
_JOINED_TO_TOTAL = re.compile(rf"\band\s+(?:(?:{_AT_LEAST}|{_ABOUT})\s+)?\Z", re.IGNORECASE)
# A count told in the perfect: "6,000 people have been wounded".
_PERFECT = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}?\s+(?:have|has)\s+been\b", re.IGNORECASE)
_AND_ONE = re.compile(r"\s+(?P<words>(?:[^\W\d][\w'’-]*\s+){1,3}?)and\s+(?P<article>an?)(?=\s)"
                      r"(?!(?:\s+[\w'’-]+){1,5}?\s+(?:was|is|has)\b)", re.IGNORECASE)
# ... or before it: "A police officer and two protesters were wounded".
_ONE_AND = re.compile(r"\ban?\s+(?P<noun>(?:(?!(?:and|or|of|in|at|on|who|which|that)\b)"
                      r"[^\W\d][\w'’-]*\s+){1,3}?)and\s+$", re.IGNORECASE)
# "in their ranks", "among its officers": the victims are the sentence's subject.
_OWN_RANKS = re.compile(r"\b(?:in|among|from) (?:their|its|his|her) (?:own )?(?:ranks|"
                        r"members|officers|personnel|men)\b", re.IGNORECASE)
# Subjects that can own "ranks", mapped to the canonical victim group.
_GROUPS = (
    ("police", r"police(?:men|women| officers?)?|officers|gendarmes?"),
    ("army", r"army|soldiers|troops|military|servicemen"),
    ("state forces", r"security forces|national guard|government forces|forces"),
    ("protesters", r"protesters|demonstrators|marchers"),
    ("civilians", r"civilians|villagers|residents|passers-by|bystanders"),
)
_GROUPS_RE = [(g, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for g, p in _GROUPS]
_SPACES = re.compile(r"\s*")
# "30 police officers and protesters were injured": two groups' people in one figure, a
# noun of its own to the count word after them (its victims of no one group).
_GROUP_PAIR = re.compile(r"\b(?:{0})\s+and\s+(?:(?:other|fellow)\s+)?(?:{0})\b".format(
    "|".join(p for _, p in _GROUPS)), re.IGNORECASE)
_WINDOW = 48
# The grammar of running totals, one home for the counts, the tallies and detection:
# a total carried to a new figure ("bringing the death toll to 22"), a toll that rose
# ("the toll has risen to 46"), a sum of the counts told ("in all", "altogether").
_CARRIER = rf"{alternation(TOTAL_CARRYING_VERBS)}\s+"
_TALLY = rf"(?:\S+\s+){{0,3}}?{alternation(TALLY_NOUNS)}\b(?:\s+\S+){{0,4}}?\s+"
_CARRYING = _CARRIER + _TALLY
_SUMMING = r"in\s+(?:all|total)|altogether|all\s+told|overall"
# A word of a toll's phrase that is no day's event: "the death toll from Sunday's blast
# rose to 12" is the blast's own count, not a running total.
_NOT_ONE_DAY = rf"(?!{_DAYS_OWN})"
#: A clause that sums the counts told: "in all, 300 were detained", "bringing the
#: number of those arrested to 1,200".
SUMMED = re.compile(rf"\b(?:{_SUMMING})\b|\b{_CARRYING}to\b", re.IGNORECASE)
#: A clause that tells a running total: "the death toll ... had risen to 46", "bringing
#: the toll to 22", "bring to 113 the number of people killed".
RUNNING_TOTAL = re.compile(rf"\b(?:toll (?:{_NOT_ONE_DAY}\S+ ){{0,6}}?"
                           r"(?:(?:rose|risen|climbed) to|reached|stood at|stands at)|total number|"
                           rf"{_CARRYING}to|bring(?:s|ing)? to \S+ the number)\b",
                           re.IGNORECASE)
# A toll told again at a new figure: "the toll had climbed to 14", "the number of people
# arrested in the city rose to 64", "bringing the number held in the town to 20", "the
# figure had climbed to 45". The noun's own words say what it counts ("the death toll",
# "the number of people arrested"); a bare "number" or "figure" counts what the last
# count before it counted. A figure "since" a day, "so far", "across the country" or
# "from three days of unrest" is the story's total, no update of one event's
# (:data:`_NOT_ONE_EVENT`).
_UPDATED_NOUN = rf"(?:death\s+)?(?:{alternation(TALLY_NOUNS)}|figure)"
_UPDATED = re.compile(
    rf"\b(?:the|its|their|that|this)\s+(?P<noun>{_UPDATED_NOUN})\b"
    r"(?P<words>(?:\s+(?!since\b)[\w'’-]+){0,14}?)\s+(?:(?:has|had|have)\s+)?"
    r"(?:(?:now|since|further|then|also)\s+)?(?:rose|risen|climbed|jumped|increased|grown|"
    r"grew|reached|gone\s+up|went\s+up)(?:\s+to)?\s+$"
    rf"|\b{_CARRIER}(?:the|its|their)\s+(?P<carried>{_UPDATED_NOUN})\b"
    r"(?P<carried_words>(?:\s+(?!since\b)[\w'’-]+){0,8}?)\s+to\s+$",
    re.IGNORECASE)
_OF_SOMETHING = re.compile(r"\s*of\b", re.IGNORECASE)
#: A word an updated toll goes by: a sentence with none and no count word holds no count.
UPDATE_NOUN = re.compile(rf"\b{_UPDATED_NOUN}\b", re.IGNORECASE)
_NOT_ONE_EVENT = re.compile(r"\b(?:since|so\s+far|to\s+date|this\s+year|across|nationwide|"
                            rf"countrywide|throughout|{_SUMMING}|a\s+total\s+of|"
                            r"(?:days?|nights?|weeks?|months?)\s+of)\b", re.IGNORECASE)
# "four more were detained", "a further six", "another 12": a count added to one told
# before, not the figure it is updated to.
_INCREMENT = re.compile(r"\b(?:more|further|another|additional)\b", re.IGNORECASE)
_UPDATE_REACH = 200
_AT_A_PLACE = re.compile(r"\b(?:in|at)\s+\S", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’»]?\s+|\n")
# A total over the whole story, not one incident's count. "Since then" is a day's cue
# like "since Monday" (:data:`_SINCE_A_DAY`), a total only when a total is carried to
# the figure after it ("bringing the number of people killed since then to 40") or its
# sentence sums ("a total of 40 have been detained since then").
_CUMULATIVE = re.compile(
    rf"\b(?:(?:toll|number of (?:the )?(?:dead|deaths))\b(?:\s+{_NOT_ONE_DAY}\S+){{0,6}}?"
    r"\s+(?:rose|risen|climbed|reached|stands|stood|"
    r"jumped|increased)|since (?:the )?(?:start|beginning|outbreak|unrest|protests?|"
    r"violence|demonstrations|crisis|uprising|coup|election|vote|crackdown|strike|"
    r"(?:early |mid-?|late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    # ("since it began", "since they erupted": the unrest named before)
    r"\b|(?:it|they)\s+(?:began|started|erupted|broke\s+out)\b|"
    rf"(?:1[89]|20)\d\d\b|then\s+(?:to|at)\b)|(?:{_SUMMING})\b|so far\b|to date\b|"
    r"(?:have|has|had) now (?:died|been killed)\b|in (?:a|one|two|three|the past|the last) "
    r"(?:days?|weeks?|months?) of (?:unrest|protests?|violence|clashes|rioting|fighting)\b|"
    r"this year|since then,?\s+a total of\b|a total of\b(?=[^.;]{0,80}\bsince then\b))",
    re.IGNORECASE)
# "put the death toll at", "estimated the number of dead at": a source's figure.
_ESTIMATE = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+"
                       r"(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:toll|number\s+of\s+"
                       r"(?:the\s+)?(?:dead|deaths|injured|wounded|casualties|people\s+"
                       r"(?:killed|injured|wounded|arrested|detained)|arrests|detainees))\s+"
                       # "the death toll from Thursday's riot in the capital at eight"
                       r"(?:(?:from|of|in|after)\s+(?:[^\W\d][\w'’-]*\s+){1,7}?)?"
                       r"at\s+$", re.IGNORECASE)
# A cue of :data:`_CUMULATIVE` that is a toll's own phrase: its figure follows it.
_TOLL_CUE = re.compile(r"(?:toll|number)\b", re.IGNORECASE)
_SINCE_A_DAY = re.compile(r"\bsince\s+(?:(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                          r"then)\b", re.IGNORECASE)
# A total a new count is carried to: "bringing the death toll to 22", "raising the total
# to 31", "bring to 113 the number of people killed", "the total stands at 46". The cue
# ends right before the number: the count before it ("two more died, raising ...") is
# the new incident's own, and "officials put the toll at 12" gives an incident's own.
_CARRIED_TO = re.compile(
    rf"\b(?:{_CARRIER}(?:{_TALLY})?(?:to|past|above|beyond)|"
    r"(?<!a\s)(?:total|tally)\s+(?:number\s+(?:of\s+)?)?(?:\S+\s+){0,3}?"
    r"(?:stands|stood|now|has|had|is|was)(?:\s+(?:at|risen\s+to|reached))?)\s+$",
    re.IGNORECASE)
# One victim told with an article: "a police officer was killed", "a 19-year-old
# student was shot dead", "an activist was arrested". The subject is up to five words
# with no clause word in it ("a man who was ..." is no subject of the verb).
_SINGULAR_AUX = r"(?:was|has\s+been|had\s+been)\s+(?:(?:\w+ly|later|also|then)\s+)?"
_SINGULAR_VERBS = (
    ("fatalities", rf"died|{_SINGULAR_AUX}(?:killed|shot dead|shot and killed|gunned down|"
                   r"lynched|found dead|(?:beaten|stabbed|hacked|burned) to death)"),
    ("injured", rf"{_SINGULAR_AUX}(?:injured|wounded|hurt)"),
    ("arrested", rf"{_SINGULAR_AUX}(?:arrested|detained|taken into custody)"),
)
_SINGULAR = re.compile(
    r"\b(?P<article>an?)\s+(?P<noun>(?:(?!(?:an?|who|which|that|whom|whose|where|when|and|"
    r"or|but|was|were|is|had|has)\b)[\w'’-]+\s+){1,5}?)(?:"
    + "|".join(f"(?P<{field}>{p})" for field, p in _SINGULAR_VERBS) + r")\b",
    re.IGNORECASE)
# ... or by its place in a count told before: "the third, a young man, died in X",
# "the other was wounded".
_ORDINAL_SINGULAR = re.compile(
    r"\b(?P<article>the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    rf"other|last))(?P<noun>(?:\s+(?!(?:{_UNIT_WORD}|of|were|are|have|had)\b)"
    r"[^\W\d][\w'’-]*)?)(?:,\s[^,;]{1,60},)?\s+(?:"
    + "|".join(f"(?P<{field}>{p})" for field, p in _SINGULAR_VERBS) + r")\b",
    re.IGNORECASE)
# ... or as the object of an active verb or of the arrest's noun: "the blast killed a
# soldier", "police arrested a student leader", "the detention of a lawyer" ("the death
# of a student" is more often the cause of the unrest told than a count of it). A
# collective ("a group of", "a number of") is no one.
_SINGULAR_OBJECT = re.compile(
    r"\b(?:(?P<fatalities>killing|killed|shot dead|shooting dead|gunned down|lynched)|"
    r"(?P<injured>wounding|wounded|injuring|injured)|"
    r"(?P<arrested>arresting|arrested|detaining|detained|(?:arrest|detention) of))"
    r"\s+(?P<article>an?)\s+"
    r"(?P<noun>(?!(?:group|crowd|number|few|dozen|handful|total|lot|score|hundred|"
    r"thousand|million|series|wave|string|further|additional)\b)[\w'’-]+"
    r"(?:\s+(?!(?:in|at|on|and|or|near|during|after|with|by|who|as)\b)[\w'’-]+){0,2})",
    re.IGNORECASE)
# One person told by name: "Amal Haddad, a student leader, was detained", "police said
# Okoro and 12 of his aides were arrested" (13). The name opens its clause (nothing
# before it but a speech verb, "that", a comma or "and"), so it is the verb's subject;
# a pronoun or "Nobody" is no name.
_NAME = (r"(?!(?:No|Nobody|None|Nothing|Everyone|Everybody|Anyone|Someone|He|She|It|They|"
         r"We|I|This|That|These|Those|One|Another|Each|Police|Troops|Soldiers|"
         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
         r"July|August|September|October|November|December)\b)"
         r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|(?:al|el|bin|ibn|de|da|van|von)"
         r"[\s-]+(?-i:[A-Z])[\w'’.-]*)){0,4}")
_NAMED_SINGULAR = re.compile(
    rf"(?P<noun>{_NAME})(?:,\s[^,;]{{1,90}},)?\s+(?:"
    + "|".join(f"(?P<{field}>{p})" for field, p in _SINGULAR_VERBS) + r")\b")
# ... or named as the object: "police detained opposition leader Ama Sefa on Sunday".
# Up to three lower-case words of title before the name, none a preposition or article
# ("arrested in X" names a place), and the name ends at a comma or a clause word.
_NAMED_OBJECT = re.compile(
    r"\b(?:(?P<fatalities>killed|shot dead|shot and killed|gunned down|lynched)|"
    r"(?P<injured>wounded|injured)|(?P<arrested>arrested|detained))\s+"
    r"(?:(?!(?:in|at|on|near|outside|after|during|for|from|with|by|across|around|the|a|an|"
    r"more|some|about|over|up|to|as|and|or|his|her|their|its|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|many|dozens|hundreds|thousands)\b)(?-i:[a-z])[\w-]*\s+)"
    rf"{{0,3}}(?P<noun>{_NAME})(?=\s*[,.;]|\s+(?:on|in|at|after|as|and|outside|near|during|"
    r"who|while|for|from|over)\b)")
# "(detained) with 25 other activists", "with 12 others": those and the one detained.
_WITH = re.compile(r"\bwith\s+(?:(?:" + _AT_LEAST + "|" + _ABOUT + r")\s+)?$", re.IGNORECASE)
_WITH_OTHERS = re.compile(r"\s+(?:[^\W\d][\w'’-]*\s+)?others?\b", re.IGNORECASE)
_NAME_AND = re.compile(rf"(?P<noun>{_NAME})\s+and\s+$")
# ("leaving a soldier and three students injured": the victims a clash left open
# its count as a clause would.)
_CLAUSE_OPENING = re.compile(rf"(?:^|\b(?:{alternation(SPEECH_VERBS)}|that|and|leaving|left)"
                             r"\s+|,\s+|^[\W\s]+)$", re.IGNORECASE)
# "injured in the clashes", "killed during the night's protests": the events counted
# are named again by a definite description, after the count's own words.
# So does a day's own: "hurt in Tuesday's clashes".
_TOLD_AGAIN = re.compile(r"[^.;:]{0,70}?\b(?:in|during|amid)\s+(?:(?:the|these|those)\s+"
                         rf"(?:[\w-]+(?:'s|’s)\s+)?|{_DAYS_OWN}\s+)(?=[^\W\d])", re.IGNORECASE)
# An epidemic's figures: deaths counted beside cases or infections are no unrest's toll.
_EPIDEMIC = re.compile(r"\b\d[\d,.]*\s+(?:new\s+)?(?:confirmed\s+)?(?:cases|infections)\b|"
                       r"\btested\s+positive\b", re.IGNORECASE)
# A number of time units is a duration or an age: "three days after", "a 22-year-old".
_DURATION = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|"
                       r"decades?)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)
# A share, a time of day or a sum of money is no count: "80% of those arrested", "at
# 5 p.m.", "$6 million".
_MEASURE_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|[ap]\.m\.|[ap]m\b|o'clock\b|"
                            r"GMT\b|UTC\b|:\d\d)", re.IGNORECASE)
# "aged 15 and 16", "aged between 18 and 25": ages.
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?)\s+(?:between\s+|from\s+)?(?:\d+\s+(?:and|to|or)\s+)?$",
                         re.IGNORECASE)
_AGES = re.compile(r"\s+aged\s+(?:between\s+|from\s+)?\d+(?:\s+(?:and|to|or)\s+\d+)?\b",
                   re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"[$€£¥₹₦]\s*$|\b(?:US|USD|EUR|GBP)\s*$")
# "many of the people arrested": a vague share of a group told already, not a count.
_VAGUE_SHARE = re.compile(r"(?:many|several|a few|numerous)\s+of$", re.IGNORECASE)
_DEFINITE_AFTER = re.compile(r"\s+(?:the|those|these|them|whom|his|her|their|its|our)\b",
                             re.IGNORECASE)
# A count over a whole year ("30,000 people were murdered in 2022") is a statistic.
_OVER_A_YEAR = re.compile(r"\b(?:in|during|throughout) (?:the year )?(?:1[89]|20)\d\d\b"
                          r"(?![-–/]\d)", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\b(?:\w+est|worst|first|most\s+\w+)\s+(?:\w+\s+){0,3}$",
                          re.IGNORECASE)
# A number that repeats the count before it for another place or day: "... and two in
# Y", "... and six on Tuesday", "..., and at least seven more at Z". The joint before it
# must be a comma, "and", "while" or "whereas".
# A partitive ("three of them in X", "31 of them in the capital") only before a name or
# the town a report names by its kind: "13 of them in critical condition" is no place.
_PARTITIVE = (r"of\s+(?:them|those|whom|the\s+[\w-]+)\s+(?=\w+\s+(?:the\s+(?:capital|city|"
              r"town)(?![\w'’])|(?:the\s+)?(?-i:[A-Z])))")
_GAPPED = re.compile(rf"\s+(?:more\s+|others?\s+|{_PARTITIVE})?(?:{alternation(AT_PLACE)}|on)"
                     r"\s+(?:the\s+)?\S", re.IGNORECASE)
# Between two numbers of one sum: one to three words, then "and" ("21 civilians and").
_JOINED_GAP = re.compile(r"\s+(?P<words>(?:[^\W\d][\w'’-]*\s+){1,3}?)(?:and|as well as)\s+",
                         re.IGNORECASE)
# "3,700 were detained, including 1,300 in X and 500 in Y": the parts of a total.
_GAP_JOINT = re.compile(r"(?:,|\band|\bwhile|\bwhereas|\bincluding|\bamong\s+(?:them|whom)|"
                        r"\bof\s+(?:them|whom))\s+(?:(?:" + _AT_LEAST + "|"
                        + _ABOUT + r")\s+)?\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CountMention:
    """One count found in the text: ``field`` of ``value`` at ``start:end``."""

    start: int
    end: int
    field: CountField
    value: int
    qualifier: Qualifier
    group: str = ""
    #: A running total ("the death toll rose to 46", "killed since the protests
    #: began"): no one incident's count, and never added to the incidents' counts.
    cumulative: bool = False
    #: Where the events it counts are named again by a definite description, if they
    #: are ("60 were injured in the clashes": the offset of "clashes"); such a count
    #: belongs to the event told before, not to a new one.
    told_again_at: int | None = None
    #: A figure a source puts a toll at ("the government put the death toll at
    #: eight"): told after a count of its kind, it is that count's other figure or the
    #: story's total, no new incident's (:func:`geo.events.detect.detect_events`).
    estimate: bool = False
    #: A running total only by "since <day>" after it ("80 injured since Sunday"): it
    #: counts the days since, which the event told after it in its clause may span.
    since_day: bool = False
    #: A toll told again at a new figure ("the toll had climbed to 14", "the number
    #: rose to 41"): the last figure of a count told before it, not a total of the story
    #: (:func:`geo.events.tallies.take_updated_figures`).
    updates: bool = False


#: Larger numbers are not casualty or arrest counts (they are ids, sums of money or
#: typos) and would overflow the Int64 count columns.
MAX_COUNT = 1_000_000_000


def parse_number(phrase: str) -> tuple[int, Qualifier] | None:
    """Read a number phrase: ``"more than 3,800"`` → ``(3800, "at_least")``.

    Returns ``None`` when the phrase is not a number. Vague words ("dozens") take
    ACLED's codebook values and the qualifier ``approximate``.
    """
    match = _NUMBER.fullmatch(phrase.strip())
    if match is None:
        return None
    value, vague = _value(match.group("num"))
    if value is None:
        return None
    return value, _qualifier(match.group("qual"), vague)


def find_counts(text: str, start: int = 0, end: int | None = None, *,
                context: int | None = None) -> list[CountMention]:
    """Find the counts in ``text[start:end]``, with offsets into ``text``.

    Each number is given to the nearest count word after it ("18 killed and 748
    wounded") or, failing that, right before it ("killing 12"). A number with no count
    word of its own, followed by a place ("four were killed in X and two in Y"), counts
    what the last count before it counted, looked for from ``context`` (the sentence's
    start; ``start`` by default). Numbers joined by "and" ("10 soldiers and 19 gunmen
    were killed") add up, also across the start of the clause when ``context`` is given.
    """
    end = len(text) if end is None else end
    found: list[CountMention] = []
    # A number with no count word of its own, joined by "and" to the next one: "10
    # soldiers and 19 gunmen were killed" counts 29.
    waiting = _uncounted_before(text, context, start) if context is not None else None
    if waiting is not None:
        # "Two protesters | and a police officer were killed": the clause cut the sum.
        joint = _AND_ONE.match(text, waiting[0].end(), end)
        field, group = (None, "") if joint is None or joint.end() <= start or \
            not _plain(joint.group("words")) else _field_after(text, joint.end(), end)
        if field is not None:
            found.append(CountMention(waiting[0].start(), joint.end(), field, waiting[1] + 1,
                                      _qualifier(waiting[0].group("qual"), waiting[2]),
                                      group))
            waiting = None
        # "Thirty police officers | and protesters were injured": one figure of both
        elif (pair := _GROUP_PAIR.match(text, _SPACES.match(text, waiting[0].end()).end(),
                                        end)) is not None and pair.end() > start and \
                (field := _field_after(text, pair.end(), end)[0]) is not None:
            found.append(CountMention(waiting[0].start(), pair.end(), field, waiting[1],
                                      _qualifier(waiting[0].group("qual"), waiting[2])))
            waiting = None
    # Did the last count take its word from before it ("killing 3 soldiers and 2 ...")?
    counted_before = False
    for match in _NUMBER.finditer(text, start, end):
        value, vague = _value(match.group("num"))
        if value is None or _is_no_count(text, match):
            waiting = None
            continue
        gapped = _GAPPED.match(text, match.end(), end) is not None
        if match.group("num").lower() == "another" and not gapped:
            waiting = None
            continue
        field, group = _field_after(text, match.end(), end)
        one_more = None
        joint = _AND_ONE.match(text, match.end(), end)
        if joint is not None and not _plain(joint.group("words")):
            joint = None
        if field is None and joint is not None:
            field, group = _field_after(text, joint.end(), end)
            one_more = joint.end() if field is not None else None
        from_before = False
        if field is None:
            field = _field_before(text, max(start, match.start() - 2 * _WINDOW),
                                  match.start())
            from_before = field is not None
            # "arrested two men and a woman": the one joined is the verb's object too.
            one_more = joint.end() if from_before and joint is not None else None
            # "killing four protesters": the victims follow the number.
            victims = _VICTIMS_AFTER.match(text, match.end(), end)
            group = group_of(victims.group(1)) if field and victims else ""
        if field is None and (update := _update_at(text, context, start, match, end)):
            # "the number rose to 41": the figure a count told before is updated to
            field = _updated_field(text, update, found, context)
            if field is not None:
                found.append(CountMention(match.start(), match.end(), field, value,
                                          _qualifier(match.group("qual"), vague),
                                          cumulative=True, updates=True))
                waiting = None
                continue
        if field is None and gapped:
            field = _gapped_field(text, found, context if context is not None else start,
                                  match.start())
        # Only a number with a noun of its own ends a sum: "299 new cases and 13
        # deaths" is a count of deaths alone.
        joined = waiting if waiting and _joins(text, waiting[0].end(), match.start()) \
            and not _COUNT_WORD_NEXT.match(text, match.end()) else None
        if field is None:
            if counted_before and found and _joins(text, found[-1].end, match.start()):
                found[-1] = _add(found[-1], match.end(), value,
                                 _qualifier(match.group("qual"), vague))
                waiting = None
                continue
            waiting = (match, value, vague)
            counted_before = False
            continue
        if field == "fatalities" and _EPIDEMIC.search(text, start, end):
            waiting = None  # "299 new cases and 13 deaths": a health ministry's daily figures
            continue
        waiting, counted_before = None, from_before
        qualifier = _qualifier(match.group("qual"), vague)
        if not group and field in ("fatalities", "injured"):
            group = own_ranks_group(text, start, end, match.start())
        running = _is_cumulative(text, start, end, match)
        since_day = not running and field in ("fatalities", "injured") and \
            _since_a_day(text, match, end)
        mention = CountMention(match.start(), match.end(), field, value, qualifier, group,
                               running or since_day,
                               _told_again_at(text, match.end(), end),
                               _ESTIMATE.search(text, max(start, match.start() - 2 * _WINDOW),
                                                match.start()) is not None,
                               since_day,
                               updates=running and _update_at(text, context, start, match,
                                                              end) is not None)
        if one_more is not None:
            mention = _add(mention, one_more, 1, "exact")
        elif from_before and field == "arrested" and _WITH_OTHERS.match(text, match.end(), end) \
                and _WITH.search(text, start, match.start()):
            mention = _add(mention, mention.end, 1, "exact")  # "... with 25 others": and he
        if joined is not None:
            first, first_value, first_vague = joined
            mention = _add(replace(mention, start=first.start()), mention.end, first_value,
                           _qualifier(first.group("qual"), first_vague))
        elif not from_before and (named := _named_before(text, start, match.start())) \
                is not None:
            mention = _add(replace(mention, start=named), mention.end, 1, "exact")
        elif not from_before and (one := _one_before(text, start, match.start())) \
                is not None:
            mention = _add(replace(mention, start=one), mention.end, 1, "exact")
        found.append(mention)
    if counted_before and found:
        _joined_past_the_clause(text, found, end)
    _joined_to_totals(text, found, start if context is None else context)
    found.extend(_singular_counts(text, start, end, found))
    found.extend(_named_counts(text, start, end, found))
    return sorted(found, key=lambda c: c.start)


def _singular_counts(text: str, start: int, end: int, found: list[CountMention]
                     ) -> list[CountMention]:
    """One victim told with an article ("a protester was shot dead") counts one, unless
    negated ("not a single person was hurt") or inside a count found already."""
    singles = []
    matches = [*_SINGULAR.finditer(text, start, end),
               *_SINGULAR_OBJECT.finditer(text, start, end),
               *_ORDINAL_SINGULAR.finditer(text, start, end)]
    for match in matches:
        article = match.start("article")
        if _NEGATED.search(text, max(0, article - 4), article) or any(
                c.start <= article < c.end for c in found + singles):
            continue
        field = next(f for f, _ in _SINGULAR_VERBS if match.group(f))
        singles.append(CountMention(article, match.end("noun"), field, 1, "exact",
                                    group_of(match.group("noun")),
                                    _is_cumulative(text, start, end, match)))
    return singles


def _told_again_at(text: str, position: int, end: int) -> int | None:
    """Where the definite description of the events counted begins, if the count's
    words name them so ("had been injured in the clashes")."""
    told = _TOLD_AGAIN.match(text, position, end)
    return told.end() if told is not None else None


def _named_before(text: str, start: int, position: int) -> int | None:
    """Where a person named with the number's own people begins ("Okoro and 12 of his
    aides were arrested"), else ``None``."""
    name = _NAME_AND.search(text, max(start, position - 60), position)
    if name is None or not _CLAUSE_OPENING.search(text[start:name.start()]) or \
            group_of(name.group("noun")):
        return None
    return name.start()


def _joined_to_totals(text: str, found: list[CountMention], context: int) -> None:
    """"The death toll since Tuesday rose to 104, ..., and more than 6,000 people have
    been wounded": a count told in the perfect and joined to a running total before it
    in its sentence is one too."""
    for n, count in enumerate(found):
        if not count.cumulative and _PERFECT.match(text, count.end) and \
                _JOINED_TO_TOTAL.search(text, max(context, count.start - 20), count.start) \
                and ((n and found[n - 1].cumulative)
                     or RUNNING_TOTAL.search(text, context, count.start)):
            found[n] = replace(count, cumulative=True)


def _joined_past_the_clause(text: str, found: list[CountMention], end: int) -> None:
    """"the bodies of six men | and two women were found": a clause cut after a count
    that took its word from before it; the number joined to it after the cut adds up."""
    after = _NUMBER.search(text, end, min(len(text), end + 12))
    if after is None or _is_no_count(text, after) or not _joins(text, found[-1].end,
                                                                after.start()):
        return
    value, vague = _value(after.group("num"))
    if value is not None and _field_after(text, after.end(), len(text))[0] is None:
        found[-1] = _add(found[-1], after.end(), value, _qualifier(after.group("qual"), vague))


def _one_before(text: str, start: int, position: int) -> int | None:
    """Where one person told with an article and joined to the number's own people
    begins ("A police officer and two protesters were wounded"), else ``None``."""
    one = _ONE_AND.search(text, max(start, position - 50), position)
    if one is None or not _CLAUSE_OPENING.search(text[start:one.start()]) or \
            not _plain(one.group("noun")):
        return None
    return one.start()


def _plain(words: str) -> bool:
    """Are ``words`` a plain noun phrase: no preposition, conjunction or count word?"""
    return not set(words.lower().split()) & _FUNCTION_WORDS and not COUNT_WORD.search(words)


def _named_counts(text: str, start: int, end: int, taken: list[CountMention]
                  ) -> list[CountMention]:
    """One person told by name as the subject or object of a casualty or arrest verb
    counts one: "Amal Haddad, 34, was shot dead", "police detained Ama Sefa"."""
    named = []
    subjects = [m for m in _NAMED_SINGULAR.finditer(text, start, end)
                if _CLAUSE_OPENING.search(text[start:m.start()])]
    for match in [*subjects, *_NAMED_OBJECT.finditer(text, start, end)]:
        noun = match.start("noun")
        if group_of(match.group("noun")) or any(
                c.start <= noun < c.end or noun <= c.start < match.end("noun")
                for c in taken + named):
            continue
        field = next(f for f, _ in _SINGULAR_VERBS if match.group(f))
        named.append(CountMention(noun, match.end("noun"), field, 1, "exact"))
    return named


def _uncounted_before(text: str, context: int, start: int
                      ) -> tuple[re.Match, int, bool] | None:
    """The number that ends the text before a clause, if it has no count word: "Four
    officers | and 11 protesters were wounded" is cut into two clauses, one sum."""
    last = next(iter(reversed(list(_NUMBER.finditer(text, context, start)))), None)
    if last is None or _is_no_count(text, last):
        return None
    value, vague = _value(last.group("num"))
    if value is None or _field_after(text, last.end(), start)[0] or \
            _field_before(text, max(context, last.start() - _WINDOW), last.start()):
        return None
    return last, value, vague


def _joins(text: str, position: int, start: int) -> bool:
    """Do only a few plain words and "and" stand between two numbers ("10 soldiers and
    19 ...")? Times, places and other counts between them ("two on Monday and three",
    "killed and 18") make two counts, not one."""
    gap = _JOINED_GAP.fullmatch(text, position, start)
    if gap is None:
        return False
    return _plain(gap.group("words"))


def _add(count: CountMention, end: int, value: int, qualifier: Qualifier) -> CountMention:
    """``count`` with a joined number added: the vaguer qualifier wins."""
    return replace(count, end=max(end, count.end), value=min(MAX_COUNT, count.value + value),
                   qualifier=max(count.qualifier, qualifier, key=QUALIFIERS.index))


def _is_cumulative(text: str, start: int, end: int, match: re.Match) -> bool:
    """Is the count a running total? The cue must be near it ("the death toll rose to
    46", "killed since the protests began", "in total"), or a year after it ("murdered
    in 2022"); "the deadliest day since the protests began" dates a superlative, not a
    total."""
    low, high = max(start, match.start() - _WINDOW), min(end, match.end() + _WINDOW + 20)
    year = _OVER_A_YEAR.search(text, match.end(), high)
    if year is not None and _cue_is_its_own(text, match, year):
        return True
    if any(_CARRIED_TO.finditer(text, low, match.start())):
        return True
    return any(not _SUPERLATIVE.search(text, max(low, cue.start() - 40), cue.start())
               and _cue_is_its_own(text, match, cue)
               for cue in _CUMULATIVE.finditer(text, low, high))


def _cue_is_its_own(text: str, match: re.Match, cue: re.Match) -> bool:
    """Does a cue of a total belong to the number ``match``, not to another total told
    beside it? After the number, a total carried between them takes the cue ("three in
    X, bringing to 37 the number killed since Wednesday": the 37's), and so does the
    figure a toll's own phrase leads to ("four were killed, and the death toll rose to
    20"); before it, a toll's phrase has its figure before ours ("the toll rose to 46 as
    three more died")."""
    toll = _TOLL_CUE.match(cue.group()) is not None
    if cue.start() >= match.end():
        return not toll and RUNNING_TOTAL.search(text, match.end(), cue.start()) is None
    return not (toll and any(
        _value(other.group("num"))[0] is not None and not _is_no_count(text, other)
        for other in _NUMBER.finditer(text, cue.end(), match.start())))


def _update_at(text: str, context: int | None, start: int, match: re.Match,
               end: int) -> re.Match | None:
    """The phrase that tells the number ``match`` as a toll's new figure ("the toll had
    climbed to 14"), when the figure is one event's: no "since", "so far" or "across
    the country" about it (:data:`_UPDATED`)."""
    low = start if context is None else context
    update = _UPDATED.search(text, max(low, match.start() - _UPDATE_REACH), match.start())
    if update is None or _NOT_ONE_EVENT.search(text, update.start(),
                                               min(end, match.end() + _WINDOW)):
        return None
    # "two were killed on Sunday, raising the total to 31": a total carried on from a
    # new count of its sentence is the story's, unless it is a place's ("bringing the
    # number held in the town to 20")
    if update.group("carried") is not None and \
            not _AT_A_PLACE.search(update.group("carried_words")) and \
            find_counts(text, low, update.start()):
        return None
    return update


def _updated_field(text: str, update: re.Match, found: list[CountMention],
                   context: int | None) -> CountField | None:
    """What an updated figure counts: what its noun's words name ("the number of people
    arrested"), the dead for a bare toll, else what the last count before it counted, in
    its sentence or the one before ("Police arrested 28. By noon the figure had climbed
    to 45")."""
    words = update.group("words") or update.group("carried_words") or ""
    named = _first_count_word(words, 0)
    if named is not None:
        return named[2]
    if _OF_SOMETHING.match(words):
        # "the number of shops that closed", "the number of cholera cases": a figure of
        # something that is no count of ours, not the last count's update
        return None
    if "toll" in (update.group("noun") or update.group("carried")).lower():
        return "fatalities"
    before = [c for c in found if c.start < update.start()]
    if not before and context is not None:
        before = find_counts(text, context, update.start())
        if not before and context > 0:
            lookback = max(0, context - _UPDATE_REACH * 2)
            ends = [m.end() for m in _SENTENCE_END.finditer(text, lookback, context - 2)]
            before = find_counts(text, ends[-1] if ends else lookback, context)
    return before[-1].field if before else None


def is_increment(text: str, count: CountMention) -> bool:
    """Is the count one added to a figure told before ("four more were detained", "a
    further six", "another 12"), not a figure of its own?"""
    return _INCREMENT.search(text, max(0, count.start - 12), count.end + 6) is not None


def _since_a_day(text: str, match: re.Match, end: int) -> bool:
    """Is a death toll counted "since Monday": the dead of several days and places, no
    one incident's? (An arrest count "since Monday" is a row of its own, with its
    days; see :func:`geo.events.tallies.without_totalled`.)"""
    cue = _SINCE_A_DAY.search(text, match.end(), min(end, match.end() + _WINDOW + 20))
    return cue is not None and _cue_is_its_own(text, match, cue)


def _gapped_field(text: str, found: list[CountMention], context: int,
                  position: int) -> CountField | None:
    """The field of the count a gapped number ("... and two in Y") repeats: the last
    count before it in the sentence, if only a joint separates them."""
    before = found or find_counts(text, context, position)
    if not before or not _GAP_JOINT.search(text, before[-1].end, position):
        return None
    return before[-1].field


def combine(counts: list[CountMention]) -> Counts:
    """Fold counts into one :class:`~geo.model.Counts`; the vaguest qualifier wins.

    When a field is given twice the larger value is kept: later sentences usually
    update a toll upwards.
    """
    if not counts:
        return Counts()
    values: dict[str, int] = {}
    qualifiers: dict[str, str] = {}
    for count in counts:
        if count.value >= values.get(count.field, 0):
            values[count.field] = count.value
            qualifiers[f"{count.field}_qualifier"] = count.qualifier
    qualifier = max((c.qualifier for c in counts), key=QUALIFIERS.index)
    groups = [c.group for c in counts if c.group]
    return Counts(qualifier=qualifier, victim_group=groups[0] if groups else "",
                  **values, **qualifiers)


def vague_below(figure: int, qualifier: str, other: int) -> bool:
    """Whether a vague figure (ACLED's code of "dozens", "hundreds") may be the exact one
    a later sentence gives ("dozens were injured", then "17 officers and 12 protesters
    were treated"): told of one event, the two do not disagree."""
    return qualifier == "approximate" and figure in _VAGUE.values() and other > figure


def repeats_figures(host: list[CountMention], report: list[CountMention]) -> bool:
    """Whether ``host`` already tells every figure ``report`` gives, each the same: a
    casualty report that only repeats an event's toll is that event told again."""
    theirs, ours = combine(report), combine(host)
    return all(getattr(ours, name) == getattr(theirs, name) for name in COUNT_FIELDS
               if getattr(theirs, name) is not None)


def own_ranks_group(text: str, start: int, end: int, position: int) -> str:
    """The victim group of "N killed in their ranks": the subject before ``position``."""
    if not _OWN_RANKS.search(text, position, end):
        return ""
    return group_of(text[start:position])


def group_of(phrase: str) -> str:
    """Map a victim phrase to a canonical group ("police officers" → ``police``)."""
    for group, pattern in _GROUPS_RE:
        if pattern.search(phrase):
            return group
    return ""


def _value(number: str) -> tuple[int | None, bool]:
    words = number.lower().replace("\u202f", ",").replace("\u00a0", ",")
    words = re.sub(r"\s+of$", "", words)
    if words in _VAGUE:
        return _VAGUE[words], True
    if words == "another":  # "one was killed in X and another in Y"
        return 1, False
    if words == "both":  # "both officers were arrested"
        return 2, False
    tokens = re.split(r"[\s-]+", words)
    scale = 1
    if tokens[-1].rstrip("s") in _SCALES and len(tokens) > 1:
        scale = _SCALES[tokens[-1].rstrip("s")]
        tokens = tokens[:-1]
    head = " ".join(tokens)
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", head):
        value = float(head.replace(",", "")) * scale
    elif head in NUMBER_WORDS:
        value = NUMBER_WORDS[head] * scale
    elif head in ("a", "an"):
        return scale, True
    elif len(tokens) == 2 and all(t in NUMBER_WORDS for t in tokens):
        value = (NUMBER_WORDS[tokens[0]] + NUMBER_WORDS[tokens[1]]) * scale  # "twenty-six"
    else:
        return None, False
    if value > MAX_COUNT:
        return None, False
    return int(value), False


def _qualifier(word: str | None, vague: bool) -> Qualifier:
    if word and re.fullmatch(_AT_LEAST, word.lower()):
        return "at_least"
    if vague or word:
        return "approximate"
    return "exact"


def _is_no_count(text: str, match: re.Match) -> bool:
    """A year, an age ("a 22-year-old", "aged 15"), a duration ("three days after"), a share, a
    time of day, a sum of money, a vague share of a group ("many of the people
    arrested") or a negated one ("no one was hurt") is no count."""
    number = match.group("num")
    if re.fullmatch(r"(?:1[89]|20)\d\d", number):
        return True
    if _MEASURE_AFTER.match(text, match.end()) or _MONEY_BEFORE.search(
            text, max(0, match.start() - 4), match.start()) or _AGE_BEFORE.search(
            text, max(0, match.start() - 30), match.start()):
        return True
    # A fraction with no scale is a measure ("6.8 points"), never people counted.
    if re.fullmatch(r"[\d,]*\.\d+", number):
        return True
    if _VAGUE_SHARE.fullmatch(number.lower()) and _DEFINITE_AFTER.match(text, match.end()):
        return True
    if _NEGATED.search(text, max(0, match.start() - 4), match.start()):
        return True
    return _DURATION.match(text, match.end()) is not None


def _field_after(text: str, position: int, end: int) -> tuple[CountField | None, str]:
    aside = _PARTITIVE_ASIDE.match(text, position, end) or \
        _RELATIVE_ASIDE.match(text, position, end)
    if aside is not None:
        # "60 people, 43 of them officers, had been injured": the count word is after
        # the aside, and the victims are before it.
        field, _ = _field_after(text, aside.end(), end)
        return field, _victims(aside.group(1)) if field else ""
    window_end = min(end, position + _WINDOW)
    # The next number ends the window, unless it is an age ("two teenagers aged 15").
    stop = next((n for n in _NUMBER.finditer(text, position + 1, window_end)
                 if not _AGE_BEFORE.search(text, max(0, n.start() - 30), n.start())), None)
    window = text[position:stop.start() if stop else window_end]
    best = _first_count_word(window, 0)
    if best is None:
        return None, ""
    if _OF_THE.search(window, 0, best[0]):
        # "Two of the injured later died": the noun names the victims; the count word
        # after it, if any, says what befell them.
        later = _first_count_word(window, best[1])
        if later is not None and _GAP_AFTER.match(window[best[1]:later[0]]):
            return later[2], ""
    gap = _GAP_AFTER.match(_GROUP_PAIR.sub("people", _PARTITIVE_OWN.sub(
        " ", _AGES.sub("", window[:best[0]]), count=1), count=1))
    if gap is None or _OTHER_PREDICATE.search(gap.group(1)) or \
            _REFLEXIVE.match(text, position + best[1]):
        return None, ""
    return best[2], _victims(gap.group(1))


def _first_count_word(window: str, position: int) -> tuple[int, int, CountField] | None:
    best: tuple[int, int, CountField] | None = None
    for field, pattern in _AFTER_RE:
        hit = pattern.search(window, position)
        if hit and (best is None or hit.start() < best[0]):
            best = (hit.start(), hit.end(), field)
    return best


def _field_before(text: str, start: int, position: int) -> CountField | None:
    before = text[start:position]
    for field, pattern in _BEFORE_RE:
        if pattern.search(before):
            return field
    return None


def _victims(gap: str) -> str:
    words = [w for w in re.findall(r"[\w\-’']+", gap.lower()) if w not in _NO_GROUP]
    if not words:
        return ""
    phrase = " ".join(words)
    # A gap with function words is not a noun phrase ("26 in the attack were killed").
    if _FUNCTION_WORDS.intersection(words):
        return group_of(phrase)
    return group_of(phrase) or phrase
