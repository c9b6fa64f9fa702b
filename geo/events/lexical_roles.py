"""Which places a Russian or French report names are no incident site, read from the
words around them (:mod:`geo.events.lexical`): a place that speaks ("Москва заявила",
"Paris a condamné"; but a body telling its own plan, "пенсионеры в Твери сказали, что
придут", acts where it is), the seat of a speaking body ("в МВД Казахстана сообщили"),
a base or a visit ("une ONG basée à Genève", "прилетевший с визитом в Лиму"), an origin
("из Котласа и Вельска"), a street's name ("проспект Абая", "на Октябрьской площади"), a
club's or a paper's name in guillemets ("«Иртыш»") or a word of the language that only
looks like a name ("По данным"). :mod:`geo.events.lexical_places` takes the
sites from the rest.

Length: one home for the Russian and French cues that make a place no site, a little
over the limit; they share the word windows and clause cuts that split modules would
pass around through private names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from geo.events import places
from geo.events.vocabulary import (
    CLAUSE_ENDS,
    Vocabulary,
    Word,
    clause_end,
    clause_start,
    word_at,
)
from geo.model import Mention

__all__ = ["governed", "refined_roles", "tells_a_verdict", "without_non_places"]

_ROUTE_DASHES = frozenset({"—", "–", "-"})
_SENTENCE_STOPS = frozenset(".!?…\n")
# What stands between a district's name and its town's: "X, à Y", "X de Y", "X в Y".
_TOWN_AFTER_DISTRICT = re.compile(r"\s*,?\s*(?:à|de|d'|d’|в|во)\s*")


def refined_roles(text: str, mentions: Sequence[Mention], words: list[Word],
                   vocabulary: Vocabulary) -> list[Mention]:
    """The mentions with the roles their words give them; a place listed after an
    origin ("из Котласа и Вельска") is one too. A region right after a city is left
    out: it is the city's address ("в Пинске Брестской области"), no place of its own."""
    refined: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        mention = _refined_role(mention, words, vocabulary)
        previous = refined[-1] if refined else None
        between = text[previous.end:mention.start] if previous is not None else ""
        if previous is not None and previous.role == "origin" and \
                places.is_site(mention) and vocabulary.list_gap.fullmatch(between):
            mention = replace(mention, role="origin")
        elif previous is not None and previous.place is not None and \
                mention.place is not None and previous.place.kind == "city" and \
                not between.strip() and previous.place.country == mention.place.country \
                and (mention.place.kind == "admin1" or vocabulary.words(
                    mention.text)[-1].any_of(vocabulary.region_words)):
            continue  # "в городе Пугачёве Саратовской области": the city's address
        if previous is not None and mention.place is not None and \
                mention.place.kind == "city" and _TOWN_AFTER_DISTRICT.fullmatch(between) and \
                governed(previous, words, vocabulary, vocabulary.district_words):
            refined.pop()  # "dans le quartier de X, à Y", "в районе X в Y": Y's part
        refined.append(mention)
    return _streets_of_sources([_placed_near(m, refined, words, vocabulary)
                                if m.role == "reference" else m for m in refined])


def _streets_of_sources(mentions: list[Mention]) -> list[Mention]:
    """The mentions but a street or a square put in a town the report names only as no
    site ("selon une source à X. La marche, partie du rond-point de Y, ..." puts Y in X,
    the latest town named): where it is, the text does not say."""
    sites = {m.place.id for m in mentions if places.is_site(m)
             and m.precision != "part_of_city"}
    others = {m.place.id for m in mentions if m.place is not None and not places.is_site(m)}
    return [m for m in mentions if not (m.precision == "part_of_city" and places.is_site(m)
                                        and m.place.id in others - sites)]


def _placed_near(reference: Mention, mentions: Sequence[Mention], words: list[Word],
                 vocabulary: Vocabulary) -> Mention:
    """A place measured from ("un village situé à 20 km de X") is the best site the
    text gives, near it (precision 2), unless its clause names the event's own place:
    another site, or a town told before ("cette ville"), in its clause or in the one it
    stands in apposition to ("à Kaya, à 100 km de X", "à l'entrée de cette ville, à 100
    km de X")."""
    first = word_at(words, reference.start)
    if first is None:
        return reference
    start, end = _clause_bounds(words, first)
    if start and not _cut_sentence(words[start]) and (
            words[start].any_of(vocabulary.at_place)
            or words[start].any_of(vocabulary.place_nouns)):
        start = _clause_bounds(words, start - 1)[0]
    scope = (words[start].start, words[end - 1].end)
    if any(m is not reference and places.is_site(m) and scope[0] <= m.start < scope[1]
           for m in mentions) or any(
            w.any_of(vocabulary.demonstratives) and words[n + 1].any_of(vocabulary.place_nouns)
            for n, w in enumerate(words[start:end - 1], start)):
        return reference
    near = "part_of_city" if places.geo_precision(reference) == 1 else reference.precision
    return replace(reference, role="location", precision=near)


