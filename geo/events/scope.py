"""The dependency tree of a trigger's sentence: which words govern the trigger.

Status words found around a trigger ("will", "denied that", "ruled out") are checked
here against spaCy's parse of the sentence: a cue counts only if it governs the trigger
within one clause (:meth:`Scope.governs`). The model's tagger and parser are those the
geoparser loaded, disabled, with its NER (:func:`geo.nlp.tree_parser`); without the model
every check answers as if the words alone decided.

Length: each method reads the one parse a trigger's sentence gets (cached here); split
across modules, the checks would share the parse through private names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from geo.events.counts import (
    COUNT_WORD,
    HARM_PLURALS,
    HARMS,
    MAX_COUNT,
    CountMention,
    parse_number,
)
from geo.events.draft import STATE_ACTORS
from geo.events.rules import ACTORS, CIVILIAN_PEOPLE, CROWD, FESTIVE_WORDS, WORKING_CROWDS
from geo.lexicon import NUMBER_WORDS, alternation
from geo.nlp import tree_parser
from geo.text import replace_lone_surrogates

# Words of the law's process (lemmas): an event named below one of them is the
# charge, the wanted act or the cause, not a new event of the story ("an arrest
# warrant", "a reward for information leading to an arrest", "charged with rioting",
# "arrests made for looting").
_LEGAL_PROCESS_LEMMAS = frozenset({
    "warrant", "reward", "bounty", "charge", "accuse", "accusation", "suspicion",
    "suspect", "convict", "conviction", "sentence", "indict", "indictment", "prosecute",
    "prosecution", "trial", "court", "arrest", "detain", "detention", "jail",
})
# Verbs of calling or asking for something (their lemmas; status reads their forms).
CALLING_LEMMAS = frozenset({"call", "ask", "request", "appeal", "urge"})
# Verbs whose object an infinitive called for is done through ("called on people to
# join a strike", "to stage a sit-in"): the object is what is called for.
_DOING_LEMMAS = frozenset({"join", "stage", "hold", "launch", "mount", "observe"})
# "asked if", "wondered if": a question, whichever arc the parser gives it.
_ASKING_LEMMAS = frozenset({"ask", "wonder"})
# Verbs of ending: negated, they say the event goes on.
_ENDING_LEMMAS = frozenset({"stop", "end", "halt", "cease", "abandon", "suspend", "quit"})
# Verbs of preventing: negated or failed ("could not prevent looting", "failed to avert
# clashes"), the event happened.
# ("would not stop their protests" is an ending negated: they go on, to come.)
_PREVENTING_LEMMAS = frozenset({"prevent", "avert", "foil", "thwart"})
_FAILING_LEMMAS = frozenset({"fail", "unable"})
# Arcs that open a clause of its own under a verb: a modal, plan or denial above one
# does not reach below it ("police, who will investigate, said ..."; "denied that
# officers stood by while shops were looted").
_CLAUSE_ARCS = frozenset({"relcl", "parataxis", "csubj"})
# Nouns of a claim whose content a "that" clause or an "of" tells ("reports that troops
# fired", "rumours of looting"), their lemmas; the verbs that deny such a claim as their
# object, and those that, negated with the claim as subject, leave it unconfirmed
# ("reports that shops were looted could not be verified").
CLAIM_LEMMAS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "account",
                           "message", "post"})
_DENYING_LEMMAS = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})
_CONFIRMING_LEMMAS = frozenset({"confirm", "verify", "substantiate", "corroborate"})
# Words that mark the verb or noun they hang on rather than head a phrase of their own.
_MARKERS = frozenset({"aux", "auxpass", "neg", "det", "prt", "nsubj", "nsubjpass", "amod",
                      "advmod", "mark", "cc"})
_HEADING_POS = frozenset({"VERB", "NOUN", "ADJ", "ADP", "PROPN"})
# Prepositions that give a legal act its charge, cause or aim ("jailed for", "charged
# with", "a warrant over"); and the acts whose "of" names the people taken, not a cause.
_CAUSE_PREPOSITIONS = frozenset({"for", "with", "over"})
_SEIZING = frozenset({"arrest", "detain", "detention", "jail"})
# Verbs that take people into custody (their particle aside: "rounded up").
_TAKING_LEMMAS = frozenset({"arrest", "detain", "hold", "jail", "apprehend", "round",
                            "imprison"})
# Who an arrest takes, by the lemma of the counted noun: "held" also takes rallies,
# talks and seats, so a number held counts people only under one of these (or a name of
# an actor: "40 protesters were held").
_PERSON_LEMMAS = frozenset({"person", "people", "individual", "man", "woman", "child", "boy",
                            "girl", "youth", "student", "member", "leader", "suspect",
                            "journalist", "reporter", "lawyer", "worker", "official",
                            "resident", "migrant", "opponent", "detainee", "prisoner"})
_STATE_FORCES = tuple(pattern for name, pattern in ACTORS if name in STATE_ACTORS)


@cache
def _tree_parser():  # -> Callable[[str], spacy.tokens.Doc] | None
    """spaCy's tagger and dependency parser; None where the model is not installed."""
    try:
        # The geoparser's own pipeline holds the tagger and parser, disabled (geo.nlp).
        return tree_parser()
    except (ImportError, OSError):
        return None


