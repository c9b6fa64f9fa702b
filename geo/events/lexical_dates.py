"""Date expressions in Russian and French reports, resolved to days.

The expressions are found word by word with the language's keys (so "среду",
"субботы", "января" are a weekday and a month whatever their case):

- a day and a month, with a year or not ("5 января", "le 3 juillet 2023"): read by
  dateparser (``languages=[lang]``, the publication date as ``RELATIVE_BASE``, dates
  from the past preferred), as are "3 дня назад" and "il y a trois jours";
- a weekday ("в среду", "mardi soir"): the last such day on or before publication,
  the publication day itself included (news says "on Friday" of the day it files;
  dateparser's "past" would go back a week), "прошлый"/"dernier" a week before;
- "вчера"/"hier", "позавчера"/"avant-hier", "сегодня"/"aujourd'hui", and "накануне"/"la
  veille" (the day before the story's current day);
- nights and ranges, which dateparser does not read: "в ночь на 5 января", "в ночь с
  субботы на воскресенье", "dans la nuit de samedi à dimanche", "dans la nuit du 4 au 5
  janvier" begin on the day the night begins on (as :mod:`geo.events.dates` has it for
  English: "the night of Saturday to Sunday" is Saturday) and end the next; "с 4 по 6
  января", "du 4 au 6 janvier" run from the first day to the last; "с понедельника",
  "depuis lundi" from that day to publication; a list of days ("les 3,
  4 et 5 mai") from the first to the last;
- "на следующий день", "le jour suivant" (the day after the story's), "в минувшие
  выходные", "ce week-end" (Saturday and Sunday), "минувшей ночью", "la nuit dernière"
  (the night before publication), a run of days to the story's day ("третьи сутки", "la
  troisième nuit consécutive"), and a month with its year ("в ноябре 2016 года",
  precision 3). An ordinal's ending ("le 1er mars", "1-го марта") is no word of a date;
- a list of days in a row ("в субботу и воскресенье", "lundi et mardi", "vendredi,
  samedi et dimanche") is one range, as "on Tuesday and Wednesday" is in English; and
  "накануне", "la veille", "le lendemain" count from the day named before them in their
  sentence ("в среду задержали ... после беспорядков, вспыхнувших накануне"), else from
  the story's day.

Length: one table of expressions read word by word, as :mod:`geo.events.dates` is for
English: each reading looks at the words around it (a night before a weekday, "с" before
it, a list after it), so they stay beside one another.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

from geo.events.dates import DateMention
from geo.events.vocabulary import CLAUSE_ENDS, NUMERIC_DATE, Vocabulary, Word, word_at

__all__ = ["find_dates", "named_to_come", "of_statement"]

# A day and month without a year more than this many days before publication are to
# come ("by 19 January" in a report of 6 January), not last year's.
_YEAR_BACK = 300
# Expressions that name their day (not one counted from another).
_NAMED = ("weekday", "date")


def find_dates(words: list[Word], vocabulary: Vocabulary, published: date | None,
               reference: date | None = None, after_night: date | None = None
               ) -> list[DateMention]:
    """The date expressions among ``words``; relative words ("накануне") count back
    from ``reference``, the story's current day (the publication date when ``None``).
    ``after_night`` is the morning after the night the story stands on ("в ночь на
    пятницу"): a sentence of no other date opened by a part of the day ("Днём на
    площади собрались ...") is that day's."""
    anchor = reference or published
    # "le 1er mars", "1-го марта": the ordinal's ending is no word of the date
    words = [w for n, w in enumerate(words) if not (
        n and words[n - 1].is_number and w.gap in ("", "-")
        and w.text.lower() in vocabulary.ordinal_endings)]
    found: list[DateMention] = []
    named: date | None = None
    index = 0
    while index < len(words):
        mention, end = _date_at(words, index, vocabulary, published, anchor, named)
        if mention is not None:
            found.append(mention)
            if mention.kind in _NAMED and mention.last is None and (
                    published is None or mention.date <= published):
                # "в среду задержали ... после беспорядков, вспыхнувших накануне", "lundi
                # ..., où des jeunes avaient incendié un bus la veille": the day before
                # and the day after count from the day named before them, as in English.
                named = mention.date
        index = max(end, index + 1)
    if after_night is not None and not found:
        opening = next((part for part in vocabulary.day_parts
                        if tuple(w.text.lower() for w in words[:len(part)]) == part), None)
        if opening is not None:
            found.append(DateMention(words[0].start, words[len(opening) - 1].end,
                                     after_night, 1, kind="daytime"))
    return found


def _meaning(word: Word, vocabulary: Vocabulary) -> str:
    return next((vocabulary.date_words[k] for k in word.keys
                 if k in vocabulary.date_words), "")


def _weekday(word: Word, vocabulary: Vocabulary) -> int | None:
    return next((vocabulary.weekdays.index(k) for k in word.keys
                 if k in vocabulary.weekdays), None)


def _month(word: Word, vocabulary: Vocabulary) -> int | None:
    return next((vocabulary.months[k] for k in word.keys if k in vocabulary.months), None)


def _year(word: Word) -> int | None:
    text = word.text
    return int(text) if text.isdigit() and len(text) == 4 and text[:2] in ("19", "20") \
        else None


def _day_number(word: Word) -> int | None:
    return int(word.text) if word.text.isdigit() and 1 <= int(word.text) <= 31 else None


def _date_at(words: list[Word], index: int, vocabulary: Vocabulary,
             published: date | None, anchor: date | None, named: date | None = None
             ) -> tuple[DateMention | None, int]:
    word = words[index]
    meaning = _meaning(word, vocabulary)
    if meaning in ("yesterday", "two_days_ago", "today") and published is not None:
        back = {"yesterday": 1, "two_days_ago": 2, "today": 0}[meaning]
        return DateMention(word.start, word.end, published - timedelta(days=back), 1,
                           kind="yesterday"), index + 1
    if meaning in ("day_before", "day_after"):
        anchor = named or anchor
    if meaning == "day_before" and anchor is not None:
        return DateMention(word.start, word.end, anchor - timedelta(days=1), 1,
                           kind="previous_day"), index + 1
    if meaning == "day_after" and anchor is not None:
        # "au lendemain des affrontements": the clashes were the day before
        after_of = index + 1 < len(words) and words[index + 1].text.lower() in vocabulary.of_words
        return DateMention(word.start, word.end,
                           anchor + timedelta(days=-1 if after_of else 1), 1,
                           kind="previous_day" if after_of else "next_day"), index + 1
    if anchor is not None and index + 1 < len(words) and \
            {meaning, _meaning(words[index + 1], vocabulary)} == {"next", "day"}:
        # "на следующий день", "le jour suivant": the day after the story's
        return DateMention(word.start, words[index + 1].end, anchor + timedelta(days=1), 1,
                           kind="next_day"), index + 2
    if meaning == "night" and published is not None and any(
            _meaning(w, vocabulary) == "last" for w in words[max(0, index - 1):index + 2]) \
            and not (index + 2 < len(words) and _weekday(words[index + 2], vocabulary)
                     is not None):
        # "минувшей ночью", "la nuit dernière": the night before publication
        after = index + 1 < len(words) and _meaning(words[index + 1], vocabulary) == "last"
        first = words[index] if after else words[index - 1]
        last_word = words[index + 1] if after else words[index]
        return DateMention(first.start, last_word.end, published - timedelta(days=1), 1,
                           last=published, kind="night_of"), index + (2 if after else 1)
    if meaning == "weekend" and published is not None:
        # "в минувшие выходные", "ce week-end": Saturday and Sunday, as English has it
        saturday = _last_weekday(5, published, strictly=False)
        return DateMention(word.start, word.end, saturday, 2,
                           last=saturday + timedelta(days=1), kind="weekend"), index + 1
    ordinal = next((vocabulary.ordinals[k] for k in word.keys if k in vocabulary.ordinals),
                   None)
    if ordinal is not None and anchor is not None and index + 1 < len(words) and \
            _meaning(words[index + 1], vocabulary) in ("day", "night"):
        # "третьи сутки", "pour la troisième nuit consécutive": a run of days to the
        # story's day
        return DateMention(word.start, words[index + 1].end,
                           anchor - timedelta(days=ordinal - 1), 1, last=anchor,
                           kind="range"), index + 2
    if meaning == "ago" and published is not None:
        return _ago(words, index, vocabulary, published)
    numeric = NUMERIC_DATE.fullmatch(word.text)
    if numeric is not None:
        # "14.03.2023", "14/03/2023": day, month and year (an impossible one is none)
        day, _, month, year = numeric.groups()
        try:
            return DateMention(word.start, word.end, date(int(year), int(month), int(day)),
                               1, kind="date"), index + 1
        except ValueError:
            return None, index + 1
    if _day_number(word) is not None and index + 1 < len(words) and \
            _month(words[index + 1], vocabulary) is not None:
        return _day_month(words, index, vocabulary, published)
    month = _month(word, vocabulary)
    if month is not None and index + 1 < len(words) and _year(words[index + 1]) is not None:
        # "в ноябре 2016 года", "en avril 1995": a month, precision 3
        year = _year(words[index + 1])
        following = date(year + month // 12, month % 12 + 1, 1)
        return DateMention(word.start, words[index + 1].end, date(year, month, 1), 3,
                           last=following - timedelta(days=1), kind="month"), index + 2
    year = _year(word)
    if year is not None and published is not None and year < published.year and index and \
            words[index - 1].text.lower() in vocabulary.in_year and \
            not _of_another_noun(words, index - 1, vocabulary):
        # "в 2011 году", "en 2019": a past year told as an event's time, precision 3, as
        # "in 2016" in English ("с 2019 года", "depuis 2019" date nothing)
        return DateMention(words[index - 1].start, word.end, date(year, 1, 1), 3,
                           last=date(year, 12, 31), kind="year"), index + 1
    weekday = _weekday(word, vocabulary)
    if weekday is not None and published is not None:
        return _weekday_phrase(words, index, weekday, vocabulary, published, anchor)
    return None, index + 1


def _of_another_noun(words: list[Word], at: int, vocabulary: Vocabulary) -> bool:
    """Whether the year's preposition at ``at`` stands in a clause on another noun: one
    a comma opens with other words before the preposition (a participle: "Партия,
    основанная в 2012 году, провела митинг", "Le parti, fondé en 2012, a organisé"),
    or one a relative word opens ("le maire qui avait été élu en 2019"). A year that
    opens its sentence or its stretch between commas ("В 2011 году ...", "En 2019,
    ...") is the event's, as English has it."""
    start = at
    while start > 0 and not any(c in CLAUSE_ENDS for c in words[start].gap):
        start -= 1
    # A conjunction that opens the stretch opens a clause of its own, whose time the year
    # is ("Жители напоминают, что в 2016 году ...", "..., mais en 2018 ...").
    joints = vocabulary.subordinators | vocabulary.clause_joints
    while start < at and words[start].any_of(joints):
        start += 1
    return (start > 0 and start < at) or any(w.any_of(vocabulary.relatives)
                                             for w in words[start:at])


def _day_month(words: list[Word], index: int, vocabulary: Vocabulary,
               published: date | None) -> tuple[DateMention | None, int]:
    day, month_word = words[index], words[index + 1]
    end = index + 2
    year = ""
    if end < len(words) and words[end].text.isdigit() and len(words[end].text) == 4:
        year, end = words[end].text, end + 1
    if published is None and not year:
        return None, end
    resolved = _parse(f"{day.text} {month_word.text} {year}".strip(), vocabulary.language,
                      published)
    if resolved is None:
        return None, end
    if not year and published is not None and (published - resolved).days > _YEAR_BACK \
            and (resolved.month, resolved.day) != (2, 29):
        # "19 января" in a report of 6 January is this month's, to come
        resolved = resolved.replace(year=resolved.year + 1)
    start, first, last, kind = day.start, resolved, None, "date"
    # "с 4 по 6 января", "du 4 au 6 janvier", "в ночь с 4 на 5 января", "dans la nuit
    # du 4 au 5 janvier": the first day is the number two words before.
    if index >= 3 and _meaning(words[index - 1], vocabulary) in ("to", "until") and \
            _day_number(words[index - 2]) is not None and \
            _meaning(words[index - 3], vocabulary) in ("from", "since"):
        first = resolved.replace(day=min(_day_number(words[index - 2]), resolved.day))
        start = words[index - 3].start
        if _night_before(words, index - 3, vocabulary):
            last, kind = first + timedelta(days=1), "night_of"
        else:
            last, kind = resolved, "range"
    elif _listed_days(words, index, vocabulary):
        # "les 3, 4 et 5 mai", "7 и 8 марта": from the first day to the last
        listed = _listed_days(words, index, vocabulary)
        first = resolved.replace(day=min(_day_number(w) for w in listed))
        start, last, kind = listed[0].start, resolved, "range"
    elif any(_meaning(w, vocabulary) == "until" for w in words[max(0, index - 2):index]):
        kind = "until"  # "до 19 января", "jusqu'au 19 janvier": a measure's end
    elif index >= 2 and _meaning(words[index - 1], vocabulary) == "to" and \
            _meaning(words[index - 2], vocabulary) == "night":
        # "в ночь на 5 января": the night that ends on the 5th began on the 4th
        first, start, kind = resolved - timedelta(days=1), words[index - 2].start, "night_of"
        last = resolved
    return DateMention(start, words[end - 1].end, first, 1, last=last, kind=kind), end


def _listed_days(words: list[Word], index: int, vocabulary: Vocabulary) -> list[Word]:
    """The day numbers listed before the day at ``words[index]`` ("3, 4 et 5")."""
    listed: list[Word] = []
    at = index
    while True:
        joint = at - 1
        if joint >= 1 and words[joint].text.lower() in vocabulary.list_joints and \
                _day_number(words[joint - 1]) is not None:
            before = joint - 1
        elif at >= 1 and "," in words[at].gap and _day_number(words[at - 1]) is not None:
            before = at - 1
        else:
            return listed
        listed.insert(0, words[before])
        at = before


def _night_before(words: list[Word], index: int, vocabulary: Vocabulary) -> bool:
    return any(_meaning(w, vocabulary) == "night" for w in words[max(0, index - 3):index])


def _weekday_phrase(words: list[Word], index: int, weekday: int, vocabulary: Vocabulary,
                    published: date, anchor: date | None) -> tuple[DateMention, int]:
    word = words[index]
    last_week = any(_meaning(w, vocabulary) == "last"
                    for w in words[max(0, index - 2):index + 2])
    day = _last_weekday(weekday, published, strictly=last_week)
    end = index + 1
    before = _meaning(words[index - 1], vocabulary) if index else ""
    # "с субботы на воскресенье", "de samedi à dimanche": the night or span begins on
    # the first weekday.
    if end + 1 < len(words) and _meaning(words[end], vocabulary) == "to" and \
            _weekday(words[end + 1], vocabulary) is not None:
        second = _weekday(words[end + 1], vocabulary)
        last = _last_weekday(second, published, strictly=last_week)
        first = last - timedelta(days=(second - weekday) % 7 or 7)
        night = _night_before(words, index, vocabulary)
        start = words[index - 1].start if before in ("from", "since") else word.start
        return DateMention(start, words[end + 1].end, first, 1, last=last,
                           kind="night_of" if night else "range"), end + 2
    if before == "to" and index >= 2 and _meaning(words[index - 2], vocabulary) == "night":
        # "в ночь на среду": the night that ends on Wednesday began on Tuesday
        return DateMention(words[index - 2].start, word.end, day - timedelta(days=1), 1,
                           last=day, kind="night_of"), end
    if before == "since" or (before == "from" and vocabulary.language == "ru"):
        # "с понедельника", "depuis lundi" ("de samedi" is "Saturday's" in French): to
        # the time of writing, as "since Sunday" in English ("ont été interpellées
        # depuis mercredi" is a count at publication); told in a past of narration
        # ("depuis jeudi, ils bloquaient la route") to the story's day.
        narrated = anchor is not None and _narrated(words, index, vocabulary)
        return DateMention(words[index - 1].start, word.end, day, 1,
                           last=max(day, anchor if narrated else published),
                           kind="since"), end
    listed = _listed_weekdays(words, index, weekday, vocabulary)
    if listed:
        # "в субботу и воскресенье", "lundi et mardi", "vendredi, samedi et dimanche":
        # days in a row told of one event, from the first to the last, counted back
        # from the last as English has it ("on Tuesday and Wednesday").
        last = _last_weekday(_weekday(words[listed[-1]], vocabulary), published,
                             strictly=last_week)
        return DateMention(word.start, words[listed[-1]].end,
                           last - timedelta(days=len(listed)), 1, last=last,
                           kind="range"), listed[-1] + 1
    return DateMention(word.start, word.end, day, 1, kind="weekday"), end


def _listed_weekdays(words: list[Word], index: int, weekday: int,
                     vocabulary: Vocabulary) -> list[int]:
    """The indices of the weekdays listed after the one at ``words[index]``, each the
    day after the one before it, joined by a comma or the list's conjunctions and
    prepositions ("и в", "et"); none unless the list ends on a conjunction's day
    ("в пятницу, субботу" alone is no list) with no comma before the conjunction."""
    listed: list[int] = []
    at, day = index + 1, weekday
    while at < len(words) and not any(c in ".;" for c in words[at].gap):
        joint = at
        while joint < len(words) and joint - at < 2 and words[joint].any_of(
                vocabulary.list_joints) and _weekday(words[joint], vocabulary) is None:
            joint += 1
        conjoined = joint > at
        # "в субботу, а в воскресенье полиция…": a comma before the conjunction ends
        # the list; the conjunction opens a clause of its own.
        if joint >= len(words) or ("," in words[at].gap) == conjoined:
            break
        following = _weekday(words[joint], vocabulary)
        if following != (day + 1) % 7:
            break
        listed.append(joint)
        if conjoined:  # the list ends on the conjunction's day
            return listed
        at, day = joint + 1, following
    return []


def _narrated(words: list[Word], index: int, vocabulary: Vocabulary) -> bool:
    """Whether a verb of the clause around ``words[index]`` (to a full stop or a
    semicolon) is in a past tense of narration (its ending; a short word such as
    "fait" is no such verb)."""
    endings = vocabulary.narrative_past_endings
    if not endings:
        return False
    first = last = index
    while first > 0 and not any(mark in words[first].gap for mark in ".;"):
        first -= 1
    while last + 1 < len(words) and not any(mark in words[last + 1].gap for mark in ".;"):
        last += 1
    return any(len(w.text) > len("fait") and w.text.lower().endswith(endings)
               for w in words[first:last + 1])


def _last_weekday(weekday: int, published: date, *, strictly: bool) -> date:
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - timedelta(days=back)


def _ago(words: list[Word], index: int, vocabulary: Vocabulary, published: date
         ) -> tuple[DateMention | None, int]:
    """"3 дня назад" (the number before), "il y a trois jours" (after)."""
    if vocabulary.language == "ru":
        start = max(0, index - 3)
        phrase_words = words[start:index + 1]
        end = index + 1
    else:
        if index + 2 >= len(words) or words[index + 1].text.lower() != "y":
            return None, index + 1  # "il" is "il y a" only before "y a"
        start = index
        end = min(len(words), index + 5)
        phrase_words = words[start:end]
    text = " ".join(w.text for w in phrase_words)
    resolved = _parse(text, vocabulary.language, published)
    if resolved is None or resolved >= published:
        return None, index + 1
    return DateMention(phrase_words[0].start, phrase_words[-1].end, resolved, 1,
                       kind="ago"), end


@cache
def _parse(phrase: str, language: str, published: date | None) -> date | None:
    # dateparser loads its language data on first use (~0.1 s): only for these texts.
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month,
                                             published.day, 12)
    try:
        parsed = dateparser.parse(phrase, languages=[language], settings=settings)
    except (ValueError, OverflowError):  # "31 февраля", a year out of range
        return None
    return parsed.date() if parsed is not None else None


def named_to_come(mention: DateMention, sentence: list[Word], vocabulary: Vocabulary) -> bool:
    """Is a weekday the day a word of plans names ("la marche prévue mardi ... a été
    interdite")? The day is the coming one whatever befell the plan."""
    before = [w for w in sentence if w.start < mention.start][-2:]
    return mention.kind == "weekday" and any(w.any_of(vocabulary.planned_after)
                                             for w in before)


def of_statement(mention: DateMention, sentence: list[Word], vocabulary: Vocabulary) -> bool:
    """A date right beside a verb of speech dates the statement ("заявил в среду")."""
    at = word_at(sentence, mention.start)
    end = word_at(sentence, mention.end - 1)
    if at is None or end is None:
        return False
    # Only in the date's own clause ("в среду, требуя отставки" dates no statement),
    # and no adjective of a negation ("une manifestation non déclarée samedi").
    before = [n for n in range(max(0, at - 2), at)
              if not any(c in CLAUSE_ENDS for w in sentence[n + 1:at + 1] for c in w.gap)]
    after = [n for n in range(end + 1, min(len(sentence), end + 3))
             if not any(c in CLAUSE_ENDS for w in sentence[end + 1:n + 1] for c in w.gap)]
    return any(vocabulary.speaks(sentence, n) and not (
        n and (sentence[n - 1].any_of(vocabulary.negation)
               or sentence[n - 1].text.lower() in vocabulary.privative))
        for n in before + after)