def _clause_bounds(words: list[Word], index: int) -> tuple[int, int]:
    """The clause holding ``words[index]``, within its sentence: first and end index."""
    start = index
    while start > 0 and not any(c in CLAUSE_ENDS for c in words[start].gap) and \
            not _cut_sentence(words[start]):
        start -= 1
    end = index + 1
    while end < len(words) and not any(c in CLAUSE_ENDS for c in words[end].gap) and \
            not _cut_sentence(words[end]):
        end += 1
    return start, end


def _cut_sentence(word: Word) -> bool:  # a sentence ends before the word
    return any(c in _SENTENCE_STOPS for c in word.gap)


def _measured_from(words: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """A reference point, no site: "à une centaine de kilomètres de X", "à 30 km de X"
    (a number, a unit that counts no people, the word "of", the place)."""
    if first < 3 or words[first - 1].text.lower() not in vocabulary.of_words or \
            not words[first - 2].any_of(vocabulary.not_counted):
        return False
    number = words[first - 3]
    if first > 3 and number.text.lower() in vocabulary.of_words:
        number = words[first - 4]  # "une centaine de kilomètres de"
        return number.any_of(vocabulary.vague_numbers)
    return number.is_number or number.any_of(vocabulary.number_words) or \
        number.any_of(vocabulary.vague_numbers)


def _refined_role(mention: Mention, words: list[Word], vocabulary: Vocabulary) -> Mention:
    """A speaking place, a speaking body's seat, a base or an origin is no site; but a
    body that tells its own plan ("пенсионеры в Твери сказали, что придут") acts where
    it is."""
    if not places.is_site(mention):
        return mention
    first = next((i for i, w in enumerate(words) if w.start >= mention.start), None)
    if first is None:
        return mention
    last = first
    while last + 1 < len(words) and words[last + 1].end <= mention.end:
        last += 1
    before = words[max(0, first - 3):first]
    # "из Оша", "venus de Sherbrooke": an origin (French puts "de" after the verb)
    if first and (words[first - 1].any_of(vocabulary.from_place) or (
            first > 1 and words[first - 1].text.lower() in vocabulary.of_words
            and words[first - 2].any_of(vocabulary.from_place))):
        return replace(mention, role="origin")
    told_there = last + 1 < len(words) and \
        words[last + 1].text.lower() in vocabulary.where_words
    if any(w.any_of(vocabulary.based) for w in before) and not told_there:
        return replace(mention, role="actor")
    # "доставили в больницу в X", "transféré à la prison de X": a destination
    if not told_there and any(w.any_of(vocabulary.custody) for w in before) and any(
            w.any_of(vocabulary.based) for w in words[max(0, first - 6):first]):
        return replace(mention, role="residence")
    if _resident_of(words, first, vocabulary):
        return replace(mention, role="residence")  # "житель X", "un habitant de X"
    if _backed(words, first, vocabulary):
        return replace(mention, role="actor")  # "в поддержку задержанных в X активистов"
    if _seat_in_aside(words, first, last, vocabulary):
        return replace(mention, role="actor")  # "le ministère, à X, a déclaré"
    if _venue_or_seat(words, first, vocabulary):
        return replace(mention, role="actor")  # "на саммите в X", "Суд в X арестовал"
    if _measured_from(words, first, vocabulary):
        return replace(mention, role="reference")
    # (the words of the place's own clause: "à X dimanche, a indiqué la police" is no
    # speaking X; nor is "à X. Selon la police, ...", the next sentence's source)
    own = clause_end(words, last)
    own = next((i for i in range(last + 1, own) if _cut_sentence(words[i])), own)
    after = [i for i in range(last + 1, min(own, last + 5))
             if words[i].text.lower() not in vocabulary.auxiliaries]
    if words[max(0, first - 2):first] and any(
            w.any_of(vocabulary.missions) for w in words[max(0, first - 2):first]):
        return replace(mention, role="actor")  # "l'ambassade de France", "посольство США"
    verb = next((i for i in after[:2] if vocabulary.speaks(words, i)), None)
    if verb is not None:
        plan = words[verb + 1:last + 12]
        if not any(w.any_of(vocabulary.planned) or w.any_of(vocabulary.future)
                   or vocabulary.is_future(w.text) for w in plan):
            return replace(mention, role="actor")  # "Москва заявила", "Paris a condamné"
    if _after_speech(words, first, vocabulary):
        return replace(mention, role="actor")  # "сообщили в Минске", "a déclaré à Paris"
    body = next((i for i in range(first - 1, max(-1, first - 4), -1)
                 if words[i].any_of(vocabulary.bodies)
                 and not _cut(words[i + 1:first + 1])), None)
    if body is None:
        body = _named_body(words, first, vocabulary)
    if body is not None:
        # ("d'après les chiffres transmis par la préfecture de X": its whole clause)
        near = [*range(min(max(0, body - 4), clause_start(words, body)), body),
                *range(last + 1, min(len(words), last + 5))]
        if any(vocabulary.speaks(words, i) for i in near) or _after_aside(
                words, body, vocabulary):
            return replace(mention, role="actor")  # "в МВД Казахстана сообщили"
    return mention


def _resident_of(words: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """Whether the place at ``words[first]`` follows one resident's noun, right before
    it or before its "of" ("жителя X", "une habitante de X")."""
    noun = first - 1
    if noun > 0 and words[noun].text.lower() in vocabulary.of_words:
        noun -= 1
    return noun >= 0 and not _cut(words[noun + 1:first + 1]) and \
        words[noun].text.lower().replace("’", "'") in vocabulary.residents


_SUPPORT_REACH = 5


def _backed(words: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """Whether the place at ``words[first]`` is in a phrase of support opened a few words
    before it, in its clause ("в поддержку задержанных в X", "en soutien aux grévistes
    arrêtés à X"): whom the crowd backs. A verb between ends the phrase ("une marche en
    soutien aux grévistes a eu lieu à X", "акция в поддержку прошла в X")."""
    noun = next((i for i in range(first - 1, max(-1, first - _SUPPORT_REACH - 1), -1)
                 if words[i].any_of(vocabulary.support)), None)
    if noun is not None and _names_the_act(words, noun, first, vocabulary):
        return False
    return noun is not None and not _cut(words[noun + 1:first + 1]) and not any(
        vocabulary.is_past(w.text) or vocabulary.is_future(w.text)
        or w.text.lower() in vocabulary.auxiliaries for w in words[noun + 1:first])


def _names_the_act(words: list[Word], noun: int, first: int, vocabulary: Vocabulary
                   ) -> bool:
    """Whether the support noun at ``words[noun]`` only qualifies the protest's noun right
    before it, the place following it behind a preposition of place ("пикет солидарности в
    X", "акция поддержки в X"): the kind of gathering, held at X; not a phrase that opens
    on whom the crowd backs ("в поддержку задержанных в X", "в знак солидарности с X")."""
    return noun > 0 and first - noun > 1 and all(
        w.any_of(vocabulary.at_place) for w in words[noun + 1:first]) and any(
        trigger.rule == "protest" for key in words[noun - 1].keys
        for trigger in vocabulary.first_words.get(key, ()))


def _venue_or_seat(words: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """Whether the place at ``words[first]`` follows a meeting's noun or a court's
    ("на саммите в X", "le tribunal de X", "la cour d'appel de X"): its venue or seat;
    not a court that a preposition puts something at ("у здания суда в X"). The noun may
    stand four words back, its own complement between ("lors d'une conférence de presse à
    X", "на заседании Совета безопасности в X")."""
    host = next((i for i in range(first - 1, max(-1, first - 5), -1)
                 if words[i].any_of(vocabulary.meetings | vocabulary.courts)
                 and not _cut(words[i + 1:first + 1])), None)
    if host is None:
        return False
    return words[host].any_of(vocabulary.meetings) or not any(
        w.any_of(vocabulary.at_place) for w in words[max(0, host - 2):host])


_ASIDE_REACH = 4  # the words of a body's name before its aside ("le ministère de l'Intérieur")


def _seat_in_aside(words: list[Word], first: int, last: int, vocabulary: Vocabulary) -> bool:
    """Whether the place at ``words[first:last + 1]`` is an aside set off by commas
    right after a body's name or a court's ("le ministère de l'Intérieur, à X, a
    déclaré", "condamné par le tribunal fédéral, à X, pour"): the body's seat. A body
    other than a court must speak right after the aside ("la police, à X, a tiré" tells
    where it fired); a court a preposition puts something at is a place ("devant le
    tribunal, à X,")."""
    opening = first - 1
    if opening < 1 or not words[opening].any_of(vocabulary.at_place) or \
            "," not in words[opening].gap or last + 1 >= len(words) or \
            "," not in words[last + 1].gap:
        return False
    host = next((i for i in range(opening - 1, max(-1, opening - _ASIDE_REACH - 1), -1)
                 if words[i].any_of(vocabulary.bodies | vocabulary.courts)), None)
    if host is None or _cut(words[host + 1:opening]) or any(
            w.any_of(vocabulary.at_place) for w in words[max(0, host - 2):host]):
        return False
    if words[host].any_of(vocabulary.courts):
        return True
    after = [i for i in range(last + 1, min(len(words), last + 4))
             if words[i].text.lower() not in vocabulary.auxiliaries]
    return any(vocabulary.speaks(words, i) for i in after[:2])


def tells_a_verdict(sentence: list[Word], vocabulary: Vocabulary) -> bool:
    """Whether the sentence is a court's verdict: a court's noun among its first words,
    with no preposition before it (the court acts: "Суд в X приговорил", "Le tribunal
    l'a reconnu coupable"; not "devant le tribunal"), and a word of a verdict. Its
    words of unrest name the charges, no event of the report."""
    # (after the dateline: "VALMONT, 14 mars (AFP) — Le tribunal ...")
    opening = next((i for i, w in enumerate(sentence[:10]) if _ROUTE_DASHES & set(w.gap)), 0)
    court = next((i for i in range(opening, min(len(sentence), opening + 4))
                  if sentence[i].any_of(vocabulary.courts)), None)
    return court is not None and not any(w.any_of(vocabulary.at_place)
                                         for w in sentence[opening:court]) and \
        any(w.any_of(vocabulary.verdicts) for w in sentence[court + 1:])


def _after_speech(words: list[Word], first: int, vocabulary: Vocabulary) -> bool:
    """Whether the place at ``words[first]`` is where a statement was made: after a verb
    of reporting and its preposition ("сообщили в Минске", "сказал журналистам в Москве")."""
    return first >= 2 and words[first - 1].any_of(vocabulary.at_place) and any(
        verb >= 0 and not _cut(words[verb + 1:first + 1])
        and words[verb].any_of(vocabulary.reporting) for verb in (first - 2, first - 3))


def _named_body(words: list[Word], first: int, vocabulary: Vocabulary) -> int | None:
    """The body whose name of three or four words ends with the place's preposition
    ("министерство внутренних дел в X", "le ministère de l'Intérieur à X"): its
    complement is lower-case words, or a capital after an article ("de", "l'"), so a
    person named after the body ("министр ... Иван Петров, прибывший в X") is none, nor
    is a clause with a verb ("в сопровождении полиции пассажиров повезли в X")."""
    if first < 5 or not words[first - 1].any_of(vocabulary.at_place):
        return None
    for body in (first - 4, first - 5):
        between = words[body + 1:first - 1]
        if words[body].any_of(vocabulary.bodies) and not _cut(words[body + 1:first + 1]) \
                and between[0].text[0].islower() and not any(
                    vocabulary.is_past(w.text) or vocabulary.is_future(w.text) for w in between) \
                and all(
                    w.text[0].islower() or before.text.lower() in vocabulary.articles
                    for before, w in pairwise(between)):
            return body
    return None


def _after_aside(words: list[Word], body: int, vocabulary: Vocabulary) -> bool:
    """Whether a source's aside opens right before the body at ``words[body]`` ("по
    данным полиции Омска", "selon la préfecture de Lyon"): its place is its seat."""
    return any(body >= len(opening) and all(
        w.any_of(keys)
        for w, keys in zip(words[body - len(opening):body], opening, strict=True))
        for opening in vocabulary.asides)


def _cut(words: list[Word]) -> bool:  # a clause or a sentence ends before one of them
    return any(c in CLAUSE_ENDS or c in _SENTENCE_STOPS for w in words for c in w.gap)


def without_non_places(mentions: Sequence[Mention], words: list[Word],
                       vocabulary: Vocabulary) -> list[Mention]:
    """The mentions but a street's or a square's name ("проспект Абая", "rue de
    Rivoli"; not a town's streets: "на улицы Ташкента", "dans les rues de Dakar") and
    the words of the language that only look like names ("По данным", "en mai"). A
    city's name after a square's word is the city when the report names that place
    elsewhere too ("у главной площади Ельца", "в Ельце")."""
    def word_like(mention: Mention) -> bool:
        lower = mention.text.lower()
        return lower in vocabulary.months or lower in vocabulary.weekdays or \
            lower in vocabulary.at_place or lower in vocabulary.date_words

    streets = [m for m in mentions if (governed(m, words, vocabulary, vocabulary.street_words)
               and not governed(m, words, vocabulary, vocabulary.town_streets))
               or _adjective_before_street(m, words, vocabulary)]
    # a route's far end is its name's too: "трасса Самара — Волгоград"; a route's two
    # ends are never the city, even where the report names it elsewhere: the road runs
    # between them, its site is where the text says on it ("у въезда в X")
    routes = []
    for mention in sorted(mentions, key=lambda m: m.start):
        position = word_at(words, mention.start)
        start = next((s for s in streets if position and
                      s.start <= words[position - 1].start < s.end), None)
        if start is not None and words[position].gap.strip() in _ROUTE_DASHES:
            streets.append(mention)
            routes += [start, mention]
    named = {m.place.id for m in mentions if places.is_site(m)
             and not any(m is s for s in streets)}
    return [m for m in mentions if not word_like(m) and not _quoted_name(m, words) and not (
        any(m is s for s in streets) and (m.place is None or m.place.id not in named
                                          or any(m is r for r in routes)))]


def _quoted_name(mention: Mention, words: list[Word]) -> bool:
    """Whether the mention is the whole of a name in guillemets: a club's, a paper's or
    a firm's ("«Иртыш» забил трижды", "« Le Réveil »"), no place."""
    span = _words_of(mention, words)
    return span is not None and words[span[0]].gap.rstrip().endswith("«") and \
        span[1] + 1 < len(words) and words[span[1] + 1].gap.lstrip().startswith("»")


def _words_of(mention: Mention, words: list[Word]) -> tuple[int, int] | None:
    """The indices of the mention's first and last words."""
    first = word_at(words, mention.start)
    if first is None:
        return None
    last = first
    while last + 1 < len(words) and words[last + 1].end <= mention.end:
        last += 1
    return first, last


def _adjective_before_street(mention: Mention, words: list[Word],
                             vocabulary: Vocabulary) -> bool:
    """Whether the mention's words read as adjectives that name the street or the square
    right after them ("на Октябрьской площади", "по Ленинградскому шоссе")."""
    span = _words_of(mention, words)
    if span is None:
        return False
    first, last = span
    return last + 1 < len(words) and not words[last + 1].gap.strip() and \
        words[last + 1].any_of(vocabulary.street_words) and \
        all(vocabulary.is_adjective(w.text) for w in words[first:last + 1])


def governed(mention: Mention, sentence: list[Word], vocabulary: Vocabulary,
              words: frozenset[str] | None = None) -> bool:
    """Whether a place preposition (or one of ``words``) stands right before the
    mention ("в Минске", "à Dakar"; skipping French articles, and the word of the
    place's kind after a preposition: "в аэропорту Шереметьево", "dans la ville de
    Tours"; ``words`` are keys or words as written): a place of another country named
    without one modifies a noun ("флагами Украины", "drapeaux de l'Azerbaïdjan"), it is
    no site."""
    position = word_at(sentence, mention.start)
    if position is None:
        return False
    if words is None and _measured_from(sentence, position, vocabulary):
        return True  # "à 40 km de X": put near it
    wanted = vocabulary.at_place if words is None else words
    kind_skipped = False
    for before in reversed(sentence[max(0, position - 4):position]):
        if before.any_of(wanted) or before.text.lower() in wanted:
            return True
        if words is None and not kind_skipped and before.any_of(vocabulary.place_nouns):
            kind_skipped = True
            continue
        if before.text.lower() not in vocabulary.articles:
            return False
    return False
