"""Date expressions in news wording: days, nights, ranges, and words that point back.

News rarely gives full dates. :func:`find_dates` resolves each expression with an ACLED
time precision (1 the day is known, 2 within about a week, 3 within a month) against
one of two anchors:

* the **publication date** for words said from the reporter's present: weekdays ("on
  Wednesday" is the most recent Wednesday), "yesterday", "today", "this morning", "last
  night", "last week", "this week", "over the weekend", "three days ago", "since
  Sunday";
* a **reference** day for words that point back into the story: "the next day", "two
  days later", "the day before", "later that day", "that evening", "overnight", "on the
  third night", "four nights of protests". :mod:`geo.events.timeline` passes the
  story's current day; without one, the publication date;
* the day the report gave an event it names again: "the day after the stabbing" is the
  day after the one in the last earlier sentence naming the stabbing (nothing if none
  does), and "since then" runs from the last date named in its sentence or the one
  before it to publication.

A night belongs to the day it starts on: "Sunday night", "overnight Saturday" and "the
night of Saturday to Sunday" are that Saturday or Sunday, "until the early hours of
Sunday" is Saturday, and "last night" is the day before publication. A bare
"overnight" with no reference is the night just ended, which began the day before
publication ("an overnight curfew" dates nothing).

Some expressions are ranges, returned as a first and a last day with a coarser
precision (2 up to a week, 3 beyond): "since Sunday", "since the weekend", "since the
protests began on Tuesday", "over the past two days" and "in the last week" (to
publication), "over the weekend" (Saturday–Sunday), "this week",
"all week" and "throughout the week" (Monday to publication; "earlier in the week" to
the day before), "from Monday to Wednesday" (and "from Friday night until Sunday"),
"Saturday through Monday", "on (both) Tuesday and Wednesday" (in that order or on days
in a row: "on Friday and Monday" are two days, not the days between),
"broke out on Tuesday and lasted until Thursday" (the days an event went on), "on
Friday, Saturday and Sunday", "between 3 and 5 January", "four nights of
protests", "a week of protests", "three days of clashes" and "went on for four days"
(ending on the reference day), "for two nights from Saturday", "for two days, on
Tuesday and Wednesday" and "two days of riots on Tuesday and Wednesday" (from that
day), "every night since Tuesday" (to the night before publication). A length
that is no span of past events is not a range: "a three-day curfew", "a 24-hour
strike", "detained for two days", "a curfew for three nights", "two weeks of
demonstrations" (background, not a date). A past year or month told as an event's
time is a coarse date (precision 3): "in 2016" and "in late 2016" (that year, 1 January
to 31 December), "last year", "three years ago" (that year), "two months ago" and "last
November" (the first of that month, the most recent November before the publication's
month); a year alone otherwise ("since 2019", "the 2019 protests") and the
publication's year or a later one ("in 2024") date nothing. A date that modifies a noun
("Sunday's election", "last year's floods", "the Feb. 1 coup") is marked
``attributive``: it dates only that noun.

A day without a year takes the one its sentence gave before it for that month ("In
March 2021, ... from March 3 to March 8") or "last year"'s; else the most recent such
day before publication.

Without a publication date only explicit dates that carry their year are resolved;
nothing is ever guessed from the clock. The calendar arithmetic is dateutil's.

Length: one table of expressions. Each pattern, its resolution and the joining of two
mentions into a range read one another (which kinds point back, which may be joined),
so they stay in one module rather than a table split from its arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import MO, SA, SU, relativedelta
from dateutil.relativedelta import weekday as weekday_of

from geo.lexicon import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, WEEKDAYS

__all__ = ["NAMED_DAY_KINDS", "NEWS_WINDOW_DAYS", "POINTING_BACK_KINDS", "DateMention",
           "find_dates"]

#: The days a dispatch reports, counted back from publication: an older day is
#: background, not the news (both the English timeline and the Russian/French detector).
NEWS_WINDOW_DAYS = 7

_NUMBERS = {**NUMBER_WORDS, "a": 1, "an": 1, "a couple of": 2, "several": 3, "a few": 3,
            "few": 3}
_VAGUE = ("several", "a few", "few", "a couple of")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_FIRST_DAY = r"(?P<first>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_WEEKDAY = "|".join(WEEKDAYS)
_NUM = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))
_ORDINAL = "|".join(ORDINAL_WORDS)
_UNREST = (r"(?:violence|unrest|protests?|clashes|fighting|demonstrations|rioting|riots|"
           r"strikes?|looting|street battles|marches)")
# "the day before" points back only when it ends the phrase: "the day before the vote"
# and "the day after police fired" count from what follows.
_NO_NOUN = r"(?=\s*(?:[,.;:!?)—–]|$))"
_TO = r"\s*(?:-|–|to|until|till|through|and)\s*"

# Order matters: the first pattern that matches at a position wins, so longer
# expressions come before the words they contain.
_PATTERNS = [
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("day_range", rf"\b(?:(?:from|between)\s+(?:the\s+)?)?{_FIRST_DAY}{_TO}(?:the\s+)?"
                  rf"{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?{_YEAR}"),
    ("month_day_range", rf"\b(?P<month>{_MONTH})\.?\s+{_FIRST_DAY}{_TO}{_DAY}\b{_YEAR}"),
    ("day_month", rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?{_YEAR}"),
    ("month_day", rf"\b(?P<month>{_MONTH})\.?\s+{_DAY}\b{_YEAR}"),
    ("night_of", rf"\bnight\s+(?:of|from|between)\s+(?P<weekday>{_WEEKDAY})\s+"
                 rf"(?:to|into|and)\s+(?:{_WEEKDAY})\b"),
    # "until the early hours of Saturday": the night that began on Friday.
    ("overnight_into", rf"\b(?:overnight\s+(?:in)?to|(?:until|till|into)\s+the\s+"
                       rf"(?:early|small|wee)\s+hours\s+of)\s+(?P<weekday>{_WEEKDAY})\b"),
    # "overnight Saturday" is Saturday's night, not the story's current one.
    # "on Tuesday last week" and "last week, on Tuesday": that week's Tuesday, one
    # expression.
    # ("over the past week, on Monday" is this week's Monday.)
    ("weekday", rf"\b(?:(?<!the\s)(?P<week_first>last)\s+week\s*,?\s+(?:on\s+)?)?"
                rf"(?:overnight\s+(?:on\s+|from\s+)?)?(?P<last>last\s+)?"
                rf"(?P<weekday>{_WEEKDAY})\b(?:\s+(?:of\s+)?(?P<week>last|this|past|previous)"
                r"\s+week\b)?(?P<possessive>['’]s)?"
                r"(?!\s+(?:prayers?|sermons?)\b)"),
    ("day_before", r"\bthe day before yesterday\b"),
    ("yesterday", r"\b(?:yesterday|last night)\b"),
    ("today", r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b"),
    # "over the past two days", "in the last week": up to publication.
    ("past_span", rf"\b(?:this|the)\s+(?:past|last|previous)\s+(?:(?P<n>{_NUM}|\d+)\s+)?"
                  r"(?P<unit>days|nights|weeks?)\b"),
    ("ago", rf"\b(?P<n>{_NUM}|\d+)\s+(?P<unit>days?|weeks?)\s+ago\b"),
    ("weekend", r"\b(?:over|at|during|on|since)\s+the\s+weekend\b|\b(?:this|last|past) "
                r"weekend\b"),
    ("last_week", r"\b(?:last|past|previous) week\b"),
    ("this_week", r"\b(?:(?P<when>earlier|later) )?this week\b|\ball (?:the )?week\b|"
                  r"\b(?P<inside>earlier|later) in the week\b|"
                  r"\b(?:throughout|during) the week\b|"
                  r"\bsince the (?:start|beginning) of the week\b"),
    ("span_of", rf"\b(?P<n>{_NUM}|\d+)\s+(?:(?:straight|consecutive|successive)\s+)?"
                rf"(?P<unit>days?|nights?|week)\s+of\s+(?:\w+\s+)?{_UNREST}\b"),
    # "protests went on for four days": ending on the story's day, unless a measure
    # lasts that long ("detained for two days", "a curfew for three nights").
    ("for_span", rf"\bfor\s+(?P<n>{_NUM}|\d+)\s+"
                 r"(?:(?:straight|consecutive|successive|more)\s+)?(?P<unit>days?|nights?)\b"),
    ("days_of", rf"\b(?:several |a few )?days of {_UNREST}\b|\bfor days\b"),
    # "the day after the stabbing": a day from the one the report gave that event.
    ("told_event", r"\bthe\s+(?:day|night|morning|evening)\s+(?P<way>after|before)\s+"
                   r"(?:the|that|this|his|her|their|its)\s+(?P<noun>[^\W\d_]{4,})"
                   r"(?:\s+(?P<then>[^\W\d_]{4,}))?\b(?!\s+(?:of|in|at|on|by)\b)"),
    ("next_day", rf"\b(?:the\s+(?:next|following)\s+(?:day|morning|evening|night)|"
                 rf"the\s+day\s+after{_NO_NOUN}|a\s+day\s+later)\b"),
    ("previous_day", rf"\b(?:the\s+(?:previous|preceding)\s+(?:day|evening|night)|"
                     rf"the\s+(?:day|night)\s+before{_NO_NOUN}|a\s+day\s+earlier)\b"),
    ("later", rf"\b(?P<n>{_NUM}|\d+)\s+(?P<unit>days?|weeks?)\s+(?P<way>later|earlier)\b"),
    ("same_day", r"\b(?:later|earlier)\s+(?:that|the same|in the)\s+day\b|"
                 r"\b(?:that|the same)\s+(?:day|morning|afternoon|evening|night)\b|"
                 r"\b(?:during|throughout)\s+the\s+day\b|\bwithin\s+(?:hours|minutes)\b|"
                 r"\bin\s+the\s+hours\s+that\s+followed\b|"
                 rf"\b(?:(?:about|some|barely|just)\s+)?(?:{_NUM}|\d+)?\s*(?:hours?|"
                 r"minutes)\s+later\b"),
    # "Inmates have since held guards hostage": from the story's day to publication.
    ("since_then", r"\b(?:have|has|had)\s+since\b|\bsince\s+then\b"),
    ("ordinal", rf"\b(?:the\s+|a\s+)(?P<nth>{_ORDINAL})\s+(?:straight\s+|consecutive\s+)?"
                r"(?:day|night)\b"),
    ("overnight", r"\bovernight\b"),
    ("last_month", r"\blast month\b"),
    # "last November": the most recent November before the publication's month.
    ("past_month", rf"\blast\s+(?P<month>{_MONTH})\b"),
    ("month", rf"\b(?:in|since|during|early|mid|late|mid-|earlier in)\s*"
              rf"(?P<month>{_MONTH})\b{_YEAR}"),
    # A past year or month, the most a background event's clause may say of its time:
    # "led the protests in 2016", "held a rally last year", "jailed two years ago".
    ("year", r"\b(?:in|during)\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:(?:early|late)\s+)?"
             r"(?:spring|summer|autumn|fall|winter)\s+of\s+)?"
             r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)"),
    ("last_year", r"\b(?:(?:early|late|earlier)\s+)?last\s+year\b(?P<possessive>['’]s)?"),
    ("long_ago", rf"\b(?P<n>{_NUM}|\d+)\s+(?P<unit>years?|months?)\s+ago\b"),
]
#: Kinds of expression resolved against the reference day (the story's current day)
#: rather than publication: words pointing back ("the next day", "overnight").
POINTING_BACK_KINDS = frozenset({"span_of", "for_span", "next_day", "previous_day", "later",
                                 "same_day", "ordinal", "overnight", "since_then"})
# "since Sunday", "since 5 January": from that day to publication.
_SINCE = re.compile(r"\bsince\s+(?:(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:began|"
                    r"started|erupted|broke\s+out|flared(?:\s+up)?|spread)\s+)?"
                    r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# "an overnight curfew", "the overnight raid": an adjective of a noun, no time of its own.
_ATTRIBUTIVE_NIGHT = re.compile(r"\b(?:an|the)\s+$", re.IGNORECASE)
# "since early Monday": a part of the day, not the day's whole (the week before's).
_EARLY_OR_LATE = re.compile(r"\b(?:early|late)\s+$", re.IGNORECASE)
_NIGHTLY = re.compile(r"\b(?:every|each)\s+night\b|\bnightly\b|\bnight\s+after\s+night\b",
                      re.IGNORECASE)
# "from Monday to Wednesday", "between Monday and Wednesday": two dates, one range.
_FROM = re.compile(r"\b(?:from|between)\s+(?:the\s+)?(?:night\s+of\s+)?$", re.IGNORECASE)
# "since March 16, when ...": that day, not a range.
_WHEN = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)
# "from Friday night until Sunday": a part of the first day may come before the join.
_PART_OF_DAY = r"(?:\s+(?:night|evening|morning|afternoon))?"
_RANGE_JOIN = re.compile(_PART_OF_DAY + _TO + r"(?:the\s+)?$", re.IGNORECASE)
# "on Tuesday and Wednesday": two days of one event, the same range.
_ON = re.compile(r"\b(?:on|over|during)\s+(?:both\s+)?$", re.IGNORECASE)
# "for two nights from Saturday", "from Saturday for two nights", "for two days, on
# Tuesday and Wednesday": a length from a day.
_FOR_FROM = re.compile(r"(?:\s+(?:running|in\s+a\s+row|straight))?\s*,?\s+"
                       r"(?:(?:from|since|starting|beginning)\s+(?:on\s+)?|on\s+(?:both\s+)?)",
                       re.IGNORECASE)
_FROM_FOR = re.compile(r"\b(?:from|since|starting|beginning)\s+(?:on\s+)?$",
                       re.IGNORECASE)
# "on Thursday night and Friday", "on Friday night and early on Saturday": a night and
# the day after it, one range.
_AND = re.compile(_PART_OF_DAY + r"\s+and\s+(?:(?:early|late)\s+(?:on\s+)?)?$",
                  re.IGNORECASE)
# "broke out on Tuesday night and lasted until Thursday", "which began on Monday,
# continued until Wednesday": the days an event went on, one range.
_LASTED = re.compile(r"[^.;]{0,60}?\b(?:lasted|continued|went\s+on|raged|persisted)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:until|till|through|into)\s+(?:the\s+)?$",
                     re.IGNORECASE)
# "Friday, Saturday and Sunday": the days of a list.
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
# "Saturday through Monday", "Jan. 3-5": a range without "from".
_THROUGH = re.compile(r"\s*(?:-|–|through|thru)\s*", re.IGNORECASE)
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|until|till|in|on|at|of|for|when|as|with|"
                         r"by|from|after|before|but|that|which|while)\b)[^\W\d_]",
                         re.IGNORECASE)

# A length after these is how long a measure or a detention lasts, not a span of
# events: "detained for two days", "a curfew for three nights".
_MEASURE = re.compile(r"\b(?:curfews?|ban(?:s|ned)?|detain\w*|held|custody|remand\w*|"
                      r"jail\w*|sentenc\w*|prison|emergency|suspend\w*|extend\w*|"
                      r"lockdown|hostage|missing|hospital\w*|closed|shut)\b[^.;]*$",
                      re.IGNORECASE)

# Every pattern above holds one of these; a text without any has no date.
_HINT = re.compile(r"\d-[01]\d-|day|night|week|morning|afternoon|evening|month|hour|"
                   r"minutes|since|(?:19|20)\d\d|year|jan|feb|mar|"
                   r"apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)
# What each pattern cannot match without (None: a month's name), so that a clause is
# scanned only by the patterns that can match in it.
_NEEDS: dict[str, tuple[str, ...] | None] = {
    "iso": ("-",), "night_of": ("night",), "overnight_into": ("overnight", "hours of"),
    "weekday": ("day",), "day_before": ("before yesterday",),
    "yesterday": ("yesterday", "last night"), "today": ("today", "tonight", "this "),
    "ago": ("ago",), "weekend": ("weekend",), "last_week": ("week",),
    "this_week": ("week",), "span_of": (" of ",), "days_of": ("days",),
    "past_span": ("past", "last", "previous"), "for_span": ("for ",),
    "next_day": ("next", "following", "day after", "day later"),
    "previous_day": ("previous", "preceding", "before", "earlier"),
    "later": ("later", "earlier"), "same_day": ("that ", "same", "later", "earlier",
                                                 "hours", "during", "throughout",
                                                 "within"),
    "since_then": (" since",), "told_event": ("after", "before"),
    "ordinal": tuple(ORDINAL_WORDS), "overnight": ("overnight",),
    "last_month": ("last month",), "year": ("19", "20"), "last_year": ("last year",),
    "long_ago": ("ago",),
    "day_range": None, "month_day_range": None, "day_month": None, "month_day": None,
    "month": None, "past_month": None,
}
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})\b")
#: The kinds of :class:`DateMention` that name their day, by a weekday or a calendar
#: date (not one counted from another: "the next day", "two days later").
NAMED_DAY_KINDS = frozenset({"iso", "day_month", "month_day", "weekday", "night_of",
                             "overnight_into"})
# Days without a year that take one from earlier in their sentence, and how far back.
_YEARLESS = ("day_range", "month_day_range", "day_month", "month_day")
_YEAR_REACH = 200
_YEAR_BEFORE = re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<year>(?:19|20)\d\d)\b|"
                          r"\b(?P<last>last|previous)\s+year\b", re.IGNORECASE)
_COMPILED = [(name, re.compile(pattern, re.IGNORECASE), _NEEDS[name])
             for name, pattern in _PATTERNS]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at ``start:end``, resolved to ``date`` with ACLED ``precision``.

    ``last`` is the final day of a range ("since Sunday"), ``None`` for one day.
    ``kind`` names the expression ("weekday", "next_day", "span_of", ...);
    ``attributive`` marks a date that modifies the noun after it and dates only that
    ("Sunday's vote", "the March 3 election").
    """

    start: int
    end: int
    date: date
    precision: int
    last: date | None = None
    kind: str = ""
    attributive: bool = False


