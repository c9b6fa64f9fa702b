"""Polarity and modality of an event trigger: did the text say it happened?

A report names many events that did not happen: "ruled out a curfew", "nobody was
hurt", "threatened to strike", "a march is planned for Friday", "denied that troops
fired". Each trigger gets a ``status`` from the words that govern it in its clause:

- ``reported-denied``: a denial earlier in the sentence governs it ("denied that",
  "denied reports that", "denied firing", "denied using tear gas"), a claim the sentence
  calls false ("reports that troops fired were false") or unconfirmed ("claims that
  police shot a student could not be verified"), a claim a denial takes as object
  however the parser hangs its clause ("denied reports on social media that troops
  fired"), or it is a claim
  (someone said or accused) that the next sentence denies, pointing back ("Witnesses
  said troops fired on the crowd. The minister denied this.");
- ``negated``: a negation right before it ("no", "not", "nobody", "n't"), a verb
  that cancels it ("ruled out", "called off", "dropped plans for", "no plans to"), or
  its own verb negated after it ("the curfew would not go ahead", "troops were not
  deployed", "the rally was called off"), or, in the tree, it is the subject of a verb
  that cancels it, or of a verb of happening negated, however far after it ("rallies
  that had been planned for Sunday were banned": the ban is what happened, not a
  planned rally; "the rally, which had been planned for Friday, would not go ahead");
- ``threatened``: a threat or vow governs it ("or face a strike"), a future with a
  condition ("would strike if ..."), or it is told in a clause of condition ("if they
  arrest our leaders");
- ``planned``: a future, a plan, a call or a request governs it, before or after ("will
  march", "called a day of protests for Tuesday", "called rallies for Monday", "asked
  for reinforcements", "are considering a strike", "deployed ahead of Friday's
  protest", "future protests", "a rally is planned for Friday", "the protests would
  continue", "the walkout is set to resume", "a curfew could be imposed", "a march for
  next Saturday", "students in X plan to march", "a strike called for Thursday", "the
  march planned in X for May 2 would go ahead"); a plan or threat the sentence then says
  was called off ("but organisers called them off", "but no decision had been taken")
  is ``negated``;
- ``occurred`` otherwise.

Words propose; the sentence's dependency tree (spaCy's parser, loaded on the first
sentence that needs it) disposes: a modal, plan, threat, cancelling verb, denial or
negation counts only if it governs the trigger within one clause (a negation also when
it negates the subject of the trigger's verb: "no one was arrested"; not when it
negates a verb of preventing: "could not prevent looting"). "Guards, who will face an
inquiry, fired on the crowd", "a dispute over where he should be buried led to the
arrest of ...", "denied that officers stood by while shops were looted", "police did
not intervene as thousands marched": each cue belongs to another clause, and the
trigger happened. Without the model the words alone decide.

A plan, ban or vow in the modifiers of a noun that a verb of taking place tells in the
past ("the rally, planned for weeks, drew thousands", "a march that had been banned
went ahead") is its history, not its fate (:func:`told_past`), as is a vow the
sentence says was kept ("..., and thousands did so"); a denial of who organised or
allowed an event ("denied that agents had organised the protest") does not deny it.

An event that only frames another in time ("killed during the protests", "no looting
amid the strike") is told as given: a denial, negation, threat or plan before it is of
the other event.

Triggers that only name the purpose of an action ("to quell the protests", "a ban on
rallies", "fears of violence": what the cue governs, not "despite a ban on gatherings,
hundreds marched"), those of an event told before ("the release of those
detained", "release those held for peaceful protest") or an event an anniversary marks
are no events at all (:func:`is_purpose`).

Length: the cue patterns and the tree checks that confine each to the trigger's clause
make one decision; split across modules, a cue would be read apart from its scope.
"""

from __future__ import annotations

import re

from geo.events.scope import CALLING_LEMMAS, CLAIM_LEMMAS, CONTRAST_WORDS, HAPPENING_LEMMAS, Scope
from geo.lexicon import CONDEMNING_VERBS, SPEECH_VERBS, WEEKDAYS, alternation
from geo.model import Status

_TOKENS = r"\s+(?:\S+\s+){0,%d}$"


def _before(words: str, gap: int) -> re.Pattern:
    return re.compile(rf"(?P<cue>{words}){_TOKENS % gap}", re.IGNORECASE)


