"""Events from Russian and French reports: a lexicon-driven detector.

English's detector (:mod:`geo.events.detect`) is a large set of English regular
expressions over clauses, tuned on English wording; translating it rule by rule would
give two more such sets to keep in step. Here one detector reads any language given
its :class:`~geo.events.vocabulary.Vocabulary` (:mod:`geo.events.lexicon_ru`,
:mod:`geo.events.lexicon_fr`): words are matched by their dictionary forms, so one entry
covers every inflection. What it finds goes through the machinery English uses after
its triggers: :class:`~geo.events.draft.EventDraft` and
:func:`~geo.events.draft.to_incident`, the English rules' ACLED and PLOVER types
(:data:`geo.events.rules.RULES`, by name), :func:`geo.events.merge.merge` for the rows
of one event, and the place helpers of :mod:`geo.events.places`. So the output columns
and categories are the English ones; the evidence is the original text.

Per sentence: the triggers found (each rule's first), typed by the sentence and the
document (clashes in a report of protests are riots; arson in one is a violent
demonstration; a protest met by force is one of intervention or excessive force); each
trigger's status from the words before it in its clause (negation, a plan, a threat, a
denial, a verb in the future); the counts (:mod:`geo.events.lexical_counts`) given to
the event that takes them; the date (:mod:`geo.events.lexical_dates`) nearest the
trigger that is not a statement's, else the story's current day (the last day an event
was dated to, within a week of publication), else the publication date (precision 2);
the place: a site in the sentence, best after a place preposition in the trigger's
clause, else the story's last city, else the report's main place. A place that speaks
("Москва заявила", "Paris a condamné"), the seat of a speaking body ("в МВД Казахстана
сообщили", "le ministère ... du Mali a indiqué"), a base ("une ONG basée à Genève") or
an origin ("из Алматы") is never a site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from geo.events import places
from geo.events.clauses import Span, sentence_spans
from geo.events.counts import CountMention
from geo.events.draft import EventDraft, to_incident
from geo.events.lexical_counts import find_counts
from geo.events.lexical_dates import find_dates
from geo.events.merge import merge, without_summaries
from geo.events.rules import PROTESTS, RIOTS, RULES, STRATEGIC, VIOLENCE
from geo.events.tallies import takes_casualties
from geo.events.vocabulary import Trigger, Vocabulary, Word
from geo.model import Incident, Mention, Status

__all__ = ["detect_lexical_events"]

_RULES = {rule.name: rule for rule in RULES}
_INTERVENTION = Trigger("intervention", ())
_CLAUSE_ENDS = frozenset(",;:—–()\"«»")
# How many words before a trigger its status cues may stand.
_CUE_REACH = 6
_NEWS_WINDOW = 7
_SENTENCE_END = re.compile(r"(?<=[.!?…»])\s+(?=[«\"(]?[^\W\d_a-zà-ÿа-яё])|\n\s*\n")
# A dateline: a city in capitals, a region in brackets, a date, an agency, a dash.
_DATELINE = re.compile(r"\s*[^\W\d_a-zà-ÿа-яё][^\W\da-zà-ÿа-яё]{2,}(?:[ '’-][^\W\d_a-zà-ÿа-яё]+)*"
                       r"(?:\s*\([^)\n]{1,40}\))?,\s*[^\n—–]{0,40}?(?:\s*—|\s*–|\s-\s|\.\s)")
# Auxiliaries between a speaking place and its verb ("Paris a condamné").
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "t",
                          "il", "elle", "s", "est", "se"})
_BE = frozenset({"быть"})
# What joins the places of a list: a comma, "и", "et".
_LIST_GAP = re.compile(r"\s*(?:,|и|et|,\s*et)\s*")
# Words that open a clause of their own after a trigger ("..., если ... не будут").
_SUBORDINATORS = frozenset({"если", "что", "чтобы", "когда", "хотя", "si", "que", "qu",
                            "quand", "lorsque"})
# Articles and particles between a preposition and a name ("dans toute la France").
_ARTICLES = frozenset({"la", "le", "l", "les", "de", "d", "du", "des"})
# Rules a stronger reading of the same crowd replaces in one sentence.
_REPLACED = {"riot": {"protest", "intervention", "blockade", "crowd_violence"},
             "crowd_violence": {"protest", "intervention", "blockade"},
             "excessive_force": {"protest", "intervention", "blockade"},
             "intervention": {"protest", "blockade"}}


def detect_lexical_events(text: str, mentions: Sequence[Mention],
                          sentences: Iterable | None, published: date | None,
                          vocabulary: Vocabulary, *, keep_all: bool = False
                          ) -> list[Incident]:
    """Find the incidents a report in ``vocabulary``'s language tells (the arguments
    are those of :func:`geo.events.detect.detect_events`)."""
    spans = sentence_spans(text, sentences) if sentences is not None else _split(text)
    words = vocabulary.words(text)
    mentions = _refined_roles(text, [m for m in mentions
                                     if not _not_a_place(m, words, vocabulary)],
                              words, vocabulary)
    index = places.MentionIndex(mentions)
    unrest = any(w.any_of(vocabulary.crowd) for w in words)
    story = _Story(published)
    events: list[EventDraft] = []
    for number, span in enumerate(spans):
        sentence = [w for w in words if span[0] <= w.start < span[1]]
        found = _sentence_events(text, sentence, span, number, vocabulary, unrest, events,
                                 published)
        dates = [d for d in find_dates(sentence, vocabulary, published, story.current)
                 if not _of_statement(d, sentence, vocabulary) and d.kind != "until"
                 and d.start >= _dateline(text)]
        sites = _candidate_sites(text, span, index, sentence, vocabulary)
        scenes: list[EventDraft] = []
        for event in found:
            event.evidence = [span]
            _place(event, sites, index, sentence, span, vocabulary)
            story.date(event, dates, event.trigger[0])
            scenes.append(event)
            scenes.extend(_other_scenes(text, event, sites, index, sentence, dates, story,
                                        vocabulary))
        story.narrate(dates)
        for event in scenes:
            events.extend(_one_per_place(text, event, index, sentence, vocabulary))
        events.extend(scenes)
    events.sort(key=lambda e: (e.sentence, e.trigger[0]))
    return [to_incident(text, event) for event in without_summaries(merge(events))
            if keep_all or event.status == "occurred"]


def _sentence_events(text: str, sentence: list[Word], span: Span, number: int,
                     vocabulary: Vocabulary, unrest: bool, before: list[EventDraft],
                     published: date | None) -> list[EventDraft]:
    hits = _hits(sentence, vocabulary, unrest)
    if any(w.any_of(vocabulary.festive) for w in sentence):
        hits = [hit for hit in hits if hit[0].rule != "protest"]  # fans celebrating
    counts = [c for c in find_counts(sentence, vocabulary) if not c.cumulative]
    if not hits and not counts:
        return []
    names = {trigger.rule for trigger, _, _ in hits}
    if "arrest" in names and "protest" in names and unrest:
        # ACLED: a protest whose people the police detain is one with intervention
        names.add("intervention")
        hits = [(_INTERVENTION, first, last) if trigger.rule == "protest" else
                (trigger, first, last) for trigger, first, last in hits]
    events: list[EventDraft] = []
    for trigger, first, last in hits:
        rule_name = trigger.with_crowd if trigger.with_crowd and unrest else trigger.rule
        if any(rule_name in _REPLACED.get(other, ()) for other in names) or \
                (rule_name == "casualties" and len(hits) > 1 and any(
                    takes_casualties(_RULES[t.rule].event_type) for t, _, _ in hits
                    if t.rule != "casualties")):
            continue
        if rule_name == "intervention" and not unrest:
            continue
        if any(w.any_of(vocabulary.condemning) for w in sentence[max(0, first - 4):first]):
            continue  # "осудили насилие", "a condamné les violences": told already
        rule = _RULES[rule_name]
        event_type, sub_event_type = rule.event_type, rule.sub_event_type
        if rule_name == "arson" and unrest:
            if "riot" in names or "crowd_violence" in names:
                continue  # the riot of the sentence burned it: one event
            event_type, sub_event_type = RIOTS, "Violent demonstration"
        trigger_span = (sentence[first].start, sentence[last].end)
        event = EventDraft(rule, event_type, sub_event_type, trigger_span, span, number,
                           status=_status(sentence, first, last, vocabulary))
        event.actors = _actors(sentence, vocabulary)
        event.confidence = 0.5 if rule.weak else 0.7
        events.append(event)
    # "Riots in which protesters burned the town hall": a riot's arson is its subtype.
    if "arson" in names and unrest:
        for event in events:
            if event.event_type == RIOTS and event.rule.name in ("riot", "crowd_violence"):
                event.rule = _RULES["arson"]
    for count in counts:
        target = _count_target(events, count)
        if target is None and count.field in ("fatalities", "injured", "arrested"):
            # a count with no event of its own: a casualty report, or arrests told by
            # their count alone ("106 personnes arrêtées")
            rule = _RULES["casualties" if count.field != "arrested" else "arrest"]
            target = EventDraft(rule, rule.event_type, rule.sub_event_type,
                                (count.start, count.end), span, number,
                                status=_status(sentence, _word_at(sentence, count.start) or 0,
                                               _word_at(sentence, count.end - 1) or 0,
                                               vocabulary))
            target.confidence = 0.5
            events.append(target)
        if target is not None:
            target.counts.append(count)
    for event in events:
        # "Навальный был задержан", "M. Sonko a été interpellé": one person arrested
        if event.sub_event_type == "Arrests" and not event.counts and \
                not event.rule.weak and vocabulary.is_singular(
                    text[event.trigger[0]:event.trigger[1]].split()[-1]):
            event.counts.append(CountMention(event.trigger[0], event.trigger[1],
                                             "arrested", 1, "exact"))
    firing = any(w.any_of(vocabulary.firing) for w in sentence) and \
        any(w.any_of(vocabulary.forces) for w in sentence)
    for event in events:
        _type_by_force(event, firing, unrest)
    harmless = any(w.any_of(vocabulary.harmless) for w in sentence)
    # A bare "погибли"/"tués" with no count, or by no violence, is no event of its own.
    events = [e for e in events if not (e.rule.weak and (not e.counts or harmless))]
    return _fold_bare_tolls(events, before, number)


def _hits(sentence: list[Word], vocabulary: Vocabulary, unrest: bool
          ) -> list[tuple[Trigger, int, int]]:
    """Each rule's first trigger in the sentence (by word index)."""
    keys = {k for w in sentence for k in w.keys}
    hits: list[tuple[Trigger, int, int]] = []
    taken: set[str] = set()
    for position, word in enumerate(sentence):
        for trigger in {t for k in word.keys for t in vocabulary.first_words.get(k, ())}:
            if trigger.rule in taken or (trigger.needs and not trigger.needs & keys):
                continue
            if trigger.not_after and any(w.any_of(trigger.not_after)
                                         for w in sentence[max(0, position - 2):position]):
                continue
            if trigger.not_before and position + 1 < len(sentence) and \
                    sentence[position + 1].any_of(trigger.not_before):
                continue
            last = _phrase_end(sentence, position, trigger)
            if last is not None:
                hits.append((trigger, position, last))
                taken.add(trigger.rule)
    return sorted(hits, key=lambda hit: hit[1])