@lru_cache(maxsize=32)
def parse_sentence(sentence: str):  # -> spacy.tokens.Doc | None
    """spaCy's tree of one sentence's text (cached: the cues and the counts ask for the
    same sentence); None without a parser."""
    nlp = _tree_parser()
    # spaCy cannot encode a lone surrogate; U+FFFD keeps every offset where it was.
    return None if nlp is None else nlp(replace_lone_surrogates(sentence))


class Scope:
    """The dependency tree of a trigger's sentence, parsed only when a cue asks."""

    def __init__(self, text: str, sentence: tuple[int, int], start: int, end: int):
        self.text, self.sentence, self.span = text, sentence, (start, end)

    def _tokens(self, start: int, end: int):  # -> spacy.tokens.Span | None
        doc = parse_sentence(self.text[self.sentence[0]:self.sentence[1]])
        if doc is None:
            return None
        return doc.char_span(start - self.sentence[0], end - self.sentence[0],
                             alignment_mode="expand")

    def trigger(self):  # -> spacy.tokens.Token | None
        """The trigger's head word in the tree; None without a parser."""
        tokens = self._tokens(*self.span)
        return tokens.root if tokens else None

    def first_conjunct(self):  # -> spacy.tokens.Token | None
        """The trigger, or the first of the words it is coordinated with ("the march
        and the rally were banned": "march"), which holds their role in the clause."""
        trigger = self.trigger()
        while trigger is not None and trigger.dep_ == "conj":
            trigger = trigger.head
        return trigger

    def governs(self, cue_start: int, cue_end: int) -> bool:
        """Whether the cue at ``cue_start:cue_end`` governs the trigger: the trigger
        lies below the word the cue marks (a modal's verb, a plan's noun, a denial's
        verb) with no clause of its own between them. True without a parser."""
        found = self._cue_top(cue_start, cue_end)
        return found is None or _reaches(*found)

    def negates(self, cue_start: int, cue_end: int) -> bool:
        """Whether the negation at ``cue_start:cue_end`` reaches the trigger: it governs
        it (:meth:`governs`: "did not march", "no protests") or negates the subject of
        a verb that does ("no one was arrested", "no shops were looted"); not a negation
        of another clause's verb ("police did not intervene as thousands marched"). True
        without a parser."""
        found = self._cue_top(cue_start, cue_end)
        if found is None:
            return True
        trigger, top = found
        return _reaches(trigger, top) or (top.dep_ in ("nsubj", "nsubjpass", "expl") and
                                          _reaches(trigger, top.head))

    def _cue_top(self, cue_start: int, cue_end: int):
        """The trigger's token and the word the cue at ``cue_start:cue_end`` marks (a
        modal's verb, a plan's noun, a denial's verb), or ``None`` without a parse."""
        cue, trigger = self._tokens(cue_start, cue_end), self.trigger()
        if cue is None or trigger is None:
            return None
        word = cue[-1]
        return trigger, (word if word.pos_ in _HEADING_POS and word.dep_ not in _MARKERS
                         else word.head)

    def prevention_failed(self, cue_start: int, cue_end: int) -> bool:
        """Whether the cue at ``cue_start:cue_end`` is, or negates, a verb of preventing
        that is itself negated or failed ("could not prevent looting", "failed to avert
        clashes"): the event it would have kept from happening happened."""
        cue = self._tokens(cue_start, cue_end)
        if cue is None:
            return False
        verb = cue[-1] if cue[-1].lemma_ in _PREVENTING_LEMMAS else cue[-1].head
        return verb.lemma_ in _PREVENTING_LEMMAS and (
            any(child.dep_ == "neg" for child in verb.children)
            or (verb.dep_ == "xcomp" and verb.head.lemma_ in _FAILING_LEMMAS))

    def ending_negated(self, cue_start: int, cue_end: int) -> bool:
        """Whether the negation at ``cue_start:cue_end`` negates a verb of ending
        that governs the trigger ("would not stop their protests", "did not end the
        strike"): then the event goes on."""
        cue, trigger = self._tokens(cue_start, cue_end), self.trigger()
        if cue is None or trigger is None:
            return False
        verb = cue[-1].head
        return verb.lemma_ in _ENDING_LEMMAS and verb.i != trigger.i and \
            _reaches(trigger, verb)

    def conditional(self) -> bool:
        """Whether the trigger is told in a clause of condition ("if they arrest our
        leaders"): its clause is an adverbial one marked by "if" or "unless" (not the
        question of "asked if there had been deaths")."""
        trigger = self.trigger()
        if trigger is None:
            return False
        for token in (trigger, *trigger.ancestors):
            if token.dep_ == "advcl" and token.head.lemma_ not in _ASKING_LEMMAS and any(
                    child.dep_ == "mark" and child.lower_ in ("if", "unless")
                    for child in token.children):
                return True
            if _opens_clause(token) or token.dep_ == "ccomp":
                return False
        return False

    def claim_unconfirmed(self) -> bool:
        """Whether the trigger tells the content of a claim the sentence denies or says
        could not be confirmed: "denied reports on social media that troops fired" (the
        clause the parser may hang on the claim's own modifier), "reports that shops were
        looted could not be verified", "rumours of looting have not been confirmed"."""
        claim = self._claim()
        if claim is None:
            return False
        verb = claim.head
        if claim.dep_ == "dobj":
            return verb.lemma_.lower() in _DENYING_LEMMAS
        return claim.dep_ in ("nsubj", "nsubjpass") and \
            verb.lemma_.lower() in _CONFIRMING_LEMMAS and \
            any(child.dep_ == "neg" for child in verb.children)

    def _claim(self):  # -> spacy.tokens.Token | None
        """The claim noun whose content clause (or "of") holds the trigger."""
        token = self.trigger()
        while token is not None and token.head.i != token.i:
            head = token.head
            if token.dep_ in ("ccomp", "acl", "relcl") and any(
                    child.dep_ == "mark" and child.lower_ == "that"
                    for child in token.children):
                # "reports on social media that ...": up from the modifier to the claim
                while head.lemma_.lower() not in CLAIM_LEMMAS and head.dep_ == "pobj" \
                        and head.head.dep_ == "prep":
                    head = head.head.head
                return head if head.lemma_.lower() in CLAIM_LEMMAS else None
            if token.dep_ in ("pobj", "pcomp") and head.lower_ == "of" and \
                    head.head.lemma_.lower() in CLAIM_LEMMAS:
                return head.head
            if _opens_clause(token) or token.dep_ == "ccomp":
                return None
            token = head
        return None

    def under_anniversary(self) -> bool:
        """Whether the trigger is what an anniversary marks ("to mark the anniversary
        of the 2011 uprising and of mass protests in 2019"): a past event."""
        trigger = self.trigger()
        return trigger is not None and any(
            token.lower_.startswith("anniversar") for token in trigger.ancestors)

    def under_legal_process(self, lemmas: frozenset[str]) -> bool:
        """Whether the trigger is what a word of the law's process names as its charge,
        cause or aim: "an arrest warrant", "a reward for information leading to the
        arrest", "charged with rioting", "arrests made for looting". The word (one of
        ``lemmas``, or a verb whose subject or object is one) holds the trigger as its
        compound or below its "for", "with", "over" (or "of", for a charge rather than
        an arrest: not the rally of "the arrest of 20 people at a rally")."""
        trigger = self.trigger()
        if trigger is None:
            return False
        token = trigger
        while token.head.i != token.i and token.dep_ != "ccomp" and \
                not _opens_clause(token, participles=False):
            head = token.head
            named = head.lemma_.lower() in lemmas or any(
                child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.i != token.i
                and child.lemma_.lower() in lemmas for child in head.children)
            compound = token.dep_ == "compound" and token.i == trigger.i
            cause = token.dep_ == "prep" and (
                token.lower_ in _CAUSE_PREPOSITIONS
                or (token.lower_ == "of" and head.lemma_.lower() not in _SEIZING))
            if named and (compound or cause):
                return True
            token = head
        return False

    def realised_after_contrast(self) -> bool:
        """Whether the first verb with a subject after a word of contrast that follows
        the trigger carries the event out, in the past, not negated, with a pronoun
        that agrees with the trigger in number for subject: "no curfew would be
        imposed, but one was declared on Friday", "said they would not disperse the
        sit-in, but it was broken up at dawn"; not "threatened protests, but they were
        persuaded to talk" (the people) nor "but it was discussed again"."""
        trigger = self.trigger()
        if trigger is None:
            return False
        joint = next((t for t in trigger.doc[trigger.i + 1:] if t.lower_ in CONTRAST_WORDS),
                     None)
        if joint is None:
            return False
        verb = next((t for t in trigger.doc[joint.i + 1:]
                     if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        if verb is None or verb.tag_ not in ("VBD", "VBN"):
            return False
        subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        # (a passive's: "but it urged residents to stay home" is the speaker's act)
        carried = verb.lemma_.lower() in (_CARRIED_OUT_LEMMAS if subject.dep_ == "nsubjpass"
                                          else _TAKING_PLACE_ACTIVE) and (
            verb.lemma_.lower() != "take" or any(c.lower_ == "place" for c in verb.children))
        return carried and subject.lower_ in _PRONOUNS.get(trigger.tag_, ()) and not any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)

    def aim_of_noun(self) -> bool:
        """Whether the trigger is only what a thing is for: "locations for protests",
        "permits for rallies", "calls for strikes" (a noun's "for", not a verb's:
        "police fired tear gas for hours")."""
        trigger = self.first_conjunct()
        if trigger is None or trigger.dep_ != "pobj":
            return False
        if trigger.head.lower_ == "for":
            return trigger.head.head.pos_ in ("NOUN", "PROPN")
        return self._topic()

    def _topic(self) -> bool:
        """Whether the trigger, a plural with no count, is only what a crowd stands
        against: "marched against kidnappings", "a rally against a wave of killings of
        journalists" (a kind of act, not one act told: "against the killing of two
        students", "against the arrests carried out in X on Thursday" are told; and
        "officials spoke against the killings" is no crowd's)."""
        trigger = self.trigger()
        if trigger is None or trigger.tag_ != "NNS" or any(
                token.like_num or token.lower_ in NUMBER_WORDS for token in trigger.subtree):
            return False
        if any(token.dep_ in ("acl", "relcl") or token.ent_type_ in _OWN_DAY_OR_PLACE
               for token in trigger.subtree):
            return False  # "against the arrests carried out in X on Thursday": told
        noun = self.first_conjunct()  # "against the killings ... and the arrests of"
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "a wave of kidnappings"
        if noun.dep_ != "pobj" or noun.head.lower_ != "against":
            return False
        crowd = noun.head.head  # who or what stands against it
        while crowd.dep_ == "conj":
            crowd = crowd.head
        return crowd.lemma_.lower() in _PROTEST_LEMMAS | _PRESSURE_LEMMAS or any(
            child.dep_ == "nsubj" and (_crowd_subject(child) or _CROWD_ACTORS.fullmatch(
                child.lower_) or child.lemma_.lower() in _QUANTITY_LEMMAS)
            for child in crowd.children)

    def ranked(self) -> bool:
        """Whether the trigger is only ranked among others by a copula: "the protests
        are the largest since 1989", "the riots were the worst in decades" tell how
        big events already told were, no new one."""
        trigger = self.trigger()
        if trigger is None or trigger.dep_ != "nsubj" or trigger.head.lemma_ != "be":
            return False
        return any(child.dep_ in ("attr", "acomp") and (
            child.tag_ in ("JJS", "RBS") or any(
                word.lower_ in ("most", "least") for word in child.children))
            for child in trigger.head.children)

    def described(self) -> bool:
        """Whether the trigger is only the subject of a copula and an adjective: "its
        weekly marches were remarkable for their discipline" tells what events told
        before were like, no new one."""
        trigger = self.trigger()
        return trigger is not None and trigger.dep_ == "nsubj" and \
            trigger.head.lemma_ == "be" and any(
                child.dep_ == "acomp" and child.pos_ == "ADJ"
                for child in trigger.head.children)

    def dated_before(self, year: int) -> bool:
        """Whether a date phrase on the trigger or on the verb it is the subject or
        object of names only years before ``year`` ("were shot dead at their home in X
        in February 2018", "wars between 1989 and 2003 killed ...", "the 2010
        operation left 70 dead"): the story's background. A
        sentence that opens on its date ("In March 2021, police ...") or a date with its
        day ("on June 4, 2018") tells a dated episode the report recalls, and a beginning
        ("began in 2019") may go on."""
        trigger = self.trigger()
        if trigger is None:
            return False
        if trigger.dep_ == "nummod":
            trigger = trigger.head  # a count: "killed 30 people", the people it counts
        words = [trigger]
        # ("left 70 people dead": the people are the subject of "dead", "dead" what
        # "left" completes; two steps up reach the verb.)
        while len(words) < 3 and words[-1].dep_ in _ARGUMENT_ARCS and \
                words[-1].head.pos_ in ("VERB", "AUX", "ADJ"):
            words.append(words[-1].head)
        # "wars between 1989 and 2003 killed ...": the date may be on the verb's subject.
        words += [child for word in words if word.pos_ in ("VERB", "AUX")
                  for child in word.children if child.dep_ in ("nsubj", "nsubjpass")]
        years = []
        for word in words:
            if word.lemma_ in _BEGINNING_LEMMAS:
                return False
            for child in word.children:
                if child.dep_ == "prep" and child.lower_ in _DATING_PREPOSITIONS and \
                        not _opens_sentence(child):
                    date = _date_words(child)
                    if any(t.like_num and t.text.isdigit() and int(t.text) <= 31
                           for t in date):
                        return False  # a day: an episode the report dates, read as one
                    years += [t for t in date if _YEAR.fullmatch(t.text)]
                elif child.dep_ in ("compound", "nummod", "amod", "npadvmod"):
                    # "the 2010 operation", "the 2011 army sweep"
                    years += [t for t in (child, *child.children)
                              if t.dep_ in ("compound", "nummod", "amod", "npadvmod")
                              and _YEAR.fullmatch(t.text)]
        return bool(years) and all(int(t.text) < year for t in years)

    def called(self) -> bool:
        """Whether the trigger is what a verb of calling or asking calls for:
        "called rallies for Monday", "asked for reinforcements" (not "called in
        troops", "called off the strike", "called the shooting a massacre")."""
        trigger = self.first_conjunct()
        if trigger is None:
            return False
        if trigger.dep_ == "dobj" and trigger.head.lemma_ in _DOING_LEMMAS and \
                _infinitive(trigger.head):
            trigger = trigger.head
        verb = trigger.head
        if _infinitive(trigger) and (trigger.dep_ in ("xcomp", "advcl") or (
                trigger.dep_ == "pobj" and verb.lower_ == "to")):
            # "called on supporters to march", "appealed to members to join a strike":
            # the infinitive is what is called for (the parser may read "to" as a
            # preposition).
            verb = verb.head if trigger.dep_ == "pobj" else verb
            return verb.lemma_ in CALLING_LEMMAS
        if trigger.dep_ == "pobj" and verb.lower_ == "for":
            verb = verb.head
        elif trigger.dep_ != "dobj":
            return False
        return verb.lemma_ in CALLING_LEMMAS and not any(
            child.dep_ in ("prt", "oprd") for child in verb.children)


# Cheap signs that the tree may have something to say: a word of the law's process
# in the sentence (see :meth:`Scope.under_legal_process`), a "for" just before.
# A crowd that presses the authorities, by the lemma of the noun heading the subject,
# and what it does: "Thousands of demonstrators, organised online by a movement of
# students, gathered in X" is a protest however far the verb is from its subject.
_CROWD_LEMMAS = frozenset({"protester", "demonstrator", "marcher", "striker", "activist",
                           "supporter", "opponent"})
_PRESSURE_LEMMAS = frozenset({"gather", "assemble", "mass", "march", "rally", "chant",
                              "occupy", "camp", "converge"})
_QUANTITY_LEMMAS = frozenset({"thousand", "hundred", "dozen", "score", "million", "group",
                              "crowd", "number"})
_CROWD_WORD = re.compile(r"\b(?:protesters|demonstrators|marchers|strikers|activists|"
                         r"supporters|opponents)\b", re.IGNORECASE)


_PRESSURE_WORD = re.compile(r"\b(?:gather|assembl|mass|march|rall|chant|occup|camp|"
                            r"converg)\w*", re.IGNORECASE)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Arcs from a trigger to the verb whose date is its own: its subject or object,
# a participle or adjective it completes ("crashed ..., killing 30", "left 70 dead").
_ARGUMENT_ARCS = frozenset({"nsubj", "nsubjpass", "dobj", "advcl", "xcomp", "acomp", "oprd"})
_DATING_PREPOSITIONS = frozenset({"in", "on", "during", "between", "of"})
_BEGINNING_LEMMAS = frozenset({"begin", "start", "erupt"})


def dated_before(text: str, sentence: tuple[int, int], span: tuple[int, int],
                 year: int | None) -> bool:
    """Whether the tree dates the trigger at ``span`` to years before ``year`` (the
    publication's): :meth:`Scope.dated_before`, parsed only when the sentence holds a
    year."""
    return year is not None and _YEAR.search(text, *sentence) is not None and \
        Scope(text, sentence, *span).dated_before(year)


def _opens_sentence(token) -> bool:  # token: spacy.tokens.Token
    return all(t.is_space or t.is_punct for t in token.doc[token.sent.start:token.i])


def _date_words(preposition) -> list:  # preposition: spacy.tokens.Token
    """The words of a preposition's date: its object, the object's numbers and
    coordinated words, and one "of" below it ("in the summer of 2013")."""
    words = []
    for obj in (c for c in preposition.children if c.dep_ == "pobj"):
        words.append(obj)
        for child in obj.children:
            if child.dep_ in ("nummod", "npadvmod", "appos", "conj", "compound"):
                words.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                words += [c for c in child.children if c.dep_ == "pobj"]
    return words


def _infinitive(verb) -> bool:  # verb: spacy.tokens.Token
    """Whether ``verb`` is a bare infinitive after "to" ("to march"), also where the
    tagger reads a lower-case verb right after "to" as a noun ("to march" as the month)."""
    return (verb.tag_ == "VB" or (verb.tag_.startswith("NN") and verb.is_lower)) and \
        verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"


def may_hold_crowd_verbs(text: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` names a crowd and a verb of pressing: a sentence without both
    holds none of :func:`crowd_verbs` (a cheap first look, before any parse)."""
    return bool(_CROWD_WORD.search(text, *span)) and bool(_PRESSURE_WORD.search(text, *span))


def crowd_verbs(text: str, clause: tuple[int, int], sentence: tuple[int, int]
                ) -> list[tuple[int, int]]:
    """The verbs of a crowd pressing the authorities ("gathered", "marched") in
    ``clause`` whose subject is a crowd, read from the parse: the subject may stand
    many words before its verb. Parsed only when the clause names such a crowd; empty
    without a parser."""
    if not may_hold_crowd_verbs(text, clause):
        return []
    doc = parse_sentence(text[sentence[0]:sentence[1]])
    if doc is None:
        return []
    found = []
    for token in doc:
        start = sentence[0] + token.idx
        if token.pos_ != "VERB" or token.lemma_ not in _PRESSURE_LEMMAS or \
                not clause[0] <= start < clause[1]:
            continue
        verb = token
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "gathered ... and marched": the first verb's subject
        if any(_crowd_subject(child) for child in verb.children if child.dep_ == "nsubj"):
            found.append((start, start + len(token.text)))
    return found


def _crowd_subject(subject) -> bool:
    """Whether a subject names a crowd: "demonstrators", "thousands of marchers"."""
    if subject.lemma_.lower() in _CROWD_LEMMAS:
        return True
    return subject.lemma_.lower() in _QUANTITY_LEMMAS and any(
        grandchild.lemma_.lower() in _CROWD_LEMMAS
        for child in subject.children if child.dep_ == "prep"
        for grandchild in child.children if grandchild.dep_ == "pobj")


# What tells an act of its own day or place ("the arrests in X on Thursday").
_OWN_DAY_OR_PLACE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# Crowds' acts that stand against something ("a protest against", "rallied against"),
# besides the crowd's verbs of :data:`_PRESSURE_LEMMAS` ("march", "rally").
_PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "demonstration",
                             "strike", "vigil", "sit", "picket", "campaign", "walkout"})


# Words of contrast that open a clause (:meth:`Scope.realised_after_contrast`).
CONTRAST_WORDS = frozenset({"but", "however", "yet"})
# The pronouns that take up a thing told before, by the number of the trigger they
# agree with: "they" never takes up "a curfew".
_PRONOUNS = {"NN": frozenset({"one", "it"}), "NNS": frozenset({"they"})}
# Verbs an event itself is the active subject of when it takes place ("but it went
# ahead", "it took place"), and verbs of a measure taken, which carry it out in the
# passive ("but one was imposed"): "but they held talks" is the people's act.
_TAKING_PLACE_ACTIVE = frozenset({"go", "take", "happen", "proceed", "materialise",
                                  "materialize", "occur"})
_MEASURE_LEMMAS = frozenset({"impose", "hold", "extend", "declare", "deploy", "enforce"})
#: Verbs of taking place or of a measure taken ("the march did not take place", "troops
#: were not deployed").
HAPPENING_LEMMAS = _TAKING_PLACE_ACTIVE | _MEASURE_LEMMAS
# ... and the passive verbs that carry out a crowd's act or a measure besides them.
_CARRIED_OUT_LEMMAS = _MEASURE_LEMMAS | {
    "stage", "introduce", "reimpose", "proclaim", "break", "disperse"}


def told_as_cause(text: str, sentence: tuple[int, int], count: tuple[int, int],
                  trigger: tuple[int, int]) -> bool:
    """Whether the count at ``count``, of the dead a verb of killing tells, stands in a
    clause "after" or "following" opens that the trigger at ``trigger`` is not in:
    "riots erupted after two teenagers were killed by police" counts what the riot
    followed, its cause, an event of its own, not the riot's toll ("the toll from the
    riot, after the bodies of six men were found" is the riot's). Not when the crowd
    killed ("after protesters beat two officers to death": its own harm) nor when the
    clause opens on unrest ("following clashes in which 12 were killed": the clashes'
    toll). False without a parser."""
    doc = parse_sentence(text[sentence[0]:sentence[1]])
    if doc is None:
        return False
    counted = doc.char_span(count[0] - sentence[0], count[1] - sentence[0],
                            alignment_mode="expand")
    told = doc.char_span(trigger[0] - sentence[0], trigger[1] - sentence[0],
                         alignment_mode="expand")
    if counted is None or told is None:
        return False
    verb = next((t for t in (counted.root, *counted.root.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _KILLING_LEMMAS or any(
            _crowd_subject(doer) or _CROWD_ACTORS.fullmatch(doer.lower_)
            for doer in _doers(verb)):
        return False
    for token in (counted.root, *counted.root.ancestors):
        opened = any(c.dep_ == "mark" and c.lower_ in CAUSE_LINKS for c in token.children) \
            if token.dep_ == "advcl" else token.head.lower_ in CAUSE_LINKS and \
            token.dep_ in ("pcomp", "pobj")
        if opened:
            return told.root not in token.subtree and token.lemma_.lower() not in _UNREST_LEMMAS
    return False


def killed_by_people(text: str, sentence: tuple[int, int], count: tuple[int, int]) -> bool:
    """Whether the dead counted at ``count`` were killed by people, or by no one named
    ("two men were shot dead"), not by a thing ("a car struck and killed a boy"): a
    killing an event may be made of. True without a parser."""
    doc = parse_sentence(text[sentence[0]:sentence[1]])
    counted = doc and doc.char_span(count[0] - sentence[0], count[1] - sentence[0],
                                    alignment_mode="expand")
    if not counted:
        return True
    verb = next((t for t in (counted.root, *counted.root.ancestors) if t.pos_ == "VERB"), None)
    if verb is None:
        return True
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        verb = verb.head  # "struck and killed": the first verb's subject
    if verb.lemma_.lower() in _DYING_LEMMAS:
        return False  # "after a man died in custody": a death that names no killing
    return all(doer.pos_ != "NOUN" or _names_people(doer) for doer in _doers(verb))


def _doers(verb) -> list:
    """Who does a verb's deed: its active subject, or its passive's "by" agent."""
    return [c for c in verb.children if c.dep_ == "nsubj"] + [
        grandchild for c in verb.children if c.dep_ == "agent"
        for grandchild in c.children if grandchild.dep_ == "pobj"]


# A crowd's or a mob's names as actors ("protesters", "rioters", "youths").
_CROWD_ACTORS = re.compile("|".join(pattern.pattern for name, pattern in ACTORS
                                    if name in ("protesters", "rioters")), re.IGNORECASE)
#: Words that link an event to what came before it ("riots erupted after ...").
CAUSE_LINKS = frozenset({"after", "following"})
# Unrest that may open a clause of cause and carry its own toll.
_UNREST_LEMMAS = frozenset({"clash", "riot", "protest", "unrest", "violence", "fighting",
                            "demonstration", "fight", "skirmish", "battle", "rioting"})


def unarmed_subject(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the verb at ``trigger`` ("clashed", "fought") has for subject a crowd of
    people who bear no arms of a party to a battle: "hundreds of farmers", "striking
    miners", "fans", not "gunmen", "poachers" or a pronoun the clause does not name.
    False without a parser."""
    doc = parse_sentence(text[clause[0]:clause[1]])
    if doc is None:
        return False
    tokens = doc.char_span(trigger[0] - clause[0], trigger[1] - clause[0],
                           alignment_mode="expand")
    if tokens is None:
        return False
    verb = tokens.root
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "gathered ... and clashed": the first verb's subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.pos_ == "NUM"
                                or subject.lemma_.lower() in _QUANTITY_LEMMAS):
        subject = next((grandchild for child in subject.children if child.dep_ == "prep"
                        for grandchild in child.children if grandchild.dep_ == "pobj"),
                       None)  # "hundreds of farmers"
    return subject is not None and subject.pos_ == "NOUN" and \
        _UNARMED_CROWD.fullmatch(subject.lower_) is not None and \
        not any(c.lower_ in ("armed", "masked") for c in subject.children)


# People who gather as a crowd or live as civilians: a trade out in the street, a
# district's people, a match's fans (the crowd words of :mod:`geo.events.rules`).
_UNARMED_CROWD = re.compile(rf"{CROWD.pattern}|{alternation(CIVILIAN_PEOPLE)}|"
                            rf"{alternation(WORKING_CROWDS)}|"
                            rf"{alternation(FESTIVE_WORDS)}|\b(?:women|people|pastoralists)\b",
                            re.IGNORECASE)


_LEGAL_WORD = re.compile(r"\b(?:warrants?|reward|bount(?:y|ies)|charg|accus|suspic|suspect|"
                         r"convict|sentenc|indict|prosecut|trial|court|arrest|detain|"
                         r"detention|jail|(?:been|was|were) made)", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:\S+\s+){0,8}$", re.IGNORECASE)


def names_a_charge(text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Whether the trigger names only a legal act's charge, cause or aim ("an arrest
    warrant", "arrested for looting"); parsed only when a word of the law's process is
    in the sentence."""
    return bool(_LEGAL_WORD.search(text, *sentence)) and Scope(
        text, sentence, *trigger).under_legal_process(_LEGAL_PROCESS_LEMMAS)


def counts_people_taken(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the number at ``start:end`` counts people a verb of arrest takes: its noun
    (or the number itself) is the passive subject of "arrested", "detained", "held",
    "rounded up" ("85 people had been held for looting", "seventeen were being held"),
    or the object of an active one but "hold" ("police detained 40 students"; "held
    three rallies" takes no one). False without a parser."""
    number = Scope(text, sentence, start, end).trigger()
    if number is None:
        return False
    noun = number.head if number.dep_ == "nummod" else number
    verb = noun.head
    if verb.lemma_ not in _TAKING_LEMMAS:
        return False
    if verb.lemma_ == "hold" and noun is not number and not _names_people(noun):
        return False  # "three rallies were held"
    if noun.dep_ == "dobj":
        return verb.lemma_ != "hold"
    return noun.dep_ == "nsubjpass" and not _taken_by_others(verb)


# What a counted subject of these verbs is the count of: "two men from the village
# were arrested", "three protesters were treated at the city's main hospital for
# wounds", "four students from the faculty were taken to hospital": the subject's
# modifiers may stand between the number and its verb, beyond the pattern reader's
# reach (:func:`geo.events.counts.find_counts`). Passive verbs; dying verbs take an
# active subject ("two officers of the patrol died").
_SUFFERING_LEMMAS = {**dict.fromkeys(("kill", "slay", "murder", "execute"), "fatalities"),
                     **dict.fromkeys(("injure", "wound", "hurt", "hospitalise",
                                      "hospitalize", "treat", "take", "admit"), "injured"),
                     **dict.fromkeys(_TAKING_LEMMAS - {"round"}, "arrested")}
_DYING_LEMMAS = frozenset({"die", "perish", "succumb"})
# Verbs that tell a death ("were killed", "died", "shot dead", "gunned down").
_KILLING_LEMMAS = frozenset(lemma for lemma, field in _SUFFERING_LEMMAS.items()
                            if field == "fatalities") | _DYING_LEMMAS | {"shoot", "gun", "lynch"}
# "treated", "taken" and "admitted" tell the injured only with their hospital or
# wounds; "suffered", "sustained" only with their wounds ("six people suffered gunshot
# wounds"; not "suffered losses").
_HARM_LEMMAS = frozenset((*HARMS, "injury"))
_CARE_LEMMAS = _HARM_LEMMAS | {"hospital", "clinic", "inhalation", "shock"}
_BEARING_LEMMAS = frozenset({"suffer", "sustain", "receive"})
_MODAL_TAGS = frozenset({"MD"})
# (a clause with no count word or no number has no such count: no parse is asked)
_HARM_WORD = re.compile(rf"\b(?:{HARM_PLURALS})\b", re.IGNORECASE)
_A_NUMBER = re.compile(rf"\d|\b(?:both|{alternation(tuple(NUMBER_WORDS))})\b", re.IGNORECASE)


def subject_counts(text: str, sentence: tuple[int, int], clause: tuple[int, int],
                   found: list[CountMention]) -> list[CountMention]:
    """The counts of ``clause`` told by a number on the subject of a casualty or arrest
    verb (:data:`_SUFFERING_LEMMAS`) that the pattern reader left unread: none of that
    role in ``found`` (the clause's counts so far), none overlapping. Empty without a
    parser."""
    if not ((COUNT_WORD.search(text, *clause) or _HARM_WORD.search(text, *clause))
            and _A_NUMBER.search(text, *clause)):
        return []
    doc = parse_sentence(text[sentence[0]:sentence[1]])
    if doc is None:
        return []
    out: list[CountMention] = []
    for token in doc:
        start = sentence[0] + token.idx
        if not clause[0] <= start < clause[1] or token.dep_ not in ("nummod", "det") or \
                not (token.like_num or token.lower_ == "both") or token.head.tag_ != "NNS":
            continue
        field = _suffered(token.head)
        if field is None or any(c.field == field for c in found + out):
            continue
        verb = token.head.head
        end = sentence[0] + verb.idx + len(verb.text)
        first = sentence[0] + min(t.idx for t in token.subtree)
        phrase = text[first:start + len(token.text)]
        number = (2, "exact") if token.lower_ == "both" else \
            parse_number(phrase) or parse_number(token.text)
        if number is None or not 0 < number[0] < MAX_COUNT or \
                any(c.start < end and start < c.end for c in found) or not end <= clause[1]:
            continue
        out.append(CountMention(first, end, field, number[0], number[1]))
    return out


def _suffered(noun) -> str | None:  # noun: spacy.tokens.Token
    """The role a counted noun's verb gives it, if it is that verb's subject."""
    verb = noun.head
    lemma = verb.lemma_
    children = list(verb.children)
    if any(c.dep_ == "neg" or c.tag_ in _MODAL_TAGS for c in children):
        return None
    if noun.dep_ == "nsubj" and lemma in _DYING_LEMMAS:
        return "fatalities"
    if noun.dep_ == "nsubj" and lemma in _BEARING_LEMMAS:
        return "injured" if any(c.dep_ == "dobj" and c.lemma_.lower() in _HARM_LEMMAS
                                for c in children) else None
    if noun.dep_ != "nsubjpass" or lemma not in _SUFFERING_LEMMAS:
        return None
    field = _SUFFERING_LEMMAS[lemma]
    if lemma in ("treat", "take", "admit") and not any(
            t.lemma_.lower() in _CARE_LEMMAS for c in children if c.dep_ == "prep"
            for t in c.subtree):
        return None
    if field == "arrested" and (_taken_by_others(verb) or (
            lemma == "hold" and not _names_people(noun))):
        return None
    return field


def _names_people(noun) -> bool:  # noun: spacy.tokens.Token
    return noun.lemma_.lower() in _PERSON_LEMMAS or any(
        pattern.fullmatch(noun.text) for _, pattern in ACTORS)


def _taken_by_others(verb) -> bool:  # verb: spacy.tokens.Token
    """Whether a passive verb of taking has an agent that is no force of the state:
    people "held by kidnappers" or "detained by gunmen" are abducted, not arrested."""
    for agent in (child for child in verb.children if child.dep_ == "agent"):
        phrase = " ".join(token.text for token in agent.subtree)
        if not any(pattern.search(phrase) for pattern in _STATE_FORCES):
            return True
    return False


def only_what_a_thing_is_for(text: str, clause_start: int, sentence: tuple[int, int],
                             trigger: tuple[int, int], against: bool = False) -> bool:
    """Whether the trigger is only what a thing is for ("locations for protests") or,
    when ``against`` (an act, not a crowd's: "a crackdown against protests" tells
    them), what a crowd stands against ("marched against kidnappings"); parsed only
    when a "for" or an "against" comes just before it."""
    return bool(_FOR_BEFORE.search(text, max(clause_start, trigger[0] - 30), trigger[0])
                or (against and _AGAINST_BEFORE.search(
                    text, max(clause_start, trigger[0] - 80), trigger[0]))) \
        and Scope(text, sentence, *trigger).aim_of_noun()


def names_nothing_of_its_own(text: str, clause: tuple[int, int], start: int,
                             end: int) -> bool:
    """Whether the clause of the trigger at ``start:end`` names no one, nowhere and no
    day of its own: no proper noun (a place, a person, a weekday) below its verb but
    in clauses of their own. "The protests erupted after the president said a curfew
    would be imposed in X" names X only in the clause after "after": its protests are
    those told before. False without a parser."""
    trigger = Scope(text, clause, start, end).trigger()
    if trigger is None:
        return False
    head = trigger
    while not (_opens_clause(head) or head.dep_ in ("ccomp", "ROOT")):
        head = head.head
    own = [head]
    for token in own:
        own.extend(child for child in token.children
                   if not (_opens_clause(child) or child.dep_ == "ccomp"))
    return not any(token.pos_ in ("PROPN", "NUM") for token in own)


def _opens_clause(token, *, participles: bool = True) -> bool:
    """Whether the arc above ``token`` opens a clause of its own: a relative or loose
    clause, an adverbial clause with a conjunction or a subject of its own ("while
    shops were looted"; not "..., saying they had used tear gas"), a participle
    with no subject ("a woman wearing a shirt that ..."), or a conjoined clause with a
    subject of its own."""
    if token.dep_ in _CLAUSE_ARCS:
        return True
    subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)
    if token.dep_ == "advcl":
        return subject or any(child.dep_ == "mark" for child in token.children)
    return (participles and token.dep_ == "acl" and not subject) or \
        (token.dep_ == "conj" and subject)


def _reaches(token, top) -> bool:
    """Whether ``top`` is ``token`` or an ancestor of it within one clause."""
    # spaCy makes a new Token object at each access: tokens compare by index.
    while token.i != top.i:
        if _opens_clause(token) or token.head.i == token.i:
            return False
        token = token.head
    return True