# Words before a trigger that make it no event: its purpose, a fear, a ban.
_PURPOSE = _before(
    r"\b(?:urg(?:ed|es|ing)|warn(?:ed|s)? (?:of|against)|fears? of|risk of|"
    # "observers feared clashes", not "three are feared dead after clashes" nor "police,
    # fearing violence, fired tear gas"
    # nor "protesters who feared arrest marched"
    r"(?<!who )(?<!that )fear(?:ed|ing)(?!\s+(?:dead|killed|drowned|missing|lost|trapped|for)\b)"
    r"(?![^,;]*[,;])|"
    r"ban(?:ned)? on|end to|in case of|in the event of|"
    r"to (?:quell|calm|stop|prevent|end|curb|contain|suppress|"
    r"crush|put down|halt|ban|avoid|negotiate|deter|disperse|confront))\b", 2)
_DENIED = re.compile(
    r"\b(?:den(?:y|ied|ies|ying)|dismissed|rejected|refuted)\b(?:\s+\S+){0,4}?\s+"
    r"(?:that|reports?|claims?|allegations?|accounts?)\b", re.IGNORECASE)
# "Police denied firing live rounds": a denial of the gerund it governs.
_DENIED_GERUND = re.compile(r"\bden(?:y|ied|ies|ying)\s+(?:\w+ly\s+)?(?:\w+\s+)?"
                            r"\w+ing\b", re.IGNORECASE)
_NEGATED = _before(r"\b(?:not|no|never|without|nobody|no one|neither|nor)\b|n't", 3)
_CANCELLED = _before(
    r"\b(?:ruled out|rule out|called off|call off|cancell?ed|averted|refused to|"
    r"prevent(?:ed|s)?|foiled|thwarted|banned|prohibited|outlawed|"
    r"declined to|not to|(?:dropped|abandoned|scrapped|shelved|"
    r"withdrew|withdrawn|postponed|suspended)\s+(?:\S+\s+)?plans?\s+(?:for|to)|"
    r"no\s+(?:immediate\s+)?(?:plans?|intention|decision)\s+(?:to|for|of)|"
    # "rejected calls from shopkeepers for a curfew", "dismissed opposition demands for"
    r"(?:rejected|dismissed|turned\s+down|refused)\s+(?:\S+\s+)?(?:calls?|demands?|"
    r"requests?|appeals?)\s+(?:from\s+(?:\S+\s+){1,4}?)?for)\b", 4)
# "the curfew would not go ahead", "troops were not deployed", "the rally was called
# off": cancelled by its own verb.
_NEGATED_AFTER = re.compile(
    r"\W*(?:\S+\s+){0,3}?(?:would|will|did|does|do|was|were|has|have|had|could|is|are)"
    r"(?:\s+not|\s+never|n't)\s+(?:be\s+|been\s+)?(?:go(?:ne)?\s+ahead|take\s+place|"
    r"taken\s+place|happen(?:ed)?|proceed(?:ed)?|materiali[sz]ed?|imposed|held|"
    r"extended|declared|deployed|enforced)\b|\W*(?:\S+\s+){0,3}?(?:was|were|has\s+been|"
    r"have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:called\s+off|cancell?ed|postponed|"
    r"scrapped|abandoned|averted|thwarted|foiled|prevented|banned|prohibited)\b",
    re.IGNORECASE)
_THREAT = _before(r"\b(?:threat(?:en(?:ed|s|ing)?)?|vow(?:ed|s|ing)?|warn(?:ed|s|ing)?|"
                  r"or\s+face)\b", 5)
_FUTURE = _before(
    r"\b(?:will|would|shall|could|might|must|should|(?-i:may)|plan(?:s|ned|ning)?|"
    r"scheduled|due(?!\s+to\s+(?!(?:begin|start|resume|take|be|hold|stage|march|strike|"
    r"go|end|run|rally|protest)\b)\w)|intend(?:s|ed)?|call(?:ed|s|ing)? (?:for|a|an)|"
    r"to hold|to stage|to march|to strike|looming|(?:set|expected|going|preparing|pledged|"
    r"promised|ready)\s+to|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)|"
    r"voted\s+(?:to|for)|(?:sought|seeks?|seeking)\s+(?:\w+\s+)?(?:approval|"
    r"permission|authori[sz]ation)\s+(?:for|to))\b", 5)
