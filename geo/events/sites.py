"""Places a report names that are no incident site, read from the phrase around them.

The geoparser gives each mention a role from the words right beside it ("Moscow said"
is an actor). Some phrases need a wider look, and an event needs them right: an
organisation's base ("a London-based group"), the owner of a mission ("the US
embassy"), the seat of a speaking body ("rights groups in X and Y urged", "the
ministry in X said"), where a statement was made ("said in a video recorded in X"),
a destination ("left for X", "fled to X", "flown to a hospital in X"), a birthplace
told as an epithet ("the X-born activist"), where a person is at the time ("the
president, who was attending a summit in X, said"), a person's journey told in
passing ("X, who returned to Y from Z on Sunday, said") and where a person described
in passing comes from ("a 19-year-old student from X, who said ...": these two read
from the dependency tree), and where troops or police come from ("reinforcements from
X were sent") or where people came or travelled from ("most of whom come from X"), and
where the wounded are taken for treatment; where a statement was issued, however deep
in its phrase ("in a statement issued from its offices in X"), read from the tree; a
place listed with one of those, or the area named after it that holds it, is one too.
Phrases for places ("the capital") are read as names are. Such a mention becomes an ``actor``
(``residence`` for a destination, a birthplace or a whereabouts, ``origin`` for where
someone comes from), so that :func:`geo.events.places.is_site` never places an incident there.

Length: one home for the English phrases and tree shapes that make a place no site
(seats, speakers, destinations, origins, routes), over the usual limit;
they share the place's token and the word lists of bodies and travel, which split
modules would pass around through private names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from geo.events import timeline
from geo.events.clauses import Span, sentence_spans
from geo.events.scope import Scope
from geo.lexicon import SPEECH_VERBS, STANCE_VERBS, alternation
from geo.model import Mention
from geo.resolve.places import inside
from geo.resolve.roles import FORCES, SPEAKING_AFTER, SPEAKING_BODIES

_BASED = re.compile(r"^[-\s](?:based|headquartered)\b", re.IGNORECASE)
# "the group, which has its headquarters in X", "headquartered in X": a body's seat
# (not a building: "marched on the police headquarters in X").
_SEAT_BEFORE = re.compile(r"\b(?:(?:has|have|had)\s+(?:its|their)\s+headquarters|"
                          r"headquartered)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# A birthplace told as a person's epithet ("the X-born activist") is a home.
_BORN = re.compile(r"^-(?:born|raised|bred)\b", re.IGNORECASE)
# A country's mission or flag is its own, not a site: "the French and US embassies".
_OWNED = re.compile(r"^\s+(?:embass(?:y|ies)|consulates?|missions?|flags?)\b|^-owned\b",
                    re.IGNORECASE)
_BODIES = (
    *SPEAKING_BODIES, r"groups?", r"organi[sz]ations?", "ministries",
    r"spokes(?:man|woman|person)", "watchdog", "agency", r"unions?", r"part(?:y|ies)",
    r"monitors?", "observatory", "council", "committee", r"cent(?:re|er)", "office", "chief",
    "envoy", r"diplomats?", "activists", "campaigners", r"networks?", r"forums?",
    r"movements?", r"congress(?:es)?", r"commissions?", r"cartels?", r"fronts?",
    r"alliances?", r"federations?", r"coalitions?", r"foundations?", r"institutes?",
    r"associations?", r"leagues?")
# A place that opens an organisation's name is no site: "the X Media Network", "the X
# Human Rights Forum", "the X Congress of Trade Unions" (capitalised words, one of them
# a body's noun). The place's own government sits in it: "the X City Council".
_NAME_WORDS = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|de|del|des|du)\b)+")
_OWN_GOVERNMENT = re.compile(r"\s+(?:City|County|Municipal|Town|State|Provincial|"
                             r"Regional|District)\b")
_BODY = re.compile(alternation(_BODIES), re.IGNORECASE)
_FORCE_BUILDING = re.compile(r"\b(?:Stations?|Headquarters|HQ|Barracks|Academy|Posts?|"
                             r"Compound|College)\b")
_BODY_IN = re.compile(rf"\b{alternation(_BODIES)}\s+(?:based\s+)?in\s+"
                      r"(?:[\w'’.-]+\s+){0,3}?$", re.IGNORECASE)
# The speaking body's place may be one of a list: "groups in X and Y urged".
_SPEAKS_AFTER = re.compile(
    r"^(?:\s*(?:,|and)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*" + SPEAKING_AFTER)
# A body that tells its own plan ("unions in X said they would strike", "students in X
# threatened to march") acts where it is: its seat is the site of the planned event.
_OWN_PLAN = re.compile(
    _SPEAKS_AFTER.pattern + r"(?:\s+that)?(?:\s+(?:they|it|we)\s+(?:would|will|were\s+going"
    r"\s+to|planned\s+to|intend(?:ed)?\s+to)|(?:(?<=threatened)|(?<=pledged)|(?<=vowed))"
    r"\s+to)\b")
# Police who tell their own arrests ("police in X said they had detained 40 people")
# made them where they serve: their town is the arrests' site, not a speaker's seat.
_FORCES_IN = re.compile(r"\b(?:police|policemen|officers|gendarmes|troops|soldiers|"
                        r"security\s+forces)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_OWN_ARRESTS = re.compile(
    _SPEAKS_AFTER.pattern + r"(?:\s+that)?\s+(?:they|it)\s+(?:had\s+|have\s+)?"
    r"(?:arrested|detained|held|rounded\s+up)\b")
# "declared a curfew in X", "reported clashes in X": there "in X" is the event's place.
_SPEAKING = tuple(v for v in SPEECH_VERBS if not v.startswith(("declar", "announc",
                                                                "report", "claim")))
# Acts of speaking that the place after them may be the scene of ("spoke in X").
_SPEAKING_ACTS = ("speaking", "spoke", "recorded", "filmed", "posted")
_SPOKEN_IN = re.compile(
    rf"\b(?:{alternation(_SPEAKING)}|{alternation(_SPEAKING_ACTS)}|"
    r"statement|news\s+conference|interview)\s+(?:\w+\s+){0,2}?(?:in|at)\s+"
    r"(?:the\s+)?$|\b(?:statement|message|video)\s+(?:issued\s+|released\s+|posted\s+)?from\s+"
    r"(?:the\s+)?$|\b(?:speaking|spoke|writing|wrote|calling|broadcasting)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE)
# What a statement is made in, on which a place names where it was made.
_SPEECH_NOUN = re.compile(r"statements?|conferences?|interviews?|briefings?|videos?|"
                          r"speech(?:es)?|remarks|messages?|posts?", re.IGNORECASE)
# The same nouns anywhere in a sentence: only there can the tree find where one was made.
_SPEECH_NOUN_WORD = re.compile(rf"\b(?:{_SPEECH_NOUN.pattern})\b", re.IGNORECASE)
# "sought asylum in X", "in exile in X" are residences the geoparser marks already
# (geo.resolve.roles).
_DESTINATION = re.compile(
    r"\b(?:left\s+for|bound\s+for|head(?:ed|ing)\s+for|(?:take|took|taking)\s+off\s+for|"
    r"fled\s+(?:to|into)|(?:flew|flown|airlifted|transferred)\s+(?:by\s+\w+\s+)?to|"
    r"travell?ed\s+to|escaped\s+to|deported\s+to|extradited\s+to|moved\s+to|"
    r"sought\s+refuge\s+in|"
    # where someone is sent to be treated or held: "flown to a hospital in X" (but not
    # "taken to a police station in X", often the scene's own town)
    r"(?:transferred|flown|airlifted|evacuated|moved|taken)\s+(?:by\s+\w+\s+)?to\s+"
    r"(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?(?:hospital|clinic|prison|jail|penal\s+colony)s?\s+in)\s+$", re.IGNORECASE)
# Where a person named before is at the time, told in a relative clause: "the
# president, who was attending a summit in X, said", "who was visiting the city of X
# when the riot began". A visitor's whereabouts are no site (a crowd is no "who").
_WHEREABOUTS = re.compile(
    r",\s+who\s+(?:was|is|had\s+been|has\s+been)\s+(?:visiting|attending|touring|"
    r"travell?ing\s+(?:in|to|through)|on\s+(?:an?\s+)?(?:\w+\s+)?(?:visit|trip|tour)\s+"
    r"(?:to|of))\b[^,;.!?]*$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r",?\s+where\b", re.IGNORECASE)
_FORCE_NOUNS = (*FORCES, "police", "army", "reinforcements")
_FORCES_MOVED = re.compile(rf"\b{alternation(_FORCE_NOUNS)}"
                           r"\b(?:\s+\S+){1,7}\s*$", re.IGNORECASE)
_REACH = 60
_WHEREABOUTS_REACH = 150
# A person's journey told in passing: "X, who returned to Y from Z on Sunday, said",
# "after flying back from Y, X told reporters". Where someone returned, fled, flew or
# moved is a whereabouts, when the verb only describes that person (a clause of "who",
# or one hung on a verb of saying); "protesters returned to the square" is a site. The
# words propose, the dependency tree disposes. (Not "drove" or "rode": crowds ride into
# the towns they protest in, "supporters, who rode into X on motorcycles, clashed".)
_TRAVEL_BEFORE = re.compile(
    r"\b(?:return|fle[de]|travel|flew|fly|flown|mov(?:e|ed|ing)|escap|emigrat|relocat|"
    r"left|leav)\w*\s+(?:[\w'’-]+\s+){0,5}?(?:to|from|for|into)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_TRAVEL_LEMMAS = frozenset({"return", "flee", "travel", "fly", "move", "escape",
                            "emigrate", "relocate", "leave"})
_TRAVEL_PREPOSITIONS = frozenset({"to", "from", "for", "into"})
_NAME_ARCS = frozenset({"compound", "flat", "appos"})
_SAYING = re.compile(rf"\b{alternation(SPEECH_VERBS + STANCE_VERBS)}\b", re.IGNORECASE)
# Where a person described in passing comes from: "a 19-year-old student from X, who
# said ...", "a farmer from X told reporters". The words propose, the tree disposes: the
# place hangs on a noun (not on a verb: "police arrested three men from X" may be an
# arrest in X) that the sentence shows to be a person, by an age, a clause of "who" or
# a verb of saying; "the highway from X to Y" is no one.
# ("from around X", "from across the region": the words between "from" and the place)
_AREA_WORDS = ("around", "across", "nearby")
_FROM_AREA = rf"from\s+(?:{alternation(_AREA_WORDS)}\s+)?(?:the\s+)?$"
_FROM_BEFORE = re.compile(rf"\b{_FROM_AREA}", re.IGNORECASE)
# Where troops or police come from ("reinforcements from X were sent to the city",
# "riot police from X") is no site: they act where they are sent.
_FORCES_FROM = re.compile(rf"\b{alternation((*_FORCE_NOUNS, 'officers', 'policemen'))}\s+"
                          r"from\s+(?:the\s+)?$", re.IGNORECASE)
# ... when the sentence names where they went ("reinforcements from X were sent to Y");
# "riot police from X fired tear gas" may tell of nowhere else.
_SENT_ON = re.compile(r"\b(?:sent|deployed|dispatched|flown|bused|brought|moved)\b|"
                      r"\b(?:to|into|in|at)\s+(?:the\s+)?[A-Z]")
# Where people came or travelled from ("students, most of whom come from X", "travelled
# to the capital from X to join the protest"), or where troops were sent from
# ("soldiers, deployed from X on Monday, fired ..."; reinforcements always come from
# elsewhere), is a home or a base, not where they acted.
_CAME_FROM = re.compile(r"\b(?:come|comes|came|coming|hail|hails|hailed|hailing|"
                        r"travell?ed|journeyed|flocked|bus?sed|arrived|sent|deployed|"
                        r"dispatched|drafted|reinforcements)\b"
                        r"(?:\s+[\w'’-]+){0,5}?\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# ... and so is where a share of the people counted are from ("arrested 12 people, four
# of them from X", "most of whom were from X").
_SHARE_FROM = re.compile(r"\bof\s+(?:them|whom)\s+(?:(?:are|were|is|was)\s+)?(?:\w+\s+)?"
                         + _FROM_AREA, re.IGNORECASE)
# A court's seat ("a court in X will hear the case", "a court in X sentenced ...") is no
# site; a court that something happens at is ("protesters gathered outside a court in X").
_COURT_IN = re.compile(r"\b(?:court|tribunal)s?\s+(?:\w+\s+)?in\s+(?:the\s+)?$",
                       re.IGNORECASE)
_AT_COURT = re.compile(r"\b(?:at|outside|near|front\s+of|to|into|stormed|besieged|on)\s+"
                       r"(?:the\s+|a\s+)?(?:\w+\s+)?(?:court|tribunal)s?\s+(?:\w+\s+)?in\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
# "the wounded were taken to X for treatment": where someone is sent to be treated.
_SENT_TO = re.compile(r"\b(?:taken|flown|airlifted|evacuated|rushed|transferred)\s+"
                      r"(?:by\s+\w+\s+)?to\s+$", re.IGNORECASE)
_FOR_TREATMENT = re.compile(r"\s+(?:for\s+(?:medical\s+|urgent\s+)?treatment|to\s+be\s+treated)\b",
                            re.IGNORECASE)
_SAYING_REACH = 150


def without_non_sites(text: str, mentions: Sequence[Mention],
                      sentences: Sequence[Span] | None = None) -> list[Mention]:
    """``mentions`` with the bases, speakers' places and destinations given a role
    that is no site. ``sentences``: the text's sentence spans, as the events read them
    (split here if not given), so that a sentence's parse is the one they share."""
    spans = sentence_spans(text, sentences)
    starts = [start for start, _ in spans]

    def sentence_of(mention: Mention) -> Span:
        return spans[max(0, bisect.bisect_right(starts, mention.start) - 1)]

    refined = [_refined(text, m, sentence_of(m)) for m in mentions]
    shared = [_shared_role(text, m, refined, sentence_of(m)) for m in refined]
    return _off_the_road(text, _residents_elsewhere(text, shared, sentence_of), sentence_of)


