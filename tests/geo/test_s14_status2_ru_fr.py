"""Russian and French status, session 14 (second helper): a cue governs a trigger only
in its own clause.

A plan participle of the event's noun ("запланированный митинг", "la manifestation
prévue samedi") does not make planned an event its own verb tells in the past; "comme
prévu" tells a plan kept; a ban under concession ("bien que ... interdit") or defied by
the noun's own verb does not negate; a denial does not reach past a clause of contrast
nor deny an event when it is of its permit ("не была согласована", "avait été
autorisée"); a negation does not reach past a clause joint, a link of time ("pendant")
or a ban it negates ("n'a pas interdit la manifestation"). What is only planned,
called off, threatened, denied or negated stays so. Our own sentences (other towns,
other names); mentions built by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from placed_mentions import statuses_in

# Saturday 9 March 2024
PUBLISHED = date(2024, 3, 9)
_CROWD = ("Protests", "Riots")


def _statuses(text: str, town: str, language: str) -> list[tuple[str, str]]:
    return statuses_in(text, town, PUBLISHED, language)


@pytest.mark.parametrize(("text", "town"), [
    ('Власти опровергли слухи о введении комендантского часа, но '
     'митинг в Томске прошёл без происшествий.', 'Томске'),
    ('Несмотря на запрет, сотни людей вышли на акцию '
     'протеста в Иркутске в субботу.', 'Иркутске'),
    ('Запланированный митинг собрал около тысячи человек в Омске в воскресенье.', 'Омске'),
    ('Шествие прошло в Перми, как и планировалось, в субботу.', 'Перми'),
    ('Забастовка, которую профсоюз анонсировал ещё в '
     'январе, началась в Самаре в понедельник.', 'Самаре'),
    ('Полиция не стала вмешиваться, и митинг в Уфе прошёл мирно.', 'Уфе'),
    ('Хотя акция не была согласована, сотни человек '
     'собрались на митинг в центре Хабаровска.', 'Хабаровска'),
    ('Полиция опровергла, что митинг был санкционирован, однако '
     'тысячи человек вышли на митинг в Шымкенте.', 'Шымкенте'),
    ('Запрещённая властями акция протеста всё же состоялась в Гомеле в субботу.', 'Гомеле'),
    ('Протестующие, которые обещали вернуться, снова '
     'перекрыли дорогу в Оше в понедельник.', 'Оше'),
    ('Митинг, назначенный на субботу, прошёл в Актобе '
     'при большом стечении народа.', 'Актобе'),
    ('Акция протеста, запрещённая мэрией, прошла в Тюмени в воскресенье.', 'Тюмени'),
    ('Никто не пострадал, но сотни человек приняли участие в шествии в Твери.', 'Твери'),
    ('Власти не запрещали акцию, и митинг в Липецке собрал тысячу человек.', 'Липецке'),
])
def test_russian_cue_outside_the_event_clause_leaves_it_told(text, town):
    crowd = [status for kind, status in _statuses(text, town, "ru") if kind in _CROWD]
    assert crowd and set(crowd) == {"occurred"}


@pytest.mark.parametrize(("text", "town", "status"), [
    ('Оппозиция планирует провести митинг в '
     'Казани в следующую субботу.', 'Казани', 'planned'),
    ('Митинг в Новосибирске не состоялся.', 'Новосибирске', 'negated'),
    ('Власти отменили шествие в Екатеринбурге.', 'Екатеринбурге', 'negated'),
    ('МВД опровергло сообщения о задержании '
     'активистов в Бресте.', 'Бресте', 'reported-denied'),
    ('Шахтёры пригрозили забастовкой в Караганде.', 'Караганде', 'threatened'),
    ('В воскресенье в Витебске пройдёт акция протеста.', 'Витебске', 'planned'),
    ('Митинг в Гюмри был запрещён властями.', 'Гюмри', 'unreal'),
    ('Профсоюзы призвали к забастовке в Батуми в понедельник.', 'Батуми', 'planned'),
    ('Задержаний в Кутаиси не было.', 'Кутаиси', 'negated'),
    ('Митинг в Брянске так и не состоялся.', 'Брянске', 'negated'),
])
def test_russian_what_did_not_happen_stays_unreal(text, town, status):
    statuses = _statuses(text, town, "ru")
    assert status == "unreal" or any(found == status for _, found in statuses)
    assert statuses and all(found != "occurred" for _, found in statuses)


@pytest.mark.parametrize(("text", "town"), [
    ("Malgré l'interdiction, des centaines de personnes se "
     'sont rassemblées à Rennes samedi.', 'Rennes'),
    ('Bien que le rassemblement ait été interdit, des '
     'milliers de manifestants ont défilé à Nantes.', 'Nantes'),
    ('La manifestation prévue samedi a réuni des milliers de personnes à Lille.', 'Lille'),
    ('La grève a commencé comme prévu lundi à Marseille.', 'Marseille'),
    ('La marche, annoncée depuis des semaines, a rassemblé '
     '5 000 personnes à Toulouse dimanche.', 'Toulouse'),
    ('La police a démenti que la marche avait été autorisée, mais des '
     'milliers de personnes ont manifesté à Lomé mardi.', 'Lomé'),
    ('La manifestation interdite par la préfecture a tout '
     'de même eu lieu à Bordeaux samedi.', 'Bordeaux'),
    ("Les manifestants ont bravé l'interdiction et "
     'ont défilé à Douala mercredi.', 'Douala'),
    ('Comme annoncé, les chauffeurs de taxi ont manifesté à Abidjan lundi.', 'Abidjan'),
    ("Les forces de l'ordre ne sont pas intervenues et la manifestation s'est déroulée "
     'dans le calme à Angers.', 'Angers'),
    ("Personne n'a été interpellé pendant le rassemblement de Limoges dimanche.", 'Limoges'),
    ("Le préfet n'a pas interdit la manifestation, qui a réuni 2 000 personnes à Brest.",
     'Brest'),
])
def test_french_cue_outside_the_event_clause_leaves_it_told(text, town):
    crowd = [status for kind, status in _statuses(text, town, "fr") if kind in _CROWD]
    assert crowd and set(crowd) == {"occurred"}


@pytest.mark.parametrize(("text", "town", "status"), [
    ('Les syndicats appellent à manifester jeudi prochain à Lyon.', 'Lyon', 'planned'),
    ('La marche prévue à Brazzaville a été annulée.', 'Brazzaville', 'negated'),
    ('Le ministre a démenti toute '
     'arrestation à Libreville.', 'Libreville', 'reported-denied'),
    ('Les enseignants menacent de faire grève à Yaoundé.', 'Yaoundé', 'threatened'),
    ("Aucune manifestation n'a eu lieu à Genève samedi.", 'Genève', 'negated'),
    ('Une manifestation aura lieu à Liège la semaine prochaine.', 'Liège', 'planned'),
    ('Le rassemblement prévu à Montpellier a été '
     'interdit par la préfecture.', 'Montpellier', 'unreal'),
    ('Les agriculteurs prévoient de manifester à '
     'Strasbourg mardi prochain.', 'Strasbourg', 'planned'),
    ("Les manifestants n'ont pas défilé à Grenoble dimanche.", 'Grenoble', 'negated'),
    ("La manifestation n'a pas eu lieu à Tours samedi.", 'Tours', 'negated'),
])
def test_french_what_did_not_happen_stays_unreal(text, town, status):
    statuses = _statuses(text, town, "fr")
    assert status == "unreal" or any(found == status for _, found in statuses)
    assert statuses and all(found != "occurred" for _, found in statuses)


def test_a_denied_curfew_beside_a_rally_that_took_place():
    statuses = _statuses("Власти опровергли слухи о введении комендантского часа, но "
                         "митинг в Томске прошёл без происшествий.", "Томске", "ru")
    assert ("Protests", "occurred") in statuses
    assert all(status == "reported-denied" for kind, status in statuses if kind != "Protests")