def find_dates(text: str, published: date | None, start: int = 0,
               end: int | None = None, *, reference: date | None = None,
               named: Sequence[tuple[int, date]] = ()) -> list[DateMention]:
    """Find and resolve the date expressions in ``text[start:end]``.

    Offsets are into ``text``. ``reference`` is the story's current day, which words
    pointing back ("the next day") resolve against; the publication date when ``None``.
    Relative words need one of the two; without, they are skipped rather than resolved
    against today. ``named`` lists the days the story moved to within the text, each
    with the offset where the expression naming it ends, in text order: a word pointing
    back counts from the last day named before it ("arrived on Tuesday and left the
    next day"), ``reference`` before any, so that a later event of its sentence does
    not move it ("The next day, police broke up a march in X and rioters looted Y":
    both the day after the one told before).

    Examples
    --------
    >>> [m.date for m in find_dates("erupted on Sunday", date(2022, 1, 7))]
    [datetime.date(2022, 1, 2)]
    """
    end = len(text) if end is None else end
    if not _HINT.search(text, start, end):  # most clauses name no time: one scan
        return []
    window = text[start:end].lower()
    words = _MONTH_WORD.search(window) is not None
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern, needs in _COMPILED:
        if not (words if needs is None else any(word in window for word in needs)):
            continue
        for match in pattern.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            resolved = _resolve(name, match, published,
                                _named_before(named, match.start(), reference),
                                _year_before(text, match) if name in _YEARLESS else None)
            if resolved is None or (name == "for_span" and _MEASURE.search(
                    text, max(start, match.start() - 60), match.start())):
                continue
            if _THE.search(text, max(start, match.start() - 4), match.start()) and \
                    _NOUN_AFTER.match(text, match.end(), end):
                resolved = replace(resolved, attributive=True)
            taken.append(match.span())
            found.append(resolved)
    return _ranges(text, sorted(found, key=lambda m: m.start), published, start)


