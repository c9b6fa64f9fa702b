"""Counts in Russian and French reports: a number and the word that says what it counts.

A number is digits ("2 000", "1,5 тысячи"), number words ("двенадцать", "двухсот",
"dix-sept", "quatre-vingts", "vingt et un") or a vague quantity ("сотни", "une
vingtaine", "des centaines"), with the words before it that qualify it ("более" and
"plus de": at least; "около", "quelque": about). Its count word (a key of
:attr:`~geo.events.vocabulary.Vocabulary.count_fields`: "погибли", "blessés",
"interpellées") follows it within a few words ("двенадцать сотрудников полиции получили
ранения", "quelque 2 000 personnes ont été interpellées"), or, as Russian often puts it,
comes just before it ("погибли 12 человек"); auxiliaries do not count in that distance
("ont été placés en garde à vue"), and a source's aside or a breakdown between commas
does not cut it ("задержали, по данным правозащитников, 300 человек", "Quatre soldats,
trois Tchadiens et un Nigérien, ont été tués"). A count word after a tally word takes the
number later in its clause ("число задержанных превысило 300"); a number of a count
told ("trois des victimes", "двое из задержанных") is none. The tables of number words are the
languages' own (:mod:`geo.languages`): two short tables do what a number-parsing
package would, without a dependency, and they serve dates too. An arrest told with no
number counts one when its object is one person (:func:`one_person_object`).

Length: one grammar of numbers in two languages: reading a number, its count word, and
how numbers join (a list of people adds up, a range takes its upper bound, a choice or a
share-out does not add) belong together, as :mod:`geo.events.counts` has them for English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.events.counts import MAX_COUNT, CountMention
from geo.events.vocabulary import CLAUSE_ENDS, Phrase, Vocabulary, Word
from geo.model import Qualifier

__all__ = ["find_counts", "number_at", "one_person_object", "told_as_cause"]

# How many words after an arrest's trigger its object may stand.
_OBJECT_REACH = 6

# How far a count word may be from its number, in words: after it, and before it.
_AFTER, _BEFORE = 6, 3
# How many words a clause of cause may hold before its number ("после того, как сотрудники
# полиции открыли огонь и ранили двух").
_CLAUSE_REACH = 8
# How many words before "как"/"que" the past link may stand ("после того, как", "après
# que"): the link's own words.
_LINK_REACH = 3
# What no count crosses: the end of a clause.
_STOPS = frozenset(".;:!?()")
# "1.500", "12.000": thousands with dots (a decimal takes a comma in both languages).
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def number_at(words: list[Word], index: int, vocabulary: Vocabulary
              ) -> tuple[int, float, bool] | None:
    """The number starting at ``words[index]``: ``(index after it, value, vague)``."""
    word = words[index]
    lower = word.text.lower()
    if word.is_number:
        digits = re.sub(r"[ \u00a0\u202f]", "", word.text)
        if _THOUSANDS.fullmatch(digits):
            digits = digits.replace(".", "")
        value = float(digits.replace(",", "."))
        end = index + 1
        if end < len(words) and words[end].any_of(vocabulary.number_scales) and \
                _joined(words, end):
            value *= vocabulary.number_scales[next(k for k in words[end].keys
                                                   if k in vocabulary.number_scales)]
            end += 1
        return end, value, False
    if lower in vocabulary.articles and index + 1 < len(words) and _joined(words, index + 1) and \
            _vague(words[index + 1], vocabulary) is not None:
        index += 1  # "une vingtaine", "des centaines": the article is no number
        word, lower = words[index], words[index].text.lower()
    vague = _vague(word, vocabulary)
    if vague is not None:
        end = index + 1
        # "несколько сотен", "plusieurs centaines", "des dizaines de milliers"
        if end < len(words) and _joined(words, end):
            more = _vague(words[end], vocabulary)
            if more is not None:
                return end + 1, float(more), True
        return end, float(vague), True
    return _number_words(words, index, vocabulary)


def _vague(word: Word, vocabulary: Vocabulary) -> int | None:
    # as written: "une vingtaine" is about 20, "des vingtaines" no count
    return vocabulary.vague_numbers.get(word.text.lower())


def _number_words(words: list[Word], index: int, vocabulary: Vocabulary
                  ) -> tuple[int, float, bool] | None:
    table, scales = vocabulary.number_words, vocabulary.number_scales
    total, current, end, seen = 0.0, 0.0, index, False
    while end < len(words) and (end == index or _joined(words, end)):
        parts = words[end].text.lower().split("-")
        values = []
        for part in parts:
            value = table.get(part)
            if value is None:
                value = next((table[k] for k in vocabulary.keys(part) if k in table), None)
            scale = scales.get(part) or next((scales[k] for k in vocabulary.keys(part)
                                              if k in scales), None)
            if value is None and scale is None:
                if part in ("et",) and seen:
                    continue
                values = None
                break
            values.append((value, scale))
        if not values:
            break
        for value, scale in values:
            if scale is not None:
                if scale >= 1000:
                    total += max(current, 1) * scale
                    current = 0
                else:
                    current = max(current, 1) * scale
            elif value == 20 and current in (4,):  # quatre-vingts
                current *= 20
            elif value == 100:
                current = max(current, 1) * 100
            else:
                current += value
        seen = True
        end += 1
    if not seen:
        return None
    # A lone "un"/"une"/"один" counts only what it is next to; vague scales alone
    # ("тысячи людей") are handled as vague quantities.
    return end, total + current, False


def _joined(words: list[Word], index: int) -> bool:
    """Whether only spaces stand between ``words[index - 1]`` and ``words[index]``."""
    return index == 0 or not any(c in _STOPS or c == "," for c in words[index].gap)


def _qualifier_before(words: list[Word], index: int, vocabulary: Vocabulary
                      ) -> tuple[int, Qualifier | None]:
    for qualifier, phrases in (("at_least", vocabulary.at_least),
                               ("approximate", vocabulary.approximate)):
        for wanted in sorted(phrases, key=len, reverse=True):
            start = index - len(wanted)
            if start >= 0 and _matches(words, start, wanted):
                return start, qualifier
    return index, None


def _matches(words: list[Word], start: int, wanted: Phrase) -> bool:
    return all(words[start + n].any_of(keys) for n, keys in enumerate(wanted))


# How many words after its count word a tally's figure may stand when the tally rose
# ("число погибших в результате столкновений ... в понедельник возросло до трёх").
_TALLY_REACH = 16


def find_counts(words: list[Word], vocabulary: Vocabulary) -> list[CountMention]:
    """The counts among ``words`` (one sentence's), with offsets into the text."""
    words = without_asides(words, vocabulary)
    found: list[CountMention] = []
    # The last number read (its end, value and count, if any, and where it starts),
    # for lists of people.
    last: tuple[int, float, CountMention | None, int] | None = None
    index = 0
    while index < len(words):
        number = number_at(words, index, vocabulary)
        if number is None:
            index += 1
            continue
        end, value, vague = number
        start, qualifier = _qualifier_before(words, index, vocabulary)
        if qualifier is None and end == index + 1 and not vague and \
                words[index].any_of(vocabulary.number_scales) and \
                words[index].text.lower() not in vocabulary.scale_numerals:
            index = end  # "тысячи людей", "des milliers": vague, no count
            continue
        count = _count_word(words, start, end, vocabulary)
        # (a number before the link is no number of the cause: "погибли двое, после
        # гибели одного из них")
        before = _count_word_before(words, start, vocabulary)
        if count is not None and ((count[0] < start and told_as_cause(words, count[0],
                                                                       vocabulary))
                                  or (before is not None and told_as_cause(words, before[0],
                                                                           vocabulary))
                                  or (count[1] == "fatalities"
                                      and (_in_a_clause_of_cause(words, start, vocabulary)
                                           or _mourned(words, count[0], vocabulary)))):
            # "après la mort de deux jeunes tués par la police", "после того как полиция
            # застрелила двух подростков": the dead are the cause of what follows (the
            # injured are the event's own harm: kept)
            count = None
        counted = 0 < value < MAX_COUNT and not _no_count(words, index, end, vocabulary)
        joined = _list_joined(words, last[3], last[0], start, vocabulary) \
            if last is not None and counted else None
        mention = None
        if count is not None and counted:
            position, field = count
            lo, hi = min(start, position), max(end - 1, position)
            group = "police" if any(vocabulary.actors.get(k) == "police" for w in
                                    words[lo:hi + 1] for k in w.keys) else ""
            cumulative = any(w.any_of(vocabulary.cumulative)
                             for w in words[max(0, lo - 4):hi + 1]) or \
                (field != "arrested" and _since_the_start(words, lo, hi, vocabulary))
            mention = CountMention(
                words[lo].start, words[hi].end, field, int(value),
                qualifier or ("approximate" if vague else "exact"), group=group,
                cumulative=cumulative,
                updates=cumulative and _updates(words, max(0, lo - 4), vocabulary))
        if joined == "each" and last is not None:
            mention = _shared_out(found, last, mention, (words[last[3]].start,
                                                         words[last[0] - 1].end),
                                  (words[index].start, words[end - 1].end), int(value))
        elif joined and last is not None:
            mention = _summed(found, last, mention, words[end - 1].end, int(value),
                              upper=joined == "range")
        elif mention is not None:
            found.append(mention)
        last = (end, value, mention, index) if counted else None
        index = end
    return found + _tallies(words, found, vocabulary)


def _list_joined(words: list[Word], first: int, after: int, start: int,
                 vocabulary: Vocabulary) -> str | None:
    """How a number at ``first`` ending at ``after`` and one at ``start`` are joined,
    when only a noun or two, then "и"/"et", stand between them: "sum" for a list of
    people ("двое полицейских и трое жителей", "deux gendarmes et un"), "range" for
    the bounds of a range ("между 40 и 50", "entre 20 et 30"), "each" for numbers
    shared out ("12 и 8 ... соответственно"); ``None`` for a choice ("5 или 6")."""
    between = words[after:start]
    joint = between[-1] if between else None
    if joint is None or len(between) > 4 or not joint.any_of(vocabulary.list_joints) \
            or joint.any_of(vocabulary.alternatives) \
            or any(c in _STOPS or c == "," for w in words[after:start + 1] for c in w.gap) \
            or joint.any_of(vocabulary.at_place) or joint.any_of(vocabulary.from_place) \
            or any(w.any_of(vocabulary.count_fields) or w.any_of(vocabulary.list_joints)
                   for w in between[:-1]):
        return None
    if first and words[first - 1].any_of(vocabulary.range_words):
        return "range"
    return "each" if any(w.any_of(vocabulary.distributive) for w in words) else "sum"


def _shared_out(found: list[CountMention], last: tuple[int, float, CountMention | None, int],
                mention: CountMention | None, first_span: tuple[int, int],
                span: tuple[int, int], value: int) -> CountMention | None:
    """Numbers shared out ("задержаны 12 и 8 человек соответственно", "respectivement
    14 et 9 personnes"): each its own count, the one with no count word of its own
    taking the other's (each place of a list then takes its own:
    :func:`geo.events.lexical_places.one_per_place`)."""
    before = last[2]
    if before is None and mention is not None:
        found.append(replace(mention, start=first_span[0], end=first_span[1],
                             value=int(last[1])))
    elif before is not None and mention is None:
        mention = replace(before, start=span[0], end=span[1], value=value)
    if mention is not None:
        found.append(mention)
    return mention


def _summed(found: list[CountMention], last: tuple[int, float, CountMention | None, int],
            mention: CountMention | None, end: int, value: int, *, upper: bool = False
            ) -> CountMention | None:
    """One count of a list of people: the number before and this one, whichever of
    them found the count word (both, when they share it); of a range (``upper``), its
    upper bound."""
    def joined(first: int, second: int) -> int:
        return max(first, second) if upper else min(MAX_COUNT, first + second)

    before = last[2]
    if before is not None and (mention is None or mention.field == before.field):
        total = replace(before, end=max(before.end, end), value=joined(before.value, value))
        found[found.index(before)] = total
        return total
    if before is None and mention is not None:
        total = replace(mention, value=joined(mention.value, int(last[1])))
        found.append(total)
        return total
    if mention is not None:
        found.append(mention)
    return mention


def without_asides(words: list[Word], vocabulary: Vocabulary) -> list[Word]:
    """The words but a source's aside between commas ("задержали, по данным полиции,
    более 300 человек", "ont été blessés, selon la préfecture, 12 policiers"): what it
    cuts apart is one clause."""
    kept: list[Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        if "," in word.gap and (any(_matches(words, index, opening)
                                    for opening in vocabulary.asides
                                    if index + len(opening) <= len(words))
                                or _breakdown(words, index, vocabulary)):
            close = next((n for n in range(index + 1, min(len(words), index + 8))
                          if any(c in _STOPS or c == "," for c in words[n].gap)), None)
            if close is not None and "," in words[close].gap and \
                    not any(c in _STOPS for c in words[close].gap):
                kept.append(replace(words[close], gap=" "))
                index = close + 1
                continue
        kept.append(word)
        index += 1
    return kept


def _breakdown(words: list[Word], index: int, vocabulary: Vocabulary) -> bool:
    """Whether the aside at ``words[index]`` breaks down a number just told: "Quatre
    soldats, trois Tchadiens et un Nigérien, ont été tués", "пятеро, в том числе
    двое полицейских,"."""
    before = words[max(0, index - 3):index]
    opener = words[index].text.lower()
    return number_at(words, index, vocabulary) is not None and (
        opener not in vocabulary.articles or opener in vocabulary.one_words) and any(
            number_at(words, n, vocabulary) is not None
            and words[n].text.lower() not in vocabulary.articles
            for n in range(index - len(before), index)) and \
        not any(c in _STOPS or c == "," for w in before[1:] for c in w.gap)


def _tallies(words: list[Word], found: list[CountMention], vocabulary: Vocabulary
             ) -> list[CountMention]:
    """"Число задержанных превысило 300", "le nombre de blessés s'élève à 40": the count
    word after a tally word takes the next number of its clause."""
    counted = [w for w in words if w.any_of(vocabulary.count_fields)]
    tallies: list[CountMention] = []
    for word in counted:
        at = words.index(word)
        if not any(w.any_of(vocabulary.tally_words) for w in words[max(0, at - 2):at]) or \
                any(c.start <= word.start < c.end for c in found):
            continue
        clause = next((n for n in range(at + 1, min(len(words), at + _TALLY_REACH))
                       if any(c in _STOPS for c in words[n].gap)), at + _TALLY_REACH)
        # further than eight words only a tally that rose reaches its figure
        reach = clause if any(w.any_of(vocabulary.cumulative)
                              for w in words[at + 1:clause]) else min(clause, at + 8)
        for position in range(at + 1, min(len(words), reach)):
            number = number_at(words, position, vocabulary)
            if number is None or any(c.start <= words[position].start < c.end
                                     for c in found):
                continue
            end, value, vague = number
            if vague or not 0 < value < MAX_COUNT or _no_count(words, position, end,
                                                                vocabulary):
                break
            _, qualifier = _qualifier_before(words, position, vocabulary)
            field = vocabulary.count_fields[next(k for k in word.keys
                                                 if k in vocabulary.count_fields)]
            # (a figure only a rise reaches is an update alone, no count of a new row)
            tallies.append(CountMention(word.start, words[end - 1].end, field, int(value),
                                        qualifier or "exact", cumulative=position >= at + 8,
                                        updates=_updates(words, at - 2, vocabulary)))
            break
    return tallies


def _since_the_start(words: list[Word], lo: int, hi: int, vocabulary: Vocabulary) -> bool:
    """Does the clause of the count ``words[lo:hi + 1]`` count it from the story's start
    ("с начала волнений погибли пять человек", "14 morts depuis le début du mouvement")?
    (Arrests counted so are a row of their own, with their days, as in English.)"""
    # (between commas: "trois policiers blessés jeudi, portant à quinze le nombre de
    # blessés depuis le début" keeps the day's three)
    first = _around(words, lo, lambda n: _joined(words, n))[0]
    end = _around(words, hi, lambda n: _joined(words, n))[1]
    return any(words[n].any_of(vocabulary.story_starts) and any(
        vocabulary.date_words.get(w.text.lower()) in ("from", "since")
        for w in words[max(first, n - 2):n]) for n in range(first, end))


def _updates(words: list[Word], start: int, vocabulary: Vocabulary) -> bool:
    """Does a tally from ``start`` on tell one event's count at a new figure ("число
    раненых возросло до шести", "le nombre d'interpellations a atteint 17"), not the
    story's sum ("с начала протестов", "depuis le début")?"""
    tally = next((n for n in range(max(0, start), len(words))
                  if words[n].any_of(vocabulary.tally_words)), None)
    return tally is not None and tally - start <= 4 and \
        not any(w.any_of(vocabulary.story_totals) for w in words)


def _no_count(words: list[Word], index: int, end: int, vocabulary: Vocabulary) -> bool:
    """A year, a date, a time or a measure: "в 2022 году", "5 января", "на 15 суток",
    also after "of": "un homme d'une quarantaine d'années" is his age."""
    after = words[end] if end < len(words) else None
    if after is not None and after.text.lower() in vocabulary.of_words and \
            end + 1 < len(words) and _joined(words, end + 1):
        after = words[end + 1]
    if after is not None and after.any_of(vocabulary.not_counted):
        return True
    text = words[index].text
    return text.isdigit() and len(text) == 4 and text[:2] in ("19", "20")


def _count_word(words: list[Word], start: int, end: int, vocabulary: Vocabulary
                ) -> tuple[int, str] | None:
    one_of = end == start + 1 < len(words) and \
        words[end].text.lower() in vocabulary.of_words and \
        words[start].text.lower() in vocabulary.one_words
    if one_of and (end + 1 >= len(words) or words[end + 1].any_of(vocabulary.count_fields)):
        # "один из задержанных", "l'un des blessés": one of a count told, unless
        # counted again in another role ("один из пострадавших скончался")
        return _counted_again(words, end + 1, vocabulary)
    if one_of:
        return _count_word_before(words, start, vocabulary)  # "задержали одного из лидеров"
    if end < len(words) and _joined(words, end) and \
            words[end].text.lower() in vocabulary.partitive:
        # "задержала девятерых из них": the verb before counts them, some of a crowd
        group = _field_at(words, end + 1, vocabulary) if end + 1 < len(words) else None
        if end + 1 < len(words) and group is None \
                and number_at(words, end + 1, vocabulary) is None:
            # "двое из них скончались": the verb after the part counts it, if the one
            # before does not
            return _count_word_before(words, start, vocabulary) or \
                _count_word_after(words, end + 2, vocabulary, last=True)
        # "двое из раненых скончались", "deux des blessés sont morts": a part of a count
        # told, counted again in another role; "двое из задержанных", "trois des
        # victimes" alone are some of a count told
        return _counted_again(words, end + 1, vocabulary)
    found = _count_word_after(words, end, vocabulary)
    if found is not None:
        return found
    # a lone "un"/"один" counts only a person named right after it ("погиб один
    # человек"), else it is an article or a pronoun
    # ("une vingtaine de personnes" is no lone "une": the article of a vague number)
    lone = words[start].text.lower() in vocabulary.one_words and end == start + 1
    if lone and not (end < len(words) and words[end].any_of(vocabulary.person_words)):
        return None
    return _count_word_before(words, start, vocabulary)


def _counted_again(words: list[Word], group: int, vocabulary: Vocabulary
                   ) -> tuple[int, str] | None:
    """The count word of a part of the count told at ``group``, if the part is counted
    among the dead after it ("двое из раненых скончались"); some of the detained taken
    to hospital ("трое из задержанных госпитализированы") stay a part of the count told."""
    told = _field_at(words, group, vocabulary) if group < len(words) else None
    later = _count_word_after(words, group + 1, vocabulary, last=True)
    return later if told not in (None, "fatalities") and later is not None and \
        later[1] == "fatalities" else None


def _count_word_after(words: list[Word], end: int, vocabulary: Vocabulary,
                      last: bool = False) -> tuple[int, str] | None:
    """The first count word from ``end`` on in the number's clause, within reach; or the
    ``last`` (the verb of a part, past its group's own words: "trois des manifestants
    interpellés ont été blessés")."""
    position, steps, found = end, 0, None
    while position < len(words) and steps < _AFTER:
        if not _joined(words, position) and position > end:
            break
        if position > end and number_at(words, position, vocabulary) is not None and \
                words[position].text.lower() not in vocabulary.one_words:
            break
        field = _field_at(words, position, vocabulary)
        if field is not None:
            found = position, field
            if not last:
                return found
        # auxiliaries do not put a count word further: "ont été placés en garde à vue"
        steps += words[position].text.lower() not in vocabulary.light_words
        position += 1
    return found


def told_as_cause(words: list[Word], position: int, vocabulary: Vocabulary) -> bool:
    """Whether the count word at ``position`` is a death told as what came before the
    clause's events ("des heurts ont éclaté après la mort d'un jeune homme", "после
    гибели двух болельщиков", "после того, как полиция застрелила двух подростков"):
    the cause of the unrest, no toll of it."""
    # (the link stands as near the count word as a count word before its number)
    link = next((n for n in range(position - 1, max(-1, position - 1 - _BEFORE), -1)
                 if words[n].any_of(vocabulary.past_links)), None)
    if vocabulary.count_fields.get(next(
            (k for k in words[position].keys if k in vocabulary.count_fields), "")) != \
            "fatalities":
        return False
    return (link is not None and all(_joined(words, n) for n in range(link + 1, position + 1))
            and not _in_the_course(words, position, vocabulary)) or \
        _in_a_clause_of_cause(words, position, vocabulary) or \
        _mourned(words, position, vocabulary)


def _mourned(words: list[Word], position: int, vocabulary: Vocabulary) -> bool:
    """Whether the death at ``position`` is one the sentence's gathering mourns ("вышли на
    акцию памяти в X, где погибли 15 человек", "une marche blanche en mémoire d'un
    adolescent mort"): the cause of the gathering, unless told in the course of an event
    ("погибли в ходе столкновений"). The memorial word stands in the same part of the
    sentence (to a semicolon); a force or its firing in the count's clause, but for the
    dead's own noun ("погибших силовиков"), makes the dead the gathering's own ("во время
    акции памяти полиция застрелила двух", "la police a tiré et deux ont été tués")."""
    start, end = _around(words, position, lambda n: _joined(words, n))
    if any(w.any_of(vocabulary.forces) or w.any_of(vocabulary.firing)
           for n, w in enumerate(words[start:end], start) if n != position + 1) \
            or _in_the_course(words, position, vocabulary):
        return False
    first, last = _around(words, position,
                          lambda n: not any(c in _STOPS for c in words[n].gap))
    return any(w.any_of(vocabulary.memorial) for w in words[first:last])


def _around(words: list[Word], position: int, within: Callable[[int], bool]
            ) -> tuple[int, int]:
    """The first and end index of the words about ``words[position]`` that each word's gap
    before it (``within`` of its index) keeps together with it."""
    start, end = position, position + 1
    while start > 0 and within(start):
        start -= 1
    while end < len(words) and within(end):
        end += 1
    return start, end


def _in_a_clause_of_cause(words: list[Word], start: int, vocabulary: Vocabulary) -> bool:
    """Whether the number at ``start`` stands in a clause a past link opens ("после того,
    как полиция застрелила двух", "après que la police a tué deux"), not told in the
    course of events, nor with the crowd as its subject ("après que des casseurs ont
    tué deux policiers": the crowd's own harm)."""
    for n in range(start - 1, max(-1, start - 1 - _CLAUSE_REACH), -1):
        if words[n].text.lower() in vocabulary.link_subordinators:
            return any(w.any_of(vocabulary.past_links)
                       for w in words[max(0, n - _LINK_REACH):n]) \
                and not any(w.any_of(vocabulary.crowd) for w in words[n + 1:start]) \
                and not _in_the_course(words, start, vocabulary)
        if not _joined(words, n + 1):
            return False
    return False


def _in_the_course(words: list[Word], position: int, vocabulary: Vocabulary) -> bool:
    """Whether the death at ``position`` is told in the course of events ("после гибели
    пяти человек в ходе беспорядков", "après la mort de deux personnes lors des
    affrontements"): their toll (not "lors d'un contrôle routier": no event's word)."""
    end = min(len(words), position + 1 + _AFTER)
    for n in range(position + 1, end):
        if not _joined(words, n):
            return False
        if words[n].text.lower() in vocabulary.during:
            return any(k in vocabulary.first_words for m in range(n + 1, min(end, n + 4))
                       if _joined(words, m) for k in words[m].keys)
    return False


def _count_word_before(words: list[Word], start: int, vocabulary: Vocabulary
                       ) -> tuple[int, str] | None:
    for position in range(start - 1, max(-1, start - 1 - _BEFORE), -1):
        if not _joined(words, position + 1):
            break
        field = _field_at(words, position, vocabulary)
        if field is not None:
            return position, field
    return None


def _field_at(words: list[Word], position: int, vocabulary: Vocabulary) -> str | None:
    """What the count word, or the count phrase ending, at ``position`` counts."""
    fields = vocabulary.count_fields
    if words[position].any_of(fields):
        return fields[next(k for k in words[position].keys if k in fields)]
    for wanted, field in vocabulary.count_phrases:
        start = position - len(wanted) + 1
        if start >= 0 and _matches(words, start, wanted):
            return field
    return None


def one_person_object(sentence: list[Word], first: int, last: int,
                       vocabulary: Vocabulary) -> bool:
    """Whether an arrest's trigger at ``first..last`` has one person as its object:
    the first person its clause names after it, past places and times ("задержали в
    Бишкеке лидера партии", "l'arrestation du maire"), or a name right before it
    ("Иванова задержали")."""
    # (a number before the trigger counts the people itself: "оба задержанных")
    if any(w.is_number or w.any_of(vocabulary.number_words)
           for w in sentence[max(0, first - 2):first]):
        return False
    # (a name after a place preposition is the place's: "в Таразе задержаны")
    if first and not any(c in CLAUSE_ENDS for c in sentence[first].gap) and \
            sentence[first - 1].text[:1].isupper() and not (
                first >= 2 and (sentence[first - 2].any_of(vocabulary.at_place)
                                or sentence[first - 2].any_of(vocabulary.from_place))) and \
            vocabulary.person_number(sentence[first - 1].text) == 1:
        return True
    position, end = last + 1, min(len(sentence), last + 1 + _OBJECT_REACH)
    while position < end and not any(c in CLAUSE_ENDS for c in sentence[position].gap):
        word = sentence[position]
        if word.is_number or word.any_of(vocabulary.number_words):
            return False
        if word.any_of(vocabulary.at_place) or word.any_of(vocabulary.from_place):
            position += 2  # a preposition and its noun: "в Бишкеке", "из СИЗО"
            continue
        number = vocabulary.person_number(word.text)
        if number is not None:
            # "лидера оппозиции и его заместителя": a list of people is not one
            return number == 1 and not _another_person_joined(sentence, position, end,
                                                              vocabulary)
        position += 1
    return False


def _another_person_joined(sentence: list[Word], position: int, end: int,
                           vocabulary: Vocabulary) -> bool:
    """Whether a list joint after the person at ``position`` (within ``end`` and the
    clause) joins another person to it."""
    for index in range(position + 1, end):
        word = sentence[index]
        if any(c in CLAUSE_ENDS for c in word.gap):
            return False
        if word.any_of(vocabulary.list_joints) and not (
                word.any_of(vocabulary.at_place) or word.any_of(vocabulary.from_place)):
            return any(vocabulary.person_number(w.text) is not None
                       for w in sentence[index + 1:min(end, index + 4)])
    return False