# "residents of X", the people of a town, who protest there unless the sentence sends
# them on a journey or names another site.
_RESIDENTS_OF = re.compile(r"\bresidents\s+of\s+(?:the\s+(?:[a-z]+\s+)?(?:town|village|city|"
                           r"district)\s+of\s+)?$", re.IGNORECASE)
_JOURNEY_AFTER = re.compile(r"(?:,?\s+[\w'’-]+){0,6}?\s+(?:travell?ed|went|came|drove|rode|"
                            r"walked|journeyed|headed|were\s+bus(?:s)?ed)\s+(?:to|into)\b",
                            re.IGNORECASE)


def _residents_elsewhere(text: str, mentions: list[Mention],
                         sentence_of: Callable[[Mention], Span]) -> list[Mention]:
    """The mentions but the town of "residents of X" made their home where the sentence
    sends them on a journey ("residents of X travelled to Y to protest") or names
    another site that does not hold X ("a protest by residents of X was held in Y";
    not "residents of X, Fiji, blocked the road")."""
    def at_home(mention: Mention) -> bool:
        if mention.role != "location" or mention.place is None or _RESIDENTS_OF.search(
                text, max(0, mention.start - _REACH), mention.start) is None:
            return False
        span = sentence_of(mention)
        return _JOURNEY_AFTER.match(text, mention.end, span[1]) is not None or any(
            other is not mention and other.role == "location" and other.place is not None
            and other.place != mention.place and sentence_of(other) == span
            and not inside(mention.place, other.place) for other in mentions)
    return [replace(m, role="residence") if at_home(m) else m for m in mentions]