def _named_before(named: Sequence[tuple[int, date]], at: int,
                  reference: date | None) -> date | None:
    """The last day in ``named`` whose expression ends by ``at``, else ``reference``."""
    days = [day for end, day in named if end <= at]
    return days[-1] if days else reference


def _year_before(text: str, match: re.Match) -> int | None:
    """The year a sentence gives before a day without one: "In March 2021, ... from
    March 3 to March 8", "ended last year with ... on Sept. 7"."""
    if match.group("year"):
        return None
    start = _sentence_start(text, match.start(), max(0, match.start() - _YEAR_REACH))
    month = MONTHS[match.group("month").lower().rstrip(".")]
    for found in reversed(list(_YEAR_BEFORE.finditer(text, start, match.start()))):
        if found.group("last"):
            return -1
        if MONTHS[found.group("month").lower()] == month:
            return int(found.group("year"))
    return None


def _sentence_start(text: str, before: int, floor: int = 0) -> int:
    """Where the sentence holding ``before`` starts, not before ``floor``."""
    dot = text.rfind(". ", floor, before)
    return max(floor, dot + 2 if dot >= 0 else 0, text.rfind("\n", floor, before) + 1)


def _last_named(text: str, before: int, published: date | None) -> date | None:
    """The first day of the last date named in the sentence before ``before``, or in
    the sentence before that: what "since then" points back to."""
    start = _sentence_start(text, before)
    start = _sentence_start(text, max(0, start - 2))
    named = [m for m in find_dates(text, published, start, before)
             if published is None or m.date <= published]
    return named[-1].date if named else None


