"""Event dates from news wording, resolved against the publication date.

News rarely gives full dates: "on Wednesday", "since Sunday", "yesterday", "last week",
"days of violence". Each is resolved against the publication date with an ACLED time
precision: 1 the day is known, 2 within about a week, 3 within a month. Without a
publication date only explicit dates that carry their year are resolved; nothing is
ever guessed from the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geo.lexicon import NUMBER_WORDS, SPEECH_VERBS, alternation

__all__ = ["DateMention", "event_date", "find_dates"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
             "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_NUMBERS = {**NUMBER_WORDS, "a": 1, "a couple of": 2, "several": 3, "few": 3}

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_WEEKDAY = "|".join(_WEEKDAYS)
_AGO_NUM = "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))

# Order matters: the first pattern that matches at a position wins.
_PATTERNS = [
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("day_month", rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})\b\.?{_YEAR}"),
    ("month_day", rf"\b(?P<month>{_MONTH})\.?\s+{_DAY}\b{_YEAR}"),
    ("weekday", rf"\b(?P<last>last\s+)?(?P<weekday>{_WEEKDAY})\b"),
    ("day_before", r"\bthe day before yesterday\b"),
    ("yesterday", r"\byesterday\b"),
    ("today", r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b"),
    ("ago", rf"\b(?P<n>{_AGO_NUM}|\d+)\s+(?P<unit>days?|weeks?)\s+ago\b"),
    ("last_week", r"\b(?:last|past|previous) week(?:end)?\b"),
    ("this_week", r"\b(?:earlier |later )?this week(?:end)?\b"),
    ("days_of", r"\b(?:(?:several|two|three|four|five|a few) )?days of "
                r"(?:violence|unrest|protests?|clashes|fighting|demonstrations|rioting|"
                r"riots)\b|\bfor (?:several |two |three |a few )?days\b"),
    ("last_month", r"\blast month\b"),
    ("month", rf"\b(?:in|since|during|early|mid|late|mid-|earlier in)\s*"
              rf"(?P<month>{_MONTH})\b{_YEAR}"),
]
# Speech verbs: a date next to them dates the statement, not the event.
_SPEECH = alternation(SPEECH_VERBS)
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH}\W+(?:\w+\W+)?(?:on\W+)?$", re.IGNORECASE)
_SPEECH_AFTER = re.compile(rf"\W*(?:\w+\W+){{0,3}}?{_SPEECH}\b", re.IGNORECASE)
# Dates this close to the start of a sentence frame all of it ("On Sunday, ...").
_FRONTED = 40

_COMPILED = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in _PATTERNS]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at ``start:end``, resolved to ``date`` with ACLED ``precision``."""

    start: int
    end: int
    date: date
    precision: int


def find_dates(text: str, published: date | None, start: int = 0,
               end: int | None = None) -> list[DateMention]:
    """Find and resolve the date expressions in ``text[start:end]``.

    Offsets are into ``text``. Relative words need ``published``; without it they are
    skipped rather than resolved against today.

    Examples
    --------
    >>> [m.date for m in find_dates("erupted on Sunday", date(2022, 1, 7))]
    [datetime.date(2022, 1, 2)]
    """
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _COMPILED:
        for match in pattern.finditer(text, start, end):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            resolved = _resolve(name, match, published)
            if resolved is None:
                continue
            taken.append(match.span())
            found.append(DateMention(match.start(), match.end(), *resolved))
    return sorted(found, key=lambda m: m.start)


def event_date(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    trigger: int,
    published: date | None,
    *,
    coordinated: bool = False,
) -> tuple[date | None, int | None]:
    """The date and ACLED time precision of an event triggered at ``trigger``.

    The date expression nearest the trigger in its clause wins; else one fronting the
    sentence ("On Sunday, ..."); else, for a ``coordinated`` clause ("..., and a
    curfew was imposed"), the last one before it. Dates of statements ("said on
    Friday") are not event dates. An undated event in a dated report happened in the
    days before publication: the publication date with precision 2. Without a
    publication date it stays ``(None, None)``.
    """
    def dates(start: int, end: int) -> list[DateMention]:
        return [d for d in find_dates(text, published, start, end)
                if not _SPEECH_BEFORE.search(text[max(start, d.start - 25):d.start])
                and not _SPEECH_AFTER.match(text[d.end:min(end, d.end + 30)])]

    candidates = dates(*clause)
    if not candidates:
        candidates = dates(sentence[0], min(sentence[1], sentence[0] + _FRONTED))
    if not candidates and coordinated:
        candidates = dates(sentence[0], clause[0])[-1:]
    if candidates:
        best = min(candidates, key=lambda d: abs(d.start - trigger))
        return best.date, best.precision
    if published is not None:
        return published, 2
    return None, None


def _resolve(name: str, match: re.Match, published: date | None
             ) -> tuple[date, int] | None:
    groups = match.groupdict()
    if name in ("iso", "day_month", "month_day", "month"):
        return _calendar(groups, published, month_only=name == "month")
    if published is None:
        return None
    if name == "weekday":
        return _weekday(groups["weekday"], bool(groups["last"]), published), 1
    relative = {
        "day_before": (published - timedelta(days=2), 1),
        "yesterday": (published - timedelta(days=1), 1),
        "today": (published, 1),
        "last_week": (published - timedelta(days=7), 2),
        "this_week": (published, 2),
        "days_of": (published, 2),
        "last_month": (_first_of_previous_month(published), 3),
    }
    if name in relative:
        return relative[name]
    number = groups["n"].lower()
    count = int(number) if number.isdigit() else _NUMBERS[number]
    if groups["unit"].lower().startswith("week"):
        return published - timedelta(weeks=count), 2
    return published - timedelta(days=count), 1


def _weekday(name: str, last: bool, published: date) -> date:
    # News uses a bare weekday for the most recent one, the publication day included
    # ("on Friday" in a Friday dispatch); "last Friday" means the week before.
    back = (published.weekday() - _WEEKDAYS.index(name.lower())) % 7
    if back == 0 and last:
        back = 7
    return published - timedelta(days=back)


def _calendar(groups: dict, published: date | None, *, month_only: bool
              ) -> tuple[date, int] | None:
    month = groups["month"]
    month = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    day = 1 if month_only else int(groups["day"])
    if groups.get("year"):
        year = int(groups["year"])
    elif published is not None:
        # Without a year, the most recent such date: "5 January" in a 2022-01-07
        # dispatch is 2022, "28 December" is 2021.
        year = published.year
        if (month, day) > (published.month, published.day):
            year -= 1
    else:
        return None
    try:
        return date(year, month, day), 3 if month_only else 1
    except ValueError:
        return None


def _first_of_previous_month(published: date) -> date:
    return (published.replace(day=1) - timedelta(days=1)).replace(day=1)