def _phrase_end(sentence: list[Word], position: int, trigger: Trigger) -> int | None:
    at = position
    for keys in trigger.words[1:]:
        nxt = next((i for i in range(at + 1, min(len(sentence), at + 2 + trigger.reach))
                    if sentence[i].any_of(keys)), None)
        if nxt is None:
            return None
        at = nxt
    return at


def _status(sentence: list[Word], first: int, last: int, vocabulary: Vocabulary) -> Status:
    start = _clause_start(sentence, first)
    before = sentence[max(start, first - _CUE_REACH):first]
    if any(w.any_of(vocabulary.denied) for w in sentence[:first]):
        return "reported-denied"
    if _negated(sentence, start, first, last, vocabulary):
        return "negated"
    if any(w.any_of(vocabulary.threatened) for w in before):
        return "threatened"
    near = sentence[max(start, first - 3):min(_clause_end(sentence, last), last + 5)]
    if any(w.any_of(vocabulary.planned) for w in before) or any(
            w.any_of(vocabulary.future) or w.any_of(vocabulary.planned)
            or vocabulary.is_future(w.text) for w in near):
        return "planned"
    return "occurred"


def _negated(sentence: list[Word], start: int, first: int, last: int,
             vocabulary: Vocabulary) -> bool:
    reach = 6 if vocabulary.language == "fr" else 3
    for at in range(max(start, first - reach), first):
        word = sentence[at]
        if not word.any_of(vocabulary.negation):
            continue
        between = sentence[at + 1:first + 1]
        if any(w.any_of(vocabulary.not_negating) for w in between):
            continue
        if vocabulary.language == "fr" and word.text.lower() in ("ne", "n"):
            # "ne" negates with its second word: "n'ont pas manifesté"
            if not any(w.text.lower() in ("pas", "plus", "jamais", "aucun", "aucune",
                                          "guère", "point") for w in between):
                continue
        return True
    # "митинг не состоялся", "столкновений ... не было": a noun trigger, then the
    # negated verb in its clause
    if vocabulary.language != "ru":
        return False
    after = sentence[last + 1:min(_clause_end(sentence, last), last + 6)]
    stop = next((n for n, w in enumerate(after) if w.text.lower() in _SUBORDINATORS),
                len(after))
    after = after[:stop]
    if any(w.text.lower() in ("не", "нет") and not any(
            v.any_of(vocabulary.not_negating) for v in after[n + 1:n + 2])
            for n, w in enumerate(after)):
        return True
    # "Жертв и столкновений, по данным полиции, не было": across an aside
    tail = sentence[last + 1:last + 9]
    return any(w.text.lower() == "не" and n + 1 < len(tail) and tail[n + 1].any_of(_BE)
               for n, w in enumerate(tail))