def _from_told_event(match: re.Match, published: date | None) -> DateMention | None:
    """"The day after the stabbing": the day after the one given in the last earlier
    sentence that names the stabbing (by the noun's stem); nothing if none does."""
    text = match.string
    # "the fatal stabbing": the second word is the noun; "the stabbing happened", "the
    # vote results were ...": the first is, when the second is a verb or names nothing
    # told before.
    nouns = [match.group("noun")]
    if match.group("then") and not match.group("then").lower().endswith("ed"):
        nouns.insert(0, match.group("then"))
    told: list[int] = []
    for noun in (n.lower() for n in nouns):
        stem = re.compile(rf"\b{re.escape(noun[:max(4, len(noun) - 3)])}", re.IGNORECASE)
        told = [m.start() for m in stem.finditer(text, 0, _sentence_start(text, match.start()))]
        if told:
            break
    if not told:
        return None
    start = _sentence_start(text, told[-1])
    end = text.find(". ", told[-1])
    days = [m for m in find_dates(text, published, start, len(text) if end < 0 else end)
            if m.precision == 1 and m.last is None and not m.attributive]
    if not days:
        return None
    step = timedelta(days=1 if match.group("way").lower() == "after" else -1)
    return DateMention(match.start(), match.end(), days[0].date + step, 1, kind="told_event")


