"""When each event of a report happened: the date expression that is the event's, and
the story's current day that words pointing back count from.

An event takes the date expression (:func:`geo.events.dates.find_dates`) nearest its
trigger in its clause, else one fronting its sentence, else, for a coordinated clause
or one opened by "where", "while" or "whereas" ("a day of disorder on Saturday in X,
where protesters clashed with police"; not across "before", "until" ... nor for a
state in the present perfect), the last one before it. A date in the
trigger's own part of the clause (no comma and no "after", "when", "who" ... between
them) comes first: "issued a decree on Thursday, after crowds jeered the motorcade on
Wednesday" dates the jeering Wednesday. Of the dates left, one whose phrase hangs, in
the dependency parse, on the trigger, a word above it in its clause or a verb it is
coordinated with wins: "blocked roads in two towns that have been strongholds of the
movement since August, on Tuesday" is Tuesday. A vague length ("for days") or an
ordinal ("a third night") dates an event only when nothing else in the clause does.
Some dates are never an event's:

- a statement's ("said on Friday", "police on Friday said"); but a date before a comma
  and an attribution ("clashed on Monday, police said") is the event's, and so is one
  whose speech verb is the event's own ("declared a curfew on Monday", "clashes were
  reported on Thursday", "a state of emergency declared on 3 May");
- one modifying another noun ("after Sunday's election");
- the dateline's ("NAIROBI, June 26 (Reuters) —" is the filing day);
- the end of a measure ("until Jan. 31") and a date someone says is to come ("said
  that a curfew would be imposed on Friday");
- a past year or month ("in 2016", "last year", "two years ago") whose phrase, in
  the dependency parse (:class:`geo.events.scope.Scope`), hangs neither on the trigger
  nor on a word above it in the trigger's clause: "who led the protests in 2016" dates
  the protests 2016 (precision 3), "fired on crowds opposing a law passed in 2015" does
  not date the firing; nor one a day in the same clause falls within ("ended last
  year with the burning of the consulate on 7 September" is that day).

A quantified "after" counts back from the date before it: "died on 16 May, three days
after she was detained" dates the arrest 13 May; "on Saturday, a day after police
fired" and "on Saturday after a night of rioting" date the firing and the rioting to
Friday; "on Thursday after two days of rioting" and "after a third night of rioting"
are the days before Thursday, up to Wednesday (a campaign of a week or more, "after 11
days of protests", still goes on that day, which dates it). "Hours after" is the same
day, and so is "after a day on which" from a night ("until the early hours of
Saturday, after a day on which ..." is Friday's). A gap in a short aside dates the
aside only: "On Aug. 1, two days after that vote, soldiers fired" is Aug. 1. A bare
"after" (no comma between) says only that the event came by that day: "held a day of
mourning on Friday after six people were killed" dates the killing Friday, precision 2,
as a date from its context rather than its own, so that its row may merge with the one
the story tells of that event on a day before (:mod:`geo.events.merge`).

Words that point back ("the next day", "two days later", "that evening", "overnight",
"four nights of protests") count from the **story's current day**: the last day the
narrative named, in text order. It moves with each stated date of an event that
occurred (a planned march does not move it, nor does a running total "since Sunday" or
an aside: "the court house, torched on Wednesday, ..."),
and with each date of the narrative between events ("The shooting began on Thursday
morning." with no event of its own; "since March 16, when ... . That evening ..." is
March 16's evening), but not with a statement's date, a future date,
a vague one (a month, a week, a past year: background does not move it, nor make its
sentence one "that dates something else") or the dateline. Before the first such day, words
pointing back count from publication; an event that occurred is never dated after
its report (it keeps the undated default instead). :class:`StoryTime` keeps the
current day while :func:`geo.events.detect.detect_events` dates a report's events in
order.

An undated event that a dated statement tells ("Police said on Wednesday that they had
arrested two suspects") happened by that day: the statement's day, precision 2, which
leaves the story's day where it was; a statement's month dates it to that month ("a
state of emergency declared in March, with a weekend curfew", precision 3). An undated
account a source gives in the past perfect ("The ministry said troops had been sent to
four towns"), in a paragraph after the one that named the story's day, stands at the
report's latest day named so far, a statement's day too (precision 2). Any other undated
event happened on the story's current day (precision 2: inferred, not stated) when that
day is within a week of publication, and the event is neither in the present perfect
("have been arrested": a state at publication) nor in a sentence that dates something
else. Wire reports date the lede ("on Wednesday") and tell the rest of that day undated,
in reported words too ("police said 40 people had been detained"). After a digression
into an older day (background: "The unrest began on 3 May, when ..."), an undated event
is back on the story's last day within that week. Any other undated event in a dated
report happened in the days before publication: the publication date, precision 2;
one whose sentence ends on a source's day ("..., witnesses said on Tuesday") with no
story day to go on with, by that day. An undated event after a quantified gap ("The
blast came three days after gunmen shot a doctor") is that many days before the
story's day.

A bare "overnight" is the night before the day its sentence's source speaks on
("looted overnight, police said on Friday"); in the report's first dated sentence, the
night before the day that sentence tells; else the story's night, or, before any, the
night that began the day before publication. The dateline's day, when it falls in the
week before publication, is the reporter's today (:func:`filed_on`).

A sentence never runs over a blank line here: a paragraph is its own span of time (a
single line break may be a hard wrap).

Length: the choice of an event's date and the story's running day read one another
(the day moves with the dates events take, and words pointing back resolve against
it), so the rules of both stay in one module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from geo.events.dates import (
    NAMED_DAY_KINDS,
    NEWS_WINDOW_DAYS,
    POINTING_BACK_KINDS,
    DateMention,
    find_dates,
)
from geo.events.scope import Scope
from geo.lexicon import NUMBER_WORDS, ORDINAL_WORDS, SHORT_GATHERINGS, SPEECH_VERBS, alternation

__all__ = ["EventTime", "StoryTime", "event_date", "filed_on"]

Span = tuple[int, int]

# Words that only date an event when its clause has no other date ("for days" says
# how long, "for a second night" which night, not the day).
_WEAK = ("ordinal", "overnight", "days_of")
# Kinds of date that say nothing of the story's current day: running totals ("since
# Sunday", "over the past two days"), and the
# day of an event told as what came before another ("a day after police fired").
_TOTALS = ("since", "since_then", "counted_back", "past_span")
# A past year or month ("in 2016", "last year", "two years ago", "last November"): an
# older event's time, too vague for the story's current day to move to or words
# pointing back to count from.
_PAST_PERIODS = ("year", "last_year", "long_ago", "past_month")
# Arcs that start a clause of another event: a year below one of them on the way from
# the trigger to the year's word is that clause's ("fired at crowds protesting a law
# passed in 2019").
_OTHER_CLAUSE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis",
                           "csubj", "conj"})
# Of those, the arcs of a clause that modifies a noun: "the town hall, set on fire on
# Wednesday", "buildings burned the day before". An event told there, or a day named
# there, is an aside: the story stays on its day.
_NOUN_CLAUSE = frozenset({"acl", "relcl"})
_INFINITIVE = frozenset({"VB"})
# A clause opened by these happens at the time of the clause it hangs on: "clashes on
# Saturday in X, where protesters stormed ...", "..., while in the capital a boy was
# shot".
_SIMULTANEOUS = re.compile(r"\W*(?:where|while|whereas)\b", re.IGNORECASE)
# "... when a march turned into a riot on Monday": a clause that tells when the one
# before it happened; not across a semicolon or a dash (another statement).
_WHEN_AFTER = re.compile(r"\bwhen\b", re.IGNORECASE)
# A "when" clause to come ("when the curfew would be lifted"), or a day inside its
# subject, before the clause's own verb ("when the road closed on Sunday was rebuilt").
_MODALS = r"would|will|could|might|may|can|should|must"
_WHEN_TO_COME = re.compile(rf"\b(?:{_MODALS})\b", re.IGNORECASE)
_VERB_AFTER_DAY = re.compile(rf"\s+(?:{_MODALS}|is|are|was|were|has|have|had)\b",
                             re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.?!—–]")
_SENTENCE_BREAK = re.compile(r"[;—–]")
_SHIFT = re.compile(r"\b(?:before|until|later|then)\b", re.IGNORECASE)
# "after four nights of protests, a curfew was imposed": the span is not the curfew's.
_BACKGROUND = re.compile(r"\b(?:after|following|amid|since)\s+$", re.IGNORECASE)
# Speech verbs: a date next to them dates the statement, not the event.
_SPEECH = alternation(SPEECH_VERBS)
# Not a "when" that asks or tells ("residents asked when the road would reopen", "did
# not know when", "unclear when"): its day is not the event's.
_WHEN_ASKED = re.compile(
    r"\b(?:ask\w*|know\w*|knew|wonder\w*|explain\w*|unclear|clear|sure|certain|"
    rf"unknown|decid\w*|determin\w*|question\w*|idea|{_SPEECH})"
    r"\W+(?:(?:not|exactly|precisely|them|him|her|us|reporters)\W+)?$", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(
    rf"\b(?P<verb>{_SPEECH})\W+(?:(?:(?:in|at|on|during)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:statement|address|conference|briefing|interview|speech|post|message|broadcast)"
    r"\W+)?(?:\w+\W+)?(?:on\W+)?$", re.IGNORECASE)
_SPEECH_AFTER = re.compile(rf"\W*(?:\w+\W+){{0,3}}?(?P<verb>{_SPEECH})\b", re.IGNORECASE)
# "Clashes were also reported on Thursday": a passive speech verb tells the event.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|also\s+)?$",
                      re.IGNORECASE)
# "declared a 60-day state of emergency": the verb's object is the event.
_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?)?",
                     re.IGNORECASE)
# "On Monday, police said ...": a date fronting its sentence before a statement.
_FRONT = re.compile(r"\W*(?:(?:late|early|later|earlier)\s+)?(?:on|in|by|at|during|over)?\s*",
                    re.IGNORECASE)
# The end of a measure or a deadline is not when something happened.
_UNTIL = re.compile(r"\b(?:until|till|through|to|by)\s+(?:the\s+)?$", re.IGNORECASE)
# "said that a curfew would be imposed on Friday": a date to come, told by someone.
_REPORTED_FUTURE = re.compile(r"\bthat\b[^.;]*?\b(?:would|will|shall)\b", re.IGNORECASE)
# Dates this close to the start of a sentence frame all of it ("On Sunday, ...").
_FRONTED = 40
# A date modifying a noun ("Sunday's march", "the Feb. 1 coup") dates only that noun:
# an event whose trigger starts within this many characters after it.
_POSSESSED = 25
# "clashed with police after Sunday's match": a day that modifies a gathering of a few
# hours dates what the text tells after it ("after Sunday's election" does not).
_AFTER_GATHERING = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.IGNORECASE)
_GATHERING = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(SHORT_GATHERINGS)})\b",
                        re.IGNORECASE)
# "CITY, June 26 (Agency) —": the filing day, not an event's.
# The city is in capitals ("KYIV, Ukraine —"), or any case before an agency's name in
# brackets ("Paris, 12 Jan (AFP) -").
_DATELINE = re.compile(r"\A\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}(?:,[^\n—–]{1,40}?)?"
                       r"\s*(?:\([^)\n]{1,40}\)\s*)?|[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[ '’.-][^\W\d_]+)"
                       r"{0,3}(?:,[^\n—–()]{1,40}?)?\s*\([A-Z][^)\n]{1,30}\)\s*)"
                       r"(?:—|–|--|-\s)")
# "three days after", "a day after", "after a night of": counts back from the date
# before it, up to a break between clauses.
_NUMBER = alternation((*NUMBER_WORDS, "a", "an"))
# "after two days of rioting", "after a third night of riots": the days before the date,
# up to the day before it.
_ORDINAL = alternation(tuple(ORDINAL_WORDS))
_GAP = re.compile(rf"\b(?:(?P<n>{_NUMBER}|\d+)\s+(?P<unit>days?|nights?|weeks?)\s+after"
                  r"|after\s+(?P<night>an?\s+(?:day|night))\s+(?:of|on\s+which|in\s+which)"
                  rf"|after\s+(?:(?:a|the)\s+(?P<nth>{_ORDINAL})|(?P<span>{_NUMBER}|\d+))\s+"
                  r"(?:(?:straight|consecutive|successive)\s+)?(?:days?|nights?)\s+of)\b",
                  re.IGNORECASE)
# A bare "after" after a date: what follows came by that day ("shortly after",
# "hours after" are the same day, and a quantified gap counts back, see _GAP).
_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:—–]|\b(?:when|while|and then)\b", re.IGNORECASE)
# Where a clause's part ends: a comma, or the start of a subordinate or relative clause.
_PART_BREAK = re.compile(r"[,;:—–]|\b(?:after|before|when|while|because|until|who|which|"
                         r"whose|where)\b", re.IGNORECASE)
# Kinds of date that name a night, dated by the day it began.
_NIGHTS = ("overnight_into", "night_of")
# "on Monday night ... overnight": the same night.
_NIGHT_AFTER = re.compile(r"\s+night\b", re.IGNORECASE)
# "two days after that vote, ...": so few words before a comma name no event of their own.
_ASIDE_WORDS = 3
_BREAK = re.compile(r";|,\s+(?:and|but|while|as|whereas)\b", re.IGNORECASE)
# An undated event in the present perfect ("have been arrested") is a state at
# publication, not the story's current day.
_PRESENT_PERFECT = re.compile(r"\b(?:have|has|'ve|’ve)\b", re.IGNORECASE)
# "The court house, torched on Wednesday, was still smoking": an aside that dates
# its own event and leaves the story on its day.
_ASIDE = re.compile(r"\s+(?:(?:which|who|whose)\s+(?:[\w'’-]+\s+){0,4})?", re.IGNORECASE)
# "The ministry said troops had been sent": a source's account, opening its sentence,
# of a state in the past perfect.
_SOURCE_SAID = re.compile(rf"\W*(?:[\w'’.-]+\s+){{0,6}}?(?:{_SPEECH})\b", re.IGNORECASE)
# "troops had been sent", "40 people had been detained": a state the source reports
# (not "the crowd had burned tyres", an act the story told at its own time).
_HAD_BEEN = re.compile(r"\b(?:had|'d|’d)\s+(?:\w+\s+)?been\b", re.IGNORECASE)
# Words before a date in its sentence that put it in the future.
_FUTURE = re.compile(r"\b(?:will|would|shall|due|expected|plans?|planned|scheduled|"
                     r"next)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EventTime:
    """When an event happened: ``date`` to ``end`` (``None`` for one day), ACLED
    ``precision``, whether the text ``stated`` it (rather than the default), and the
    ``kind`` of expression that did (see :class:`DateMention`)."""

    date: date | None
    precision: int | None
    end: date | None = None
    stated: bool = False
    kind: str = ""
    #: Where the expression that stated it ends in the text (-1: none did).
    named_at: int = -1
    #: The story's current day it was dated against (:class:`StoryTime`), if any.
    reference: date | None = None

    @property
    def past_period(self) -> bool:
        """Dated only by a past year or month ("in 2016", "two years ago")."""
        return self.kind in _PAST_PERIODS


def event_date(
    text: str,
    clause: Span,
    sentence: Span,
    trigger: int,
    published: date | None,
    *,
    coordinated: bool = False,
    reference: date | None = None,
    find: Callable[[int, int], Sequence[DateMention]] | None = None,
) -> EventTime:
    """When an event triggered at ``trigger`` happened.

    The date expression nearest the trigger in its clause wins; else one fronting the
    sentence ("On Sunday, ..."); else, for a ``coordinated`` clause ("..., and a
    curfew was imposed"), the last one before it. Dates of statements ("said on
    Friday"), of the dateline and of measures' ends are not event dates. Words
    pointing back resolve against ``reference`` (the story's current day). An undated
    event in a dated report happened in the days before publication: the publication
    date with precision 2. Without a publication date it stays undated.
    """
    clause, sentence = _paragraph(text, clause, trigger), _paragraph(text, sentence, trigger)
    floor = dateline_end(text)
    if find is None:
        def find(start: int, end: int) -> Sequence[DateMention]:
            return find_dates(text, published, start, end, reference=reference)

    def dates(start: int, end: int, before: int | None = None, *,
              nouns: bool = False) -> list[DateMention]:
        return [d for d in find(start, end)
                if floor <= d.start < (end if before is None else before)
                and not _of_statement(text, d, (sentence[0], end), trigger)
                and (nouns or not d.attributive or 0 <= trigger - d.end <= _POSSESSED
                     or _after_gathering(text, d))
                and not _UNTIL.search(text, max(start, d.start - 10), d.start)
                and not (trigger < d.start and _REPORTED_FUTURE.search(
                    text, trigger, d.start))
                and not (d.kind == "span_of" and _BACKGROUND.search(
                    text, max(start, d.start - 12), d.start) and (
                    not d.start <= trigger < d.end or dated_before(d)))]

    def dated_before(span: DateMention) -> bool:
        # "on Thursday after two days of rioting": the rioting counts back from Thursday.
        return any(floor <= other.start and other.end <= span.start and other.last is None
                   for other in find(sentence[0], span.start))

    candidates = dates(*clause)
    # A coordinated clause, or one opened by "where" or "while", goes on at the time of
    # the last date before it: "returned on Saturday, and again on Sunday, marching to
    # the residence, where police fired tear gas" is Sunday, not the day fronting the
    # sentence.
    if not candidates and coordinated:
        before = dates(sentence[0], clause[0])
        candidates = ([d for d in before if d.kind not in _WEAK] or before)[-1:]
    elif not candidates and _SIMULTANEOUS.match(text, clause[0]) and \
            not _PRESENT_PERFECT.search(text, *clause):
        # Not across a shift in time ("erupted on Sunday ... before spreading to X,
        # where ..."), nor for a state at publication ("where the marches have turned
        # into riots").
        # "a week after last Tuesday's battle for the campus, where police fired tear
        # gas": the clause is the dated noun's, at its time.
        before = [d for d in dates(sentence[0], clause[0], nouns=True)
                  if not _SHIFT.search(text, d.end, clause[0])]
        candidates = ([d for d in before if d.kind not in _WEAK] or before)[-1:]
    if not candidates:
        # A date starting in the window is read whole: "March 31" is not "March 3".
        candidates = dates(sentence[0], min(sentence[1], sentence[0] + 2 * _FRONTED),
                           before=sentence[0] + _FRONTED)
    # "for a second night on Monday": the weekday says more than the ordinal; but not
    # from another part of the clause: "fired tear gas on Thursday at crowds who had
    # rioted overnight" (the rioting is the night's).
    candidates = [d for d in candidates if d.kind not in _WEAK or (
        d.kind == "overnight" and _same_part(text, d, trigger) and not any(
            _same_part(text, other, trigger) for other in candidates
            if other.kind not in _WEAK))] or candidates
    # "issued a decree on Thursday, after protesters jeered a motorcade on Wednesday": a
    # date in the trigger's own part of the clause is the one that modifies it.
    candidates = [d for d in candidates if _same_part(text, d, trigger)] or candidates
    # "who led the protests in 2016": a past period dates the event only when its
    # phrase hangs on the trigger or a word above it in the trigger's clause.
    # "ended last year with the torching of the consulate on Sept. 7": a day within
    # the period says more.
    # "In 2019, protesters burned the town hall, and police shot two": a fronted period
    # is every conjunct's.
    candidates = [d for d in candidates if not _past_period(d, published) or (
        _attaches(text, sentence, d, trigger, through_conjuncts=True) and not any(
            other is not d and d.date <= other.date <= (d.last or d.date)
            for other in candidates))]
    # "blocked roads in X, towns that have been strongholds since August, on Tuesday":
    # of two dates, the one whose phrase hangs on the trigger (or a word above it in
    # its clause) is the event's; the other belongs to a clause of its own.
    if len(candidates) > 1:
        candidates = [d for d in candidates
                      if _attaches(text, sentence, d, trigger, conjuncts=True)] or candidates
    if candidates:
        best = _counted_back(text, min(candidates, key=lambda d: abs(d.start - trigger)),
                             sentence, trigger)
        if best.kind == "overnight":
            best = _night_before(text, best, sentence, trigger, find,
                                 dates(*sentence) if reference is None else [])
        # A day an event came by is the other clause's, not the event's own.
        return EventTime(best.date, best.precision, best.last, stated=best.kind != "by_day",
                         kind=best.kind, named_at=best.end)
    if published is not None:
        return EventTime(published, 2)
    return EventTime(None, None)


def _night_before(text: str, best: DateMention, sentence: Span, trigger: int,
                  find: Callable[[int, int], Sequence[DateMention]],
                  told: Sequence[DateMention]) -> DateMention:
    """``best``, an "overnight", moved to the night before the day its sentence's
    source speaks on: "rioters looted shops overnight, police said on Friday" is the
    night that ended on Friday, whatever day the story last told. In a report's first
    dated sentence (``told``: its days), the night before the day it tells: "crowds
    rioted overnight, and on Tuesday the vote was annulled" (Monday's night)."""
    said = [d for d in find(*sentence) if d.kind in NAMED_DAY_KINDS and d.last is None
            and _of_statement(text, d, sentence, trigger)]
    if said:
        return replace(best, date=said[-1].date - timedelta(days=1))
    days = [d for d in told if d.kind in NAMED_DAY_KINDS and d.last is None]
    if not days:
        return best
    night = _NIGHT_AFTER.match(text, days[-1].end) or days[-1].kind in _NIGHTS
    return replace(best, date=days[-1].date - timedelta(days=0 if night else 1))


def _after_gathering(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` is the day of a short gathering the event followed: "fans
    clashed with police after Sunday's match", "After Saturday's funeral, youths
    stoned ..." (that day)."""
    return _AFTER_GATHERING.search(text, max(0, mention.start - 15), mention.start) \
        is not None and _GATHERING.match(text, mention.end) is not None


def _past_period(mention: DateMention, published: date | None) -> bool:
    """Whether ``mention`` is a past year or month: "in 2016", "last year", and a month
    before publication's ("an election in December" in an April report)."""
    if mention.kind in _PAST_PERIODS:
        return True
    return mention.kind == "month" and published is not None and \
        (mention.date.year, mention.date.month) < (published.year, published.month)


def filed_on(text: str, published: date | None) -> date | None:
    """The day the report was written: its dateline's day ("CAIRO, March 13 (Wire) —"
    on a page published March 14), when that is within the week before publication;
    else ``published``. The reporter's "on Thursday" and "overnight" count from it."""
    end = dateline_end(text)
    if published is None or not end:
        return published
    days = [d for d in find_dates(text, published, 0, end)
            if d.kind in NAMED_DAY_KINDS and d.last is None]
    if len(days) == 1 and 0 < (published - days[0].date).days < NEWS_WINDOW_DAYS:
        return days[0].date
    return published


def dateline_end(text: str) -> int:
    """Where the dateline ("CITY, June 26 (Agency) —") of ``text`` ends; 0 without."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _paragraph(text: str, span: Span, inside: int) -> Span:
    """The part of ``span`` in the paragraph holding ``inside``: a blank line ends a
    paragraph, a single line break (hard-wrapped text) does not."""
    start = text.rfind("\n\n", span[0], max(span[0], inside))
    end = text.find("\n\n", inside, span[1])
    return (span[0] if start < 0 else start + 2), (span[1] if end < 0 else end)


def _of_statement(text: str, mention: DateMention, sentence: Span, trigger: int) -> bool:
    """Whether ``mention`` dates someone's statement rather than the event."""
    start, end = sentence
    before = _SPEECH_BEFORE.search(text, max(start, mention.start - 70), mention.start)
    if before is not None:
        verb = before.span("verb")
    else:
        after = _SPEECH_AFTER.match(text, mention.end, min(end, mention.end + 30))
        if after is None:
            return False
        verb = after.span("verb")
        # "clashed on Monday, police said": the attribution follows the event's date,
        # unless the date fronts the sentence ("On Monday, police said ...").
        if any(mark in text[mention.end:verb[0]] for mark in ",;") and \
                not _FRONT.fullmatch(text, start, mention.start):
            return False
    return not _tells_the_event(text, verb, trigger)


def _tells_the_event(text: str, verb: Span, trigger: int) -> bool:
    """Whether the speech verb at ``verb`` is the event's own: passive ("clashes were
    reported"), with the trigger as its subject ("a curfew declared on Monday") or
    object ("declared a curfew")."""
    if _PASSIVE.search(text, max(0, verb[0] - 25), verb[0]):
        return True
    if trigger < 0:  # no event: a date of the narrative
        return False
    if trigger < verb[0]:
        between = text[trigger:verb[0]]
        return "," not in between and len(between.split()) <= 4
    return _OBJECT.fullmatch(text, verb[1], trigger) is not None


def _counted_back(text: str, best: DateMention, sentence: Span, trigger: int
                  ) -> DateMention:
    """``best`` moved back by a quantified "after" between it and the trigger."""
    if best.end > trigger:
        return best
    # "On Aug. 1, two days after that vote, soldiers fired": the gap dates the vote,
    # an aside between commas, not the clause after it.
    gaps = [g for g in _GAP.finditer(text, best.end, trigger)
            if not _BREAK.search(text, g.end(), trigger) and not _aside(text, g.end(), trigger)]
    if not gaps:
        # "held a day of mourning on Friday after six people were killed": the killing
        # came by Friday, that day or before it.
        after = list(_AFTER.finditer(text, best.end, trigger))[-1:]
        if after and best.last is None and \
                _CLAUSE_MARK.search(text, best.end, trigger) is None:
            return replace(best, precision=max(best.precision, 2), kind="by_day")
        return best
    gap = gaps[-1]
    if gap.group("night"):
        # "until the early hours of Saturday, after a day on which ...": that night
        # began on the day it follows.
        days = 0 if best.kind in _NIGHTS and "day" in gap.group("night").lower() else 1
    elif gap.group("nth") or gap.group("span"):
        # The span ends the day before the date it led to; a campaign of a week or more
        # ("after 11 days of protests") is still going on that day, which dates it.
        days = ORDINAL_WORDS[gap.group("nth").lower()] if gap.group("nth") else \
            _number(gap.group("span"))
        if days >= NEWS_WINDOW_DAYS:
            return best
        return replace(best, date=best.date - timedelta(days=days),
                       last=best.date - timedelta(days=1) if days > 1 else None,
                       precision=2 if days > 1 else best.precision, kind="counted_back")
    else:
        count = _number(gap.group("n"))
        days = count * 7 if gap.group("unit").lower().startswith("week") else count
    return replace(best, date=best.date - timedelta(days=days), last=None,
                   kind="counted_back")


def _attaches(text: str, sentence: Span, mention: DateMention, trigger: int, *,
              conjuncts: bool = False, through_conjuncts: bool = False) -> bool:
    """Whether the date phrase ``mention`` modifies the trigger's word or one governing
    it within its clause, in the parse of ``sentence`` (True without a parser). With
    ``conjuncts``, a phrase on a later conjunct is the first one's too ("burned tyres
    and blocked roads on Tuesday"); with ``through_conjuncts``, one on the first
    conjunct is a later one's ("In 2019, crowds burned X, and police shot two"), and one
    on the subject is its verb's ("rallies in 2011 ended in tear gas and arrests")."""
    scope = Scope(text, sentence, trigger, trigger + 1)
    word = scope.trigger()
    if word is None:
        return True
    doc = word.doc
    phrase = doc.char_span(mention.start - sentence[0], mention.end - sentence[0],
                           alignment_mode="expand")
    if phrase is None:
        return True
    root = phrase.root
    while root.dep_ == "compound" and root.head.i != root.i:  # "Tuesday night"
        root = root.head
    head = root.head  # the verb or noun the phrase's preposition hangs on
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    while conjuncts and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if through_conjuncts and head.dep_ in ("nsubj", "nsubjpass"):
        head = head.head
    # spaCy makes a new Token object at each access: tokens compare by index.
    while word.i != head.i:
        if (word.dep_ in _OTHER_CLAUSE and not (through_conjuncts and word.dep_ == "conj")) \
                or word.head.i == word.i:
            return False
        word = word.head
    return True


def _same_part(text: str, mention: DateMention, trigger: int) -> bool:
    """Whether no comma or subordinate clause's start comes between ``mention`` and the
    trigger."""
    if mention.start <= trigger < mention.end:
        return True
    between = (mention.end, trigger) if mention.end <= trigger else (trigger, mention.start)
    return _PART_BREAK.search(text, *between) is None


def _aside(text: str, start: int, trigger: int) -> bool:
    """Whether a short phrase between ``start`` and a comma before ``trigger`` is an
    aside: "On Aug. 1, two days after that vote, soldiers fired" (the vote's gap)."""
    comma = text.find(",", start, trigger)
    return comma >= 0 and len(text[start:comma].split()) <= _ASIDE_WORDS


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


class StoryTime:
    """The running time of one report: its publication date, the story's current day
    (the last day its narrative named) and its last day within a week of publication.

    Date a report's events in text order with :meth:`date_event`. Each stated date of
    an event that occurred, and each date of the narrative between events, moves the
    current day on (to the last day of a range). An undated event happened on the
    current day (precision 2) when that day is within a week of publication, else on
    the story's last day within that week; not when it is in the present perfect
    ("have been arrested": a state at publication) or in a sentence that dates
    something else (there, a clause after the one dated goes on at its day).
    Otherwise it keeps the undated default, the publication date with precision 2.
    """

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.current: date | None = None
        self.recent: date | None = None
        # The latest day the report has named, a statement's too.
        self.latest: date | None = None
        self._scanned = 0
        self._named_at = 0  # where the current day was named
        # Each day the story moved to, with where the words naming it end, in text
        # order: words pointing back count from the day named last before them.
        self._days: list[tuple[int, date]] = []
        # The events of one sentence look at the same spans: their dates, found once.
        self._found: dict[tuple, tuple[DateMention, ...]] = {}

    def date_event(self, text: str, clause: Span, sentence: Span,
                   trigger: int, *, coordinated: bool = False,
                   occurred: bool = True) -> EventTime:
        """:func:`event_date` against this story's current day, which it then moves on."""
        sentence = _paragraph(text, sentence, trigger)
        self._scan(text, max(sentence[0], min(trigger, clause[0])))
        reference = self.current
        time = event_date(text, clause, sentence, trigger, self.published,
                          coordinated=coordinated, reference=self.current,
                          find=lambda start, end: self._dates(text, start, end))
        if not time.stated and occurred:
            said = self._said_on(text, sentence, trigger)
            day = said.date if said else self._reported_state(
                text, clause, sentence, trigger) or self._when_after(
                text, sentence, trigger) or self._continued(
                text, clause, sentence, trigger)
            if day is None:
                # "Police fired tear gas at crowds, witnesses said on Tuesday": with no
                # story day to go on with, it happened by the day the source spoke.
                said = self._said_on(text, sentence, trigger, trailing=True)
                day = said.date if said else None
            if day is not None:
                # "story_day": the very day the narrative stands on, as sure as a
                # stated one (not a statement's, nor the latest day after a digression).
                kind = "statement" if said else "story_day" if day == self.current and \
                    not self._reported_state(text, clause, sentence, trigger) else ""
                if kind == "story_day":
                    day = _gap_back(text, sentence, trigger, day)
                time = EventTime(day, max(2, said.precision) if said else 2, kind=kind)
        if occurred and time.stated and self.published is not None and \
                time.date is not None and time.date > self.published:
            # "The next day" before any dated event: an event that occurred is not
            # later than its report.
            time = EventTime(self.published, 2)
        if time.stated and occurred and time.date is not None and \
                time.kind not in _TOTALS + _PAST_PERIODS and \
                not self._in_aside(text, sentence, trigger):
            self._move(time.end or time.date, trigger, time.named_at)
        floor = max(sentence[0], dateline_end(text))
        for mention in self._dates(text, floor, sentence[1]):
            if occurred and self.published is not None and \
                    mention.date <= self.published and _narrative(
                    text, mention, floor, statements=True):
                self._note(mention.date)
        self._scanned = max(self._scanned, sentence[1])
        return replace(time, reference=reference)

    def _dates(self, text: str, start: int, end: int) -> tuple[DateMention, ...]:
        before = [day for at, day in self._days if at <= start]
        named = tuple((at, day) for at, day in self._days if start < at < end)
        key = (start, end, before[-1] if before else None, named)
        if key not in self._found:
            self._found[key] = tuple(find_dates(text, self.published, start, end,
                                                reference=key[2], named=named))
        return self._found[key]

    def _in_aside(self, text: str, sentence: Span, trigger: int) -> bool:
        """Whether the trigger opens an aside after a comma that, in the parse,
        modifies a noun: "The town hall, set on fire on Wednesday, was ..." (not "The
        unrest began on Wednesday, when crowds, many of them students, gathered": a
        clause on a day, the story's)."""
        if not _in_aside(text, sentence[0], trigger):
            return False
        return self._modifies_noun(text, sentence, trigger, trigger + 1) is not False

    def _modifies_noun(self, text: str, sentence: Span, start: int,
                       end: int) -> bool | None:
        """Whether the words at ``start:end`` stand in a clause that modifies a noun
        other than a day's ("buildings burned the day before"), in the parse of
        ``sentence``; None without a parser."""
        word = Scope(text, sentence, start, end).trigger()
        if word is None:
            return None
        while word.dep_ not in _OTHER_CLAUSE and word.head.i != word.i:
            word = word.head
        # "an attempt to arrest him on Oct. 17": an infinitive tells the noun's own
        # event, at its time.
        # A noun at the root of the sentence with a participle on it ("The unrest
        # escalated on Monday.", which the small parser reads as a noun phrase) is a
        # misparsed main clause: its day is the story's.
        if word.dep_ not in _NOUN_CLAUSE or word.tag_ in _INFINITIVE or \
                word.head.dep_ == "ROOT":
            return False
        head = sentence[0] + word.head.idx
        return not any(d.start <= head < d.end for d in self._dates(text, *sentence))

    def _dated(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names a day or a span of the story (a past
        year of background, "who led the protests in 2016", is none)."""
        return any(d.kind not in _PAST_PERIODS for d in self._dates(text, start, end))

    def _reported_state(self, text: str, clause: Span, sentence: Span,
                        trigger: int) -> date | None:
        """The day a source's undated account of a state stands at: "The ministry said
        troops had been sent to four towns", in a paragraph after the one that named
        an older day, tells the report's latest day, not that older one."""
        start = max(sentence[0], dateline_end(text))
        source = _SOURCE_SAID.match(text, start, trigger)
        clause = _paragraph(text, clause, trigger)
        if source is None or self.latest is None or self.published is None or \
                "\n\n" not in text[self._named_at:trigger] or \
                not _HAD_BEEN.search(text, max(source.end(), clause[0]), clause[1]) or \
                (self.published - self.latest).days >= NEWS_WINDOW_DAYS or \
                self._dated(text, start, sentence[1]):
            return None
        return self.latest

    def _said_on(self, text: str, sentence: Span, trigger: int, *,
                 trailing: bool = False) -> DateMention | None:
        """The day of the statement that tells an undated event: "Police said on
        Wednesday that they had arrested two suspects" (by that day); or its month
        ("a state of emergency declared in March, with a weekend curfew"). With
        ``trailing``, a statement's day after the event ("..., police said on
        Wednesday")."""
        if self.published is None:
            return None
        start = max(sentence[0], dateline_end(text))
        said = [d for d in self._dates(text, start, sentence[1])
                if (d.start > trigger if trailing else d.end <= trigger)
                and d.last is None and d.precision in (1, 3)
                and d.date <= self.published and not d.attributive
                and (_SPEECH_BEFORE.search(text, max(start, d.start - 70), d.start)
                     or _FRONT.fullmatch(text, start, d.start))
                and _of_statement(text, d, (start, sentence[1]), trigger)]
        return said[-1] if said else None

    def _note(self, day: date) -> None:
        if self.latest is None or day > self.latest:
            self.latest = day

    def _move(self, day: date, at: int, named_at: int) -> None:
        self._note(day)
        self.current, self._named_at = day, at
        self._days.append((max(named_at, 0), day))
        if self.published is not None and \
                0 <= (self.published - day).days < NEWS_WINDOW_DAYS:
            self.recent = day

    def _scan(self, text: str, upto: int) -> None:
        """Move the current day with the narrative's dates before ``upto`` that no
        event took: "The shooting began on Thursday morning." """
        start, self._scanned = max(self._scanned, dateline_end(text)), max(
            self._scanned, upto)
        if self.published is None:
            return
        floor = start
        for mention in self._dates(text, start, upto):
            if mention.date <= self.published and _narrative(text, mention, floor,
                                                               statements=True):
                self._note(mention.date)
        while start < upto:
            # Words pointing back count from the day just named: "since March 16, when
            # ... . That evening ..." is March 16's evening, so the rest is read again.
            moved = next((m for m in find_dates(text, self.published, start, upto,
                                                reference=self.current)
                          if _narrative(text, m, floor) and m.date <= self.published
                          and m.date != self.current
                          and not self._modifies_noun(text, _sentence_of(text, m, floor),
                                                      m.start, m.end)), None)
            if moved is None:
                return
            self._move(moved.date, moved.start, moved.end)
            start = moved.end

    def _when_after(self, text: str, sentence: Span, trigger: int) -> date | None:
        """The day of a "when" clause after an undated one: "detained 40 people and 12
        officers were hurt when a march turned into a riot on Monday night"."""
        if self.published is None:
            return None
        start = max(sentence[0], dateline_end(text), trigger)
        when = [d for d in self._dates(text, start, sentence[1])
                if d.last is None and not d.attributive and d.kind in NAMED_DAY_KINDS
                and d.date <= self.published
                and not _SENTENCE_BREAK.search(text, trigger, d.start)
                and self._of_when_clause(text, sentence, trigger, d)
                and not _of_statement(text, d, (start, sentence[1]), trigger)]
        return when[0].date if when else None

    def _of_when_clause(self, text: str, sentence: Span, trigger: int,
                        day: DateMention) -> bool:
        """Whether ``day`` dates a "when" clause between the trigger and it that tells
        when the event happened, and no other noun in that clause."""
        when = _WHEN_AFTER.search(text, trigger, day.start)
        if when is None or _WHEN_ASKED.search(text, trigger, when.start()):
            return False
        end = _CLAUSE_END.search(text, day.end, sentence[1])
        end = end.start() if end else sentence[1]
        return not (_WHEN_TO_COME.search(text, when.end(), end)
                    or _VERB_AFTER_DAY.match(text, day.end, end)
                    or self._modifies_noun(text, sentence, day.start, day.end))

    def _continued(self, text: str, clause: Span, sentence: Span,
                   trigger: int) -> date | None:
        """The day an undated event goes on with, if any."""
        if self.current is None or self.published is None:
            return None
        clause = _paragraph(text, clause, trigger)
        sentence = _paragraph(text, sentence, trigger)
        if _PRESENT_PERFECT.search(text, clause[0], clause[1]):
            return None
        # A sentence that dates something else is not the story's current day (an
        # undated clause after its dated one goes on at that day instead); a
        # trailing attribution's day is the statement's, not another event's ("and
        # detained 40 people, the ministry said on Friday" goes on with the story).
        start = max(sentence[0], dateline_end(text))
        named = [d for d in self._dates(text, start, sentence[1])
                 if d.kind not in _PAST_PERIODS and not (
                     d.start > trigger and _of_statement(text, d, (start, sentence[1]),
                                                         trigger))]
        # "Youths set fire to the station, and police detained 12 there overnight",
        # "clashes broke out when supporters, who boycotted Saturday's vote, ...": a
        # later word pointing back counts from the story's day, and a noun's day dates
        # that noun only; neither dates the clause before it.
        later = [d for d in named if d.start > trigger]
        if later and all(d.kind in POINTING_BACK_KINDS or d.attributive for d in later):
            named = [d for d in named if d.start < trigger]
        if named:
            return _told_before(text, named, (start, sentence[1]), trigger,
                                self.published)
        if 0 <= (self.published - self.current).days < NEWS_WINDOW_DAYS:
            return self.current
        return self.recent


def _told_before(text: str, named: Sequence[DateMention], sentence: Span, trigger: int,
                 published: date) -> date | None:
    """The day an undated clause goes on at in a sentence that dates an earlier clause:
    "Dockers blocked the port on Tuesday, and police said nine were held" and "Troops
    raided the district on Friday; one gunman was killed" tell the one day (not a
    statement's day, nor a plan's, nor a span's); None when a date stands after the
    trigger, the earlier one is no single past day, or time moves on between them
    ("on Sunday ... before spreading to the cities, where ...")."""
    if any(d.start > trigger for d in named):
        return None
    told = [d for d in named if d.last is None and not d.attributive
            and d.kind not in _TOTALS and d.date <= published
            and not _of_statement(text, d, sentence, trigger)
            and not _FUTURE.search(text, sentence[0], d.start)
            and not _SHIFT.search(text, d.end, trigger)]
    return told[-1].date if told and told[-1] is named[-1] else None


def _gap_back(text: str, sentence: Span, trigger: int, day: date) -> date:
    """``day``, the story's, counted back by a quantified "after" before the trigger in
    an undated sentence: "The bombing came three days after gunmen shot a judge" (the
    bombing is the story's day; the shooting three days before it)."""
    start = max(sentence[0], dateline_end(text))
    # Not past a comma: "Two days after the vote, crowds marched" is the crowds' day.
    gaps = [g for g in _GAP.finditer(text, start, trigger)
            if g.group("n") and "," not in text[g.end():trigger]
            and not _BREAK.search(text, g.end(), trigger)]
    if not gaps:
        return day
    gap = gaps[-1]
    count = _number(gap.group("n"))
    return day - timedelta(days=count * 7 if gap.group("unit").lower().startswith("week")
                           else count)


def _sentence_of(text: str, mention: DateMention, floor: int) -> Span:
    """The sentence holding ``mention``: from the last full stop or paragraph break
    before it (not before ``floor``) to the next one after it."""
    start = max(floor, text.rfind(". ", floor, mention.start) + 1,
                text.rfind("\n\n", floor, mention.start) + 1)
    stops = [i + 1 for i in (text.find(". ", mention.end), text.find("\n\n", mention.end))
             if i >= 0]
    return start, min(stops, default=len(text))


def _in_aside(text: str, start: int, trigger: int) -> bool:
    """Whether the trigger opens an aside after a comma, past the sentence's start."""
    comma = text.rfind(",", start, trigger)
    return comma > start and any(c.isalnum() for c in text[start:comma]) and \
        _ASIDE.fullmatch(text, comma + 1, trigger) is not None


def _narrative(text: str, mention: DateMention, floor: int, *,
               statements: bool = False) -> bool:
    """Whether a date between events names a day of the story: one day, not a
    statement's (unless ``statements``), not modifying a noun, not to come."""
    if mention.precision != 1 or mention.last is not None or mention.attributive:
        return False
    sentence = _sentence_of(text, mention, floor)
    start = sentence[0]
    if _FUTURE.search(text, start, mention.start) or \
            _UNTIL.search(text, max(start, mention.start - 10), mention.start):
        return False
    return statements or not _of_statement(text, mention, sentence, -1)
