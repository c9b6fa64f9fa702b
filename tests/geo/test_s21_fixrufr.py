"""Session 21 mends to the Russian and French rules: the dead a memorial gathering mourns
are its cause only when told in the memorial's clause (or one a relative word ties to it)
and no force fires there; a comma before a conjunction ends a list of days; a singular
instrumental street word («с улицей X») still marks a street.

Sentences are made up for these tests; the towns are invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import VOCABULARIES, detect_events
from geo.events.lexical_dates import find_dates
from geo.recognize.russian import RussianRecognizer

SUNDAY = date(2024, 4, 14)  # the publication date of every example
SATURDAY = date(2024, 4, 13)


def _rows(text: str, towns: dict[str, str], language: str) -> list[tuple]:
    """(place, type, sub-event type, fatalities) of every occurred row."""
    mentions = mentions_at(text, {surface: town(name) for surface, name in towns.items()})
    return sorted((e.location.place.name, e.event_type, e.sub_event_type, e.counts.fatalities)
                  for e in detect_events(text, mentions, None, SUNDAY, language=language)
                  if e.location is not None and e.status == "occurred")


@pytest.mark.parametrize(("text", "surface", "language", "dead"), [
    ("Сотни человек вышли на траурный митинг в Лесногорске в субботу; полицейские "
     "открыли огонь, три человека погибли.", "Лесногорске", "ru", 3),
    ("Samedi à Valmorin, lors d'une marche en hommage aux victimes d'une inondation, la "
     "police a tiré sur la foule et deux manifestants ont été tués.", "Valmorin", "fr", 2),
    ("Во время акции памяти в Лесногорске в субботу полиция застрелила двух участников.",
     "Лесногорске", "ru", 2),
])
def test_the_dead_of_forces_firing_at_a_memorial_are_its_toll(text, surface, language, dead):
    rows = _rows(text, {surface: "Town"}, language)
    assert any(r[3] == dead for r in rows)


@pytest.mark.parametrize(("text", "surface", "language"), [
    ("В субботу жители Лесногорска вышли на траурный митинг в память о шахтёрах, где "
     "погибли 14 человек.", "Лесногорска", "ru"),
    ("Samedi, des centaines de personnes ont défilé à Valmorin en mémoire d'un adolescent "
     "mort dans un accident.", "Valmorin", "fr"),
])
def test_the_dead_a_memorial_mourns_stay_its_cause(text, surface, language):
    rows = _rows(text, {surface: "Town"}, language)
    assert rows and all(r[3] is None for r in rows)


@pytest.mark.parametrize(("text", "language"), [
    ("Митинг оппозиции прошёл в Лесногорске в субботу, а в воскресенье полиция задержала "
     "20 его участников.", "ru"),
    ("Les opposants ont manifesté à Valmorin samedi, et dimanche la police a arrêté vingt "
     "d'entre eux.", "fr"),
])
def test_a_comma_before_the_conjunction_ends_a_list_of_days(text, language):
    vocabulary = VOCABULARIES[language]
    spans = [(d.date, d.last) for d in find_dates(vocabulary.words(text), vocabulary, SUNDAY)]
    assert spans == [(SATURDAY, None), (SUNDAY, None)]


@pytest.mark.parametrize(("before", "hint"), [
    ("на пересечении проспекта Сейфуллина с улицей", "street"),
    ("между станцией", "street"),
    ("на площадях", ""),
    ("в нескольких кварталах от станций", ""),
])
def test_a_singular_instrumental_street_word_marks_a_street(gazetteer, before, hint):
    text = f"Во вторник активисты собрались {before} Абая."
    start = text.index("Абая")
    found = RussianRecognizer(gazetteer).for_spans(text, [(start, start + 4)])
    assert [c.hint for c in found] == [hint]