def _resolve(name: str, match: re.Match, published: date | None,
             reference: date | None, year: int | None = None) -> DateMention | None:
    groups = match.groupdict()
    if name in ("iso", "day_month", "month_day", "month", "day_range", "month_day_range"):
        if year is not None and published is not None:
            groups["year"] = str(published.year - 1 if year < 0 else year)
        resolved = _calendar(groups, published, month_only=name == "month")
        if resolved is None:
            return None
        first, precision, last = resolved
        return DateMention(match.start(), match.end(), first, precision, last, name)
    if name == "year":
        year = int(groups["year"])
        if published is not None and year >= published.year:
            return None  # this year's or a future one: no past event's time
        return DateMention(match.start(), match.end(), date(year, 1, 1), 3,
                           date(year, 12, 31), name)
    if name == "past_month":
        month = match.group("month")
        if published is None or not month[0].isupper():  # "the last march"
            return None
        number = MONTHS[month.lower()]
        year = published.year - (number >= published.month)
        return DateMention(match.start(), match.end(), date(year, number, 1), 3,
                           kind=name)
    if name == "told_event":
        return _from_told_event(match, published)
    if name == "since_then":
        if match.group(0).lower().endswith("then"):  # the time named last
            reference = _last_named(match.string, match.start(), published) or reference
        if reference is None or published is None or reference >= published:
            return None
        return _span(DateMention(match.start(), match.end(), reference, 2, kind=name),
                     reference, match.end(), published)
    anchor = (reference or published) if name in POINTING_BACK_KINDS else published
    if anchor is None:
        return None
    if name == "overnight" and reference is None:
        # The dispatch's "overnight" is the night just ended, which began the day
        # before publication; "an overnight curfew" says how long, not when.
        if _ATTRIBUTIVE_NIGHT.search(match.string, max(0, match.start() - 4), match.start()):
            return None
        anchor = published - timedelta(days=1)
    resolved = _relative(name, groups, anchor)
    if resolved is None:
        return None
    first, precision, last = resolved
    if last is not None and last <= first:
        last = None
    elif last is not None:
        precision = max(precision, 2 if (last - first).days < 7 else 3)
    return DateMention(match.start(), match.end(), first, precision, last, name,
                       attributive=bool(groups.get("possessive")))