def _clause_start(sentence: list[Word], index: int) -> int:
    while index > 0 and not any(c in _CLAUSE_ENDS for c in sentence[index].gap):
        index -= 1
    return index


def _clause_end(sentence: list[Word], index: int) -> int:
    index += 1
    while index < len(sentence) and not any(c in _CLAUSE_ENDS for c in sentence[index].gap):
        index += 1
    return index


def _actors(sentence: list[Word], vocabulary: Vocabulary) -> list[str]:
    found = [vocabulary.actors[k] for w in sentence for k in w.keys if k in vocabulary.actors]
    return list(dict.fromkeys(found))


def _count_target(events: list[EventDraft], count: CountMention) -> EventDraft | None:
    ordered = sorted(events, key=lambda e: e.status != "occurred")
    if count.field == "checkpoints":
        wanted = [e for e in ordered if e.rule.subtype == "checkpoint"]
    elif count.field == "arrested":
        wanted = [e for e in ordered if e.sub_event_type == "Arrests"]
    else:
        wanted = [e for e in ordered if takes_casualties(e.event_type)]
    return wanted[0] if wanted else None


def _type_by_force(event: EventDraft, firing: bool, unrest: bool) -> None:
    """Deaths or wounds by the forces' fire in unrest are excessive force against the
    crowd; a protest with casualties and no fire told turned violent."""
    casualties = any(c.field in ("fatalities", "injured") for c in event.counts)
    if event.rule.weak and firing and unrest:
        event.event_type, event.sub_event_type = PROTESTS, "Excessive force against protesters"
    elif event.event_type == PROTESTS and casualties and firing:
        event.sub_event_type = "Excessive force against protesters"
    elif event.event_type == PROTESTS and event.sub_event_type == "Peaceful protest" \
            and casualties:
        event.event_type, event.sub_event_type = RIOTS, "Violent demonstration"