# "his supporters would return to the streets of X next Friday for a vigil": a future
# anywhere before the trigger in its clause, which the tree alone ties to it.
_FAR_FUTURE = re.compile(r"(?P<cue>\b(?:will|would|shall|should)\b)(?!\s+not\b)",
                         re.IGNORECASE)
# "deployed ahead of Friday's protest": what is ahead is to come.
_AHEAD = _before(r"\b(?:ahead\s+of|in\s+anticipation\s+of|in\s+preparation\s+for)\b",
                 3)
_PLANNED_AFTER = re.compile(
    r"\W*(?:(?:which|that)\s+)?"
    r"(?:(?!(?:that|which|who|and|but|so|as|when|where|because)\b)\S+\s+){0,4}?"
    r"(?:(?:is|are|was|were|has been|have been|had been)\s+"
    r"(?:\w+ly\s+)?(?:planned|scheduled|called|due|expected|slated|set\s+(?:to|for)|"
    r"announced\s+for|going\s+to|likely\s+to|being\s+(?:organi[sz]ed|prepared|"
    r"planned))|(?:is|are)\s+to\s+(?!blame\b)\w+|(?:was|were)\s+to\s+be\s+\w+|"
    r"set\s+for|(?:planned|scheduled|slated)\s+(?:for|to|on)|due\s+(?:on|for|to\s+"
    r"(?:begin|start|resume|take\s+place|be\s+held))|looms?|"
    # "a strike called for Thursday": a call for a day, not "protests called for his
    # resignation".
    rf"called\s+for\s+(?:next\s+|this\s+)?(?:{alternation(WEEKDAYS)}|tomorrow))\b",
    re.IGNORECASE)
# "Students in X plan to march": a plan right before its verb, where the parser may
# read "plan" as a noun of the place's name ("Town plan") and hang it elsewhere.
_PLAN_TO = re.compile(r"\bplans?\s+to\s+$", re.IGNORECASE)
# "the protest planned in X for May 2 would go ahead": the trigger is the subject of a
# verb of taking place told in the future, however long the phrase between.
_TO_TAKE_PLACE = re.compile(r"\b(?:will|would|shall)\s+(?:still\s+|now\s+)?(?:go\s+ahead|"
                            r"take\s+place|proceed|happen|be\s+held)\b", re.IGNORECASE)
_TAKING_PLACE_FUTURE = frozenset({"go", "take", "proceed", "happen", "hold"})
# "The rally, called by the opposition to demand ..., had been planned for Monday": the
# subject of a verb of planning, however long the aside between.
_PLANNED_LATER = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
                            r"(?:planned|scheduled)\b", re.IGNORECASE)
_PLANNING_LEMMAS = frozenset({"plan", "schedule"})
# "a march for next Saturday", "a strike next week", "a sit-in tomorrow": a day to
# come after it. A bare weekday ("a rally for Monday evening") may be the report's own
# day, already past when it is read: it says nothing here.
_NEXT_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|so|who|which|that|as|because|when|where)\b)[^\s,;]+){0,4}?"
    r"\s+(?:next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|(?:for\s+)?tomorrow)\b", re.IGNORECASE)
# "a curfew would be imposed", "the protests will continue": a future told after it;
# "the curfew would hold" or "will be lifted" says a measure in force lasts or ends,
# not that a new one comes.
# Other modals after it ("a curfew could be imposed", "troops may be sent") say it
# may come; not past a word that opens another clause ("fired tear gas so they could").
_FUTURE_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|so|who|which|that|as|because|when|where|while)\b)[^\s,;]+)"
    r"{0,2}?\s+(?P<cue>will|would|shall|could|might|(?-i:may))\s+(?!have\b)(?:\w+ly\s+)?"
    r"(?:not\s+)?(?!(?:be\s+)?(?:hold|remain|stay|last|stand|lift(?:ed)?|end(?:ed)?|"
    r"eased?|relax(?:ed)?|expire)\b)(?:be\s+)?\w+",
    re.IGNORECASE)
_CALLED_OFF = re.compile(
    r"\bbut\s+(?:\S+\s+){0,4}?(?:called\s+(?:them|it|the\s+\w+)\s+off|"
    r"(?:cancell?ed|postponed|abandoned|scrapped|dropped)\b|"
    r"no\s+decision\s+(?:had|has|was)\s+(?:been\s+)?(?:taken|made))", re.IGNORECASE)
