"""Session 19, what the code review of the session's rules found, mended: a chain of
volunteers passing sandbags and people gathered for a briefing or a burial are no
protest; a Russian or French crowd counted at a concert or a town's day is none either;
a warning about a banned rally tells no rally; a crowd that rode into a town protests
there (tests/geo/test_s19_nonsite.py); townspeople who clash with others while the
police watch fight no riot (tests/geo/test_s19_lead.py).
Sentences are invented; towns are invented places."""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _rows(text: str, name: str, language: str = "en"):
    mentions = mentions_at(text, {name: town(name)})
    return [(e.event_type, e.status) for e in detect_events(
        text, mentions, None, PUBLISHED, keep_all=True, language=language)]


@pytest.mark.parametrize("text", [
    "Volunteers formed a human chain to pass sandbags along the levee in Varnessa on "
    "Monday as the river rose.",
    "About a hundred residents gathered at the library in Varnessa on Monday for a "
    "briefing on the new ring road.",
    "Several hundred mourners gathered quietly at the cemetery in Varnessa on Sunday to "
    "bury the former headmaster.",
])
def test_a_crowd_with_another_aim_is_no_protest(text):
    assert _rows(text, "Varnessa") == []


def test_a_human_chain_against_a_law_is_a_protest():
    text = "Thousands formed a human chain across Varnessa on Saturday against the new law."
    assert ("Protests", "occurred") in _rows(text, "Varnessa")


@pytest.mark.parametrize(("text", "name", "language"), [
    ("Около 400 человек собрались в Варнессе, чтобы отметить День города.", "Варнессе",
     "ru"),
    ("Près de 400 personnes se sont réunies à Varnessa samedi pour un concert gratuit.",
     "Varnessa", "fr"),
])
def test_a_counted_crowd_at_a_feast_is_no_protest(text, name, language):
    assert _rows(text, name, language) == []


def test_a_warning_about_a_banned_rally_tells_no_rally():
    text = ("Прокуратура предупредила жителей об ответственности за участие в "
            "запрещённом митинге в Варнессе.")
    assert ("Protests", "occurred") not in _rows(text, "Варнессе", "ru")