def _fold_bare_tolls(events: list[EventDraft], before: list[EventDraft],
                     number: int) -> list[EventDraft]:
    """A sentence that only counts the dead or hurt ("Погибли 12 человек.") gives its
    counts to the event the sentence before told, if it takes them."""
    if not any(e.rule.weak for e in events) or any(
            not e.rule.weak and takes_casualties(e.event_type) for e in events):
        return events
    host = next((e for e in reversed(before) if e.sentence >= number - 2
                 and not e.rule.weak and e.status == "occurred"
                 and takes_casualties(e.event_type)), None)
    if host is None:
        return events
    for event in events:
        if event.rule.weak:
            host.counts.extend(event.counts)
    _type_by_force(host, False, False)
    return [e for e in events if not e.rule.weak]


def _not_a_place(mention: Mention, sentence: list[Word], vocabulary: Vocabulary) -> bool:
    """A street's or a square's name ("проспект Абая", "rue de Rivoli"), or a word of
    the language that only looks like a name ("По данным", "en mai")."""
    lower = mention.text.lower()
    if lower in vocabulary.months or lower in vocabulary.weekdays or \
            lower in vocabulary.at_place or lower in vocabulary.date_words:
        return True
    return _governed(mention, sentence, vocabulary, vocabulary.street_words)