# Verbs that cancel what they take as subject ("rallies that had been planned for
# Sunday were banned"): a cheap sign, after the trigger, that the tree may tell so.
_CANCELLING_AFTER = re.compile(
    r"\b(?:called\s+off|cancell?ed|postponed|scrapped|abandoned|averted|thwarted|foiled|"
    r"prevented|banned|prohibited|outlawed)\b", re.IGNORECASE)
_CANCELLING_LEMMAS = frozenset({"cancel", "postpone", "scrap", "abandon", "avert", "thwart",
                                "foil", "prevent", "ban", "prohibit", "outlaw"})
# Negated with the trigger as subject, a verb of :data:`HAPPENING_LEMMAS` tells it did
# not happen.
_NOT_AFTER = re.compile(r"\b(?:not|never)\b|n't", re.IGNORECASE)
# Prepositions that make an event the time frame of another: "killed during the
# protests", "calm returned after the riots".
_FRAMING_PREPOSITIONS = frozenset({"during", "amid", "after", "following", "since",
                                   "throughout", "despite"})
# "Witnesses said troops fired on the crowd. The minister denied this": a claim the
# next sentence denies, pointing back to it (not "denied that <a new claim>").
# Only "deny" takes a bare pronoun: "the court rejected it", "dismissed those officers"
# deny no claim.
_DENIED_NEXT = re.compile(
    r"\s*(?:[^.!?;]{0,80}?\s)?(?:den(?:y|ied|ies)\s+(?:this|it|that(?=\s*[,.;]))|"
    r"(?:den(?:y|ied|ies)|rejected|dismissed|disputed)\s+(?:the|these|those)\s+"
    r"(?:claims?|allegations?|accusations?|reports?|accounts?))\b"
    # (the claim ends its noun phrase: not "dismissed the reports of deaths", another's)
    r"(?!\s+(?:of|about|that|over|concerning|regarding|into|against)\b)",
    re.IGNORECASE)
# "Police said reports that officers had fired on marchers were false": a claim the
# sentence then calls false.
_CLAIM_WORD = re.compile(rf"\b{alternation(tuple(CLAIM_LEMMAS))}s?\b", re.IGNORECASE)
_CLAIM_THAT = re.compile(_CLAIM_WORD.pattern + r"\s+(?:\S+\s+){0,3}?that\b", re.IGNORECASE)
_FALSE_AFTER = re.compile(r"\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:false|untrue|baseless|"
                          r"unfounded|fabricated|fake|groundless|lies)\b", re.IGNORECASE)
# What makes a sentence a claim: someone said or accused.
_CLAIM = re.compile(rf"\b(?:{alternation(SPEECH_VERBS)}|accus(?:ed|es|ing))\b",
                    re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|should the)\b", re.IGNORECASE)


# "future protests", "an upcoming strike": the word before it says it is to come.
_TO_COME = _before(r"\b(?:future|upcoming|forthcoming|proposed|possible|potential)\b", 1)
# Cheap signs that the tree may have more to say: a condition, or a verb of calling or
# asking whose object the trigger may be ("called rallies for Monday", "asked for
# reinforcements").
_IF = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_CALL = re.compile(r"\b(?:" + "|".join(
    rf"{lemma[:-1]}(?:e|es|ed|ing)" if lemma.endswith("e") else rf"{lemma}(?:s|ed|ing)?"
    for lemma in sorted(CALLING_LEMMAS)) + r")\b", re.IGNORECASE)


def trigger_status(text: str, clause: tuple[int, int], sentence: tuple[int, int],
                   start: int, end: int) -> Status:
    """The status of the trigger at ``start:end`` in ``clause`` of ``sentence``.

    Words around the trigger propose a status; where a modal, plan, threat, denial or
    cancelling verb is found, the sentence's dependency tree
    (:class:`~geo.events.scope.Scope`) checks that it governs the trigger, not a verb
    of another clause ("a woman whose shirt read 'all will be well' was shot"). An
    event ruled out, planned or denied that a clause of contrast then tells by a
    pronoun in the past happened ("promised there would be no curfew, but one was
    imposed on Friday")."""
    status = _status(text, clause, sentence, start, end)
    if status != "occurred" and _CONTRAST.search(text, end, sentence[1]) and \
            Scope(text, sentence, start, end).realised_after_contrast():
        return "occurred"
    return status


_CONTRAST = re.compile(rf"\b{alternation(tuple(CONTRAST_WORDS))}\b", re.IGNORECASE)


