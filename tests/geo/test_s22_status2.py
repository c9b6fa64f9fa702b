"""Session 22, status: a gathering announced is one to come ("ont annoncé une marche
samedi", "объявили о новом митинге", "un rassemblement contre ... est prévu samedi"),
not a report of one; an event named only as what
its organisers organised ("organisers of Tuesday's rally", "организаторы субботнего
митинга") is one told before, and leaves the sentence to the plan it tells; a claim
the sentence denies after a semicolon ("...; the army denied it") is denied. Sentences
are invented; towns are invented places."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from placed_mentions import rows_at_surfaces

from geo.evaluate.events import evaluate_events

PUBLISHED = date(2024, 10, 16)  # a Wednesday


def _rows(text: str, towns: dict[str, str], language: str = "") -> list[tuple]:
    """(place, type, status, day) of every row, every status kept."""
    return sorted((e.location.place.name, e.event_type, e.status, e.event_date)
                  for e in rows_at_surfaces(text, towns, PUBLISHED, language))


def test_a_march_announced_for_a_weekday_is_planned_in_french() -> None:
    rows = _rows("Le syndicat des enseignants a annoncé une marche samedi à Valbrune.",
                 {"Valbrune": "Valbrune"}, "fr")
    assert rows == [("Valbrune", "Protests", "planned", date(2024, 10, 19))]


def test_a_new_day_of_protest_announced_is_planned_in_french() -> None:
    rows = _rows("Les associations ont annoncé une nouvelle journée de mobilisation lundi "
                 "à Valbrune.", {"Valbrune": "Valbrune"}, "fr")
    assert [r[2] for r in rows] == ["planned"]


def test_a_gathering_the_announcement_tells_in_the_past_happened_in_french() -> None:
    rows = _rows("La préfecture a annoncé que le rassemblement avait réuni 2 000 personnes "
                 "dimanche à Valbrune.", {"Valbrune": "Valbrune"}, "fr")
    assert [r[2] for r in rows] == ["occurred"]


def test_an_arrest_announced_is_reported_not_planned_in_french() -> None:
    rows = _rows("La gendarmerie a annoncé l'interpellation de huit jeunes lundi à Valbrune.",
                 {"Valbrune": "Valbrune"}, "fr")
    assert [(r[1], r[2]) for r in rows] == [("Strategic developments", "occurred")]


def test_a_gathering_whose_predicate_past_its_modifiers_is_a_plan_is_planned() -> None:
    rows = _rows("Un rassemblement contre la fermeture de la maternité est prévu samedi à "
                 "Valbrune.", {"Valbrune": "Valbrune"}, "fr")
    assert rows == [("Valbrune", "Protests", "planned", date(2024, 10, 19))]


def test_a_plan_word_of_another_noun_before_the_gatherings_past_verb_plans_nothing() -> None:
    rows = _rows("La marche contre le projet annoncé par la mairie a réuni 500 personnes "
                 "samedi à Valbrune.", {"Valbrune": "Valbrune"}, "fr")
    assert [r[2] for r in rows] == ["occurred"]


def test_a_rally_announced_is_planned_in_russian() -> None:
    rows = _rows("Активисты объявили о новом митинге у здания администрации Лесногорска "
                 "в пятницу.", {"Лесногорска": "Lesnogorsk"}, "ru")
    assert rows == [("Lesnogorsk", "Protests", "planned", date(2024, 10, 18))]


def test_a_state_of_emergency_announced_is_not_planned_in_russian() -> None:
    rows = _rows("Во вторник власти объявили режим чрезвычайной ситуации в Лесногорске.",
                 {"Лесногорске": "Lesnogorsk"}, "ru")
    assert all(r[2] == "occurred" for r in rows)


def test_the_organisers_rally_yields_to_the_march_they_announce_in_russian() -> None:
    rows = _rows("Организаторы вчерашнего митинга заявили, что в субботу проведут марш "
                 "протеста в Лесногорске.", {"Лесногорске": "Lesnogorsk"}, "ru")
    assert rows == [("Lesnogorsk", "Protests", "planned", date(2024, 10, 19))]


def test_the_organisers_rally_yields_to_the_demonstration_they_will_hold() -> None:
    # (the march told before: the group "that organised the march" points back to it)
    rows = _rows("Thousands marched in Karvale on Monday. The union that organised the march "
                 "said it would hold a demonstration in Karvale on Saturday.",
                 {"Karvale": "Karvale"})
    assert rows == [("Karvale", "Protests", "occurred", date(2024, 10, 14)),
                    ("Karvale", "Protests", "planned", date(2024, 10, 19))]


def test_a_rally_asked_about_by_who_organised_it_happened() -> None:
    rows = _rows("Nobody has said who organised the rally that shut down Karvale on Monday.",
                 {"Karvale": "Karvale"})
    assert [r[2] for r in rows] == ["occurred"]


def test_organisers_of_a_past_days_rally_tell_no_new_rally() -> None:
    rows = _rows("The organisers of Sunday's rally said they would march again in Karvale "
                 "on Friday.", {"Karvale": "Karvale"})
    assert all(r[2] != "occurred" for r in rows)


def test_a_rally_told_by_its_own_words_still_happens() -> None:
    rows = _rows("About 3,000 people joined a rally organised by the teachers' union in "
                 "Karvale on Tuesday.", {"Karvale": "Karvale"})
    assert [r[2] for r in rows] == ["occurred"]


def test_a_claim_the_sentence_then_denies_after_a_semicolon_is_denied() -> None:
    rows = _rows("Residents said soldiers had fired on the crowd in Karvale on Monday; the "
                 "army denied it.", {"Karvale": "Karvale"})
    assert [r[2] for r in rows] == ["reported-denied"]


def test_an_event_told_before_a_semicolon_and_a_denial_of_another_stands() -> None:
    rows = _rows("Police fired tear gas at protesters in Karvale on Monday; the mayor denied "
                 "that anyone had been arrested.", {"Karvale": "Karvale"})
    assert ("Protests", "occurred") in [(r[1], r[2]) for r in rows]


def test_status22_fresh_reports_hold(gazetteer) -> None:
    # The round's fresh reports (tests/data/README.md, "Fresh status reports (session 22,
    # `status2` helper)"): the base made recall 1.0, status .730 and 2 unreal rows; the
    # round's rules status .762 and 1 unreal row (the students' protest of a denied
    # intervention, read as held, lies where a threat of its type is).
    report = evaluate_events(Path(__file__).parents[1] / "data" / "events_status22_fresh.jsonl")
    assert report["incident_recall"] >= 1.0, report
    assert report["status_accuracy"] >= 0.76, report
    assert report["unreal_false_positives"] <= 1, report