def _off_the_road(text: str, mentions: list[Mention],
                  sentence_of: Callable[[Mention], Span]) -> list[Mention]:
    """The mentions but a road's two ends ("blocked the highway between X and Y near Z",
    "the road from X to Y") made no site, when their sentence names another site: the
    road runs between them, and the text tells where on it. Without another, the
    road's first end is the best place the text gives; a dateline's town is no other
    (the road to X from there may start anywhere)."""
    ends = [m for m in mentions if m.role == "location" and _route_end(text, m)]
    dateline = timeline.dateline_end(text)
    return [replace(m, role="actor") if any(m is end for end in ends) and any(
        other.role == "location" and other.place is not None and other.start >= dateline and
        sentence_of(other) == sentence_of(m) and all(other is not end for end in ends)
        for other in mentions) else m for m in mentions]


def _route_end(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names one end of a road ("the highway between X and Y")."""
    before = text[max(0, mention.start - _REACH):mention.start]
    return bool(_ROUTE_END.search(before) or _ROAD_TO.search(before) or (
        _ROUTE_START.search(before) and _ROUTE_FAR_END.match(text, mention.end)))


def _shared_role(text: str, mention: Mention, mentions: Sequence[Mention],
                 sentence: Span) -> Mention:
    """A place that the tree joins to a home, an origin or a destination takes its role:
    the next items of its list ("reinforcements from X, Y and Z", "flown to hospitals in
    X and the capital"), or the area that holds it, named after it ("flown to X in
    neighbouring Y", "came from X, Y province"; read from the words: the parser hangs
    "in Y" on the verb as often as on X)."""
    if mention.role != "location" or mention.place is None or \
            mention.kind not in ("named", "nominal") or not any(
                m.role in _SHARED_ROLES and sentence[0] <= m.start < mention.start
                for m in mentions):
        return mention
    first = token = _place_token(text, mention, sentence)
    while first is not None and first.dep_ == "conj":
        first = first.head
    if first is not token:
        owner = _owner(mentions, sentence[0] + first.idx)
        if owner is not None and owner.role in _SHARED_ROLES:
            return replace(mention, role=owner.role)
    owner = max((m for m in mentions if m.end <= mention.start), key=lambda m: m.end,
                default=None)
    if owner is not None and owner.role in _SHARED_ROLES and owner.place is not None \
            and _LOCATING.fullmatch(text, owner.end, mention.start) \
            and inside(owner.place, mention.place):
        return replace(mention, role=owner.role)
    return mention


_SHARED_ROLES = frozenset({"origin", "residence"})
# What stands between a place and the area named after it that holds it: "X, Y", "X in
# neighbouring Y", "X, in the Y region".
_LOCATING = re.compile(r"\s*(?:,\s*(?:in\s+)?|\s+in\s+)(?:the\s+)?(?:[a-z-]+\s+)?")


def _owner(mentions: Sequence[Mention], offset: int) -> Mention | None:
    """The mention whose span holds the character at ``offset``."""
    return next((m for m in mentions if m.start <= offset < m.end), None)


def _refined(text: str, mention: Mention, sentence: Span) -> Mention:
    # "officials in the capital said", "reinforcements from the capital": a phrase for a
    # place is read by the words around it as a name is.
    if mention.kind not in ("named", "nominal") or mention.role not in ("location", "actor"):
        return mention
    before = text[max(0, mention.start - _REACH):mention.start]
    after = text[mention.end:mention.end + _REACH]
    # The seat of a body that tells its own plan, even where the geoparser read the
    # place as the speaker ("unions in X threatened to strike").
    if (_BODY_IN.search(before) and _OWN_PLAN.match(after)) or (
            _FORCES_IN.search(before) and _OWN_ARRESTS.match(after)):
        return replace(mention, role="location")
    if mention.role != "location":
        return mention
    # A national body ("the X Congress of Trade Unions") names the report's country, an
    # honest area for what it says; a region's or a town's names no site.
    opens_a_name = mention.place is not None and mention.place.kind != "country" \
        and _opens_a_name(after)
    if _BASED.match(after) or _OWNED.match(after) or opens_a_name or \
            _SEAT_BEFORE.search(before) or \
            (_SPOKEN_IN.search(before) and not _told_of(text, mention, sentence)) or (
            _BODY_IN.search(before) and _SPEAKS_AFTER.match(after)) or \
            (_SPEECH_NOUN_WORD.search(text, *sentence) is not None
             and _where_said(text, mention, sentence)):
        return replace(mention, role="actor")
    # "Officials in X, speaking on condition of anonymity, said": the words between the
    # body and its verb hide it from the words beside the place; the tree shows it.
    if _BODY_IN.search(before) and not _OWN_PLAN.match(after) and \
            _SAYING.search(text, mention.end, min(len(text), mention.end + _SAYING_REACH)) \
            and _seat_of_a_speaker(text, mention, sentence):
        return replace(mention, role="actor")
    # "the government in X deployed 2,000 officers to the region": its seat sends them.
    if _BODY_IN.search(before) and _SENDS_AFTER.match(after):
        return replace(mention, role="actor")
    if _BORN.match(after):
        return replace(mention, role="residence")
    # Where troops or police are sent or flown is where they deploy: a site. So is a
    # destination the sentence goes on to tell of ("taken to a hospital in X, where
    # thousands marched").
    if _DESTINATION.search(before) and not _FORCES_MOVED.search(before) and \
            not _WHERE_AFTER.match(after):
        return replace(mention, role="residence")
    if _SENT_TO.search(before) and _FOR_TREATMENT.match(after):
        return replace(mention, role="residence")
    if _WHEREABOUTS.search(text, max(0, mention.start - _WHEREABOUTS_REACH), mention.start):
        return replace(mention, role="residence")
    if _TRAVEL_BEFORE.search(before) and _journey_in_passing(text, mention, sentence):
        return replace(mention, role="residence")
    if _COURT_IN.search(before) and not _AT_COURT.search(before):
        return replace(mention, role="actor")
    if _SHARE_FROM.search(before):
        return replace(mention, role="origin")
    if _FROM_BEFORE.search(before) and ((_FORCES_FROM.search(before) and
                                         _SENT_ON.search(text, mention.end, sentence[1])) or
                                        _CAME_FROM.search(before) or
                                        _person_from(text, mention, sentence)):
        return replace(mention, role="origin")
    return mention


def _seat_of_a_speaker(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether ``mention`` is where a speaking body sits: the object of "in/from/at"
    under a body's noun ("officials", "the ministry", "rights groups") that is the
    subject of a verb of saying or stance. Not "witnesses in X said" (witnesses are
    where things happened). False without a parser."""
    token = Scope(text, sentence, mention.start, mention.end).trigger()
    if token is None:
        return False
    while token.dep_ in (*_NAME_ARCS, "conj"):  # "groups in X and Y urged"
        token = token.head
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("in", "from", "at"):
        return False
    body = preposition.head
    return body.dep_ == "nsubj" and _BODY.fullmatch(body.text) is not None and \
        _SAYING.fullmatch(body.head.text) is not None


def _where_said(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether ``mention`` tells where a statement was made, deeper than the words
    beside it show: through nouns, each the object of a preposition, and a participle
    on a noun ("said in a statement issued from its offices in X", "told a news
    conference at the ministry's headquarters in X"), the tree reaches a noun of speech
    that is the object of a preposition on a verb of saying or a speaking act. An event
    noun on the way ("said at a rally in X") is no statement. False without a parser."""
    token = _place_token(text, mention, sentence)
    while token is not None and token.dep_ == "pobj" and token.head.dep_ == "prep":
        holder = token.head.head
        if holder.dep_ == "acl" and holder.tag_ == "VBN":  # "a statement issued from"
            holder = holder.head
        if holder.pos_ not in ("NOUN", "PROPN"):
            return False
        if _SPEECH_NOUN.fullmatch(holder.text) is not None:
            # ("said in a statement", "told a news conference")
            verb = holder.head.head if holder.dep_ == "pobj" else \
                holder.head if holder.dep_ in ("dobj", "dative") else None
            return verb is not None and (_SAYING.fullmatch(verb.text) is not None or
                                         verb.lower_ in _SPEAKING_ACTS)
        token = holder
    return False


def _told_of(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether the place after a verb of saying is in what is said, not where it is said:
    its preposition hangs on a word of the reported clause ("said the clashes in X",
    "said police in X arrested"), not on the verb nor on its statement or interview.
    False without a parser, where the words alone decide."""
    token = _place_token(text, mention, sentence)
    if token is None or token.dep_ != "pobj":
        return False
    holder = token.head.head
    if holder.dep_ == "pobj":  # "spoke to journalists in X"
        holder = holder.head
    if holder.dep_ in ("dobj", "dative", "prep"):  # "told reporters in X": the addressee
        holder = holder.head
    return _SAYING.fullmatch(holder.text) is None and _SPEECH_NOUN.fullmatch(holder.text) is None \
        and holder.lower_ not in _SPEAKING_ACTS


def _place_token(text: str, mention: Mention, sentence: Span):
    """The head token of a place's name in the sentence's parse (a multi-word name's
    last), or None without a parser."""
    token = Scope(text, sentence, mention.start, mention.end).trigger()
    while token is not None and token.dep_ in _NAME_ARCS:
        token = token.head
    return token


# (sent to a place, not "sent troops to disperse the protest": there the seat is the site)
_SENDS_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:sent|deployed|dispatched|"
                          r"despatched)\b[^.;]*?\bto\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:region|"
                          r"province|area|district|north|south|east|west|border)\b)",
                          re.IGNORECASE)
# (a road's noun and its joints in any case; the first end's name in capitals)
_ROAD_NOUN = r"(?:roads?|highways?|motorways?|expressways?|carriageway|railway|rail\s+line|route)"
_ROUTE_OPENING = (rf"\b(?i:{_ROAD_NOUN}\s+(?:(?:linking|connecting|that\s+links|which\s+links)"
                  r"\s+|(?:running\s+)?(?:between|from)\s+)(?:the\s+)?)")
_ROUTE_START = re.compile(_ROUTE_OPENING + "$")
# A road named by where it leads ("blocked the highway to X"): its far end.
_ROAD_TO = re.compile(rf"\b(?i:the\s+(?:main\s+)?{_ROAD_NOUN})\s+to\s+(?:the\s+)?$")
_ROUTE_FAR_END = re.compile(r"\s+(?i:and|to|with)\s+(?:(?i:the)\s+)?[A-Z]")
_ROUTE_END = re.compile(_ROUTE_OPENING + r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+"
                        r"(?i:and|to|with)\s+(?:(?i:the)\s+)?$")


def _journey_in_passing(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether ``mention`` is where a person travelled, in a clause that only describes
    that person: the object of "to/from/for/into" under a verb of travel that is a
    clause of "who" or hangs on a verb of saying. False without a parser."""
    token = _place_token(text, mention, sentence)
    if token is None:
        return False
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in _TRAVEL_PREPOSITIONS:
        return False
    verb = preposition.head
    if verb.dep_ == "advmod":  # "flew back from Y", "returned home from Y"
        verb = verb.head
    if verb.lemma_ not in _TRAVEL_LEMMAS:
        return False
    if verb.dep_ == "relcl":
        return any(child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("who", "whom")
                   for child in verb.children)
    # "..., returning from Y, X said"; "After flying back from Y, X said".
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return verb.dep_ in ("advcl", "acl", "pcomp") and head.lower_ in SPEECH_VERBS


def _person_from(text: str, mention: Mention, sentence: Span) -> bool:
    """Whether ``mention`` is where a person described in passing comes from: the
    object of "from" (or "from around") under a noun with an age ("a 19-year-old
    student"), a clause of "who" (on the noun, or on the place where the parser hangs
    it), that is the subject of a verb of saying, or that stands in apposition to a
    subject. False without a parser."""
    token = _place_token(text, mention, sentence)
    if token is None:
        return False
    preposition = token.head
    if preposition.lower_ in _AREA_WORDS and preposition.dep_ == "prep":
        preposition = preposition.head  # "farmers from around X"
    if token.dep_ != "pobj" or preposition.lower_ != "from" or \
            preposition.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = preposition.head
    aged = any(child.dep_ == "amod" and {"year", "old"} <= {t.lower_ for t in child.subtree}
               for child in noun.children)
    described = any(child.dep_ == "relcl" and any(
        grand.dep_ in ("nsubj", "nsubjpass") and grand.lower_ in ("who", "whom")
        for grand in child.children) for child in (*noun.children, *token.children))
    speaking = noun.dep_ == "nsubj" and _SAYING.fullmatch(noun.head.text) is not None
    # "The protesters, mostly farmers from X, blocked ...": an aside on who the subject is
    aside = noun.dep_ == "appos" and noun.head.dep_ in ("nsubj", "nsubjpass")
    return aged or described or speaking or aside


def _opens_a_name(after: str) -> bool:
    """Whether the words after a place make it the first word of a body's name: "the
    X Human Rights Forum", "X Police said" (a force named for its area, speaking), not
    a building of the force ("the X Police Station")."""
    words = _NAME_WORDS.match(after)
    if words is None or _OWN_GOVERNMENT.match(after):
        return False
    names = words.group().split()
    if "Police" in names:
        return not _FORCE_BUILDING.search(words.group())
    return any(word[0].isupper() and _BODY.fullmatch(word) for word in names)