def _relative(name: str, groups: dict, anchor: date
              ) -> tuple[date, int, date | None] | None:
    day = timedelta(days=1)
    if name in ("weekday", "night_of"):
        return _weekday(groups["weekday"], bool(groups.get("last")), anchor,
                        groups.get("week") or groups.get("week_first")), 1, None
    if name == "overnight_into":
        return _weekday(groups["weekday"], False, anchor) - day, 1, None
    if name == "weekend":
        saturday = anchor + relativedelta(weekday=SA(-1))
        return saturday, 2, saturday + day
    if name == "this_week":
        monday = anchor + relativedelta(weekday=MO(-1))
        when = (groups["when"] or groups["inside"] or "").lower()
        if when == "later":
            return anchor, 2, anchor + relativedelta(weekday=SU(+1))
        return monday, 2, max(monday, anchor - day) if when == "earlier" else anchor
    if name in ("last_year", "long_ago"):
        count = _count(groups["n"]) if name == "long_ago" else 1
        if name == "long_ago" and groups["unit"].lower().startswith("month"):
            return anchor + relativedelta(months=-count, day=1), 3, None
        year = anchor.year - count
        return date(year, 1, 1), 3, date(year, 12, 31)
    if name == "past_span":  # "the past two days" ends on the reporter's day
        unit = groups["unit"].lower()
        count = _count(groups["n"]) if groups["n"] else 3 if unit[0] in "dn" else 1
        days = count * 7 if unit.startswith("week") else count
        return (anchor - timedelta(days=days - 1), 2, anchor) if days > 1 else None
    if name in ("ago", "later", "span_of", "for_span"):
        number = " ".join(groups["n"].lower().split())
        count = _count(number)
        days = count * 7 if groups["unit"].lower().startswith("week") else count
        if name == "for_span" and number in _VAGUE:  # "for several days"
            return anchor, 2, None
        if name in ("span_of", "for_span"):  # "four nights of protests" up to today
            # "a day of protests" says what, not when.
            return (anchor - timedelta(days=days - 1), 1, anchor) if days > 1 else None
        sign = 1 if name == "later" and groups["way"].lower() == "later" else -1
        exact = number not in _VAGUE and days < 7
        return anchor + sign * timedelta(days=days), 1 if exact else 2, None
    fixed = {
        "day_before": (anchor - 2 * day, 1, None),
        "yesterday": (anchor - day, 1, None),
        "today": (anchor, 1, None),
        "last_week": (anchor - 7 * day, 2, None),
        "days_of": (anchor, 2, None),
        "next_day": (anchor + day, 1, None),
        "previous_day": (anchor - day, 1, None),
        "same_day": (anchor, 1, None),
        "overnight": (anchor, 1, None),
        # The third night of protests is the story's current one; when they began the
        # text rarely says in the same place.
        "ordinal": (anchor, 2, None),
        "last_month": (anchor + relativedelta(months=-1, day=1), 3, None),
    }
    return fixed.get(name)


