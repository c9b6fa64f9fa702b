"""Learned dates in the Russian and French detector (session 15): the saved model, and
which rows take its day. Fresh sentences, mentions built by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
from placed_mentions import mentions_at, town

from geo.events.date_choice import DateModel, choose_dates, date_model
from geo.events.date_features import Narrative, row_candidates
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.draft import incidents_into

MONDAY = date(2025, 3, 10)
SATURDAY = date(2025, 3, 8)
# Favours the publication day above every other: shows which rows the choice reaches.
PUBLICATION = DateModel(("is_published",), np.zeros(1), np.ones(1), np.ones(1))

FRENCH = ("Des centaines de commerçants ont manifesté samedi à Tambacounda contre une "
          "nouvelle taxe. Les syndicats prévoient une grève générale jeudi à Tambacounda.")
RUSSIAN = "В субботу жители Тулы вышли на митинг против закрытия районной больницы."


def _drafts(text: str, language: str, name: str, *, learned: bool = False,
            keep_all: bool = False) -> list:
    drafts: list = []
    detect_events(text, mentions_at(text, {name: town(name)}), None, MONDAY,
                  language=language, keep_all=keep_all, trace=incidents_into(drafts),
                  learned_dates=learned)
    return drafts


def test_the_saved_model_knows_every_feature_a_candidate_has():
    story = Narrative.read(FRENCH, VOCABULARIES["fr"], MONDAY)
    candidates = row_candidates(story, FRENCH.index("manifesté"), (0, len(FRENCH)), None)
    model = date_model()
    assert {name for c in candidates for name in c.features} == set(model.features)
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(model.features)


def test_a_weekday_in_the_triggers_clause_dates_the_row_with_the_learned_model():
    russian = _drafts(RUSSIAN, "ru", "Тулы", learned=True)
    assert [d.event_date for d in russian] == [SATURDAY]
    french = _drafts(FRENCH, "fr", "Tambacounda", learned=True)
    assert [d.event_date for d in french] == [SATURDAY]


STORY = ("Samedi, la tension est montée à Tambacounda. Des centaines de commerçants ont "
         "manifesté à Tambacounda contre une nouvelle taxe. Les syndicats prévoient une "
         "grève générale jeudi à Tambacounda.")


def test_an_occurred_row_takes_the_models_day_a_planned_one_keeps_the_rules():
    drafts = _drafts(STORY, "fr", "Tambacounda", keep_all=True)
    planned = next(d for d in drafts if d.status != "occurred")
    before = planned.event_date
    choose_dates(STORY, drafts, MONDAY, VOCABULARIES["fr"], PUBLICATION)
    march = next(d for d in drafts if d.status == "occurred")
    assert (march.event_date, march.time_precision) == (MONDAY, 2)
    assert march.date_from_context
    assert planned.event_date == before


def test_a_weekday_in_the_rows_own_clause_outweighs_any_model():
    drafts = _drafts(FRENCH, "fr", "Tambacounda")
    choose_dates(FRENCH, drafts, MONDAY, VOCABULARIES["fr"], PUBLICATION)
    assert [d.event_date for d in drafts] == [SATURDAY]
    two_days = ("В среду в Бресте прошла акция протеста; в пятницу в Гродно полиция "
                "разогнала митинг.")
    places = {"Бресте": town("Брест"), "Гродно": town("Гродно")}
    rows: list = []
    detect_events(two_days, mentions_at(two_days, places), None, SATURDAY, language="ru",
                  trace=incidents_into(rows))
    assert sorted(d.event_date.day for d in rows) == [5, 7]


def test_a_range_the_rules_read_and_a_row_of_several_sentences_keep_their_days():
    text = ("Depuis jeudi, des étudiants occupent le campus de Kolda. Ils réclament le "
            "versement de leurs bourses.")
    occupied = _drafts(text, "fr", "Kolda")
    assert [d.event_date_end for d in occupied] == [MONDAY]
    merged = [replace(d, evidence=[(0, 10), (20, 30)])
              for d in _drafts(RUSSIAN, "ru", "Тулы")]
    rows = occupied + merged
    days = [(d.event_date, d.event_date_end) for d in rows]
    choose_dates(text, occupied, MONDAY, VOCABULARIES["fr"], PUBLICATION)
    choose_dates(RUSSIAN, merged, MONDAY, VOCABULARIES["ru"], PUBLICATION)
    assert [(d.event_date, d.event_date_end) for d in rows] == days


def test_english_rows_keep_their_rules_either_way():
    text = "Hundreds of farmers marched in Kisumu on Saturday against a new crop levy."
    mentions = mentions_at(text, {"Kisumu": town("Kisumu")})
    learned = detect_events(text, mentions, None, MONDAY)
    assert learned == detect_events(text, mentions, None, MONDAY, learned_dates=False)
    assert [i.event_date for i in learned] == [SATURDAY]


def test_a_report_naming_no_date_keeps_the_publication_day():
    text = "Жители Коломны перекрыли трассу в знак протеста против вырубки городского парка."
    drafts = _drafts(text, "ru", "Коломны", learned=True)
    assert drafts and {d.event_date for d in drafts} == {MONDAY}
    assert {d.event_date for d in _drafts(text, "ru", "Коломны")} == {MONDAY}


def test_a_row_dated_by_the_morning_after_a_night_keeps_that_day():
    text = ("В ночь на субботу в Ельце неизвестные подожгли здание прокуратуры. Днём у "
            "прокуратуры Ельца собрались сотни горожан, полиция разогнала их.")
    drafts: list = []
    yelets = town("Елец")
    detect_events(text, mentions_at(text, {"Ельце": yelets, "Ельца": yelets}), None,
                  MONDAY, language="ru", trace=incidents_into(drafts))
    rally = next(d for d in drafts if d.after_night)
    assert rally.event_date == SATURDAY