def _status(text: str, clause: tuple[int, int], sentence: tuple[int, int],
            start: int, end: int) -> Status:
    before = text[clause[0]:start]
    scope = Scope(text, sentence, start, end)
    if (_cue(_DENIED, text, sentence[0], start, scope, tail=False) or any(
            _governs(text, denial.end(), start, end) for denial in
            _DENIED_GERUND.finditer(text, max(clause[0], start - 50), end))) and \
            not _framing(scope) and not _told_of_its_making(scope):
        return "reported-denied"
    if _FALSE_AFTER.search(text, end, sentence[1]) and \
            _cue(_CLAIM_THAT, text, sentence[0], start, scope, tail=False):
        return "reported-denied"
    if (_DENIED_NEXT.match(text, sentence[1]) or _denied_after_semicolon(text, end, sentence[1])) \
            and _cue(_CLAIM, text, sentence[0], start, scope, tail=False) and not _framing(scope):
        return "reported-denied"
    # "denied reports on social media that troops fired", "claims that police killed a
    # student could not be verified"
    if _CLAIM_WORD.search(text, sentence[0], start) and scope.claim_unconfirmed() and \
            not _framing(scope):
        return "reported-denied"
    negation = _NEGATED.search(before)
    if negation is not None:
        cue = (clause[0] + negation.start("cue"), clause[0] + negation.end("cue"))
        # "would not stop their protests": they go on (to come, or going on); "police
        # did not intervene as thousands marched": the negation is of another clause;
        # "could not prevent looting": of the prevention.
        if scope.ending_negated(*cue) or not scope.negates(*cue) or \
                scope.prevention_failed(*cue):
            negation = None
    cancelled = _cue(_CANCELLED, text, clause[0], start, scope)
    if cancelled is not None and scope.prevention_failed(*cancelled.span("cue")):
        cancelled = None  # "failed to prevent clashes"
    if ((negation or cancelled) and
            not _framing(scope)) or _cancelled_subject(text, end, sentence[1], scope) or (
                _NEGATED_AFTER.match(text, end, clause[1]) and not told_past(scope)):
        return "negated"
    if _IF.search(text, sentence[0], start) and scope.conditional():
        return "threatened"
    if _cue(_THREAT, text, clause[0], start, scope) and not _framing(scope):
        return "occurred" if told_past(scope) or _CARRIED_OUT.search(
            text, end, sentence[1]) else "threatened"
    future = _cue(_FUTURE, text, clause[0], start, scope) or \
        _PLAN_TO.search(text, clause[0], start) or \
        _cue(_FAR_FUTURE, text, clause[0], start, scope)
    if future is not None and (_framing(scope) or (
            future.group().lower().startswith("could")
            and scope.prevention_failed(*future.span("cue")))):
        future = None  # (nor "could not prevent looting": it happened)
    # "Protesters who had planned to march were dispersed": the plan was another
    # clause's, and this verb is told as past.
    if future is not None and _PAST.search(before, future.start() - clause[0]):
        future = None
    if future is not None or _cue(_AHEAD, text, clause[0], start, scope) or \
            _TO_COME.search(before) or \
            (_CALL.search(text, clause[0], start) and scope.called()):
        conditional = _CONDITION.search(text, end, clause[1])
        status: Status = "threatened" if conditional else "planned"
    elif _PLANNED_AFTER.match(text, end, clause[1]) or \
            _future_after(text, end, clause[1], scope) or \
            _NEXT_AFTER.match(text, end, clause[1]) or \
            _future_subject(text, end, sentence[1], scope):
        conditional = _CONDITION.search(text, end, clause[1])
        status = "threatened" if conditional else "planned"
    else:
        return "occurred"
    # "The rally, planned for weeks, drew thousands": a plan of the noun, the event
    # told in the past by its own verb; "had vowed to march, and thousands did so".
    if told_past(scope) or _CARRIED_OUT.search(text, end, sentence[1]):
        return "occurred"
    # "Marches were planned for Thursday, but organisers called them off."
    return "negated" if _CALLED_OFF.search(text, end, sentence[1]) else status


def _denied_after_semicolon(text: str, end: int, sentence_end: int) -> bool:
    """Whether the sentence's part after a semicolon denies, pointing back, what the
    part before claimed ("a site reported that police beat students; the police denied
    it"), as a next sentence may ("... The minister denied this.")."""
    semicolon = text.find(";", end, sentence_end)
    return semicolon >= 0 and _DENIED_NEXT.match(text, semicolon + 1, sentence_end) is not None