def _governed(mention: Mention, sentence: list[Word], vocabulary: Vocabulary,
              words: frozenset[str] | None = None) -> bool:
    """Whether a place preposition (or one of ``words``) stands right before the
    mention ("в Минске", "à Dakar"; skipping French articles): a place of another
    country named without one modifies a noun ("флагами Украины", "drapeaux de
    l'Azerbaïdjan"), it is no site."""
    position = _word_at(sentence, mention.start)
    if position is None:
        return False
    wanted = vocabulary.at_place if words is None else words
    for before in reversed(sentence[max(0, position - 3):position]):
        if before.any_of(wanted):
            return True
        if before.text.lower() not in _ARTICLES:
            return False
    return False


def _candidate_sites(text: str, span: Span, index: places.MentionIndex,
                     sentence: list[Word], vocabulary: Vocabulary) -> list[Mention]:
    """The sites a sentence names: after a place preposition, or a city of the report's
    country; not the dateline's city (where the report was filed)."""
    floor = max(span[0], _dateline(text))
    named = [m for m in index.within(floor, span[1]) if places.is_site(m)]
    sites = [m for m in named if _governed(m, sentence, vocabulary) or (
        m.place.country == index.main_country and places.geo_precision(m) < 3)]
    # "в десятках городов России", "dans toute la France": an area after an area word
    return sites or [m for m in named if _governed(m, sentence, vocabulary,
                                                   vocabulary.area_words)]


def _other_scenes(text: str, event: EventDraft, sites: list[Mention],
                  index: places.MentionIndex, sentence: list[Word], dates: list,
                  story: "_Story", vocabulary: Vocabulary) -> list[EventDraft]:
    """The same event at the other places its sentence puts things at: "акции прошли в
    Атырау и Уральске, а во вторник — в Актобе", "des heurts à Nanterre, puis à Lille"
    (each dated by the date nearest its place). Not a measure's (one decree, its
    places listed together), nor a place of another country than the event's."""
    if event.location is None or event.place_from_context or \
            event.rule.subtype in ("curfew", "state_of_emergency"):
        return []
    country = event.location.place.country
    group = _group(text, event.location, sites, vocabulary)
    copies = []
    for mention in sites:
        if mention in group or mention.place.country != country or \
                not _governed(mention, sentence, vocabulary) or \
                mention.place.id == event.location.place.id:
            continue
        copy = replace(event, location=mention, geo_precision=places.geo_precision(mention),
                       counts=[], actors=list(event.actors), evidence=list(event.evidence))
        story.date(copy, dates, mention.start)
        group += _group(text, mention, sites, vocabulary)
        copies.append(copy)
    return copies


