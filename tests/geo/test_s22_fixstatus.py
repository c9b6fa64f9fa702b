"""Session 22, status review: a gathering is planned by an announcement only when it is
the announcement's object ("a annoncé une marche"), not a noun's the object governs ("a
annoncé la fin de la grève", "объявило о задержании участников митинга"); a plan kept
by the noun's own verb in the past ("était prévu samedi et a réuni") happened; an event
told only by whom it organised, or by a relative clause of its own, is reported; a
denial of "the reports of deaths" denies the deaths alone. Sentences are the review's
or written for it."""

from __future__ import annotations

from datetime import date

from placed_mentions import rows_at_surfaces

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def _rows(text: str, towns: dict[str, str], language: str = "") -> list[tuple]:
    """(place, type, status) of every row, every status kept."""
    return sorted((e.location.place.name, e.event_type, e.status)
                  for e in rows_at_surfaces(text, towns, PUBLISHED, language))


def _statuses(rows: list[tuple], event_type: str) -> list[str]:
    return [r[2] for r in rows if r[1] == event_type]


def test_the_end_of_a_strike_announced_is_no_plan() -> None:
    rows = _rows("Les syndicats ont annoncé mercredi la fin de la grève des dockers à Marseille, "
                 "après trois semaines de blocage.", {"Marseille": "Marseille"}, "fr")
    assert _statuses(rows, "Protests") == ["occurred"]


def test_the_toll_of_a_demonstration_announced_is_no_plan() -> None:
    rows = _rows("La préfecture a annoncé le bilan de la manifestation de Lyon : douze "
                 "policiers blessés.", {"Lyon": "Lyon"}, "fr")
    assert rows and all(r[2] == "occurred" for r in rows)


def test_a_new_march_announced_is_still_planned() -> None:
    rows = _rows("Les agriculteurs ont annoncé jeudi une nouvelle marche à Rennes.",
                 {"Rennes": "Rennes"}, "fr")
    assert _statuses(rows, "Protests") == ["planned"]


def test_arrests_of_a_rallys_people_announced_leave_the_rally_reported() -> None:
    rows = _rows("В среду МВД Киргизии объявило о задержании 30 участников митинга в Бишкеке, "
                 "среди них двое журналистов и один депутат.", {"Бишкеке": "Bishkek"}, "ru")
    assert _statuses(rows, "Protests") == ["occurred"]


def test_a_rally_announced_in_a_day_is_still_planned_in_russian() -> None:
    rows = _rows("Профсоюз объявил в понедельник о митинге в Самаре.", {"Самаре": "Samara"},
                 "ru")
    assert "planned" in _statuses(rows, "Protests")


def test_a_plan_kept_by_the_nouns_own_past_verb_happened() -> None:
    rows = _rows("Le rassemblement contre la fermeture de l'hôpital de Lyon était prévu samedi "
                 "et a réuni 500 personnes.", {"Lyon": "Lyon"}, "fr")
    assert _statuses(rows, "Protests") == ["occurred"]


def test_a_plan_joined_to_another_subjects_verb_stays_planned() -> None:
    rows = _rows("Une marche contre la réforme est prévue samedi à Nantes et les syndicats "
                 "ont appelé à la grève.", {"Nantes": "Nantes"}, "fr")
    assert "planned" in _statuses(rows, "Protests")


def test_a_protest_told_by_its_organisers_arrest_is_reported() -> None:
    rows = _rows("Police arrested the activists that organised the protest in Minsk on Sunday.",
                 {"Minsk": "Minsk"})
    assert _statuses(rows, "Protests") == ["occurred"]


def test_a_rally_whose_organiser_was_held_and_whose_turnout_is_told_is_reported() -> None:
    rows = _rows("Полиция Хабаровска в субботу задержала организатора митинга против закрытия "
                 "городской больницы, на который вышли около двух тысяч человек.",
                 {"Хабаровска": "Khabarovsk"}, "ru")
    assert _statuses(rows, "Protests") == ["occurred"]


def test_a_denial_of_reports_of_deaths_leaves_the_tear_gas_reported() -> None:
    rows = _rows("Residents said police fired tear gas at protesters in Osh; the ministry "
                 "dismissed the reports of deaths as rumours.", {"Osh": "Osh"})
    assert _statuses(rows, "Protests") == ["occurred"]


def test_a_denial_of_the_reports_still_denies_the_claim() -> None:
    rows = _rows("Witnesses said soldiers fired on a crowd in Gulu; the army dismissed the "
                 "reports as rumours.", {"Gulu": "Gulu"})
    assert rows and all(r[2] == "reported-denied" for r in rows)


def test_a_relative_clause_of_the_organisers_tells_no_rally() -> None:
    rows = _rows("Организаторы митинга, штаб которых находится в Казани, заявили, что в субботу "
                 "проведут шествие в Казани.", {"Казани": "Kazan"}, "ru")
    assert "occurred" not in _statuses(rows, "Protests")


def test_a_gathering_announced_that_a_relative_clause_tells_in_the_past_happened() -> None:
    rows = _rows("Организаторы объявили о шествии в Самаре, которое прошло в воскресенье и "
                 "собрало около трёх тысяч человек.", {"Самаре": "Samara"}, "ru")
    assert _statuses(rows, "Protests") == ["occurred"]
    rows = _rows("Les enseignants ont annoncé une grève à Rennes, qui a commencé lundi dans "
                 "une dizaine d'écoles.", {"Rennes": "Rennes"}, "fr")
    assert _statuses(rows, "Protests") == ["occurred"]


def test_a_gathering_announced_that_a_relative_clause_tells_to_come_is_planned() -> None:
    rows = _rows("Организаторы объявили о шествии в Самаре, которое пройдёт в воскресенье.",
                 {"Самаре": "Samara"}, "ru")
    assert _statuses(rows, "Protests") == ["planned"]
    rows = _rows("Les enseignants ont annoncé une grève à Rennes, qui commencera lundi.",
                 {"Rennes": "Rennes"}, "fr")
    assert _statuses(rows, "Protests") == ["planned"]
