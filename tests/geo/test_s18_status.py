"""Status, session 18 (status helper): claims left unconfirmed, a future far before its
event, and a plan told in an aside before the ban or the verb that befell it.

A claim the sentence calls unconfirmed ("reports that ... could not be verified",
"слухи ... не подтвердились", "des rumeurs ... n'ont pas pu être vérifiées") or that a
denial takes as its object, however the parser hangs the claim's clause ("denied
reports on social media that ..."), is ``reported-denied``; a modal far before the
trigger that marks the verb of its clause makes it to come ("would return to the
streets of X next Friday for a vigil"); "Пикет в X, назначенный на четверг, был
запрещён" is negated, "Митинг в X, назначенный на субботу, прошёл" occurred; "назначили
на субботу митинг" is planned. The sentences are made up for these tests (other
countries, other names); mentions are built by hand as the geoparser would give them.
"""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import statuses_in

# Saturday 9 March 2024
PUBLISHED = date(2024, 3, 9)
_CROWD = ("Protests", "Riots")


def _statuses(text: str, town: str, language: str = "en") -> list[tuple[str, str]]:
    return statuses_in(text, town, PUBLISHED, language)


@pytest.mark.parametrize(("text", "town", "language"), [
    ("Reports that shops in Kribi had been looted overnight could not be "
     "confirmed, the police said.", "Kribi", "en"),
    ("Claims that soldiers had shot two students outside a school in Ebolowa "
     "could not be independently verified.", "Ebolowa", "en"),
    ("The governor denied claims on social media that police had fired tear gas "
     "at protesters in Bertoua.", "Bertoua", "en"),
    ("Rumours of looting in Kumba have not been confirmed.", "Kumba", "en"),
    ("Слухи о столкновениях с полицией в Кандалакше не подтвердились.",
     "Кандалакше", "ru"),
    ("Сообщения о задержаниях в Апатитах не удалось подтвердить.", "Апатитах", "ru"),
    ("Des rumeurs de pillages à Bertoua n'ont pas pu être vérifiées.", "Bertoua", "fr"),
    ("Les informations faisant état d'affrontements à Garoua n'ont pas été "
     "confirmées.", "Garoua", "fr"),
])
def test_a_claim_left_unconfirmed_is_no_event(text, town, language):
    statuses = _statuses(text, town, language)
    assert statuses and all(found == "reported-denied" for _, found in statuses)


@pytest.mark.parametrize(("text", "town", "language"), [
    ("Police confirmed reports that shops in Limbe had been looted on Friday.",
     "Limbe", "en"),
    ("Witnesses said troops fired on protesters in Buea on Friday, and the "
     "army has not commented.", "Buea", "en"),
    ("Полиция подтвердила сообщения о столкновениях в Мончегорске в пятницу.",
     "Мончегорске", "ru"),
    ("Les affrontements à Maroua ont été confirmés par la police vendredi.", "Maroua", "fr"),
])
def test_a_confirmed_claim_stays_told(text, town, language):
    statuses = _statuses(text, town, language)
    assert statuses and any(found == "occurred" for _, found in statuses)


@pytest.mark.parametrize(("text", "town", "status"), [
    ("The opposition leader said his supporters would return to the streets of "
     "Dodoma next Friday for a candlelight vigil.", "Dodoma", "planned"),
    ("Union leaders told members that they should gather outside the port of "
     "Tanga on Monday morning for a march.", "Tanga", "planned"),
])
def test_a_future_far_before_its_event_governs_it(text, town, status):
    crowd = [found for kind, found in _statuses(text, town) if kind in _CROWD]
    assert crowd and set(crowd) == {status}


@pytest.mark.parametrize("text", [
    "Police said they would not tolerate another night like Friday, when rioters "
    "burned cars in Mwanza.",
    "The minister, who will face questions in parliament next week, said thousands "
    "had marched in Mwanza on Friday.",
])
def test_a_future_of_another_clause_leaves_it_told(text):
    crowd = [found for kind, found in _statuses(text, "Mwanza") if kind in _CROWD]
    assert crowd and set(crowd) == {"occurred"}


@pytest.mark.parametrize(("text", "town", "language", "status"), [
    ("Пикет у мэрии в Воркуте, назначенный на четверг, был запрещён властями.",
     "Воркуте", "ru", "negated"),
    ("La marche à Kaolack, prévue jeudi, a été annulée par les organisateurs.",
     "Kaolack", "fr", "negated"),
    ("Профсоюзы назначили на понедельник митинг в Ухте.", "Ухте", "ru", "planned"),
    ("Митинг у администрации в Инте, назначенный на пятницу, прошёл мирно.",
     "Инте", "ru", "occurred"),
    ("В пятницу на центральной площади Инты собрались сторонники назначенного "
     "губернатором мэра.", "Инты", "ru", "occurred"),
    ("La manifestation à Ziguinchor, prévue de longue date, a réuni des milliers de "
     "personnes samedi.", "Ziguinchor", "fr", "occurred"),
])
def test_a_plan_in_an_aside_yields_to_what_befell_the_event(text, town, language, status):
    crowd = [found for kind, found in _statuses(text, town, language) if kind in _CROWD]
    assert crowd and set(crowd) == {status}


@pytest.mark.parametrize(("text", "town"), [
    ("Après la réélection contestée du président, des milliers de personnes ont "
     "manifesté à Kindia mardi.", "Kindia"),
    ("Les partisans du candidat, qui conteste les résultats, ont manifesté mardi à "
     "Labé.", "Labé"),
    ("Le ministre a nié toute bavure, alors que des centaines de manifestants "
     "défilaient mardi à Kankan.", "Kankan"),
    ("Des centaines de personnes ont manifesté mardi à Boké ; le gouvernement a démenti "
     "toute arrestation.", "Boké"),
    ("Le porte-parole a nié toute fraude et a reconnu que la police avait dispersé "
     "mardi une marche à Mamou.", "Mamou"),
    ("Les autorités ont démenti toute victime après que la police a dispersé une marche "
     "à Faranah mardi.", "Faranah"),
])
def test_a_french_dispute_or_a_denial_of_another_clause_leaves_it_told(text, town):
    crowd = [found for kind, found in _statuses(text, town, "fr") if kind in _CROWD]
    assert crowd and set(crowd) == {"occurred"}


def test_a_french_denial_after_a_joint_is_of_its_own_clause():
    statuses = _statuses("La police a dispersé mardi une marche à Siguiri et démenti avoir "
                         "fait usage de balles réelles.", "Siguiri", "fr")
    assert ("Protests", "occurred") in statuses
    assert ("Protests", "reported-denied") in statuses