def _place(event: EventDraft, sites: list[Mention], index: places.MentionIndex,
           sentence: list[Word], span: Span, vocabulary: Vocabulary) -> None:
    if sites:
        trigger = event.trigger[0]
        best = max(sites, key=lambda m: _site_score(m, trigger, sentence, vocabulary))
        event.location, event.geo_precision = best, places.geo_precision(best)
        event.confidence += 0.1
        return
    event.place_from_context = True
    focus = next((m for m in reversed(index.within(0, span[0]))
                  if places.is_site(m) and places.geo_precision(m) < 3
                  and m.place.country in ("", index.main_country)), None)
    if any(w.any_of(vocabulary.country_words) for w in sentence):
        focus = None  # "по всей стране", "dans tout le pays": the country
    if focus is not None:
        event.location, event.geo_precision = focus, 2
    elif index.main is not None:
        event.location = index.main
        event.geo_precision = 3 if places.geo_precision(index.main) == 3 else 2
        event.confidence -= 0.2


def _site_score(mention: Mention, trigger: int, sentence: list[Word],
                vocabulary: Vocabulary) -> float:
    position = _word_at(sentence, mention.start)
    score = -abs(mention.start - trigger) / 200
    if position is not None and position > 0 and \
            sentence[position - 1].any_of(vocabulary.at_place):
        score += 2
    trigger_at = _word_at(sentence, trigger)
    if position is not None and trigger_at is not None and \
            _clause_start(sentence, position) == _clause_start(sentence, trigger_at):
        score += 1
    if mention.start > trigger:
        score += 0.5
    if places.geo_precision(mention) == 3:
        score -= 0.75  # a city the sentence names says more than its country
    return score


def _word_at(words: list[Word], offset: int) -> int | None:
    return next((i for i, w in enumerate(words) if w.start <= offset < w.end), None)


def _one_per_place(text: str, event: EventDraft, index: places.MentionIndex,
                   sentence: list[Word], vocabulary: Vocabulary) -> list[EventDraft]:
    """Copies of an event for the other places of the list its place is in ("в Алматы,
    Шымкенте и Актобе", "à Paris, Lyon et Marseille"); the counts stay on the first."""
    if event.location is None or event.place_from_context:
        return []
    sites = [m for m in index.within(sentence[0].start, sentence[-1].end)
             if places.is_site(m)] if sentence else []
    group = _group(text, event.location, sites, vocabulary)
    if len(group) < 2:
        return []
    shared = bool(event.counts)
    event.counts_shared = shared
    copies = [replace(event, location=m, geo_precision=places.geo_precision(m), counts=[],
                      actors=list(event.actors), evidence=list(event.evidence))
              for m in group if m is not event.location]
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


def _joined_places(text: str, a: Mention, b: Mention, vocabulary: Vocabulary) -> bool:
    between = text[a.end:b.start]
    if any(c in ".;:!?()" for c in between) or len(between) > 30:
        return False
    words = vocabulary.words(between)
    return all(w.any_of(vocabulary.list_joints) or w.any_of(vocabulary.at_place)
               for w in words)


def _refined_roles(text: str, mentions: Sequence[Mention], words: list[Word],
                   vocabulary: Vocabulary) -> list[Mention]:
    """The mentions with the roles their words give them; a place listed after an
    origin ("из Шетпе и Бейнеу") is one too."""
    refined: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        mention = _refined_role(mention, words, vocabulary)
        previous = refined[-1] if refined else None
        between = text[previous.end:mention.start] if previous is not None else ""
        if previous is not None and previous.role == "origin" and \
                places.is_site(mention) and _LIST_GAP.fullmatch(between):
            mention = replace(mention, role="origin")
        refined.append(mention)
    return refined


