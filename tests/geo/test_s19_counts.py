"""Session 19, counts. English counts read off the dependency tree: a number on the passive
subject of a casualty or arrest verb counts even when the subject's modifiers stand
between the number and its verb ("two men from the village were arrested", "three
protesters were treated at the city's main hospital for wounds"). Sentences are
invented; towns are invented places.

Russian and French: a part of a crowd counted by the verb after it («двое из них
скончались»), or a part of a count told that died («один из пострадавших скончался»,
«deux des blessés sont morts»), is a count of that role; the rest of a count told
(«двое из задержанных», «трое из задержанных госпитализированы») stays a part of it."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.counts import find_counts
from geo.events.detect import detect_events
from geo.events.lexical_counts import find_counts as lexical_counts
from geo.events.lexicon_fr import VOCABULARY as FRENCH
from geo.events.lexicon_ru import VOCABULARY as RUSSIAN
from geo.events.scope import parse_sentence, subject_counts

PUBLISHED = date(2023, 5, 19)  # a Friday

needs_parser = pytest.mark.skipif(parse_sentence("Two men were held.") is None,
                                  reason="no spaCy model")


def _read(sentence: str) -> list[tuple[str, int, str]]:
    span = (0, len(sentence))
    found = find_counts(sentence, context=0)
    return [(c.field, c.value, c.qualifier) for c in subject_counts(sentence, span, span, found)]


def _rows(text: str, names: list[str]) -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name, e.sub_event_type, e.counts.fatalities,
                   e.counts.injured, e.counts.arrested)
                  for e in detect_events(text, mentions, None, PUBLISHED)
                  if e.location is not None)


@needs_parser
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Three fishermen from the northern harbour were arrested at dawn.",
     [("arrested", 3, "exact")]),
    ("Both drivers of the convoy were detained overnight.", [("arrested", 2, "exact")]),
    ("More than 40 members of the farmers' union were detained by police on Friday.",
     [("arrested", 40, "at_least")]),
    ("Six nurses at the district clinic were treated at the Korvel General Hospital for "
     "smoke inhalation.", [("injured", 6, "exact")]),
    ("Five pupils from the boarding school were taken to hospital with burns.",
     [("injured", 5, "exact")]),
    ("Eight residents of the flooded quarter near the dam were admitted with injuries.",
     [("injured", 8, "exact")]),
    ("Nine miners from the shaft at the edge of town suffered gunshot wounds.",
     [("injured", 9, "exact")]),
    ("Two guards of the old fuel depot on the hill died in hospital on Thursday.",
     [("fatalities", 2, "exact")]),
])
def test_a_counted_subject_far_from_its_verb_is_read(sentence, expected):
    assert _read(sentence) == expected


@needs_parser
@pytest.mark.parametrize("sentence", [
    # held by others than the state: abducted, not arrested
    "Two engineers from the mine were held by gunmen for a week.",
    # not done, or only possible
    "No traders from the market were arrested.",
    "Four youths from the estate could be detained under the new order.",
    # treated, with no hospital or wound: no injury
    "Three delegates from the coast were treated to a dinner by the mayor.",
    # suffered no wound
    "Four firms from the industrial zone near the port suffered heavy losses.",
    # things, not people, held
    "Three rallies were held in the capital.",
    # already read by the patterns: not read twice
    "Seven protesters were arrested in the square.",
])
def test_no_count_where_the_subject_is_not_a_casualty_or_is_read(sentence):
    assert _read(sentence) == []


def test_wounds_suffered_are_the_injured():
    counts = find_counts("Seven people suffered gunshot wounds, doctors said.", context=0)
    assert [(c.field, c.value) for c in counts] == [("injured", 7)]


def test_a_toll_since_the_unrest_began_is_a_total():
    for sentence in ("The unrest has killed 27 people since it began in April.",
                     "Riots have claimed 27 lives since they broke out last spring."):
        counts = find_counts(sentence, context=0)
        assert [(c.field, c.value, c.cumulative) for c in counts] == [
            ("fatalities", 27, True)], sentence


@needs_parser
def test_the_count_goes_to_the_event_of_its_clause():
    text = ("Police fired tear gas at stone-throwing youths in Dravomir on Wednesday. "
            "Two men from the harbour district were arrested in Dravomir that night.")
    rows = _rows(text, ["Dravomir"])
    assert ("Dravomir", "Arrests", None, None, 2) in rows


@pytest.mark.parametrize(("vocabulary", "sentence", "expected"), [
    # a part of a crowd counted after it, or a part of a count told among the dead
    (RUSSIAN, "Трое из них скончались в районной больнице.", [("fatalities", 3)]),
    (RUSSIAN, "Двое из раненых скончались ночью.", [("fatalities", 2)]),
    (RUSSIAN, "Один из пострадавших скончался утром.", [("fatalities", 1)]),
    (FRENCH, "Deux des blessés sont morts dans la nuit.", [("fatalities", 2)]),
    (FRENCH, "L'un des blessés est mort à l'hôpital.", [("fatalities", 1)]),
    (FRENCH, "Trois des étudiants interpellés ont été blessés.", [("injured", 3)]),
    # some of a count told, in the same role, in none, or taken to hospital: no count
    (RUSSIAN, "Четверо из задержанных госпитализированы.", []),
    (RUSSIAN, "Двое из задержанных были отпущены.", []),
    (RUSSIAN, "Трое из пострадавших госпитализированы.", []),
    (FRENCH, "Trois des victimes avaient moins de 20 ans.", []),
    (FRENCH, "L'un des blessés est dans un état grave.", []),
    # the verb before still counts the part: "задержала девятерых из них"
    (RUSSIAN, "Полиция задержала семерых из них.", [("arrested", 7)]),
])
def test_a_part_counted_in_another_role(vocabulary, sentence, expected):
    found = lexical_counts(vocabulary.words(sentence), vocabulary)
    assert [(c.field, c.value) for c in found] == expected


@pytest.mark.parametrize(("language", "text", "name"), [
    ("ru", "В среду в Калмарове полиция разогнала водомётами толпу, забрасывавшую её "
           "камнями. Двое из них скончались в больнице.", "Калмарове"),
    ("fr", "Mercredi à Calmarre, la police a dispersé à coups de gaz lacrymogène des jeunes "
           "qui lançaient des pierres. Deux des blessés sont morts à l'hôpital.", "Calmarre"),
])
def test_a_part_that_died_is_the_toll_of_the_event_before(language, text, name):
    mentions = mentions_at(text, {name: town(name)})
    rows = [e.counts.fatalities for e in detect_events(text, mentions, None, PUBLISHED,
                                                        language=language)
            if e.location is not None]
    assert 2 in rows


@pytest.mark.parametrize(("vocabulary", "sentence", "expected"), [
    # the injured told by their stay in hospital or by the rescuers' care
    (RUSSIAN, "Ещё 9 человек остаются в больнице.", [("injured", 9)]),
    (RUSSIAN, "В больницы обратились 16 человек.", [("injured", 16)]),
    (FRENCH, "Onze personnes ont été prises en charge par les pompiers.", [("injured", 11)]),
    # taking charge of people is no injury
    (FRENCH, "La gendarmerie a pris en charge 4 mineurs.", []),
])
def test_the_injured_in_hospital_or_in_the_rescuers_care(vocabulary, sentence, expected):
    found = lexical_counts(vocabulary.words(sentence), vocabulary)
    assert [(c.field, c.value) for c in found] == expected
