"""When each event of a report happened: the date expression that is the event's, and
the story's current day that words pointing back count from.

An event takes the date expression (:func:`geo.events.dates.find_dates`) nearest its
trigger in its clause, else one fronting its sentence, else, for a coordinated clause,
the last one before it; dates of statements ("said on Friday") and dates modifying
another noun ("after Sunday's election") are not event dates.

Words that point back ("the next day", "two days later", "that evening", "overnight",
"four nights of protests") count from the **story's current day**: the date of the
previous event the text dated itself, in text order, among events that occurred (a
planned march does not move it, nor does a running total "since Sunday"). Before the
first such event, they count from publication; an event that occurred is never dated
after its report (it keeps the undated default instead). :class:`StoryTime` keeps the
current day while :func:`geo.events.detect.detect_events` dates a report's events in
order.

An undated event in a later sentence of the story's narrative happened on the story's
current day (precision 2: inferred, not stated) when that day is within a week of
publication and the event is not told in someone's reported words ("police said ..."
before it; "declared a curfew" is no report), not in a perfect tense ("have been
arrested", "had been freed": a state at publication, or background), and not in a
sentence that dates something else. Wire reports date the lede ("on Wednesday") and tell
the rest of that day undated. Any other undated event in a dated report happened in the
days before publication: the publication date, precision 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from geo.events.dates import DateMention, find_dates
from geo.lexicon import SPEECH_VERBS, alternation

__all__ = ["EventTime", "StoryTime", "event_date"]

# Words that only date an event when its clause has no other date.
_WEAK = ("ordinal", "overnight")
# "after four nights of protests, a curfew was imposed": the span is not the curfew's.
_BACKGROUND = re.compile(r"\b(?:after|following|amid|since)\s+$", re.IGNORECASE)
# Speech verbs: a date next to them dates the statement, not the event.
_SPEECH = alternation(SPEECH_VERBS)
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH}\W+(?:\w+\W+)?(?:on\W+)?$", re.IGNORECASE)
_SPEECH_AFTER = re.compile(rf"\W*(?:\w+\W+){{0,3}}?{_SPEECH}\b", re.IGNORECASE)
# An undated event carries on the story's current day only in its narrative: not in
# someone's reported words, not in a perfect tense (a state at publication, or
# background), and not from a date older than the days a dispatch reports.
_SPEECH_WORD = re.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:have|has|had|having|'ve|’ve)\b", re.IGNORECASE)
_NEWS_WINDOW = 7
# "declared a curfew", "announced the arrests": the event is what was declared, not a
# report of it; the trigger is the verb's object.
_OBJECT = re.compile(r"\s+(?:a|an|the)\s+", re.IGNORECASE)
# Dates this close to the start of a sentence frame all of it ("On Sunday, ...").
_FRONTED = 40
# A date modifying a noun ("Sunday's march", "the Feb. 1 coup") dates only that noun:
# an event whose trigger starts within this many characters after it.
_POSSESSED = 25


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


def event_date(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    trigger: int,
    published: date | None,
    *,
    coordinated: bool = False,
    reference: date | None = None,
) -> EventTime:
    """When an event triggered at ``trigger`` happened.

    The date expression nearest the trigger in its clause wins; else one fronting the
    sentence ("On Sunday, ..."); else, for a ``coordinated`` clause ("..., and a
    curfew was imposed"), the last one before it. Dates of statements ("said on
    Friday") are not event dates. Words pointing back resolve against ``reference``
    (the story's current day). An undated event in a dated report happened in the days
    before publication: the publication date with precision 2. Without a publication
    date it stays undated.
    """
    def dates(start: int, end: int) -> list[DateMention]:
        return [d for d in find_dates(text, published, start, end, reference=reference)
                if not _SPEECH_BEFORE.search(text[max(start, d.start - 25):d.start])
                and not _SPEECH_AFTER.match(text[d.end:min(end, d.end + 30)])
                and (not d.attributive or 0 <= trigger - d.end <= _POSSESSED)
                and not (d.kind == "span_of" and not d.start <= trigger < d.end
                         and _BACKGROUND.search(text[max(start, d.start - 12):d.start]))]

    candidates = dates(*clause)
    if not candidates:
        candidates = dates(sentence[0], min(sentence[1], sentence[0] + _FRONTED))
    if not candidates and coordinated:
        candidates = dates(sentence[0], clause[0])[-1:]
    # "for a second night on Monday": the weekday says more than the ordinal.
    candidates = [d for d in candidates if d.kind not in _WEAK] or candidates
    if candidates:
        best = min(candidates, key=lambda d: abs(d.start - trigger))
        return EventTime(best.date, best.precision, best.last, stated=True, kind=best.kind)
    if published is not None:
        return EventTime(published, 2)
    return EventTime(None, None)


class StoryTime:
    """The running time of one report: its publication date and the story's current
    day, the date of the last occurred event the text dated itself.

    Date a report's events in text order with :meth:`date_event`; each stated date of an
    event that occurred moves the story's current day on (to the last day of a range).
    An undated event in a later sentence of the story's narrative happened on the
    story's current day (precision 2), when that day is within a week of publication
    and the event is not told in someone's reported words ("police said ..." before it),
    in a perfect tense ("have been arrested", "had been freed": a state at publication,
    or background), or in a sentence that dates something else. Otherwise it keeps the
    undated default, the publication date with precision 2.
    """

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.current: date | None = None
        self._current_sentence: tuple[int, int] | None = None

    def date_event(self, text: str, clause: tuple[int, int], sentence: tuple[int, int],
                   trigger: int, *, coordinated: bool = False,
                   occurred: bool = True) -> EventTime:
        """:func:`event_date` against this story's current day, which it then moves on."""
        time = event_date(text, clause, sentence, trigger, self.published,
                          coordinated=coordinated, reference=self.current)
        if not time.stated and self._continues(text, clause, sentence, trigger):
            time = EventTime(self.current, 2)
        if occurred and time.stated and self.published is not None and \
                time.date is not None and time.date > self.published:
            # "The next day" before any dated event: an event that occurred is not
            # later than its report.
            time = EventTime(self.published, 2)
        # A running total "since Sunday" says nothing of the story's current day.
        if time.stated and occurred and time.date is not None and time.kind != "since":
            self.current = time.end or time.date
            self._current_sentence = tuple(sentence)
        return time

    def _continues(self, text: str, clause: tuple[int, int], sentence: tuple[int, int],
                   trigger: int) -> bool:
        """Whether an undated event goes on with the story's current day."""
        if self.current is None or self.published is None or \
                self._current_sentence == tuple(sentence):
            return False
        if not 0 <= (self.published - self.current).days < _NEWS_WINDOW:
            return False
        if any(not _OBJECT.fullmatch(text, said.end(), trigger) for said in
               _SPEECH_WORD.finditer(text, sentence[0], max(sentence[0], trigger))):
            return False
        if _PERFECT.search(text, clause[0], clause[1]):
            return False
        # A sentence that dates something else is not the story's current day.
        return not find_dates(text, self.published, *sentence, reference=self.current)