def _refined_role(mention: Mention, words: list[Word], vocabulary: Vocabulary) -> Mention:
    """A speaking place, a speaking body's seat, a base or an origin is no site; but a
    body that tells its own plan ("активисты в Уральске заявили, что выйдут") acts where
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
    if first and words[first - 1].any_of(vocabulary.from_place):
        return replace(mention, role="origin")
    if any(w.any_of(vocabulary.based) for w in before):
        return replace(mention, role="actor")
    after = [w for w in words[last + 1:last + 5] if w.text.lower() not in _AUXILIARIES]
    same_clause = after and not any(c in _CLAUSE_ENDS for c in words[last + 1].gap)
    if same_clause and any(w.any_of(vocabulary.speaking) for w in after[:2]):
        plan = words[last + 2:last + 10]
        if not any(w.any_of(vocabulary.planned) or w.any_of(vocabulary.future)
                   or vocabulary.is_future(w.text) for w in plan):
            return replace(mention, role="actor")  # "Москва заявила", "Paris a condamné"
    body = next((i for i in range(first - 1, max(-1, first - 4), -1)
                 if words[i].any_of(vocabulary.bodies)), None)
    if body is not None:
        near = words[max(0, body - 4):body] + words[last + 1:last + 5]
        if any(w.any_of(vocabulary.speaking) for w in near):
            return replace(mention, role="actor")  # "в МВД Казахстана сообщили"
    return mention


def _of_statement(mention, sentence: list[Word], vocabulary: Vocabulary) -> bool:
    """A date right beside a verb of speech dates the statement ("заявил в среду")."""
    at = _word_at(sentence, mention.start)
    end = _word_at(sentence, mention.end - 1)
    if at is None or end is None:
        return False
    near = sentence[max(0, at - 2):at] + sentence[end + 1:end + 3]
    return any(w.any_of(vocabulary.speaking) for w in near)


def _split(text: str) -> list[Span]:
    """Sentences, when the parser gave none: a stop before a capital, or a blank line."""
    spans, start = [], 0
    for stop in _SENTENCE_END.finditer(text):
        spans.append((start, stop.start()))
        start = stop.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _dateline(text: str) -> int:
    """The end of a dateline ("АЛМАТЫ, 5 января —", "NANTERRE (Hauts-de-Seine), 28 juin
    (AFP) —"): its place is where the report was filed, its date the filing day."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


class _Story:
    """The story's current day: the last day an event that occurred was dated to, or
    that the narrative named; undated events within a week of publication take it."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.current: date | None = None

    def date(self, event: EventDraft, dates: list, at: int) -> None:
        """Date ``event`` by the date nearest ``at`` in its sentence, else by context."""
        if dates:
            best = min(dates, key=lambda d: abs(d.start - at))
            event.event_date, event.event_date_end = best.date, best.last
            event.time_precision = best.precision
            if event.status == "occurred" and self.published is not None and \
                    best.date > self.published:
                event.event_date, event.event_date_end = self.published, None
                event.time_precision = 2
            elif event.status in ("planned", "threatened") and best.kind == "weekday" and \
                    self.published is not None and 0 < (self.published - best.date).days:
                # a weekday of something to come is the next one, not the last
                event.event_date = best.date + timedelta(days=7)
            return
        event.date_from_context = True
        if self.current is not None and self.published is not None and \
                0 <= (self.published - self.current).days < _NEWS_WINDOW:
            event.event_date, event.time_precision = self.current, 2
        elif self.published is not None:
            event.event_date, event.time_precision = self.published, 2

    def narrate(self, dates: list) -> None:
        """Move the current day to the last day the sentence names (not to come)."""
        told = [d for d in dates if self.published is None or d.date <= self.published]
        if told:
            last = told[-1]
            self.current = last.last or last.date