# "..., and on Thursday thousands did so": a plan or vow the sentence says was kept.
_CARRIED_OUT = re.compile(
    r"[,;]\s+(?:and|but)\s+(?:\S+\s+){0,6}?(?:did\s+(?:so|just\s+that|exactly\s+that)|"
    r"(?:carried\s+out|made\s+good\s+on|followed\s+through\s+on)\s+(?:the|their|its|his|"
    r"her|that)\s+(?:threat|plan|promise|pledge|vow)s?)\b", re.IGNORECASE)
# A relative clause set off by commas, closed before the trigger: "the protest, which
# organisers had promised would be peaceful, turned violent".
_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*$", re.IGNORECASE)
# Verbs that tell their subject or object taking place ("the rally drew thousands",
# "dispersed the sit-in"), not a stance a plan may stir ("the planned march worried").
_TAKING_PLACE_LEMMAS = HAPPENING_LEMMAS | frozenset({
    "begin", "start", "draw", "attract", "fill", "turn", "paralyse", "paralyze", "shut",
    "close", "block", "bring", "gather", "end", "erupt", "spread", "cripple", "halt",
    "disrupt", "unfold", "kick", "get", "join", "attend", "stage", "lead", "disperse",
    "break", "address", "mount", "march", "descend", "swell", "see", "pass", "resume",
    "enter", "grind", "continue", "last", "culminate", "degenerate", "escalate"})
# What "drew" or "attracted" must take to tell a crowd: not "drew warnings".
_CROWD_OBJECTS = frozenset({"thousand", "hundred", "dozen", "million", "crowd", "people",
                            "protester", "demonstrator", "supporter", "marcher"})
# Prepositions of taking part: "went ahead with", "took part in" (not "ahead of").
_TAKING_PART = frozenset({"with", "in", "at", "into", "on"})
# Verbs that tell who made, allowed or paid for an event, not that it happened: their
# denial ("denied that foreign agents had organised the protest") leaves it told.
_MAKING_LEMMAS = frozenset({
    "organise", "organize", "authorise", "authorize", "approve", "permit", "sanction",
    "fund", "finance", "sponsor", "back", "support", "instigate", "incite", "order",
    "plan", "call", "orchestrate", "mastermind", "provoke", "coordinate", "infiltrate"})


def told_past(scope: Scope) -> bool:
    """Whether the trigger is a noun that a verb of taking place tells in the past
    (its subject, object, or through "with", "in": "the rally, planned for weeks, drew
    thousands", "went ahead with a planned march"), not negated nor under a modal: a
    plan, ban or vow in the noun's modifiers tells its history. False without a parser."""
    trigger = scope.first_conjunct()
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    # "Protests that began on Monday will go on": its own clause tells it begun; what
    # is to come is that it lasts.
    if any(child.dep_ == "relcl" and _past_taking_place(child) for child in trigger.children):
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _TAKING_PART:
        trigger = trigger.head
        if trigger.dep_ != "prep":
            return False
    elif trigger.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = trigger.head
    if verb.lemma_ in ("draw", "attract") and not any(
            child.dep_ == "dobj" and (child.like_num or child.lemma_ in _CROWD_OBJECTS or any(
                word.like_num for word in child.children)) for child in verb.children):
        return False
    return _past_taking_place(verb)


