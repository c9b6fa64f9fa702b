"""The day of each event of a Russian or French report told without one of its own: the
story's current day (:class:`Story`), for :mod:`geo.events.lexical`.

A report's sentences are read in order; the last day an event was dated to, or the
narrative named, is the day of the undated events that follow, within a week of
publication, and a night the story stands on runs its undated events to the morning.
"""

from __future__ import annotations

from datetime import date, timedelta

from geo.events.dates import NEWS_WINDOW_DAYS
from geo.events.draft import EventDraft

__all__ = ["STANDING", "Story", "to_come"]

# Measures a report tells as standing at its time, not as done on the story's day.
STANDING = frozenset({"checkpoint"})


def to_come(mention, published: date | None) -> bool:
    """Whether a date is after publication."""
    return published is not None and mention.date > published


class Story:
    """The story's current day: the last day an event that occurred was dated to, or
    that the narrative named; undated events within a week of publication take it. The
    events of a headline or a lede told before any day is named take the first day the
    story names, within that week ("Семь человек ранены в давке", then
    "давка случилась вечером в четверг ...")."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.current: date | None = None
        self.waiting: list[EventDraft] | None = []
        # The morning after the night the story stands on, if it stands on one.
        self.night_end: date | None = None
        # Whether an event of that night's sentence was dated by it.
        self.on_night = False
        self._night_dated = False
        # The starts of the weekdays a word of plans leads to ("la marche prévue mardi").
        self.ahead: frozenset[int] = frozenset()

    def date(self, event: EventDraft, dates: list, at: int) -> None:
        """Date ``event`` by the date nearest ``at`` in its sentence, else by context."""
        event.story_day = self.current
        if dates:
            best = min(dates, key=lambda d: abs(d.start - at))
            event.event_date, event.event_date_end = best.date, best.last
            event.time_precision, event.after_night = best.precision, best.kind == "daytime"
            self._night_dated |= best.kind == "night_of" and event.status == "occurred"
            event.background = best.kind == "year" and self.published is not None
            if event.status == "occurred" and best.kind == "date" and \
                    to_come(best, self.published):
                # "a annoncé une grève le 23 mars" a week before: a day named to come
                event.status = "planned"
            elif event.status == "occurred" and self.published is not None and \
                    best.date > self.published:
                event.event_date, event.event_date_end = self.published, None
                event.time_precision = 2
            elif (event.status in ("planned", "threatened")
                  or (event.status == "negated" and best.start in self.ahead)) \
                    and best.kind == "weekday" and \
                    self.published is not None and (self.published - best.date).days > 0:
                # a weekday of something to come is the next one, not the last
                event.event_date = best.date + timedelta(days=7)
            return
        event.date_from_context = True
        if event.rule.subtype in STANDING and event.status == "occurred" and \
                self.published is not None:
            # "На въездах в город выставлены блокпосты", "deux points de contrôle ont
            # été installés": checkpoints told with no day of their own stand at the
            # time of writing (a state, as English tells it in the present perfect).
            event.event_date, event.time_precision, event.standing = self.published, 2, True
            return
        if self.waiting is not None and event.status == "occurred":
            self.waiting.append(event)
        if self.current is not None and self.published is not None and \
                0 <= (self.published - self.current).days < NEWS_WINDOW_DAYS:
            event.event_date, event.time_precision = self.current, 2
            # (a day the narrative named: a row dated so is that day's, not another's)
            event.date_from_story = True
            # A story standing on a night an event took ("в ночь на воскресенье толпа
            # подожгла ресторан ... Милиция задержала более ста человек") tells its
            # undated events of that night, to the morning after, as the night's own
            # sentence dates them (not a night told only as a cause's time).
            event.event_date_end = self.night_end if self.on_night else None
        elif self.published is not None:
            event.event_date, event.time_precision = self.published, 2

    def narrate(self, dates: list) -> None:
        """Move the current day to the last day the sentence names (not to come)."""
        # ("накануне", "la veille" look back in passing: the story stays on its day)
        # and so does a night once the story has its day ("le péage a brûlé dans la nuit
        # de samedi à dimanche" in a story of Saturday's riots stays on Saturday); a
        # night that opens the story starts it on the day it began; a year or a month
        # is no day to count "накануне" from
        told = [d for d in dates if (self.published is None or d.date <= self.published)
                and d.kind != "previous_day" and d.precision < 3
                and not (d.kind == "night_of" and self.current is not None)]
        if told:
            last = told[-1]
            self.current = last.date if last.kind == "night_of" else (last.last or last.date)
            self.night_end = last.last if last.kind == "night_of" else None
            self.on_night = last.kind == "night_of" and self._night_dated
            if self.waiting and self.published is not None and \
                    0 <= (self.published - told[0].date).days < NEWS_WINDOW_DAYS:
                for event in self.waiting:
                    event.event_date = told[0].date
            self.waiting = None
        self._night_dated = False
