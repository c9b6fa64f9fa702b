"""Sentences and clauses: the units events are read from.

A news sentence often reports several events ("protests erupted in X, where police
arrested 20, and a curfew was imposed"). Cutting it at those joints lets each event
keep its own place, date and counts. Offsets always refer to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from geo.events.dates import find_dates
from geo.lexicon import MONTHS, NUMBER_WORDS, SPEECH_VERBS, alternation

Span = tuple[int, int]

# Joints between events: ", where", "and that", "; ", ", and <new subject>", ", after
# <subject> <verb>ed" (the earlier event that led to this one: "..., after protesters
# stormed the palace"), a day and "and in/on" ("in X on Friday and in Y on Saturday": the
# event told again, see :func:`tells_again`), and an "and" that starts a clause of its own
# ("and a curfew was imposed", "and police said").
_CLAUSE_BREAK = re.compile(
    r";\s*|:\s+|,\s+(?=(?:where|while|whereas|but|although|though|after which|with|"
    r"and)\b)|,\s+(?=after\s+(?:the\s+|a\s+)?(?:(?!(?:was|were|been|being|is|are)\b)"
    r"[\w-]+\s+){1,2}?(?:had\s+|have\s+)?[a-z]+ed\b)|"
    r"(?:(?<=day)|(?<=night)|(?<=morning)|(?<=evening)|(?<=afternoon))\s+(?=and\s+"
    r"(?:again\s+)?(?:in|at|on)\s)|\s+(?=(?:and|but)\s+(?:\w+\s+)?that\b)|\s+(?=and\s+(?:(?:a|an|the|its|"
    rf"their|at least|some|\d[\d,]*|{alternation(tuple(NUMBER_WORDS))})\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:was|were|is|are|has|have|had|"
    rf"{alternation(SPEECH_VERBS)})\b)", re.IGNORECASE)
_ELLIPTIC = re.compile(r"\W*and\s+(?:again\s+)?(?:in|at|on)\s", re.IGNORECASE)
_SAYING = re.compile(rf"\b{alternation(SPEECH_VERBS)}\b", re.IGNORECASE)
# "..., local media said." at a clause's end: who told it.
_SOURCE_AT_END = re.compile(rf",\s+(?:[\w'’-]+\s+){{1,4}}{alternation(SPEECH_VERBS)}\W*$",
                            re.IGNORECASE)
# A day to resolve dates against when only their presence matters.
_ANY_DAY = date(2000, 1, 1)
_ASIDE = re.compile(r",\s+(?:the\s+)?[\w'’-]+\Z")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Capt|Sgt|St|Prof|Rev|Gov|"
                           r"Sen|Rep|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                           r"[A-Z])\.$")


# A year or "last year" right after a trigger ("the protests he led in 2016", "a
# demonstration outside the embassy last year") or right before it ("In 2019, protests
# ...", "the 2011 uprising"): the event is the story's background.
# (The words between the trigger and its year hold no verb of their own: in "protested
# against a law passed in 2019" the year is the law's.)
# A month may stand before the year after a trigger ("the riots of October 1988"); a
# paragraph that opens on a month ("In March 2021, his arrest ...") tells a dated
# episode the report recalls, read as events.
_MONTH_OF = rf"(?:{alternation(tuple(MONTHS))}\.?\s+(?:\d{{1,2}},?\s+)?)?"
_YEAR_AFTER = re.compile(r"(?:\s+(?!(?:began|started|erupted|since|that|which|who|whose)\b)"
                         r"(?![\w'’-]*ed\b)[\w'’-]+){0,6}?\s+"
                         r"(?:(?:in|during|of)\s+(?:early\s+|late\s+|mid-)?"
                         rf"(?:the\s+)?{_MONTH_OF}(?P<year>(?:19|20)\d\d)s?"
                         r"\b(?!\s*[-–,]?\s*\d)|(?P<last>last\s+year|(?:\w+\s+)?years\s+ago))",
                         re.IGNORECASE)
# "Five years after a wave of protests ...", "a decade after the riots": the trigger is
# told as what happened years before the story; so is one in a clause on a past year
# ("the war of the 1990s, in which 200,000 people died", "the largest since 2015, when
# students clashed with police").
_YEAR_BEFORE = re.compile(r"(?:\b(?:in|during)\s+(?P<year>(?:19|20)\d\d),?\s+"
                          r"(?:[\w'’-]+\s+){0,2}?|\bthe\s+(?P<modifier>(?:19|20)\d\d)\s+"
                          r"(?:[\w'’-]+\s+)?|\b(?P<after>(?:[\w-]+\s+)?(?:years?|decades?)"
                          r"\s+after\s+(?:[\w'’-]+\s+){0,5}?)|\b(?:in|during|of|since)\s+(?:the\s+)?"
                          rf"{_MONTH_OF}(?P<which>(?:19|20)\d\d)s?,\s+(?:in\s+)?(?:which|when)\s+"
                          r"(?:[\w,'’-]+\s+){0,5}?)$", re.IGNORECASE)


def in_a_past_year(text: str, clause: Span, trigger: Span, current_year: int | None) -> bool:
    """Whether a trigger is dated to a year before ``current_year`` (the publication's)
    by the words around it: then it is background, no event of the story."""
    if current_year is None:
        return False
    after = _YEAR_AFTER.match(text, trigger[1], clause[1])
    if after is not None and (after.group("last") or int(after.group("year")) < current_year):
        return True
    before = _YEAR_BEFORE.search(text, max(clause[0], trigger[0] - 60), trigger[0])
    if before is not None and before.group("after"):
        return True
    year = before and (before.group("year") or before.group("modifier")
                       or before.group("which"))
    return bool(year) and int(year) < current_year


# "has been arrested several times", "repeatedly detained": a habit of the past, no
# one event of the story.
_HABIT_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:several|many|numerous|multiple|"
                          r"countless|a\s+dozen|\w+\s+or\s+\w+)\s+times|repeatedly)\b",
                          re.IGNORECASE)
_HABIT_BEFORE = re.compile(r"\b(?:repeatedly|frequently|regularly|often)\s+(?:been\s+)?$",
                           re.IGNORECASE)


def told_as_habit(text: str, clause: Span, trigger: Span) -> bool:
    """Whether the trigger is told as something that happened again and again
    ("he has been arrested several times"), not as an event."""
    return bool(_HABIT_AFTER.match(text, trigger[1], clause[1]) or _HABIT_BEFORE.search(
        text, max(clause[0], trigger[0] - 24), trigger[0]))


def sentence_spans(text: str, sentences: Iterable | None = None) -> list[Span]:
    """Normalise given sentence spans, or split ``text`` into sentences."""
    if sentences is not None:
        return [_as_span(s) for s in sentences]
    spans: list[Span] = []
    start = 0
    for brk in _SENTENCE_BREAK.finditer(text):
        if _ABBREVIATION.search(text, start, brk.start()):
            continue
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# "... to close at 3 p.m. Troops were deployed ...": a clock time ends a sentence the
# sentence splitter did not end (its "p.m." looks like an abbreviation) when a
# capitalised word other than a day, a month or a time zone follows.
_CLOCK_END = re.compile(r"\b[ap]\.m\.(?=\s+(?!(?:monday|tuesday|wednesday|thursday|friday|"
                        rf"saturday|sunday|{alternation(tuple(MONTHS))})\b)[A-Z][a-z]+\s)")


def split_at_clock_times(text: str, spans: list[Span]) -> list[Span]:
    """Cut sentences that run on past a clock time ending a sentence (English)."""
    cut: list[Span] = []
    for start, end in spans:
        for match in _CLOCK_END.finditer(text, start, end):
            cut.append((start, match.end()))
            start = match.end() + 1
        cut.append((start, end))
    return [(a, b) for a, b in cut if text[a:b].strip()]


def tells_again(text: str, clause: Span) -> bool:
    """Whether a clause tells the event of the clause before again, at another place or
    day, without its verb: "(protests were held in X on Friday) and in Y on Saturday";
    not "and in Y the minister said ...", someone's statement (a source named at the
    end, "..., and in Y, local media said", is no statement of its own)."""
    if not _ELLIPTIC.match(text, clause[0]):
        return False
    source = _SOURCE_AT_END.search(text, *clause)
    return not _SAYING.search(text, clause[0], source.start() if source else clause[1])


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Cut a sentence where news prose moves to another event."""
    clauses, start = [], sentence[0]
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence[0], sentence[1]))
    for number, brk in enumerate(breaks):
        # ", witnesses and Amnesty said, ...": the "and" joins two speakers of an
        # aside; the sentence goes on with the same event.
        if text.startswith("and ", brk.end()) and _ASIDE.search(text, sentence[0],
                                                                brk.start()):
            continue
        # ", after protesters stormed the palace" is an event of its own when it has a
        # day of its own ("on Wednesday"); else it is the cause told with this one.
        end = breaks[number + 1].start() if number + 1 < len(breaks) else sentence[1]
        if text.startswith("after", brk.end()) and not find_dates(text, _ANY_DAY,
                                                                  brk.end(), end):
            continue
        if brk.start() > start:
            clauses.append((start, brk.start()))
        start = brk.end()
    clauses.append((start, sentence[1]))
    return [c for c in clauses if text[c[0]:c[1]].strip()]


def _as_span(sentence: object) -> Span:
    if hasattr(sentence, "start_char"):
        return sentence.start_char, sentence.end_char
    if hasattr(sentence, "start"):
        return sentence.start, sentence.end
    start, end = sentence
    return start, end
