"""The learned typing's features and its use (issues 18 and 20, session 16), on fresh
sentences: mentions are built by hand, so these read the event detector alone."""

from __future__ import annotations

from datetime import date

import numpy as np
from placed_mentions import mentions_at

from gazetteer.place import Place
from geo.events.detect import VOCABULARIES, detect_events
from geo.events.draft import EventDraft, incidents_into
from tools.type_choice import (
    KINDS,
    SECOND_KINDS,
    Softmax,
    TypeModel,
    choose_types,
)
from tools.type_features import Cues, row_features, row_kind

ORURO = Place("t:oruro", "Oruro", -17.97, -67.11, "city", "BO", population=265000)
TOAMASINA = Place("t:toamasina", "Tamatave", -18.15, 49.40, "city", "MG", population=325000)
BOBRUISK = Place("t:bobruisk", "Бобруйске", 53.14, 29.22, "city", "BY", population=210000)
TUESDAY = date(2025, 6, 11)  # published on the Wednesday


def _drafts(text: str, places: dict[str, Place], language: str = "en") -> list[EventDraft]:
    rows: list[EventDraft] = []
    detect_events(text, mentions_at(text, places), None, TUESDAY, language=language,
                  trace=incidents_into(rows))
    return rows


def test_cues_are_every_trigger_kind_of_the_sentence_before_folding():
    text = ("Marchers gathered peacefully in Oruro on Tuesday before some of them "
            "smashed shop windows and looted a pharmacy.")
    assert set(Cues(text, TUESDAY).of((0, len(text)))) == {("protest", True),
                                                           ("looting", True)}


def test_cues_of_russian_and_french_sentences_carry_the_english_rule_names():
    french = ("Des manifestants ont pillé des magasins à Tamatave mardi après un "
              "rassemblement devant la mairie.")
    russian = ("В Бобруйске во вторник полиция задержала двенадцать участников "
               "несанкционированного митинга.")
    assert {name for name, _ in Cues(french, TUESDAY, VOCABULARIES["fr"]).of(
        (0, len(french)))} == {"protest", "looting"}
    assert {name for name, _ in Cues(russian, TUESDAY, VOCABULARIES["ru"]).of(
        (0, len(russian)))} == {"arrest", "protest"}


def test_a_cue_told_as_planned_is_kept_apart():
    text = "Teachers in Oruro said they would march on the ministry next week."
    cues = Cues(text, TUESDAY).of((0, len(text)))
    assert ("protest", False) in cues


def test_row_features_cross_the_rules_kind_with_each_cue():
    text = ("Marchers gathered peacefully in Oruro on Tuesday before some of them "
            "smashed shop windows and looted a pharmacy.")
    rows = _drafts(text, {"Oruro": ORURO})
    assert rows
    features = row_features(rows[0], rows, Cues(text, TUESDAY))
    kind = row_kind(rows[0].event_type, rows[0].sub_event_type)
    assert features[f"type={rows[0].event_type}"] == 1.0
    assert features["cue=protest"] == 1.0
    assert features[f"{kind}&cue=protest"] == 1.0


def test_row_kind_is_the_sub_type_for_strategic_developments():
    assert row_kind("Strategic developments", "Arrests") == "Arrests"
    assert row_kind("Riots", "Violent demonstration") == "Riots"


def _sure_model(kind: str, second: str, languages: tuple[str, ...] = ("en",)) -> TypeModel:
    """A model with no features, sure of one kind and one second kind everywhere (of
    none of them for a kind it does not know: it keeps the rules')."""
    def softmax(classes: tuple[str, ...], sure: str) -> Softmax:
        bias = np.where(np.array(classes) == sure, 10.0, 0.0)
        return Softmax(np.zeros(0), np.ones(0), np.zeros((0, len(classes))), bias)
    return TypeModel((), softmax(KINDS, kind), softmax(SECOND_KINDS, second),
                     frozenset(languages), 0.8, 0.8)


def test_a_sure_model_retypes_and_adds_a_second_row_without_its_counts():
    text = "Rioters in Oruro burned two buses on Tuesday; four people were injured."
    rows = _drafts(text, {"Oruro": ORURO})
    assert [row_kind(r.event_type, r.sub_event_type) for r in rows] == ["Riots"]
    out = choose_types(text, rows, "en", TUESDAY, None, _sure_model("Riots", "Protests"))
    assert [(r.event_type, r.sub_event_type) for r in out] == [
        ("Riots", "Violent demonstration"), ("Protests", "Peaceful protest")]
    assert out[0].counts and not out[1].counts
    assert out[1].rule.event_type == "Protests" and not out[1].rule.subtype


def test_no_second_row_of_a_kind_already_told_at_the_place():
    text = ("Hundreds marched through Oruro on Tuesday. Later rioters in Oruro burned "
            "two buses.")
    rows = _drafts(text, {"Oruro": ORURO})
    kinds = sorted(row_kind(r.event_type, r.sub_event_type) for r in rows)
    assert kinds == ["Protests", "Riots"]
    out = choose_types(text, rows, "en", TUESDAY, None, _sure_model("unsure", "Protests"))
    assert sorted(row_kind(r.event_type, r.sub_event_type) for r in out) == kinds


def test_the_model_types_only_its_languages():
    text = "Des manifestants ont pillé des magasins à Tamatave mardi."
    rows = _drafts(text, {"Tamatave": TOAMASINA}, "fr")
    before = [(r.event_type, r.sub_event_type) for r in rows]
    out = choose_types(text, rows, "fr", TUESDAY, VOCABULARIES["fr"],
                       _sure_model("Protests", "Arrests", ("en",)))
    assert [(r.event_type, r.sub_event_type) for r in out] == before


def test_curfews_are_never_retyped():
    text = "Authorities in Oruro imposed a curfew on Tuesday night."
    rows = _drafts(text, {"Oruro": ORURO})
    assert [r.rule.subtype for r in rows] == ["curfew"]
    out = choose_types(text, rows, "en", TUESDAY, None, _sure_model("Protests", "none"))
    assert [(r.sub_event_type, r.rule.subtype) for r in out] == [("Other", "curfew")]