def _past_taking_place(verb) -> bool:  # verb: spacy.tokens.Token
    """Whether ``verb`` is a verb of taking place told in the past, not negated nor
    under a modal."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if verb.pos_ != "VERB" or verb.lemma_ not in _TAKING_PLACE_LEMMAS or any(
            child.dep_ == "neg" for child in verb.children) or any(
            aux.tag_ == "MD" or aux.lower_ == "to" for aux in auxiliaries):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        aux.tag_ == "VBD" for aux in auxiliaries))


def _told_of_its_making(scope: Scope) -> bool:
    """Whether the trigger is the subject or object of a verb of making or allowing
    it ("denied that agents had organised the protest", "denied the march had been
    authorised"): what a denial above reaches is that verb, not the event."""
    trigger = scope.first_conjunct()
    return trigger is not None and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and \
        trigger.head.lemma_ in _MAKING_LEMMAS


def _in_closed_aside(text: str, lo: int, cue: int, start: int) -> bool:
    """Whether the cue at ``cue`` stands in a relative clause between commas that
    closes before the trigger at ``start``: the cue belongs to that clause."""
    return _ASIDE_OPEN.search(text, lo, cue) is not None and "," in text[cue:start]


def _framing(scope: Scope) -> bool:
    """Whether the trigger only frames another event in time ("killed during the
    protests", "no violence amid the strike"): a denial, negation, threat or plan of
    that other event does not reach it; the frame is told as given."""
    trigger = scope.first_conjunct()
    if trigger is None:
        return False
    return trigger.dep_ == "pobj" and trigger.head.lower_ in _FRAMING_PREPOSITIONS


def _cancelled_subject(text: str, end: int, sentence_end: int, scope: Scope) -> bool:
    """Whether the trigger is the subject of a verb that cancels it, however far
    after it: "rallies that had been planned for Sunday were banned", "the march
    organisers announced last week was called off" (the banning is what happened), or
    of a verb of happening negated ("the sit-in, which had been planned for Friday,
    would not go ahead")."""
    cancelling = _CANCELLING_AFTER.search(text, end, sentence_end)
    if not cancelling and not _NOT_AFTER.search(text, end, sentence_end):
        return False
    trigger = scope.first_conjunct()
    if trigger is None:
        return False
    verb = trigger.head
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(child.dep_ == "neg" for child in verb.children):
        return verb.lemma_ in HAPPENING_LEMMAS
    return verb.lemma_ in _CANCELLING_LEMMAS or (verb.lemma_ == "call" and any(
        child.dep_ == "prt" and child.lower_ == "off" for child in verb.children))


def _future_subject(text: str, end: int, sentence_end: int, scope: Scope) -> bool:
    """Whether the trigger is the subject of a verb of taking place told in the future,
    or of a verb of planning, however far after it ("the strike planned in X for
    Monday would go ahead", "the rally, called by ..., had been planned for Monday")."""
    planning = _PLANNED_LATER.search(text, end, sentence_end)
    if not planning and not _TO_TAKE_PLACE.search(text, end, sentence_end):
        return False
    trigger = scope.first_conjunct()
    if trigger is None or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = trigger.head
    if planning and verb.lemma_ in _PLANNING_LEMMAS and verb.dep_ not in ("relcl", "acl"):
        return True
    if verb.tag_ == "VBN" and not any(child.dep_.startswith("aux") for child in verb.children):
        # "the rally announced in X would go ahead": the parser may make the participle
        # the trigger's verb and leave the verb of taking place after it with no subject.
        verb = next((word for word in verb.head.children if word.i > verb.i and
                     word.lemma_ in _TAKING_PLACE_FUTURE and not any(
                         child.dep_ in ("nsubj", "nsubjpass") for child in word.children)),
                    verb)
    return verb.lemma_ in _TAKING_PLACE_FUTURE and any(
        child.dep_ == "aux" and child.lower_ in ("will", "would", "shall")
        for child in verb.children) and not any(child.dep_ == "neg" for child in verb.children)


def _future_after(text: str, end: int, clause_end: int, scope: Scope) -> bool:
    """Whether a modal just after the trigger governs it ("the protests would
    continue"), not the verb of the noun the trigger qualifies ("the 29 people arrested
    would be put before a court")."""
    match = _FUTURE_AFTER.match(text, end, clause_end)
    return match is not None and scope.governs(*match.span("cue"))


def _cue(pattern: re.Pattern, text: str, lo: int, start: int, scope: Scope, *,
         tail: bool = True) -> re.Match | None:
    """The first match of ``pattern`` in ``text[lo:start]`` whose cue governs the
    trigger at ``start``; ``tail=False`` for a pattern not anchored at the trigger."""
    pos = lo
    while (match := pattern.search(text, pos, start)) is not None:
        cue = match.span("cue") if tail else (match.start(), match.start() + 1)
        if scope.governs(*cue) and not _in_closed_aside(text, lo, cue[0], start):
            return match
        pos = match.start() + 1
    return None


def _governs(text: str, word_end: int, start: int, end: int) -> bool:
    """Whether the word ending at ``word_end`` is the trigger at ``start:end`` or comes
    within three words before it, in the same clause ("denied using tear gas")."""
    between = text[word_end:start]
    return word_end >= end or (word_end <= start and len(between.split()) <= 3
                               and not any(mark in between for mark in ",;"))


# An event named only as the time of another, in a relative clause: "who took office
# after the removal and arrest of her predecessor" is background, not this report's.
_BACKGROUND = re.compile(
    r"\b(?:who|which|that)\s+(?:\w+\s+){1,4}?(?:after|since|following|before)\s+"
    r"(?:the|his|her|their|its)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}$", re.IGNORECASE)


# An event named as what someone condemns or wants investigated is one the report
# told already (or another's), not a new one: "condemned the repression of the
# demonstrations", "called for an inquiry into the killings".
_REFERENCE = re.compile(
    rf"\b(?:{alternation(CONDEMNING_VERBS)}|(?:inquiry|investigation|probe)\s+"
    r"into|investigate)\s+(?:\S+\s+){0,4}?(?:of|into|over|against)?\s*(?:the\s+)?$",
    re.IGNORECASE)


# "the release of those detained", "those protests", "organisers of the protests",
# "organisers of Tuesday's rally": people or events the report has told, pointed back
# to (not "who organised the march", which may ask about one told only there: "no one
# knows who organised the march").
_THOSE = re.compile(r"\b(?:those|(?:organi[sz]ers?|leaders?)\s+of\s+(?:the\s+|\w+['’]s\s+)?)"
                    r"\s*$", re.IGNORECASE)
# "the group that organised the march": pointing back only to a march told before (not
# "police arrested the activists that organised the protest on Sunday", its first telling).
_ORGANISED_THE = re.compile(r"\bthat\s+(?:had\s+)?organi[sz]ed\s+the\s*$", re.IGNORECASE)


# "urged the authorities to release anyone held for peaceful protest": the protest is
# why people are held, told as their charge, not an event of the report's.
_HELD_FOR = re.compile(
    r"\b(?:release|releasing|freeing|free)\s+(?:\S+\s+){0,6}?(?:held|detained|jailed|"
    r"imprisoned|arrested|convicted|sentenced)\s+(?:for|over)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE)


_ANNIVERSARY = re.compile(r"\banniversar(?:y|ies)\b", re.IGNORECASE)

# "Police have broken up protests before", "rallies have turned violent in the past":
# what has happened before is no event of the report's.
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\S+\s+){0,6}?$", re.IGNORECASE)
_BEFORE_END = re.compile(r"[^.;!?,]{0,60}?\b(?:before|in\s+the\s+past)\s*[.;!?]",
                         re.IGNORECASE)


# "relatives blocked the road, demanding the arrest of the killers": what a crowd demands,
# its very object ("demanding unpaid wages rallied" is the rally), is no event.
_DEMANDED = _before(r"\bdemand(?:ed|ing|s)?\s+(?:the|an?)", 0)


def is_purpose(text: str, clause: tuple[int, int], start: int) -> bool:
    """Whether the trigger at ``start`` names only an action's aim, a demand or a fear, an
    earlier event as the time of another, an event someone condemns, those of an
    event told before, the charge of people someone wants freed, an event an
    anniversary marks, or what has happened before."""
    # (an aim or fear counts only over what it governs: not "despite a ban on
    # gatherings, hundreds marched"; nor a prevention that failed: "failed to prevent
    # clashes")
    purpose = _PURPOSE.search(text, clause[0], start)
    scope = Scope(text, clause, start, start + 1)
    return (purpose is not None and scope.governs(*purpose.span("cue"))
            and not scope.prevention_failed(*purpose.span("cue"))) or any(
        pattern.search(text, clause[0], start) is not None
        for pattern in (_BACKGROUND, _REFERENCE, _THOSE, _HELD_FOR, _DEMANDED)) or (
        _ORGANISED_THE.search(text, clause[0], start) is not None
        and _told_before(text, clause[0], start)) or (
        _ANNIVERSARY.search(text, clause[0], start) is not None
        and scope.under_anniversary()) or (
        _PERFECT_BEFORE.search(text, clause[0], start) is not None
        and _BEFORE_END.match(text, start) is not None)


def _told_before(text: str, before: int, start: int) -> bool:
    """Whether the event word at ``start`` ("march", "protest") is told, by its stem,
    before ``before`` ("Thousands marched ... The union that organised the march")."""
    word = re.match(r"[a-z]+", text[start:])
    if word is None:
        return False
    stem = word.group()[:max(4, len(word.group()) - 2)]
    return re.search(rf"\b{stem}", text[:before]) is not None
