"""Session 18, French checkpoints and deployments: a roadblock of the army, the police or
the gendarmerie is a checkpoint («des barrages de gendarmerie», «les soldats ont dressé
des barrages»), as English "set up roadblocks" is, while the crowd's stays a blockade;
troops that «ont pris position» are deployed, as English "took up positions", but a
stance taken («a pris position contre») is none. Sentences are invented; towns are
invented places."""

from __future__ import annotations

from datetime import date

from placed_mentions import mentions_at, town

from geo.events.detect import detect_events

PUBLISHED = date(2026, 3, 12)  # a Thursday


def _rows(text: str, names: list[str]) -> set[tuple[str, str, str]]:
    mentions = mentions_at(text, {name: town(name) for name in names})
    return {(e.event_type, e.sub_event_type, e.location.place.name)
            for e in detect_events(text, mentions, None, PUBLISHED, language="fr")
            if e.location is not None}


def test_a_gendarmerie_roadblock_is_a_checkpoint():
    text = ("Des barrages de gendarmerie ont été installés mercredi aux entrées de "
            "Valmorin, a indiqué la préfecture.")
    assert ("Strategic developments", "Other", "Valmorin") in _rows(text, ["Valmorin"])


def test_soldiers_who_set_up_roadblocks_man_checkpoints():
    text = "Mardi, les soldats ont dressé des barrages à toutes les entrées de Kerbala-sur-Mer."
    assert _rows(text, ["Kerbala-sur-Mer"]) == {
        ("Strategic developments", "Other", "Kerbala-sur-Mer")}


def test_a_crowds_roadblocks_stay_a_protest():
    text = ("Des manifestants ont dressé des barrages mardi à Valmorin avant d'être "
            "dispersés par la police.")
    rows = _rows(text, ["Valmorin"])
    assert rows and all(kind == "Protests" for kind, _, _ in rows)


def test_armoured_vehicles_that_took_up_positions_are_deployed():
    text = "Des blindés de l'armée ont pris position lundi autour du palais à Valmorin."
    assert ("Strategic developments", "Other", "Valmorin") in _rows(text, ["Valmorin"])


def test_a_stance_taken_is_no_deployment():
    text = "Le député de Valmorin a pris position contre la réforme des retraites mardi."
    assert _rows(text, ["Valmorin"]) == set()
