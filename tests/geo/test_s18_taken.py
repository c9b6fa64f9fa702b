"""A protest told in one clause with a crowd's violence, session 18 (`taken` helper): a
gathering told as before or after the violence ("hours after the clashes, ... marched
peacefully") is an event of its own beside the riot, while a protest that turned into the
riot is the riot alone (:mod:`geo.events.apart`, a learned decision). Towns are invented."""

from __future__ import annotations

import json
from datetime import date

import pytest
from placed_mentions import mentions_at, town

from geo.events import apart
from geo.events.detect import detect_events

PUBLISHED = date(2024, 9, 12)  # a Thursday


def _rows(text: str, names: list[str]) -> list[tuple]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return sorted((e.location.place.name if e.location is not None and
                   e.location.place is not None else None, e.event_type, e.sub_event_type)
                  for e in detect_events(text, mentions, None, PUBLISHED))


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_march_told_before_the_clash_is_its_own_protest():
    rows = _rows("Youths clashed with riot police in Velmora on Tuesday night. Hours "
                 "before the clash, several thousand nurses had marched peacefully to the "
                 "health ministry.", ["Velmora"])
    assert ("Velmora", "Protests", "Peaceful protest") in rows
    assert ("Velmora", "Riots", "Violent demonstration") in rows


def test_a_rally_that_turned_into_a_riot_is_the_riot_alone():
    rows = _rows("A rally of dock workers in Port Arnel turned into a riot on Tuesday, "
                 "with youths setting fire to cars outside the harbour office.", ["Port Arnel"])
    assert ("Port Arnel", "Protests", "Peaceful protest") not in rows
    assert ("Port Arnel", "Riots", "Violent demonstration") in rows


def test_the_riot_told_after_a_peaceful_march_leaves_the_march_its_row():
    text = "After a march that had passed off peacefully, youths set fire to a bank."
    values = apart.features(text, (0, len(text)), _span(text, "march"),
                            _span(text, "youths set fire"))
    assert values["calm"] == 1.0 and values["apart_words"] == 1.0
    assert apart.probability(values) >= 0.5


def test_a_protest_turning_violent_reads_as_one_event():
    text = "The sit-in turned into a riot in the afternoon."
    values = apart.features(text, (0, len(text)), _span(text, "sit-in"), _span(text, "riot"))
    assert values["turn_between"] == 1.0
    assert apart.probability(values) < 0.5


def test_the_shipped_model_has_the_modules_features():
    data = json.loads(apart.MODEL_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == apart.FEATURES
    assert len(data["weights"]) == len(data["mean"]) == len(data["scale"]) == len(
        apart.FEATURES)


@pytest.mark.parametrize("violence", [[], None])
def test_no_violence_no_protest_apart(violence):
    assert not apart.told_apart("Pickets stood outside the mill.", (0, 31), (0, 7),
                                violence or [])


def test_one_phrase_read_by_both_rules_is_one_event():
    text = "Police said it was the most violent demonstration the port had seen."
    phrase = _span(text, "violent demonstration")
    assert not apart.told_apart(text, (0, len(text)), _span(text, "demonstration"), [phrase])