def _count(number: str) -> int:
    number = " ".join(number.lower().split())
    return int(number) if number.isdigit() else _NUMBERS[number]


def _ranges(text: str, found: list[DateMention], published: date | None,
            floor: int) -> list[DateMention]:
    """Join "from Monday to Wednesday" into one range; "since Sunday" runs to
    publication."""
    out: list[DateMention] = []
    for mention in found:
        before = text[max(floor, mention.start - 60):mention.start]
        since = _SINCE.search(before) or text[mention.start:mention.end].lower(
            ).startswith("since")  # "since March" is one "month" match
        previous = out[-1] if out else None
        lasting = _lasting(text, previous, mention, floor)
        if lasting is not None:
            out[-1] = lasting
        elif previous is not None and previous.kind == "for_span" and \
                previous.last is not None and mention.kind == "weekday" and \
                previous.date <= mention.date <= previous.last and \
                _LIST.fullmatch(text, previous.end, mention.start):
            # "for two nights, on Friday and Saturday": the list's last day is in it.
            out[-1] = replace(previous, end=mention.end)
        elif previous is not None and _joins(text, previous, mention, floor):
            first = previous.date
            if previous.kind == mention.kind == "weekday":  # "from Friday to Monday"
                first = mention.date + relativedelta(days=-1, weekday=weekday_of(
                    previous.date.weekday(), -1))
                if previous.last is not None:  # "Friday, Saturday and Sunday"
                    first = mention.date - (previous.last - previous.date) - \
                        timedelta(days=1)
            if first < mention.date:
                out[-1] = _span(previous, first, mention.end, mention.date)
                continue
            out.append(mention)
        elif since and published is not None and mention.kind == "weekday" \
                and mention.date == published and not _WHEN.match(text, mention.end) \
                and not _EARLY_OR_LATE.search(before):
            # "detained since Monday" in a Monday dispatch: a count since this morning
            # would say so ("since early Monday"); the bare day is the week before's.
            first = published - timedelta(days=7)
            out.append(replace(_span(mention, first, mention.end, published), kind="since"))
        elif since and published is not None and mention.kind != "past_span" \
                and mention.date < published and not _WHEN.match(text, mention.end):
            # "clashed every night since Tuesday": the last night began the day before.
            nightly = _NIGHTLY.search(before) is not None and \
                mention.date < published - timedelta(days=1)
            last = published - timedelta(days=1) if nightly else published
            out.append(replace(_span(mention, mention.date, mention.end, last),
                               kind="since"))
        else:
            out.append(mention)
    return out


