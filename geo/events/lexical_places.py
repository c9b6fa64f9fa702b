"""Where Russian and French reports put their events (:mod:`geo.events.lexical`).

A mention is a site when the geoparser gave it the ``location`` role and its words do
not make it something else: a place that speaks ("Москва заявила", "Paris a
condamné"; but a body telling its own plan, "пенсионеры в Твери сказали, что придут",
acts where it is), the seat of a speaking body ("в МВД Казахстана сообщили"), a base
or a visit ("une ONG basée à Genève", "прилетевший с визитом в Лиму"), an origin
("из Котласа и Вельска"), a street's name ("проспект Абая") or a word of the language
that only looks like a name ("По данным"). The sites of a sentence are those after a
place preposition ("в Минске", "à Dakar") and the cities of the report's country; a
country or a region named without one is a site only after an area word ("в десятках
городов России"), else it modifies a noun ("флагами Украины"). An event takes the best
of its sentence's sites (a preposition, its clause, closeness, after the trigger, a city
over its country), else the story's last city in the report's country, else the
report's main place; a list of places ("в Бресте, Гомеле и Гродно") gives one row each,
and so does each other place the sentence puts things at ("прошли в Атырау, а во
вторник — в Актобе").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from gazetteer.capitals import is_news_capital
from geo.events import places
from geo.events.clauses import Span
from geo.events.counts import MAX_COUNT, CountMention
from geo.events.draft import EventDraft
from geo.events.lexical_counts import number_at
from geo.events.lexical_roles import governed
from geo.events.vocabulary import CLAUSE_ENDS, Vocabulary, Word, clause_start, word_at
from geo.model import Mention

__all__ = ["by_paragraph", "candidate_sites", "dateline_end", "in_byline", "one_per_place",
           "other_scenes", "place_event", "split_sentences"]

_TOWN_KINDS = frozenset({"city", "admin2"})
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+(?=[«\"(]?[^\W_a-zà-ÿа-яё])|\n\s*\n")
# A dateline: a city in capitals, a region in brackets, a date, an agency, a dash.
_DATELINE = re.compile(r"\s*[^\W\d_a-zà-ÿа-яё][^\W\da-zà-ÿа-яё]{2,}(?:[ '’-][^\W\d_a-zà-ÿа-яё]+)*"
                       r"(?:\s*\([^)\n]{1,40}\))?,\s*[^\n—–]{0,40}?(?:\s*—|\s*–|\s-\s|\.\s)")


def split_sentences(text: str) -> list[Span]:
    """Sentences, when the parser gave none: a stop before a capital, or a blank line."""
    spans, start = [], 0
    for stop in _SENTENCE_END.finditer(text):
        spans.append((start, stop.start()))
        start = stop.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def by_paragraph(text: str, spans: list[Span]) -> list[Span]:
    """The sentence spans cut at blank lines: a headline or a byline ("RFI — 6 septembre
    2021") is no part of the sentence after it, whatever the sentence splitter said."""
    cut: list[Span] = []
    for start, end in spans:
        for part in _PARAGRAPH.split(text[start:end]):
            offset = text.find(part, start, end) if part.strip() else -1
            if offset >= 0:
                cut.append((offset, offset + len(part)))
                start = offset + len(part)
    return cut


# A byline paragraph under the headline ("Jeune Afrique — 19 août 2020", "Par notre
# envoyé spécial — Le Monde, 8 mars 2023"): its date is the paper's, no event's.
_BYLINE = re.compile(r"^[^\n.!?]{1,60}?\s[—–-]\s[^\n.!?]{0,40}?\b\d{4}[ \t]*$", re.MULTILINE)


def in_byline(text: str, position: int) -> bool:
    """Whether ``position`` falls in a byline paragraph of ``text``."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return _BYLINE.fullmatch(text, start, len(text) if end < 0 else end) is not None


def dateline_end(text: str) -> int:
    """The end of a dateline ("АЛМАТЫ, 5 января —", "NANTERRE (Hauts-de-Seine), 28 juin
    (AFP) —"): its place is where the report was filed, its date the filing day."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _bracketed(text: str, mention: Mention, index: places.MentionIndex) -> bool:
    """Whether ``mention`` is a region in brackets right after another place
    ("à Montbéliard (Doubs)", "в Граце (Штирия)"): it says where that place lies, and
    the place before it is the scene."""
    before = text[:mention.start].rstrip()
    if not before.endswith("(") or not text[mention.end:].lstrip().startswith(")"):
        return False
    end = len(before[:-1].rstrip())
    return any(m.end == end for m in index.within(max(0, end - 60), end))


def candidate_sites(text: str, span: Span, index: places.MentionIndex,
                     sentence: list[Word], vocabulary: Vocabulary) -> list[Mention]:
    """The sites a sentence names: after a place preposition, or a city of the report's
    country; not the dateline's city (where the report was filed)."""
    dateline = dateline_end(text)
    floor = max(span[0], dateline)
    named = [m for m in index.within(floor, span[1]) if places.is_site(m)
             and not _bracketed(text, m, index)]
    sites = [m for m in named if governed(m, sentence, vocabulary) or (
        m.place.country == index.main_country and places.geo_precision(m) < 3)]
    # "в десятках городов России", "dans toute la France": an area after an area word
    sites = sites or [m for m in named if governed(m, sentence, vocabulary,
                                                    vocabulary.area_words)]
    home = [m for m in sites if m.place.country == index.main_country]
    if home or not sites or span[0] >= dateline:
        return home or sites
    # A lede that names only places abroad ("... au lendemain du succès du Sénégal au
    # Cameroun") tells of the dateline's city, in the report's country.
    filed = [m for m in index.within(span[0], dateline) if places.is_site(m)
             and m.place.country == index.main_country]
    return filed or sites


def other_scenes(text: str, event: EventDraft, sites: list[Mention],
                  index: places.MentionIndex, sentence: list[Word],
                  date_at: Callable[[EventDraft, int], None], vocabulary: Vocabulary
                  ) -> list[EventDraft]:
    """The same event at the other places its sentence puts things at: "пикеты были в
    Туле и Орле, а в среду — в Курске", "des heurts à Nanterre, puis à Lille"
    (each dated by the date nearest its place). Not a measure's (one decree, its
    places listed together), nor a place of another country than the event's."""
    if event.location is None or event.place_from_context or \
            event.rule.subtype in ("curfew", "state_of_emergency"):
        return []
    country = event.location.place.country
    group = _group(text, event.location, sites, vocabulary)
    own = _others_count(event, event.location, sentence, vocabulary)
    if own and any(c.field == own[0].field and c.value > own[0].value for c in event.counts):
        # "задержаны 46 человек, из них 29 — в X и 17 — в Y", "31 interpellations, dont
        # 19 à X et 12 à Y": the place's row counts its share, not the total
        event.counts = [c for c in event.counts if c.field != own[0].field] + own
    copies = []
    for mention in sites:
        # put at by a preposition, or one of a list ("dont Arles, Nîmes et Alès")
        if mention in group or mention.place.country != country or not (
                governed(mention, sentence, vocabulary)
                or len(_group(text, mention, sites, vocabulary)) > 1) or \
                _districts(_group(text, mention, sites, vocabulary), sentence, vocabulary) or \
                mention.place.id == event.location.place.id:
            continue
        copy = replace(event, location=mention, geo_precision=places.geo_precision(mention),
                       counts=_others_count(event, mention, sentence, vocabulary),
                       actors=list(event.actors), evidence=list(event.evidence))
        date_at(copy, mention.start)
        group += _group(text, mention, sites, vocabulary)
        copies.append(copy)
    return copies


def _others_count(event: EventDraft, mention: Mention, sentence: list[Word],
                  vocabulary: Vocabulary) -> list[CountMention]:
    """The count a place's own copy of an event takes: "(trois morts à X,) et une autre à
    Y", "et une à Y" count one at Y, in the field of the event's first count."""
    position = word_at(sentence, mention.start)
    if not event.counts or position is None or position < 2 or \
            not sentence[position - 1].any_of(vocabulary.at_place):
        return []
    gapped = _gapped_number(sentence, position, vocabulary)
    if gapped is not None:
        at, value = gapped
        return [CountMention(mention.start, sentence[at].end, event.counts[0].field, value,
                             "exact")]
    at = position - 2
    if sentence[at].any_of(vocabulary.others):
        at -= 1
    number = number_at(sentence, at, vocabulary) if at >= 0 else None
    if number is None or number[0] != at + 1 or number[2]:
        return []
    first = sentence[at]
    return [CountMention(first.start, mention.end, event.counts[0].field, int(number[1]),
                         "exact")]


def _gapped_number(sentence: list[Word], position: int, vocabulary: Vocabulary
                   ) -> tuple[int, int] | None:
    """The number a place at ``position`` stands before with the clause's verb left
    out, as lists of places give their counts ("задержаны 40 человек, в Уфе — 25", "40
    personnes interpellées à Lyon, à Nantes 25"): its last word's index and value."""
    at = position + 1
    if at >= len(sentence) or sentence[at].gap.strip() not in ("", "—", "–", "-", ","):
        return None
    number = number_at(sentence, at, vocabulary)
    if number is None or number[2] or not 0 < number[1] < MAX_COUNT or (
            sentence[at].text.isdigit() and len(sentence[at].text) == 4):
        return None
    end = number[0]
    if end < len(sentence) and sentence[end].any_of(vocabulary.person_words):
        end += 1
    if end < len(sentence) and not any(c in CLAUSE_ENDS or c == "," for c in
                                       sentence[end].gap):
        return None
    return end - 1, int(number[1])


def place_event(text: str, event: EventDraft, sites: list[Mention],
                index: places.MentionIndex, sentence: list[Word], span: Span,
                vocabulary: Vocabulary, published: date | None = None) -> None:
    """Put ``event`` at the best of its sentence's ``sites``; else at the report's own
    capital when the sentence says "the capital" ("в столице", "dans la capitale") and
    the report names it; else at the story's city; else at the report's main place."""
    if not sites and any(w.any_of(vocabulary.capital_words) for w in sentence):
        # named in any role: "the police of Paris said" names the capital too
        sites = [replace(m, role="location") for m in index.mentions
                 if m.place is not None and m.kind != "demonym"
                 and m.place.country == index.main_country and m.place.kind == "city"
                 and is_news_capital(m.place.id, m.place.country, m.place.feature_code,
                                     published)][:1]
    # A place that only gives its own number to the clause's verb ("..., в Уфе — 25")
    # is another scene of the event (:func:`other_scenes`), not its place.
    own = [m for m in sites if (at := word_at(sentence, m.start)) is None
           or _gapped_number(sentence, at, vocabulary) is None]
    sites = own or sites
    if sites:
        trigger = event.trigger[0]
        best = max(sites, key=lambda m: _site_score(m, trigger, sentence, vocabulary))
        event.location, event.geo_precision = best, places.geo_precision(best)
        event.confidence += 0.1
        return
    event.place_from_context = True
    # The story's city: a town, not an airport or a landmark named in passing.
    before = [m for m in index.within(0, span[0]) if places.is_site(m)
              and places.geo_precision(m) < 3 and m.place.kind in _TOWN_KINDS
              and m.place.country in ("", index.main_country)
              and not _bracketed(text, m, index)]
    focus = before[-1] if before else None
    # The story's city is the first of the last list it named ("à Lyon, Vienne,
    # Givors et Oullins"), the one news names first.
    while focus is not None and before.index(focus) > 0:
        previous = before[before.index(focus) - 1]
        if not vocabulary.list_gap.fullmatch(text[previous.end:focus.start]):
            break
        focus = previous
    if any(w.any_of(vocabulary.country_words) for w in sentence):
        # "по всей стране", "dans tout le pays": the country, where the report names it
        focus = next((m for m in index.mentions if places.is_site(m) and m.place.kind
                      == "country" and m.place.country == index.main_country), None)
        if focus is not None:
            event.location, event.geo_precision = focus, 3
            return
    elif any(w.any_of(vocabulary.region_words) for w in sentence):
        # "в регион переброшены войска", "dans la province": the region named last
        region = next((m for m in reversed(index.within(0, span[0])) if places.is_site(m)
                       and m.place.kind == "admin1"
                       and m.place.country in ("", index.main_country)), None)
        if region is not None:
            event.location, event.geo_precision = region, 3
            return
    if focus is not None:
        event.location, event.geo_precision = focus, 2
    elif index.main is not None:
        event.location = index.main
        event.geo_precision = 3 if places.geo_precision(index.main) == 3 else 2
        event.confidence -= 0.2


def _site_score(mention: Mention, trigger: int, sentence: list[Word],
                vocabulary: Vocabulary) -> float:
    position = word_at(sentence, mention.start)
    score = -abs(mention.start - trigger) / 200
    if position is not None and position > 0 and \
            sentence[position - 1].any_of(vocabulary.at_place):
        score += 2
    trigger_at = word_at(sentence, trigger)
    if position is not None and trigger_at is not None and \
            clause_start(sentence, position) == clause_start(sentence, trigger_at):
        score += 1
    if mention.start > trigger:
        score += 0.5
    if places.geo_precision(mention) == 3:
        score -= 0.75  # a city the sentence names says more than its country
    return score


def one_per_place(text: str, event: EventDraft, index: places.MentionIndex,
                   sentence: list[Word], vocabulary: Vocabulary) -> list[EventDraft]:
    """Copies of an event for the other places of the list its place is in ("в Алматы,
    Шымкенте и Актобе", "à Paris, Lyon et Marseille"); the counts stay on the first."""
    if event.location is None or event.place_from_context:
        return []
    sites = [m for m in index.within(sentence[0].start, sentence[-1].end)
             if places.is_site(m)] if sentence else []
    group = _group(text, event.location, sites, vocabulary)
    if len(group) < 2 or _districts(group, sentence, vocabulary):
        return []
    shared = bool(event.counts)
    # "задержаны 12 и 8 человек соответственно": the counts, in order, one a place
    each = sorted(event.counts, key=lambda c: (c.start, c.end))
    if len(each) == len(group) and len({c.field for c in each}) == 1 and \
            any(w.any_of(vocabulary.distributive) for w in sentence):
        for mention, count in zip(group, each, strict=True):
            if mention is event.location:
                event.counts = [count]
        shared = False
    else:
        each = []
    event.counts_shared = shared
    copies = [replace(event, location=m, geo_precision=places.geo_precision(m),
                      counts=[each[group.index(m)]] if each else [],
                      actors=list(event.actors), evidence=list(event.evidence))
              for m in group if m is not event.location]
    if each:
        return copies
    if group[0] is not event.location:
        copies[0].counts, event.counts = event.counts, []
    return copies


def _group(text: str, mention: Mention, sites: list[Mention], vocabulary: Vocabulary
           ) -> list[Mention]:
    """The list of places ``mention`` is in ("в Бресте, Гомеле и Гродно"), in order."""
    if mention not in sites:
        return [mention]
    at = sites.index(mention)
    group = [mention]
    for step in (-1, 1):
        n = at
        while 0 <= n + step < len(sites):
            a, b = sorted((sites[n], sites[n + step]), key=lambda m: m.start)
            if not _joined_places(text, a, b, vocabulary):
                break
            n += step
            group.append(sites[n])
    return sorted(group, key=lambda m: m.start)


def _districts(group: list[Mention], sentence: list[Word], vocabulary: Vocabulary) -> bool:
    """Whether a list of places names a town's districts ("районы Бирюлёво, Капотня и
    Марьино"): one scene, not a row for each."""
    position = word_at(sentence, group[0].start)
    return position is not None and any(
        w.any_of(vocabulary.district_words) for w in sentence[max(0, position - 2):position])


def _joined_places(text: str, a: Mention, b: Mention, vocabulary: Vocabulary) -> bool:
    between = text[a.end:b.start]
    if any(c in ".;:!?()" for c in between) or len(between) > 30:
        return False
    words = vocabulary.words(between)
    return all(w.any_of(vocabulary.list_joints) or w.any_of(vocabulary.at_place)
               for w in words)
