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

Per sentence: the triggers found (each rule's first), typed by the sentence and the document
(clashes in a report of protests are riots; arson in one is a violent demonstration; a protest
met by force is one of intervention or excessive force); each trigger's status from the words
around it in its clause (:mod:`geo.events.lexical_status`: negation, a plan, a threat, a denial,
a verb in the future); the counts (:mod:`geo.events.lexical_counts`) given to the event that
takes them; the date (:mod:`geo.events.lexical_dates`) nearest the trigger that is not a
statement's, else the story's current day (the last day an event was dated to, within a week of
publication), else the publication date (precision 2), and then, for a row that happened, the
day a learned model chooses among those the report offers (:mod:`geo.events.date_choice`); the
place (:mod:`geo.events.lexical_places`): a site in the sentence, best after a place preposition
in the trigger's clause, else the story's last city, else the report's main place; then the
tolls and riots told over several sentences are folded (:mod:`geo.events.lexical_folds`). A
place that speaks ("Москва заявила", "Paris a condamné"), the seat of a speaking body ("в МВД
Казахстана сообщили", "le ministère ... du Mali a indiqué"), a base ("une ONG basée à Genève")
or an origin ("из Алматы") is never a site.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from geo.events import keep, lexical_folds, lexical_places, lexical_roles, places
from geo.events.clauses import Span, sentence_spans
from geo.events.counts import CountMention
from geo.events.date_choice import choose_dates
from geo.events.draft import EventDraft, Trace, to_incident, traced
from geo.events.lexical_counts import find_counts, one_person_object, told_as_cause
from geo.events.lexical_dates import find_dates, named_to_come, of_statement
from geo.events.lexical_hits import sentence_hits, stood_against
from geo.events.lexical_status import trigger_status
from geo.events.lexical_story import Story, to_come
from geo.events.rules import PROTESTS, RIOTS, RULES
from geo.events.tallies import count_target, take_updated_figures, takes_casualties
from geo.events.vocabulary import CLAUSE_ENDS, Trigger, Vocabulary, Word, word_at
from geo.model import Incident, Mention

__all__ = ["detect_lexical_events"]

_RULES = {rule.name: rule for rule in RULES}
_INTERVENTION = Trigger("intervention", ())
# Rules a stronger reading of the same crowd replaces in one sentence.
_REPLACED = {"riot": {"protest", "intervention", "blockade", "crowd_violence"},
             "crowd_violence": {"protest", "intervention", "blockade"},
             "excessive_force": {"protest", "intervention", "blockade"},
             "intervention": {"protest", "blockade"}}


def detect_lexical_events(text: str, mentions: Sequence[Mention],
                          sentences: Iterable | None, published: date | None,
                          vocabulary: Vocabulary, *, keep_all: bool = False,
                          trace: Trace | None = None, learned_dates: bool = True,
                          learned_keep: bool = True) -> list[Incident]:
    """Find the incidents a report in ``vocabulary``'s language tells (the arguments
    are those of :func:`geo.events.detect.detect_events`)."""
    spans = lexical_places.by_paragraph(text, sentence_spans(text, sentences)) \
        if sentences is not None else lexical_places.split_sentences(text)
    words = vocabulary.words(text)
    mentions = lexical_roles.without_non_places(
        lexical_roles.refined_roles(text, mentions, words, vocabulary), words, vocabulary)
    index = places.MentionIndex(mentions)
    unrest = any(w.any_of(vocabulary.crowd) for w in words)
    report = frozenset(k for w in words for k in w.keys)
    story = Story(published)
    events: list[EventDraft] = []
    updates: list[CountMention] = []
    told_before: frozenset[str] = frozenset()  # the keys of the sentence before
    for number, span in enumerate(spans):
        sentence = [w for w in words if span[0] <= w.start < span[1]]
        told = frozenset(k for w in sentence for k in w.keys)
        # (a day after publication dates no statement: "объявил забастовку 23 марта")
        dates = [d for d in find_dates(sentence, vocabulary, published, story.current,
                                       story.night_end)
                 if not (of_statement(d, sentence, vocabulary) and not to_come(d, published))
                 and d.kind != "until"
                 and d.start >= lexical_places.dateline_end(text)
                 and not lexical_places.in_byline(text, d.start)]
        story.ahead = frozenset(d.start for d in dates if named_to_come(d, sentence,
                                                                        vocabulary))
        sites = lexical_places.candidate_sites(text, span, index, sentence, vocabulary)
        # (a court's verdict names its charges: "Суд приговорил ... за участие в беспорядках")
        found = [] if lexical_roles.tells_a_verdict(sentence, vocabulary) else _sentence_events(
            text, sentence, span, number, vocabulary, unrest, (report, told | told_before),
            events, dates[0].date if dates else story.current, {m.place.id for m in sites},
            updates)
        told_before = told
        scenes: list[EventDraft] = []
        for event in found:
            event.evidence = [span]
            lexical_places.place_event(text, event, sites, index, sentence, span, vocabulary,
                                       published)
            story.date(event, dates, event.trigger[0])
            if event.date_from_story and _done_again(sentence, event, vocabulary):
                # "Полиция вновь разогнала акцию", "a de nouveau dispersé": a new
                # event of the day the story has reached, not one told of another day
                event.date_from_context = False
            scenes.append(event)
            scenes.extend(lexical_places.other_scenes(
                text, event, sites, index, sentence,
                lambda copy, at, found=dates: story.date(copy, found, at), vocabulary))
        story.narrate(dates)
        folded = lexical_folds.fold_toll_told_before(events, scenes, number)
        events = [e for e in events if all(e is not f for f in folded)]
        for event in scenes:
            events.extend(lexical_places.one_per_place(text, event, index, sentence, vocabulary))
        events.extend(scenes)
    events.sort(key=lambda e: (e.sentence, e.trigger[0]))
    # An event told by its year alone ("в 2004–2005 годах ... были убиты") is background
    # that the report recalls, as in English.
    events = lexical_folds.one_riot_a_day(
        traced(trace, "drafted", [e for e in events if not e.background]))
    events = traced(trace, "merge", lexical_folds.merged(traced(trace, "detected", events)))
    if learned_dates:  # out of sample it beats the rules in RU/FR only (docs/benchmarks.md)
        choose_dates(text, events, published, vocabulary)  # (it dates occurred rows only)
    # (before the unreal rows go: they are evidence too, in either mode)
    keep.describe(text, events, mentions, spans, published)
    if learned_keep:
        keep.doubt(events)
    events = [event for event in events if keep_all or event.status == "occurred"]
    take_updated_figures(text, events, updates, spans, index)
    return [to_incident(text, event) for event in traced(trace, "incidents", events)]


def _sentence_events(text: str, sentence: list[Word], span: Span, number: int,
                     vocabulary: Vocabulary, unrest: bool,
                     keys: tuple[frozenset[str], frozenset[str]],
                     before: list[EventDraft], day: date | None, sites: set[str],
                     updates: list[CountMention]) -> list[EventDraft]:
    # (``keys``: of the whole report, and of this sentence and the one before;
    # ``updates`` gathers the tallies told again at a new figure.)
    # Clashes in a report of unrest, or with the police, are a crowd's: riots; but
    # troops against troops, with no crowd told, are an armed clash.
    actors = set(_actors(sentence, vocabulary))
    crowd = any(w.any_of(vocabulary.crowd) for w in sentence)
    unrest = crowd or "police" in actors or (unrest and "army" not in actors)
    hits = sentence_hits(sentence, vocabulary, *keys, told=lambda first, last: trigger_status(
        sentence, first, last, vocabulary) == "occurred")
    if any(w.any_of(vocabulary.festive) for w in sentence):
        hits = [hit for hit in hits if hit[0].rule != "protest"]  # fans celebrating
    # "акция против арестов": the acts a crowd stands against are its topic (not a
    # crowd: "a dénoncé la force contre des manifestants")
    unrest_at = frozenset(n for hit in hits if _RULES[hit[0].rule].event_type in (PROTESTS, RIOTS)
                          for n in range(hit[1], hit[2] + 1))
    hits = [hit for hit in hits if _RULES[hit[0].rule].event_type in (PROTESTS, RIOTS)
            or not stood_against(sentence, hit[1], vocabulary, unrest_at)]
    counts = find_counts(sentence, vocabulary)
    updates.extend(c for c in counts if c.updates)
    # (nor is a count read up to them: "Un rassemblement contre les arrestations")
    counts = [c for c in counts if not c.cumulative and not stood_against(
        sentence, word_at(sentence, c.end - 1) or 0, vocabulary, unrest_at)]
    counts += _one_casualty(sentence, hits, counts, vocabulary)
    if not hits and not counts:
        return []
    # (the dead of a killer named are no bare toll: "des inconnus ont tué deux personnes";
    # and an attack of unknown or armed men stays an attack in a report of unrest:
    # "неизвестные обстреляли автомобиль", "des inconnus ont attaqué le siège du parti")
    killer = lexical_folds.named_killer(sentence, vocabulary)
    crowds = unrest and not killer
    # The readings that replace weaker ones of the same crowd: those that happened.
    names = {trigger.with_crowd if trigger.with_crowd and crowds else trigger.rule
             for trigger, first, last in hits
             if trigger_status(sentence, first, last, vocabulary) == "occurred"}
    # A crowd that burns things is no peaceful one: its arson replaces a protest too.
    replacers = names | ({"crowd_violence"} if "arson" in names and unrest else set())
    if "arrest" in names and "protest" in names and unrest:
        # ACLED: a protest whose people the police detain is one with intervention
        names.add("intervention")
        hits = [(_INTERVENTION, first, last) if trigger.rule == "protest" else
                (trigger, first, last) for trigger, first, last in hits]
    events: list[EventDraft] = []
    for trigger, first, last in hits:
        rule_name = trigger.with_crowd if trigger.with_crowd and crowds else trigger.rule
        if any(rule_name in _REPLACED.get(other, ()) for other in replacers) or \
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
                           status=trigger_status(sentence, first, last, vocabulary))
        event.actors = _actors(sentence, vocabulary)
        event.confidence = 0.5 if rule.weak else 0.7
        events.append(event)
    # "Riots in which protesters burned the town hall": a riot's arson is its subtype.
    if "arson" in names and unrest:
        for event in events:
            if event.event_type == RIOTS and event.rule.name in ("riot", "crowd_violence"):
                event.rule = _RULES["arson"]
    for count in counts:
        target = count_target(events, count)
        if target is None and count.field in ("fatalities", "injured", "arrested"):
            # a count with no event of its own: a casualty report, or arrests told by
            # their count alone ("106 personnes arrêtées")
            rule = _RULES["casualties" if count.field != "arrested" else "arrest"]
            target = EventDraft(rule, rule.event_type, rule.sub_event_type,
                                (count.start, count.end), span, number,
                                status=trigger_status(sentence, word_at(sentence, count.start) or 0,
                                               word_at(sentence, count.end - 1) or 0,
                                               vocabulary))
            target.confidence = 0.5
            events.append(target)
        if target is not None:
            target.counts.append(count)
    for event in events:
        # "Навальный был задержан", "M. Sonko a été interpellé": one person arrested
        # (told by the participle, not by its auxiliary: "a été arrêté"; "personne n'a
        # été interpellé" tells nobody)
        at = word_at(sentence, event.trigger[0]) or 0
        last = word_at(sentence, event.trigger[1] - 1) or at
        word = next((w for w in sentence[at:last + 1]
                     if w.text.lower() not in vocabulary.light_words), sentence[at])
        if event.sub_event_type == "Arrests" and not event.counts and \
                event.status != "negated" and not event.rule.weak and (
                    (vocabulary.is_singular(word.text) and not any(
                        w.text.lower() in vocabulary.plural_auxiliaries
                        for w in sentence[max(0, at - 2):at]))
                    or one_person_object(sentence, at, last, vocabulary)):
            event.counts.append(CountMention(event.trigger[0], event.trigger[1],
                                             "arrested", 1, "exact"))
    fired = any(w.any_of(vocabulary.firing) for w in sentence)
    harmless = any(w.any_of(vocabulary.harmless) for w in sentence)
    riot_toll = unrest and not killer and \
        lexical_folds.told_of_unrest(actors, sites, before, number)
    # (protesters shot, or killed or wounded by the forces, where no riot was told at
    # their place, whose toll they would be: force against the crowd, "un manifestant a
    # été tué par balle à X", "la police a tué trois manifestants")
    riot_here = any(e.status == "occurred" and e.event_type == RIOTS and e.location is not None
                    and (not sites or e.location.place.id in sites) for e in before)
    firing = (fired and any(w.any_of(vocabulary.forces) for w in sentence)) or (
        not (killer or harmless or riot_here)
        and (fired or _protesters_hurt(sentence, counts, vocabulary, vocabulary.forces))
        and _protesters_hurt(sentence, counts, vocabulary))
    events += lexical_folds.attacks_apart(events, killer)
    for event in events:
        lexical_folds.type_by_force(event, firing, unrest, riot_toll, killer)
    # A bare "погибли"/"tués" with no count, or by no violence, is no event of its own.
    # (Kept when not told as happened: "отрицают гибель мирных жителей" is a denial.)
    events = [e for e in events if not (e.rule.weak and (harmless or (
        not e.counts and e.status == "occurred")))]
    return events if killer else lexical_folds.fold_bare_tolls(events, before, number, day,
                                                                sites)


def _one_casualty(sentence: list[Word], hits: list[tuple[Trigger, int, int]],
                  counts: list[CountMention], vocabulary: Vocabulary) -> list[CountMention]:
    """"Погиб протестующий", "un adolescent a été tué": a casualty word in the singular
    with no number counts one (not when negated: "sans faire de blessé")."""
    found: list[CountMention] = []
    for trigger, first, last in hits:
        word = sentence[last]
        field = next((vocabulary.count_fields[k] for k in word.keys
                      if k in vocabulary.count_fields), None)
        # ("ont succombé": a participle after a plural auxiliary tells no number)
        if trigger.rule == "casualties" and field in ("fatalities", "injured") and \
                not any(c.field == field for c in counts + found) and \
                vocabulary.is_singular(word.text) and not any(
                    w.text.lower() in vocabulary.plural_auxiliaries
                    for w in sentence[max(0, last - 2):last]) and \
                trigger_status(sentence, first, last, vocabulary) != "negated" and \
                not told_as_cause(sentence, last, vocabulary):
            found.append(CountMention(word.start, word.end, field, 1, "exact"))
    return found


def _protesters_hurt(sentence: list[Word], counts: list[CountMention],
                     vocabulary: Vocabulary, by: frozenset[str] = frozenset()) -> bool:
    """Whether a count of the dead or wounded names protesters as its people, in its own
    words or the few about them ("трое протестующих погибли", "un manifestant a été
    tué", "la police a tué trois manifestants"); with ``by``, one of those words too (the
    forces that did it)."""
    for count in counts:
        first, last = word_at(sentence, count.start), word_at(sentence, count.end - 1)
        if count.field not in ("fatalities", "injured") or first is None or last is None:
            continue
        near = sentence[max(0, first - 4):last + 2]
        if any(vocabulary.actors.get(k) == "protesters" for w in near for k in w.keys) and (
                not by or any(w.any_of(by) for w in near)):
            return True
    return False


def _actors(sentence: list[Word], vocabulary: Vocabulary) -> list[str]:
    found = [vocabulary.actors[k] for w in sentence for k in w.keys if k in vocabulary.actors]
    return list(dict.fromkeys(found))


def _done_again(sentence: list[Word], event: EventDraft, vocabulary: Vocabulary) -> bool:
    """Whether a word of repetition stands by the trigger in its clause."""
    first = word_at(sentence, event.trigger[0])
    last = word_at(sentence, event.trigger[1] - 1)
    if first is None or last is None:
        return False
    near = range(max(0, first - 3), min(len(sentence), last + 3))
    return any(sentence[n].any_of(vocabulary.again) and not any(
        c in CLAUSE_ENDS for w in sentence[min(n, first) + 1:max(n, last) + 1]
        for c in w.gap) for n in near)