def _lasting(text: str, previous: DateMention | None, mention: DateMention,
             floor: int) -> DateMention | None:
    """"for two nights from Saturday", "from Saturday for two nights" or "two days of
    riots on Tuesday" as one range from that day, if the two mentions say so."""
    if previous is None:
        return None
    # "two days of riots on Tuesday and Wednesday" too, with no comma between (", on
    # Monday" after "three days of protests" dates the next clause).
    if previous.kind in ("for_span", "span_of") and previous.last is not None and \
            mention.last is None and _FOR_FROM.fullmatch(text, previous.end, mention.start) \
            and (previous.kind == "for_span" or "," not in text[previous.end:mention.start]):
        length, day = previous.last - previous.date, mention
    elif mention.kind == "for_span" and mention.last is not None and \
            previous.last is None and not text[previous.end:mention.start].strip() and \
            _FROM_FOR.search(text, max(floor, previous.start - 20), previous.start):
        length, day = mention.last - mention.date, previous
    else:
        return None
    if not length:
        return None
    return _span(replace(day, start=previous.start, kind="for_span"), day.date,
                 max(previous.end, mention.end), day.date + length)


def _joins(text: str, previous: DateMention, mention: DateMention, floor: int) -> bool:
    """Whether two dates are the ends of one range: "from Monday to Wednesday",
    "between Monday and Wednesday", "Saturday through Monday", "on Tuesday and
    Wednesday", "on Friday, Saturday and Sunday" (a list of days in a row)."""
    if mention.last is not None or previous.attributive or mention.attributive:
        return False
    before = text[max(floor, previous.start - 30):previous.start]
    weekdays = previous.kind == mention.kind == "weekday"
    if previous.last is not None:  # a list goes on with the day after its last
        return weekdays and _next_day(previous.last, mention.date) and \
            _LIST.fullmatch(text, previous.end, mention.start) is not None
    if _RANGE_JOIN.fullmatch(text, previous.end, mention.start) and _FROM.search(before):
        return True
    if _THROUGH.fullmatch(text, previous.end, mention.start):
        return True
    if _LASTED.fullmatch(text, previous.end, mention.start) and \
            previous.precision == mention.precision == 1 and previous.date < mention.date:
        return True
    return (weekdays and _ON.search(before) is not None
            and (previous.date < mention.date or _next_day(previous.date, mention.date))
            and (_AND.fullmatch(text, previous.end, mention.start) is not None
                 or (_next_day(previous.date, mention.date)
                     and _LIST.fullmatch(text, previous.end, mention.start) is not None)))


def _next_day(day: date, then: date) -> bool:
    """Whether ``then`` falls on the weekday after ``day``'s."""
    return (then.weekday() - day.weekday()) % 7 == 1


def _span(mention: DateMention, first: date, end: int, last: date) -> DateMention:
    precision = max(mention.precision, 2 if (last - first).days < 7 else 3)
    return DateMention(mention.start, end, first, precision, last, mention.kind)


def _weekday(name: str, last: bool, anchor: date, week: str | None = None) -> date:
    # News uses a bare weekday for the most recent one, the publication day included
    # ("on Friday" in a Friday dispatch); "last Friday" means the week before.
    number = WEEKDAYS.index(name.lower())
    if week:  # "Tuesday last week": the Tuesday of the week before the anchor's
        monday = anchor + relativedelta(weekday=MO(-1),
                                        weeks=0 if week.lower() == "this" else -1)
        return monday + timedelta(days=number)
    return anchor + relativedelta(days=-1 if last else 0, weekday=weekday_of(number, -1))


def _calendar(groups: dict, published: date | None, *, month_only: bool
              ) -> tuple[date, int, date | None] | None:
    month = groups["month"]
    month = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    day = 1 if month_only else int(groups["day"])
    first_day = int(groups["first"]) if groups.get("first") else day
    if groups.get("year"):
        year = int(groups["year"])
    elif published is not None:
        # Without a year, the most recent such date: "5 January" in a 2022-01-07
        # dispatch is 2022, "28 December" is 2021.
        year = published.year
        if (month, first_day) > (published.month, published.day):
            year -= 1
    else:
        return None
    try:
        last = date(year, month, day)
        first = date(year, month, first_day)
    except ValueError:
        return None
    if month_only:
        return first, 3, None
    if first < last:
        return first, 2 if (last - first).days < 7 else 3, last
    return (first, 1, None) if first == last else None
