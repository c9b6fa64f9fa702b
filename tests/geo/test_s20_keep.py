"""Session 20, learned row keeping (:mod:`geo.events.keep`): each occurred row carries
language-neutral features, and a row the learned model doubts becomes ``doubtful``: out
of the default output, kept with ``keep_all``. Sentences are invented; towns are invented
places."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from placed_mentions import mentions_at, town

from geo.events import keep
from geo.events.detect import detect_events
from geo.events.draft import EventDraft, incidents_into

PUBLISHED = date(2024, 3, 8)  # a Friday

ENGLISH = ("Riot police dispersed hundreds of students protesting tuition fees in Varnholt "
           "on Tuesday, and 14 were arrested. \"We will march on Oslewa next week,\" a "
           "union leader said.")
UNCOUNTED = "Hundreds of students marched through Varnholt on Tuesday against tuition fees."
FRENCH = ("Des centaines d'agriculteurs ont manifesté mardi à Varnholt contre la hausse du "
          "prix du gazole, bloquant la route nationale pendant plusieurs heures.")


def _drafts(text: str, language: str = "en", **options) -> list[EventDraft]:
    drafts: list[EventDraft] = []
    mentions = mentions_at(text, {n: town(n) for n in ("Varnholt", "Oslewa")})
    detect_events(text, mentions, None, PUBLISHED, keep_all=True, language=language,
                  trace=incidents_into(drafts), **options)
    return drafts


def _model(threshold: float) -> keep.KeepModel:
    # p = sigmoid(in_clause): 0.73 for a place in the trigger's clause, 0.5 else
    return keep.KeepModel(("in_clause",), np.zeros(1), np.ones(1), np.ones(1), 0.0, threshold)


def test_occurred_rows_are_described() -> None:
    rows = [d for d in _drafts(ENGLISH, learned_keep=False) if d.status == "occurred"]
    varnholt = next(d for d in rows if d.location.place.name == "Varnholt")
    assert varnholt.features["in_clause"] == 1.0
    assert varnholt.features["first_sentence"] == 1.0
    assert varnholt.features["quoted"] == 0.0


def test_french_rows_are_described_alike() -> None:
    rows = [d for d in _drafts(FRENCH, "fr", learned_keep=False) if d.status == "occurred"]
    assert rows and rows[0].features["in_clause"] == 1.0
    assert set(rows[0].features) == set(
        next(d for d in _drafts(ENGLISH, learned_keep=False) if d.features).features)


def test_a_row_scored_below_the_threshold_is_doubtful() -> None:
    rows = _drafts(ENGLISH, learned_keep=False)
    far = next(d for d in rows if d.status == "occurred")
    far.features = {**far.features, "in_clause": 0.0}
    keep.doubt([far], _model(0.6))
    assert far.status == "doubtful"
    near = next(d for d in _drafts(ENGLISH, learned_keep=False) if d.status == "occurred")
    keep.doubt([near], _model(0.6))
    assert near.status == "occurred"


def test_doubtful_rows_leave_the_default_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keep, "keep_model", lambda: _model(1.0))
    mentions = mentions_at(UNCOUNTED, {"Varnholt": town("Varnholt")})
    assert detect_events(UNCOUNTED, mentions, None, PUBLISHED) == []
    every = detect_events(UNCOUNTED, mentions, None, PUBLISHED, keep_all=True)
    assert {i.status for i in every} == {"doubtful"}
    kept = detect_events(UNCOUNTED, mentions, None, PUBLISHED, learned_keep=False)
    assert {i.location.place.name for i in kept} == {"Varnholt"}


def test_a_counted_row_is_never_doubted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keep, "keep_model", lambda: _model(1.0))
    text = "Security forces said 9 people were killed in clashes in Varnholt on Monday."
    mentions = mentions_at(text, {"Varnholt": town("Varnholt")})
    found = detect_events(text, mentions, None, PUBLISHED)
    assert [i.counts.fatalities for i in found] == [9]


def test_the_shipped_model_reads_the_described_features() -> None:
    model = keep.keep_model()
    described = next(d for d in _drafts(ENGLISH, learned_keep=False) if d.features).features
    assert set(model.features) <= set(described)
    assert 0.0 < model.threshold < 1.0


@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_the_shipped_model_keeps_a_plain_report(text: str, language: str) -> None:
    mentions = mentions_at(text, {"Varnholt": town("Varnholt")})
    found = detect_events(text, mentions, None, PUBLISHED, language=language)
    assert "Varnholt" in {i.location.place.name for i in found}
